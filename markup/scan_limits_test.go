package markup

import (
	"strconv"
	"strings"
	"testing"
)

// BenchmarkScan_directivesAndCode scans Markdown with many suppression
// comments and many code spans: each comment is checked against the code
// ranges, which must cost a binary search, not a scan of every range.
func BenchmarkScan_directivesAndCode(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 40_000} {
		src := []byte(strings.Repeat("Text `code` here.\n\n<!-- claimtrace-disable-next-line loaded-language -->\n", n))
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				Scan(Markdown, src)
			}
		})
	}
}

// TestScan_codeRanges checks that a directive inside code, in any of many
// code spans and blocks, is dropped and one outside kept.
func TestScan_codeRanges(t *testing.T) {
	var b strings.Builder
	for range 200 {
		b.WriteString("A `x <!-- claimtrace-disable --> y` b.\n\n```\n<!-- claimtrace-enable -->\n```\n\n")
	}
	b.WriteString("<!-- claimtrace-disable-next-line loaded-language -->\nText.\n")
	_, ds, _ := Scan(Markdown, []byte(b.String()))
	if len(ds) != 1 || ds[0].Kind != DisableNextLine {
		t.Fatalf("directives %+v, want the one outside code", ds)
	}
}
