package attribution

import (
	"os"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/internal/newsgen"
	"github.com/claimtrace/claimtrace/lexicon"
)

// benchDoc returns 5 MB of generated news, its sentences and a tagger.
var benchDoc = sync.OnceValues(func() (*claims.Document, []claims.Sentence) {
	ref, err := os.ReadFile("../testdata/rbc-ukraine-istanbul.txt")
	if err != nil {
		panic(err)
	}
	seg, err := claims.NewSegmenter()
	if err != nil {
		panic(err)
	}
	doc := claims.NewDocument("bench.txt", newsgen.Corpus(ref, 5<<20))
	sents, err := seg.Split(doc)
	if err != nil {
		panic(err)
	}
	return doc, sents
})

// cpuTime returns the CPU time the process has used, in user and system
// mode: on a busy machine it varies less than the wall-clock time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// benchTagger runs stage on a 5 MB document b.N times and reports the CPU
// time per run too.
func benchTagger(b *testing.B, stage func(t *Tagger, doc *claims.Document, sents []claims.Sentence)) {
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	t := New(lex, Config{})
	doc, sents := benchDoc()
	b.SetBytes(int64(len(doc.AnalysisText())))
	b.ReportAllocs()
	start := cpuTime()
	for b.Loop() {
		stage(t, doc, sents)
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}

// BenchmarkPrepare5MB measures the tagger's first stage alone (lowering,
// tokenizing, finding the lexicon's phrases, marking quotations).
func BenchmarkPrepare5MB(b *testing.B) {
	benchTagger(b, func(t *Tagger, doc *claims.Document, sents []claims.Sentence) {
		n := len(doc.AnalysisText())
		lower := asciiLower(doc.AnalysisText())
		sl := slabs{toks: newSlab[token](n), ms: newSlab[match](n / 2), sents: slab[sent]{block: min(256, n/80+1)}}
		open, block := false, -1
		for _, s := range sents {
			if s.Block != block {
				open, block = false, s.Block
			}
			open = t.prepare(doc, lower, &sl, s, open).openQ
		}
	})
}

// BenchmarkTag5MB measures the whole tagger.
func BenchmarkTag5MB(b *testing.B) {
	benchTagger(b, func(t *Tagger, doc *claims.Document, sents []claims.Sentence) { t.Tag(doc, sents) })
}

// BenchmarkFind5MB measures the look-up of the lexicon's phrases alone.
func BenchmarkFind5MB(b *testing.B) {

	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	t := New(lex, Config{})
	doc, sents := benchDoc()
	lower := asciiLower(doc.AnalysisText())
	var toks [][]token
	for _, s := range sents {
		toks = append(toks, tokenize(doc.AnalysisText()[s.Span.Start:s.Span.End], lower[s.Span.Start:s.Span.End], s.Span.Start, false))
	}
	var out []match
	b.ResetTimer()
	start := cpuTime()
	for b.Loop() {
		for _, ts := range toks {
			out = t.ix.find(out[:0], ts)
		}
	}
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N), "cpu-ns/op")
}
