package claims

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// checkSentences reports every way sents breaks the Split contract for doc:
// spans in bounds, ordered, non-overlapping, non-empty and trimmed, Text
// equal to the input at Span, and positions consistent with the text.
func checkSentences(t testing.TB, doc *Document, sents []Sentence) {
	t.Helper()
	prevEnd, prevBlock := 0, 0
	for i, s := range sents {
		sp := s.Span
		if sp.Start < prevEnd || sp.End > len(doc.Text) || sp.Empty() {
			t.Fatalf("sentence %d: span %v out of order or bounds (previous end %d, text %d bytes)", i, sp, prevEnd, len(doc.Text))
		}
		if s.Text != doc.Text[sp.Start:sp.End] {
			t.Fatalf("sentence %d: Text %q != input at %v %q", i, s.Text, sp, doc.Text[sp.Start:sp.End])
		}
		if s.Text != strings.TrimFunc(s.Text, unicode.IsSpace) {
			t.Fatalf("sentence %d: %q has surrounding space", i, s.Text)
		}
		if s.Block < prevBlock {
			t.Fatalf("sentence %d: block %d after block %d", i, s.Block, prevBlock)
		}
		switch s.Layout {
		case LayoutParagraph, LayoutListItem, LayoutHeading:
		default:
			t.Fatalf("sentence %d: layout %q", i, s.Layout)
		}
		for _, off := range []int{sp.Start, sp.End} {
			p := doc.Position(off)
			before := doc.Text[:off]
			if strings.HasSuffix(before, "\r") && strings.HasPrefix(doc.Text[off:], "\n") {
				t.Fatalf("sentence %d: offset %d splits a CRLF", i, off)
			}
			// A line break is "\n", "\r\n" or a lone "\r".
			wantLine := 1 + strings.Count(before, "\n") + strings.Count(before, "\r") - strings.Count(before, "\r\n")
			wantCol := utf8.RuneCountInString(before[strings.LastIndexAny(before, "\r\n")+1:]) + 1
			if p.Offset != off || p.Line != wantLine || p.Column != wantCol {
				t.Fatalf("sentence %d: Position(%d) = %+v, want line %d column %d", i, off, p, wantLine, wantCol)
			}
		}
		prevEnd, prevBlock = sp.End, s.Block
	}
}

func FuzzSegmenter(f *testing.F) {
	for _, seed := range []string{
		"",
		"Hello World. My name is Jonas.",
		"Key takeaways:\n- The meeting started at 10:00 a.m. Kyiv time.\n- It will be closed.",
		"Updated 12:56 p.m. The parties have taken a break for lunch.",
		"ISTANBUL, April 9. /TASS/. Russia is prepared to talk.",
		"KYIV (Reuters) - Talks began.\r\n\r\nWASHINGTON — More followed.\rEnd",
		"1) The first item 2) The second item",
		"• 9. The first item • 10. The second item",
		"The talks in\nIstanbul, Türkiye, were “calm.”\n\n\n",
		"I live in the U.S. How about you? At 5 a.m. Mr. Smith left.",
		"\u00a0\u2028 . \r\n\t…",
	} {
		f.Add(seed)
	}
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt")); err == nil {
		f.Add(string(b))
	}
	seg, err := NewSegmenter()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		doc := NewDocument("fuzz.txt", []byte(text))
		sents, err := seg.Split(doc)
		if err != nil {
			t.Fatalf("Split(%q): %v", text, err)
		}
		checkSentences(t, doc, sents)
	})
}
