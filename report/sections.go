package report

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// section is one titled table of a document's report. The plain-text and
// Markdown writers print the same sections.
type section struct {
	title  string     // "Claims (36)"
	header []string   // column names
	rows   [][]string // one row a record, cells on one line
}

// documentSections returns the sections of one document's report, in
// order: claims, non-claims, the side summary, the confirmation matrix,
// the clusters with their members and the single-source restatements. The
// last three are left out when empty.
func documentSections(a *Analysis) []section {
	doc := a.Doc
	line := func(s claims.Span) string { return strconv.Itoa(doc.Position(s.Start).Line) }
	byID := make(map[string]*claims.Claim, len(a.Claims))
	for i := range a.Claims {
		byID[a.Claims[i].ID] = &a.Claims[i]
	}

	cl := section{title: fmt.Sprintf("Claims (%d)", len(a.Claims)), header: []string{"id", "line", "source", "sides", "cue", "stance", "hedged", "text"}}
	for i := range a.Claims {
		c := &a.Claims[i]
		source := "—"
		switch {
		case c.Source != nil:
			source = Shorten(c.Source.Label(), SourceWidth)
		case c.Agentless:
			source = "(unnamed)"
		}
		cl.rows = append(cl.rows, []string{
			c.ID, line(c.Span), source, strings.Join(sidesOf(c, a.Publisher), ", "),
			c.Cue, string(c.Stance), hedgedCell(c), Shorten(doc.Slice(c.Span), TextWidth),
		})
	}

	nc := section{header: []string{"line", "kind", "text"}}
	for _, s := range a.Sentences {
		if s.NonClaim != claims.NotNonClaim {
			nc.rows = append(nc.rows, []string{line(s.Span), string(s.NonClaim), Shorten(doc.Slice(s.Span), TextWidth)})
		}
	}
	nc.title = fmt.Sprintf("Non-claims (%d)", len(nc.rows))

	groups := group(a.Claims, a.Publisher)
	order := groups.order(a.SideOrder)
	sides := groups.summaries(order)
	sd := section{title: "Sides", header: []string{"side", "attributed", "hedged", "confirmed_by_other_sides", "disputed_by_other_sides", "disputes", "no_comment"}}
	for _, s := range sides {
		sd.rows = append(sd.rows, []string{s.Side, strconv.Itoa(s.Attributed), strconv.Itoa(s.Hedged),
			strconv.Itoa(s.ConfirmedByOtherSides), strconv.Itoa(s.DisputedByOtherSides), strconv.Itoa(s.Disputes), strconv.Itoa(s.NoComment)})
	}
	out := []section{cl, nc, sd}

	if m := matrixSection(groups.matrix(order), sides); len(m.rows) > 0 {
		out = append(out, m)
	}

	ks := groups.clusters()
	kt := section{header: []string{"cluster", "claim", "line", "sides", "stance", "text"}}
	n := 0
	for _, k := range ks {
		if len(k.Claims) < 2 {
			continue
		}
		n++
		for _, id := range k.Claims {
			c := byID[id]
			kt.rows = append(kt.rows, []string{k.ID, c.ID, line(c.Span), strings.Join(sidesOf(c, a.Publisher), ", "),
				string(c.Stance), Shorten(doc.Slice(c.Span), TextWidth)})
		}
	}
	kt.title = fmt.Sprintf("Clusters (%d)", n)
	if n > 0 {
		out = append(out, kt)
	}

	rs := Restatements(a.Claims, a.Publisher)
	rt := section{title: fmt.Sprintf("Single-source restatements (%d)", len(rs)), header: []string{"claim", "line", "rests on", "side", "text"}}
	for _, r := range rs {
		c := byID[r.Claim]
		rt.rows = append(rt.rows, []string{c.ID, line(c.Span), strings.Join(r.Source, ", "), r.Side, Shorten(doc.Slice(c.Span), TextWidth)})
	}
	if len(rs) > 0 {
		out = append(out, rt)
	}
	return out
}

// matrixSection lays the matrix out with one row per claimant side that
// any respondent met, one column per respondent side, and cells
// "confirmed / disputed / no comment"; "—" marks a side facing itself.
func matrixSection(cells []MatrixCell, sides []SideSummary) section {
	s := section{title: "Confirmation matrix (rows claim, columns respond: confirmed / disputed / no comment)", header: []string{"claims \\ responds"}}
	var cols []string
	for _, side := range sides {
		if slices.ContainsFunc(cells, func(c MatrixCell) bool { return c.Respondent == side.Side }) {
			cols = append(cols, side.Side)
		}
	}
	s.header = append(s.header, cols...)
	for _, side := range sides {
		row := []string{side.Side}
		met := false
		for _, col := range cols {
			cell := "—"
			for _, c := range cells {
				if c.Claimant == side.Side && c.Respondent == col {
					cell = fmt.Sprintf("%d / %d / %d", c.Confirmed, c.Disputed, c.NoComment)
					met = met || c.Confirmed+c.Disputed+c.NoComment > 0
				}
			}
			row = append(row, cell)
		}
		if met {
			s.rows = append(s.rows, row)
		}
	}
	return s
}
