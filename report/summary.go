package report

import (
	"slices"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// SideSummary counts, for one side, its claims and how other sides met them.
// The counting rules are those of the answer keys' side_summary_rules;
// a cluster is a set of claims with the same Cluster id, and a claim whose
// Cluster is "" is a cluster of its own. A side "asserts" a cluster when one
// of its claims in it asserts or confirms.
type SideSummary struct {
	Side                  string // side name, as in the lexicon
	Attributed            int    // claims whose sides include the side (claims without sides belong to the publisher)
	Hedged                int    // of those, claims with a source that the publisher distances itself from
	ConfirmedByOtherSides int    // clusters the side asserts that another side, not the publisher, asserts or confirms; always 0 for the publisher
	DisputedByOtherSides  int    // clusters the side asserts that another side disputes or denies
	Disputes              int    // clusters the side disputes or denies
	NoComment             int    // clusters on which the side declined or has not yet commented
}

// Summarize returns one SideSummary for each side that appears in cs, and
// always one for the publisher. Sides are ordered as in order, then the
// others alphabetically, with the publisher last.
//
// A claim in the publisher's own voice (no Source) is never counted as
// hedged: hedging is the publisher distancing itself from someone else.
// The publisher's claims are never "confirmed by other sides": the rule
// counts agreement between non-publisher sides, and every attributed claim
// is carried by the publisher anyway.
func Summarize(cs []claims.Claim, publisher string, order []string) []SideSummary {
	g := group(cs, publisher)
	return g.summaries(g.order(order))
}

// summaries returns the counts of the sides numbered in sides, in that
// order.
func (g *clustering) summaries(sides []int32) []SideSummary {
	out := make([]SideSummary, len(sides))
	for i, x := range sides {
		out[i] = g.tally[x]
	}
	return out
}

// order returns the numbers of every side: those in order first, in that
// order, then the rest alphabetically, then the publisher.
func (g *clustering) order(order []string) []int32 {
	out := make([]int32, 0, len(g.sides.names))
	for _, side := range order {
		if x, ok := g.sides.find(side); ok && x != 0 && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	first := len(out)
	for x := range int32(len(g.sides.names)) {
		if x != 0 && !slices.Contains(out[:first], x) {
			out = append(out, x)
		}
	}
	names := g.sides.names
	slices.SortFunc(out[first:], func(a, b int32) int { return strings.Compare(names[a], names[b]) })
	return append(out, 0)
}
