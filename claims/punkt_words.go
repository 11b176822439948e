package claims

import (
	"bytes"
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
func (w *punktWords) Type(t *sentences.Token) string { return wordType(t.Tok) }

// wordType returns the type of a token tok, as Type.
func wordType(tok string) string {
	typ := strings.ToLower(tok)
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

// appendType appends to dst the type of a token tok: TypeNoPeriod's
// with noPeriod, Type's otherwise. Types are only looked up in the
// model's maps, so writing them into a reused buffer spares the strings
// Type allocates; a token that is all ASCII takes a byte loop, any other
// wordType.
func appendType(dst []byte, tok string, noPeriod bool) []byte {
	start := len(dst)
	if !isASCII(tok) {
		dst = append(dst, wordType(tok)...)
	} else {
		// Lower-casing ASCII keeps every byte's offset, so the number
		// suffix is found in tok itself.
		body, number := tok, false
		if i := numberSuffix(tok); i >= 0 {
			body, number = tok[:i], true
		}
		keepCommas := len(body) == 1 && !number // Type keeps a type of one byte whole
		for i := 0; i < len(body); i++ {
			switch c := body[i]; {
			case c == ',' && !keepCommas:
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
			default:
				dst = append(dst, c)
			}
		}
		if number {
			dst = append(dst, "##number##"...)
		}
	}
	if noPeriod && len(dst)-start > 1 && dst[len(dst)-1] == '.' {
		dst = dst[:len(dst)-1]
	}
	return dst
}

// FirstUpper reports whether t starts with an upper-case letter.
func (w *punktWords) FirstUpper(t *sentences.Token) bool {
	if t.Tok != "" && t.Tok[0] < utf8.RuneSelf {
		return 'A' <= t.Tok[0] && t.Tok[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsUpper(r)
}

// FirstLower reports whether t starts with a lower-case letter.
func (w *punktWords) FirstLower(t *sentences.Token) bool {
	if t.Tok != "" && t.Tok[0] < utf8.RuneSelf {
		return 'a' <= t.Tok[0] && t.Tok[0] <= 'z'
	}
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
	var buf []byte // the lower-cased type of an ASCII token, reused
	for _, t := range tokens {
		switch {
		case a.words.HasSentEndChars(t):
			t.SentBreak = true
		case strings.HasSuffix(t.Tok, ".") && !strings.HasSuffix(t.Tok, ".."):
			var abbr bool
			if isASCII(t.Tok) { // the type's bytes are the token's, lower-cased
				buf = appendLowerASCII(buf[:0], t.Tok[:len(t.Tok)-1])
				lastPart := buf[bytes.LastIndexByte(buf, '-')+1:] // after the last hyphen
				abbr = a.AbbrevTypes[string(buf)] != 0 || a.AbbrevTypes[string(lastPart)] != 0
			} else {
				// The library cuts the period off at the token's length in
				// runes, not bytes: a token with multi-byte letters loses
				// more than its period. Kept, so that the breaks stay
				// prose's.
				typ := strings.ToLower(t.Tok[:utf8.RuneCountInString(t.Tok)-1])
				abbr = a.IsAbbr(typ, typ[strings.LastIndexByte(typ, '-')+1:])
			}
			if abbr {
				t.Abbr = true
			} else {
				t.SentBreak = true
			}
		}
	}
	return tokens
}

// appendLowerASCII appends s, an ASCII string, to dst in lower case.
func appendLowerASCII(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst
}

// The orthographic contexts of Punkt's model (sentences/ortho.go): bits
// for a word seen in upper or lower case at the beginning of a sentence,
// in the middle or in an unknown position.
const (
	orthoMidUc = 1 << 2
	orthoUc    = 1<<1 | 1<<2 | 1<<3
	orthoBegLc = 1 << 4
	orthoLc    = 1<<4 | 1<<5 | 1<<6
)

// orthoHeuristic is sentences.OrthoContext.Heuristic for token t, whose
// TypeNoSentPeriod is typ: 1 if t starts a sentence, 0 if it does not,
// -1 if the model cannot tell.
func (w *punktWords) orthoHeuristic(st *sentences.Storage, t *sentences.Token, typ []byte) int {
	if len(t.Tok) == 1 && strings.IndexByte(";:,.!?", t.Tok[0]) >= 0 { // punctuation
		return 0
	}
	ctx := st.OrthoContext[string(typ)]
	if w.FirstUpper(t) && ctx&orthoLc != 0 && ctx&orthoMidUc == 0 {
		return 1
	}
	if w.FirstLower(t) && (ctx&orthoUc != 0 || ctx&orthoBegLc == 0) {
		return 0
	}
	return -1
}

// startsSentence reports whether token t, whose TypeNoSentPeriod is typ,
// starts a sentence by Punkt's orthographic heuristic or as a frequent
// sentence starter: after an abbreviation or an ellipsis, the break stands.
func (w *punktWords) startsSentence(st *sentences.Storage, t *sentences.Token, typ []byte) bool {
	return w.orthoHeuristic(st, t, typ) == 1 || w.FirstUpper(t) && st.SentStarters[string(typ)] != 0
}

// punktTokenBased is Punkt's second annotation pass,
// sentences.TokenBasedAnnotation with its DefaultTokenGrouper and
// OrthoContext, without their allocations: it applies the collocation,
// orthographic and frequent-starter heuristics to every token that ends
// in a period and the token after it.
type punktTokenBased struct {
	*sentences.Storage
	words *punktWords
}

// Annotate applies the pass to every pair of adjacent tokens.
func (a *punktTokenBased) Annotate(tokens []*sentences.Token) []*sentences.Token {
	var buf []byte // the collocation "typ,nextTyp", reused
	for i := 0; i+1 < len(tokens); i++ {
		buf = a.annotate(tokens[i], tokens[i+1], buf[:0])
	}
	return tokens
}

// annotate is TokenBasedAnnotation.tokenAnnotation; it returns buf for
// reuse.
func (a *punktTokenBased) annotate(one, two *sentences.Token, buf []byte) []byte {
	if !strings.HasSuffix(one.Tok, ".") {
		return buf
	}
	buf = appendType(buf, one.Tok, true)
	n := len(buf)
	buf = append(buf, ',')
	buf = appendType(buf, two.Tok, two.SentBreak)
	typ, nextTyp := buf[:n], buf[n+1:]
	isInitial := a.words.IsInitial(one)
	if a.Collocations[string(buf)] != 0 { // collocation heuristic
		one.SentBreak, one.Abbr = false, true
		return buf
	}
	if (one.Abbr || a.words.IsEllipsis(one)) && !isInitial && a.words.startsSentence(a.Storage, two, nextTyp) {
		one.SentBreak = true
		return buf
	}
	if one.Tok == "." && two.Tok == "." { // a spaced ellipsis
		one.SentBreak, two.SentBreak = false, false
		return buf
	}
	if isInitial || string(typ) == "##number##" { // initials and ordinals
		h := a.words.orthoHeuristic(a.Storage, two, nextTyp)
		if h == 0 || h == -1 && isInitial && a.words.FirstUpper(two) && a.OrthoContext[string(nextTyp)]&orthoLc == 0 {
			one.SentBreak, one.Abbr = false, true
		}
	}
	return buf
}
