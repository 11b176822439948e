package claims

import (
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// This file keeps the Punkt tokenizer as newPunkt built it before its
// methods were rewritten for speed: the library's word tokenizer, word
// types and first annotation pass, and prose's pass with prose's regular
// expressions. Built once, it runs much faster than prose.NewDocument,
// which reloads the model on every call, so FuzzPunkt_matchesReference
// compares many more inputs than FuzzPunkt_matchesProse can.

// referenceWords is prose's word tokenizer with the library's methods.
type referenceWords struct {
	sentences.DefaultWordTokenizer
}

func (w *referenceWords) HasSentEndChars(t *sentences.Token) bool { return proseHasSentEndChars(t.Tok) }

// referenceMultiPunct is prose's extra annotation pass with its regular
// expressions and the library's token pairs.
type referenceMultiPunct struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.TokenGrouper
	sentences.Ortho
}

func (a *referenceMultiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, pair := range a.TokenGrouper.Group(tokens) {
		if len(pair) < 2 || pair[1] == nil {
			if tok := pair[0].Tok; strings.Contains(tok, "\n") && strings.Contains(tok, " ") {
				pair[0].SentBreak = false
			}
			continue
		}
		a.annotate(pair[0], pair[1])
	}
	return tokens
}

func (a *referenceMultiPunct) annotate(one, two *sentences.Token) {
	var nextTyp string
	if strings.HasSuffix(one.Tok, ".") && two.Tok == "." {
		one.SentBreak, two.SentBreak = false, false
		return
	}
	isNonBreak := strings.HasSuffix(one.Tok, ".") && !one.SentBreak
	isEllipsis := proseEllipsisRE.MatchString(one.Tok)
	isInternal := one.SentBreak && punktLooksInternal(one.Tok)
	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
		isStarter := a.SentStarters[nextTyp]
		if isEllipsis && (a.TokenParser.FirstUpper(two) || isStarter != 0) {
			one.SentBreak = true
			return
		}
		if isInternal && a.TokenParser.FirstLower(two) && isStarter == 0 {
			one.SentBreak = false
			return
		}
		if isNonBreak && a.TokenParser.FirstUpper(two) && a.Storage.OrthoContext[nextTyp]&112 != 0 {
			one.SentBreak = true
		}
	}
	if len(proseAbbrRE.FindAllString(one.Tok, 1)) == 0 || a.IsInitial(one) {
		return
	}
	one.Abbr, one.SentBreak = true, false
	if a.Ortho.Heuristic(two) == 1 {
		one.SentBreak = true
		return
	}
	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(two)
	}
	if a.TokenParser.FirstUpper(two) && a.SentStarters[nextTyp] != 0 {
		one.SentBreak = true
	}
}

// newReferencePunkt assembles the reference tokenizer.
func newReferencePunkt(t testing.TB) *sentences.DefaultSentenceTokenizer {
	t.Helper()
	b, err := data.Asset("data/english.json")
	require.NoError(t, err)
	training, err := sentences.LoadTraining(b)
	require.NoError(t, err)
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &referenceWords{sentences.DefaultWordTokenizer{PunctStrings: lang}}
	annotations := append(sentences.NewAnnotations(training, lang, word), &referenceMultiPunct{
		Storage:      training,
		TokenParser:  word,
		TokenGrouper: &sentences.DefaultTokenGrouper{},
		Ortho:        &sentences.OrthoContext{Storage: training, PunctStrings: lang, TokenType: word, TokenFirst: word},
	})
	return &sentences.DefaultSentenceTokenizer{Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations}
}

// referenceStarts is punkt.starts over the reference tokenizer's sentences.
func referenceStarts(ref *sentences.DefaultSentenceTokenizer, text string) []int {
	var out []int
	for _, s := range ref.Tokenize(text) {
		body := text[s.Start:s.End]
		trimmed := strings.TrimLeftFunc(body, unicode.IsSpace)
		if strings.TrimRightFunc(trimmed, unicode.IsSpace) == "" {
			continue
		}
		out = append(out, s.Start+len(body)-len(trimmed))
	}
	return out
}

// TestPunkt_matchesReference checks that punkt finds the reference
// tokenizer's sentence starts on every input of TestPunkt_matchesProse.
func TestPunkt_matchesReference(t *testing.T) {
	p, err := newPunkt()
	require.NoError(t, err)
	ref := newReferencePunkt(t)
	for name, text := range equalityInputs(t) {
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, referenceStarts(ref, text), p.starts(text))
		})
	}
}

// FuzzPunkt_matchesReference checks the same equality on any input.
func FuzzPunkt_matchesReference(f *testing.F) {
	for _, s := range []string{"Hello World. My name is Jonas.", "He said “no.” Then he left…", "U.S. officials met at 10 a.m. Mr. Smith said so!", " \n\n ", "Türkiye-mrz. Next. . . The end"} {
		f.Add(s)
	}
	p, err := newPunkt()
	require.NoError(f, err)
	ref := newReferencePunkt(f)
	f.Fuzz(func(t *testing.T, text string) {
		assert.Equal(t, referenceStarts(ref, text), p.starts(text))
	})
}
