package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"gopkg.in/neurosnap/sentences.v1"
)

// tokenizeCases are edge cases of the word tokenizer: white space of every
// kind around sentence marks, line and paragraph breaks, invalid UTF-8 and
// the last byte.
var tokenizeCases = []string{
	"", ".", "a", "a.", " a. b", "a. b c d. e", "a\u00a0b. c", "x y\u00a0z. w", "x y\u2028z. w", "x\u0085y. z", "x \xc2\xa0. y",
	"a\n\nb c. d\ne f! g", "one two\nthree\n\nfour? five", "\xe2\xc2\xa0x. y", "\xff \xc2x. y", "p\u3000q.r s", "a b c", "a b c.",
	"x. y z\n", "x. y z \n\n w. v", "tail word.", "tail word .", "A. B. C.", "“Yes.” He left.\n\nThen? No!", "\t\v\f\r x. y",
}

// checkTokenize fails t unless punktWords.Tokenize finds the library's
// tokens in text, with their positions and line and paragraph flags.
func checkTokenize(t *testing.T, text string) {
	t.Helper()
	type tok struct {
		Tok                  string
		Position             int
		ParaStart, LineStart bool
	}
	flat := func(ts []*sentences.Token) []tok {
		var out []tok
		for _, x := range ts {
			out = append(out, tok{x.Tok, x.Position, x.ParaStart, x.LineStart})
		}
		return out
	}
	lib := sentences.NewWordTokenizer(sentences.NewPunctStrings())
	w := &punktWords{DefaultWordTokenizer: *lib, blank: *sentences.NewToken("")}
	for _, only := range []bool{false, true} {
		assert.Equal(t, flat(lib.Tokenize(text, only)), flat(w.Tokenize(text, only)), "Tokenize(%q, %v)", text, only)
	}
}

// TestTokenize_matchesLibrary checks the word tokenizer against the
// library's on edge cases and on the inputs of TestPunkt_matchesProse.
func TestTokenize_matchesLibrary(t *testing.T) {
	for _, text := range tokenizeCases {
		checkTokenize(t, text)
	}
	for name, text := range equalityInputs(t) {
		t.Run(name, func(t *testing.T) { checkTokenize(t, text) })
	}
}

// FuzzTokenize_matchesLibrary checks the same on any input.
func FuzzTokenize_matchesLibrary(f *testing.F) {
	for _, text := range tokenizeCases {
		f.Add(text)
	}
	f.Fuzz(func(t *testing.T, text string) { checkTokenize(t, text) })
}
