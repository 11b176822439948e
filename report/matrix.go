package report

import (
	"slices"

	"github.com/claimtrace/claimtrace/claims"
)

// MatrixCell counts how one side met the clusters another side asserts.
// A cluster the claimant asserts counts once in each of the respondent's
// columns it applies to: confirmed when the respondent also asserts or
// confirms it, disputed when it disputes or denies it, no comment when it
// declined or has not yet commented.
type MatrixCell struct {
	Claimant   string // the side that asserts the clusters (a row)
	Respondent string // the side that responds (a column); never the publisher, whose voice is the article's
	Confirmed  int    // clusters the respondent also asserts or confirms
	Disputed   int    // clusters the respondent disputes or denies
	NoComment  int    // clusters on which the respondent declined to comment
}

// Matrix returns the confirmation matrix of cs: one cell for every
// claimant side and every other side that is not the publisher, rows and
// columns in the order Summarize uses. Clusters are as in Summarize.
func Matrix(cs []claims.Claim, publisher string, order []string) []MatrixCell {
	g := group(cs, publisher)
	return matrix(g, publisher, summarize(cs, g, publisher, order))
}

// matrix is Matrix with the clustering group returned for the claims and
// the sides Summarize returned for them.
func matrix(g *clustering, publisher string, sides []SideSummary) []MatrixCell {
	var out []MatrixCell
	for _, row := range sides {
		for _, col := range sides {
			if col.Side == row.Side || col.Side == publisher {
				continue
			}
			out = append(out, MatrixCell{Claimant: row.Side, Respondent: col.Side})
		}
	}
	for k := range g.all {
		if len(k.asserters)+len(k.disputers)+len(k.silent) < 2 {
			continue // no side meets another's claim
		}
		for _, a := range k.asserters {
			for j := range out {
				p := &out[j]
				if p.Claimant != a {
					continue
				}
				if slices.Contains(k.asserters, p.Respondent) {
					p.Confirmed++
				}
				if slices.Contains(k.disputers, p.Respondent) {
					p.Disputed++
				}
				if slices.Contains(k.silent, p.Respondent) {
					p.NoComment++
				}
			}
		}
	}
	return out
}

// Restatement is a claim in the publisher's voice whose provenance rests on
// claims of one side only: the article states as fact what only that side
// said.
type Restatement struct {
	Claim  string   // id of the publisher's claim
	Side   string   // the one side its provenance speaks for
	Source []string // ids of the attributed claims it rests on
}

// Restatements returns the single-source restatements of cs, in input
// order: claims with a Provenance whose claims all speak for one side (not
// the publisher).
func Restatements(cs []claims.Claim, publisher string) []Restatement {
	byID := make(map[string]*claims.Claim, len(cs))
	for i := range cs {
		byID[cs[i].ID] = &cs[i]
	}
	var out []Restatement
	for i := range cs {
		c := &cs[i]
		if len(c.Provenance) == 0 {
			continue
		}
		var sides []string
		for _, id := range c.Provenance {
			if p, ok := byID[id]; ok {
				for _, s := range sidesOf(p, publisher) {
					sides = appendNew(sides, s)
				}
			}
		}
		if len(sides) == 1 && sides[0] != publisher {
			out = append(out, Restatement{Claim: c.ID, Side: sides[0], Source: c.Provenance})
		}
	}
	return out
}
