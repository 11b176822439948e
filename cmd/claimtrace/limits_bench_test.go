package main

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/markup"
	"github.com/claimtrace/claimtrace/report"
)

// BenchmarkPathological runs the whole analysis (markup masking where the
// input is markup, split, tag, cluster, JSON) over each pathological input
// of issue 7, beside the 5 MB news document of BenchmarkPipeline. Compare
// the ns/op divided by the size (MB/s, from SetBytes) with news-5MB's: time
// must grow linearly, so each ratio stays near 1 (the acceptance bound is
// 2). The inputs are generated when the benchmark runs, never committed.
func BenchmarkPathological(b *testing.B) {
	words := strings.Repeat("word ", 2<<20) // 10 MB, one line, no punctuation
	cases := []struct {
		name   string
		format markup.Format
		src    func(b *testing.B) []byte
	}{
		{"news-5MB", markup.Text, func(b *testing.B) []byte { return benchText(b, 5<<20) }},
		{"long-line-10MB", markup.Text, func(*testing.B) []byte { return []byte(words) }},
		{"long-line-no-space-10MB", markup.Text, func(*testing.B) []byte { return bytes.Repeat([]byte("w"), 10<<20) }},
		{"white-space-run-5MB", markup.Text, func(*testing.B) []byte {
			return []byte("Talks stalled, he said." + strings.Repeat(" ", 5<<20) + "Prices rose, she said.")
		}},
		{"quotes-100000", markup.Text, func(*testing.B) []byte {
			return []byte(strings.Repeat("“", 50_000) + strings.Repeat("\"", 50_000))
		}},
		{"quotes-alternating-1MB", markup.Text, func(*testing.B) []byte {
			return []byte(strings.Repeat("“Yes,” he said. ", 1<<20/20))
		}},
		{"unbalanced-quotes-5MB", markup.Text, func(b *testing.B) []byte {
			return bytes.ReplaceAll(benchText(b, 5<<20), []byte("”"), []byte(" "))
		}},
		{"invalid-utf8-5MB", markup.Text, func(b *testing.B) []byte {
			return bytes.ReplaceAll(benchText(b, 5<<20), []byte(" the "), []byte(" \xff\xfe "))
		}},
		{"crlf-5MB", markup.Text, func(b *testing.B) []byte {
			return bytes.ReplaceAll(benchText(b, 5<<20), []byte("\n"), []byte("\r\n"))
		}},
		{"lone-cr-5MB", markup.Text, func(b *testing.B) []byte {
			return bytes.ReplaceAll(benchText(b, 5<<20), []byte("\n"), []byte("\r"))
		}},
		{"html-deep-10000", markup.HTML, func(*testing.B) []byte {
			return []byte(strings.Repeat("<div>", 10_000) + "The talks stalled, officials said." + strings.Repeat("</div>", 10_000))
		}},
		{"html-deep-100000", markup.HTML, func(*testing.B) []byte {
			return []byte(strings.Repeat("<div>", 100_000) + "The talks stalled, officials said." + strings.Repeat("</div>", 100_000))
		}},
		{"markdown-code-only-5MB", markup.Markdown, func(*testing.B) []byte {
			return []byte(strings.Repeat("```\n“Yes,” he said. The talks stalled.\n```\n\n", 5<<20/48))
		}},
	}
	p := benchPipeline(b)
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			src := c.src(b)
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				doc := claims.NewDocument("bench", src)
				if c.format != markup.Text {
					doc.Analysis, _, _ = markup.Scan(c.format, src)
				}
				a, err := p.analyze(doc)
				if err != nil {
					b.Fatal(err)
				}
				if err := report.WriteJSON(io.Discard, []report.Analysis{a}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkRun_maxBytes runs "claimtrace analyze" on a 200 MB (sparse)
// file: it is refused from its size, before a byte of it is read, so the
// cost is that of a stat and the allocations stay tiny.
func BenchmarkRun_maxBytes(b *testing.B) {
	path := filepath.Join(b.TempDir(), "big.txt")
	if err := sparseFile(path, 200<<20)(nil); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if code, _, stderr := runCmd(b, "", "analyze", path); code != exitError || !strings.Contains(stderr, "--max-bytes") {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
}
