package attribution

import (
	"fmt"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// Config holds the tagger's settings.
type Config struct {
	Publisher string // the side unattributed claims belong to; "publisher" when empty
}

// Tagger finds and attributes claims. Build one per lexicon and share it:
// it is read-only after New and safe for concurrent use.
type Tagger struct {
	lex *lexicon.Lexicon
	cfg Config
}

// New returns a Tagger for lex.
func New(lex *lexicon.Lexicon, cfg Config) *Tagger {
	if cfg.Publisher == "" {
		cfg.Publisher = "publisher"
	}
	return &Tagger{lex: lex, cfg: cfg}
}

// Publisher returns the side that unattributed claims belong to.
func (t *Tagger) Publisher() string { return t.cfg.Publisher }

// Tag returns the claims in sents, in document order, numbered c01, c02, ….
// Sentences marked as non-claims are skipped.
//
// PLACEHOLDER while the tagger is written: every claim candidate becomes an
// unattributed claim of the publisher.
func (t *Tagger) Tag(doc *claims.Document, sents []claims.Sentence) []claims.Claim {
	var out []claims.Claim
	for _, s := range sents {
		if s.NonClaim != claims.NotNonClaim {
			continue
		}
		out = append(out, claims.Claim{
			ID: fmt.Sprintf("c%02d", len(out)+1), Sentence: s.Span, Span: s.Span,
			Sides: []string{t.cfg.Publisher}, Stance: claims.Asserts, Quote: claims.QuoteNone, Layout: s.Layout,
		})
	}
	return out
}
