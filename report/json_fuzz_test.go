package report

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
)

// jsonReport is the top level of WriteJSON's output, for decoding it back.
type jsonReport struct {
	Schema    string         `json:"schema"`
	Documents []jsonDocument `json:"documents"`
}

// FuzzWriteJSON runs any text through the whole pipeline (splitter, tagger,
// clusterer; as Markdown when markdown is set) and checks WriteJSON's output:
// it is byte for byte what encoding/json writes for the same document (and
// so is JSONLWriter's compact line), it parses into the typed structs with
// no unknown field, re-encoding those gives the same bytes, every span is in bounds with input[start:end] equal
// to the reported text (invalid UTF-8 bytes read as U+FFFD, as JSON must
// write them), line and column agree with the offsets, and a second run over
// the same input writes the same bytes.
func FuzzWriteJSON(f *testing.F) {
	for _, s := range []string{
		"",
		" \n\t\r\n",
		"The Kremlin said that talks had stalled.",
		"“We are ready,” said Peskov. “Are you?”\r\n\r\nPrices rose, officials said.\rEnd.",
		"According to TASS, it was reported by RIA Novosti that the sides “agreed”.",
		"# Talks\n\n> “No,” Zelensky said.\n\n```\ncode \"x,\" he said.\n```\n",
		"\xef\xbb\xbfA BOM, then text, officials said.",
		"\xff\xfe s\x00a\x00i\x00d\x00 “\x00",
		"Türkiye’s envoy — Дарчиев — said: “«Nested» ‘quotes’ here.”",
		"“““““““““ ”””",
	} {
		f.Add(s, false)
		f.Add(s, true)
	}
	if b, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt")); err == nil {
		f.Add(string(b), false)
	}
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	seg, err := claims.NewSegmenter()
	if err != nil {
		f.Fatal(err)
	}
	var sideOrder []string
	for _, s := range lex.Sides {
		sideOrder = append(sideOrder, s.Name)
	}
	var topics []claims.Topic
	for _, t := range lex.Topics {
		topics = append(topics, claims.Topic{Name: t.Name, Phrases: t.Phrases})
	}
	analyse := func(t *testing.T, text string, markdown bool) []byte {
		t.Helper()
		doc := claims.NewDocument("fuzz.md", []byte(text))
		if markdown {
			doc.Analysis, _, _ = markup.Scan(markup.Markdown, []byte(text))
		}
		sents, err := seg.Split(doc)
		if err != nil {
			t.Fatalf("split: %v", err)
		}
		tg := attribution.New(lex, attribution.Config{Publisher: "Desk"})
		cs := tg.Tag(doc, sents)
		claims.NewClusterer(topics).Cluster(doc, cs)
		var buf bytes.Buffer
		a := Analysis{Doc: doc, Publisher: "Desk", Sentences: sents, Claims: cs, SideOrder: sideOrder}
		if err := WriteJSON(&buf, []Analysis{a}); err != nil {
			t.Fatalf("WriteJSON: %v", err)
		}
		d, err := newJSONDocument(&a)
		if err != nil {
			t.Fatal(err)
		}
		d = d.withClaims()
		if want := referenceJSON(t, []jsonDocument{d}, "  "); !bytes.Equal(buf.Bytes(), want) {
			t.Fatalf("WriteJSON differs from encoding/json:\n%s\n---\n%s", buf.Bytes(), want)
		}
		var line bytes.Buffer
		if err := NewJSONLWriter(&line).Write(&a); err != nil {
			t.Fatalf("JSONLWriter: %v", err)
		}
		if want := referenceJSON(t, []jsonDocument{d}, ""); !bytes.Equal(line.Bytes(), want) {
			t.Fatalf("JSONLWriter differs from encoding/json:\n%s\n---\n%s", line.Bytes(), want)
		}
		return buf.Bytes()
	}
	f.Fuzz(func(t *testing.T, text string, markdown bool) {
		out := analyse(t, text, markdown)
		if again := analyse(t, text, markdown); !bytes.Equal(out, again) {
			t.Fatalf("two runs differ:\n%s\n---\n%s", out, again)
		}
		if !json.Valid(out) {
			t.Fatalf("invalid JSON:\n%s", out)
		}
		var r jsonReport
		dec := json.NewDecoder(bytes.NewReader(out))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("decode into the typed structs: %v\n%s", err, out)
		}
		var re bytes.Buffer
		enc := json.NewEncoder(&re)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(r); err != nil {
			t.Fatal(err)
		}
		// Invalid UTF-8 bytes are written as "\ufffd" escapes but re-encode
		// as the character itself; otherwise the bytes must match.
		if utf8.ValidString(text) && !bytes.Equal(re.Bytes(), out) {
			t.Fatalf("round trip changed the bytes:\n%s\n---\n%s", out, re.Bytes())
		}
		var r2 jsonReport
		if err := json.Unmarshal(re.Bytes(), &r2); err != nil || !reflect.DeepEqual(r, r2) {
			t.Fatalf("round trip changed the report (%v):\n%s\n---\n%s", err, out, re.Bytes())
		}
		if r.Schema != Schema || len(r.Documents) != 1 {
			t.Fatalf("schema %q, %d documents", r.Schema, len(r.Documents))
		}
		pos := newRefPositions(text)
		d := r.Documents[0]
		for _, c := range d.Claims {
			pos.check(t, "claim "+c.ID, c.Span, c.Text)
			if c.Source != nil {
				pos.check(t, "claim "+c.ID+" source", c.Source.Span, c.Source.Text)
				if c.Source.Via != nil {
					pos.check(t, "claim "+c.ID+" via", c.Source.Via.Span, c.Source.Via.Text)
				}
			}
			if !strings.Contains(c.Sentence, c.Text) {
				t.Fatalf("claim %s: text %q not in its sentence %q", c.ID, c.Text, c.Sentence)
			}
		}
		prev := -1
		for _, n := range d.NonClaims {
			pos.check(t, "non-claim", n.Span, n.Text)
			if n.Span.Start < prev {
				t.Fatalf("non-claims out of order at %+v", n.Span)
			}
			prev = n.Span.Start
		}
	})
}

// refPositions computes lines and columns independently of claims.Document:
// a line ends at "\n", "\r\n" or a lone "\r"; a column counts characters,
// an invalid byte as one.
type refPositions struct {
	text string
}

func newRefPositions(text string) refPositions { return refPositions{text} }

// position returns the 1-based line and column of byte offset off.
func (p refPositions) position(off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch p.text[i] {
		case '\n':
			line, start = line+1, i+1
		case '\r':
			if i+1 < len(p.text) && p.text[i+1] == '\n' {
				if i+1 == off { // between "\r" and "\n": still on this line
					break
				}
				i++
			}
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCountInString(p.text[start:off]) + 1
}

// check fails t unless s is in bounds, text is the input it covers (as JSON
// writes it) and its lines and columns are those of its offsets.
func (p refPositions) check(t *testing.T, what string, s jsonSpan, text string) {
	t.Helper()
	if s.Start < 0 || s.End < s.Start || s.End > len(p.text) {
		t.Fatalf("%s: span %+v outside the input (%d bytes)", what, s, len(p.text))
	}
	if want := jsonText(p.text[s.Start:s.End]); text != want {
		t.Fatalf("%s: text %q, input[%d:%d] is %q", what, text, s.Start, s.End, want)
	}
	if l, c := p.position(s.Start); l != s.Line || c != s.Column {
		t.Fatalf("%s: start %d at %d:%d, want %d:%d", what, s.Start, s.Line, s.Column, l, c)
	}
	if l, c := p.position(s.End); l != s.EndLine || c != s.EndColumn {
		t.Fatalf("%s: end %d at %d:%d, want %d:%d", what, s.End, s.EndLine, s.EndColumn, l, c)
	}
}

// jsonText is s as encoding/json decodes it back: each invalid UTF-8 byte
// becomes U+FFFD.
func jsonText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		b.WriteRune(r) // ranging yields U+FFFD for each invalid byte
	}
	return b.String()
}
