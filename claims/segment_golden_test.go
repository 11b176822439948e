package claims

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// updateSplit is the -update flag; other golden tests in this package should
// read it too, since a flag can be defined only once.
var updateSplit = flag.Bool("update", false, "rewrite the golden files")

// formatSentences writes one line per sentence: its start and end as
// line:column, block, layout, non-claim kind ("-" for a claim candidate)
// and quoted text.
func formatSentences(doc *Document, sents []Sentence) string {
	var b strings.Builder
	for _, s := range sents {
		kind := string(s.NonClaim)
		if kind == "" {
			kind = "-"
		}
		fmt.Fprintf(&b, "%s-%s\t%d\t%s\t%s\t%q\n", doc.Position(s.Span.Start), doc.Position(s.Span.End), s.Block, s.Layout, kind, s.Text)
	}
	return b.String()
}

// TestSegmenter_Split_golden splits each testdata/split/*.txt, and the
// reference article, and compares the result with the .golden file of the
// same name. Run with -update to rewrite the golden files.
func TestSegmenter_Split_golden(t *testing.T) {
	dir := filepath.Join("..", "testdata", "split")
	inputs, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, inputs)
	inputs = append(inputs, filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt"))

	seg, err := NewSegmenter()
	require.NoError(t, err)
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(in)
			require.NoError(t, err)
			doc := NewDocument(in, src)
			sents, err := seg.Split(doc)
			require.NoError(t, err)
			checkSentences(t, doc, sents)
			got := formatSentences(doc, sents)

			golden := filepath.Join(dir, name+".golden")
			if *updateSplit {
				require.NoError(t, os.WriteFile(golden, []byte(got), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err)
			assert.Equal(t, string(want), got)
		})
	}
}
