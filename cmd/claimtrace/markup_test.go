package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAnalyze_markup checks that analyze reads Markdown and HTML inputs for
// their prose, as check does: a linked source is found, markup makes no
// claim, and spans are still the file's.
func TestAnalyze_markup(t *testing.T) {
	dir := t.TempDir()
	md := "# Kremlin rejects plan\n\nRussia **rejected** the plan, [Kremlin spokesman Dmitry Peskov](https://example.com/p) said.\n"
	html := "<html><body><p>Russia rejected the plan, <a href=\"x\">Kremlin spokesman Dmitry Peskov</a> said.</p>" +
		"<script>var s = \"the minister said the talks failed\";</script></body></html>\n"
	for _, tc := range []struct {
		name, text string
		args       []string
	}{
		{"draft.md", md, nil},
		{"page.html", html, nil},
		{"draft.txt", md, []string{"--input-format", "markdown"}},
		{"bom.md", "\xEF\xBB\xBF---\ntitle: x\nsummary: Maria Zakharova said the note was false.\n---\n\n" + md, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.name)
			require.NoError(t, os.WriteFile(path, []byte(tc.text), 0o644))
			code, out, stderr := runCmd(t, "", append(append([]string{"analyze", "--format", "json"}, tc.args...), path)...)
			require.Equal(t, exitOK, code, stderr)
			var got struct {
				Documents []struct {
					Claims []struct {
						Text   string
						Span   struct{ Start, End int }
						Source *struct{ Text string }
					}
				}
			}
			require.NoError(t, json.Unmarshal([]byte(out), &got))
			require.Len(t, got.Documents, 1)
			var sources []string
			for _, c := range got.Documents[0].Claims {
				assert.Equal(t, tc.text[c.Span.Start:c.Span.End], c.Text, "a span of the file")
				assert.NotContains(t, c.Text, "<", "no markup in a claim")
				if c.Source != nil {
					sources = append(sources, c.Source.Text)
				}
			}
			assert.Contains(t, sources, "Kremlin spokesman Dmitry Peskov")
			assert.NotContains(t, out, "the talks failed", "a script is no prose")
			assert.NotContains(t, out, "Zakharova", "front matter is no prose")
		})
	}
	code, out, stderr := runCmd(t, md, "analyze", "--format", "csv", "--stdin-filename", "draft.md", "-")
	require.Equal(t, exitOK, code, stderr)
	assert.Contains(t, out, "draft.md,3,", "stdin reported under its name")
	assert.Contains(t, out, ",Kremlin spokesman Dmitry Peskov,", "and read as Markdown by that name")

	code, _, stderr = runCmd(t, "", "analyze", "--input-format", "pdf", filepath.Join(dir, "draft.md"))
	assert.Equal(t, exitError, code)
	assert.Contains(t, stderr, "--input-format")
}
