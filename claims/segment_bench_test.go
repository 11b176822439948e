package claims

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/require"
)

// The benchmarks of the whole pipeline over 50 KB, 500 KB and 5 MB of news
// text, each stage beside prose's, are in cmd/claimtrace
// (pipeline_bench_test.go); these measure the splitter alone on the
// reference article.

// referenceText reads the reference article for the benchmarks.
func referenceText(b *testing.B) string {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt"))
	require.NoError(b, err)
	return string(src)
}

// BenchmarkNewSegmenter measures loading the sentence model, paid once per
// process.
func BenchmarkNewSegmenter(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewSegmenter(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSegmenter_Split(b *testing.B) {
	text := referenceText(b)
	seg, err := NewSegmenter()
	require.NoError(b, err)
	doc := NewDocument("bench.txt", []byte(text))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := seg.Split(doc); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkProseSegmentOnly is the baseline for BenchmarkSegmenter_Split:
// prose's segmenter alone, as prose.NewDocument runs it (model reloaded on
// every call), with tagging, tokenization and extraction off, on the same
// text.
func BenchmarkProseSegmentOnly(b *testing.B) {
	text := referenceText(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSegmenter_punkt measures Punkt alone with the model built once:
// what Split pays for prose's segmentation.
func BenchmarkSegmenter_punkt(b *testing.B) {
	text := referenceText(b)
	p, err := newPunkt()
	require.NoError(b, err)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		p.starts(text)
	}
}

// BenchmarkSegmenter_layout measures what Split adds to Punkt: the layout
// pass, the repair rules and the non-claim labels, given Punkt's breaks.
func BenchmarkSegmenter_layout(b *testing.B) {
	text := referenceText(b)
	p, err := newPunkt()
	require.NoError(b, err)
	starts := p.starts(text)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		next := 0
		for _, blk := range splitBlocks(text) {
			var cuts []int
			for ; next < len(starts) && starts[next] < blk.span.End; next++ {
				if starts[next] > blk.span.Start {
					cuts = append(cuts, starts[next])
				}
			}
			splitBlock(nil, text, blk, cuts)
		}
	}
}
