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
	bad := func(s claims.Span) bool { return s.Start < 0 || s.End < s.Start || s.End > n }
	for _, s := range a.Sentences {
		if bad(s.Span) {
			return fmt.Errorf("%s: sentence span %v outside the input (%d bytes)", a.Doc.Path, s.Span, n)
		}
	}
	var spans []claims.Span
	for i := range a.Claims {
		c := &a.Claims[i]
		spans = appendClaimSpans(spans[:0], c)
		for _, s := range spans {
			if bad(s) {
				return fmt.Errorf("%s: claim %s: span %v outside the input (%d bytes)", a.Doc.Path, c.ID, s, n)
			}
		}
	}
	return nil
}

// appendClaimSpans appends every span a claim carries to out.
func appendClaimSpans(out []claims.Span, c *claims.Claim) []claims.Span {
	out = append(out, c.Sentence, c.Span, c.CueSpan)
	if c.Source != nil {
		out = append(out, c.Source.Span)
		if c.Source.Via != nil {
			out = append(out, c.Source.Via.Span)
		}
	}
	return out
}
