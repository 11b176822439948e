package policy

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad(t *testing.T) {
	src := `publisher: RBC-Ukraine
lexicon: [desk.yaml, /abs/extra.yaml]
fail-level: warning
rules:
  unattributed-claim: {enabled: false}
  loaded-language: {severity: error}
include: ["drafts/**/*.md"]
exclude: ["**/archive/**"]
`
	c, err := Load(strings.NewReader(src), filepath.Join("repo", FileName))
	require.NoError(t, err)
	assert.Equal(t, "RBC-Ukraine", c.Publisher)
	assert.Equal(t, []string{filepath.Join("repo", "desk.yaml"), "/abs/extra.yaml"}, c.Lexicon)
	assert.Equal(t, Warning, c.FailLevel)
	assert.Equal(t, RuleSetting{Enabled: false, Severity: Info}, c.Rules[UnattributedClaim])
	assert.Equal(t, RuleSetting{Enabled: true, Severity: Error}, c.Rules[LoadedLanguage])
	assert.Equal(t, RuleSetting{Enabled: true, Severity: Warning}, c.Rules[SingleSourceRestatement])
	assert.Equal(t, []string{"drafts/**/*.md"}, c.Include)
	assert.Equal(t, []string{"**/archive/**"}, c.Exclude)
}

func TestLoad_empty(t *testing.T) {
	c, err := Load(strings.NewReader(""), FileName)
	require.NoError(t, err)
	d := Default(".")
	d.File = FileName
	assert.Equal(t, d, c)
}

func TestLoad_Errors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unknown key", "publisher: X\nfail_level: error\n", `p.yaml:2:1: policy: unknown key "fail_level" (want publisher, lexicon, fail-level, rules, include, exclude)`},
		{"bad fail level", "fail-level: fatal\n", `p.yaml:1:13: fail-level: unknown fail level "fatal" (want info, warning, error or none)`},
		{"unknown rule", "rules:\n  loaded-words: {enabled: false}\n", `p.yaml:2:3: rules: unknown key "loaded-words" (want single-source-restatement, unhedged-partisan-claim, loaded-language, anonymous-source, unattributed-claim)`},
		{"bad severity", "rules:\n  loaded-language: {severity: fatal}\n", `p.yaml:2:31: rules: loaded-language: severity: unknown severity "fatal" (want info, warning or error)`},
		{"none is no severity", "rules:\n  loaded-language: {severity: none}\n", `p.yaml:2:31: rules: loaded-language: severity: unknown severity "none" (want info, warning or error)`},
		{"enabled not bool", "rules:\n  loaded-language: {enabled: yes please}\n", `p.yaml:2:30: rules: loaded-language: enabled: expected true or false, got "yes please"`},
		{"rule key", "rules:\n  loaded-language: {on: true}\n", `p.yaml:2:21: rules: loaded-language: unknown key "on" (want enabled, severity)`},
		{"bad glob", "include: ['[a-']\n", `p.yaml:1:11: include: bad glob pattern "[a-"`},
		{"list expected", "exclude: {a: b}\n", `p.yaml:1:10: exclude: expected a list, got a mapping`},
		{"publisher list", "publisher: [a]\n", `p.yaml:1:12: publisher: expected a string, got a list`},
		{"repeated", "publisher: a\npublisher: b\n", `p.yaml:2:1: policy: repeated key "publisher"`},
		{"syntax", "publisher: [a\n", `p.yaml:1: invalid yaml: did not find expected ',' or ']'`},
		{"not a mapping", "- a\n", `p.yaml:1:1: policy: expected a mapping, got a list`},
		{"two documents", "publisher: a\n---\npublisher: b\n", `p.yaml:2:1: more than one yaml document`},
		{"alias", "publisher: &p a\nfail-level: *p\n", `p.yaml:2:13: fail-level: yaml aliases are not supported`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.src), "p.yaml")
			require.Error(t, err)
			assert.Equal(t, tt.want, strings.SplitN(err.Error(), "\n", 2)[0])
		})
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	require.NoError(t, os.MkdirAll(deep, 0o755))
	got, err := Find(deep)
	require.NoError(t, err)
	if got != "" { // a policy above the temp dir would be found; it must not be ours
		assert.NotContains(t, got, root)
	}
	require.NoError(t, os.WriteFile(filepath.Join(root, "a", FileName), []byte("publisher: X\n"), 0o644))
	got, err = Find(deep)
	require.NoError(t, err)
	assert.Equal(t, filepath.Join(root, "a", FileName), got)
}

func TestConfig_Files(t *testing.T) {
	root := t.TempDir()
	for _, p := range []string{"a.md", "b.txt", "c.go", "sub/d.html", "sub/archive/e.md", ".git/f.md", "empty/x.go"} {
		p = filepath.Join(root, p)
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte("x"), 0o644))
	}
	c := Default(root)
	c.Exclude = []string{"**/archive/**"}
	j := func(ps ...string) []string {
		for i, p := range ps {
			ps[i] = filepath.Join(root, p)
		}
		return ps
	}

	got, err := c.Files([]string{root})
	require.NoError(t, err)
	assert.Equal(t, j("a.md", "b.txt", "sub/d.html"), got)

	got, err = c.Files([]string{filepath.Join(root, "c.go"), "-", filepath.Join(root, "c.go")})
	require.NoError(t, err)
	assert.Equal(t, append(j("c.go"), "-"), got, "a named file is checked whatever its name, once")

	got, err = c.Files([]string{filepath.Join(root, "**", "*.md")})
	require.NoError(t, err)
	assert.Equal(t, j("a.md"), got, "globs skip excluded files")

	_, err = c.Files([]string{filepath.Join(root, "missing.md")})
	assert.ErrorContains(t, err, "no such file or directory")
	_, err = c.Files([]string{filepath.Join(root, "empty")})
	assert.ErrorContains(t, err, "empty: no files match *.md, *.markdown, *.html, *.htm, *.txt")
	_, err = c.Files([]string{filepath.Join(root, "*.rst")})
	assert.ErrorContains(t, err, "*.rst: no files match")
}

func TestConfig_WriteYAML(t *testing.T) {
	c := Default(".")
	c.Publisher = "RBC-Ukraine"
	var buf bytes.Buffer
	require.NoError(t, c.WriteYAML(&buf))
	assert.Contains(t, buf.String(), "publisher: RBC-Ukraine\n")
	assert.Contains(t, buf.String(), "  loaded-language: {enabled: true, severity: warning}\n")
	back, err := Load(&buf, FileName)
	require.NoError(t, err)
	assert.Equal(t, c.Rules, back.Rules)
	assert.Equal(t, c.Include, back.Include)
}

func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"publisher: X\nfail-level: warning\n", "rules:\n  loaded-language: {enabled: false, severity: error}\n",
		"include: ['**/*.md']\nexclude: [a/**]\n", "lexicon: a.yaml\n", "- a\n", "publisher: &a x\nlexicon: *a\n", "{",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := Load(strings.NewReader(s), "p.yaml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "p.yaml") {
				t.Fatalf("error without the file name: %v", err)
			}
			return
		}
		if c.Publisher == "" || c.FailLevel == "" || len(c.Rules) != len(Rules()) {
			t.Fatalf("incomplete config: %+v", c)
		}
		var buf bytes.Buffer
		if err := c.WriteYAML(&buf); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(&buf, "p.yaml"); err != nil {
			t.Fatalf("written policy does not load: %v\n%s", err, buf.String())
		}
	})
}
