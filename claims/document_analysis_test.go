package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDocument_AnalysisText(t *testing.T) {
	t.Run("unset", func(t *testing.T) {
		d := NewDocument("a.txt", []byte("abc"))
		assert.Equal(t, "abc", d.AnalysisText())
	})
	t.Run("set", func(t *testing.T) {
		d := NewDocument("a.md", []byte("*a*"))
		d.Analysis = " a "
		assert.Equal(t, " a ", d.AnalysisText())
	})
	t.Run("wrong length is ignored", func(t *testing.T) {
		d := NewDocument("a.md", []byte("*a*"))
		d.Analysis = "a"
		assert.Equal(t, "*a*", d.AnalysisText())
	})
}

// TestSegmenter_Split_analysis checks that the splitter reads the analysis
// text (a masked code span does not end a sentence) while each sentence's
// Text is the original bytes at its span.
func TestSegmenter_Split_analysis(t *testing.T) {
	src := "Intro line with `x. Y` code and more words.\n\nSecond claim is here."
	mask := "Intro line with        code and more words.\n\nSecond claim is here."
	require.Equal(t, len(src), len(mask))
	doc := NewDocument("a.md", []byte(src))
	doc.Analysis = mask
	seg, err := NewSegmenter()
	require.NoError(t, err)
	sents, err := seg.Split(doc)
	require.NoError(t, err)
	require.Len(t, sents, 2)
	assert.Equal(t, "Intro line with `x. Y` code and more words.", sents[0].Text)
	assert.Equal(t, src[sents[1].Span.Start:sents[1].Span.End], sents[1].Text)
}
