package markup

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestMask(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		src    string
		want   string
	}{
		{"text as is", Text, "a *b* <i>c</i>", "a *b* <i>c</i>"},
		{"md emphasis", Markdown, "A *b* and **c** d.", "A  b  and   c   d."},
		{"md heading", Markdown, "# Title\n\nText.", "  Title\n\nText."},
		{"md link keeps text", Markdown, "See [TASS](https://tass.ru \"t\") now.", "See  TASS                       now."},
		{"md image", Markdown, "A ![alt](x.png) b.", "A               b."},
		{"md inline code", Markdown, "Run `x.y` now.", "Run       now."},
		{"md fenced code", Markdown, "A.\n\n```go\nx := 1\n```\n\nB.", "A.\n\n     \n      \n   \n\nB."},
		{"md front matter", Markdown, "---\ntitle: x\n---\nBody.", "   \n        \n   \nBody."},
		{"md toml front matter", Markdown, "+++\na = 1\n+++\nBody.", "   \n     \n   \nBody."},
		{"md comment", Markdown, "<!-- c -->\n\nA.", "          \n\nA."},
		{"md list markers kept", Markdown, "- one\n- two\n1. three", "- one\n- two\n1. three"},
		{"md blockquote", Markdown, "> Quoted.", "  Quoted."},
		{"md table", Markdown, "| a | b |\n|---|---|\n| c | d |", "  a \n b \n\n         \n  c \n d \n"},
		{"md entity", Markdown, "A &amp; B &ndash; C.", "A &     B –     C."},
		{"md crlf", Markdown, "# T\r\n\r\nA *b*.\r\n", "  T\r\n\r\nA  b .\r\n"},
		{"html tags", HTML, "<p class=\"x\">A <b>b</b>.</p>", "\n            A    b    .\n   "},
		{"html script", HTML, "<script>var a=1;</script>B.", "                         B."},
		{"html code", HTML, "A <code>x.y</code> b.", "A                  b."},
		{"html nested code", HTML, "<pre><code>x</code>\n</pre>y", "\n                  \n\n     y"},
		{"html comment", HTML, "A<!-- x -->B", "A          B"},
		{"html entity", HTML, "A &amp; B&#8212;C &nGt; D", "A &     B—    C &nGt; D"},
		{"html crlf", HTML, "<p>A.</p>\r\n<p>B.</p>", "\n  A.\n   \r\n\n  B.\n   "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Mask(tt.format, []byte(tt.src))
			assert.Equal(t, tt.want, got)
			assert.Len(t, got, len(tt.src))
		})
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]Format{
		"a.md": Markdown, "a.MARKDOWN": Markdown, "a.html": HTML, "x/a.htm": HTML, "a.txt": Text, "a": Text,
	} {
		assert.Equal(t, want, FormatOf(path), path)
	}
	_, err := ParseFormat("rtf")
	assert.ErrorContains(t, err, `unknown input format "rtf"`)
}

// checkMask checks Mask's invariants: the same length, every line break of
// src in place, no new carriage return, and every other byte either kept,
// blanked, or a new line break (HTML; a table cell's pipe in Markdown) or
// a decoded character reference.
func checkMask(t *testing.T, f Format, src []byte) {
	got := Mask(f, src)
	if len(got) != len(src) {
		t.Fatalf("%s: len %d, want %d", f, len(got), len(src))
	}
	for i := range src {
		c, g := src[i], got[i]
		switch {
		case c == '\n' || c == '\r':
			if g != c {
				t.Fatalf("%s: byte %d: line break %q became %q", f, i, c, g)
			}
		case g == '\r':
			t.Fatalf("%s: byte %d: new carriage return", f, i)
		case g == '\n' && f != HTML && !(f == Markdown && c == '|'):
			t.Fatalf("%s: byte %d: new line break", f, i)
		}
	}
	if f == Text && got != string(src) {
		t.Fatalf("text changed")
	}
	if f == Markdown && !strings.Contains(string(src), "&") {
		for i := range src {
			if got[i] != src[i] && got[i] != ' ' && !(src[i] == '|' && got[i] == '\n') {
				t.Fatalf("markdown: byte %d: %q became %q", i, src[i], got[i])
			}
		}
	}
}

func FuzzMask(f *testing.F) {
	for _, s := range []string{
		"# Title\n\nA *b* [c](d) `e`.\n", "---\na: b\n---\n- x\n- y\n", "<p>A &amp; B</p><script>x</script>",
		"> q\r\n> r\r\n", "| a | b |\n|---|---|\n", "<!-- claimtrace-disable -->\n", "&#x1F600; &nGt; &",
		"“Türkiye” — 🙂 Дарчиев", "```\ncode\n```", "<div\nclass='a'>x</div>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fm := range Formats() {
			checkMask(t, fm, []byte(s))
		}
	})
}
