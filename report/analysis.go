package report

import (
	"fmt"

	"github.com/claimtrace/claimtrace/claims"
)

// Analysis is one analysed document: everything the writers in this package
// report on. Build one per input with the pipeline's results.
type Analysis struct {
	Doc       *claims.Document  // the input, with its line index
	Publisher string            // the side unattributed claims belong to ("RBC-Ukraine")
	Sentences []claims.Sentence // the splitter's output, in input order; non-claims come from here
	Claims    []claims.Claim    // the tagger's output, in input order
	SideOrder []string          // preferred order of sides in summaries (the lexicon's); others follow alphabetically
}

// check reports the first span of a that lies outside its document, so that
// writers fail with an error instead of slicing out of bounds.
func (a *Analysis) check() error {
	if a.Doc == nil {
		return fmt.Errorf("report: analysis has no document")
	}
	n := len(a.Doc.Text)
	for _, s := range a.Sentences {
		if outside(s.Span, n) {
			return fmt.Errorf("%s: sentence span %v outside the input (%d bytes)", a.Doc.Path, s.Span, n)
		}
	}
	for i := range a.Claims {
		c := &a.Claims[i]
		if s, ok := spanOutside(c, n); ok {
			return fmt.Errorf("%s: claim %s: span %v outside the input (%d bytes)", a.Doc.Path, c.ID, s, n)
		}
	}
	return nil
}

// outside reports whether s lies outside a text of n bytes.
func outside(s claims.Span, n int) bool { return s.Start < 0 || s.End < s.Start || s.End > n }

// spanOutside returns the first span c carries that lies outside a text of
// n bytes, and whether there is one: its sentence, content, cue, source
// or the source's conduit.
func spanOutside(c *claims.Claim, n int) (claims.Span, bool) {
	for _, s := range [...]claims.Span{c.Sentence, c.Span, c.CueSpan} {
		if outside(s, n) {
			return s, true
		}
	}
	if src := c.Source; src != nil {
		if outside(src.Span, n) {
			return src.Span, true
		}
		if src.Via != nil && outside(src.Via.Span, n) {
			return src.Via.Span, true
		}
	}
	return claims.Span{}, false
}
