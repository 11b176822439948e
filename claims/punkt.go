package claims

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// punkt is the sentence tokenizer that prose/v2 builds inside every
// prose.NewDocument call: Punkt (gopkg.in/neurosnap/sentences.v1) with its
// English training data and prose's customisations. prose reloads the model
// on each call (about 20 ms, which dominates small documents); a punkt is
// built once per Segmenter and is read-only afterwards, so one value serves
// every document and every goroutine. TestPunkt_matchesProse proves that it
// finds exactly prose's sentence breaks.
type punkt struct {
	tok *sentences.DefaultSentenceTokenizer
}

// newPunkt loads the English model and assembles the tokenizer as
// prose/v2 does.
//
// Adapted from github.com/jdkato/prose/v2@v2.0.0, segment.go
// (newSentenceTokenizer, wordTokenizer, multiPunctWordAnnotation), MIT
// licence, Copyright (c) 2015 Eric Bower and Joseph Kato. Only what prose
// changes on top of Punkt is reproduced here; Punkt itself is called as
// is, but for the word tokenizer's methods and the two annotation passes,
// which punkt_words.go and punkt_tokenize.go replace with exact, faster
// equivalents.
func newPunkt() (*punkt, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, fmt.Errorf("punkt: english model: %w", err)
	}
	training, err := loadTraining(b)
	if err != nil {
		return nil, fmt.Errorf("punkt: english model: %w", err)
	}
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} { // prose's "supervisor abbreviations"
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &punktWords{DefaultWordTokenizer: sentences.DefaultWordTokenizer{PunctStrings: lang}, blank: *sentences.NewToken("")}
	// sentences.NewAnnotations, its passes replaced by exact equivalents,
	// then prose's pass.
	annotations := []sentences.AnnotateTokens{
		&punktTypes{Storage: training, words: word},
		&punktTokenBased{Storage: training, words: word},
		&punktMultiPunct{Storage: training, words: word},
	}
	return &punkt{tok: &sentences.DefaultSentenceTokenizer{
		Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations,
	}}, nil
}

// starts returns the byte offset at which each sentence Punkt finds in
// text starts, its leading white space skipped; sentences of white space
// only are dropped. These are the offsets of the trimmed sentences that
// prose's Document.Sentences returns.
//
// The sentences are those of DefaultSentenceTokenizer.Tokenize, cut from
// its annotated tokens here without building a Sentence for each.
func (p *punkt) starts(text string) []int {
	tokens := p.tok.AnnotatedTokens(text)
	n := 1 // sentences, at most: one per break and the rest
	for _, tok := range tokens {
		if tok.SentBreak {
			n++
		}
	}
	out := make([]int, 0, n)
	start := 0 // where the current sentence starts
	cut := func(end int) {
		body := text[start:end]
		trimmed := strings.TrimLeftFunc(body, unicode.IsSpace)
		if strings.TrimRightFunc(trimmed, unicode.IsSpace) != "" {
			out = append(out, start+len(body)-len(trimmed))
		}
		start = end
	}
	for _, tok := range tokens {
		if tok.SentBreak {
			cut(tok.Position)
		}
	}
	if start != len(text) {
		cut(len(text))
	}
	if len(out) == 0 {
		return nil // no sentence
	}
	return out
}

// punktWords is prose's word tokenizer: Punkt's, with more endings that
// close a sentence (a period, question or exclamation mark before a quote
// or bracket).
type punktWords struct {
	sentences.DefaultWordTokenizer
	blank sentences.Token // a new token, for Tokenize to copy: it holds the library's unexported fields
}

var (
	punktEnders = []string{
		`."`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	punktParens = []string{`.[`, `.(`, `."`, `?[`, `?(`, `![`, `!(`}
)

// HasSentEndChars reports whether t ends a sentence with punctuation
// before a quote or bracket (prose's rule, replacing Punkt's).
func (w *punktWords) HasSentEndChars(t *sentences.Token) bool {
	if !hasSentencePunct(t.Tok) {
		return false // every ender and bracket below holds one
	}
	// Each test is skipped when a character all its strings end with is
	// missing.
	if last, _ := utf8.DecodeLastRuneInString(t.Tok); strings.ContainsRune(`"')?!’”`, last) {
		for _, e := range punktEnders {
			if strings.HasSuffix(t.Tok, e) && !strings.Contains(t.Tok, "Yahoo!") { // prose's regexp `Yahoo!`
				return true
			}
		}
	}
	if hasByteOf(t.Tok, `[("`) {
		for _, p := range punktParens {
			if strings.Contains(t.Tok, p) {
				return true
			}
		}
	}
	return false
}

// punktMultiPunct is prose's extra annotation pass: abbreviations with
// several periods ("F.B.I."), ellipses, and breaks after closing quotes
// and brackets.
type punktMultiPunct struct {
	*sentences.Storage
	words *punktWords
}

// Annotate applies the pass to every pair of adjacent tokens, in the
// order of the pairs sentences.DefaultTokenGrouper would build, and to the
// last token.
func (a *punktMultiPunct) Annotate(tokens []*sentences.Token) []*sentences.Token {
	var buf []byte // a type, reused
	for i, one := range tokens {
		if i+1 < len(tokens) {
			buf = a.annotate(one, tokens[i+1], buf[:0])
		} else if strings.Contains(one.Tok, "\n") && strings.Contains(one.Tok, " ") {
			one.SentBreak = false // mislabelled by an errant newline
		}
	}
	return tokens
}

// punktLooksInternal reports whether tok's final punctuation could occur
// inside a sentence (a bracket or quote).
func punktLooksInternal(tok string) bool {
	for _, p := range []string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, p) {
			return true
		}
	}
	return false
}

// annotate applies the pass to one and the token after it, two; it
// returns buf, which holds two's TypeNoSentPeriod if it was needed, for
// reuse.
func (a *punktMultiPunct) annotate(one, two *sentences.Token, buf []byte) []byte {
	// two's TypeNoSentPeriod once computed: two's fields do not change
	// below.
	var nextTyp []byte
	if strings.HasSuffix(one.Tok, ".") && two.Tok == "." { // an ellipsis Punkt split
		one.SentBreak, two.SentBreak = false, false
		return buf
	}
	isNonBreak := strings.HasSuffix(one.Tok, ".") && !one.SentBreak
	isEllipsis := hasEllipsis(one.Tok)
	isInternal := one.SentBreak && punktLooksInternal(one.Tok)
	if isNonBreak || isEllipsis || isInternal {
		buf = appendType(buf, two.Tok, two.SentBreak)
		nextTyp = buf
		isStarter := a.SentStarters[string(nextTyp)]
		if isEllipsis && (a.words.FirstUpper(two) || isStarter != 0) {
			one.SentBreak = true
			return buf
		}
		if isInternal && a.words.FirstLower(two) && isStarter == 0 {
			one.SentBreak = false
			return buf
		}
		if isNonBreak && a.words.FirstUpper(two) && a.Storage.OrthoContext[string(nextTyp)]&orthoLc != 0 {
			one.SentBreak = true
		}
	}
	if !hasDottedAbbr(one.Tok) || a.words.IsInitial(one) {
		return buf
	}
	if nextTyp == nil {
		buf = appendType(buf, two.Tok, two.SentBreak)
		nextTyp = buf
	}
	one.Abbr, one.SentBreak = true, a.words.startsSentence(a.Storage, two, nextTyp)
	return buf
}

// hasEllipsis reports whether s holds three or more periods, each
// separated from the next by at most one ASCII white-space byte: prose's
// `(?:\.\s?){2,}\.` (RE2's \s is [\t\n\f\r ]).
func hasEllipsis(s string) bool {
	dots := 0 // periods in the current run
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '.':
			if dots++; dots == 3 {
				return true
			}
		case dots > 0 && isRESpace(s[i]) && i+1 < len(s) && s[i+1] == '.':
			// one space inside the run: the next period continues it
		default:
			dots = 0
		}
	}
	return false
}

// hasDottedAbbr reports whether s holds an abbreviation with several
// periods: prose's `((?:[\w]\.)+[\w]*\.)` (RE2's \w is [0-9A-Za-z_]). That
// matches wherever a word byte and a period are followed by word bytes
// and a period, since any further "\w." of the repetition is such a pair
// too.
func hasDottedAbbr(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if !isWordByte(s[i]) || s[i+1] != '.' {
			continue
		}
		j := i + 2
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j < len(s) && s[j] == '.' {
			return true
		}
	}
	return false
}

// isWordByte reports whether c is in RE2's \w.
func isWordByte(c byte) bool { return isASCIILetter(c) || isASCIIDigit(c) || c == '_' }

// isRESpace reports whether c is in RE2's \s.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// loadTraining decodes Punkt's training data as sentences.LoadTraining
// does, but about five times faster: the model is an object of four
// objects from word to integer, which a byte scan reads into maps sized
// in advance. Loading the model is most of the start-up time of a
// one-article run. Anything else in the data (escapes, other keys or
// values) falls back to sentences.LoadTraining; TestLoadTraining checks
// that both give the same Storage.
func loadTraining(b []byte) (*sentences.Storage, error) {
	st := &sentences.Storage{}
	sets := map[string]*sentences.SetString{
		"AbbrevTypes": &st.AbbrevTypes, "Collocations": &st.Collocations,
		"SentStarters": &st.SentStarters, "OrthoContext": &st.OrthoContext,
	}
	d := trainingDecoder{b: b}
	ok := d.byte('{')
	for ok && !d.byte('}') {
		name, isKey := d.str()
		set := sets[name]
		if !isKey || set == nil || *set != nil || !d.byte(':') || !d.byte('{') {
			ok = false
			break
		}
		*set = make(sentences.SetString, bytes.Count(b[d.i:d.i+bytes.IndexByte(b[d.i:], '}')+1], []byte{','})+1)
		for ok && !d.byte('}') {
			k, isStr := d.str()
			v, isInt := 0, false
			if isStr && d.byte(':') {
				v, isInt = d.int()
			}
			if !isInt {
				ok = false
				break
			}
			(*set)[k] = v
			d.byte(',')
		}
		d.byte(',')
	}
	if !ok || d.skipSpace() < len(b) {
		return sentences.LoadTraining(b)
	}
	return st, nil
}

// trainingDecoder scans the JSON of Punkt's training data.
type trainingDecoder struct {
	b []byte
	i int
}

func (d *trainingDecoder) skipSpace() int {
	for d.i < len(d.b) && (d.b[d.i] == ' ' || d.b[d.i] == '\n' || d.b[d.i] == '\t' || d.b[d.i] == '\r') {
		d.i++
	}
	return d.i
}

// byte consumes c after white space, if it is next.
func (d *trainingDecoder) byte(c byte) bool {
	if d.skipSpace() < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// str reads a string without escapes.
func (d *trainingDecoder) str() (string, bool) {
	if !d.byte('"') {
		return "", false
	}
	j := bytes.IndexByte(d.b[d.i:], '"')
	if j < 0 || bytes.IndexByte(d.b[d.i:d.i+j], '\\') >= 0 || !utf8.Valid(d.b[d.i:d.i+j]) {
		return "", false
	}
	s := string(d.b[d.i : d.i+j])
	d.i += j + 1
	return s, true
}

// int reads a non-negative decimal integer of at most nine digits.
func (d *trainingDecoder) int() (int, bool) {
	d.skipSpace()
	n, j := 0, d.i
	for j < len(d.b) && j-d.i < 9 && d.b[j] >= '0' && d.b[j] <= '9' {
		n = n*10 + int(d.b[j]-'0')
		j++
	}
	if j == d.i || j < len(d.b) && d.b[j] >= '0' && d.b[j] <= '9' {
		return 0, false
	}
	d.i = j
	return n, true
}
