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
