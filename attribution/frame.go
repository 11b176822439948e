package attribution

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// frameKind names the attribution pattern a frame was found by.
type frameKind uint8

const (
	frameSubjectCue   frameKind = iota + 1 // SOURCE CUE (that) CONTENT
	frameContentFirst                      // CONTENT, SOURCE CUE
	frameInverted                          // CONTENT, CUE SOURCE
	framePrep                              // according to SOURCE, CONTENT
	framePassive                           // CONTENT was reported by SOURCE
	frameNoun                              // a report that CONTENT
	frameLabel                             // Quote from SOURCE: CONTENT
	frameAgentless                         // CONTENT is said to …; it became known that CONTENT
)

// frame is one attribution found in a sentence, as token ranges.
type frame struct {
	kind           frameKind
	cue            *lexicon.Cue
	cueFrom, cueTo int
	srcFrom, srcTo int  // the source mention; srcFrom == srcTo when there is none
	conFrom, conTo int  // the content
	nested         bool // a report inside another clause ("which sources say …")
	viaFrom, viaTo int  // the outlet that carried the statement ("told TASS"); equal when none
	announce       bool // the content follows in the next sentences ("Peskov said:")
	backward       bool // the content is the previous sentence ("This was stated by Peskov.")
}

// maxNP bounds a noun phrase, in tokens: a source mention is short.
const maxNP = 14

// frames returns the attributions in a sentence: usually one, two when the
// content holds two coordinated that-clauses ("write that A and that B").
func (t *Tagger) frames(st *sent) []frame {
	if f := t.labelFrame(st); f != nil {
		return []frame{*f}
	}
	if f := t.speakerFrame(st); f != nil {
		return []frame{*f}
	}
	var verb, prep, passive *frame
	var nested, participles, coordinated []frame
	for _, m := range st.ms {
		if m.kind != entCue || st.inQ[m.from] {
			continue
		}
		c := &t.lex.Cues[m.ref]
		switch c.Kind {
		case lexicon.CuePrep:
			if prep == nil {
				prep = t.prepFrame(st, m, c)
			}
		case lexicon.CuePassive:
			if passive == nil {
				passive = t.passiveFrame(st, m, c)
			}
		case lexicon.CueNoun:
			if f := t.nounFrame(st, m, c); f != nil {
				nested = append(nested, *f)
			}
		case lexicon.CueAgentless:
			if f := agentlessFrame(st, m, c); f != nil {
				nested = append(nested, *f)
			}
		case lexicon.CueVerb, "":
			if pf := t.participleFrame(st, m, c); pf != nil {
				participles = append(participles, *pf)
				continue
			}
			f := t.verbFrame(st, m, c)
			switch {
			case f == nil:
				if g := t.sharedSubjectFrame(st, m, c, verb); g != nil {
					coordinated = append(coordinated, *g)
				}
				continue
			case f.nested:
				nested = append(nested, *f)
				continue
			case verb == nil:
				verb = f
				continue
			}
			if f.kind != frameSubjectCue || f.srcFrom == 0 || f.cueFrom < verb.cueTo {
				continue
			}
			switch before := st.toks[f.srcFrom-1].low; {
			case relatives[before]:
				// "…, which sources say Trump endorsed": a report inside the content.
				f.nested = true
				nested = append(nested, *f)
			case clauseJoins[before] || before == ";":
				// "…, and Peskov added that …": a second report; the first
				// one's content ends where the new clause begins.
				end := f.srcFrom - 1
				for end > 0 && (clauseJoins[st.toks[end].low] || st.toks[end].low == "," || st.toks[end].low == ";") {
					end--
				}
				if verb.conTo > end+1 && verb.conFrom <= end {
					verb.conTo = end + 1
				}
				coordinated = append(coordinated, *f)
			}
		}
	}
	var f *frame
	switch {
	case passive != nil:
		f = passive
	case prep != nil && (verb == nil || !(prep.cueFrom >= verb.srcFrom && prep.cueFrom < verb.conFrom)):
		// "CONTENT, according to X" wins over a verb inside the content
		// ("Washington has signaled …, according to Bloomberg"); a prep
		// phrase between a verb cue and its content is a conduit ("reported,
		// citing a source, that …").
		f = prep
	case verb != nil:
		f = verb
	default:
		return append(append(nested, coordinated...), t.participleSources(st, nil, participles)...)
	}
	if f.kind == frameAgentless {
		return append(nested, t.participleSources(st, nil, participles)...)
	}
	ps := t.participleSources(st, f, participles) // may end f's content earlier
	out := append(t.splitCoordinated(st, *f), ps...)
	if f == verb {
		out = append(out, coordinated...)
	}
	for _, nf := range nested {
		if nf.cueFrom >= f.cueTo && (nf.conFrom > f.srcFrom || f.srcFrom == f.srcTo) && (nf.kind != frameAgentless || nf.cueFrom >= f.conFrom) {
			out = append(out, nf)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].conFrom < out[j].conFrom })
	return out
}

// nounFrame finds a report named by a noun and its content: "despite
// reports that A", "denied a report that A". The noun phrase is the
// source; the content runs to the end of the clause.
func (t *Tagger) nounFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if !st.is(m.to, "that") || st.words(m.to+1, len(st.toks)) < 3 || m.from > 0 && st.toks[m.from].capitalized() {
		return nil
	}
	from, ok := t.npBack(st, m.to-1)
	if !ok {
		return nil
	}
	end := m.to + 1
	for end < len(st.toks) && !(st.toks[end].low == "," && !st.inQ[end]) {
		end++
	}
	return &frame{kind: frameNoun, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: m.to, conFrom: m.to + 1, conTo: end}
}

// verbFrame tries the reporting-verb patterns around the cue match m, and
// notes the outlet the statement was made to.
func (t *Tagger) verbFrame(st *sent, m match, c *lexicon.Cue) *frame {
	f := t.reportFrame(st, m, c)
	if f != nil {
		end := f.conFrom
		if end <= f.cueTo {
			end = len(st.toks)
		}
		f.viaFrom, f.viaTo = t.conduit(st, f.cueTo, end)
	}
	return f
}

// conduit finds a media outlet a statement was made to, in tokens [i,
// end) after the cue: "told TASS", "said in an interview with RT",
// "told the BBC on Sunday".
func (t *Tagger) conduit(st *sent, i, end int) (int, int) {
	for j := i; j < end && j < len(st.toks) && j < i+8; j++ {
		if st.inQ[j] || st.toks[j].low == "that" {
			break
		}
		if j > i && !st.is(j-1, "with") && !st.is(j-1, "to") {
			continue
		}
		from, at := j, j
		if determiners[st.toks[at].low] {
			at++
		}
		if m, ok := st.matchAt(at, entActor); ok && t.lex.Actors[m.ref].Type == lexicon.TypeMedia {
			return from, m.to
		}
		// A common noun names an outlet only with its article ("the
		// newspaper"); "told reporters" names no outlet.
		if m, ok := st.matchAt(at, entNoun); ok && at > from && t.lex.Nouns[m.ref].Type == lexicon.TypeMedia {
			return from, m.to
		}
	}
	return i, i
}

// reportFrame tries the reporting-verb patterns around the cue match m.
func (t *Tagger) reportFrame(st *sent, m match, c *lexicon.Cue) *frame {
	n := len(st.toks)
	// A capitalised verb form inside a sentence is a name ("the United
	// States"), and an infinitive is not a report ("managed to agree on").
	if m.from > 0 && st.toks[m.from].capitalized() && !st.toks[m.from-1].isQuote() {
		return nil
	}
	// A noun that looks like a verb: "the McKinley plan is …", "member
	// states could …", "Editor's note:".
	if m.to-m.from == 1 && (m.to < len(st.toks) && nounFollowers[st.toks[m.to].low] || m.from > 0 && strings.HasSuffix(st.toks[m.from-1].low, "'s")) {
		return nil
	}
	if m.to-m.from == 1 && strings.HasSuffix(st.toks[m.from].low, "ing") && !progressiveAt(st, m.from) {
		return nil // a participle ("speaking to reporters"), not a report
	}
	if st.is(m.from-1, "to") || st.is(m.from-1, "not") && len(t.cueWords(m)) == 1 {
		return nil
	}
	f := &frame{cue: c, cueFrom: m.from, cueTo: m.to}
	if c.NeedsQuote && !t.quoteSoon(st, m.to) {
		return nil
	}
	if from, to, ok := t.subjectBefore(st, m.from, speechVerbs[c.Phrase]); ok {
		f.srcFrom, f.srcTo = from, to
		// A report inside a subordinate clause ("… after the company
		// denied the report") is a claim of its own, but the sentence
		// speaks in the publisher's voice.
		f.nested = !st.subjectStartOK(from)
		if b, ok := st.boundaryBefore(from); ok && t.contentFirst(st, b, m.to, c) {
			f.kind = frameContentFirst
			f.conFrom, f.conTo = st.contentBefore(b)
			return f
		}
		start, ok := t.contentAfter(st, m.to, c)
		switch {
		case ok:
		case endsWithColon(st, m.to):
			f.kind, f.conFrom, f.conTo, f.announce = frameSubjectCue, n, n, true
			return f
		case c.Stance == string(claims.NoComment):
			start = 0 // "The White House declined to comment."
		default:
			return nil
		}
		f.kind, f.conFrom, f.conTo = frameSubjectCue, start, n
		f.backward = refersBack(st, start, n)
		return f
	}
	// "“…,” said Peskov."
	if b, ok := st.boundaryBefore(m.from); ok {
		from, to, ok := t.phraseAfter(st, m.to, true, false)
		if ok && st.tailIsAdverbial(to) {
			f.kind, f.srcFrom, f.srcTo = frameInverted, from, to
			f.conFrom, f.conTo = st.contentBefore(b)
			if st.words(f.conFrom, f.conTo) >= 2 {
				return f
			}
		}
	}
	return nil
}

// cueWords returns the words of a cue match.
func (t *Tagger) cueWords(m match) []int {
	out := make([]int, 0, m.to-m.from)
	for i := m.from; i < m.to; i++ {
		out = append(out, i)
	}
	return out
}

// quoteSoon reports whether a quotation opens within a few tokens of i.
func (t *Tagger) quoteSoon(st *sent, i int) bool {
	for j := i; j < len(st.toks) && j < i+4; j++ {
		if st.toks[j].kind == tokOpenQ {
			return true
		}
	}
	return false
}

// prepFrame tries "according to SOURCE" around the cue match m.
func (t *Tagger) prepFrame(st *sent, m match, c *lexicon.Cue) *frame {
	from, to, ok := t.phraseAfter(st, m.to, false, true)
	if !ok {
		return nil
	}
	f := &frame{kind: framePrep, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: to}
	after := to
	for after < len(st.toks) && (st.toks[after].low == "," || st.toks[after].low == ":") {
		after++
	}
	end := len(st.toks)
	if st.words(after, end) >= 3 {
		f.conFrom, f.conTo = after, end
		return f
	}
	e := m.from
	for e > 0 && st.toks[e-1].kind == tokPunct && st.toks[e-1].low != ")" {
		e--
	}
	if st.words(0, e) < 2 {
		return nil
	}
	f.conFrom, f.conTo = 0, e
	return f
}

// passiveFrame tries "CONTENT was reported by SOURCE".
func (t *Tagger) passiveFrame(st *sent, m match, c *lexicon.Cue) *frame {
	from, to, ok := t.phraseAfter(st, m.to, true, true)
	if !ok || m.from == 0 {
		return nil
	}
	return &frame{kind: framePassive, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: to, conFrom: 0, conTo: len(st.toks),
		backward: refersBack(st, 0, m.from)}
}

// refersBack reports whether content [from, to) only points back at what
// came before: "This was stated by …", "Peskov said this."
func refersBack(st *sent, from, to int) bool {
	words := st.words(from, to)
	if words == 0 || words > 2 {
		return false
	}
	for i := from; i < to; i++ {
		if st.toks[i].isWord() {
			return demonstratives[st.toks[i].low]
		}
	}
	return false
}

// endsWithColon reports whether the tokens from i on are a colon and
// nothing else ("Peskov said:").
func endsWithColon(st *sent, i int) bool {
	for i < len(st.toks) && st.toks[i].isWord() && timeWords[st.toks[i].low] {
		i++
	}
	return i == len(st.toks)-1 && st.toks[i].low == ":"
}

// subjectBefore finds the source mention that ends right before the cue at
// token cue: a noun phrase, perhaps with an appositive ("The new ambassador,
// Alexander Darchiev, said") or a participle clause that is not part of it
// ("Rubio, commenting on …, said").
func (t *Tagger) subjectBefore(st *sent, cue int, loose bool) (from, to int, ok bool) {
	j := cue - 1
	progressive := strings.HasSuffix(st.toks[cue].low, "ing") // "is telling"
	for j >= 0 && st.toks[j].isWord() && (preCue[st.toks[j].low] || progressive && beAux[st.toks[j].low]) && !t.headOK(st, loose, j) {
		j--
	}
	// A bracketed tag after a name belongs to the mention: "Rep. Gwen Moore (D-Wis.) said".
	if j > 0 && st.toks[j].low == ")" {
		k := j - 1
		for k > 0 && j-k < 10 && st.toks[k].low != "(" && st.toks[k].low != ")" {
			k--
		}
		if k > 0 && st.toks[k].low == "(" && t.headOK(st, loose, k-1) {
			if npFrom, ok := t.npBack(st, k-1); ok {
				return npFrom, j + 1, true
			}
		}
	}
	if j < 0 || st.inQ[j] {
		return 0, 0, false
	}
	if st.toks[j].low == "," {
		// An appositive or parenthetical: find the comma that opens it.
		k := j - 1
		for k >= 0 && j-k <= maxNP && st.toks[k].low != "," && !st.inQ[k] && (st.toks[k].isWord() || st.toks[k].low == "-" || st.toks[k].low == "." || st.toks[k].low == "'s") {
			k--
		}
		if k < 1 || st.toks[k].low != "," || k == j-1 {
			return 0, 0, false
		}
		inner := k + 1
		npFrom, ok := t.npBack(st, k-1)
		if !ok {
			return 0, 0, false
		}
		if participleStarts[st.toks[inner].low] {
			if !t.headOK(st, loose, k-1) {
				return 0, 0, false
			}
			return npFrom, k, true
		}
		if !t.headOK(st, loose, k-1) && !t.headOK(st, loose, j-1) {
			return 0, 0, false
		}
		return npFrom, j, true
	}
	if !t.headOK(st, loose, j) {
		return 0, 0, false
	}
	npFrom, ok := t.npBack(st, j)
	if !ok {
		return 0, 0, false
	}
	return npFrom, j + 1, true
}

// headOK reports whether token h can end a source mention: a source head,
// or with loose (the subject of a verb of saying: "The bank said") any
// word that can head a noun phrase.
func (t *Tagger) headOK(st *sent, loose bool, h int) bool {
	if t.isSourceHead(st, h) {
		return true
	}
	if !loose || h < 0 || h >= len(st.toks) || !st.toks[h].isWord() {
		return false
	}
	w := st.toks[h].low
	if clauseStops[w] || prepositions[w] || timeWords[w] || determiners[w] || strings.HasSuffix(w, "ly") || unicode.IsDigit(rune(w[0])) {
		return false
	}
	// The phrase must start like a noun phrase: an article, a possessive or a name.
	from, ok := t.npBack(st, h)
	return ok && (determiners[st.toks[from].low] || st.toks[from].capitalized() || strings.HasSuffix(st.toks[from].low, "'s"))
}

// npBack walks left from the head at token h over a noun phrase and returns
// its first token.
func (t *Tagger) npBack(st *sent, h int) (int, bool) {
	if h < 0 || !st.toks[h].isWord() || st.inQ[h] {
		return 0, false
	}
	from := h
	for from > 0 && h-from < maxNP {
		w := st.toks[from-1]
		if !w.isWord() || st.inQ[from-1] {
			break
		}
		if w.low == "and" || w.low == "&" {
			// "BlackBerry Ltd. and Samsung Electronics Co.": names joined by "and".
			if from-2 >= 0 && st.toks[from-2].capitalized() && st.toks[from].capitalized() {
				from--
				continue
			}
			break
		}
		if clauseStops[w.low] && !(w.capitalized() && from-1 > 0) {
			break
		}
		// A lower-case verb form before the phrase ends it ("… after the company").
		if subordinators[w.low] {
			break
		}
		from--
	}
	// A subject never starts with a preposition ("In parallel, …").
	for from < h && prepositions[st.toks[from].low] {
		from++
	}
	return from, true
}

// subjectStartOK rejects a subject inside a subordinate clause ("… after
// the company denied the report"): that clause reports an event in the
// publisher's voice.
func (st *sent) subjectStartOK(from int) bool {
	return !(from > 0 && subordinators[st.toks[from-1].low])
}

// isSourceHead reports whether token h can end a source mention: a word the
// lexicon knows as an actor, group or source noun, a pronoun, or a name.
func (t *Tagger) isSourceHead(st *sent, h int) bool {
	if h < 0 || h >= len(st.toks) || !st.toks[h].isWord() {
		return false
	}
	for _, k := range []entryKind{entActor, entGroup, entNoun} {
		if _, ok := st.matchEndingAt(h+1, k); ok {
			return true
		}
	}
	tk := st.toks[h]
	if pronouns[tk.low] {
		return true
	}
	// A capitalised word that is not the sentence's first word, or a
	// first word the lexicon does not know as a function word, is a name.
	return tk.capitalized() && !clauseStops[tk.low] && !determiners[tk.low] && !prepositions[tk.low] && !timeWords[tk.low] && !months[tk.low] && !labelWords[tk.low]
}

// boundaryBefore returns the comma or closing quotation mark before token
// i, skipping a comma just inside the quotation ("…,” Darchiev said").
func (st *sent) boundaryBefore(i int) (int, bool) {
	b := i - 1
	if b < 1 {
		return 0, false
	}
	switch {
	case st.toks[b].kind == tokCloseQ:
		return b, true
	case st.toks[b].low == "," || st.toks[b].low == "—" || st.toks[b].low == "–":
		return b, true
	}
	return 0, false
}

// contentBefore returns the content that ends at boundary b: everything
// before it, with a closing quotation mark kept and a trailing comma dropped.
func (st *sent) contentBefore(b int) (int, int) {
	end := b
	if st.toks[b].kind == tokCloseQ {
		end = b + 1
	}
	from := 0
	for from < end && st.toks[from].kind == tokPunct {
		from++
	}
	return from, end
}

// contentFirst decides whether a cue clause after boundary b closes the
// sentence ("CONTENT, SOURCE said earlier."): nothing after the cue
// introduces new content, and what stands before the boundary is a clause,
// not an introductory phrase.
func (t *Tagger) contentFirst(st *sent, b, afterCue int, c *lexicon.Cue) bool {
	from, to := st.contentBefore(b)
	if st.words(from, to) < 2 {
		return false
	}
	if st.toks[b].kind != tokCloseQ && prepositions[st.toks[from].low] && st.words(from, to) <= 6 {
		return false
	}
	j := afterCue
	if tellVerbs[c.Phrase] {
		// "told Russian reporters ahead of …": skip the person told.
		for j < len(st.toks) && st.toks[j].isWord() && !adverbialStarts[st.toks[j].low] && st.toks[j].low != "that" && j-afterCue < 5 {
			j++
		}
	}
	return st.tailIsAdverbial(j)
}

// tailIsAdverbial reports whether the tokens from i on add no new content:
// the end of the sentence, or a phrase of time, place or manner.
func (st *sent) tailIsAdverbial(i int) bool {
	// Only the clause the cue stands in counts: what follows a comma or a
	// dash is another clause ("she said several months later, and …").
	end := i
	for end < len(st.toks) && !(boundaryMarks[st.toks[end].low] && !st.inQ[end]) {
		tk := st.toks[end]
		if tk.low == "that" || tk.low == ":" || tk.kind == tokOpenQ {
			return false
		}
		end++
	}
	if i >= len(st.toks) || !st.toks[i].isWord() {
		return true
	}
	if adverbialStarts[st.toks[i].low] || timeWords[st.toks[i].low] {
		return true
	}
	// A short phrase closed by a comma: "she said several months later, and …".
	return end < len(st.toks) && st.toks[end].low != "." && st.words(i, end) <= 6
}

// contentAfter returns the first token of the content that follows a verb
// cue ending at token i: after "that" or a colon when one comes soon
// ("said Friday that", "told reporters in a statement that"), else after
// any time words.
func (t *Tagger) contentAfter(st *sent, i int, c *lexicon.Cue) (int, bool) {
	n := len(st.toks)
	j := i
	// A comma-delimited aside right after the cue: "reported, citing a source, that".
	if j < n && st.toks[j].low == "," {
		k := j + 1
		for k < n && k-j <= maxNP && st.toks[k].low != "," && !st.inQ[k] {
			k++
		}
		if k < n && st.toks[k].low == "," {
			j = k + 1
		}
	}
	for k := j; k < n && k < j+10; k++ {
		tk := st.toks[k]
		if tk.kind == tokOpenQ {
			if k == j {
				return k, true
			}
			break
		}
		if st.inQ[k] {
			break
		}
		if tk.low == "that" || tk.low == ":" {
			if k+1 < n && st.words(k+1, n) > 0 {
				return k + 1, true
			}
			return 0, false
		}
		if tk.low == "." || tk.low == ";" {
			break
		}
		// A subject or a verb before "that" means the content has begun
		// and "that" is a determiner ("said they had obtained copies of that plan").
		if pronouns[tk.low] || clauseStops[tk.low] {
			break
		}
	}
	for j < n && st.toks[j].isWord() && timeWords[st.toks[j].low] {
		j++
	}
	if j < n && st.toks[j].low == "," {
		j++
	}
	if st.words(j, n) == 0 && !(j < n && st.toks[j].kind == tokOpenQ) {
		return 0, false
	}
	return j, true
}

// phraseAfter returns the noun phrase that starts at token i: the source of
// "according to X", "was reported by X" and "said X". With stopAtPrep, a
// preposition other than "of" ends it ("reported by pro-Kremlin media at
// 10:00").
func (t *Tagger) phraseAfter(st *sent, i int, stopAtPrep, loose bool) (from, to int, ok bool) {
	j := i
	for j < len(st.toks) && j-i < maxNP {
		tk := st.toks[j]
		if !tk.isWord() || st.inQ[j] || tk.low == "that" || tk.low == "who" || tk.low == "which" {
			break
		}
		if j > i && (stopAtPrep && prepositions[tk.low] && tk.low != "of" || adverbialStarts[tk.low] && !prepositions[tk.low] && tk.low != "this") {
			break
		}
		j++
	}
	if j == i {
		return 0, 0, false
	}
	// The head is the last word, or the last source word before "of".
	for h := j - 1; h >= i; h-- {
		if t.isSourceHead(st, h) {
			return i, j, true
		}
	}
	// After "according to" or "reported by" any noun phrase is the source
	// ("according to exit polls").
	if loose {
		if w := st.toks[j-1].low; !clauseStops[w] && !prepositions[w] && !determiners[w] {
			return i, j, true
		}
	}
	return 0, 0, false
}

// splitCoordinated splits a content made of two that-clauses ("write that
// A and that B", "said that A, and reiterated that B") into two frames with
// the same source.
func (t *Tagger) splitCoordinated(st *sent, f frame) []frame {
	if f.kind != frameSubjectCue {
		return []frame{f}
	}
	for k := f.conFrom + 1; k < f.conTo-1; k++ {
		if st.inQ[k] || st.toks[k].low != "and" {
			continue
		}
		j := k + 1
		second := f
		if m, ok := st.matchAt(j, entCue); ok && t.lex.Cues[m.ref].Kind != lexicon.CuePrep {
			second.cue, second.cueFrom, second.cueTo = &t.lex.Cues[m.ref], m.from, m.to
			j = m.to
		}
		if !st.is(j, "that") || st.words(j+1, f.conTo) == 0 {
			continue
		}
		first := f
		first.conTo = k
		if st.toks[k-1].low == "," {
			first.conTo = k - 1
		}
		second.conFrom = j + 1
		return append([]frame{first}, t.splitCoordinated(st, second)...)
	}
	return []frame{f}
}

// labelFrame finds a block label that introduces a quotation or statement:
// "Quote: “…”", "Quote from Medinsky: “…”", "Statement by the ministry: …".
// Without a named source the label speaks for the story's current source.
func (t *Tagger) labelFrame(st *sent) *frame {
	var m match
	ok := false
	for _, x := range st.ms {
		if x.from == 0 && x.kind == entCue && t.lex.Cues[x.ref].Kind == lexicon.CueNoun {
			m, ok = x, true
		}
	}
	if !ok {
		return nil
	}
	f := &frame{kind: frameLabel, cue: &t.lex.Cues[m.ref], cueFrom: 0, cueTo: m.to, srcFrom: m.to, srcTo: m.to}
	colon := m.to
	if st.is(m.to, "from") || st.is(m.to, "by") || st.is(m.to, "of") {
		from, to, ok := t.phraseAfter(st, m.to+1, false, false)
		if !ok {
			return nil
		}
		f.srcFrom, f.srcTo, colon = from, to, to
	}
	if !st.is(colon, ":") || st.words(colon+1, len(st.toks)) == 0 {
		return nil
	}
	f.conFrom, f.conTo = colon+1, len(st.toks)
	return f
}

// agentlessFrame finds a report that names no source: "Kremlin officials
// are said to have worked on it" (the content is the clause around the
// cue) or "it became known that A" (the content follows).
func agentlessFrame(st *sent, m match, c *lexicon.Cue) *frame {
	// Only "It became known that …" at the start attributes the whole sentence.
	f := &frame{kind: frameAgentless, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: m.from, srcTo: m.from, nested: m.from > 0}
	if st.toks[m.to-1].low == "that" || st.toks[m.from].low == "it" {
		f.conFrom, f.conTo = m.to, clauseEnd(st, m.to)
		if st.is(f.conFrom, "that") {
			f.conFrom++
		}
	} else {
		f.conFrom = m.from
		for f.conFrom > 0 && !(st.toks[f.conFrom-1].low == "," || relatives[st.toks[f.conFrom-1].low]) {
			f.conFrom--
		}
		f.conTo = clauseEnd(st, m.to)
	}
	if st.words(f.conFrom, f.conTo) < 2 {
		return nil
	}
	return f
}

// clauseEnd returns the token after the clause that goes on from token i:
// the next comma outside quotations, or the end of the sentence.
func clauseEnd(st *sent, i int) int {
	for i < len(st.toks) && !(st.toks[i].low == "," && !st.inQ[i]) {
		i++
	}
	return i
}

// participleFrame finds a verb of saying as a participle after a comma:
// "…, saying that A", "…, adding later, “A”". Its source is found by
// participleSources.
func (t *Tagger) participleFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if m.to-m.from != 1 || !strings.HasSuffix(st.toks[m.from].low, "ing") || !speechVerbs[c.Phrase] {
		return nil
	}
	if !st.is(m.from-1, ",") {
		return nil
	}
	start, ok := t.contentAfter(st, m.to, c)
	if !ok {
		return nil
	}
	return &frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, conFrom: start, conTo: len(st.toks), nested: true}
}

// participleSources gives each participle frame its source: the source of
// the sentence's main attribution f, or else the subject the sentence
// starts with ("Trump attacked Clinton, saying …"). The main attribution's
// content ends where a participle clause begins.
func (t *Tagger) participleSources(st *sent, f *frame, ps []frame) []frame {
	var out []frame
	for _, p := range ps {
		switch {
		case f != nil && f.srcTo > f.srcFrom:
			if p.cueFrom < f.cueTo {
				continue
			}
			p.srcFrom, p.srcTo = f.srcFrom, f.srcTo
			if f.conTo > p.cueFrom-1 && f.conFrom < p.cueFrom {
				f.conTo = p.cueFrom - 1
			}
		default:
			from, to, ok := t.leadingSubject(st)
			if !ok || to > p.cueFrom {
				continue
			}
			p.srcFrom, p.srcTo = from, to
		}
		out = append(out, p)
	}
	return out
}

// leadingSubject returns the noun phrase a sentence starts with, when it
// can be a source: a pronoun, or a name or noun phrase the lexicon knows.
func (t *Tagger) leadingSubject(st *sent) (int, int, bool) {
	n := len(st.toks)
	if n == 0 || !st.toks[0].isWord() {
		return 0, 0, false
	}
	if pronouns[st.toks[0].low] {
		return 0, 1, true
	}
	to := 0
	for to < n && to < maxNP && st.toks[to].isWord() && (st.toks[to].capitalized() || determiners[st.toks[to].low] || to > 0 && t.isSourceHead(st, to)) {
		to++
	}
	if to == 0 || !t.isSourceHead(st, to-1) {
		return 0, 0, false
	}
	return 0, to, true
}

// speakerFrame finds a speaker label, as in a transcript or a headline:
// "PENCE: Well, look, …", "Peskov: No talks are planned." The name is one
// to four capitalised words; a single word must be the lexicon's or
// written in capitals, so that "Details:" or "Update:" is no speaker.
func (t *Tagger) speakerFrame(st *sent) *frame {
	i := 0
	for i < len(st.toks) && st.toks[i].isQuote() {
		i++
	}
	j := i
	for j < len(st.toks) && j-i < 4 && st.toks[j].isWord() && st.toks[j].capitalized() {
		j++
	}
	if j == i || !st.is(j, ":") || st.words(j+1, len(st.toks)) < 2 {
		return nil
	}
	for k := i; k < j; k++ {
		if w := st.toks[k].low; determiners[w] || prepositions[w] || clauseStops[w] {
			return nil // a title in title case ("The Latest: …", "Stealth Over Health: …")
		}
	}
	if labelWords[st.toks[i].low] {
		return nil
	}
	if j-i == 1 {
		_, known := st.matchAt(i, entActor)
		if w := st.toks[i].text; !known && (utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w) {
			return nil
		}
	}
	if _, ok := st.matchAt(i, entCue); ok {
		return nil
	}
	return &frame{kind: frameLabel, cue: &speakerCue, cueFrom: j, cueTo: j + 1, srcFrom: i, srcTo: j, conFrom: j + 1, conTo: len(st.toks)}
}

// speakerCue is the cue of a speaker label: the colon after the name.
var speakerCue = lexicon.Cue{Phrase: ":", Kind: lexicon.CueVerb, Stance: lexicon.StanceAsserts}

// bylineName returns the name in a vox-pop byline that follows a quotation
// ("― Steve Quinlan."): a dash, then capitalised words.
func bylineName(st *sent) (int, int, bool) {
	if len(st.toks) < 2 || !dashes[st.toks[0].low] {
		return 0, 0, false
	}
	j := 1
	for j < len(st.toks) && j < 7 && st.toks[j].isWord() && st.toks[j].capitalized() {
		j++
	}
	if j == 1 {
		return 0, 0, false
	}
	return 1, j, true
}

// sharedSubjectFrame finds a second verb of a subject already named: "Trump
// is telling veterans … and says he will expand the army", "His aides say A
// but noted that B". The source is the sentence's first report's, or the
// subject the sentence starts with; the first report's content ends before
// the conjunction.
func (t *Tagger) sharedSubjectFrame(st *sent, m match, c *lexicon.Cue, first *frame) *frame {
	j := m.from - 1
	for j >= 0 && st.toks[j].isWord() && preCue[st.toks[j].low] {
		j--
	}
	if j < 1 || !(st.toks[j].low == "and" || st.toks[j].low == "but") || st.inQ[j] {
		return nil
	}
	start, ok := t.contentAfter(st, m.to, c)
	if !ok {
		return nil
	}
	f := &frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, conFrom: start, conTo: len(st.toks)}
	switch {
	case first != nil && first.srcTo > first.srcFrom && first.cueTo <= j:
		f.srcFrom, f.srcTo = first.srcFrom, first.srcTo
		end := j
		if st.toks[end-1].low == "," {
			end--
		}
		if first.conTo > end && first.conFrom < end {
			first.conTo = end
		}
	default:
		from, to, ok := t.leadingSubject(st)
		if !ok || to > j {
			return nil
		}
		f.srcFrom, f.srcTo = from, to
	}
	return f
}

// progressiveAt reports whether the -ing form at token i follows a form of
// "be", perhaps with adverbs between ("is once again questioning").
func progressiveAt(st *sent, i int) bool {
	for j := i - 1; j >= 0 && st.toks[j].isWord(); j-- {
		if beAux[st.toks[j].low] {
			return true
		}
		if !preCue[st.toks[j].low] {
			return false
		}
	}
	return false
}
