package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// naivePosition is Position as it was before the rune checkpoints: the
// column counts the line's characters from its start.
func naivePosition(d *Document, off int) Position {
	line, start := 0, 0
	for i, s := range d.lineStarts {
		if s <= off {
			line, start = i, s
		}
	}
	return Position{Offset: off, Line: line + 1, Column: utf8.RuneCountInString(d.Text[start:off]) + 1}
}

// TestDocument_Position_longLine checks columns far into long lines (where
// they are counted from checkpoints) against a count from the line start,
// on text mixing ASCII, multi-byte characters, invalid bytes and line
// breaks, at random offsets, rune boundaries or not.
func TestDocument_Position_longLine(t *testing.T) {
	pieces := []string{"a", "word ", "“", "”", "Türkiye", "🙂", "\xff", "\xe2\x80", "\n", "\r\n", "\r", "Дарчиев"}
	rng := rand.New(rand.NewPCG(7, 7))
	for round := range 20 {
		var b strings.Builder
		for b.Len() < 40_000 {
			p := pieces[rng.IntN(len(pieces))]
			if (p == "\n" || p == "\r\n" || p == "\r") && rng.IntN(3000) != 0 {
				continue // keep lines long
			}
			b.WriteString(p)
		}
		d := NewDocument("t", []byte(b.String()))
		if d.Lines() > 20 {
			t.Fatalf("round %d: %d lines, want long ones", round, d.Lines())
		}
		for range 2000 {
			off := rng.IntN(len(d.Text) + 1)
			if got, want := d.Position(off), naivePosition(d, off); got != want {
				t.Fatalf("round %d: Position(%d) = %+v, want %+v", round, off, got, want)
			}
		}
	}
}

// cursorText returns random text of about n bytes from pieces that mix
// ASCII, multi-byte characters, invalid and truncated sequences and every
// kind of line break; breaks come about once in every lineEvery pieces.
func cursorText(rng *rand.Rand, n, lineEvery int) string {
	pieces := []string{"a", "word ", "“", "”", "Türkiye", "🙂", "\xff", "\xe2\x80", "\xf0\x9f", "\x80", "Дарчиев", " "}
	breaks := []string{"\n", "\r\n", "\r", "\n\n", "\r\r\n"}
	var b strings.Builder
	for b.Len() < n {
		if rng.IntN(lineEvery) == 0 {
			b.WriteString(breaks[rng.IntN(len(breaks))])
			continue
		}
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

// TestCursor_Position checks a Cursor against a count from the line start
// (naivePosition) and against Document.Position, on short and long lines,
// for offsets asked in order, nearly in order (a claim's source before its
// content), at random, out of bounds and inside multi-byte characters.
func TestCursor_Position(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 13))
	for round := range 60 {
		lineEvery := []int{3, 40, 400, 1 << 30}[round%4]
		d := NewDocument("t", []byte(cursorText(rng, 1+rng.IntN(30_000), lineEvery)))
		n := len(d.Text)
		var offs []int
		switch round % 3 {
		case 0: // in order, small steps
			for off := 0; off <= n; off += rng.IntN(40) + 1 {
				offs = append(offs, off)
			}
		case 1: // forward, with jumps back by up to a kilobyte
			for off := 0; off <= n; off += rng.IntN(300) {
				offs = append(offs, off, max(0, off-rng.IntN(1200)), off+rng.IntN(5))
			}
		case 2: // anywhere, out of bounds included
			for range 3000 {
				offs = append(offs, rng.IntN(n+21)-10)
			}
		}
		c := d.Cursor()
		for i, off := range offs {
			want := naivePosition(d, max(0, min(off, n)))
			if got := c.Position(off); got != want {
				t.Fatalf("round %d, call %d: Cursor.Position(%d) = %+v, want %+v", round, i, off, got, want)
			}
			if got := d.Position(off); got != want {
				t.Fatalf("round %d: Position(%d) = %+v, want %+v", round, off, got, want)
			}
		}
	}
}

// FuzzCursor_Position asks a Cursor for the positions of arbitrary offsets
// in arbitrary text, in the order given, and compares each with a count
// from the line start.
func FuzzCursor_Position(f *testing.F) {
	f.Add("Türkiye\r\n“quoted” \xe2\x80 🙂\rend\n", []byte{0, 3, 2, 9, 40, 12, 11, 10, 255, 7})
	f.Add(strings.Repeat("Дарчиев “x” ", 200), []byte{200, 100, 150, 10, 250, 249, 248, 1})
	f.Fuzz(func(t *testing.T, text string, steps []byte) {
		d := NewDocumentString("f", text)
		c := d.Cursor()
		off := 0
		for _, s := range steps {
			// Steps move forward or back by up to 127 bytes, or, past
			// 250, jump by a multiple of 97 bytes.
			if s > 250 {
				off = (off + int(s)*97) % (len(text) + 1)
			} else {
				off += int(s) - 127
			}
			want := naivePosition(d, max(0, min(off, len(text))))
			if got := c.Position(off); got != want {
				t.Fatalf("Cursor.Position(%d) = %+v, want %+v", off, got, want)
			}
		}
	})
}

// TestCountRunes checks countRunes against utf8.RuneCountInString on
// random bytes and on text with runs of ASCII, cut anywhere.
func TestCountRunes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 5))
	for range 2000 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(rng.IntN(256))
		}
		s := string(b)
		if rng.IntN(2) == 0 {
			s = cursorText(rng, rng.IntN(60), 5)
		}
		for i := 0; i <= len(s); i++ {
			if got, want := countRunes(s[i:]), utf8.RuneCountInString(s[i:]); got != want {
				t.Fatalf("countRunes(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}

// BenchmarkCursor_Position walks a Cursor through a megabyte of news-like
// text (mostly ASCII, with curly quotes and dashes, a paragraph a line) as
// the JSON writer does: each sentence's start and end, and before them a
// source inside it.
func BenchmarkCursor_Position(b *testing.B) {
	para := "The meeting in Istanbul, Türkiye, lasted six hours, “constructive” talks — the diplomat said. " +
		"Kyiv was not invited, an official told reporters. "
	var t strings.Builder
	for i := 0; t.Len() < 1<<20; i++ {
		t.WriteString(strings.Repeat(para, 1+i%4))
		t.WriteString("\n")
	}
	d := NewDocumentString("b", t.String())
	var spans []Span
	for start := 0; start < len(d.Text); {
		end := min(start+75, len(d.Text))
		spans = append(spans, Span{start + 30, start + 40}, Span{start, end})
		start = end
	}
	b.SetBytes(int64(len(d.Text)))
	for b.Loop() {
		c := d.Cursor()
		for _, s := range spans {
			c.Position(s.Start)
			c.Position(s.End)
		}
	}
}

// TestCursor_Position_table checks a Cursor on small texts, one sequence of
// offsets each: multi-byte characters (the eight-byte steps of countRunes
// included), offsets inside them, "\r\n" and lone "\r" line breaks,
// offsets out of range, and walks that go back a line or within one.
func TestCursor_Position_table(t *testing.T) {
	type pos struct{ off, line, col int }
	tests := []struct {
		name string
		text string
		want []pos // offsets asked in this order, with the line and column expected
	}{
		{"empty", "", []pos{{0, 1, 1}, {5, 1, 1}, {-3, 1, 1}}},
		{"ascii", "abc\ndef", []pos{{0, 1, 1}, {3, 1, 4}, {4, 2, 1}, {7, 2, 4}, {2, 1, 3}}},
		{"two-byte", "Türkiye\nДа", []pos{{1, 1, 2}, {3, 1, 3}, {2, 1, 3}, {8, 1, 8}, {9, 2, 1}, {11, 2, 2}, {13, 2, 3}}},
		{"inside a character", "a“b”", []pos{{2, 1, 3}, {3, 1, 4}, {4, 1, 3}, {5, 1, 4}, {8, 1, 5}, {6, 1, 5}}},
		{"emoji past eight bytes", "abcdefgh🙂ijklmnop🙂q", []pos{{8, 1, 9}, {12, 1, 10}, {10, 1, 11}, {24, 1, 19}, {25, 1, 20}, {29, 1, 20}}},
		{"non-ASCII in an eight-byte word", "abcdefg“hijklmnopq", []pos{{20, 1, 19}, {7, 1, 8}, {10, 1, 9}, {9, 1, 10}}},
		{"crlf", "ab\r\ncd\r\n", []pos{{2, 1, 3}, {3, 1, 4}, {4, 2, 1}, {6, 2, 3}, {7, 2, 4}, {8, 3, 1}, {1, 1, 2}}},
		{"lone cr", "ab\rcd\r\rx", []pos{{3, 2, 1}, {5, 2, 3}, {6, 3, 1}, {7, 4, 1}, {8, 4, 2}, {2, 1, 3}}},
		{"out of range", "ab\ncd", []pos{{99, 2, 3}, {-1, 1, 1}, {5, 2, 3}, {6, 2, 3}}},
		{"back a line", "one\ntwo\nthree\n“four”", []pos{{15, 4, 2}, {9, 3, 2}, {4, 2, 1}, {18, 4, 3}, {0, 1, 1}, {14, 4, 1}}},
		{"skip lines", "a\nb\nc\nd\ne", []pos{{0, 1, 1}, {8, 5, 1}, {4, 3, 1}, {6, 4, 1}, {9, 5, 2}}},
		{"invalid bytes", "ab\xffcdefgh\xe2\x80ij\n\x80", []pos{{3, 1, 4}, {12, 1, 13}, {11, 1, 12}, {13, 1, 14}, {15, 2, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := NewDocumentString("t", tt.text)
			c := d.Cursor()
			for i, w := range tt.want {
				want := Position{Offset: max(0, min(w.off, len(tt.text))), Line: w.line, Column: w.col}
				if got := c.Position(w.off); got != want {
					t.Errorf("call %d: Cursor.Position(%d) = %+v, want %+v", i, w.off, got, want)
				}
				if got := d.Position(w.off); got != want {
					t.Errorf("Position(%d) = %+v, want %+v", w.off, got, want)
				}
				if got := naivePosition(d, want.Offset); got != want {
					t.Errorf("the table is wrong at %d: naivePosition gives %+v, want %+v", w.off, got, want)
				}
			}
		})
	}
}
