package report

import (
	"slices"

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
	return summarize(cs, group(cs, publisher), publisher, order)
}

// summarize is Summarize with the clustering group returned for cs.
func summarize(cs []claims.Claim, g *clustering, publisher string, order []string) []SideSummary {
	by := map[string]*SideSummary{publisher: {Side: publisher}}
	get := func(side string) *SideSummary {
		s, ok := by[side]
		if !ok {
			s = &SideSummary{Side: side}
			by[side] = s
		}
		return s
	}
	for i := range cs {
		c := &cs[i]
		for _, side := range sidesOf(c, publisher) {
			s := get(side)
			s.Attributed++
			if c.Hedged && c.Attributed() {
				s.Hedged++
			}
		}
	}
	for k := range g.all {
		asserters, disputers := k.asserters, k.disputers
		for _, side := range asserters {
			s := get(side)
			if side != publisher && slices.ContainsFunc(asserters, func(o string) bool { return o != side && o != publisher }) {
				s.ConfirmedByOtherSides++
			}
			if slices.ContainsFunc(disputers, func(o string) bool { return o != side }) {
				s.DisputedByOtherSides++
			}
		}
		for _, side := range disputers {
			get(side).Disputes++
		}
		for _, side := range k.silent {
			get(side).NoComment++
		}
	}
	out := make([]SideSummary, 0, len(by))
	for _, side := range orderSides(by, publisher, order) {
		out = append(out, *by[side])
	}
	return out
}

// orderSides returns the keys of by: those in order first, in that order,
// then the rest alphabetically, then the publisher.
func orderSides[V any](by map[string]V, publisher string, order []string) []string {
	var out []string
	for _, side := range order {
		if _, ok := by[side]; ok && side != publisher && !slices.Contains(out, side) {
			out = append(out, side)
		}
	}
	var rest []string
	for side := range by {
		if side != publisher && !slices.Contains(out, side) {
			rest = append(rest, side)
		}
	}
	slices.Sort(rest)
	out = append(out, rest...)
	if _, ok := by[publisher]; ok {
		out = append(out, publisher)
	}
	return out
}
