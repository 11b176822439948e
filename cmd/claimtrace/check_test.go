package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
	"github.com/claimtrace/claimtrace/policy"
)

// checkFixtures are the inputs of the check golden tests: the reference
// article, and a Markdown and an HTML (CRLF) version of its story with
// curly quotes, em dashes, emoji, Cyrillic names, markup and suppression
// comments.
var checkFixtures = []string{article, "testdata/markup/news.md", "testdata/markup/news.html"}

// checkArgs returns the arguments of a check run with the built-in policy.
func checkArgs(format string, paths ...string) []string {
	return append([]string{"check", "--no-config", "--publisher", "RBC-Ukraine", "--format", format}, paths...)
}

func TestCheck_golden(t *testing.T) {
	chdirRoot(t)
	t.Setenv("GITHUB_STEP_SUMMARY", "")
	for _, format := range []string{"text", "line", "json", "sarif", "github", "checkstyle", "junit"} {
		t.Run(format, func(t *testing.T) {
			code, got, stderr := runCmd(t, "", checkArgs(format, checkFixtures...)...)
			require.Equal(t, exitOK, code, stderr)
			golden(t, filepath.Join("testdata", "check", "golden", "check-"+format+".golden"), got)
		})
	}
}

// golden compares got with the golden file at path, or rewrites it with -update.
func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./cmd/claimtrace -update to create it")
	if got != string(want) {
		t.Errorf("output differs from %s (run go test ./cmd/claimtrace -update to accept it):\n%s", path, lineDiff(got, string(want)))
	}
}

// checkJSON is the part of the claimtrace-check/v1 output the tests read.
type checkJSON struct {
	Schema   string   `json:"schema"`
	Files    []string `json:"files"`
	Findings []struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
		Message  string `json:"message"`
		Path     string `json:"path"`
		Span     struct {
			Start, End, Line, Column int
			EndLine                  int `json:"end_line"`
			EndColumn                int `json:"end_column"`
		} `json:"span"`
		Claim struct {
			ID    string   `json:"id"`
			Text  string   `json:"text"`
			Sides []string `json:"sides"`
		} `json:"claim"`
	} `json:"findings"`
}

func runCheckJSON(t *testing.T, stdin string, args ...string) (checkJSON, int, string) {
	t.Helper()
	code, out, stderr := runCmd(t, stdin, args...)
	var res checkJSON
	require.NoError(t, json.Unmarshal([]byte(out), &res), "stdout: %s\nstderr: %s", out, stderr)
	return res, code, stderr
}

// position computes the 1-based line and character column of off in src
// on its own (a line ends at \n, \r\n or a lone \r), to check the reported ones.
func position(src string, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch src[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				continue
			}
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCountInString(src[start:off]) + 1
}

// TestCheck_positions checks, on the Markdown and HTML fixtures and on
// their CRLF and LF versions read from stdin, that every finding's byte
// offsets slice the original input to the claim text, that the reported
// line and column agree with the offsets, and that no markup leaks into
// the start or end of a claim.
func TestCheck_positions(t *testing.T) {
	chdirRoot(t)
	for _, path := range checkFixtures[1:] {
		raw, err := os.ReadFile(path)
		require.NoError(t, err)
		lf := strings.ReplaceAll(string(raw), "\r\n", "\n")
		for name, src := range map[string]string{"lf": lf, "crlf": strings.ReplaceAll(lf, "\n", "\r\n")} {
			t.Run(filepath.Base(path)+"/"+name, func(t *testing.T) {
				res, code, stderr := runCheckJSON(t, src, checkArgs("json", "--stdin-filename", path, "-")...)
				require.Equal(t, exitOK, code, stderr)
				require.NotEmpty(t, res.Findings)
				for _, f := range res.Findings {
					s := f.Span
					require.True(t, 0 <= s.Start && s.Start < s.End && s.End <= len(src), "span %+v", s)
					assert.Equal(t, f.Claim.Text, src[s.Start:s.End], "%s %s", f.Rule, f.Claim.ID)
					line, col := position(src, s.Start)
					assert.Equal(t, [2]int{line, col}, [2]int{s.Line, s.Column}, "start of %q", f.Claim.Text)
					line, col = position(src, s.End)
					assert.Equal(t, [2]int{line, col}, [2]int{s.EndLine, s.EndColumn}, "end of %q", f.Claim.Text)
					assert.False(t, strings.HasPrefix(f.Claim.Text, "<") || strings.HasPrefix(f.Claim.Text, "#") ||
						strings.HasPrefix(f.Claim.Text, "*"), "markup at the start of %q", f.Claim.Text)
					assert.NotContains(t, f.Claim.Text, "```")
					assert.NotContains(t, f.Claim.Text, "fmt.Println", "code is not prose")
					assert.NotContains(t, f.Claim.Text, "title:", "front matter is not prose")
				}
			})
		}
	}
}

func TestCheck_markup(t *testing.T) {
	chdirRoot(t)
	res, _, stderr := runCheckJSON(t, "", checkArgs("json", "testdata/markup/news.md", "testdata/markup/news.html")...)
	for _, path := range []string{"testdata/markup/news.md", "testdata/markup/news.html"} {
		var loaded, found []string
		for _, f := range res.Findings {
			if f.Path != path {
				continue
			}
			found = append(found, f.Rule+" "+f.Claim.Text)
			if f.Rule == "loaded-language" {
				loaded = append(loaded, f.Claim.Text)
			}
		}
		require.Len(t, loaded, 1, "%s: the suppressed loaded-language finding stays off: %v", path, found)
		assert.Contains(t, loaded[0], "in its usual manner")
		for _, s := range found {
			assert.NotContains(t, s, "Pro-Kremlin media outlets claim", "a hedged claim is not flagged")
			assert.NotContains(t, s, "as usual, blames", "disable-next-line switches loaded-language off")
		}
		assert.Contains(t, stderr, path+`:`)
	}
	assert.Contains(t, stderr, `testdata/markup/news.md:30: warning: unknown rule "no-such-rule" in claimtrace-disable-next-line comment`)
	assert.Contains(t, stderr, `testdata/markup/news.html:26: warning: unknown rule "no-such-rule"`)
}

func TestCheck_exitCodes(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "empty"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty", "notes.go"), []byte("package x\n"), 0o644))
	bad := filepath.Join(dir, "bad.yaml")
	require.NoError(t, os.WriteFile(bad, []byte("publisher: RBC-Ukraine\nrules:\n  loaded-language: {severity: fatal}\n"), 0o644))
	strict := filepath.Join(dir, "strict.yaml")
	require.NoError(t, os.WriteFile(strict, []byte("publisher: RBC-Ukraine\nfail-level: warning\n"), 0o644))

	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"clean at the default fail level", checkArgs("line", article), exitOK, ""},
		{"fail-level warning", append(checkArgs("line", article), "--fail-level", "warning"), exitFindings, ""},
		{"fail-level info", append(checkArgs("line", article), "--fail-level", "info"), exitFindings, ""},
		{"fail-level from the policy", []string{"check", "--config", strict, article}, exitFindings, ""},
		{"fail-level none", append(checkArgs("line", article), "--fail-level", "none"), exitOK, ""},
		{"missing file", checkArgs("line", "testdata/no-such-draft.md"), exitError, "no-such-draft.md: no such file or directory"},
		{"directory without matching files", checkArgs("line", filepath.Join(dir, "empty")), exitError, "no files match *.md"},
		{"glob without matches", checkArgs("line", "testdata/**/*.rst"), exitError, "testdata/**/*.rst: no files match"},
		{"bad policy file", []string{"check", "--config", bad, article}, exitError, bad + `:3:31: rules: loaded-language: severity: unknown severity "fatal"`},
		{"missing policy file", []string{"check", "--config", filepath.Join(dir, "none.yaml"), article}, exitError, "none.yaml: no such file or directory"},
		{"no input", []string{"check", "--no-config"}, exitError, "no input"},
		{"bad format", checkArgs("xml", article), exitError, "want text or line"},
		{"bad fail level", append(checkArgs("line", article), "--fail-level", "fatal"), exitError, `unknown fail level "fatal"`},
		{"bad input format", append(checkArgs("line", article), "--input-format", "rtf"), exitError, `unknown input format "rtf"`},
		{"config and no-config", []string{"check", "--config", strict, "--no-config", article}, exitError, "exclude each other"},
		{"help", []string{"check", "-h"}, exitOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, "", tt.args...)
			assert.Equal(t, tt.code, code, stderr)
			assert.Contains(t, stderr, tt.stderr)
		})
	}
}

// TestCheck_acceptance runs check on the reference article with the
// default policy (publisher from a policy file) and locates the answer
// key's claims by their text.
func TestCheck_acceptance(t *testing.T) {
	chdirRoot(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".claimtrace.yaml")
	require.NoError(t, os.WriteFile(cfg, []byte("publisher: RBC-Ukraine\n"), 0o644))
	res, code, stderr := runCheckJSON(t, "", "check", "--config", cfg, "--format", "json", article)
	require.Equal(t, exitOK, code, stderr)

	src, err := os.ReadFile(article)
	require.NoError(t, err)
	var key struct {
		Claims []struct {
			ID         string   `json:"id"`
			Claim      string   `json:"claim"`
			Sides      []string `json:"sides"`
			Hedged     bool     `json:"hedged"`
			Provenance []string `json:"provenance"`
		} `json:"claims"`
	}
	raw, err := os.ReadFile("testdata/rbc-ukraine-istanbul.gold.json")
	require.NoError(t, err)
	require.NoError(t, json.Unmarshal(raw, &key))
	sides := map[string][]string{}
	for _, c := range key.Claims {
		sides[c.ID] = c.Sides
	}
	// rules returns the rules of the findings on the key claim text.
	rules := func(text string) []string {
		at := strings.Index(string(src), text)
		require.GreaterOrEqual(t, at, 0, "key claim %q not in the article", text)
		var out []string
		for _, f := range res.Findings {
			if f.Span.Start < at+len(text) && at < f.Span.End {
				out = append(out, f.Rule)
			}
		}
		return out
	}

	var takeaways, hedged int
	for _, c := range key.Claims {
		onlyPK := len(c.Provenance) > 0
		for _, p := range c.Provenance {
			onlyPK = onlyPK && len(sides[p]) == 1 && sides[p][0] == "pro-Kremlin media"
		}
		switch {
		case onlyPK:
			takeaways++
			assert.Contains(t, rules(c.Claim), "single-source-restatement", "pro-Kremlin-only takeaway %s: %q", c.ID, c.Claim)
		case len(c.Sides) == 1 && c.Sides[0] == "pro-Kremlin media" && c.Hedged:
			hedged++
			got := rules(c.Claim)
			assert.NotContains(t, got, "unhedged-partisan-claim", "hedged %s: %q", c.ID, c.Claim)
			assert.NotContains(t, got, "single-source-restatement", "hedged %s: %q", c.ID, c.Claim)
			assert.NotContains(t, got, "loaded-language", "hedged %s: %q", c.ID, c.Claim)
		case strings.HasPrefix(c.Claim, "The start of the US-Russia talks was reported by pro-Kremlin media"):
			assert.Contains(t, rules(c.Claim), "unhedged-partisan-claim", "%s: %q", c.ID, c.Claim)
		case strings.Contains(c.Claim, "in its usual manner"):
			assert.Contains(t, rules(c.Claim), "loaded-language", "%s: %q", c.ID, c.Claim)
		}
	}
	assert.Equal(t, 2, takeaways, "the key has two pro-Kremlin-only takeaways")
	assert.GreaterOrEqual(t, hedged, 3, "the key's hedged pro-Kremlin claims")
	for _, f := range res.Findings {
		if f.Rule == "unhedged-partisan-claim" {
			assert.True(t, strings.HasPrefix(f.Claim.Text, "The start of the US-Russia talks"), "only the unhedged report is flagged, not %q", f.Claim.Text)
		}
	}
}

func TestCheck_sarifSchema(t *testing.T) {
	chdirRoot(t)
	code, out, stderr := runCmd(t, "", checkArgs("sarif", checkFixtures...)...)
	require.Equal(t, exitOK, code, stderr)

	c := jsonschema.NewCompiler()
	f, err := os.Open("testdata/check/sarif-schema-2.1.0.json")
	require.NoError(t, err)
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	require.NoError(t, err)
	require.NoError(t, c.AddResource("sarif-schema-2.1.0.json", doc))
	schema, err := c.Compile("sarif-schema-2.1.0.json")
	require.NoError(t, err)
	inst, err := jsonschema.UnmarshalJSON(strings.NewReader(out))
	require.NoError(t, err)
	require.NoError(t, schema.Validate(inst))

	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID   string                `json:"id"`
						Help struct{ Text string } `json:"help"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []json.RawMessage `json:"results"`
		} `json:"runs"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &log))
	require.Len(t, log.Runs, 1)
	require.Len(t, log.Runs[0].Tool.Driver.Rules, 5)
	for _, r := range log.Runs[0].Tool.Driver.Rules {
		assert.NotEmpty(t, r.Help.Text, r.ID)
	}
	assert.NotEmpty(t, log.Runs[0].Results)
}

func TestCheck_githubSummary(t *testing.T) {
	chdirRoot(t)
	summary := filepath.Join(t.TempDir(), "summary.md")
	require.NoError(t, os.WriteFile(summary, []byte("earlier step\n"), 0o644))
	t.Setenv("GITHUB_STEP_SUMMARY", summary)
	code, out, stderr := runCmd(t, "", checkArgs("github", "testdata/markup/news.md")...)
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "::warning file=testdata/markup/news.md,line=28,col=1,endLine=28,endColumn=")
	assert.Contains(t, out, ",title=loaded-language::")
	assert.Contains(t, out, "::notice file=")
	got, err := os.ReadFile(summary)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(got), "earlier step\n## claimtrace check\n"), "appended:\n%s", got)
	assert.Contains(t, string(got), "| `loaded-language` | warning | 1 |")
}

func TestCheck_stdin(t *testing.T) {
	chdirRoot(t)
	md := "# Title\n\nMoscow, in its usual manner, flouts the rules.\n"
	res, code, stderr := runCheckJSON(t, md, checkArgs("json", "--stdin-filename", "draft.md", "-")...)
	require.Equal(t, exitOK, code, stderr)
	require.NotEmpty(t, res.Findings)
	assert.Equal(t, []string{"draft.md"}, res.Files)
	assert.Equal(t, "draft.md", res.Findings[0].Path)

	// --input-format text reads the Markdown as is: the heading marker stays.
	res, _, _ = runCheckJSON(t, "Moscow, in its *usual* manner, flouts the rules.\n", checkArgs("json", "--input-format", "markdown", "-")...)
	var loaded int
	for _, f := range res.Findings {
		if f.Rule == "loaded-language" {
			loaded++
			assert.Equal(t, "-", f.Path)
		}
	}
	assert.Equal(t, 1, loaded, "emphasis markers are masked, so the phrase matches")
}

func TestConfig(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "drafts", "sub"), 0o755))
	for _, p := range []string{"drafts/a.md", "drafts/sub/b.html", "drafts/notes.go", "drafts/old.md"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".claimtrace.yaml"),
		[]byte("publisher: RBC-Ukraine\nlexicon: [desk.yaml]\nexclude: [old.md]\nrules:\n  unattributed-claim: {enabled: false}\n"), 0o644))
	t.Chdir(filepath.Join(dir, "drafts"))

	code, out, stderr := runCmd(t, "", "config")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "# policy: "+filepath.Join(dir, ".claimtrace.yaml"))
	assert.Contains(t, out, "publisher: RBC-Ukraine\n")
	assert.Contains(t, out, "  - "+filepath.Join(dir, "desk.yaml")+"\n")
	assert.Contains(t, out, "  unattributed-claim: {enabled: false, severity: info}\n")
	assert.Contains(t, out, "# files in scope (2)\n#   a.md\n#   sub/b.html\n")

	code, out, _ = runCmd(t, "", "config", "--no-config")
	require.Equal(t, exitOK, code)
	assert.Contains(t, out, "publisher: publisher\n")
	assert.Contains(t, out, "#   old.md\n")

	require.NoError(t, os.WriteFile(filepath.Join(dir, ".claimtrace.yaml"), []byte("publisher: X\nfail-levle: warning\n"), 0o644))
	code, _, stderr = runCmd(t, "", "config")
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, filepath.Join(dir, ".claimtrace.yaml")+`:2:1: policy: unknown key "fail-levle"`)
}

// BenchmarkRun_check measures a whole "claimtrace check --format json" on
// the reference article, lexicon loading included; compare it with
// BenchmarkRun_analyze (bench_test.go) in the same run: check must add no
// more than 10%:
//
//	go test ./cmd/claimtrace -run=^$ -bench='Run_(analyze|check)$' -count=6
func BenchmarkRun_check(b *testing.B) {
	path := filepath.Join("..", "..", article)
	for b.Loop() {
		if code, _, stderr := runCmd(b, "", "check", "--no-config", "--format", "json", "--publisher", "RBC-Ukraine", path); code != exitOK {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
}

// BenchmarkCheck_document measures, per document with the pipeline built
// once, the analysis alone and the analysis with everything check adds
// (masking the markup, reading suppression comments, the rules), on the
// reference article and on the Markdown fixture.
func BenchmarkCheck_document(b *testing.B) {
	lex, err := lexicon.LoadFiles()
	require.NoError(b, err)
	p, err := pipelineFor(lex, "RBC-Ukraine")
	require.NoError(b, err)
	checker := policy.NewChecker(policy.Default("."), lex)
	for _, path := range []string{article, "testdata/markup/news.md"} {
		src, err := os.ReadFile(filepath.Join("..", "..", path))
		require.NoError(b, err)
		b.Run(filepath.Base(path)+"/analyze", func(b *testing.B) {
			for b.Loop() {
				if _, err := p.analyze(claims.NewDocument(path, src)); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(filepath.Base(path)+"/rules-only", func(b *testing.B) {
			doc := claims.NewDocument(path, src)
			a, err := p.analyze(doc)
			require.NoError(b, err)
			for b.Loop() {
				checker.Check(policy.Document{Doc: doc, Claims: a.Claims, Publisher: a.Publisher})
			}
		})
		b.Run(filepath.Base(path)+"/check", func(b *testing.B) {
			for b.Loop() {
				doc := claims.NewDocument(path, src)
				f := markup.FormatOf(path)
				var sup *markup.Suppressions
				if f != markup.Text {
					a, ds, _ := markup.Scan(f, src)
					doc.Analysis, sup = a, markup.NewSuppressions(ds)
				}
				a, err := p.analyze(doc)
				if err != nil {
					b.Fatal(err)
				}
				checker.Check(policy.Document{Doc: doc, Claims: a.Claims, Publisher: a.Publisher, Suppressions: sup})
			}
		})
	}
}
