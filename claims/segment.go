package claims

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/jdkato/prose/v2"
)

// Segmenter splits a Document into sentences with exact spans. It wraps
// prose/v2's Punkt segmenter and adds the layout of news text: blocks cut at
// line breaks and bullets, fixes for the cases Punkt gets wrong, and the
// pieces that make no claim (headings, time stamps, datelines, navigation).
//
// A Segmenter holds no mutable state; one value may serve many goroutines.
type Segmenter struct{}

// NewSegmenter returns a Segmenter ready for use by many goroutines.
func NewSegmenter() (*Segmenter, error) { return &Segmenter{}, nil }

// Split returns the document's sentences in input order: non-empty,
// non-overlapping, each with its exact span, its layout block and, for a
// piece that makes no claim, its NonClaim kind. It calls prose once per
// document and is safe for concurrent use. A failure inside prose is
// returned as an error naming doc.Path.
func (s *Segmenter) Split(doc *Document) (sents []Sentence, err error) {
	// prose panics on errors inside library code (jdkato/prose@v2.0.0:
	// utilities.go, checkError); no panic may leave this package.
	defer func() {
		if r := recover(); r != nil {
			sents, err = nil, fmt.Errorf("%s: split sentences: %v", doc.Path, r)
		}
	}()
	text := doc.AnalysisText() // markup masked; same length as doc.Text
	starts, err := proseStarts(text)
	if err != nil {
		return nil, fmt.Errorf("%s: split sentences: %w", doc.Path, err)
	}
	next := 0 // first prose start not yet used
	for bi, b := range splitBlocks(text) {
		for next < len(starts) && starts[next] <= b.span.Start {
			next++
		}
		var cuts []int
		for ; next < len(starts) && starts[next] < b.span.End; next++ {
			cuts = append(cuts, starts[next])
		}
		for _, p := range splitBlock(text, b, cuts) {
			sents = append(sents, Sentence{Span: p.span, Text: doc.Slice(p.span), Block: bi, Layout: p.layout, NonClaim: p.kind})
		}
	}
	return sents, nil
}

// proseStarts runs prose's sentence segmenter over the whole text, once,
// and returns the byte offset at which each of its sentences starts.
//
// prose returns sentence text only (jdkato/prose@v2.0.0:types.go); each
// sentence is the input between two breaks with its white space trimmed, so
// a cursor walked forward through the text recovers each offset.
func proseStarts(text string) ([]int, error) {
	pd, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	var starts []int
	cur := 0
	for _, ps := range pd.Sentences() {
		if ps.Text == "" {
			continue // the empty sentence prose returns for trailing space
		}
		cur += len(text[cur:]) - len(strings.TrimLeftFunc(text[cur:], unicode.IsSpace))
		if !strings.HasPrefix(text[cur:], ps.Text) {
			i := strings.Index(text[cur:], ps.Text)
			if i < 0 {
				return nil, fmt.Errorf("prose sentence %q not found after byte %d", ps.Text, cur)
			}
			cur += i
		}
		starts = append(starts, cur)
		cur += len(ps.Text)
	}
	return starts, nil
}
