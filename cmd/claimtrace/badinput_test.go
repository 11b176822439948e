package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// badInput is one row of README's troubleshooting table: an input claimtrace
// must handle with a clear message and the documented exit status.
type badInput struct {
	name   string                   // the row, as README's troubleshooting table names it
	files  map[string]string        // written to a temporary working directory
	setup  func(t *testing.T) error // more setup in that directory; may skip
	stdin  string
	args   []string
	code   int
	stderr []string                                 // substrings stderr must hold (one per line or message)
	stdout func(t *testing.T, out string, _ []byte) // checks stdout; the []byte is the first file written, if any
}

// TestBadInput runs every row of README's troubleshooting table. The case
// names are the table's.
func TestBadInput(t *testing.T) {
	for _, tt := range badInputs() {
		t.Run(tt.name, func(t *testing.T) { tt.run(t) })
	}
}

// TestBadInput_readme checks that every case README's troubleshooting
// table names is a test here, and that every case here is in the table.
func TestBadInput_readme(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, _ := strings.Cut(string(src), "## Troubleshooting: bad input")
	section, _, _ = strings.Cut(section, "\n## ")
	inTable := map[string]bool{}
	for _, line := range strings.Split(section, "\n") {
		first, _, ok := strings.Cut(strings.TrimPrefix(line, "| "), " | ")
		if !ok {
			continue
		}
		if _, names, ok := strings.Cut(first, "("); ok {
			for _, m := range regexp.MustCompile("`([a-zA-Z0-9_-]+)`").FindAllStringSubmatch(names, -1) {
				inTable[m[1]] = true
			}
		}
	}
	cases := map[string]bool{"TestRun_output": true, "TestAtomicFile_cancel": true, "TestAtomicFile_writeError": true}
	for _, tt := range badInputs() {
		cases[tt.name] = true
		if !inTable[tt.name] {
			t.Errorf("case %s is not in README's troubleshooting table", tt.name)
		}
	}
	for name := range inTable {
		if !cases[name] && !strings.HasPrefix(name, "-") {
			t.Errorf("README's troubleshooting table names %s, which is no test case", name)
		}
	}
}

// badInputs returns the rows of README's troubleshooting table.
func badInputs() []badInput {
	news := "The talks stalled, officials said.\n"
	return []badInput{
		{name: "empty-file", files: map[string]string{"e.txt": ""},
			args: []string{"analyze", "--format", "json", "e.txt"}, code: exitOK,
			stderr: []string{"claimtrace analyze: warning: e.txt: empty input, no claims"},
			stdout: jsonClaims(0)},
		{name: "whitespace-only", files: map[string]string{"w.txt": " \n\t\r\n  "},
			args: []string{"analyze", "--format", "json", "w.txt"}, code: exitOK,
			stderr: []string{"warning: w.txt: whitespace only, no claims"}, stdout: jsonClaims(0)},
		{name: "binary-file", files: map[string]string{"b.txt": "abc\x00def", "a.txt": news},
			args: []string{"analyze", "--format", "json", "b.txt", "a.txt"}, code: exitError,
			stderr: []string{"warning: b.txt: binary file (NUL byte at offset 3), skipped; exit status 2"},
			stdout: jsonPaths("a.txt")},
		{name: "binary-file-skip-binary", files: map[string]string{"b.txt": strings.Repeat("\x01\x02x", 100), "a.txt": news},
			args: []string{"analyze", "--skip-binary", "--format", "json", "b.txt", "a.txt"}, code: exitOK,
			stderr: []string{"warning: b.txt: binary file (66% control bytes in the first 300 bytes), skipped"},
			stdout: jsonPaths("a.txt")},
		{name: "binary-stdin", stdin: "\x00\x01", args: []string{"split", "-"}, code: exitError,
			stderr: []string{"claimtrace split: stdin: binary input (NUL byte at offset 0)"}},
		{name: "invalid-utf8", files: map[string]string{"u.txt": "The talks stalled, officials said.\nPrices \xff rose, TASS said.\n"},
			args: []string{"split", "--format", "json", "u.txt"}, code: exitOK,
			stderr: []string{"warning: u.txt:2:8: invalid UTF-8 (byte 0xFF at offset 42); analysed as is, offsets count the file's bytes"},
			stdout: sentenceStarts(0, 35)},
		{name: "utf8-bom", files: map[string]string{"bom.txt": "\xef\xbb\xbf" + news},
			args: []string{"split", "--format", "json", "bom.txt"}, code: exitOK,
			stdout: sentenceStarts(3)},
		{name: "utf8-bom-markdown", files: map[string]string{"bom.md": "\xef\xbb\xbf" + news},
			args: []string{"check", "--no-config", "--format", "json", "bom.md"}, code: exitOK},
		{name: "utf16-le", files: map[string]string{"w.txt": "\xff\xfeT\x00a\x00"},
			args: []string{"analyze", "w.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: w.txt: UTF-16 (little-endian) text (byte-order mark FF FE); claimtrace reads UTF-8"}},
		{name: "utf16-be", files: map[string]string{"w.txt": "\xfe\xff\x00T\x00a"},
			args: []string{"check", "--no-config", "w.txt"}, code: exitError,
			stderr: []string{"claimtrace check: w.txt: UTF-16 (big-endian) text"}},
		{name: "crlf-line-endings", files: map[string]string{"c.txt": "Talks stalled, officials said.\r\nPrices rose, TASS said.\r\n"},
			args: []string{"split", "c.txt"}, code: exitOK,
			stdout: contains("1:1-1:31  sentence    Talks stalled, officials said.", "2:1-2:24  sentence    Prices rose, TASS said.")},
		{name: "lone-cr-line-endings", files: map[string]string{"c.txt": "Talks stalled, officials said.\rPrices rose, TASS said.\r"},
			args: []string{"split", "c.txt"}, code: exitOK,
			stdout: contains("1:1-1:31  sentence    Talks stalled, officials said.", "2:1-2:24  sentence    Prices rose, TASS said.")},
		{name: "over-max-bytes", setup: sparseFile("big.txt", 200<<20),
			args: []string{"analyze", "big.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: big.txt: 200.0 MiB (209715200 bytes) is larger than the --max-bytes limit of 64.0 MiB (67108864 bytes); raise --max-bytes to analyse it"}},
		{name: "over-max-bytes-stdin", stdin: strings.Repeat(news, 100),
			args: []string{"analyze", "--max-bytes", "1KiB", "-"}, code: exitError,
			stderr: []string{"claimtrace analyze: stdin: larger than the --max-bytes limit of 1.0 KiB (1024 bytes)"}},
		{name: "long-line", files: map[string]string{"l.txt": strings.Repeat("word ", 200_000)},
			args: []string{"analyze", "--format", "json", "l.txt"}, code: exitOK, stdout: jsonClaims(1)},
		{name: "many-quotes", files: map[string]string{"q.txt": strings.Repeat("“", 50_000) + strings.Repeat("\"", 50_000)},
			args: []string{"analyze", "--format", "json", "q.txt"}, code: exitOK},
		{name: "unbalanced-quotes", files: map[string]string{"q.txt": "“We are ready, Peskov said. Prices rose.” ” “ officials said.\n\n“Never,” she said. “ Talks stalled, he said.\n"},
			args: []string{"analyze", "--format", "json", "q.txt"}, code: exitOK, stdout: jsonSpansMatch},
		{name: "nested-quotes", files: map[string]string{"q.txt": "“He told us ‘we are «ready»’ and left,” Peskov said.\n"},
			args: []string{"analyze", "--format", "json", "q.txt"}, code: exitOK, stdout: jsonSpansMatch},
		{name: "deep-html", files: map[string]string{"d.html": strings.Repeat("<div>", 10_000) + "The talks stalled, officials said." + strings.Repeat("</div>", 10_000)},
			args: []string{"check", "--no-config", "--format", "json", "d.html"}, code: exitOK},
		{name: "markdown-code-only", files: map[string]string{"c.md": "```\n“Yes,” he said.\n```\n\n    “No,” she said.\n"},
			args: []string{"check", "--no-config", "--format", "line", "c.md"}, code: exitOK, stdout: contains("")},
		{name: "lexicon-duplicate-actor", files: map[string]string{"a.txt": news, "l.yaml": "actors:\n  - name: Ann Lee\n    side: US\n    type: official\n  - name: Ann Lee\n    side: US\n    type: official\n"},
			args: []string{"analyze", "--lexicon", "l.yaml", "a.txt"}, code: exitError,
			stderr: []string{`l.yaml:5:5: actor "Ann Lee": name or alias "Ann Lee" already names actor "Ann Lee" (l.yaml:2:5)`}},
		{name: "lexicon-unknown-side", files: map[string]string{"a.txt": news, "l.yaml": "actors:\n  - name: Zed\n    side: Narnia\n    type: official\n"},
			args: []string{"analyze", "--lexicon", "l.yaml", "a.txt"}, code: exitError,
			stderr: []string{`l.yaml:2:5: actor "Zed": unknown side "Narnia"`}},
		{name: "lexicon-wrong-type", files: map[string]string{"a.txt": news, "l.yaml": "actors: 5\n"},
			args: []string{"analyze", "--lexicon", "l.yaml", "a.txt"}, code: exitError,
			stderr: []string{`l.yaml:1:9: actors: expected a list, got "5"`}},
		{name: "lexicon-huge", files: map[string]string{"a.txt": news, "l.yaml": hugeLexicon(20_000)},
			args: []string{"analyze", "--lexicon", "l.yaml", "a.txt"}, code: exitOK},
		{name: "policy-unknown-key", files: map[string]string{"a.txt": news, "p.yaml": "publisher: X\nbogus: 1\n"},
			args: []string{"check", "--config", "p.yaml", "a.txt"}, code: exitError,
			stderr: []string{`claimtrace check: p.yaml:2:1: policy: unknown key "bogus"`}},
		{name: "directory-analyze", files: map[string]string{"d/a.txt": news, "d/b.bin": "x"},
			args: []string{"analyze", "--format", "json", "d"}, code: exitOK, stdout: jsonPaths("d/a.txt")},
		{name: "directory-split", files: map[string]string{"d/a.txt": news},
			args: []string{"split", "d"}, code: exitError, stderr: []string{"claimtrace split: d: is a directory, not a text file"}},
		{name: "fifo", setup: fifo("p.txt"),
			args: []string{"analyze", "p.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: p.txt: not a regular file (a named pipe); claimtrace reads regular files and stdin"}},
		{name: "fifo-in-directory", files: map[string]string{"d/a.txt": news}, setup: fifo("d/p.txt"),
			args: []string{"analyze", "--format", "json", "d"}, code: exitOK, stdout: jsonPaths("d/a.txt")}, // a walk selects regular files only
		{name: "dangling-symlink", setup: func(*testing.T) error { return os.Symlink("nowhere.txt", "s.txt") },
			args: []string{"split", "s.txt"}, code: exitError,
			stderr: []string{`claimtrace split: s.txt: dangling symbolic link (to "nowhere.txt")`}},
		{name: "missing-file", args: []string{"analyze", "no.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: stat no.txt: no such file or directory"}},
		{name: "unreadable-file", files: map[string]string{"r.txt": news}, setup: unreadable("r.txt"),
			args: []string{"analyze", "r.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: open r.txt: permission denied"}},
		{name: "output-is-input", files: map[string]string{"a.txt": news},
			args: []string{"analyze", "--output", "a.txt", "a.txt"}, code: exitError,
			stderr: []string{"claimtrace analyze: --output a.txt is the input a.txt; claimtrace never writes to its inputs"}},
		{name: "bad-flag-max-bytes", args: []string{"analyze", "--max-bytes", "-5", "-"}, code: exitError,
			stderr: []string{`invalid value "-5" for flag -max-bytes: want a positive size in bytes, such as 67108864 or 64MiB`}},
		{name: "bad-flag-max-bytes-unit", args: []string{"split", "--max-bytes", "12 parsecs", "-"}, code: exitError,
			stderr: []string{`invalid value "12 parsecs" for flag -max-bytes`}},
		{name: "bad-flag-max-bytes-too-large", args: []string{"analyze", "--max-bytes", "3GiB", "-"}, code: exitError,
			stderr: []string{`invalid value "3GiB" for flag -max-bytes: want at most 2GiB (2147483647 bytes)`}},
		{name: "bad-flag-format", args: []string{"analyze", "--format", "yaml", "-"}, code: exitError,
			stderr: []string{`invalid value "yaml" for flag -format: want table or markdown or csv or json or jsonl`}},
		{name: "bad-flag-jobs", args: []string{"analyze", "--jobs", "0", "-"}, code: exitError,
			stderr: []string{"--jobs 0: want 1 or more"}},
		{name: "bad-flag-fail-level", args: []string{"check", "--no-config", "--fail-level", "loud", "-"}, code: exitError,
			stderr: []string{"--fail-level:"}},
		{name: "bad-flag-input-format", args: []string{"check", "--no-config", "--input-format", "pdf", "-"}, code: exitError,
			stderr: []string{"--input-format:"}},
		{name: "bad-flag-unknown", args: []string{"split", "--frobnicate", "-"}, code: exitError,
			stderr: []string{"flag provided but not defined: -frobnicate"}},
	}
}

// run runs one case in a new working directory.
func (tt badInput) run(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var first []byte
	for name, text := range tt.files {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if first == nil || len(tt.files) == 1 {
			first = []byte(text)
		}
	}
	if tt.setup != nil {
		if err := tt.setup(t); err != nil {
			t.Fatal(err)
		}
	}
	before := snapshot(t, dir)
	done := make(chan struct{})
	var code int
	var stdout, stderr string
	go func() {
		defer close(done)
		code, stdout, stderr = runCmd(t, tt.stdin, tt.args...)
	}()
	select {
	case <-done:
	case <-time.After(2 * time.Minute):
		t.Fatalf("claimtrace %s: still running after 2 minutes (hangs?)", strings.Join(tt.args, " "))
	}
	if code != tt.code {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr)
	}
	for _, want := range tt.stderr {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if tt.stdout != nil {
		tt.stdout(t, stdout, first)
	}
	if after := snapshot(t, dir); after != before {
		t.Errorf("the inputs changed:\nbefore %s\nafter  %s", before, after)
	}
}

// snapshot describes every regular file under dir (name, size, time,
// mode), so a test can see that claimtrace wrote to none of them.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		if fi.Mode().IsRegular() {
			b.WriteString(p + " " + fi.ModTime().String() + " " + fi.Mode().String() + " " + strconv.FormatInt(fi.Size(), 10) + ";")
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func sparseFile(name string, size int64) func(*testing.T) error {
	return func(*testing.T) error {
		f, err := os.Create(name)
		if err != nil {
			return err
		}
		if err := f.Truncate(size); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
}

func fifo(name string) func(*testing.T) error {
	return func(*testing.T) error {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		return syscall.Mkfifo(name, 0o644)
	}
}

func unreadable(name string) func(*testing.T) error {
	return func(t *testing.T) error {
		if os.Geteuid() == 0 {
			t.Skip("running as root: every file is readable, so the permission error cannot be produced (the code path is the same as for any open error)")
		}
		return os.Chmod(name, 0)
	}
}

func hugeLexicon(n int) string {
	var b strings.Builder
	b.WriteString("actors:\n")
	for i := range n {
		b.WriteString("  - name: Person " + strconv.Itoa(i) + "\n    side: US\n    type: official\n")
	}
	return b.String()
}

// contains checks that stdout holds each of want.
func contains(want ...string) func(*testing.T, string, []byte) {
	return func(t *testing.T, out string, _ []byte) {
		t.Helper()
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("stdout lacks %q:\n%s", w, out)
			}
		}
	}
}

// analyzeJSON is the part of analyze's JSON these tests read.
type analyzeJSON struct {
	Documents []struct {
		Path   string `json:"path"`
		Claims []struct {
			Text string `json:"text"`
			Span struct {
				Start int `json:"start"`
				End   int `json:"end"`
			} `json:"span"`
		} `json:"claims"`
	} `json:"documents"`
}

func decodeAnalysis(t *testing.T, out string) analyzeJSON {
	t.Helper()
	var a analyzeJSON
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	return a
}

// jsonClaims checks that the one document has n claims.
func jsonClaims(n int) func(*testing.T, string, []byte) {
	return func(t *testing.T, out string, _ []byte) {
		a := decodeAnalysis(t, out)
		if len(a.Documents) != 1 || len(a.Documents[0].Claims) != n {
			t.Errorf("want one document with %d claims:\n%.2000s", n, out)
		}
	}
}

// jsonPaths checks the documents analysed, in order.
func jsonPaths(paths ...string) func(*testing.T, string, []byte) {
	return func(t *testing.T, out string, _ []byte) {
		a := decodeAnalysis(t, out)
		var got []string
		for _, d := range a.Documents {
			got = append(got, filepath.ToSlash(d.Path))
		}
		if strings.Join(got, ",") != strings.Join(paths, ",") {
			t.Errorf("documents %q, want %q", got, paths)
		}
	}
}

// jsonSpansMatch checks that every claim's text is the input at its span.
func jsonSpansMatch(t *testing.T, out string, src []byte) {
	a := decodeAnalysis(t, out)
	if len(a.Documents) != 1 || len(a.Documents[0].Claims) == 0 {
		t.Fatalf("want one document with claims:\n%s", out)
	}
	for _, c := range a.Documents[0].Claims {
		if c.Span.Start < 0 || c.Span.End > len(src) || string(src[c.Span.Start:c.Span.End]) != c.Text {
			t.Errorf("claim %q at %d:%d does not match the input", c.Text, c.Span.Start, c.Span.End)
		}
	}
}

// sentenceStarts checks split's JSON: the sentences start at these byte
// offsets of the file.
func sentenceStarts(want ...int) func(*testing.T, string, []byte) {
	return func(t *testing.T, out string, _ []byte) {
		var s struct {
			Sentences []struct {
				Span struct {
					Start int `json:"start"`
				} `json:"span"`
			} `json:"sentences"`
		}
		if err := json.Unmarshal([]byte(out), &s); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, out)
		}
		var got []int
		for _, x := range s.Sentences {
			got = append(got, x.Span.Start)
		}
		if len(got) != len(want) {
			t.Fatalf("sentences start at %v, want %v", got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("sentences start at %v, want %v", got, want)
			}
		}
	}
}
