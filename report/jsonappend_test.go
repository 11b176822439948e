package report

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// referenceJSON encodes docs with encoding/json, as WriteJSON (indent "  ")
// and JSONLWriter (indent "") promise to write them.
func referenceJSON(t testing.TB, docs []jsonDocument, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	require.NoError(t, enc.Encode(jsonReport{Schema: Schema, Documents: docs}))
	return buf.Bytes()
}

// appendedJSON writes docs with a jsonAppender.
func appendedJSON(t testing.TB, docs []jsonDocument, indent string) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, newJSONAppender(&buf, indent).report(docs))
	return buf.Bytes()
}

// trickyStrings need every escape encoding/json knows, and some it leaves
// alone.
var trickyStrings = []string{
	"",
	"plain ASCII, officials said.",
	`quote " backslash \ slash /`,
	"\b\f\n\r\t",
	"\x00\x01\x07\x0b\x0e\x1b\x1f\x7f",
	"<script>&amp;</script> '",
	"Türkiye — “curly” ‘quotes’ «Дарчиев» 😀",
	"line\u2028separator\u2029paragraph",
	"\ufffd valid replacement character",
	"\xff\xfe invalid bytes",
	"\xe2\x80 truncated, \xe2\x80\xa8 U+2028 raw, \xe2\x80\xa9",
	"\xed\xa0\x80 surrogate, \xc0\xaf overlong, \xf4\x90\x80\x80 too large",
	"at the end \xf0\x9f\x98",
	strings.Repeat("long ", 20000),
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range trickyStrings {
		want, err := json.Marshal(s) // Marshal escapes <, > and &: undo that
		require.NoError(t, err)
		want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
		want = bytes.ReplaceAll(want, []byte(`\u003e`), []byte(">"))
		want = bytes.ReplaceAll(want, []byte(`\u0026`), []byte("&"))
		assert.Equal(t, string(want), string(appendJSONString(nil, s)), "%q", s)
	}
}

// sampleDocuments returns documents that use every field of the JSON types,
// with each optional one both set and unset.
func sampleDocuments() []jsonDocument {
	span := func(n int) jsonSpan { return jsonSpan{n, n + 10, 1, n + 1, 2, -n} }
	cue := "said"
	var cs []jsonClaim
	for i, s := range trickyStrings {
		c := jsonClaim{
			ID: s, Sentence: s + s, Text: s, Span: span(i), Sides: []string{s, "US"}, Stance: "asserts",
			Hedged: i%2 == 0, Hedges: []string{}, Quote: "none", Layout: s,
		}
		if i%2 == 1 {
			c.Source = &jsonSource{Text: s, Type: "official", Span: span(-i), Name: s}
			c.Cue = &cue
			c.Cluster = s + "k"
		}
		if i%4 == 1 {
			c.Source.Via = &jsonConduit{Text: s, Span: span(1 << 30)}
			c.Provenance = []string{"c1", s}
			c.Hedges = []string{"allegedly", s}
		}
		cs = append(cs, c)
	}
	full := jsonDocument{
		Path: "a/\"b\".md", Publisher: "Desk", Claims: cs,
		NonClaims: []jsonNonClaim{{Text: "\x01", Kind: "heading", Span: span(3)}, {Text: "Тема", Kind: "nav", Span: span(4)}},
		Clusters:  []jsonCluster{{ID: "k1", Claims: []string{"c1"}, AssertedBy: []string{}, DisputedBy: []string{"RU"}, NoComment: nil}},
		Sides:     []jsonSide{{"US", 1, 2, 3, 4, 5, 6}, {"Desk", 0, 0, 0, 0, 0, 0}},
		Matrix:    []jsonCell{{"US", "RU", 1, 0, -2}},
	}
	empty := jsonDocument{Path: "e", Publisher: "P", Claims: []jsonClaim{}, NonClaims: []jsonNonClaim{}, Clusters: []jsonCluster{}, Sides: []jsonSide{}}
	return []jsonDocument{full, empty, {}}
}

// TestJSONAppender_report checks the appender against encoding/json,
// indented and compact, on every field and every escape.
func TestJSONAppender_report(t *testing.T) {
	docs := sampleDocuments()
	for _, tc := range []struct {
		name string
		docs []jsonDocument
	}{
		{"no documents", []jsonDocument{}},
		{"one", docs[:1]},
		{"all", docs},
	} {
		for _, indent := range []string{"", "  ", "\t"} {
			t.Run(tc.name+"/"+strings.ReplaceAll(indent, "\t", "tab"), func(t *testing.T) {
				want := referenceJSON(t, tc.docs, indent)
				assert.Equal(t, string(want), string(appendedJSON(t, tc.docs, indent)))
			})
		}
	}
}

// failWriter fails every write after the first n bytes.
type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		return 0, errors.New("disk full")
	}
	w.n -= len(p)
	return len(p), nil
}

func TestJSONAppender_report_writeError(t *testing.T) {
	docs := sampleDocuments()
	for len(docs[0].Claims) < 1000 { // more than flushAt bytes
		docs[0].Claims = append(docs[0].Claims, docs[0].Claims...)
	}
	err := newJSONAppender(&failWriter{n: flushAt * 2}, "  ").report(docs)
	assert.ErrorContains(t, err, "write json: disk full")
}

// FuzzJSONAppender writes documents built from arbitrary strings and
// numbers with the appender and with encoding/json, indented and compact,
// and requires the same bytes.
func FuzzJSONAppender(f *testing.F) {
	for i, s := range trickyStrings[:len(trickyStrings)-1] {
		f.Add(s, trickyStrings[len(trickyStrings)-2-i], i*7919-100, uint8(i*37))
	}
	f.Fuzz(func(t *testing.T, s1, s2 string, n int, flags uint8) {
		on := func(bit int) bool { return flags&(1<<bit) != 0 }
		span := jsonSpan{n, -n, n >> 3, n & 0xff, n * 3, n ^ 0x55}
		c := jsonClaim{
			ID: s1, Sentence: s1 + s2, Text: s2, Span: span, Sides: []string{s2}, Stance: s1,
			Hedged: on(0), Quote: s2, Layout: s1,
		}
		if on(1) {
			c.Source = &jsonSource{Text: s2, Type: s1, Span: span, Name: s1 + s2}
			if on(2) {
				c.Source.Via = &jsonConduit{Text: s1, Span: span}
			}
		}
		if on(3) {
			c.Cue = &s2
			c.Hedges = []string{s1, s2}
		}
		if on(4) {
			c.Cluster = s1
			c.Provenance = []string{s2}
		}
		d := jsonDocument{
			Path: s1, Publisher: s2, Claims: []jsonClaim{c, c},
			NonClaims: []jsonNonClaim{{Text: s1, Kind: s2, Span: span}},
			Clusters:  []jsonCluster{{ID: s2, Claims: []string{s1}, AssertedBy: []string{}, DisputedBy: []string{s2, s1}}},
			Sides:     []jsonSide{{s1, n, -n, n, 0, 1, n >> 1}},
		}
		if on(5) {
			d.Matrix = []jsonCell{{s1, s2, n, -n, 0}}
		}
		if on(6) {
			d.NonClaims, d.Clusters = nil, []jsonCluster{}
		}
		docs := []jsonDocument{d}
		if on(7) {
			docs = append(docs, d)
		}
		for _, indent := range []string{"  ", ""} {
			want := referenceJSON(t, docs, indent)
			if got := appendedJSON(t, docs, indent); !bytes.Equal(got, want) {
				t.Fatalf("indent %q:\ngot  %q\nwant %q", indent, got, want)
			}
		}
	})
}

// TestPlainBytes checks plainBytes against a byte at a time, with every
// byte value at every place of a word, alone among plain bytes and before
// another byte JSON escapes.
func TestPlainBytes(t *testing.T) {
	want := func(b []byte) int {
		for i, c := range b {
			if c < ' ' || c >= 0x80 || c == '"' || c == '\\' {
				return i
			}
		}
		return len(b)
	}
	for _, base := range []string{"abcdefgh", " ~!#[]{}", "!!!!!!!!", "\x1f\x1f\x1f\x1f\x1f\x1f\x1f\x1f", "\"\"\"\"\"\"\"\"", "\xff\xff\xff\xff\xff\xff\xff\xff"} {
		for at := range 8 {
			for c := range 256 {
				b := []byte("abcdefgh")
				copy(b[at+1:], base[at+1:]) // what follows the byte at at
				b[at] = byte(c)
				if got, w := plainBytes(le64(string(b))), want(b); got != w {
					t.Fatalf("plainBytes(%q) = %d, want %d", b, got, w)
				}
			}
		}
	}
}

// TestTail8 checks tail8 at every offset of strings of every length up to
// 20 that leaves fewer than eight bytes: those bytes, then spaces.
func TestTail8(t *testing.T) {
	s := "\x00\x01\xff\xfe\"\\ab\x80\x7fcdefghijklm"
	for n := 1; n <= len(s); n++ {
		for i := max(0, n-7); i < n; i++ {
			want := []byte(s[i:n] + "        ")[:8]
			if got := binary.LittleEndian.AppendUint64(nil, tail8(s[:n], i)); string(got) != string(want) {
				t.Fatalf("tail8(%q, %d) = %q, want %q", s[:n], i, got, want)
			}
		}
	}
}

// TestAppendJSONString_everyPlace puts every byte value and the characters
// that need care, valid and not, at every place of plain strings up to 19
// bytes long (across word ends and the padded tail) and checks the quoting
// against encoding/json, with its HTML escapes undone.
func TestAppendJSONString_everyPlace(t *testing.T) {
	var inserts []string
	for c := range 256 {
		inserts = append(inserts, string([]byte{byte(c)}))
	}
	inserts = append(inserts, "é", "“", "—", "\u2028", "\u2029", "\u2027", "\u202a", "\ufffd", "😀", "Д",
		"\xe2\x80", "\xe2\x80\xa8\xa9", "\xf0\x9f\x98", "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\"\\\n\x00")
	const plain = "The Kremlin said so"
	for n := 0; n <= len(plain); n++ {
		for at := 0; at <= n; at++ {
			for _, in := range inserts {
				s := plain[:at] + in + plain[at:n]
				want, err := json.Marshal(s)
				require.NoError(t, err)
				want = bytes.ReplaceAll(want, []byte(`\u003c`), []byte("<"))
				want = bytes.ReplaceAll(want, []byte(`\u003e`), []byte(">"))
				want = bytes.ReplaceAll(want, []byte(`\u0026`), []byte("&"))
				if got := appendJSONString([]byte("x"), s); string(got[1:]) != string(want) {
					t.Fatalf("appendJSONString(%q) = %s, want %s", s, got[1:], want)
				}
			}
		}
	}
}

func TestAppendInt(t *testing.T) {
	ns := []int{-1e12, -10, -1, 1<<63 - 1, -1 << 63}
	for n := range 100_000 {
		ns = append(ns, n)
	}
	for n := 1; n < 1e8; n = n*7 + 3 {
		ns = append(ns, n, 1e8-n, n*3)
	}
	for p := 1; p < 1e18; p *= 10 {
		ns = append(ns, p-1, p, p+1, 2*p, 9*p+p-1)
	}
	for _, n := range ns {
		want := strconv.AppendInt([]byte("x"), int64(n), 10)
		if got := appendInt([]byte("x"), n); string(got) != string(want) {
			t.Fatalf("appendInt(%d) = %q, want %q", n, got, want)
		}
	}
}
