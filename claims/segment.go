package claims

import "fmt"

// Segmenter splits a Document into sentences with exact spans. It wraps
// prose/v2's Punkt segmenter and adds the layout of news text: blocks cut at
// line breaks and bullets, fixes for the cases Punkt gets wrong, and the
// pieces that make no claim (headings, time stamps, datelines, navigation).
//
// A Segmenter holds prose's Punkt model, loaded once by NewSegmenter (prose
// itself reloads it for every document), and no mutable state: one value
// may serve many goroutines. Build it with NewSegmenter.
type Segmenter struct {
	punkt *punkt
}

// NewSegmenter loads the sentence model and returns a Segmenter ready for
// use by many goroutines. Build one per process: loading takes about 20 ms.
func NewSegmenter() (*Segmenter, error) {
	p, err := newPunkt()
	if err != nil {
		return nil, err
	}
	return &Segmenter{punkt: p}, nil
}

// Split returns the document's sentences in input order: non-empty,
// non-overlapping, each with its exact span, its layout block and, for a
// piece that makes no claim, its NonClaim kind. It runs prose's Punkt
// segmenter once per document and is safe for concurrent use. A failure
// inside Punkt is returned as an error naming doc.Path.
func (s *Segmenter) Split(doc *Document) (sents []Sentence, err error) {
	// No panic from the Punkt library may leave this package.
	defer func() {
		if r := recover(); r != nil {
			sents, err = nil, fmt.Errorf("%s: split sentences: %v", doc.Path, r)
		}
	}()
	text := doc.AnalysisText() // markup masked; same length as doc.Text
	if s == nil || s.punkt == nil {
		return nil, fmt.Errorf("%s: split sentences: Segmenter not built with NewSegmenter", doc.Path)
	}
	starts := s.punkt.starts(text)
	blocks := splitBlocks(text)
	if len(blocks) > 0 { // no blocks, no sentences: sents stays nil
		sents = make([]Sentence, 0, len(starts)+len(blocks)) // about one per prose sentence and per block
	}
	next := 0          // first prose start not yet used
	var cuts []int     // the prose starts inside a block, reused
	var pieces []piece // a block's pieces, reused
	for bi, b := range blocks {
		for next < len(starts) && starts[next] <= b.span.Start {
			next++
		}
		cuts = cuts[:0]
		for ; next < len(starts) && starts[next] < b.span.End; next++ {
			cuts = append(cuts, starts[next])
		}
		pieces = splitBlock(pieces[:0], text, b, cuts)
		for _, p := range pieces {
			sents = append(sents, Sentence{Span: p.span, Text: doc.Slice(p.span), Block: bi, Layout: p.layout, NonClaim: p.kind})
		}
	}
	return sents, nil
}
