package attribution_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// BenchmarkTagger_Tag measures the tagger alone on the reference article,
// with the lexicon, segmenter and sentences built outside the loop.
func BenchmarkTagger_Tag(b *testing.B) {
	src, err := os.ReadFile("../testdata/rbc-ukraine-istanbul.txt")
	require.NoError(b, err)
	lex, err := lexicon.Default()
	require.NoError(b, err)
	seg, err := claims.NewSegmenter()
	require.NoError(b, err)
	doc := claims.NewDocument("rbc-ukraine-istanbul.txt", src)
	sents, err := seg.Split(doc)
	require.NoError(b, err)
	tg := attribution.New(lex, attribution.Config{Publisher: "RBC-Ukraine"})
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		tg.Tag(doc, sents)
	}
}
