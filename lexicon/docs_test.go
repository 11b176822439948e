package lexicon

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestDocs_tradeDispute checks that docs/lexicon.md quotes the worked
// example's lexicon exactly, and that the example loads and merges with the
// default.
func TestDocs_tradeDispute(t *testing.T) {
	const path = "../testdata/lexicon/trade-dispute.yaml"
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	doc, err := os.ReadFile("../docs/lexicon.md")
	require.NoError(t, err)

	_, after, ok := strings.Cut(string(doc), "<!-- testdata/lexicon/trade-dispute.yaml -->\n```yaml\n")
	require.True(t, ok, "docs/lexicon.md has no fenced yaml block after the trade-dispute marker")
	block, _, ok := strings.Cut(after, "```\n")
	require.True(t, ok, "unterminated yaml block")
	assert.Equal(t, string(want), block)

	ext, err := Load(bytes.NewReader(want), path)
	require.NoError(t, err)
	def, err := Default()
	require.NoError(t, err)
	l, err := Merge(def, ext)
	require.NoError(t, err)

	for _, g := range l.Groups {
		if g.Name == "both sides" {
			assert.Equal(t, []string{"Northwind Steel", "Bayview Motors"}, g.Sides)
		}
	}
}
