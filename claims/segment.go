package claims

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// Segmenter splits a Document into sentences with exact spans. It wraps
// prose/v2's Punkt segmenter and adds the layout of news text.
//
// PLACEHOLDER: the layout pass, golden-rule fixes and non-claim detection
// are being written; this version only recovers prose's sentence spans.
type Segmenter struct{}

// NewSegmenter returns a Segmenter ready for use by many goroutines.
func NewSegmenter() (*Segmenter, error) { return &Segmenter{}, nil }

// Split returns the document's sentences in input order.
func (s *Segmenter) Split(doc *Document) (sents []Sentence, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: sentence splitter failed: %v", doc.Path, r)
		}
	}()
	pd, err := prose.NewDocument(doc.Text, prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", doc.Path, err)
	}
	cur := 0
	for _, ps := range pd.Sentences() {
		if ps.Text == "" {
			continue
		}
		i := strings.Index(doc.Text[cur:], ps.Text)
		if i < 0 {
			continue
		}
		sp := Span{cur + i, cur + i + len(ps.Text)}
		cur = sp.End
		sents = append(sents, Sentence{Span: sp, Text: doc.Slice(sp), Layout: LayoutParagraph})
	}
	return sents, nil
}
