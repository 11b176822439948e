package attribution_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/eval"
	"github.com/claimtrace/claimtrace/lexicon"
)

// TestAccuracy_Reference scores the whole pipeline on the reference article
// against its answer key and fails below the core issue's floors.
func TestAccuracy_Reference(t *testing.T) {
	src, err := os.ReadFile("../testdata/rbc-ukraine-istanbul.txt")
	require.NoError(t, err)
	f, err := os.Open("../testdata/rbc-ukraine-istanbul.gold.json")
	require.NoError(t, err)
	defer f.Close()
	key, err := eval.ReadKey(f, f.Name())
	require.NoError(t, err)

	lex, err := lexicon.Default()
	require.NoError(t, err)
	seg, err := claims.NewSegmenter()
	require.NoError(t, err)
	doc := claims.NewDocument("rbc-ukraine-istanbul.txt", src)
	sents, err := seg.Split(doc)
	require.NoError(t, err)
	got := attribution.New(lex, attribution.Config{Publisher: key.Publisher}).Tag(doc, sents)

	var tally eval.Tally
	require.NoError(t, tally.Add(key, doc, got, key.Publisher))
	m := tally.Metrics()
	t.Log(m)
	ms := tally.Misses
	for _, list := range [][]string{ms.Missed, ms.Extra, ms.WrongSource, ms.WrongSide, ms.WrongStance, ms.WrongHedge} {
		for _, miss := range list {
			t.Log(miss)
		}
	}
	floors := []struct {
		name       string
		got, floor float64
	}{
		{"recall", m.Recall, 0.97}, {"precision", m.Precision, 0.90},
		{"source", m.Source, 0.97}, {"side", m.Side, 0.97},
		{"stance", m.Stance, 0.97}, {"hedged", m.Hedged, 0.97},
		{"source_attr", m.SourceAttr, 0.92}, {"side_attr", m.SideAttr, 0.92},
		{"stance_marked", m.StanceMarked, 0.80}, {"hedge_f1", m.HedgeF1, 0.88},
	}
	for _, fl := range floors {
		assert.GreaterOrEqual(t, fl.got, fl.floor, fl.name)
	}
}
