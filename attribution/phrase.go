package attribution

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/lexicon"
)

// This file finds reports made without a reporting verb: prepositions
// ("according to"), passives, nouns ("a report that"), agentless phrases,
// block labels, speaker labels and bylines.

// nounFrame finds a report named by a noun and its content: "despite
// reports that A", "denied a report that A". The noun phrase is the
// source; the content runs to the end of the clause.
func (t *Tagger) nounFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if !st.is(m.to, "that") || st.words(m.to+1, len(st.toks)) < 3 || m.from > 0 && st.toks[m.from].capitalized() {
		return nil
	}
	if relativeAfter(st, m.to) || m.to+1 < len(st.toks) && finiteVerbs.hasToken(&st.toks[m.to+1]) {
		return nil // "a claim that was denied by …", "a report that surfaced on Telegram": a relative clause about the noun, not its content
	}
	from, ok := t.npBack(st, m.to-1)
	if !ok {
		return nil
	}
	// The report's phrase starts at its article, possessive or name, not at
	// a verb before it ("features a Times report that …").
	for from < m.from && !determiners.hasToken(&st.toks[from]) && !st.toks[from].capitalized() && !strings.HasSuffix(st.toks[from].low, "'s") {
		from++
	}
	end := clauseEnd(st, m.to+1)
	if from == 0 || st.is(from-1, "that") || st.hasCueAt(from-1) || from > 1 && st.hasCueAt(from-2) && timeWords.hasToken(&st.toks[from-1]) {
		// "His claim that the vote was rigged has been debunked.", "Sybiha
		// said Russia's claim that A was a fabrication": the noun opens a
		// clause, whose verb ends its content.
		end = subjectClauseEnd(st, m.to+1, end)
	}
	to := m.to
	for k := m.from - 1; k >= from; k-- {
		if strings.HasSuffix(st.toks[k].low, "'s") {
			to = k + 1 // "Donald Trump's claim that …": the owner is the source
			for j := k - 1; j >= from; j-- {
				if w := st.toks[j].low; prepositions.has(w) && w != "of" || st.hasCueAt(j) {
					from = j + 1 // "expressed doubt over Moscow's claims that …": the owner starts after the preposition
					break
				}
			}
			break
		}
		if possessives.hasToken(&st.toks[k]) {
			from, to = k, k+1 // "his claim that …": the possessive, resolved as "he" is
			break
		}
	}
	return st.newFrame(frame{kind: frameNoun, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: to, conFrom: m.to + 1, conTo: end})
}

// subjectClauseEnd returns where the that-clause starting at token i,
// inside the subject of the sentence, ends: before the sentence's own
// verb, the first finite verb or past tense after the clause's verb that
// neither continues its verb group ("was rigged") nor follows a
// conjunction ("lied and cheated"); end when there is none.
func subjectClauseEnd(st *sent, i, end int) int {
	verb := false // the clause's own verb is behind
	for k := i; k < end; k++ {
		tk := st.toks[k]
		if tk.inQ {
			verb = verb || finiteVerbs.hasToken(&tk) // "that Kyiv “will answer for this” was seen as …", not "the “coordinated” attack"
			continue
		}
		if !pastOrFinite(&tk) {
			continue
		}
		prev := st.toks[k-1].low
		if verb && !finiteVerbs.has(prev) && !beAux.has(prev) && prev != "been" && prev != "not" && !clauseJoins.has(prev) && prev != "or" &&
			!relatives.has(prev) && prev != "that" && (st.toks[k-1].isWord() || st.toks[k-1].kind == tokCloseQ) && st.words(i, k) >= 2 {
			return k
		}
		verb = true
	}
	return end
}

// prepFrame tries "according to SOURCE" around the cue match m.
func (t *Tagger) prepFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if f := possessiveFrame(st, m, c); f != nil {
		return f
	}
	if st.is(m.to, "name") {
		return nil // "did not want to be quoted by name": a wish for anonymity, no source
	}
	from, to, ok := t.phraseAfter(st, m.to, false, true)
	if !ok {
		return nil
	}
	if c.Phrase == "per" && !((m.from == 0 || st.is(m.from-1, ",")) && (st.hasWithin(from, to, entActor) || st.hasWithin(from, to, entNoun) ||
		st.hasWithin(from, to, entGroup) || st.toks[from].capitalized() && !st.toks[from].inQ)) {
		return nil // "per local officials" opens the sentence or follows a comma; "50 miles per hour", "per speech" name no source
	}
	if strings.HasSuffix(c.Phrase, "ing") && m.from > 1 && st.is(m.from-1, ",") && !st.toks[m.from-1].inQ &&
		!t.isSourceHead(st, to-1) && !st.hasWithin(from, to, entNoun) {
		// "The Fed raised rates, citing persistent inflation": the object
		// names no source but the subject's grounds, a claim of the
		// subject's inside the publisher's sentence. ("“…,” McCain said,
		// citing …" has no such subject: the verb's report takes the
		// grounds, see frames.)
		if s, e, ok := t.leadingSubject(st); ok && e < m.from-1 {
			return st.newFrame(frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: s, srcTo: e,
				conFrom: m.to, conTo: max(clauseEnd(st, m.to), m.to+1), nested: true})
		}
		// A report before it takes the grounds (see frames); with none,
		// "…, it declined, citing legal risks": what is cited is no source.
		if !slices.ContainsFunc(st.ms, func(p match) bool {
			return p.kind == entCue && p.to <= m.from-1 && t.lex.Cues[p.ref].Kind != lexicon.CuePrep && speechVerbs.has(t.lex.Cues[p.ref].Phrase) &&
				!slices.ContainsFunc(st.toks[:p.from], func(tk token) bool { return subordinators.hasToken(&tk) }) // not "when Hurt asked …"
		}) {
			return nil
		}
	}
	// "According to the Institute for the Study of War, a U.S.-based
	// think tank, Russian forces …": an appositive after the source is
	// part of its mention.
	if k, ok := appositiveAfter(st, from, to); ok && m.from == 0 {
		to = k
	}
	f := st.newFrame(frame{kind: framePrep, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: to})
	after := to
	if after < len(st.toks) && (prepositions.hasToken(&st.toks[after]) || timeWords.hasToken(&st.toks[after])) {
		// "According to TASS on Monday, …": a phrase of time closed by a comma.
		k := after
		for k < len(st.toks) && k-after < 5 && st.toks[k].isWord() && (prepositions.hasToken(&st.toks[k]) || timeWords.hasToken(&st.toks[k])) {
			k++
		}
		if st.is(k, ",") && k > after {
			after = k
		}
	}
	if m.from == 0 && st.is(after, ",") && (st.is(after+1, "which") || st.is(after+1, "who") || st.is(after+1, "whose")) {
		// "According to Baza, which has ties to the police, the suspect
		// …": the relative clause is about the source; the content
		// follows its comma.
		for k := after + 2; k < len(st.toks) && k-after <= maxAppositive && !st.toks[k].inQ; k++ {
			if st.is(k, ",") {
				after = k
				break
			}
		}
	}
	for after < len(st.toks) && (st.toks[after].low == "," || st.toks[after].low == ":") {
		after++
	}
	end := len(st.toks)
	e := m.from
	for e > 0 && st.toks[e-1].kind == tokPunct && st.toks[e-1].low != ")" {
		e--
	}
	// "A clause, according to X, which …" or "…, according to X in a
	// filing, and …": a clause before the comma is the content, whatever
	// follows the source.
	comma := e < m.from && st.toks[e].low == "," || e > 1 && st.toks[e-1].kind == tokCloseQ && st.toks[e-2].low == "," // "wringer,” according to"
	clauseBefore := comma && st.words(0, e) >= minClause
	if clauseBefore && e > 0 && (subordinators.hasToken(&st.toks[e-1]) || clauseJoins.hasToken(&st.toks[e-1]) || st.is(e-1, "that")) {
		clauseBefore = false // "…, because, according to Trump, the media would …": the clause after it is the report's
	}
	if clauseBefore && opensSubordinate(st) && !commaBetween(st, 0, e) && st.words(after, end) >= 3 {
		clauseBefore = false // "While most were elevated, according to an official, two were upgraded": the main clause is the report's
	}
	if clauseBefore && prepositions.hasToken(&st.toks[0]) && !clauseIn(st, 0, e) && st.words(after, end) >= 2 && pastOrFinite(&st.toks[after]) {
		// "Among the precedents at risk, according to Ms. Epstein, are 16
		// involving …": a fronted predicate and its verb after the
		// source; the whole sentence is the content.
		f.conFrom, f.conTo = 0, end
		return f
	}
	if !comma && after < end && st.is(after-1, ",") && clauseJoins.hasToken(&st.toks[after]) && st.words(0, e) >= minClause {
		clauseBefore = true // "Clinton leads by 271 delegates according to a count by AP, but Sanders …": the clause before
	}
	if st.words(after, end) >= 3 && !clauseBefore && !(prepositions.hasToken(&st.toks[after]) && st.words(after, end) <= 4 && !clauseIn(st, after, end)) {
		// (not "… according to exit polls conducted for the AP and the
		// networks for Edison Research.": a phrase the source ran past)
		f.conFrom, f.conTo = after, end
		return f
	}
	start := openParenBefore(st, e) // "(the number is closer to 15 percent, according to Factcheck.org)"
	for k := e - 1; k > start; k-- {
		if st.is(k, ",") && !st.toks[k].inQ {
			if relatives.hasToken(&st.toks[k+1]) && st.words(k+1, e) >= 3 {
				start = k + 1 // "… the gap in delegates, which stood at 263, according to the AP": the relative clause
			}
			break
		}
	}
	if st.words(start, e) < 2 {
		return nil
	}
	f.conFrom, f.conTo = start, e
	return f
}

// openParenBefore returns the token after the last bracket opened before
// token e and not closed by then, or 0: a report inside brackets has its
// content there too.
func openParenBefore(st *sent, e int) int {
	depth := 0
	for k := e - 1; k >= 0; k-- {
		switch {
		case st.toks[k].inQ:
		case st.is(k, ")"):
			depth++
		case st.is(k, "(") && depth > 0:
			depth--
		case st.is(k, "("):
			return k + 1
		}
	}
	return 0
}

// minClause is the fewest words a clause before "…, according to X" needs
// to be its content rather than an introductory phrase ("On Monday,
// according to TASS, Peskov said …").
const minClause = 4

// passiveFrame tries "CONTENT was reported by SOURCE".
func (t *Tagger) passiveFrame(st *sent, m match, c *lexicon.Cue) *frame {
	from, to, ok := t.phraseAfter(st, m.to, true, true)
	if !ok || m.from == 0 {
		return nil
	}
	return st.newFrame(frame{kind: framePassive, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: from, srcTo: to, conFrom: 0, conTo: len(st.toks),
		backward: refersBack(st, 0, m.from)})
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
	f := st.newFrame(frame{kind: frameLabel, cue: &t.lex.Cues[m.ref], cueFrom: 0, cueTo: m.to, srcFrom: m.to, srcTo: m.to})
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
	f := st.newFrame(frame{kind: frameAgentless, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: m.from, srcTo: m.from, nested: m.from > 0})
	if st.toks[m.to-1].low == "that" || st.toks[m.from].low == "it" {
		f.conFrom, f.conTo = m.to, clauseEnd(st, m.to)
		if st.is(f.conFrom, "that") {
			f.conFrom++
		}
	} else {
		f.conFrom = m.from
		for f.conFrom > 0 && !(st.toks[f.conFrom-1].low == "," || relatives.hasToken(&st.toks[f.conFrom-1])) {
			f.conFrom--
		}
		f.conTo = clauseEnd(st, m.to)
		// "The talks are said to be close to a deal.": the clause is the
		// sentence, whose one claim is the agentless report, not the
		// publisher's too.
		f.nested = f.conFrom > 0 || f.conTo < len(st.toks)-1 && !commentAt(st, f.conTo)
	}
	if st.words(f.conFrom, f.conTo) < 2 {
		return nil
	}
	return f
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
	end := j // the end of the speaker's name
	if j > i && !st.is(j, ":") {
		// "Mark Blumenthal and Jon Cohen: “…”", "Rep. Trey Gowdy
		// (R-S.C.): “…”", "Gillibrand on Hillary's Speeches: ‘…’": a
		// longer label needs a quotation after its colon.
		j = t.labelEnd(st, i, j)
		if j < 0 || !st.is(j, ":") || j+1 >= len(st.toks) || st.toks[j+1].kind != tokOpenQ {
			return nil
		}
		if !st.is(end, "on") && !st.is(end, "at") {
			end = j
		}
	}
	if j == i || !st.is(j, ":") || st.words(j+1, len(st.toks)) < 2 {
		return nil
	}
	for k := i; k < end; k++ {
		if w := st.toks[k].low; determiners.has(w) || prepositions.has(w) || clauseStops.has(w) {
			return nil // a title in title case ("The Latest: …", "Stealth Over Health: …")
		}
	}
	if labelWords.hasToken(&st.toks[i]) {
		return nil
	}
	if end-i == 1 {
		// One word: a known actor, a transcript's "TRUMP:", or a headline's
		// "Lynch: No outside influence on FBI probe".
		_, known := st.matchAt(i, entActor)
		if w := st.text(i); !known && (utf8.RuneCountInString(w) < 2 || strings.ToUpper(w) != w && st.words(j+1, len(st.toks)) < 3) {
			return nil
		}
	}
	if _, ok := st.matchAt(i, entCue); ok {
		return nil
	}
	return st.newFrame(frame{kind: frameLabel, cue: &speakerCue, cueFrom: j, cueTo: j + 1, srcFrom: i, srcTo: end, conFrom: j + 1, conTo: len(st.toks)})
}

// labelEnd extends a speaker label whose capitalised words run over
// [i, j): more names joined by "and", a bracketed tag ("(R-S.C.)"), or a
// topic after "on" or "at" ("Gillibrand on Hillary's Speeches"). It returns
// where the colon should stand, or -1.
func (t *Tagger) labelEnd(st *sent, i, j int) int {
	n := len(st.toks)
	switch {
	case st.is(j, "and") && j+1 < n && st.toks[j+1].capitalized():
		k := j + 1
		for k < n && k-j <= 4 && st.toks[k].isWord() && st.toks[k].capitalized() {
			k++
		}
		return k
	case st.is(j, "("):
		for k := j + 1; k < n && k-j <= 8; k++ {
			if st.is(k, ")") {
				return k + 1
			}
		}
	case st.is(j, "on") || st.is(j, "at"):
		for k := j + 1; k < n && k-j <= 10; k++ {
			if st.is(k, ":") {
				return k
			}
			if !st.toks[k].isWord() && !st.is(k, "'s") {
				return -1
			}
		}
	}
	return -1
}

// colonQuoteFrame finds a quotation that a subject and a verb the lexicon
// does not list introduce with a colon: "Mr. Smith shot back: “…”",
// "Trump boomed: “…”", "She went on to say: “…”". The subject must be one
// the lexicon knows, a pronoun or a name (see leadingSubject); the verb
// phrase, a few words with a verb form among them; and the quotation must
// close at the end of the sentence.
func (t *Tagger) colonQuoteFrame(st *sent) *frame {
	n := len(st.toks)
	c := -1
	for k := 1; k < n && k <= maxColonTag; k++ {
		if st.toks[k].inQ || st.toks[k].isQuote() || st.is(k, ",") {
			return nil
		}
		if st.is(k, ":") {
			c = k
			break
		}
	}
	if c < 0 || c+2 >= n || st.toks[c+1].kind != tokOpenQ {
		return nil
	}
	for _, m := range st.ms {
		if m.kind == entCue && m.to <= c && !st.is(m.from-1, "to") {
			return nil // a cue's own frame: "Peskov said: “…”"; but "went on to say: “…”" is this one
		}
	}
	closed := false
	for k := c + 1; k < n; k++ {
		tk := &st.toks[k]
		if !tk.inQ && !tk.isQuote() && (tk.isWord() || k < n-1) {
			return nil // words after the quotation: not one that ends the sentence
		}
		closed = closed || k > c+1 && tk.kind == tokCloseQ
	}
	if !closed {
		return nil // the quotation goes on into the next sentence, which may name its own speaker
	}
	from, to, ok := t.leadingSubject(st)
	if !ok || to >= c || !st.toks[to].isWord() || st.toks[to].capitalized() {
		return nil
	}
	verb := false // a verb form, or a verb and its particle: "shot back", "lashed out"
	for k := to; k < c; k++ {
		verb = verb || pastOrFinite(&st.toks[k]) || k+1 < c && particles.hasToken(&st.toks[k+1])
		if w := &st.toks[k]; k > to && (determiners.hasToken(w) || st.is(k, "from") || st.is(k, "by") || st.is(k, "of") || st.is(k, "with")) {
			return nil // an object or an agent: "received a letter from the IRS: “…”", not a verb of saying
		}
	}
	if last := &st.toks[c-1]; !verb || c-1 > to && plural(last) && !pastOrFinite(last) {
		return nil // "The protesters carried banners: “…”"
	}
	return st.newFrame(frame{kind: frameSubjectCue, cue: &colonCue, cueFrom: to, cueTo: c, srcFrom: from, srcTo: to, conFrom: c + 1, conTo: n})
}

// particles make a verb of the word before them: "shot back", "lashed
// out", "spoke up".
var particles = set("back", "out", "up")

// maxColonTag bounds the subject and verb before the colon of
// colonQuoteFrame, in tokens.
const maxColonTag = 10

// colonCue is the cue of colonQuoteFrame: the verb phrase before the colon.
var colonCue = lexicon.Cue{Phrase: ":", Kind: lexicon.CueVerb, Stance: lexicon.StanceAsserts}

// speakerCue is the cue of a speaker label: the colon after the name.
var speakerCue = lexicon.Cue{Phrase: ":", Kind: lexicon.CueVerb, Stance: lexicon.StanceAsserts}

// bylineName returns the name in a vox-pop byline that follows a quotation
// ("― Steve Quinlan."): a dash, then capitalised words.
func bylineName(st *sent) (int, int, bool) {
	if len(st.toks) < 2 || !dashes.hasToken(&st.toks[0]) {
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

// appositiveAfter reports whether the noun phrase ending at token to is
// followed by an appositive between commas, one that opens with an article
// ("…, a U.S.-based think tank, …") or a name of two to four capitalised
// words ("the mayor, Vitali Klitschko, …"), and more words after it, and
// returns where the appositive ends (its closing comma).
func appositiveAfter(st *sent, from, to int) (int, bool) {
	n := len(st.toks)
	if to+2 >= n || !st.is(to, ",") {
		return 0, false
	}
	if k := to + 1; !articles.hasToken(&st.toks[k]) {
		// "According to the mayor, Vitali Klitschko, debris fell …": a
		// name of two to four capitalised words between commas, after a
		// role ("the mayor"), before a clause (not "…, John Smith, 45,
		// stole", "the governor, New York, New Jersey and …").
		role := to > 1 && !st.toks[to-1].capitalized() && st.toks[to-1].isWord() && articles.hasToken(&st.toks[to-2]) ||
			to-from > 2 && articles.hasToken(&st.toks[from]) && st.toks[from+1].isWord() && !st.toks[from+1].capitalized() // "the head of the Presidential Office"
		for k < n && k-to <= 4 && st.toks[k].isWord() && st.toks[k].capitalized() && !st.toks[k].inQ {
			k++
		}
		if !role || k-to < 3 || !st.is(k, ",") || st.toks[k].inQ || k+1 >= n {
			return 0, false
		}
		if next := st.toks[k+1]; number(next.low) || relatives.hasToken(&next) || next.capitalized() && listGoesOn(st, k+1) {
			return 0, false
		}
		return k, st.words(k+1, n) >= 3
	}
	for k := to + 2; k < n && k-to <= maxNP; k++ {
		tk := st.toks[k]
		if tk.low == "," && !tk.inQ {
			return k, st.words(k+1, n) >= 3
		}
		if !tk.isWord() && tk.low != "-" && tk.low != "'s" || tk.inQ || clauseStops.hasToken(&tk) || finiteVerbs.hasToken(&tk) {
			return 0, false
		}
	}
	return 0, false
}

// possessiveFrame reads a prepositional cue that holds its source as a
// possessive at the head of the sentence: "In his words, the talks were
// useful." The possessive is the source mention (coreference resolves it
// as it does "he"), the clause after the comma the content.
func possessiveFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if m.from != 0 || !st.is(m.to, ",") || st.words(m.to+1, len(st.toks)) < minClause {
		return nil
	}
	for k := m.from; k < m.to; k++ {
		if possessives.hasToken(&st.toks[k]) {
			return st.newFrame(frame{kind: framePrep, cue: c, cueFrom: m.from, cueTo: m.to, srcFrom: k, srcTo: k + 1, conFrom: m.to + 1, conTo: len(st.toks)})
		}
	}
	return nil
}

// listGoesOn reports whether a list of names goes on from token i: "and"
// or a comma within the next three words ("New Jersey and Connecticut").
func listGoesOn(st *sent, i int) bool {
	for k := i; k < len(st.toks) && k < i+4; k++ {
		if st.is(k, "and") || st.is(k, ",") {
			return true
		}
	}
	return false
}
