package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
)

// Tokenize splits text into Punkt's word tokens exactly as
// sentences.DefaultWordTokenizer.Tokenize does, in linear time. The
// library's loop keeps its word start at the beginning of a run of white
// space until a word follows, trimming the whole run again at each space:
// a run of n spaces costs n²/2 byte reads. Masked markup is made of such
// runs (10,000 nested HTML elements took 5 s, 20,000 took 22 s; issue 7).
// Here the start moves past white space as it is read; the words, their
// positions and their line and paragraph flags are unchanged
// (TestPunkt_matchesProse, FuzzPunkt_matchesProse).
//
// The tokens are allocated in blocks rather than one by one, and
// hasSentencePunct stands for DefaultPunctStrings.HasSentencePunct. When
// only the words around sentence marks are wanted, the words between them
// are skipped, not cut one by one (TestTokenize_matchesLibrary,
// FuzzTokenize_matchesLibrary).
//
// Adapted from gopkg.in/neurosnap/sentences.v1, word_tokenizer.go, MIT
// licence, Copyright (c) 2015 Eric Bower.
func (w *punktWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	textLength := len(text)
	if textLength == 0 {
		return nil
	}
	// Every token holds one of the sentence punctuation marks or follows
	// one that does: twice their number bounds the tokens.
	marks := strings.Count(text, ".") + strings.Count(text, "!") + strings.Count(text, "?")
	tokens := make([]*sentences.Token, 0, 2*marks+1)
	var block []sentences.Token // tokens allocated together
	markAt := sentenceMarks{text: text}
	lastSpace := 0
	lineStart := false
	paragraphStart := false
	getNextWord := false
	last := textLength - 1
	for i, size := 0, 1; i < textLength; i += size {
		// The library ranges over the runes of text; this skips the ASCII
		// bytes above ' ' (no white space, no word end but at the last
		// byte), reads other ASCII bytes as they are and decodes the rest.
		for i < last && ' ' < text[i] && text[i] < utf8.RuneSelf {
			i++
		}
		c, space := text[i], false
		if size = 1; c < utf8.RuneSelf {
			space = isASCIISpace(c)
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if !space && i != last {
			continue
		}
		if c == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := i
		if i == last {
			cursor = textLength
		}
		// text[lastSpace:cursor] all white space leaves no word: the next
		// word's trimmed text is the same from cursor on (the fix).
		if word := strings.TrimSpace(text[lastSpace:cursor]); word != "" {
			hasSentencePunct := hasSentencePunct(word)
			if !onlyPeriodContext || hasSentencePunct || getNextWord {
				if len(block) == cap(block) { // as many as so far, 16 to punktTokenBlock
					block = make([]sentences.Token, 0, min(max(len(tokens), 16), punktTokenBlock))
				}
				block = append(block, w.blank)
				token := &block[len(block)-1]
				token.Tok = word
				token.Position = cursor
				token.ParaStart = paragraphStart
				token.LineStart = lineStart
				tokens = append(tokens, token)
				lineStart = false
				paragraphStart = false
				getNextWord = hasSentencePunct
			}
		}
		lastSpace = cursor
		if onlyPeriodContext && !getNextWord {
			// No word makes a token before the one that holds the next
			// sentence mark: skip to the white space before that word,
			// leaving lastSpace and the line flags as the loop would.
			from := i + size
			p := markAt.index(from)
			if p < 0 {
				break // no token follows
			}
			if ws, n := lastSpaceIn(text, from, from+p); ws >= 0 {
				if nl := strings.Count(text[from:ws+n], "\n"); nl > 0 {
					paragraphStart = paragraphStart || lineStart || nl > 1
					lineStart = true
				}
				lastSpace, i, size = ws, ws, n // the loop resumes after it
			}
		}
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = textLength
		tokens = append(tokens, token)
	}
	return tokens
}

// lastSpaceIn returns where the last white-space rune that starts in
// text[from:to] starts, and its size, or -1: the last white space that
// Tokenize's decoding of the runes of text from from reads there. That
// decoding reads a rune at every byte that starts a valid multi-byte
// sequence (no rune takes such a byte as a continuation), so decoding at
// each such byte found scanning backwards reads the same runes.
func lastSpaceIn(text string, from, to int) (int, int) {
	for k := to - 1; k >= from; k-- {
		if c := text[k]; c < utf8.RuneSelf {
			if isASCIISpace(c) {
				return k, 1
			}
		} else if utf8.RuneStart(c) {
			if r, n := utf8.DecodeRuneInString(text[k:]); unicode.IsSpace(r) {
				return k, n
			}
		}
	}
	return -1, 0
}

// punktTokenBlock is the most tokens Tokenize allocates at once.
const punktTokenBlock = 256

// hasSentencePunct reports whether word holds a period, a question mark
// or an exclamation mark, as DefaultPunctStrings.HasSentencePunct does
// with three passes over its runes.
func hasSentencePunct(word string) bool {
	for i := 0; i < len(word); i++ {
		if c := word[i]; c == '.' || c == '!' || c == '?' {
			return true
		}
	}
	return false
}

// sentenceMarks finds the sentence marks (".", "!", "?") of a text as
// strings.IndexAny(text[from:], ".!?") does, for positions that mostly
// grow: it keeps where it found each mark and from where it looked, and
// looks again for a mark only once the position has passed it, so that a
// rare mark is not searched for to the end of the text from every word.
type sentenceMarks struct {
	text  string
	at    [3]int // per mark, the first at or after from[k]; len(text) when none
	from  [3]int // per mark, where the search that found at[k] started
	known bool   // at and from are set
}

// index returns the index in text[from:] of the first sentence mark, or -1.
func (m *sentenceMarks) index(from int) int {
	first := len(m.text)
	for k, c := range [3]byte{'.', '!', '?'} {
		if !m.known || from < m.from[k] || m.at[k] < from {
			m.at[k], m.from[k] = len(m.text), from
			if i := strings.IndexByte(m.text[from:], c); i >= 0 {
				m.at[k] = from + i
			}
		}
		first = min(first, m.at[k])
	}
	m.known = true
	if first == len(m.text) {
		return -1
	}
	return first - from
}
