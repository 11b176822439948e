package claims

import "fmt"

// Span is a half-open range [Start, End) of byte offsets into a Document's
// original input.
type Span struct {
	Start int // byte offset of the first byte
	End   int // byte offset one past the last byte
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Empty reports whether the span covers no bytes.
func (s Span) Empty() bool { return s.End <= s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// String formats the span as "[start,end)".
func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Position is a place in a Document, as a byte offset and as the 1-based
// line and column a person or an editor counts.
type Position struct {
	Offset int // byte offset into the input
	Line   int // 1-based line number
	Column int // 1-based column, counted in Unicode characters
}

// String formats the position as "line:column".
func (p Position) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Column) }
