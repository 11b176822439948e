package eval

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/report"
)

// named are the sides of the default lexicon that scores keep apart; every
// other side counts as "other".
var named = map[string]bool{"us": true, "kremlin": true, "pro-kremlin media": true, "ukraine": true}

// Tally accumulates the counts behind the metrics over one or more texts.
type Tally struct {
	Gold, Found, Pred                               int
	Source, Side, Stance, Hedged                    int
	SummaryCells, SummaryOK                         int
	AttrGold, SourceAttr, SideAttr                  int
	MarkedGold, MarkedHit, MarkedPred, MarkedPredOK int
	HedgeTP, HedgeGold, HedgePred                   int
	Misses                                          Misses
}

// Misses are what went wrong, one line each, by kind, worded as the
// reference scorer words them.
type Misses struct {
	Missed       []string // key claims no predicted claim matches
	Extra        []string // predicted claims that match no key claim
	WrongSource  []string
	WrongSide    []string
	WrongStance  []string
	WrongHedge   []string
	WrongSummary []string // side summary cells
}

// Metrics are the scores of a Tally, as the reference scorer names them.
type Metrics struct {
	Recall, Precision, Source, Side, Stance, Hedged, Summary float64
	SourceAttr, SideAttr, StanceMarked, HedgeF1              float64
}

// Add scores the claims got, found in doc by a tagger configured for
// publisher, against key and adds the counts to t. It follows the reference scorer
// (score.py) to the letter: key claims are matched in key order, each to
// the unused predicted claim whose span overlaps its content most, where
// overlap is the shared bytes divided by the shorter span and must reach
// one half. Key texts are found by search from the key sentence's first
// occurrence, since keys hold texts, not offsets.
func (t *Tally) Add(key *Key, doc *claims.Document, got []claims.Claim, publisher string) error {
	text := doc.Text
	keyPub := key.Publisher
	if keyPub == "" {
		keyPub = "publisher"
	}
	isPub := func(s string) bool { return s == "publisher" || s == keyPub }
	used := make([]bool, len(got))
	for _, g := range key.Claims {
		sentAt := strings.Index(text, g.Sentence)
		if sentAt < 0 {
			return fmt.Errorf("%s: key claim %s: sentence not in text: %.60s", doc.Path, g.ID, g.Sentence)
		}
		gs, ok := find(text, g.Claim, sentAt)
		best, bi := 0.0, -1
		for i, c := range got {
			if used[i] || !ok {
				continue
			}
			if o := overlap(gs, c.Span); o > best {
				best, bi = o, i
			}
		}
		t.Gold++
		if isMarked(g.Stance) {
			t.MarkedGold++
		}
		if g.IsHedged() {
			t.HedgeGold++
		}
		if g.Source != nil {
			t.AttrGold++
		}
		if bi < 0 || best < 0.5 {
			t.Misses.Missed = append(t.Misses.Missed, prefix(g.Sentence, 70))
			continue
		}
		used[bi] = true
		p := &got[bi]
		t.Found++

		var srcOK bool
		if g.Source == nil {
			srcOK = p.Source == nil
		} else if p.Source != nil {
			gsrc, found := nearest(text, *g.Source, sentAt)
			srcOK = found && overlap(gsrc, p.Source.Span) > 0
		}
		if srcOK {
			t.Source++
			if g.Source != nil {
				t.SourceAttr++
			}
		} else {
			gotSrc := "None"
			if p.Source != nil {
				gotSrc = pyRepr(p.Source.Text)
			}
			wantSrc := "None"
			if g.Source != nil {
				wantSrc = pyRepr(*g.Source)
			}
			t.Misses.WrongSource = append(t.Misses.WrongSource, fmt.Sprintf("%s: want %s got %s", g.ID, wantSrc, gotSrc))
		}

		psides := p.Sides
		if len(psides) == 0 {
			psides = []string{publisher} // as the JSON output writes it
		}
		gside := sideSet(g.AllSides(), func(s string) bool { return isPub(s) })
		pside := sideSet(psides, func(s string) bool { return isPub(s) || s == publisher })
		if slicesEqual(gside, pside) {
			t.Side++
			if g.Source != nil {
				t.SideAttr++
			}
		} else {
			t.Misses.WrongSide = append(t.Misses.WrongSide, fmt.Sprintf("%s: want %s got %s", g.ID, pyList(gside), pyList(pside)))
		}

		want, gotSt := g.Stance, string(p.Stance)
		if want == "" {
			want = "asserts"
		}
		if sameStance(want, gotSt) {
			t.Stance++
		} else {
			t.Misses.WrongStance = append(t.Misses.WrongStance, fmt.Sprintf("%s: want %s got %s", g.ID, want, gotSt))
		}
		if isMarked(want) && sameMarked(want, gotSt) {
			t.MarkedHit++
		}
		if isMarked(gotSt) {
			t.MarkedPred++
			if sameMarked(want, gotSt) {
				t.MarkedPredOK++
			}
		}

		if p.Hedged == g.IsHedged() {
			t.Hedged++
		} else {
			t.Misses.WrongHedge = append(t.Misses.WrongHedge, fmt.Sprintf("%s: want %s got %s", g.ID, pyBoolPtr(g.Hedged), pyBool(p.Hedged)))
		}
		if p.Hedged {
			t.HedgePred++
			if g.IsHedged() {
				t.HedgeTP++
			}
		}
	}
	for i, c := range got {
		if !used[i] {
			s := doc.Slice(c.Span)
			if s == "" {
				s = doc.Slice(c.Sentence)
			}
			t.Misses.Extra = append(t.Misses.Extra, prefix(s, 70))
		}
	}
	t.Pred += len(got)
	t.addSummary(key, got, publisher, isPub)
	return nil
}

// addSummary scores the cells of the key's side summary against
// report.Summarize of the predicted claims. The publisher's side matches
// under any of its names; other sides match case-insensitively.
func (t *Tally) addSummary(key *Key, got []claims.Claim, publisher string, isPub func(string) bool) {
	if len(key.SideSummary) == 0 {
		return
	}
	sideKey := func(s string) string {
		if isPub(s) || s == publisher {
			return "<publisher>"
		}
		return strings.ToLower(s)
	}
	summary := map[string]report.SideSummary{}
	for _, s := range report.Summarize(got, publisher, nil) {
		summary[sideKey(s.Side)] = s
	}
	for _, w := range key.SideSummary {
		wk := strings.ToLower(w.Side)
		if isPub(w.Side) {
			wk = "<publisher>"
		}
		g, ok := summary[wk]
		for _, c := range w.Cells {
			t.SummaryCells++
			v, has := summaryField(g, c.Field)
			if ok && has && numEqual(c.Value.String(), v) {
				t.SummaryOK++
				continue
			}
			gotS := "None"
			if ok && has {
				gotS = fmt.Sprint(v)
			}
			t.Misses.WrongSummary = append(t.Misses.WrongSummary, fmt.Sprintf("%s.%s: want %s got %s", w.Side, c.Field, c.Value, gotS))
		}
	}
}

// summaryField returns the field of s that the JSON contract names field.
func summaryField(s report.SideSummary, field string) (int, bool) {
	switch field {
	case "attributed":
		return s.Attributed, true
	case "hedged":
		return s.Hedged, true
	case "confirmed_by_other_sides":
		return s.ConfirmedByOtherSides, true
	case "disputed_by_other_sides":
		return s.DisputedByOtherSides, true
	case "disputes":
		return s.Disputes, true
	case "no_comment":
		return s.NoComment, true
	}
	return 0, false
}

// numEqual reports whether the JSON number want equals got (3 and 3.0 do).
func numEqual(want string, got int) bool {
	var f float64
	if _, err := fmt.Sscan(want, &f); err != nil {
		return false
	}
	return f == float64(got)
}

// Metrics computes the scores.
func (t *Tally) Metrics() Metrics {
	f := float64(max(1, t.Found))
	summary := 1.0
	if t.SummaryCells > 0 {
		summary = float64(t.SummaryOK) / float64(t.SummaryCells)
	}
	return Metrics{
		Recall:       float64(t.Found) / float64(max(1, t.Gold)),
		Precision:    float64(t.Found) / float64(max(1, t.Pred)),
		Source:       float64(t.Source) / f,
		Side:         float64(t.Side) / f,
		Stance:       float64(t.Stance) / f,
		Hedged:       float64(t.Hedged) / f,
		Summary:      summary,
		SourceAttr:   float64(t.SourceAttr) / float64(max(1, t.AttrGold)),
		SideAttr:     float64(t.SideAttr) / float64(max(1, t.AttrGold)),
		StanceMarked: f1(t.MarkedHit, t.MarkedGold, t.MarkedPredOK, t.MarkedPred),
		HedgeF1:      f1(t.HedgeTP, t.HedgeGold, t.HedgeTP, t.HedgePred),
	}
}

// Score is one named metric.
type Score struct {
	Name  string
	Value float64
}

// Scores returns the metrics by name, in the reference scorer's order.
func (m Metrics) Scores() []Score {
	return []Score{
		{"recall", m.Recall}, {"precision", m.Precision}, {"source", m.Source}, {"side", m.Side},
		{"stance", m.Stance}, {"hedged", m.Hedged}, {"summary", m.Summary}, {"source_attr", m.SourceAttr},
		{"side_attr", m.SideAttr}, {"stance_marked", m.StanceMarked}, {"hedge_f1", m.HedgeF1},
	}
}

// String prints the metrics as the reference scorer does.
func (m Metrics) String() string { return FormatScores(m.Scores()) }

// FormatScores prints scores as name=value with two decimals, space-separated.
func FormatScores(scores []Score) string {
	parts := make([]string, len(scores))
	for i, s := range scores {
		parts[i] = fmt.Sprintf("%s=%.2f", s.Name, s.Value)
	}
	return strings.Join(parts, " ")
}

// WriteMisses prints the misses as the reference scorer does: each kind in
// turn, at most limit lines of it, then a count of the rest.
func (ms *Misses) WriteMisses(w io.Writer, limit int) error {
	kinds := []struct {
		name  string
		lines []string
	}{
		{"missed", ms.Missed}, {"extra", ms.Extra}, {"wrong_source", ms.WrongSource}, {"wrong_side", ms.WrongSide},
		{"wrong_stance", ms.WrongStance}, {"wrong_hedge", ms.WrongHedge}, {"wrong_summary", ms.WrongSummary},
	}
	for _, k := range kinds {
		for i, l := range k.lines {
			if i == limit {
				if _, err := fmt.Fprintf(w, "%s: ... %d more\n", k.name, len(k.lines)-limit); err != nil {
					return err
				}
				break
			}
			if _, err := fmt.Fprintf(w, "%s: %s\n", k.name, l); err != nil {
				return err
			}
		}
	}
	return nil
}

// f1 is the F1 of recall hitGold/nGold and precision hitPred/nPred, 1 when
// nothing is expected or predicted.
func f1(hitGold, nGold, hitPred, nPred int) float64 {
	if nGold == 0 && nPred == 0 {
		return 1
	}
	var r, p float64
	if nGold > 0 {
		r = float64(hitGold) / float64(nGold)
	}
	if nPred > 0 {
		p = float64(hitPred) / float64(nPred)
	}
	if r+p == 0 {
		return 0
	}
	return 2 * r * p / (r + p)
}

// overlap is the share of the shorter span that two spans have in common.
func overlap(a, b claims.Span) float64 {
	lo, hi := max(a.Start, b.Start), min(a.End, b.End)
	return float64(max(0, hi-lo)) / float64(max(1, min(a.Len(), b.Len())))
}

// find returns the span of sub's first occurrence at or after byte offset
// from, or else its first occurrence anywhere.
func find(text, sub string, from int) (claims.Span, bool) {
	if i := strings.Index(text[from:], sub); i >= 0 {
		return claims.Span{Start: from + i, End: from + i + len(sub)}, true
	}
	if i := strings.Index(text, sub); i >= 0 {
		return claims.Span{Start: i, End: i + len(sub)}, true
	}
	return claims.Span{}, false
}

// nearest returns the span of the occurrence of sub nearest to byte offset
// at, distances counted in characters as the reference scorer counts them;
// the first of two equally near occurrences wins.
func nearest(text, sub string, at int) (claims.Span, bool) {
	atChars := utf8.RuneCountInString(text[:at])
	best, bestDist := -1, 0
	chars, counted := 0, 0 // characters in text[:counted]
	for i := 0; i <= len(text); {
		j := strings.Index(text[i:], sub)
		if j < 0 {
			break
		}
		chars += utf8.RuneCountInString(text[counted : i+j])
		counted = i + j
		if d := abs(chars - atChars); best < 0 || d < bestDist {
			best, bestDist = i+j, d
		}
		_, size := utf8.DecodeRuneInString(text[i+j:])
		i += j + max(1, size)
	}
	if best < 0 {
		return claims.Span{}, false
	}
	return claims.Span{Start: best, End: best + len(sub)}, true
}

// sideSet is the sides as compared, sorted: the publisher under one name,
// the named sides as they are, any other as "other".
func sideSet(sides []string, isPub func(string) bool) []string {
	seen := map[string]bool{}
	for _, s := range sides {
		switch {
		case isPub(s):
			seen["<publisher>"] = true
		case named[strings.ToLower(s)]:
			seen[strings.ToLower(s)] = true
		default:
			seen["other"] = true
		}
	}
	out := make([]string, 0, len(seen))
	for s := range seen {
		out = append(out, s)
	}
	sort.Strings(out)
	return out
}

func slicesEqual(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func isMarked(s string) bool { return s == "denies" || s == "disputes" || s == "no-comment" }

func sameStance(a, b string) bool {
	return a == b || (a == "asserts" || a == "confirms") && (b == "asserts" || b == "confirms")
}

func sameMarked(a, b string) bool {
	return a == b || (a == "denies" || a == "disputes") && (b == "denies" || b == "disputes")
}

func abs(x int) int { return max(x, -x) }

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	i := 0
	for j := range s {
		if i == n {
			return s[:j]
		}
		i++
	}
	return s
}
