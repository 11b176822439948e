package eval

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
)

func TestTally_Add(t *testing.T) {
	text := "Prices rose. The ministry denied that talks stalled. Rain fell."
	doc := claims.NewDocument("t.txt", []byte(text))
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	src, yes := "The ministry", true
	key := &Key{Publisher: "Desk", Claims: []KeyClaim{
		{ID: "c1", Sentence: "Prices rose.", Claim: "Prices rose.", Sides: []string{"Desk"}, Stance: "asserts"},
		{ID: "c2", Sentence: "The ministry denied that talks stalled.", Claim: "talks stalled.", Source: &src,
			Sides: []string{"Kremlin"}, Stance: "denies", Hedged: &yes},
		{ID: "c3", Sentence: "Rain fell.", Claim: "Rain fell.", Sides: []string{"Desk"}},
	}}
	got := []claims.Claim{
		{ID: "c01", Span: span("Prices rose."), Sides: []string{"Desk"}, Stance: claims.Asserts},
		{ID: "c02", Span: span("talks stalled."), Source: &claims.Source{Text: "ministry", Span: span("ministry")},
			Sides: []string{"Kremlin"}, Stance: claims.Disputes},
		{ID: "c03", Span: span("Prices"), Sides: []string{"Desk"}, Stance: claims.Asserts}, // matches nothing left
	}
	var tl Tally
	require.NoError(t, tl.Add(key, doc, got, "Desk"))
	m := tl.Metrics()
	assert.InDelta(t, 2.0/3, m.Recall, 1e-9)
	assert.InDelta(t, 2.0/3, m.Precision, 1e-9)
	assert.Equal(t, 1.0, m.Source)
	assert.Equal(t, 1.0, m.SideAttr)
	assert.Equal(t, 1.0, m.StanceMarked, "denies and disputes count as equal")
	assert.Equal(t, 0.0, m.HedgeF1)
	assert.Equal(t, []string{"Rain fell."}, tl.Misses.Missed)

	_, err := ReadKey(strings.NewReader(`{"claims": []}`), "k.json")
	assert.ErrorContains(t, err, "k.json: no claims")
	bad := &Key{Claims: []KeyClaim{{ID: "x", Sentence: "not there", Claim: "x"}}}
	assert.ErrorContains(t, (&Tally{}).Add(bad, doc, nil, "Desk"), "sentence not in text")
}
