package claims

import (
	"math/bits"
	"sort"
	"sync"
	"unicode/utf8"
)

// Document is one input text. Text holds the input bytes exactly as read
// (never normalised, so every Span indexes it directly); the line index maps
// byte offsets to line and column on demand.
type Document struct {
	Path string // file name as given by the user, or "-" for stdin
	Text string // the input, byte for byte
	// Analysis is the text the splitter and the tagger read when the input
	// is markup: Text with every byte that is not prose (tags, link
	// targets, code, markers) replaced by a space, so it has exactly Text's
	// length and every span of it is a span of Text. Empty means Text is
	// read as is. Positions and the text shown to users always come from
	// Text.
	Analysis string

	lineStarts []int // byte offset at which each line starts; lineStarts[0] == 0

	runesOnce sync.Once  // builds runes, on the first column asked for far into a long line
	runes     *runeIndex // rune-count checkpoints; see runesBetween
}

// NewDocument returns a Document over src, indexing its line starts once.
// A line ends at "\n", at "\r\n" or at a lone "\r".
func NewDocument(path string, src []byte) *Document {
	return NewDocumentString(path, string(src))
}

// NewDocumentString is NewDocument over text already held as a string; it
// does not copy text, so a caller that read the input into a string keeps
// one copy of it in memory, not two.
func NewDocumentString(path, src string) *Document {
	d := &Document{Path: path, Text: src}
	d.lineStarts = append(d.lineStarts, 0)
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			d.lineStarts = append(d.lineStarts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	return d
}

// AnalysisText returns the text to split and tag: Analysis when it is set
// and as long as Text, Text otherwise.
func (d *Document) AnalysisText() string {
	if d.Analysis != "" && len(d.Analysis) == len(d.Text) {
		return d.Analysis
	}
	return d.Text
}

// Lines returns the number of lines in the document.
func (d *Document) Lines() int { return len(d.lineStarts) }

// Position returns the line and column of byte offset off. Offsets outside
// the text are clamped to it. A column counts Unicode characters (an invalid
// byte counts as one), so "Türkiye" advances seven columns.
func (d *Document) Position(off int) Position {
	off = max(0, min(off, len(d.Text)))
	line := d.lineOf(off)
	start := d.lineStarts[line]
	return Position{Offset: off, Line: line + 1, Column: d.runesBetween(start, off) + 1}
}

// lineOf returns the 0-based line of off, an offset within the text.
func (d *Document) lineOf(off int) int {
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
}

// Cursor computes positions as Document.Position does, with the same
// results in any order of calls, but cheaply for offsets near the previous
// one, as a writer walking the document in order asks for them: it counts
// the characters between the two offsets, not from the start of the line,
// and finds the line without a search while it stays on one. A Cursor is
// not safe for concurrent use.
type Cursor struct {
	d    *Document
	line int // 0-based line of off
	off  int // the last offset asked for on that line that is a rune boundary, or the line's start
	col  int // characters in Text from the line's start to off
}

// Cursor returns a Cursor at the start of d.
func (d *Document) Cursor() Cursor { return Cursor{d: d} }

// Position returns the line and column of byte offset off, as
// Document.Position does.
func (c *Cursor) Position(off int) Position {
	d := c.d
	off = max(0, min(off, len(d.Text)))
	if starts, l := d.lineStarts, c.line; off < starts[l] || l+1 < len(starts) && off >= starts[l+1] {
		// Walking forward, the cursor mostly reaches the next line.
		if off >= starts[l] && (l+2 == len(starts) || off < starts[l+2]) {
			c.line = l + 1
		} else {
			c.line = d.lineOf(off)
		}
		c.off, c.col = starts[c.line], 0
	}
	// Counts split at a rune boundary add up (no character straddles
	// one), so the count from c.off, always a boundary, extends the one
	// up to it; beyond 2*runeBlock bytes the checkpoints are cheaper.
	boundary := runeBoundary(d.Text, off)
	var col int
	switch {
	case off >= c.off && off-c.off <= 2*runeBlock:
		col = c.col + countRunes(d.Text[c.off:off])
	case off < c.off && c.off-off <= 2*runeBlock && boundary:
		col = c.col - countRunes(d.Text[off:c.off])
	default:
		col = d.runesBetween(d.lineStarts[c.line], off)
	}
	if boundary {
		c.off, c.col = off, col
	}
	return Position{Offset: off, Line: c.line + 1, Column: col + 1}
}

// runeBoundary reports whether the sequential UTF-8 decode of s (invalid
// bytes counting one each) passes through offset i, from any boundary
// before it: i is the end of s, or s[i] is no continuation byte, which
// only the inside of a valid multi-byte character holds.
func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// runeBlock is the spacing, in bytes, of the rune-count checkpoints that
// keep columns on long lines cheap.
const runeBlock = 256

// runeIndex holds checkpoints of a sequential UTF-8 decode of the text:
// offs[i] is an offset the decode reaches (a rune boundary, invalid bytes
// counting one each) and counts[i] the runes in Text[:offs[i]].
type runeIndex struct {
	offs, counts []int
}

// runesBetween returns the number of characters in Text[start:off], where
// start follows a line break (or is 0), as utf8.RuneCountInString counts
// them. Counting from the line start costs the line's length per call, so
// a long line with many spans (a 1 MB line of short quotes: 10⁵ spans) was
// quadratic; past 2*runeBlock bytes the count starts from a checkpoint.
func (d *Document) runesBetween(start, off int) int {
	if off-start <= 2*runeBlock {
		return countRunes(d.Text[start:off])
	}
	d.runesOnce.Do(d.indexRunes)
	// start is a rune boundary: it follows an ASCII byte, which no UTF-8
	// sequence contains, so decoding from 0 and from start agree after it.
	i := sort.SearchInts(d.runes.offs, start+1) - 1
	atStart := d.runes.counts[i] + countRunes(d.Text[d.runes.offs[i]:start])
	j := sort.SearchInts(d.runes.offs, off+1) - 1 // after start: checkpoints are < runeBlock+4 apart
	return d.runes.counts[j] - atStart + countRunes(d.Text[d.runes.offs[j]:off])
}

// indexRunes builds d.runes.
func (d *Document) indexRunes() {
	r := &runeIndex{offs: []int{0}, counts: []int{0}}
	n, next := 0, runeBlock
	for i := 0; i < len(d.Text); {
		if c := d.Text[i]; c < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(d.Text[i:])
			i += size
		}
		n++
		if i >= next {
			r.offs, r.counts = append(r.offs, i), append(r.counts, n)
			next = i + runeBlock
		}
	}
	d.runes = r
}

// Slice returns the text a span covers. It panics if the span is out of
// bounds, as slicing does: spans come from this package and stay in bounds.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

// countRunes returns utf8.RuneCountInString(s). It takes eight bytes at a
// time: all of them at once when they are ASCII, else the ASCII ones
// before the first that is not at once, then that byte's character.
func countRunes(s string) int {
	n := 0
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		high := w & 0x8080808080808080
		if high == 0 {
			n, s = n+8, s[8:]
			continue
		}
		k := bits.TrailingZeros64(high) / 8 // ASCII bytes first
		_, size := utf8.DecodeRuneInString(s[k:])
		n, s = n+k+1, s[k+size:]
	}
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		n, s = n+1, s[size:]
	}
	return n
}
