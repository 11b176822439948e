package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// jsonAppender writes the claimtrace/v1 JSON by hand, byte for byte as
// json.Encoder with SetEscapeHTML(false) and SetIndent("", indent) writes
// the json* types, but without reflection or a second pass to indent, which
// made WriteJSON several times slower on a 5 MB document. It writes to out
// in chunks of about flushAt bytes; the first write error sticks.
// TestJSONAppender_report and FuzzJSONAppender hold it to encoding/json.
type jsonAppender struct {
	buf    []byte
	out    io.Writer
	err    error         // the first write error
	indent string        // one level of indentation; "" writes compact JSON
	seps   []byte        // ",\n" (just "," in compact JSON) and indent, repeated for the deepest level so far
	sep    []byte        // what precedes a member but the first: seps up to the current depth
	depth  int           // open objects and arrays
	empty  bool          // the innermost open object or array has no member yet
	spans  []*spanLayout // by depth, made on demand
}

// flushAt is the buffered size past which the appender writes to out.
const flushAt = 64 << 10

// newJSONAppender returns an appender that writes to out.
func newJSONAppender(out io.Writer, indent string) *jsonAppender {
	a := &jsonAppender{buf: make([]byte, 0, flushAt+flushAt/4), out: out, indent: indent, seps: []byte{','}}
	if indent != "" {
		a.seps = append(a.seps, '\n')
	}
	a.reset()
	return a
}

// reset drops anything buffered and a previous error, to start a new value.
func (a *jsonAppender) reset() {
	a.buf, a.err, a.empty = a.buf[:0], nil, false
	a.setDepth(0)
}

// flush writes the buffer to out, unless a write has failed before.
func (a *jsonAppender) flush() {
	if a.err == nil && len(a.buf) > 0 {
		if _, err := a.out.Write(a.buf); err != nil {
			a.err = fmt.Errorf("write json: %w", err)
		}
	}
	a.buf = a.buf[:0]
}

// setDepth sets the depth and the separator of its members.
func (a *jsonAppender) setDepth(depth int) {
	a.depth = depth
	n := 1 // ","
	if a.indent != "" {
		n = 2 + depth*len(a.indent) // ",\n" and the indentation
	}
	for len(a.seps) < n {
		a.seps = append(a.seps, a.indent...)
	}
	a.sep = a.seps[:n]
}

// open starts an object ('{') or array ('['); an empty one prints as {} or [].
func (a *jsonAppender) open(c byte) {
	a.buf = append(a.buf, c)
	a.setDepth(a.depth + 1)
	a.empty = true
}

// close ends the innermost object ('}') or array (']'), on a line of its
// own unless it is empty.
func (a *jsonAppender) close(c byte) {
	a.setDepth(a.depth - 1)
	if !a.empty {
		a.buf = append(a.buf, a.sep[1:]...)
	}
	a.buf = append(a.buf, c)
	a.empty = false
}

// elem starts the next element of the innermost array, first writing the
// buffer out once it holds flushAt bytes. Only arrays flush, so that an
// object's text stays in the buffer while it is written.
func (a *jsonAppender) elem() {
	if len(a.buf) >= flushAt {
		a.flush()
	}
	a.member()
}

// member writes what precedes the next member of the innermost object or
// array: a comma unless it is the first, and its line's break and
// indentation.
func (a *jsonAppender) member() {
	sep := a.sep
	if a.empty {
		sep, a.empty = sep[1:], false
	}
	a.buf = append(a.buf, sep...)
}

// key starts the next member of an object, named k (which needs no escaping).
func (a *jsonAppender) key(k string) {
	a.member()
	buf := append(a.buf, '"')
	buf = append(buf, k...)
	buf = append(buf, '"', ':', ' ')
	if a.indent == "" {
		buf = buf[:len(buf)-1] // no space in compact JSON
	}
	a.buf = buf
}

func (a *jsonAppender) str(s string) { a.buf = appendJSONString(a.buf, s) }
func (a *jsonAppender) int(n int)    { a.buf = appendInt(a.buf, n) }
func (a *jsonAppender) bool(b bool)  { a.buf = strconv.AppendBool(a.buf, b) }
func (a *jsonAppender) null()        { a.buf = append(a.buf, "null"...) }

// strs writes a list of strings; nil is null, as encoding/json writes it.
func (a *jsonAppender) strs(list []string) {
	if list == nil {
		a.null()
		return
	}
	a.open('[')
	for _, s := range list {
		a.elem()
		a.str(s)
	}
	a.close(']')
}

// report writes the whole {"schema", "documents"} object of docs, then a
// newline. It stops at the first claim after a write error.
func (a *jsonAppender) report(docs []jsonDocument) error {
	a.open('{')
	a.key("schema")
	a.str(Schema)
	a.key("documents")
	a.open('[')
	for i := range docs {
		a.elem()
		if err := a.document(&docs[i]); err != nil {
			return err
		}
	}
	a.close(']')
	a.close('}')
	a.buf = append(a.buf, '\n')
	a.flush()
	return a.err
}

func (a *jsonAppender) document(d *jsonDocument) error {
	a.open('{')
	a.key("path")
	a.str(d.Path)
	a.key("publisher")
	a.str(d.Publisher)
	a.key("claims")
	switch {
	case d.analysis != nil:
		a.open('[')
		v := newClaimConverter(d.analysis)
		for i := range d.analysis.Claims {
			a.elem()
			if a.err != nil {
				return a.err
			}
			a.claim(v.convert(&d.analysis.Claims[i]))
		}
		a.close(']')
	case d.Claims == nil:
		a.null()
	default:
		a.open('[')
		for i := range d.Claims {
			a.elem()
			if a.err != nil {
				return a.err
			}
			a.claim(&d.Claims[i])
		}
		a.close(']')
	}
	a.key("non_claims")
	if d.NonClaims == nil {
		a.null()
	} else {
		a.open('[')
		for _, n := range d.NonClaims {
			a.elem()
			a.open('{')
			a.key("text")
			a.str(n.Text)
			a.key("kind")
			a.str(n.Kind)
			a.key("span")
			a.span(n.Span)
			a.close('}')
		}
		a.close(']')
	}
	a.key("clusters")
	if d.Clusters == nil {
		a.null()
	} else {
		a.open('[')
		for _, k := range d.Clusters {
			a.elem()
			a.open('{')
			a.key("id")
			a.str(k.ID)
			a.key("claims")
			a.strs(k.Claims)
			a.key("asserted_by")
			a.strs(k.AssertedBy)
			a.key("disputed_by")
			a.strs(k.DisputedBy)
			a.key("no_comment")
			a.strs(k.NoComment)
			a.close('}')
		}
		a.close(']')
	}
	a.key("sides")
	if d.Sides == nil {
		a.null()
	} else {
		a.open('[')
		for _, s := range d.Sides {
			a.elem()
			a.open('{')
			a.key("side")
			a.str(s.Side)
			a.key("attributed")
			a.int(s.Attributed)
			a.key("hedged")
			a.int(s.Hedged)
			a.key("confirmed_by_other_sides")
			a.int(s.ConfirmedByOtherSides)
			a.key("disputed_by_other_sides")
			a.int(s.DisputedByOtherSides)
			a.key("disputes")
			a.int(s.Disputes)
			a.key("no_comment")
			a.int(s.NoComment)
			a.close('}')
		}
		a.close(']')
	}
	if len(d.Matrix) > 0 {
		a.key("matrix")
		a.open('[')
		for _, c := range d.Matrix {
			a.elem()
			a.open('{')
			a.key("claimant")
			a.str(c.Claimant)
			a.key("respondent")
			a.str(c.Respondent)
			a.key("confirmed")
			a.int(c.Confirmed)
			a.key("disputed")
			a.int(c.Disputed)
			a.key("no_comment")
			a.int(c.NoComment)
			a.close('}')
		}
		a.close(']')
	}
	a.close('}')
	return a.err
}

func (a *jsonAppender) claim(c *jsonClaim) {
	a.open('{')
	a.key("id")
	a.str(c.ID)
	a.key("sentence")
	from := len(a.buf)
	a.str(c.Sentence)
	sentence := a.buf[from:]
	a.key("text")
	if c.Text == c.Sentence {
		a.buf = append(a.buf, sentence...) // quoted already
	} else {
		a.str(c.Text)
	}
	a.key("span")
	a.span(c.Span)
	a.key("source")
	if s := c.Source; s == nil {
		a.null()
	} else {
		a.open('{')
		a.key("text")
		a.str(s.Text)
		a.key("type")
		a.str(s.Type)
		a.key("span")
		a.span(s.Span)
		a.key("name")
		a.str(s.Name)
		if v := s.Via; v != nil {
			a.key("via")
			a.open('{')
			a.key("text")
			a.str(v.Text)
			a.key("span")
			a.span(v.Span)
			a.close('}')
		}
		a.close('}')
	}
	a.key("source_type")
	a.str(c.SourceType)
	a.key("sides")
	a.strs(c.Sides)
	a.key("cue")
	if c.Cue == nil {
		a.null()
	} else {
		a.str(*c.Cue)
	}
	a.key("stance")
	a.str(c.Stance)
	a.key("hedged")
	a.bool(c.Hedged)
	a.key("hedges")
	a.strs(c.Hedges)
	a.key("quote")
	a.str(c.Quote)
	a.key("layout")
	a.str(c.Layout)
	if c.Cluster != "" {
		a.key("cluster")
		a.str(c.Cluster)
	}
	if len(c.Provenance) > 0 {
		a.key("provenance")
		a.strs(c.Provenance)
	}
	a.close('}')
}

func (a *jsonAppender) span(s jsonSpan) {
	l := a.spanLayout()
	buf := a.buf
	for i, n := range [...]int{s.Start, s.End, s.Line, s.Column, s.EndLine, s.EndColumn} {
		buf = append(buf, l.before[i]...)
		buf = appendInt(buf, n)
	}
	a.buf = append(buf, l.after...)
	a.empty = false
}

// spanLayout is the text of a span object at one depth but its six
// numbers: before[i] precedes the i-th number (the opening brace or a
// comma, the line break and indentation, and the key), after follows the
// last. Writing a span from it, not member by member, saves most of the
// work for the two or three spans of every claim.
type spanLayout struct {
	before [6][]byte
	after  []byte
}

// spanLayout returns the layout of a span at the current depth, written
// once with open, key and close themselves.
func (a *jsonAppender) spanLayout() *spanLayout {
	for len(a.spans) <= a.depth {
		a.spans = append(a.spans, nil)
	}
	if l := a.spans[a.depth]; l != nil {
		return l
	}
	l := &spanLayout{}
	buf, empty := a.buf, a.empty
	a.buf = nil
	a.open('{')
	for i, k := range [...]string{"start", "end", "line", "column", "end_line", "end_column"} {
		a.key(k)
		l.before[i], a.buf = a.buf, nil
	}
	a.close('}')
	l.after = a.buf
	a.buf, a.empty = buf, empty
	a.spans[a.depth] = l
	return l
}

// appendInt appends n in decimal, as strconv.AppendInt(dst, n, 10) does,
// writing the digits of a non-negative number below 10¹⁰ (every offset,
// line and column) in place, two at a time, without strconv's calls and
// copy: spans' numbers were a sixth of WriteJSON's time.
func appendInt(dst []byte, n int) []byte {
	if n < 0 || n >= 1e10 {
		return strconv.AppendInt(dst, int64(n), 10)
	}
	digits := 1
	for p := 10; digits < 10 && n >= p; p *= 10 {
		digits++
	}
	dst = slices.Grow(dst, digits)
	i := len(dst) + digits // the digits are written backwards from here
	dst = dst[:i]
	for n >= 100 {
		q := n / 100
		j := (n - q*100) * 2
		i -= 2
		dst[i], dst[i+1] = digitPairs[j], digitPairs[j+1]
		n = q
	}
	if n >= 10 {
		dst[i-2], dst[i-1] = digitPairs[n*2], digitPairs[n*2+1]
	} else {
		dst[i-1] = byte('0' + n)
	}
	return dst
}

// digitPairs holds the two digits of every number from 00 to 99.
const digitPairs = "00010203040506070809" + "10111213141516171819" + "20212223242526272829" + "30313233343536373839" + "40414243444546474849" +
	"50515253545556575859" + "60616263646566676869" + "70717273747576777879" + "80818283848586878889" + "90919293949596979899"

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off (appendString in encoding/json/encode.go, Go 1.26):
// '"' and '\\' behind a backslash; \b, \f, \n, \r and \t by name; other
// bytes below 0x20 as \u00xx (lowercase hex); each byte of invalid UTF-8 as
// \ufffd; U+2028 and U+2029 as \u2028 and \u2029; all else, '<', '>' and
// '&' included, as is.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		i += plainPrefix(s[i:])
		if i == len(s) {
			break
		}
		b := s[i]
		if b < utf8.RuneSelf {
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// plainPrefix returns the length of the longest prefix of s made of ASCII
// bytes that JSON writes as they are (not '"', '\\' or below ' '), testing
// eight bytes at a time.
func plainPrefix(s string) int {
	i := 0
	for i+8 <= len(s) && plain8(le64(s[i:])) {
		i += 8
	}
	// When fewer than eight bytes are left, all after plain ones, the
	// last eight, read again from before i, settle them without the byte
	// loop.
	if i+8 > len(s) && len(s) >= 8 && plain8(le64(s[len(s)-8:])) {
		return len(s)
	}
	for ; i < len(s); i++ {
		if b := s[i]; b < ' ' || b >= utf8.RuneSelf || b == '"' || b == '\\' {
			break
		}
	}
	return i
}

// plain8 reports whether the eight bytes of w, a word read by le64, are
// all ASCII that JSON writes as they are. A byte is 0x80 or more where w
// has its high bit set; while none is, a byte is below ' ' where w - ' '
// (every byte minus ' ') wraps around and sets it, and '"' or '\\' where
// w XOR that byte is zero and so wraps when one is subtracted. Without
// such a byte nothing wraps and no high bit is set.
func plain8(w uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	return (w|(w-ones*' ')|(w^(ones*'"')-ones)|(w^(ones*'\\')-ones))&highs == 0
}

// le64 returns the first eight bytes of t as a little-endian word.
func le64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}
