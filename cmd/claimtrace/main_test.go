package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden/ and testdata/wire/")

// article is the reference article, relative to the repository root.
const article = "testdata/rbc-ukraine-istanbul.txt"

// runCmd runs claimtrace in-process with args and stdin and returns the
// exit code and what it wrote.
func runCmd(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// chdirRoot makes the repository root the working directory for t, so that
// paths in output read as a user at the root would type them.
func chdirRoot(t *testing.T) {
	t.Helper()
	t.Chdir(filepath.Join("..", ".."))
}

func TestRun_golden(t *testing.T) {
	chdirRoot(t)
	tests := []struct {
		golden string
		args   []string
	}{
		{"analyze-table.golden", []string{"analyze", "--publisher", "RBC-Ukraine", article}},
		{"analyze-json.golden", []string{"analyze", "--format", "json", "--publisher", "RBC-Ukraine", article}},
		{"analyze-markdown.golden", []string{"analyze", "--format", "markdown", "--publisher", "RBC-Ukraine", article}},
		{"analyze-csv.golden", []string{"analyze", "--format", "csv", "--publisher", "RBC-Ukraine", article}},
		{"split-json.golden", []string{"split", "--format", "json", article}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			code, got, stderr := runCmd(t, "", tt.args...)
			if code != exitOK {
				t.Fatalf("claimtrace %s: exit %d, stderr:\n%s", strings.Join(tt.args, " "), code, stderr)
			}
			checkGolden(t, filepath.Join("testdata", "golden", tt.golden), got, "-update",
				"claimtrace "+strings.Join(tt.args, " ")+": output")
		})
	}
}

// TestRun_wireGolden compares the claims table of each passage in
// testdata/wire with its golden CSV (see testdata/wire/README.md): the
// tagger's reading of wire-style news, claim by claim.
func TestRun_wireGolden(t *testing.T) {
	chdirRoot(t)
	texts, err := filepath.Glob(filepath.Join("testdata", "wire", "*.txt"))
	if err != nil || len(texts) == 0 {
		t.Fatalf("no passages in testdata/wire (%v)", err)
	}
	for _, text := range texts {
		t.Run(filepath.Base(text), func(t *testing.T) {
			code, got, stderr := runCmd(t, "", "analyze", "--format", "csv", text)
			if code != exitOK {
				t.Fatalf("claimtrace analyze %s: exit %d, stderr:\n%s", text, code, stderr)
			}
			checkGolden(t, strings.TrimSuffix(text, ".txt")+".csv", got, "-run wireGolden -update", "claims of "+text)
		})
	}
}

// checkGolden compares got, what is named, with the golden file at path,
// or with -update writes got there; flags are the go test flags that
// accept a change.
func checkGolden(t *testing.T, path, got, flags, what string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./cmd/claimtrace %s to create it)", err, flags)
	}
	if got != string(want) {
		t.Errorf("%s differs from %s (read the diff; accept it with go test ./cmd/claimtrace %s):\n%s",
			what, path, flags, lineDiff(got, string(want)))
	}
}

// lineDiff describes how got differs from want, aligned by their longest
// common subsequence of lines: "-" lines (numbered in want) and "+" lines
// (numbered in got), at most 20 of them.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	// lcs[i][j] is the length of the longest common subsequence of w[i:] and g[j:].
	lcs := make([][]int, len(w)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(g)+1)
	}
	for i := len(w) - 1; i >= 0; i-- {
		for j := len(g) - 1; j >= 0; j-- {
			if w[i] == g[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	shown := 0
	emit := func(sign string, line int, text string) {
		if shown < 20 {
			fmt.Fprintf(&b, "%s%4d: %s\n", sign, line, text)
		} else if shown == 20 {
			b.WriteString("…\n")
		}
		shown++
	}
	i, j := 0, 0
	for i < len(w) || j < len(g) {
		switch {
		case i < len(w) && j < len(g) && w[i] == g[j]:
			i, j = i+1, j+1
		case i < len(w) && (j == len(g) || lcs[i+1][j] >= lcs[i][j+1]):
			emit("-", i+1, w[i])
			i++
		default:
			emit("+", j+1, g[j])
			j++
		}
	}
	fmt.Fprintf(&b, "%d changed lines; got %d lines, want %d\n", shown, len(g), len(w))
	return b.String()
}

func TestRun_exitCodes(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	badLexicon := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badLexicon, []byte("sides:\n  - name: X\n    bogus: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	unknownKey := filepath.Join(dir, "unknown.yaml")
	if err := os.WriteFile(unknownKey, []byte("sides:\n  - name: X\n    bogus: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		args       []string
		stdin      string
		wantCode   int
		wantStdout string // substring; "" means stdout must be empty when wantCode != 0
		wantStderr string // regexp
	}{
		{name: "no command", args: nil, wantCode: 2, wantStderr: `Usage:`},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantStderr: `unknown command "frobnicate"`},
		{name: "help", args: []string{"help"}, wantStdout: "Commands:"},
		{name: "--help", args: []string{"--help"}, wantStdout: "Commands:"},
		{name: "-h", args: []string{"-h"}, wantStdout: "Commands:"},
		{name: "help analyze", args: []string{"help", "analyze"}, wantStdout: "Usage: claimtrace analyze"},
		{name: "help unknown", args: []string{"help", "nope"}, wantCode: 2, wantStderr: `unknown command "nope"`},
		{name: "--version", args: []string{"--version"}, wantStdout: "claimtrace dev\n"},
		{name: "version", args: []string{"version"}, wantStdout: "claimtrace dev\n"},
		{name: "version -h", args: []string{"version", "-h"}, wantStdout: "Usage: claimtrace version"},
		{name: "version extra argument", args: []string{"version", "x"}, wantCode: 2, wantStderr: `unexpected argument "x"`},

		{name: "analyze --help", args: []string{"analyze", "--help"}, wantStdout: "Usage: claimtrace analyze"},
		{name: "analyze -h after file", args: []string{"analyze", article, "-h"}, wantStdout: "Usage: claimtrace analyze"},
		{name: "analyze no input", args: []string{"analyze"}, wantCode: 2, wantStderr: `no input`},
		{name: "analyze missing file", args: []string{"analyze", "nope.txt"}, wantCode: 2, wantStderr: `nope\.txt: no such file`},
		{name: "analyze missing file after a good one", args: []string{"analyze", article, "nope.txt"}, wantCode: 2, wantStderr: `nope\.txt`},
		{name: "analyze directory without inputs", args: []string{"analyze", dir}, wantCode: 2, wantStderr: `no files match`},
		{name: "analyze bad glob", args: []string{"analyze", "--include", "[", article}, wantCode: 2, wantStderr: `bad glob "\["`},
		{name: "analyze --jobs 0", args: []string{"analyze", "--jobs", "0", article}, wantCode: 2, wantStderr: `--jobs 0: want 1 or more`},
		{name: "analyze glob without match", args: []string{"analyze", "testdata/*.nope"}, wantCode: 2, wantStderr: `no files match`},
		{name: "analyze bad flag", args: []string{"analyze", "--bogus", article}, wantCode: 2, wantStderr: `flag provided but not defined: -bogus(.|\n)*Usage: claimtrace analyze`},
		{name: "analyze bad format", args: []string{"analyze", "--format", "xml", article}, wantCode: 2, wantStderr: `invalid value "xml" for flag -format: want table or markdown or csv or json or jsonl`},
		{name: "analyze stdin twice", args: []string{"analyze", "-", "-"}, wantCode: 2, wantStderr: `more than once`},
		{name: "analyze missing lexicon", args: []string{"analyze", "--lexicon", "nope.yaml", article}, wantCode: 2, wantStderr: `nope\.yaml`},
		{name: "analyze malformed lexicon", args: []string{"analyze", "--lexicon", badLexicon, article}, wantCode: 2, wantStderr: regexp.QuoteMeta(badLexicon) + `:3\b`},
		{name: "analyze lexicon unknown key", args: []string{"analyze", "--lexicon", unknownKey, article}, wantCode: 2, wantStderr: regexp.QuoteMeta(unknownKey) + `:3:\d+`},
		{name: "analyze stdin", args: []string{"analyze", "--publisher", "P", "-"}, stdin: "The talks began.\n", wantStdout: "- (publisher: P)"},
		{name: "analyze flags after file", args: []string{"analyze", article, "--format", "json"}, wantStdout: `"schema": "claimtrace/v1"`},
		{name: "analyze after --", args: []string{"analyze", "--", "--format"}, wantCode: 2, wantStderr: `--format: no such file`},

		{name: "split -h", args: []string{"split", "-h"}, wantStdout: "Usage: claimtrace split"},
		{name: "split no input", args: []string{"split"}, wantCode: 2, wantStderr: `want one input`},
		{name: "split two inputs", args: []string{"split", article, article}, wantCode: 2, wantStderr: `want one input`},
		{name: "split missing file", args: []string{"split", "nope.txt"}, wantCode: 2, wantStderr: `nope\.txt`},
		{name: "split directory", args: []string{"split", "testdata"}, wantCode: 2, wantStderr: `testdata: is a directory`},
		{name: "split bad format", args: []string{"split", "--format", "table", article}, wantCode: 2, wantStderr: `want text or json`},
		{name: "split text", args: []string{"split", "-"}, stdin: "Talks began. They ended.\n", wantStdout: "1:1-1:13"},

		{name: "lexicon -h", args: []string{"lexicon", "-h"}, wantStdout: "Usage: claimtrace lexicon"},
		{name: "lexicon extra argument", args: []string{"lexicon", "x.yaml"}, wantCode: 2, wantStderr: `unexpected argument "x\.yaml"`},
		{name: "lexicon missing file", args: []string{"lexicon", "--lexicon", "nope.yaml"}, wantCode: 2, wantStderr: `nope\.yaml`},
		{name: "lexicon malformed file", args: []string{"lexicon", "--lexicon", badLexicon}, wantCode: 2, wantStderr: regexp.QuoteMeta(badLexicon) + `:3\b`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit %d, want %d\nstderr:\n%s", code, tt.wantCode, stderr)
			}
			if tt.wantCode != exitOK && tt.wantStdout == "" && stdout != "" {
				t.Errorf("stdout not empty on error:\n%s", stdout)
			}
			if !strings.Contains(stdout, tt.wantStdout) {
				t.Errorf("stdout does not contain %q:\n%s", tt.wantStdout, stdout)
			}
			if tt.wantStderr != "" && !regexp.MustCompile(tt.wantStderr).MatchString(stderr) {
				t.Errorf("stderr does not match %q:\n%s", tt.wantStderr, stderr)
			}
		})
	}
}

func TestRun_lexicon(t *testing.T) {
	code, stdout, stderr := runCmd(t, "", "lexicon")
	if code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", code, stderr)
	}
	if stdout == "" {
		t.Error("lexicon printed nothing")
	}
}
