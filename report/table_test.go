package report

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShorten(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"short", "Türkiye", 10, "Türkiye"},
		{"exact width", "abcde", 5, "abcde"},
		{"cut", "abcdef", 5, "abcd…"},
		{"multibyte at the cut", "ab“cd”ef", 5, "ab“c…"},
		{"line breaks folded", "a\r\nb\n  c", 10, "a b c"},
		{"space before the cut trimmed", "abc defgh", 5, "abc…"},
		{"zero width leaves text", "abc", 0, "abc"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Shorten(tt.in, tt.width)
			if got != tt.want {
				t.Errorf("Shorten(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
			}
			if !utf8.ValidString(got) {
				t.Errorf("Shorten(%q, %d) = %q, not valid UTF-8", tt.in, tt.width, got)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteTable(&buf, []Analysis{sample()}); err != nil {
		t.Fatal(err)
	}
	want := `t.txt (publisher: P)

Claims (2)
┌─────┬──────┬───────────┬───────┬──────┬─────────┬──────────────┬────────────────────┐
│ id  │ line │ source    │ sides │ cue  │ stance  │ hedged       │ text               │
├─────┼──────┼───────────┼───────┼──────┼─────────┼──────────────┼────────────────────┤
│ c01 │ 2    │ officials │ US    │ told │ asserts │ scare-quotes │ US & Russia “talk” │
│ c02 │ 2    │ —         │ P     │      │ asserts │              │ It rained.         │
└─────┴──────┴───────────┴───────┴──────┴─────────┴──────────────┴────────────────────┘

Non-claims (1)
┌──────┬─────────┬──────────────────┐
│ line │ kind    │ text             │
├──────┼─────────┼──────────────────┤
│ 1    │ heading │ Talks in Türkiye │
└──────┴─────────┴──────────────────┘

Sides
┌──────┬────────────┬────────┬──────────────────────────┬─────────────────────────┬──────────┬────────────┐
│ side │ attributed │ hedged │ confirmed_by_other_sides │ disputed_by_other_sides │ disputes │ no_comment │
├──────┼────────────┼────────┼──────────────────────────┼─────────────────────────┼──────────┼────────────┤
│ US   │ 1          │ 1      │ 0                        │ 0                       │ 0        │ 0          │
│ P    │ 1          │ 0      │ 0                        │ 0                       │ 0        │ 0          │
└──────┴────────────┴────────┴──────────────────────────┴─────────────────────────┴──────────┴────────────┘
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteTable_twoDocuments(t *testing.T) {
	var buf bytes.Buffer
	a, b := sample(), sample()
	if err := WriteTable(&buf, []Analysis{a, b}); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "t.txt (publisher: P)\n"); n != 2 {
		t.Errorf("got %d document headers, want 2", n)
	}
}

func TestWriteTable_badSpan(t *testing.T) {
	a := sample()
	a.Sentences[0].Span.End = 999
	var buf bytes.Buffer
	if err := WriteTable(&buf, []Analysis{a}); err == nil {
		t.Error("err = nil, want an error")
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes on error, want none", buf.Len())
	}
}
