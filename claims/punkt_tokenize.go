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
// hasSentencePunct stands for DefaultPunctStrings.HasSentencePunct.
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
			space = c == ' ' || '\t' <= c && c <= '\r' // unicode.IsSpace's ASCII
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
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			// text[lastSpace:cursor] is all white space: the next word's
			// trimmed text is the same from cursor on (the fix).
			lastSpace = cursor
			continue
		}
		hasSentencePunct := hasSentencePunct(word)
		if onlyPeriodContext && !hasSentencePunct && !getNextWord {
			lastSpace = cursor
			continue
		}
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
		lastSpace = cursor
		lineStart = false
		paragraphStart = false
		getNextWord = hasSentencePunct
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = textLength
		tokens = append(tokens, token)
	}
	return tokens
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
