package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestDocument_Position(t *testing.T) {
	tests := []struct {
		name string
		text string
		off  int
		want Position
	}{
		{"start", "abc", 0, Position{0, 1, 1}},
		{"first line", "abc\ndef", 2, Position{2, 1, 3}},
		{"LF: next line", "abc\ndef", 4, Position{4, 2, 1}},
		{"LF: on the break", "abc\ndef", 3, Position{3, 1, 4}},
		{"CRLF: next line", "abc\r\ndef", 5, Position{5, 2, 1}},
		{"CRLF: between CR and LF", "abc\r\ndef", 4, Position{4, 1, 5}},
		{"CRLF: third line", "a\r\nb\r\ncd", 7, Position{7, 3, 2}},
		{"lone CR", "abc\rdef", 5, Position{5, 2, 2}},
		{"CR CR", "a\r\rb", 3, Position{3, 3, 1}},
		{"LF CR", "a\n\rb", 3, Position{3, 3, 1}},
		{"multibyte: Türkiye", "in Türkiye.", len("in Türkiye"), Position{len("in Türkiye"), 1, 11}},
		{"multibyte: curly quotes and em dash", "x\n“talks” — end", len("x\n“talks” — "), Position{len("x\n“talks” — "), 2, 11}},
		{"invalid byte counts as one", "a\xffb", 2, Position{2, 1, 3}},
		{"offset at end", "abc\ndef", 7, Position{7, 2, 4}},
		{"offset at end after newline", "abc\n", 4, Position{4, 2, 1}},
		{"empty text", "", 0, Position{0, 1, 1}},
		{"past the end is clamped", "ab", 9, Position{2, 1, 3}},
		{"negative is clamped", "ab", -1, Position{0, 1, 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := NewDocument("test.txt", []byte(tt.text))
			assert.Equal(t, tt.want, doc.Position(tt.off))
		})
	}
}
