package report

import "github.com/claimtrace/claimtrace/claims"

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
	return g.matrix(g.order(order))
}

// matrix returns the cells of the matrix whose rows and columns are the
// sides numbered in sides, in that order.
func (g *clustering) matrix(sides []int32) []MatrixCell {
	const publisher = 0
	n := int32(len(g.tally))
	var out []MatrixCell
	for _, row := range sides {
		for _, col := range sides {
			if col == row || col == publisher {
				continue
			}
			k := g.cells[row*n+col]
			out = append(out, MatrixCell{Claimant: g.sides.names[row], Respondent: g.sides.names[col],
				Confirmed: k.confirmed, Disputed: k.disputed, NoComment: k.noComment})
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
