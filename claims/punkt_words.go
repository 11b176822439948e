package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// The methods below replace those punktWords inherits from
// sentences.DefaultWordTokenizer with exact equivalents that use no
// regular expression and allocate less: Punkt calls them for every token
// near a period, and the library's regexps were most of its time.
// TestPunktWords_matchesLibrary and FuzzPunktWords_matchesLibrary compare
// each with the library's method. TypeNoPeriod and TypeNoSentPeriod are
// overridden too because the library's versions call its own Type.

// Type returns t's case-normalised type, as DefaultWordTokenizer.Type:
// lower case, a final number replaced by "##number##", commas removed.
func (w *punktWords) Type(t *sentences.Token) string {
	typ := strings.ToLower(t.Tok)
	if i := numberSuffix(typ); i >= 0 {
		typ = typ[:i] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// TypeNoPeriod is Type without its final period, if it has one and is
// longer than one byte.
func (w *punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is TypeNoPeriod for a sentence break, Type otherwise.
func (w *punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}

// FirstUpper reports whether t starts with an upper-case letter.
func (w *punktWords) FirstUpper(t *sentences.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsUpper(r)
}

// FirstLower reports whether t starts with a lower-case letter.
func (w *punktWords) FirstLower(t *sentences.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsLower(r)
}

// IsEllipsis reports whether t ends in two or more periods (the library's
// `\.\.+$`).
func (w *punktWords) IsEllipsis(t *sentences.Token) bool {
	return strings.HasSuffix(t.Tok, "..")
}

// IsInitial reports whether t is one ASCII letter and a period (the
// library's `^[A-Za-z]\.$`).
func (w *punktWords) IsInitial(t *sentences.Token) bool {
	s := t.Tok
	return len(s) == 2 && isASCIILetter(s[0]) && s[1] == '.'
}

// numberSuffix returns where the number that s ends with starts, or -1:
// the leftmost i such that s[i:] matches the library's
// `-?[\.,]?\d[\d,\.-]*\.?`, which Type replaces by "##number##". Every
// byte of such a suffix is an ASCII digit, ',', '.' or '-', so the search
// starts at the longest run of those at the end of s.
func numberSuffix(s string) int {
	run := len(s)
	for run > 0 && isNumberByte(s[run-1]) {
		run--
	}
	for i := run; i < len(s); i++ {
		j := i
		if s[j] == '-' {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ',') {
			j++
		}
		if j < len(s) && isASCIIDigit(s[j]) {
			return i
		}
	}
	return -1
}

func isNumberByte(c byte) bool { return isASCIIDigit(c) || c == ',' || c == '.' || c == '-' }

func isASCIIDigit(c byte) bool { return '0' <= c && c <= '9' }

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// punktTypes is Punkt's first annotation pass, sentences.TypeBasedAnnotation,
// without its allocations: a token with sentence-final punctuation before
// a quote or bracket is a break; one ending in a single period is an
// abbreviation if its type is a known one, a break otherwise.
// TestPunktTypes_matchesLibrary compares the two.
type punktTypes struct {
	*sentences.Storage
	words *punktWords
}

// Annotate marks the breaks and abbreviations among tokens.
func (a *punktTypes) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, t := range tokens {
		switch {
		case a.words.HasSentEndChars(t):
			t.SentBreak = true
		case strings.HasSuffix(t.Tok, ".") && !strings.HasSuffix(t.Tok, ".."):
			// The library cuts the period off at the token's length in
			// runes, not bytes: a token with multi-byte letters loses more
			// than its period. Kept, so that the breaks stay prose's.
			typ := strings.ToLower(t.Tok[:utf8.RuneCountInString(t.Tok)-1])
			lastPart := typ[strings.LastIndexByte(typ, '-')+1:] // after the last hyphen
			if a.IsAbbr(typ, lastPart) {
				t.Abbr = true
			} else {
				t.SentBreak = true
			}
		}
	}
	return tokens
}
