package attribution

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token.
type tokKind uint8

const (
	tokWord   tokKind = iota // letters, digits and word-internal marks ("pro-Kremlin", "U.S.", "Putin’s")
	tokPunct                 // any other single character (",", ".", ":", "(", "—")
	tokOpenQ                 // an opening quotation mark
	tokCloseQ                // a closing quotation mark
)

// token is one word or punctuation mark of a sentence, with its place in the
// input. low is the form used for matching: lower case, curly apostrophes
// straightened; the input itself is never changed. A document holds about
// one token per five bytes, so the token is kept small (32 bytes): its text
// is the input at [start, end), read through its sentence.
type token struct {
	start, end int32 // bytes of the token in the input
	low        string
	hash       uint32 // wordHash(low), which the lexicon index looks tokens up by
	kind       tokKind
	upper      bool // starts with an upper-case letter
	letter     bool // starts with a letter
	inQ        bool // inside a double quotation, its marks included
}

// isWord reports whether the token is a word.
func (t *token) isWord() bool { return t.kind == tokWord }

// isQuote reports whether the token is a quotation mark.
func (t *token) isQuote() bool { return t.kind == tokOpenQ || t.kind == tokCloseQ }

// capitalized reports whether the token starts with an upper-case letter.
func (t *token) capitalized() bool { return t.upper }

// runeCase reports whether r is an upper-case letter, and whether it is a
// letter.
func runeCase(r rune) (upper, letter bool) {
	if c := uint32(r); c < utf8.RuneSelf {
		return asciiCase(c)
	}
	return unicode.IsUpper(r), unicode.IsLetter(r)
}

// asciiCase is runeCase for an ASCII character.
func asciiCase(c uint32) (upper, letter bool) { return c-'A' < 26, c|0x20-'a' < 26 }

// quoteDir reports whether r is a quotation mark the tokenizer knows, and
// which way the mark points when context does not decide (+1 opens, -1
// closes, 0 either).
func quoteDir(r rune) (dir int, ok bool) {
	switch r {
	case '"', '\'':
		return 0, true
	case '“', '„', '«', '‘', '‹', '「':
		return +1, true
	case '”', '»', '’', '›', '」':
		return -1, true
	}
	return 0, false
}

// isDouble reports whether a quotation mark is a double one.
func isDouble(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»', '「', '」':
		return true
	}
	return false
}

// wordRune reports whether r can be part of a word.
func wordRune(r rune) bool {
	if c := uint32(r); c < utf8.RuneSelf {
		return asciiWord[c]
	}
	return unicodeWordRune(r)
}

// asciiWord says which bytes are ASCII word characters: letters and
// digits.
var asciiWord = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// unicodeWordRune is wordRune for a rune outside ASCII.
func unicodeWordRune(r rune) bool {
	if generalPunct(r) {
		return false // the curly quotation marks and dashes of news text, without a table search
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// generalPunct reports whether r is in Unicode's General Punctuation block
// (U+2000 to U+206F), which holds no letter, digit or non-spacing mark.
func generalPunct(r rune) bool { return 0x2000 <= r && r <= 0x206F }

// decodeRune is utf8.DecodeRuneInString with the ASCII case first.
func decodeRune(s string) (rune, int) {
	if len(s) > 0 && s[0] < utf8.RuneSelf {
		return rune(s[0]), 1
	}
	return utf8.DecodeRuneInString(s)
}

// asciiLower returns s with ASCII capitals lowered and every other byte
// kept, so that it has the same length as s and each ASCII word's matching
// form is a piece of it (see tokenize).
func asciiLower(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var buf [4 << 10]byte // lowered a piece at a time, written in one go
	for len(s) > 0 {
		n := copy(buf[:], s)
		i := 0
		for ; i+8 <= n; i += 8 {
			binary.LittleEndian.PutUint64(buf[i:], lower8(binary.LittleEndian.Uint64(buf[i:])))
		}
		for ; i < n; i++ {
			buf[i] = lowerByte[buf[i]]
		}
		b.Write(buf[:n])
		s = s[n:]
	}
	return b.String()
}

// lower8 lowers the ASCII capitals among the eight bytes of x at once.
// Each byte's low seven bits plus 0x80-'A' reach 0x80 when they are 'A'
// or more, and plus 0x80-'Z'-1 when they are more than 'Z', without a
// carry into the next byte; a capital is a byte between the two that had
// no high bit of its own, and 0x80 shifted right twice is the case bit.
func lower8(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low7 := x &^ high
	capital := (low7 + (0x80-'A')*ones) &^ (low7 + (0x80-'Z'-1)*ones) &^ x & high
	return x | capital>>2
}

// lowerByte maps each byte to itself, but an ASCII capital to its lower
// case.
var lowerByte = func() (t [256]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// slab hands out the lists (tokens, matches) of a document's sentences
// from large shared blocks, sized by what each sentence used rather than
// by a guess per sentence: a document's lists take a few allocations, not
// one per sentence. A list stays valid as long as anything refers to it.
type slab[T any] struct {
	free  []T // the unused tail of the current block
	block int // elements in a new block
}

// slabBlock is the most elements in a block of a slab.
const slabBlock = 16 << 10

// newSlab returns a slab for a document of n bytes, which holds about one
// element per four bytes: a short document gets one block of its own size,
// not a large one.
func newSlab[T any](n int) slab[T] {
	return slab[T]{block: min(slabBlock, n/4+1)}
}

// list returns an empty list with room for need elements. Fill it with
// append, then pass it to keep; a list that outgrows need moves to an
// array of its own.
func (sl *slab[T]) list(need int) []T {
	if len(sl.free) < need {
		sl.free = make([]T, max(sl.block, need))
	}
	return sl.free[:0:need]
}

// new returns a pointer to a zero element of the slab.
func (sl *slab[T]) new() *T {
	if len(sl.free) == 0 {
		sl.free = make([]T, sl.block)
	}
	p := &sl.free[0]
	sl.free = sl.free[1:]
	return p
}

// keep takes list, the last one list returned once filled, out of the
// free block when it is still there, and returns it without spare
// capacity, so that an append to it cannot reach the next list.
func (sl *slab[T]) keep(list []T) []T {
	if len(list) > 0 && len(sl.free) > 0 && &list[0] == &sl.free[0] {
		sl.free = sl.free[len(list):]
	}
	return list[:len(list):len(list)]
}

// tokenize splits text, which starts at byte offset base of the input, into
// tokens, and marks those inside a double quotation; open says the text
// starts inside one. lower is
// asciiLower(text), or "" to lower each word on its own: an ASCII word's
// matching form is then a piece of lower, without an allocation. Hyphens,
// apostrophes and periods inside a word stay in it
// ("US-Russia", "Putin’s", "U.S."), as does the final period of a dotted
// abbreviation ("U.S.", "a.m.").
func tokenize(text, lower string, base int, open bool) []token {
	toks, _ := tokenizeInto(make([]token, 0, len(text)/4+1), text, lower, base, open)
	return toks
}

// tokenizeInto is tokenize, appending to toks; it also reports whether a
// double quotation is still open at the end of text.
func tokenizeInto(toks []token, text, lower string, base int, open bool) ([]token, bool) {
	// open says a double quotation is open (from an earlier sentence, or
	// in this one): an ambiguous mark then closes it.
	i := 0
	for i < len(text) {
		c := text[i]
		if asciiSpace[c] {
			i++ // the common case, before any decoding
			continue
		}
		if asciiWord[c] && lower != "" {
			// Most words are ASCII and end before a space or a mark that
			// cannot join or extend them: such a word is read here, as
			// the general case below would read it, with fewer checks.
			j := i + 1
			for j < len(text) && asciiWord[text[j]] {
				j++
			}
			if j == len(text) || asciiWordEnd[text[j]] || text[j] == ',' && !isDigitAt(text, j-1) {
				toks = append(toks, token{})
				tk := &toks[len(toks)-1]
				low := lower[i:j]
				tk.start, tk.end, tk.low, tk.hash, tk.kind, tk.inQ = int32(base+i), int32(base+j), low, wordHash(low), tokWord, open
				tk.upper, tk.letter = asciiCase(uint32(c))
				i = j
				continue
			}
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		switch {
		case c >= utf8.RuneSelf && unicode.IsSpace(r):
			i += size
		case wordRune(r) || r == '$' && isDigitAt(text, i+1):
			// "$15" is one word, as is "47%" (below).
			j := i + size
			ascii := size == 1 // the word is all ASCII so far
			for j < len(text) {
				c2 := text[j]
				if asciiWord[c2] {
					j++ // an ASCII letter or digit, the common case
					continue
				}
				r2, s2 := rune(c2), 1
				if c2 >= utf8.RuneSelf {
					if r2, s2 = utf8.DecodeRuneInString(text[j:]); unicodeWordRune(r2) {
						j += s2
						ascii = false
						continue
					}
				}
				// A joiner stays inside the word when a word character follows it.
				if (asciiJoiner[c2] || r2 == '’') && (r2 != ',' || isDigitAt(text, j-1)) {
					r3, _ := decodeRune(text[j+s2:])
					if j+s2 < len(text) && wordRune(r3) && (r2 != ',' || unicode.IsDigit(r3)) {
						j += s2
						ascii = ascii && s2 == 1
						continue
					}
				}
				break
			}
			if j < len(text) && text[j] == '%' && isDigitAt(text, j-1) {
				j++
			}
			// "U.S." and "a.m.": keep the final period of a dotted
			// abbreviation, of a title, and of a middle initial ("Donald J.
			// Trump"): inside a sentence a capital letter and a period
			// before another word is an initial.
			if j < len(text) && text[j] == '.' && (dottedAbbrev(text[i:j]) || j+1 < len(text) && (initialAt(text, i, j) || abbrevs.has(wordLow(text, lower, i, j)))) {
				j++
			}
			var low string
			if ascii && lower != "" {
				low = lower[i:j]
			} else {
				low = wordLow(text, lower, i, j)
			}
			// The token is built in place, not by a constructor such as
			// markToken, and from r, the word's first rune: a document has
			// a word per six bytes, and a token built aside and copied
			// stalls the copy.
			toks = append(toks, token{})
			tk := &toks[len(toks)-1]
			tk.start, tk.end, tk.low, tk.hash, tk.kind, tk.inQ = int32(base+i), int32(base+j), low, wordHash(low), tokWord, open
			tk.upper, tk.letter = asciiCase(uint32(r))
			if r >= utf8.RuneSelf {
				tk.upper, tk.letter = runeCase(r)
			}
			i = j
		case strings.HasPrefix(text[i:], "''") || strings.HasPrefix(text[i:], "``"):
			// Two single marks written for a double one (''quote'', ``quote'').
			dir := 0
			if text[i] == '`' {
				dir = +1
			}
			kind := markKind(text, i, 2, dir, open)
			open = kind == tokOpenQ
			toks = append(toks, markToken(base+i, base+i+2, `"`, kind, true))
			i += 2
		default:
			kind, inQ := tokPunct, open
			if dir, ok := quoteDir(r); ok {
				kind = markKind(text, i, size, dir, open && isDouble(r))
				if isDouble(r) {
					open, inQ = kind == tokOpenQ, true
				}
			}
			// Runs of dashes and dots are one token ("--", "...").
			j := i + size
			if kind == tokPunct && (r == '-' || r == '.') {
				for j < len(text) && rune(text[j]) == r {
					j++
				}
			}
			toks = append(toks, markToken(base+i, base+j, text[i:j], kind, inQ))
			i = j
		}
	}
	return toks, open
}

// markToken makes the token of a punctuation or quotation mark that spans
// [start, end) of the input; inQ says it stands inside a double quotation
// or is one of its marks. A mark is not a word character, so it is no
// letter, and no upper-case one either: every upper-case character is a
// letter.
func markToken(start, end int, low string, kind tokKind, inQ bool) token {
	return token{start: int32(start), end: int32(end), low: low, hash: wordHash(low), kind: kind, inQ: inQ}
}

// asciiSpace says which ASCII characters unicode.IsSpace reports as
// space; no other byte is.
var asciiSpace = func() (t [256]bool) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = true
	}
	return t
}()

// asciiJoiner says which ASCII characters may join two parts of a word
// ("US-Russia", "Putin's", "U.S", "AT&T", "24/7", "1,000").
var asciiJoiner = func() (t [256]bool) {
	for _, c := range "-'.&/," {
		t[c] = true
	}
	return t
}()

// asciiWordEnd says which bytes end a word that the letters and digits
// before them make, whatever comes before or after: ASCII, neither a
// word character nor a joiner (asciiJoiner), nor "%" ("47%").
var asciiWordEnd = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiWord[c] && !asciiJoiner[c] && c != '%'
	}
	return t
}()

// isDigitAt reports whether text[i] is an ASCII digit.
func isDigitAt(text string, i int) bool {
	return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// dottedAbbrev reports whether w is a dotted abbreviation without its last
// period, such as "U.S" or "a.m".
func dottedAbbrev(w string) bool {
	if len(w) < 3 {
		return false
	}
	dots, n := 0, 0 // n counts the runes of the part since the last period
	for _, r := range w {
		switch {
		case r == '.' && n == 1:
			dots, n = dots+1, 0
		case r == '.' || n == 1:
			return false // a part of none or of two runes: most words stop at the second
		default:
			n++
		}
	}
	return dots > 0 && n == 1
}

// initialAt reports whether text[i:j] is a single capital letter followed
// by a period, a space and a capital letter: a middle initial.
func initialAt(text string, i, j int) bool {
	if j-i != 1 || text[i] < 'A' || text[i] > 'Z' || j+2 >= len(text) || text[j+1] != ' ' {
		return false
	}
	return text[j+2] >= 'A' && text[j+2] <= 'Z'
}

// markKind decides whether the quotation mark at text[i:i+size] opens or
// closes a quotation, from the characters around it; when they do not
// decide and the mark has no direction of its own, it closes an open
// quotation (open) and otherwise opens one: "… 'Clinton,' " said Maxwell".
func markKind(text string, i, size, dir int, open bool) tokKind {
	before, _ := utf8.DecodeLastRuneInString(text[:i])
	after, _ := utf8.DecodeRuneInString(text[i+size:])
	spaceBefore := i == 0 || unicode.IsSpace(before) || strings.ContainsRune("([{—–-/", before)
	spaceAfter := i+size >= len(text) || unicode.IsSpace(after) || unicode.IsPunct(after) && !isQuoteRune(after)
	switch {
	case spaceBefore && !spaceAfter:
		return tokOpenQ
	case !spaceBefore && spaceAfter:
		return tokCloseQ
	case dir > 0:
		return tokOpenQ
	case dir < 0:
		return tokCloseQ
	case open:
		return tokCloseQ
	case spaceBefore:
		return tokOpenQ
	}
	return tokCloseQ
}

// isQuoteRune reports whether r is a quotation mark.
func isQuoteRune(r rune) bool { _, ok := quoteDir(r); return ok }

// normalize returns the matching form of a word: lower case, with curly
// apostrophes straightened.
func normalize(w string) string {
	if isLowerASCII(w) {
		return w // the common case, without an allocation
	}
	w = strings.ToLower(w)
	if strings.ContainsRune(w, '’') {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return w
}

// wordLow returns the matching form of the word text[i:j]: a piece of
// lower, text's asciiLower, when the word is ASCII and lower is given.
func wordLow(text, lower string, i, j int) string {
	if lower == "" || !isASCII(text[i:j]) {
		return normalize(text[i:j])
	}
	return lower[i:j]
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// isLowerASCII reports whether w is ASCII without upper-case letters.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || 'A' <= c && c <= 'Z' {
			return false
		}
	}
	return true
}
