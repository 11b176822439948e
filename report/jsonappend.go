package report

import (
	"encoding/binary"
	"fmt"
	"io"
	"math/bits"
	"strconv"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
)

// jsonAppender writes the claimtrace/v1 JSON by hand, byte for byte as
// json.Encoder with SetEscapeHTML(false) and SetIndent("", indent) writes
// the json* types, but without reflection or a second pass to indent, which
// made WriteJSON several times slower on a 5 MB document. It writes to out
// in chunks of about flushAt bytes; the first write error sticks.
// TestJSONAppender_report and FuzzJSONAppender hold it to encoding/json.
type jsonAppender struct {
	buf        []byte
	out        io.Writer
	err        error         // the first write error
	indent     string        // one level of indentation; "" writes compact JSON
	seps       []byte        // ",\n" (just "," in compact JSON) and indent, repeated for the deepest level so far
	sep        []byte        // what precedes a member but the first: seps up to the current depth
	depth      int           // open objects and arrays
	empty      bool          // the innermost open object or array has no member yet
	depthTexts []*depthTexts // by depth, made on demand
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
func (a *jsonAppender) null()        { a.buf = append(a.buf, "null"...) }

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
	switch {
	case d.analysis != nil:
		a.open('[')
		doc, cur := d.analysis.Doc, d.analysis.Doc.Cursor()
		for i := range d.analysis.Sentences {
			if s := &d.analysis.Sentences[i]; s.NonClaim != claims.NotNonClaim {
				a.elem()
				n := newJSONNonClaim(doc, &cur, s)
				a.nonClaim(&n)
			}
		}
		a.close(']')
	case d.NonClaims == nil:
		a.null()
	default:
		a.open('[')
		for i := range d.NonClaims {
			a.elem()
			a.nonClaim(&d.NonClaims[i])
		}
		a.close(']')
	}
	a.key("clusters")
	switch {
	case d.clusters != nil:
		a.open('[')
		for i := range d.clusters {
			k := jsonCluster(d.clusters[i])
			a.cluster(&k)
		}
		a.close(']')
	case d.Clusters == nil:
		a.null()
	default:
		a.open('[')
		for i := range d.Clusters {
			a.cluster(&d.Clusters[i])
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

// cluster writes k, an element of the clusters array, from the texts of
// its depth, as claim does.
func (a *jsonAppender) cluster(k *jsonCluster) {
	a.elem()
	t, in := a.texts(a.depth), a.texts(a.depth+1)
	kt := &t.cluster
	buf := append(a.buf, kt.id...)
	buf = appendJSONString(buf, k.ID)
	buf = append(buf, kt.claims...)
	buf = in.list.strs(buf, k.Claims)
	buf = append(buf, kt.assertedBy...)
	buf = in.list.strs(buf, k.AssertedBy)
	buf = append(buf, kt.disputedBy...)
	buf = in.list.strs(buf, k.DisputedBy)
	buf = append(buf, kt.noComment...)
	buf = in.list.strs(buf, k.NoComment)
	a.buf = append(buf, kt.end...)
}

// claim writes c, an element of the claims array, from the texts of its
// depth: each member's separator and key in one piece, not key by key.
func (a *jsonAppender) claim(c *jsonClaim) {
	t, in := a.texts(a.depth), a.texts(a.depth+1)
	ct := &t.claim
	buf := append(a.buf, ct.id...)
	buf = appendJSONString(buf, c.ID)
	buf = append(buf, ct.sentence...)
	from := len(buf)
	buf = appendJSONString(buf, c.Sentence)
	sentence := buf[from:]
	buf = append(buf, ct.text...)
	if c.Text == c.Sentence {
		buf = append(buf, sentence...) // quoted already
	} else {
		buf = appendJSONString(buf, c.Text)
	}
	buf = append(buf, ct.span...)
	buf = in.span.append(buf, c.Span)
	buf = append(buf, ct.source...)
	if s := c.Source; s == nil {
		buf = append(buf, "null"...)
	} else {
		buf = a.source(buf, s, in)
	}
	buf = append(buf, ct.sourceType...)
	buf = appendJSONString(buf, c.SourceType)
	buf = append(buf, ct.sides...)
	buf = in.list.strs(buf, c.Sides)
	buf = append(buf, ct.cue...)
	if c.Cue == nil {
		buf = append(buf, "null"...)
	} else {
		buf = appendJSONString(buf, *c.Cue)
	}
	buf = append(buf, ct.stance...)
	buf = appendJSONString(buf, c.Stance)
	buf = append(buf, ct.hedged...)
	buf = strconv.AppendBool(buf, c.Hedged)
	buf = append(buf, ct.hedges...)
	buf = in.list.strs(buf, c.Hedges)
	buf = append(buf, ct.quote...)
	buf = appendJSONString(buf, c.Quote)
	buf = append(buf, ct.layout...)
	buf = appendJSONString(buf, c.Layout)
	if c.Cluster != "" {
		buf = append(buf, ct.cluster...)
		buf = appendJSONString(buf, c.Cluster)
	}
	if len(c.Provenance) > 0 {
		buf = append(buf, ct.provenance...)
		buf = in.list.strs(buf, c.Provenance)
	}
	a.buf = append(buf, ct.end...)
}

// nonClaim writes n, an element of the non-claims array.
func (a *jsonAppender) nonClaim(n *jsonNonClaim) {
	nt, in := &a.texts(a.depth).nonClaim, a.texts(a.depth+1)
	buf := append(a.buf, nt.text...)
	buf = appendJSONString(buf, n.Text)
	buf = append(buf, nt.kind...)
	buf = appendJSONString(buf, n.Kind)
	buf = append(buf, nt.span...)
	buf = in.span.append(buf, n.Span)
	a.buf = append(buf, nt.end...)
}

// source appends s, the source of a claim, written at the depth whose
// texts are t.
func (a *jsonAppender) source(buf []byte, s *jsonSource, t *depthTexts) []byte {
	in := a.texts(a.depth + 2)
	st := &t.source
	buf = append(buf, st.text...)
	buf = appendJSONString(buf, s.Text)
	buf = append(buf, st.typ...)
	buf = appendJSONString(buf, s.Type)
	buf = append(buf, st.span...)
	buf = in.span.append(buf, s.Span)
	buf = append(buf, st.name...)
	buf = appendJSONString(buf, s.Name)
	if v := s.Via; v != nil {
		vt := &in.via
		buf = append(buf, st.via...)
		buf = append(buf, vt.text...)
		buf = appendJSONString(buf, v.Text)
		buf = append(buf, vt.span...)
		buf = a.texts(a.depth+3).span.append(buf, v.Span)
		buf = append(buf, vt.end...)
	}
	return append(buf, st.end...)
}

// depthTexts holds the fixed text of the values written at one depth (the
// depth of the object or array they are members of): all of them but
// their strings and numbers. Writing a claim from them, not member by
// member, saves most of the work of its twenty-odd keys.
type depthTexts struct {
	span     spanText
	claim    claimText
	source   sourceText
	via      conduitText
	nonClaim nonClaimText
	cluster  clusterText
	list     listText
}

// The texts of objects: each field holds what precedes the value of the
// member of that name, and end what closes the object. The first member's
// text opens the object; every other's begins with the comma that
// separates it from the member before, so that an optional member is left
// out by skipping its text and value.
type (
	// spanText is the text of a jsonSpan; before[i] precedes its i-th
	// number.
	spanText struct {
		before [6][]byte
		end    []byte
	}
	// claimText is the text of a jsonClaim.
	claimText struct {
		id, sentence, text, span, source, sourceType, sides, cue, stance, hedged, hedges, quote, layout, cluster, provenance, end []byte
	}
	// sourceText is the text of a jsonSource.
	sourceText struct {
		text, typ, span, name, via, end []byte
	}
	// conduitText is the text of a jsonConduit.
	conduitText struct {
		text, span, end []byte
	}
	// nonClaimText is the text of a jsonNonClaim.
	nonClaimText struct {
		text, kind, span, end []byte
	}
	// clusterText is the text of a jsonCluster.
	clusterText struct {
		id, claims, assertedBy, disputedBy, noComment, end []byte
	}
)

// listText is the text of a list of strings: first opens it and precedes
// the first element, sep precedes each other element, end closes it.
type listText struct {
	first, sep, end []byte
}

// strs appends list: null for nil, [] when empty.
func (l *listText) strs(buf []byte, list []string) []byte {
	switch {
	case list == nil:
		return append(buf, "null"...)
	case len(list) == 0:
		return append(buf, '[', ']')
	}
	buf = append(buf, l.first...)
	buf = appendJSONString(buf, list[0])
	for _, s := range list[1:] {
		buf = append(buf, l.sep...)
		buf = appendJSONString(buf, s)
	}
	return append(buf, l.end...)
}

// append appends s.
func (l *spanText) append(buf []byte, s jsonSpan) []byte {
	for i, n := range [...]int{s.Start, s.End, s.Line, s.Column, s.EndLine, s.EndColumn} {
		buf = append(buf, l.before[i]...)
		buf = appendInt(buf, n)
	}
	return append(buf, l.end...)
}

// member names a member of an object and where its text goes.
type member struct {
	key  string
	text *[]byte
}

// texts returns the texts of values written at depth, made on the first
// call for each depth.
func (a *jsonAppender) texts(depth int) *depthTexts {
	for len(a.depthTexts) <= depth {
		a.depthTexts = append(a.depthTexts, nil)
	}
	if t := a.depthTexts[depth]; t != nil {
		return t
	}
	t := &depthTexts{}
	buf, empty, at := a.buf, a.empty, a.depth
	// The texts are slices of one buffer, which appending may move: a
	// slice taken before still holds its bytes.
	a.buf = make([]byte, 0, 1024)
	a.setDepth(depth)
	s := &t.span
	s.end = a.objectText(member{"start", &s.before[0]}, member{"end", &s.before[1]}, member{"line", &s.before[2]},
		member{"column", &s.before[3]}, member{"end_line", &s.before[4]}, member{"end_column", &s.before[5]})
	c := &t.claim
	c.end = a.objectText(member{"id", &c.id}, member{"sentence", &c.sentence}, member{"text", &c.text}, member{"span", &c.span},
		member{"source", &c.source}, member{"source_type", &c.sourceType}, member{"sides", &c.sides}, member{"cue", &c.cue},
		member{"stance", &c.stance}, member{"hedged", &c.hedged}, member{"hedges", &c.hedges}, member{"quote", &c.quote},
		member{"layout", &c.layout}, member{"cluster", &c.cluster}, member{"provenance", &c.provenance})
	o := &t.source
	o.end = a.objectText(member{"text", &o.text}, member{"type", &o.typ}, member{"span", &o.span}, member{"name", &o.name}, member{"via", &o.via})
	v := &t.via
	v.end = a.objectText(member{"text", &v.text}, member{"span", &v.span})
	n := &t.nonClaim
	n.end = a.objectText(member{"text", &n.text}, member{"kind", &n.kind}, member{"span", &n.span})
	k := &t.cluster
	k.end = a.objectText(member{"id", &k.id}, member{"claims", &k.claims}, member{"asserted_by", &k.assertedBy},
		member{"disputed_by", &k.disputedBy}, member{"no_comment", &k.noComment})
	l := &t.list
	from := len(a.buf)
	a.open('[')
	a.member()
	l.first, from = a.buf[from:], len(a.buf)
	a.member()
	l.sep, from = a.buf[from:], len(a.buf)
	a.close(']')
	l.end = a.buf[from:]
	a.buf, a.empty = buf, empty
	a.setDepth(at)
	a.depthTexts[depth] = t
	return t
}

// objectText appends an object written at the current depth without its
// values, as open, key and close write it, sets each member's text to its
// part, and returns the part that closes the object.
func (a *jsonAppender) objectText(members ...member) []byte {
	from := len(a.buf)
	a.open('{')
	for _, m := range members {
		a.key(m.key)
		*m.text, from = a.buf[from:], len(a.buf)
	}
	a.close('}')
	return a.buf[from:]
}

// appendInt appends n in decimal, as strconv.AppendInt(dst, n, 10) does.
// The digits of a number from 0 to 10⁸-1 (every offset, line and column
// of a document under 100 MB) are made at once in one word, with no
// division but by 10⁴ and no loop or call: spans' numbers were a sixth of
// WriteJSON's time.
func appendInt(dst []byte, n int) []byte {
	if n < 0 || n >= 1e8 {
		return strconv.AppendInt(dst, int64(n), 10)
	}
	w := digits8(uint64(n))
	z := min(bits.TrailingZeros64(w)/8, 7) // leading zeros, but the last digit
	dst = binary.LittleEndian.AppendUint64(dst, (w+ones*'0')>>(8*z))
	return dst[:len(dst)-z]
}

// ones has 1 in every byte of a word.
const ones = 0x0101010101010101

// digits8 returns the eight decimal digits of n, below 10⁸, as the bytes
// of a little-endian word, the first (most significant) lowest. It splits
// n into two halves of four digits, each in 32 bits of the word, the
// halves into two digits each in 16 bits, and those into one each in 8:
// each step divides every part at once, by multiplying by a fixed-point
// reciprocal that is exact over the part's range (x*5243>>19 is x/100 for
// x < 10⁴, x*103>>10 is x/10 for x < 100), with the quotient going to the
// lower (earlier) part and the remainder to the higher.
func digits8(n uint64) uint64 {
	w := n/1e4 | n%1e4<<32
	q := w * 5243 >> 19 & 0x0000007f_0000007f
	w = q | (w-q*100)<<16
	q = w * 103 >> 10 & 0x000f_000f_000f_000f
	return q | (w-q*10)<<8
}

// appendJSONString appends s quoted as encoding/json quotes a string with
// HTML escaping off (appendString in encoding/json/encode.go, Go 1.26):
// '"' and '\\' behind a backslash; \b, \f, \n, \r and \t by name; other
// bytes below 0x20 as \u00xx (lowercase hex); each byte of invalid UTF-8 as
// \ufffd; U+2028 and U+2029 as \u2028 and \u2029; all else, '<', '>' and
// '&' included, as is. It checks eight bytes at a time and copies each run
// of characters written as they are whole, leaving the rest to
// appendSpecial one at a time.
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	if n := len(s); n > 0 && n < 16 {
		// Most strings (ids, stances, names) are short and need no
		// escape: they go in as one word, or two that overlap.
		var first, last uint64 // s[:8] and s[n-8:], or s and spaces
		if n >= 8 {
			first, last = le64(s), le64(s[n-8:])
		} else {
			first = tail8(s, 0)
			last = first
		}
		if special8(first)|special8(last) == 0 {
			dst = binary.LittleEndian.AppendUint64(dst, first)
			if n >= 8 {
				dst = binary.LittleEndian.AppendUint64(dst[:len(dst)-16+n], last)
			}
			return append(dst[:len(dst)-8+min(n, 8)], '"')
		}
	}
	start := 0 // s[start:i] is plain and not yet appended
	for i := 0; ; {
		for len(s)-i >= 8 && special8(le64(s[i:])) == 0 {
			i += 8
		}
		var k int // plain bytes from i
		if n := len(s) - i; n >= 8 {
			k = plainBytes(le64(s[i:]))
		} else if k = n; n > 0 {
			k = min(plainBytes(tail8(s, i)), n)
		}
		if i += k; i == len(s) {
			dst = append(dst, s[start:]...)
			return append(dst, '"')
		}
		if s[i] >= utf8.RuneSelf { // most such characters join the run
			if r, size := utf8.DecodeRuneInString(s[i:]); size > 1 && r != '\u2028' && r != '\u2029' {
				i += size
				continue
			}
		}
		dst = append(dst, s[start:i]...)
		dst, i = appendSpecial(dst, s, i)
		start = i
	}
}

// appendSpecial appends the character of s at i (a byte of invalid UTF-8
// counting as one) quoted as appendJSONString quotes it, and returns the
// offset of the next.
func appendSpecial(dst []byte, s string, i int) ([]byte, int) {
	const hex = "0123456789abcdef"
	b := s[i]
	if b < utf8.RuneSelf {
		switch {
		case b == '"' || b == '\\':
			dst = append(dst, '\\', b)
		case b == '\b':
			dst = append(dst, '\\', 'b')
		case b == '\f':
			dst = append(dst, '\\', 'f')
		case b == '\n':
			dst = append(dst, '\\', 'n')
		case b == '\r':
			dst = append(dst, '\\', 'r')
		case b == '\t':
			dst = append(dst, '\\', 't')
		case b < ' ':
			dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
		default:
			dst = append(dst, b)
		}
		return dst, i + 1
	}
	r, size := utf8.DecodeRuneInString(s[i:])
	switch {
	case r == utf8.RuneError && size == 1:
		dst = append(dst, `\ufffd`...)
	case r == '\u2028' || r == '\u2029':
		dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
	default:
		dst = append(dst, s[i:i+size]...)
	}
	return dst, i + size
}

// tail8 returns the last len(s)-i bytes of s, fewer than eight, as a
// little-endian word that spaces, which JSON writes as they are, fill.
// It reads them in at most two loads that may overlap, where their bytes
// agree: with i, the last eight bytes of s; else two of four, two or one.
func tail8(s string, i int) uint64 {
	const spaces = 0x2020202020202020
	n := len(s) - i
	var w uint64
	switch {
	case len(s) >= 8:
		w = le64(s[len(s)-8:]) >> (64 - 8*n)
	case n >= 4:
		w = uint64(le32(s[i:])) | uint64(le32(s[len(s)-4:]))<<(8*(n-4))
	case n >= 2:
		w = uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[len(s)-2])<<(8*(n-2)) | uint64(s[len(s)-1])<<(8*(n-1))
	default:
		w = uint64(s[i])
	}
	return w | spaces<<(8*n)
}

// plainBytes returns how many of the bytes of w, a word read by le64,
// are, from the first, ASCII that JSON writes as it is: 8 when all are.
func plainBytes(w uint64) int { return bits.TrailingZeros64(special8(w)) / 8 }

// special8 returns the high bits of the bytes of w, a word read by le64,
// that JSON does not write as they are (those below ' ' or from 0x80 on,
// '"' and '\\'), and maybe of some bytes after them, but of none before: a
// byte is 0x80 or more where w has its high bit set; a byte below ' ' sets
// it in w - ' ' (every byte minus ' '), where it wraps around, and '"' or
// '\\' sets it where w XOR that byte, zero, wraps when one is subtracted.
// Bytes before the first such one wrap in none of these, so they borrow
// nothing from the bytes after them and set no high bit: the lowest high
// bit set is that of the first byte JSON does not write as it is.
func special8(w uint64) uint64 {
	const highs = 0x8080808080808080
	return (w | (w - ones*' ') | (w ^ (ones * '"') - ones) | (w ^ (ones * '\\') - ones)) & highs
}

// le32 returns the first four bytes of t as a little-endian word.
func le32(t string) uint32 {
	_ = t[3]
	return uint32(t[0]) | uint32(t[1])<<8 | uint32(t[2])<<16 | uint32(t[3])<<24
}

// le64 returns the first eight bytes of t as a little-endian word.
func le64(t string) uint64 {
	_ = t[7]
	return uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
		uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
}
