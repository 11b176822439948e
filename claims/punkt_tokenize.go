package claims

import (
	"strings"
	"unicode"

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
// Adapted from gopkg.in/neurosnap/sentences.v1, word_tokenizer.go, MIT
// licence, Copyright (c) 2015 Eric Bower.
func (w *punktWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	textLength := len(text)
	if textLength == 0 {
		return nil
	}
	tokens := make([]*sentences.Token, 0, 50)
	lastSpace := 0
	lineStart := false
	paragraphStart := false
	getNextWord := false
	for i, char := range text {
		if !unicode.IsSpace(char) && i != textLength-1 {
			continue
		}
		if char == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := i
		if i == textLength-1 {
			cursor = textLength
		}
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			// text[lastSpace:cursor] is all white space: the next word's
			// trimmed text is the same from cursor on (the fix).
			lastSpace = cursor
			continue
		}
		hasSentencePunct := w.PunctStrings.HasSentencePunct(word)
		if onlyPeriodContext && !hasSentencePunct && !getNextWord {
			lastSpace = cursor
			continue
		}
		token := sentences.NewToken(word)
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
