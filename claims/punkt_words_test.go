package claims

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
)

// The regular expressions prose's Punkt customisation used, which
// hasDottedAbbr and hasEllipsis replace.
var (
	proseAbbrRE     = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	proseEllipsisRE = regexp.MustCompile(`(?:\.\s?){2,}\.`)
	proseEntitiesRE = regexp.MustCompile(`Yahoo!`)
)

// punktTokenCases are tokens on which the hand-written token tests must
// agree with the library and with prose's expressions: numbers in every
// shape the library's `-?[\.,]?\d[\d,\.-]*\.?$` knows, initials,
// abbreviations, ellipses, Unicode letters and digits, invalid UTF-8.
var punktTokenCases = []string{
	"", ".", "..", "...", "....", ". .", ". . .", ".. .", ".  . .", ".\t.\n.", ".\v.\v.", ".\f.\r.", ". . ,",
	"a", "A", "a.", "A.", "z.", "Z.", "é.", "ß.", "1.", "_.", "ab.", "a..", "A.B", "A.B.", "a.b.c.", "a.bc.", "x_.y.", "_._.",
	"U.S.", "U.S.A.", "u.s.", "F.B.I.", "e.g.", "i.e.,", "Ph.D.", "a.m.", "p.m.)", "Mr.", "Mrs.", "St.", "No.", "Gov.",
	"0", "7", "-", "-1", "-.5", "-,5", ",5", ".5", "--5", "-.-5", "5-", "5--", "1,000", "1,000.", "1.5.", "1.5..", "12:30",
	"12:30.", "3rd", "3rd.", "a1", "a1.", "ab-3", "x-,3", "x.-3", "x,.3", "$5.00", "€5", "5%", "(5)", "5)", "5.”", "1990s.",
	"2025-04-09", "04/09/2025.", "v1.2.3", "v1.2.3-rc1", "٣", "٣.", "１", "１.", "²", "Ⅻ.", "-٣",
	"İstanbul", "İ.", "K.", "ǅ.", "Σ.", "ΣΑΣ", "Türkiye.", "KYIV", "“Yes.”", "‘no’", "(Reuters)", "’", "”",
	"Yahoo!", "Yahoo!\"", "Yahoo!”", "yahoo!", "Hi!", "Why?", "So?”", "end.)", "end.”", "end.’", "end.\"", "it.[1]", "see.(",
	"\xff", "\xff.", "a\xff1", "1\xff", "\xc3", "\xc3.", "\xe2\x80", ".\xff..", "a.\xff.",
	"a. b. c.", "done . . . next", "x.\n.y.", "line\nbreak. Two", "A. B", "one,two,", ",", ",,", "a,",
	"mr.", "MR.", "Sgt.", "x-sgt.", "gov.-", "self-gov.", "Ω-no.", "Über-mr.", "üb.", "ümr.", "Kyiv-Türkiye.", "p.m.”.", "no..", "-.",
	"i.e.", "etc.", "jan.", "Jan.", "co.", "ézz.", "é-co.", "€co.", "日本.", "\xffco.", "co\xff.", "é-mrz.", "日-mrzz.", "Ü-nox.", "é-mr.",
}

// punktReferenceTokens returns the word tokens of the reference article
// and the Golden Rules, as the library cuts them.
func punktReferenceTokens(t *testing.T) []string {
	t.Helper()
	var out []string
	lib := sentences.NewWordTokenizer(sentences.NewPunctStrings())
	for _, name := range []string{"rbc-ukraine-istanbul.txt", "golden_rules_en.json"} {
		b, err := os.ReadFile(filepath.Join("..", "testdata", name))
		require.NoError(t, err)
		for _, tok := range lib.Tokenize(string(b), false) {
			out = append(out, tok.Tok)
		}
	}
	return out
}

// checkPunktToken fails t unless every hand-written method and function
// agrees with the library's method or prose's expression on tok, and
// punktTypes annotates it as sentences.TypeBasedAnnotation does with p's
// model.
func checkPunktToken(t *testing.T, p *punkt, tok string) {
	t.Helper()
	lib := sentences.NewWordTokenizer(sentences.NewPunctStrings())
	w := &punktWords{DefaultWordTokenizer: *lib}
	got, want := sentences.NewToken(tok), sentences.NewToken(tok)
	libTypes := &sentences.TypeBasedAnnotation{Storage: p.tok.Storage, PunctStrings: lib.PunctStrings, TokenExistential: w}
	libTypes.Annotate([]*sentences.Token{want})
	(&punktTypes{Storage: p.tok.Storage, words: w}).Annotate([]*sentences.Token{got})
	assert.Equal(t, [2]bool{want.SentBreak, want.Abbr}, [2]bool{got.SentBreak, got.Abbr}, "punktTypes on %q: [SentBreak Abbr]", tok)
	for _, brk := range []bool{false, true} {
		got, want := sentences.NewToken(tok), sentences.NewToken(tok)
		got.SentBreak, want.SentBreak = brk, brk
		assert.Equal(t, lib.Type(want), w.Type(got), "Type(%q)", tok)
		assert.Equal(t, lib.TypeNoPeriod(want), w.TypeNoPeriod(got), "TypeNoPeriod(%q)", tok)
		assert.Equal(t, lib.TypeNoSentPeriod(want), w.TypeNoSentPeriod(got), "TypeNoSentPeriod(%q, break %v)", tok, brk)
		assert.Equal(t, lib.TypeNoSentPeriod(want), string(appendType([]byte("x"), tok, brk)[1:]), "appendType(%q, %v)", tok, brk)
		assert.Equal(t, lib.FirstUpper(want), w.FirstUpper(got), "FirstUpper(%q)", tok)
		assert.Equal(t, lib.FirstLower(want), w.FirstLower(got), "FirstLower(%q)", tok)
		assert.Equal(t, lib.IsEllipsis(want), w.IsEllipsis(got), "IsEllipsis(%q)", tok)
		assert.Equal(t, lib.IsInitial(want), w.IsInitial(got), "IsInitial(%q)", tok)
	}
	assert.Equal(t, proseAbbrRE.MatchString(tok), hasDottedAbbr(tok), "hasDottedAbbr(%q)", tok)
	assert.Equal(t, proseEllipsisRE.MatchString(tok), hasEllipsis(tok), "hasEllipsis(%q)", tok)
	assert.Equal(t, sentences.NewPunctStrings().HasSentencePunct(tok), hasSentencePunct(tok), "hasSentencePunct(%q)", tok)
	assert.Equal(t, proseHasSentEndChars(tok), w.HasSentEndChars(sentences.NewToken(tok)), "HasSentEndChars(%q)", tok)
}

// proseHasSentEndChars is prose's wordTokenizer.HasSentEndChars, with its
// regexp `Yahoo!`.
func proseHasSentEndChars(tok string) bool {
	for _, e := range punktEnders {
		if strings.HasSuffix(tok, e) && !proseEntitiesRE.MatchString(tok) {
			return true
		}
	}
	for _, p := range punktParens {
		if strings.Contains(tok, p) {
			return true
		}
	}
	return false
}

// TestPunktWords_matchesLibrary proves that the hand-written token tests
// of punktWords and punktMultiPunct give the answers of the library's
// methods and prose's regular expressions on edge cases and on every token
// of the reference texts.
func TestPunktWords_matchesLibrary(t *testing.T) {
	p, err := newPunkt()
	require.NoError(t, err)
	for _, tok := range punktTokenCases {
		t.Run(tok, func(t *testing.T) { checkPunktToken(t, p, tok) })
	}
	t.Run("reference-tokens", func(t *testing.T) {
		toks := punktReferenceTokens(t)
		require.Greater(t, len(toks), 1000)
		for _, tok := range toks {
			checkPunktToken(t, p, tok)
		}
	})
}

// FuzzPunktWords_matchesLibrary checks the same agreement on any token.
func FuzzPunktWords_matchesLibrary(f *testing.F) {
	for _, tok := range punktTokenCases {
		f.Add(tok)
	}
	p, err := newPunkt()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, tok string) { checkPunktToken(t, p, tok) })
}
