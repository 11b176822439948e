package eval

import (
	"fmt"
	"sort"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// BratTally accumulates attribution counts against brat annotations over
// one or more texts.
//
// A predicted attribution is a claim with a source or a cue; claims that
// share one source mention and one cue (a quotation running over several
// sentences) are one attribution whose content is all of theirs. Annotated
// and predicted attributions are matched one to one when their contents
// overlap, the pairs that share the most bytes first. Of the matched pairs,
// Source counts those whose source spans also overlap (or that both lack
// a source), Cue those whose cue spans also overlap.
//
// JointSource and JointCue match the attributions one to one again, on
// both spans at once: a pair counts when the contents overlap and so do
// the sources (the cues), the pairs sharing the most content bytes first.
// They differ from Source and Cue when a prediction's content overlaps
// two annotations and shares more bytes with the one whose source it
// does not name ("Murphy said he supports the bill, which aides said is
// designed to help poor kids", read as one claim of Murphy's).
type BratTally struct {
	Files, Gold, Pred    int
	Content, Source, Cue int         // matched pairs: content overlaps; and source; and cue
	JointSource          int         // pairs matched on content and source spans together
	JointCue             int         // pairs matched on content and cue spans together
	Missed               []BratMiss  // annotated attributions no prediction matches
	Spurious             []BratMiss  // predicted attributions that match no annotation
	WrongSource          []BratMatch // matched by content, sources do not overlap
}

// BratMiss is one unmatched attribution, with the texts of its parts.
type BratMiss struct {
	Path    string          // the .txt file
	Pos     claims.Position // where its content starts
	Source  string          // "" when it has none
	Cue     string
	Content string
}

func (m BratMiss) String() string {
	return fmt.Sprintf("%s:%d:%d: source %q cue %q content %q", m.Path, m.Pos.Line, m.Pos.Column,
		clipText(m.Source, 60), clipText(m.Cue, 40), clipText(m.Content, 120))
}

// BratMatch is an annotated attribution and the prediction matched to it.
type BratMatch struct {
	Want, Got BratMiss
}

func (m BratMatch) String() string {
	return fmt.Sprintf("%s:%d:%d: source want %q got %q (content %q)", m.Want.Path, m.Want.Pos.Line, m.Want.Pos.Column,
		clipText(m.Want.Source, 60), clipText(m.Got.Source, 60), clipText(m.Want.Content, 80))
}

// attribution is an attribution with byte spans into a document.
type attribution struct {
	source, cue, content []claims.Span
}

// Add scores the claims got, found in doc, against the attributions of
// ann, which annotates doc's text. It fails when ann's offsets do not fit
// the text.
func (t *BratTally) Add(doc *claims.Document, ann *Ann, got []claims.Claim) error {
	if err := ann.Check(doc.Text); err != nil {
		return err
	}
	offs := NewCharOffsets(doc.Text)
	var gold []attribution
	for _, at := range ann.Attributions() {
		var g attribution
		var err error
		if g.source, err = offs.Spans(at.Source); err == nil {
			if g.cue, err = offs.Spans(at.Cue); err == nil {
				g.content, err = offs.Spans(at.Content)
			}
		}
		if err != nil {
			return &AnnError{File: ann.Name, Line: at.Line, Msg: fmt.Sprintf("%s: %v", at.ID, err)}
		}
		gold = append(gold, g)
	}
	pred := predicted(got)
	t.Files++
	t.Gold += len(gold)
	t.Pred += len(pred)

	type pair struct{ g, p, shared int }
	var pairs []pair
	for gi := range gold {
		for pi := range pred {
			if n := shared(gold[gi].content, pred[pi].content); n > 0 {
				pairs = append(pairs, pair{gi, pi, n})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].shared > pairs[j].shared })
	gUsed, pUsed := make([]bool, len(gold)), make([]bool, len(pred))
	for _, pr := range pairs {
		if gUsed[pr.g] || pUsed[pr.p] {
			continue
		}
		gUsed[pr.g], pUsed[pr.p] = true, true
		g, p := gold[pr.g], pred[pr.p]
		t.Content++
		if agree(g.source, p.source) {
			t.Source++
		} else {
			t.WrongSource = append(t.WrongSource, BratMatch{Want: describe(doc, g), Got: describe(doc, p)})
		}
		if agree(g.cue, p.cue) {
			t.Cue++
		}
	}
	joint := func(part func(attribution) []claims.Span) int {
		gu, pu := make([]bool, len(gold)), make([]bool, len(pred))
		n := 0
		for _, pr := range pairs {
			if !gu[pr.g] && !pu[pr.p] && agree(part(gold[pr.g]), part(pred[pr.p])) {
				gu[pr.g], pu[pr.p] = true, true
				n++
			}
		}
		return n
	}
	t.JointSource += joint(func(a attribution) []claims.Span { return a.source })
	t.JointCue += joint(func(a attribution) []claims.Span { return a.cue })
	for i, g := range gold {
		if !gUsed[i] {
			t.Missed = append(t.Missed, describe(doc, g))
		}
	}
	for i, p := range pred {
		if !pUsed[i] {
			t.Spurious = append(t.Spurious, describe(doc, p))
		}
	}
	return nil
}

// predicted returns the attributions among cs: claims with a source or a
// cue, those that share a source mention and a cue merged.
func predicted(cs []claims.Claim) []attribution {
	type key struct{ source, cue claims.Span }
	var out []attribution
	at := map[key]int{}
	for i := range cs {
		c := &cs[i]
		if c.Source == nil && c.Cue == "" {
			continue
		}
		var a attribution
		k := key{cue: c.CueSpan}
		if c.Source != nil {
			a.source = []claims.Span{c.Source.Span}
			k.source = c.Source.Span
		}
		if c.Cue != "" {
			a.cue = []claims.Span{c.CueSpan}
		}
		if j, ok := at[k]; ok && c.Source != nil && c.Cue != "" {
			out[j].content = append(out[j].content, c.Span)
			continue
		}
		a.content = []claims.Span{c.Span}
		at[k] = len(out)
		out = append(out, a)
	}
	return out
}

// agree reports whether an annotated and a predicted part (source or cue)
// agree: both are absent, or they overlap.
func agree(want, got []claims.Span) bool {
	return len(want) == 0 && len(got) == 0 || shared(want, got) > 0
}

// shared returns the number of bytes two span lists have in common.
func shared(a, b []claims.Span) int {
	n := 0
	for _, x := range a {
		for _, y := range b {
			n += max(0, min(x.End, y.End)-max(x.Start, y.Start))
		}
	}
	return n
}

// describe gives the texts of an attribution's parts and where it starts.
func describe(doc *claims.Document, a attribution) BratMiss {
	text := func(ss []claims.Span) string {
		parts := make([]string, len(ss))
		for i, s := range ss {
			parts[i] = doc.Slice(s)
		}
		return strings.Join(parts, " … ")
	}
	m := BratMiss{Path: doc.Path, Source: text(a.source), Cue: text(a.cue), Content: text(a.content)}
	if len(a.content) > 0 {
		m.Pos = doc.Position(a.content[0].Start)
	}
	return m
}

// BratScore is precision, recall and F1 of one kind of match.
type BratScore struct {
	Name                  string // "content", "content+source", "content+cue", "joint source", "joint cue"
	Matched               int
	Precision, Recall, F1 float64
}

// Scores returns the scores of content, content+source and content+cue
// matches, then those of the joint matches (see BratTally).
func (t *BratTally) Scores() []BratScore {
	mk := func(name string, n int) BratScore {
		s := BratScore{Name: name, Matched: n}
		if t.Pred > 0 {
			s.Precision = float64(n) / float64(t.Pred)
		}
		if t.Gold > 0 {
			s.Recall = float64(n) / float64(t.Gold)
		}
		if s.Precision+s.Recall > 0 {
			s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
		}
		return s
	}
	return []BratScore{mk("content", t.Content), mk("content+source", t.Source), mk("content+cue", t.Cue),
		mk("joint source", t.JointSource), mk("joint cue", t.JointCue)}
}

// Named returns the scores under the names --min accepts:
// content_precision, content_recall, content_f1, source_…, cue_…,
// joint_source_… and joint_cue_….
func (t *BratTally) Named() []Score {
	var out []Score
	for _, s := range t.Scores() {
		p := strings.ReplaceAll(strings.TrimPrefix(s.Name, "content+"), " ", "_")
		out = append(out, Score{p + "_precision", s.Precision}, Score{p + "_recall", s.Recall}, Score{p + "_f1", s.F1})
	}
	return out
}

// clipText shortens s to n characters, with an ellipsis, on one line.
func clipText(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if p := prefix(s, n); p != s {
		return p + "…"
	}
	return s
}
