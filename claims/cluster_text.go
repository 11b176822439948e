package claims

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one token of a sentence, as the clustering stage sees it: a run
// of letters (with the internal periods of "U.S." or "a.m.") or a number.
// Hyphens split words ("US-Russia" is two words) but not numbers ("4-5").
// Whether it is capitalised is its lexeme's cap.
type word struct {
	Span  Span    // bytes in the input
	Space bool    // only white space or a hyphen separates it from the next word
	lx    *lexeme // its text (a trailing possessive "'s" dropped), lower case, stem, number…
}

// lexeme is what clustering derives from a word's text alone: computed
// once per distinct text of a document instead of once per occurrence.
type lexeme struct {
	// What reading and matching every word needs comes first.
	key, key2          uint64     // the text's first 8 bytes and the next 8, packed as load8 does, when it has at most 16, else 0
	text               string     // as written
	number             string     // a number's value ("10:00", "3" for "three")
	term               int32      // the term it adds uncapitalised: numTerm, "not" for a negation, stemTerm, or -1 for a stop word or a single letter
	stemTerm, nameTerm int32      // ids in the document's vocab of the terms stem (-1 for a number) and "n:" + lower (-1 until a name needs it, see vocab.nameTerm)
	numTerm            int32      // id of the term "=" + number, or -1
	cap                bool       // starts with an upper-case letter (not a number)
	nameable           bool       // term is stemTerm and cap: the word stands for a name candidate instead
	phrases            bool       // byText or byStem is not empty
	inert              bool       // no term, no phrase, no anaphor: nothing for features to take
	neg                bool       // negations[lower], or ends in "n't"
	stopWord           bool       // stopWords[lower]
	anaphor, generic   bool       // anaphors[lower] is set, and its value
	determiner         bool       // determiners[lower]
	cataphoric         bool       // cataphoric[lower]
	low                *lowerInfo // shared by the texts with this lower case

	cands          [2]int32      // ids of its name candidates elsewhere and at a sentence start, or -1
	textWord       int32         // the id of the text among the words of topic phrases (see Clusterer.words), or -1
	stemWord       int32         // likewise, of the stem
	lower, stem    string        // lower case; Lower after stem
	byText, byStem []topicPhrase // topic phrases whose first word is the text, or the stem
}

// lowerInfo is what a document's words say about one lower-case form.
type lowerInfo struct {
	seen   bool // written in lower case somewhere
	capMid bool // capitalised somewhere other than at a sentence start
}

// vocab holds a document's lexemes by text and numbers the terms they and
// the topics stand for, so that clustering compares int32 ids, not
// strings. A Clusterer is shared, so each Cluster call builds its own.
type vocab struct {
	k      *Clusterer
	texts  map[string]*lexeme // letter words by text
	nums   map[string]*lexeme // numbers by text
	lowers map[string]*lowerInfo
	ids    map[string]int32 // term → id, in order of first use
	terms  []string         // id → term
	topics []int32          // index into k.keys → id of the topic's term
	not    int32            // id of the negation term "not"
	cands  []nameCand       // the name candidates among the ids
	recent [2048]*lexeme    // by textSlot: the last lexeme looked up, which spares most words the map
}

// nameCand is a term id that stands for a capitalised word, elsewhere or at
// a sentence start, until the whole document shows whether it is a name:
// one never written in lower case, and at a sentence start also
// capitalised elsewhere.
type nameCand struct {
	id    int32
	lx    *lexeme
	start bool
}

// isName reports whether the candidate is a name, once the document's
// words have all been seen.
func (nc nameCand) isName() bool {
	return !nc.lx.low.seen && (!nc.start || nc.lx.low.capMid)
}

// nameCand returns the id of the name candidate for a capitalised word
// with lexeme lx, at a sentence start or not.
func (v *vocab) nameCand(lx *lexeme, start bool) int32 {
	k := 0
	if start {
		k = 1
	}
	if lx.cands[k] < 0 {
		lx.cands[k] = int32(len(v.terms))
		v.terms = append(v.terms, "") // not a term: number resolves it
		v.cands = append(v.cands, nameCand{id: lx.cands[k], lx: lx, start: start})
	}
	return lx.cands[k]
}

func newVocab(k *Clusterer) *vocab {
	v := &vocab{k: k, texts: map[string]*lexeme{}, nums: map[string]*lexeme{}, lowers: map[string]*lowerInfo{}, ids: map[string]int32{}}
	v.not = v.term("not")
	if k != nil {
		for _, key := range k.keys {
			v.topics = append(v.topics, v.term(key))
		}
	}
	return v
}

// nameTerm returns the id of the term "n:" + lower of lexeme lx, which
// stands for it as a name: numbered only for the words that are names,
// once the document shows which.
func (v *vocab) nameTerm(lx *lexeme) int32 {
	if lx.nameTerm < 0 {
		lx.nameTerm = v.term("n:" + lx.lower)
	}
	return lx.nameTerm
}

// term returns the id of term t, numbering it when it is new.
func (v *vocab) term(t string) int32 {
	if id, ok := v.ids[t]; ok {
		return id
	}
	id := int32(len(v.terms))
	v.ids[t] = id
	v.terms = append(v.terms, t)
	return id
}

// textSlot is where in vocab.recent the lexeme of a non-empty text goes:
// keySlot of its packed bytes when it has at most 16, else a hash of its
// length, ends and middle. A number starts with a digit and a word with a
// letter, so the text alone tells which map a recent lexeme is from.
func textSlot(text string) uint {
	if len(text) <= 16 {
		return keySlot(packed(text))
	}
	return (uint(len(text))<<8 ^ uint(text[0])<<4 ^ uint(text[len(text)-1]) ^ uint(text[len(text)/2])<<2) % uint(len(vocab{}.recent))
}

// keySlot is where in vocab.recent the lexeme of a text of at most 16
// bytes, packed in key and key2 (see lexeme.key), goes: the top bits of a
// product that all their bits change.
func keySlot(key, key2 uint64) uint {
	return uint((key ^ key2*0xff51afd7ed558ccd) * 0x9e3779b97f4a7c15 >> 53)
}

// packed returns the first 8 bytes of s and the next 8, packed as load8
// packs them.
func packed(s string) (key, key2 uint64) {
	for i := min(len(s), 16) - 1; i >= 0; i-- {
		if i >= 8 {
			key2 = key2<<8 | uint64(s[i])
		} else {
			key = key<<8 | uint64(s[i])
		}
	}
	return key, key2
}

// find returns the lexeme of a word (a number when num, else a word of
// letters), the recent one of its slot when it is that, and makes it the
// recent one.
func (v *vocab) find(text string, num bool) *lexeme {
	h := textSlot(text)
	if lx := v.recent[h]; lx != nil && lx.text == text {
		return lx
	}
	m := v.texts
	if num {
		m = v.nums
	}
	lx, ok := m[text]
	if !ok {
		lx = v.newLexeme(text, num)
		m[text] = lx
	}
	v.recent[h] = lx
	return lx
}

// newLexeme analyses the text of a word: a number when num, else a word of
// letters.
func (v *vocab) newLexeme(text string, num bool) *lexeme {
	lx := &lexeme{text: text}
	if !num {
		r, _ := utf8.DecodeRuneInString(text)
		lx.cap = unicode.IsUpper(r)
	}
	if len(text) <= 16 {
		lx.key, lx.key2 = packed(text)
	}
	if num {
		lx.number = text
	} else {
		lx.lower = strings.ToLower(text)
	}
	f := facts[lx.lower] // none for a number, whose lower is ""
	if !num {
		lx.number = f.number
	}
	lx.stem = stem(lx.lower)
	lx.stemTerm, lx.nameTerm, lx.numTerm, lx.cands = -1, -1, -1, [2]int32{-1, -1}
	if !num {
		lx.stemTerm = v.term(lx.stem)
	}
	if lx.number != "" {
		lx.numTerm = v.term("=" + lx.number)
	}
	lx.neg = f.neg || strings.HasSuffix(lx.lower, "n't") || strings.HasSuffix(lx.lower, "n’t")
	lx.stopWord = f.stopWord
	switch {
	case lx.number != "":
		lx.term = lx.numTerm
	case lx.neg:
		lx.term = v.not
	case lx.stopWord || len(lx.lower) < 2:
		lx.term = -1
	default:
		lx.term, lx.nameable = lx.stemTerm, lx.cap
	}
	lx.generic, lx.anaphor = f.generic, f.anaphor
	lx.determiner, lx.cataphoric = f.determiner, f.cataphoric
	lx.textWord, lx.stemWord = -1, -1
	if v.k != nil {
		if id, ok := v.k.words[text]; ok {
			lx.textWord, lx.byText = id, v.k.starts[id]
		}
		if id, ok := v.k.words[lx.stem]; ok {
			lx.stemWord, lx.byStem = id, v.k.starts[id]
		}
		lx.phrases = len(lx.byText)+len(lx.byStem) > 0
	}
	lx.inert = lx.term < 0 && !lx.phrases && !lx.anaphor
	lx.low = v.lowers[lx.lower]
	if lx.low == nil {
		lx.low = &lowerInfo{}
		v.lowers[lx.lower] = lx.low
	}
	// Every word of a lexeme is written alike: one is being read.
	lx.low.seen = lx.low.seen || !num && !lx.cap
	return lx
}

// wordsWith appends the words of text[start:end] to dst and returns the
// extended slice; every Span indexes text. It shares lexemes through v: a
// document's words are read with one vocab, so each distinct text is
// analysed once. It notes in the lexemes' lowerInfo how each word is
// written, for vocab.nameCand: a new lexeme that it is in lower case, and
// a capitalised word after the first that it is so mid-sentence.
func wordsWith(dst []word, text string, start, end int, v *vocab) []word {
	n0 := len(dst)
	dst = slices.Grow(dst, (end-start)/2+1) // room for the plain words (see plainWords)
	prev := -1                              // where the text of the word before ends; -1 before the first
	for i := start; i < end; {
		if dst, i, prev = v.plainWords(dst, text, i, end, prev); i >= end {
			break
		}
		// Anything else, one word or character at a time, within the end.
		text := text[:end]
		c := text[i]
		var next, wend int // where the word ends, and its text (before a possessive "'s")
		digit := false
		switch {
		case c|0x20-'a' < 26: // ASCII letters (c|0x20 below 'a' wraps round)
			next = letterEnd(text, i+1)
			wend = next
			if wend < len(text) && (text[wend] == '\'' || text[wend] == '.' || text[wend] >= utf8.RuneSelf) {
				next, wend = scanWord(text, i) // the word may go on
			}
		case c < utf8.RuneSelf && (c < '0' || c > '9'):
			i++ // a space or punctuation
			continue
		default:
			var ok bool
			if next, wend, digit, ok = scanOther(text, i); !ok {
				i = next
				continue
			}
		}
		lx := v.find(text[i:wend], digit)
		if len(dst) < cap(dst) {
			dst = dst[:len(dst)+1] // no zeroing, which costs a write barrier over the old lexeme while the GC runs
		} else {
			dst = append(dst, word{})
		}
		w := &dst[len(dst)-1] // filled in place, each field: cheaper than copying a word in
		w.Span, w.Space, w.lx = Span{i, wend}, wend < len(text) && spaceGuess(text[wend]), lx
		if prev >= 0 {
			dst[len(dst)-2].Space = onlySpace(text[prev:i])
			if lx.cap {
				lx.low.capMid = true
			}
		}
		prev, i = wend, next
	}
	if len(dst) > n0 {
		dst[len(dst)-1].Space = false // no word after the last
	}
	return dst
}

// lowBytes holds, for n from 0 to 8, the mask of the n lowest bytes of a
// uint64: a load instead of shifts by a variable count. Read only.
var lowBytes = [9]uint64{0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, 0xffffffffffffffff}

// spaceGuess is a word's Space when one byte, e, separates it from the
// next word (see onlySpace). The word after sets the right Space when more
// separate them, and wordsWith when there is none.
func spaceGuess(e byte) bool { return e == ' ' || e == '\t' || e == '-' }

// plainWords appends to dst the words of text from byte i on, up to end,
// for as long as they are plain: at most 16 ASCII letters, which a space
// or punctuation ends for sure, whose lexeme is the recent one of its
// slot, the gap before them ASCII, with room for them in dst. prev is
// where the text of the word before ends (-1 for none). It returns dst,
// where it stopped and where the last word's text ends. Most words are
// plain; reading them in a loop without calls, 8 bytes at a time, keeps
// its state in registers. It may read up to 16 bytes past a word, up to
// the end of text.
func (v *vocab) plainWords(dst []word, text string, i, end, prev int) ([]word, int, int) {
	k := len(dst)
	dst = dst[:cap(dst)]
	lim := min(end, len(text)-15) // i below it: within the end, and 16 bytes to read
	for i < lim && k < len(dst) {
		c := text[i]
		if c|0x20-'a' >= 26 { // not a letter (c|0x20 below 'a' wraps round)
			if c < utf8.RuneSelf && (c < '0' || c > '9') {
				i++ // a space or punctuation
				continue
			}
			break
		}
		key, key2 := load8(text, i), uint64(0)
		n := letterRun(key)
		if n == 8 {
			key2 = load8(text, i+8)
			m := letterRun(key2)
			if m == 8 {
				break
			}
			key2 &= lowBytes[m]
			n += m
		} else {
			key &= lowBytes[n]
		}
		wend := i + n
		e := text[wend] // the byte after the word: i+16 is within text
		if wend > end {
			break
		}
		// A period ends a word of two letters or more (see scanWord); an
		// apostrophe or a byte beyond ASCII may go on with it.
		if wend < end && (e == '\'' || e >= utf8.RuneSelf || e == '.' && n < 2) {
			break
		}
		// No word has a zero byte, and the keys of a longer one are zero:
		// the same keys are the same text.
		lx := v.recent[keySlot(key, key2)]
		if lx == nil || lx.key != key || lx.key2 != key2 {
			break
		}
		if prev >= 0 && i != prev+1 { // the guess of the word before is right for a gap of one byte
			space := true
			for _, g := range []byte(text[prev:i]) {
				if g >= utf8.RuneSelf {
					return dst[:k], i, prev // onlySpace decides
				}
				if g != ' ' && g != '\t' && g != '-' {
					space = false
					break
				}
			}
			dst[k-1].Space = space
		}
		w := &dst[k] // filled in place, each field: cheaper than copying a word in
		w.Span, w.Space, w.lx = Span{i, wend}, spaceGuess(e), lx
		if lx.cap && prev >= 0 {
			lx.low.capMid = true
		}
		k++
		prev, i = wend, wend
		if e == ' ' && i < end {
			i++ // most often, the next word comes after a space
		}
	}
	return dst[:k], i, prev
}

// scanOther reads what starts at text[i] when it is not an ASCII letter,
// space or punctuation: a number, a word that starts with a letter beyond
// ASCII, or else (not ok) a character that is neither, to skip. It returns
// where the word ends (or the character), where its text ends and whether
// it is a number.
func scanOther(text string, i int) (next, end int, digit, ok bool) {
	r, n := rune(text[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRuneInString(text[i:])
	}
	switch {
	case punctuation(r):
	case r < utf8.RuneSelf || unicode.IsDigit(r): // what is ASCII here is a digit
		next = scanNumber(text, i)
		return next, next, true, true
	case unicode.IsLetter(r):
		next, end = scanWord(text, i)
		return next, end, false, true
	}
	return i + n, 0, false, false
}

// onlySpace reports whether gap holds nothing but spaces, tabs and hyphens
// or dashes (no line break, no punctuation).
func onlySpace(gap string) bool {
	for _, r := range gap {
		if r != ' ' && r != '\t' && r != '-' && r != '–' {
			return false
		}
	}
	return true
}

// scanNumber returns the end of the number starting at i: digits, with
// single separators (":", ".", ",", "-", "–", "/") between digits.
func scanNumber(text string, i int) int {
	j := i
	for j < len(text) {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsDigit(r) {
			j += n
			continue
		}
		if strings.ContainsRune(":.,-–/", r) && j+n < len(text) {
			if r2, _ := utf8.DecodeRuneInString(text[j+n:]); unicode.IsDigit(r2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// scanWord returns where the word starting at i ends (next) and where its
// text ends (end), which differ by a dropped possessive "'s".
func scanWord(text string, i int) (next, end int) {
	j := i
	letters := 0
	for j < len(text) {
		if isASCIILetter(text[j]) { // the common case: a run of ASCII letters
			k := j + 1
			for k < len(text) && isASCIILetter(text[k]) {
				k++
			}
			letters += k - j
			j = k
			continue
		}
		c := text[j]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
			if !punctuation(r) && (unicode.IsLetter(r) || unicode.IsMark(r)) {
				j += n
				letters++
				continue
			}
		}
		if r != '\'' && r != '’' && r != '.' || j+n >= len(text) {
			break // only an apostrophe or a period may go on with the word
		}
		r2, n2 := utf8.DecodeRuneInString(text[j+n:])
		switch {
		case (r == '\'' || r == '’') && (r2 == 's' || r2 == 'S') && !isLetterAt(text, j+n+n2):
			return j + n + n2, j // possessive: "Putin’s" is "Putin"
		case (r == '\'' || r == '’') && unicode.IsLetter(r2):
			j += n // "don't"
			continue
		case r == '.' && unicode.IsLetter(r2) && letters == 1 && isAbbrevDot(text, j+n+n2):
			j += n // "U.S.", "a.m."
			letters = 0
			continue
		}
		break
	}
	return j, j
}

// isAbbrevDot reports whether a single letter at i-1 is followed by a
// period or the end of a word, as in the "S." of "U.S.".
func isAbbrevDot(text string, i int) bool {
	return i >= len(text) || text[i] == '.' || !isLetterAt(text, i)
}

func isLetterAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return !punctuation(r) && unicode.IsLetter(r)
}

// punctuation reports whether r is in Unicode's General Punctuation block
// (curly quotes, dashes, ellipsis…), which news uses often and which holds
// no letter, mark or digit: a cheap answer before the unicode tables.
func punctuation(r rune) bool { return r >= 0x2000 && r <= 0x206F }

// stem strips common English inflections from a lower-case word: plurals,
// "-ing", "-ed" and a final "e", so "close", "closed" and "closes" share
// "clos", and "resume" and "resuming" share "resum". It is deliberately
// lighter than Porter's algorithm: it never strips derivational suffixes
// ("-ion", "-al"), which would merge words that mean different things.
func stem(w string) string {
	if len(w) <= 3 || !isASCII(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	for _, suf := range []string{"ing", "ed"} {
		base := strings.TrimSuffix(w, suf)
		if base == w || len(base) < 3 || !strings.ContainsAny(base, "aeiouy") {
			continue
		}
		w = base
		if n := len(w); n >= 2 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouylsz", rune(w[n-1])) {
			w = w[:n-1] // "running" → "run"
		}
		break
	}
	if len(w) > 3 && strings.HasSuffix(w, "e") {
		w = w[:len(w)-1]
	}
	return w
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wordFact is what the word lists below say of a lower-case word.
type wordFact struct {
	number                                                  string // numberWords
	neg, stopWord, anaphor, generic, determiner, cataphoric bool   // negations, stopWords, anaphors (set, and its value), determiners, cataphoric
}

// facts holds the wordFact of every word of the lists below, so that a
// new lexeme looks its word up once.
var facts = func() map[string]wordFact {
	m := map[string]wordFact{}
	set := func(words map[string]bool, f func(*wordFact, bool)) {
		for w, b := range words {
			x := m[w]
			f(&x, b)
			m[w] = x
		}
	}
	for w, n := range numberWords {
		x := m[w]
		x.number = n
		m[w] = x
	}
	set(negations, func(x *wordFact, b bool) { x.neg = b })
	set(stopWords, func(x *wordFact, b bool) { x.stopWord = b })
	set(anaphors, func(x *wordFact, b bool) { x.anaphor, x.generic = true, b })
	set(determiners, func(x *wordFact, b bool) { x.determiner = b })
	set(cataphoric, func(x *wordFact, b bool) { x.cataphoric = b })
	return m
}()

// numberWords maps number words to the digits a claim would use instead.
var numberWords = map[string]string{
	"two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
	"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000",
	"dozen": "12",
}

// negations mark a claim's polarity; they are kept as one term, so that "X
// is not on the agenda" and "X will not be discussed" share it.
var negations = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "neither": true, "nor": true, "without": true}

// stopWords carry no content for clustering: function words, auxiliaries,
// vague quantifiers and reporting filler.
var stopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about above across after again against all almost also although always am among an and
		another any anyone anything are around as at away be because been before being below between both but by
		can cannot could did do does doing done down during each either else even ever every few for from further
		had has have having he her here hers herself him himself his how however i if in into is it its itself
		just least less like many may me might more most much must my myself near nearly neither next
		now of off often on once one only or other others otherwise our ours ourselves out over own per perhaps
		quite rather really said same say says several shall she should since so some such than that the their
		theirs them themselves then there these they this those though through thus to too toward towards under
		until up upon us very via was we were what whatever when where whether which while who whom whose why
		will with within would yet you your yours yourself also already still again ago almost
		mr mrs ms part total way ones thing things time times day days week weeks year years today yesterday
		tomorrow earlier later latter former new main ongoing current recent`) {
		m[w] = true
	}
	return m
}()

// anaphors are nouns that, after a determiner ("this issue", "the
// proposal"), refer back to a claim made before. A generic noun refers to
// the claim just before; a specific one to the last claim that used a word
// of the same root ("the proposal" → "had proposed").
var anaphors = map[string]bool{ // noun → generic
	"issue": true, "matter": true, "question": true, "topic": true, "subject": true, "problem": true,
	"point":    true,
	"proposal": false, "idea": false, "plan": false, "offer": false, "request": false, "initiative": false,
	"suggestion": false, "demand": false, "decision": false, "allegation": false, "accusation": false,
	"statement": false, "claim": false, "report": false, "announcement": false, "move": false,
	"proposals": false, "ideas": false, "plans": false, "offers": false, "requests": false, "claims": false,
	"issues": true, "matters": true, "questions": true, "reports": false, "allegations": false,
	"remarks": true, "comments": true, "words": true, "statements": false, "accusations": false,
}

// determiners introduce an anaphoric noun.
var determiners = map[string]bool{"this": true, "that": true, "these": true, "those": true, "the": true, "such": true, "its": true,
	"his": true, "her": true, "their": true}

// possessives are the determiners that name an owner: "his remarks".
var possessives = map[string]bool{"his": true, "her": true, "their": true}

// cataphoric words after an anaphoric noun show that it points forward
// ("the issue of resuming flights"), not back.
var cataphoric = map[string]bool{"of": true, "that": true, "to": true, "whether": true, "about": true, "on": true, "regarding": true}
