package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"sync"
	"testing"

	"github.com/jdkato/prose/v2"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/internal/newsgen"
	"github.com/claimtrace/claimtrace/report"
)

// The benchmarks below measure each stage of "claimtrace analyze" (split,
// tag, cluster, report) and the whole of it on one document of 50 KB,
// 500 KB and 5 MB: the reference article followed by generated news text
// (internal/newsgen). Beside them, prose/v2's own segmentation of the same
// text (tagging, tokenization and extraction off) is the baseline. The
// text is generated only when a benchmark runs, never by "go test".
// BENCHMARKS.md records the figures.

var benchSizes = []struct {
	name string
	size int
}{{"50KB", 50 << 10}, {"500KB", 500 << 10}, {"5MB", 5 << 20}}

var (
	benchTexts   sync.Map // size → []byte, generated once per process
	benchPipe    = sync.OnceValues(func() (*pipeline, error) { return newPipeline(nil, "publisher") })
	benchArticle = sync.OnceValues(func() ([]byte, error) { return os.ReadFile(filepath.Join("..", "..", article)) })
)

// benchText returns the reference article followed by generated text, at
// least size bytes in all.
func benchText(b *testing.B, size int) []byte {
	b.Helper()
	if t, ok := benchTexts.Load(size); ok {
		return t.([]byte)
	}
	ref, err := benchArticle()
	if err != nil {
		b.Fatal(err)
	}
	t := newsgen.Corpus(ref, size)
	benchTexts.Store(size, t)
	return t
}

func benchPipeline(b *testing.B) *pipeline {
	b.Helper()
	p, err := benchPipe()
	if err != nil {
		b.Fatal(err)
	}
	return p
}

// BenchmarkPipeline runs, for each size, prose's segmentation alone (the
// baseline), then each stage on the previous stage's output, then the
// whole pipeline from bytes to JSON. The garbage collector runs at the
// CLI's setting (main.go), the baseline's included, so that analyze is
// measured as "claimtrace analyze" runs and prose/v2 under the same terms.
func BenchmarkPipeline(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent))
	for _, sz := range benchSizes {
		b.Run(sz.name, func(b *testing.B) {
			src := benchText(b, sz.size)
			text := string(src)
			p := benchPipeline(b)
			doc := claims.NewDocument("bench.txt", src)
			a, err := p.analyze(doc)
			if err != nil {
				b.Fatal(err)
			}
			b.Run("prose-segment", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false)); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("split", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := p.seg.Split(doc); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("tag", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					p.tagger.Tag(doc, a.Sentences)
				}
			})
			b.Run("cluster", func(b *testing.B) {
				cs := append([]claims.Claim(nil), a.Claims...)
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					p.clusterer.Cluster(doc, cs)
				}
			})
			b.Run("report", func(b *testing.B) {
				as := []report.Analysis{a}
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					if err := report.WriteJSON(io.Discard, as); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("analyze", func(b *testing.B) {
				b.SetBytes(int64(len(src)))
				b.ReportAllocs()
				for b.Loop() {
					d := claims.NewDocument("bench.txt", src)
					a, err := p.analyze(d)
					if err != nil {
						b.Fatal(err)
					}
					if err := report.WriteJSON(io.Discard, []report.Analysis{a}); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
	}
}

var benchBatch = sync.OnceValue(func() [][]byte { return newsgen.Batch(1000) })

// batchFiles writes the 1,000 generated articles into a directory once per
// benchmark and returns their paths.
func batchFiles(b *testing.B, arts [][]byte) ([]string, int64) {
	b.Helper()
	dir := b.TempDir()
	paths := make([]string, len(arts))
	var n int64
	for i, a := range arts {
		paths[i] = filepath.Join(dir, fmt.Sprintf("a%04d.txt", i))
		if err := os.WriteFile(paths[i], a, 0o644); err != nil {
			b.Fatal(err)
		}
		n += int64(len(a))
	}
	return paths, n
}

// BenchmarkBatch analyses 1,000 small generated articles from files, as
// "claimtrace analyze --format jsonl --jobs N DIR" does (reading, the
// pipeline, one JSON line each), with 1 and 2 workers; ms/article is per
// article of the batch, so with one worker it is the cost per article per
// core. prose-100 is the baseline: prose.NewDocument's segmentation alone
// on the first 100 of them, one call per article as prose is meant to be
// used (each call reloads its model). The garbage collector runs at the
// CLI's setting.
func BenchmarkBatch(b *testing.B) {
	defer debug.SetGCPercent(debug.SetGCPercent(gcPercent)) // as the CLI runs (main.go)
	arts := benchBatch()
	p := benchPipeline(b)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			paths, n := batchFiles(b, arts)
			b.SetBytes(n)
			b.ReportAllocs()
			for b.Loop() {
				jw := report.NewJSONLWriter(io.Discard)
				bt := &batch{p: p, jobs: jobs}
				if err := bt.run(context.Background(), paths, jw.Write); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(len(paths)), "ms/article")
		})
	}
	b.Run("prose-100", func(b *testing.B) {
		var n int64
		for _, a := range arts[:100] {
			n += int64(len(a))
		}
		b.SetBytes(n)
		b.ReportAllocs()
		for b.Loop() {
			for _, a := range arts[:100] {
				if _, err := prose.NewDocument(string(a), prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false)); err != nil {
					b.Fatal(err)
				}
			}
		}
		b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/100, "ms/article")
	})
}
