package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// named are the sides of the default lexicon that scores keep apart; every
// other side counts as "other".
var named = map[string]bool{"us": true, "kremlin": true, "pro-kremlin media": true, "ukraine": true}

// Tally accumulates the counts behind the metrics over one or more texts.
type Tally struct {
	Gold, Found, Pred                               int
	Source, Side, Stance, Hedged                    int
	AttrGold, SourceAttr, SideAttr                  int
	MarkedGold, MarkedHit, MarkedPred, MarkedPredOK int
	HedgeTP, HedgeGold, HedgePred                   int
	Misses                                          []string // what went wrong, one line each
}

// Metrics are the scores of a Tally, as the reference scorer names them.
type Metrics struct {
	Recall, Precision, Source, Side, Stance, Hedged float64
	SourceAttr, SideAttr, StanceMarked, HedgeF1     float64
}

// Add scores the claims found in doc against key and adds the counts to t.
// Claims are matched one to one by span overlap, as the reference scorer
// does: the overlap divided by the shorter span must reach one half.
func (t *Tally) Add(key *Key, doc *claims.Document, got []claims.Claim, publisher string) error {
	text := doc.Text
	used := make([]bool, len(got))
	for _, g := range key.Claims {
		sentAt := strings.Index(text, g.Sentence)
		if sentAt < 0 {
			return fmt.Errorf("%s: key claim %s: sentence not in text", doc.Path, g.ID)
		}
		ci := strings.Index(text[sentAt:], g.Claim)
		if ci < 0 {
			return fmt.Errorf("%s: key claim %s: claim not in text", doc.Path, g.ID)
		}
		gs := claims.Span{Start: sentAt + ci, End: sentAt + ci + len(g.Claim)}
		best, bi := 0.0, -1
		for i, c := range got {
			if used[i] {
				continue
			}
			if o := overlap(gs, c.Span); o > best {
				best, bi = o, i
			}
		}
		t.Gold++
		marked := isMarked(g.Stance)
		if marked {
			t.MarkedGold++
		}
		if g.Hedged {
			t.HedgeGold++
		}
		if g.Source != nil {
			t.AttrGold++
		}
		if bi < 0 || best < 0.5 {
			t.Misses = append(t.Misses, fmt.Sprintf("missed %s: %.60s", g.ID, g.Sentence))
			continue
		}
		used[bi] = true
		p := got[bi]
		t.Found++
		var srcOK bool
		if g.Source == nil {
			srcOK = p.Source == nil
		} else if p.Source != nil {
			srcOK = overlap(nearest(text, *g.Source, sentAt), p.Source.Span) > 0
		}
		if srcOK {
			t.Source++
			if g.Source != nil {
				t.SourceAttr++
			}
		} else {
			t.Misses = append(t.Misses, fmt.Sprintf("source %s: want %q got %q", g.ID, deref(g.Source), sourceText(p)))
		}
		gside, pside := sideSet(g.AllSides(), key.Publisher), sideSet(p.Sides, publisher)
		if gside == pside {
			t.Side++
			if g.Source != nil {
				t.SideAttr++
			}
		} else {
			t.Misses = append(t.Misses, fmt.Sprintf("side %s: want %s got %s", g.ID, gside, pside))
		}
		want, gotSt := g.Stance, string(p.Stance)
		if want == "" {
			want = "asserts"
		}
		if sameStance(want, gotSt) {
			t.Stance++
		} else {
			t.Misses = append(t.Misses, fmt.Sprintf("stance %s: want %s got %s", g.ID, want, gotSt))
		}
		if marked && sameMarked(want, gotSt) {
			t.MarkedHit++
		}
		if isMarked(gotSt) {
			t.MarkedPred++
			if sameMarked(want, gotSt) {
				t.MarkedPredOK++
			}
		}
		if p.Hedged == g.Hedged {
			t.Hedged++
		} else {
			t.Misses = append(t.Misses, fmt.Sprintf("hedged %s: want %v got %v %v", g.ID, g.Hedged, p.Hedged, p.Hedges))
		}
		if p.Hedged {
			t.HedgePred++
			if g.Hedged {
				t.HedgeTP++
			}
		}
	}
	for i, c := range got {
		if !used[i] {
			t.Misses = append(t.Misses, fmt.Sprintf("extra %s: %.60s", c.ID, doc.Slice(c.Span)))
		}
	}
	t.Pred += len(got)
	return nil
}

// Metrics computes the scores.
func (t *Tally) Metrics() Metrics {
	f := float64(max(1, t.Found))
	return Metrics{
		Recall:       float64(t.Found) / float64(max(1, t.Gold)),
		Precision:    float64(t.Found) / float64(max(1, t.Pred)),
		Source:       float64(t.Source) / f,
		Side:         float64(t.Side) / f,
		Stance:       float64(t.Stance) / f,
		Hedged:       float64(t.Hedged) / f,
		SourceAttr:   float64(t.SourceAttr) / float64(max(1, t.AttrGold)),
		SideAttr:     float64(t.SideAttr) / float64(max(1, t.AttrGold)),
		StanceMarked: f1(t.MarkedHit, t.MarkedGold, t.MarkedPredOK, t.MarkedPred),
		HedgeF1:      f1(t.HedgeTP, t.HedgeGold, t.HedgeTP, t.HedgePred),
	}
}

// String prints the metrics as the reference scorer does.
func (m Metrics) String() string {
	return fmt.Sprintf("recall=%.2f precision=%.2f source=%.2f side=%.2f stance=%.2f hedged=%.2f source_attr=%.2f side_attr=%.2f stance_marked=%.2f hedge_f1=%.2f",
		m.Recall, m.Precision, m.Source, m.Side, m.Stance, m.Hedged, m.SourceAttr, m.SideAttr, m.StanceMarked, m.HedgeF1)
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

// nearest returns the span of the occurrence of sub nearest to byte offset at.
func nearest(text, sub string, at int) claims.Span {
	best := -1
	for i := 0; ; {
		j := strings.Index(text[i:], sub)
		if j < 0 {
			break
		}
		if best < 0 || abs(i+j-at) < abs(best-at) {
			best = i + j
		}
		i += j + 1
	}
	if best < 0 {
		return claims.Span{}
	}
	return claims.Span{Start: best, End: best + len(sub)}
}

// sideSet is the sides as compared: the publisher under one name, the named
// sides as they are, any other as "other".
func sideSet(sides []string, publisher string) string {
	seen := map[string]bool{}
	for _, s := range sides {
		switch {
		case s == publisher || s == "publisher":
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
	return strings.Join(out, ",")
}

func isMarked(s string) bool { return s == "denies" || s == "disputes" || s == "no-comment" }

func sameStance(a, b string) bool {
	return a == b || (a == "asserts" || a == "confirms") && (b == "asserts" || b == "confirms")
}

func sameMarked(a, b string) bool {
	return a == b || (a == "denies" || a == "disputes") && (b == "denies" || b == "disputes")
}

func abs(x int) int { return max(x, -x) }

func deref(s *string) string {
	if s == nil {
		return "<none>"
	}
	return *s
}

func sourceText(c claims.Claim) string {
	if c.Source == nil {
		return "<none>"
	}
	return c.Source.Text
}
