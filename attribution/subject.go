package attribution

import (
	"strings"
	"unicode"

	"github.com/claimtrace/claimtrace/lexicon"
)

// This file finds source mentions: the noun phrase before a cue or after
// one, and what can head it.

// subjectBefore finds the source mention that ends right before the cue at
// token cue: a noun phrase, perhaps with a bracketed tag ("Rep. Gwen Moore
// (D-Wis.) said"), appositives ("Sen. Lindsey Graham, R-S.C., a long-shot
// candidate, said"), a participle clause that is not part of it ("Rubio,
// commenting on …, said"), or a relative clause ("The Republican who wrote
// the speech says").
func (t *Tagger) subjectBefore(st *sent, cue int, loose bool) (from, to int, ok bool) {
	j := cue - 1
	progressive := strings.HasSuffix(st.toks[cue].low, "ing") // "is telling"
	// "past" in "this past week" before the cue is part of a phrase of time.
	timeMod := func(j int) bool {
		return (st.is(j, "past") || st.is(j, "next")) && j+1 < cue && timeWords.hasToken(&st.toks[j+1])
	}
	for j >= 0 && st.toks[j].isWord() && (timeMod(j) || (preCue.hasToken(&st.toks[j]) || timeWords.hasToken(&st.toks[j]) || mannerAdverb(&st.toks[j]) || progressive && beAux.hasToken(&st.toks[j])) && !t.headOK(st, loose, j) && !st.surnameAt(j)) {
		j-- // "officials last year said", "Trump on Monday said"
	}
	if j > 0 && isYear(st.toks[j].low) && (st.is(j-1, "in") || st.is(j-1, "since") || st.is(j-1, "from")) {
		j -= 2 // "who in 2010 said", "a study from 2011 noted"
	}
	if j > 1 && st.toks[j].low == "whom" && st.is(j-1, "of") && quantifiers.hasToken(&st.toks[j-2]) {
		return j - 2, j + 1, true // "…, many of whom say"
	}
	if j < 0 || st.toks[j].inQ {
		return 0, 0, false
	}
	if (st.toks[j].low == "who" || st.toks[j].low == "which" && st.is(j-1, ",") && !st.capitalizedWithin(j+1, cue)) && j > 0 {
		// "… a backlash from business leaders who say …": the relative's
		// antecedent, which a preposition other than "of" or "for" starts;
		// "Broaddrick, who said …, recounted", "Norton, which declined to
		// comment, returned …": the name before the comma.
		end := j
		if st.toks[end-1].low == "," {
			end--
		}
		from, to, ok := t.mentionBefore(st, end, loose, 1)
		if !ok && end == j {
			from, to, ok = relativeAntecedent(st, j) // "took calls from listeners who said …"
		}
		for k := to - 1; ok && k > from; k-- {
			if w := st.toks[k].low; prepositions.has(w) && w != "of" && w != "for" && k+1 < to {
				from = k + 1
				break
			}
		}
		for k := to - 2; ok && k >= from; k-- {
			if pastOrFinite(&st.toks[k]) && !st.toks[k].inQ && !(k > 0 && determiners.hasToken(&st.toks[k-1])) { // not "The elected officials, who …"
				from = k + 1 // "Police interviewed three witnesses, who said …": the object, not the clause
				break
			}
		}
		return from, to, ok
	}
	if from, to, ok := t.relativeSubject(st, j, loose); ok {
		return from, to, true
	}
	if st.toks[j].low == "," {
		if to, ok := t.nameBeforeAside(st, j); ok {
			return 0, to, true
		}
	}
	from, to, ok = t.mentionBefore(st, j+1, loose, 2)
	if ok && from > 2 && t.participlePhrase(st, from-2) {
		// "Two officials briefed on the discussions said", "A new study
		// published in the journal Nature suggests": the mention runs back
		// over the participle that says who or what they are.
		if f2, t2, ok2 := t.mentionBefore(st, from-2, loose, 2); ok2 && t2 == from-2 {
			from = f2
		}
	}
	return from, to, ok
}

// participlePhrase reports whether token i is a past participle and a
// preposition that describe the noun before them: "briefed on", "briefed
// about", "published in" before a verb of saying or finding ("A new study
// published in the journal Nature suggests"; see cueAfterPlace).
func (t *Tagger) participlePhrase(st *sent, i int) bool {
	w := st.toks[i].low
	switch p := st.toks[i+1].low; {
	case w == "briefed":
		return p == "on" || p == "about"
	case strings.HasSuffix(w, "ed") && !st.toks[i].capitalized():
		return t.cueAfterPlace(st, i+1)
	}
	return false
}

// nameBeforeAside finds the subject of a sentence that opens with a noun
// phrase and a comma, then an aside that runs to the comma at token end,
// right before the cue: "Clinton, during a town hall meeting in Columbus,
// Ohio, said …", "Sandy Phillips, who lost her daughter in Aurora,
// Colorado, in July 2012, said …". The aside starts with a preposition, a
// relative pronoun or a participle and holds no report of its own; the
// subject is the opening noun phrase, which ends where the result does.
func (t *Tagger) nameBeforeAside(st *sent, end int) (int, bool) {
	c := -1
	for k := 1; k < end && k <= maxNP; k++ {
		if st.toks[k].low == "," && !st.toks[k].inQ {
			c = k
			break
		}
	}
	if c < 0 || c+1 >= end || st.toks[end].inQ {
		return 0, false
	}
	w := st.toks[c+1].low
	if !(prepositions.has(w) || w == "who" || w == "whose" || participleStarts.has(w)) || st.hasWithin(c+1, end, entCue) && w != "who" && w != "whose" {
		return 0, false
	}
	for k := c + 1; k < end; k++ {
		if st.toks[k].isQuote() {
			return 0, false
		}
	}
	if !t.headOK(st, true, c-1) {
		return 0, false
	}
	if from, ok := t.npBack(st, c-1); !ok || from != 0 {
		return 0, false
	}
	return c, true
}

// number reports whether w is a number, in digits or a word ("61", "three").
func number(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || numberWords.has(w))
}

// isYear reports whether w is a four-digit year.
func isYear(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// mannerAdverb reports whether a token is a lower-case adverb in -ly, which
// may stand between a subject and its cue ("effectively acknowledged",
// "implicitly criticizes").
func mannerAdverb(tk *token) bool {
	return adverbLy(tk.low) && !tk.capitalized()
}

// adverbLy reports whether a lower-case word ends in -ly and is not one of
// the nouns that do ("ally", "family", "assembly").
func adverbLy(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && !lyNouns.has(w)
}

// mentionBefore finds the source mention that ends at token end
// (exclusive): a noun phrase, a name with a bracketed tag, or a mention
// followed by up to depth appositives or parentheticals between commas.
func (t *Tagger) mentionBefore(st *sent, end int, loose bool, depth int) (from, to int, ok bool) {
	j := end - 1
	if j < 0 || st.toks[j].inQ {
		return 0, 0, false
	}
	switch st.toks[j].low {
	case ")":
		// A bracketed tag after a name belongs to the mention: "Rep. Gwen Moore (D-Wis.) said".
		k := j - 1
		for k > 0 && j-k < 10 && st.toks[k].low != "(" && st.toks[k].low != ")" {
			k--
		}
		if k > 0 && st.toks[k].low == "(" && t.headOK(st, loose, k-1) {
			if npFrom, ok := t.npBack(st, k-1); ok {
				return npFrom, end, true
			}
		}
		return 0, 0, false
	case ",", "-", "--", "—", "–":
		if depth == 0 {
			return 0, 0, false
		}
		// A place and its state may end the aside ("Daniloff, now retired
		// in Cambridge, Mass., said"); when that reading finds no mention,
		// the state is an aside of its own ("Betsy Sharp of Burke County,
		// Georgia, knows").
		if placeCommaAt(st, j-2, j) || placeCommaAt(st, j-3, j) {
			if from, to, ok := t.appositiveBefore(st, j, loose, depth, true); ok {
				return from, to, true
			}
		}
		return t.appositiveBefore(st, j, loose, depth, false)
	}
	h := j
	if !t.headOK(st, loose, h) && h >= 2 && number(st.toks[h].low) && st.is(h-1, "of") {
		h -= 2 // "the 34-year-old mother of three replied": the noun before "of"
	}
	if !t.headOK(st, loose, h) {
		return 0, 0, false
	}
	npFrom, ok := t.npBack(st, h)
	if !ok {
		return 0, 0, false
	}
	return npFrom, end, true
}

// appositiveBefore finds the mention before an appositive or a
// parenthetical between commas or dashes whose closing mark is token j
// (see mentionBefore). With places, a comma between a place and its
// state right before j ("in Cambridge, Mass.,") is part of the aside.
func (t *Tagger) appositiveBefore(st *sent, j int, loose bool, depth int, places bool) (from, to int, ok bool) {
	// An appositive or parenthetical between commas or dashes: find the
	// mark that opens it.
	mark := st.toks[j].low
	k := j - 1
	cityState := func(k int) bool { return places && placeCommaAt(st, k, j) }
	// A title in quotation marks may stand inside it: "Hemsley, the
	// co-author of “Going Viral,” about …, said".
	finite := false // a verb such as "is" or "has" stands in it
	for k >= 0 && j-k <= maxAppositive && (cityState(k) || !(st.toks[k].low == mark && !st.toks[k].inQ) &&
		(st.toks[k].isWord() || st.toks[k].isQuote() || st.toks[k].inQ || appositiveMarks.hasToken(&st.toks[k]) || mark != "," && st.toks[k].low == ",")) {
		if !st.toks[k].inQ && finiteVerbs.hasToken(&st.toks[k]) {
			finite = true
		}
		if !st.toks[k].inQ && (relativeAt(st, k) || st.is(k, "that")) {
			finite = false // "Smith, who has advised three presidents, said"; "Seat, a consultant whose firm was retained by …, said"
		}
		k--
	}
	if k < 1 || st.toks[k].low != mark || k == j-1 {
		return 0, 0, false
	}
	if finite && !relativeAt(st, k+1) && !participleStarts.hasToken(&st.toks[k+1]) {
		// "In the world of politics, it is highly unusual for …, said
		// Latimer": a clause, not an appositive; but "Officials, speaking
		// on condition of anonymity because they were not authorized …,
		// said" holds a verb in its participle phrase.
		return 0, 0, false
	}
	npFrom, _, ok := t.mentionBefore(st, k, loose, 0)
	if !ok {
		// A second appositive before this one: "Graham, R-S.C., a candidate,".
		if npFrom, _, ok = t.mentionBefore(st, k+1, loose, depth-1); !ok {
			return 0, 0, false
		}
	}
	if participleStarts.hasToken(&st.toks[k+1]) || j == k+2 && (discourseAdverbs.hasToken(&st.toks[k+1]) || adverbLy(st.toks[k+1].low)) {
		return npFrom, k, true // "Rubio, commenting on …, said"; "Democrats, meanwhile, said"
	}
	return npFrom, j, true
}

// placeCommaAt reports whether the comma at token k stands between a
// place and its state that end an aside closed at token j: "in
// Cambridge, Mass.,", not "Rand Paul, R-Ky.,".
func placeCommaAt(st *sent, k, j int) bool {
	return k > 0 && st.is(k, ",") && (k+2 == j || k+3 == j && st.is(k+2, ".")) && st.toks[k-1].capitalized() && st.toks[k+1].capitalized() &&
		!strings.Contains(st.toks[k+1].low, "-")
}

// sayForms are the forms of "say" and "tell" that follow a subject.
var sayForms = set("say", "says", "said", "tell", "tells", "told")

// postPreps join a pronoun to the head of a mention before it: "a
// source close to him", "people familiar with them".
var postPreps = set("to", "with", "of", "near", "around")

// capitalizedWithin reports whether a capitalised word stands in tokens
// [from, to): "…, which Will claims affirmed …" has a subject, Will, after
// "which" (read as the modal, it would be skipped).
func (st *sent) capitalizedWithin(from, to int) bool {
	for k := from; k < to; k++ {
		if st.toks[k].capitalized() {
			return true
		}
	}
	return false
}

// relativeAntecedent returns the noun phrase right before the "who" at
// token j, inside a clause: its determiner, modifiers and noun, back to a
// preposition, a verb or a mark ("took calls from listeners who said …",
// "refused to pay an architect who said …"). "Who" stands for a person,
// so any noun will do.
func relativeAntecedent(st *sent, j int) (int, int, bool) {
	from := j
	for from > 0 && j-from < 6 {
		tk := &st.toks[from-1]
		if !tk.isWord() || tk.inQ || prepositions.hasToken(tk) || clauseStops.hasToken(tk) || pastOrFinite(tk) || pronouns.hasToken(tk) || clauseJoins.hasToken(tk) {
			break
		}
		from--
		if determiners.hasToken(tk) {
			break
		}
	}
	if from == j || determiners.hasToken(&st.toks[j-1]) || strings.HasSuffix(st.toks[j-1].low, "ing") {
		return 0, 0, false
	}
	return from, j, true
}

// relativeAt reports whether token i is a relative pronoun.
func relativeAt(st *sent, i int) bool {
	return i < len(st.toks) && (relatives.hasToken(&st.toks[i]) || st.is(i, "whose"))
}

// appositiveMarks may stand inside an appositive besides words: "R-S.C.",
// "Clinton's", "veterans' families", "(D-N.Y.)".
var appositiveMarks = set("-", ".", "'s", "'", "’", "(", ")", "--", "&")

// maxRelative bounds a relative clause inside a subject, in tokens.
const maxRelative = 24

// relativeSubject finds a subject with a relative clause that ends at
// token j, right before the cue: "The lifelong Republican who wrote the
// speech says", "Officials who spoke to Reuters said". The noun phrase
// before "who" must open the sentence's main clause.
func (t *Tagger) relativeSubject(st *sent, j int, loose bool) (from, to int, ok bool) {
	for k := j; k > 0 && j-k < maxRelative; k-- {
		tk := st.toks[k]
		if st.toks[k].inQ || tk.kind != tokWord && tk.low != "-" && tk.low != "'s" {
			return 0, 0, false
		}
		if tk.low != "who" && !(tk.low == "that" && k > 0 && plural(&st.toks[k-1])) {
			continue // "that" is a relative after a plural noun: "organizations that have endorsed him say"
		}
		if k == j || !t.headOK(st, loose, k-1) {
			return 0, 0, false
		}
		npFrom, ok := t.npBack(st, k-1)
		if !ok || !st.mainSubjectAt(npFrom) {
			return 0, 0, false
		}
		return npFrom, j + 1, true
	}
	return 0, 0, false
}

// plural reports whether a lower-case word looks like a plural noun.
func plural(tk *token) bool {
	return tk.isWord() && !tk.capitalized() && len(tk.low) > 3 && strings.HasSuffix(tk.low, "s") && !strings.HasSuffix(tk.low, "ss")
}

// mainSubjectAt reports whether a noun phrase starting at token from can be
// the subject of the sentence's main clause: it opens the sentence, or
// follows a conjunction ("But experts say", "Though executives who … say")
// or a semicolon, or a short introductory phrase and its comma ("Indeed, experts say", "On
// Monday, officials said").
func (st *sent) mainSubjectAt(from int) bool {
	return from == 0 || from == 1 && (clauseJoins.hasToken(&st.toks[0]) || concessives.hasToken(&st.toks[0]) || st.toks[0].low == "because") ||
		(st.toks[from-1].low == ";" || st.toks[from-1].low == ":") && !st.toks[from-1].inQ || // "…; 46 percent said …", "…: 47% say …"
		st.toks[from-1].low == "," && !st.toks[from-1].inQ && subordinators.hasToken(&st.toks[0]) && !commaBetween(st, 0, from-1) || // "If it doesn't slow down, forecasters say …"
		st.toks[from-1].low == "," && from-1 <= maxIntro && !st.toks[from-1].inQ ||
		from > 1 && clauseJoins.hasToken(&st.toks[from-1]) && st.toks[from-2].low == "," // "…, and rights groups warned"
}

// maxIntro bounds an introductory phrase before a subject, in tokens.
const maxIntro = 4

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
	if quantifiers.has(w) && (st.mainSubjectAt(h) || h > 0 && clauseJoins.hasToken(&st.toks[h-1])) {
		return true // "Some say …", "Many said …", "…, while another says …"
	}
	if h >= 2 && number(st.toks[h].low) && (st.is(h-1, "in") || st.is(h-1, "of")) && (number(st.toks[h-2].low) || h >= 3 && st.is(h-2, "out") && number(st.toks[h-3].low)) {
		return true // a share: "Two in three said", "three of four say", "nine out of 10 say"
	}
	if clauseStops.has(w) || preCue.has(w) || w == "and" || prepositions.has(w) || timeWords.has(w) || determiners.has(w) || adverbLy(w) || unicode.IsDigit(rune(w[0])) && !strings.HasSuffix(w, "%") {
		return false
	}
	// The phrase must start like a noun phrase: an article, a possessive or a name.
	from, ok := t.npBack(st, h)
	return ok && (determiners.hasToken(&st.toks[from]) || st.toks[from].capitalized() || strings.HasSuffix(st.toks[from].low, "'s") || st.mainSubjectAt(from) ||
		number(st.toks[from].low) && from < h || // an amount: "with 22 percent saying"
		from > 0 && (clauseJoins.hasToken(&st.toks[from-1]) || concessives.hasToken(&st.toks[from-1]))) // "… while 61 percent say", "although history says"
}

// npBack walks left from the head at token h over a noun phrase and returns
// its first token.
func (t *Tagger) npBack(st *sent, h int) (int, bool) {
	if h < 0 || !st.toks[h].isWord() || st.toks[h].inQ {
		return 0, false
	}
	if pronouns.hasToken(&st.toks[h]) {
		if h >= 3 && h+1 < len(st.toks) && objectPronouns.hasToken(&st.toks[h]) && postPreps.hasToken(&st.toks[h-1]) && st.toks[h-2].isWord() && !st.toks[h-2].inQ &&
			(pastOrFinite(&st.toks[h+1]) || sayForms.hasToken(&st.toks[h+1])) {
			// "a source close to him said", "people familiar with them
			// say": the pronoun ends a phrase after the mention's head, and
			// a verb follows it (not "her attack", "her questions").
			if from, ok := t.npBack(st, h-2); ok && from < h-2 {
				return from, true
			}
		}
		return h, true // "told host Chris Cuomo she believed": a pronoun is a whole mention
	}
	from := h
	and := -1 // where the phrase stood before crossing a lower-case "and"
	for from > 0 && h-from < maxNP {
		w := st.toks[from-1]
		if (w.low == "'" || w.low == "’") && from-2 >= 0 && strings.HasSuffix(st.toks[from-2].low, "s") && st.toks[from-2].isWord() {
			from-- // "Gates' work": a plural possessive
			continue
		}
		if !w.isWord() || st.toks[from-1].inQ {
			break
		}
		// A reporting verb or preposition before the phrase ends it
		// ("believed Putin wanted", "according to a Watchdog report"); a
		// bare form may be a noun ("Russian state news agency").
		if m, ok := st.matchEndingAt(from, entCue); ok && !w.capitalized() {
			c := &t.lex.Cues[m.ref]
			if c.Kind == lexicon.CueVerb && m.to-m.from == 1 && w.low != c.Phrase || c.Kind == lexicon.CuePrep {
				break
			}
		}
		if w.low == "and" || w.low == "&" {
			// "BlackBerry Ltd. and Samsung Electronics Co.": names joined by "and".
			if from-2 >= 0 && st.toks[from-2].capitalized() && st.toks[from].capitalized() {
				from--
				continue
			}
			// "Experts on North Korea and nuclear nonproliferation said":
			// kept only if the phrase then starts the sentence's subject.
			if and < 0 && w.low == "and" {
				and = from
				from--
				continue
			}
			break
		}
		if clauseStops.hasToken(&w) && !(w.capitalized() && from-1 > 0) {
			if demonstrativeDeterminers.hasToken(&w) || w.low == "that" && from == 1 && !st.toks[from].capitalized() {
				from-- // "these people said", "That person said": the determiner opens the phrase
			}
			break
		}
		// A lower-case verb form before the phrase ends it ("… after the company").
		if subordinators.hasToken(&w) {
			break
		}
		from--
	}
	afterQuote := from > 0 && st.toks[from-1].kind == tokCloseQ // "“…,” the senator and candidate said"
	if and >= 0 && (!st.mainSubjectAt(from) && !afterQuote || st.toks[from].low == "and") {
		from = and // "…, and 46 percent said": the phrase starts after "and"
	}
	// A subject never starts with a preposition ("In parallel, …").
	for from < h && prepositions.hasToken(&st.toks[from]) {
		from++
	}
	// "More than half", "fewer than 40 percent": the comparison is part of
	// the amount.
	if from >= 2 && st.is(from-1, "than") && comparatives.hasToken(&st.toks[from-2]) && (number(st.toks[from].low) || quantifiers.hasToken(&st.toks[from])) {
		from -= 2
	}
	return from, true
}

// subjectStartOK rejects a subject inside a subordinate clause ("… after
// the company denied the report"): that clause reports an event in the
// publisher's voice.
func (st *sent) subjectStartOK(from int) bool {
	if from > 1 && (st.is(from-1, "while") || st.is(from-1, "whereas")) && st.is(from-2, ",") {
		return true // "A says X, while B says Y": a contrast of two reports
	}
	return !(from > 0 && subordinators.hasToken(&st.toks[from-1]))
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
	if pronouns.hasToken(&tk) {
		return true
	}
	// A capitalised word that is not the sentence's first word, or a
	// first word the lexicon does not know as a function word, is a name.
	if !tk.capitalized() {
		return false
	}
	return !clauseStops.hasToken(&tk) && !determiners.hasToken(&tk) && !prepositions.hasToken(&tk) && !timeWords.hasToken(&tk) && !months.hasToken(&tk) && !labelWords.hasToken(&tk) ||
		st.surnameAt(h)
}

// surnameAt reports whether the capitalised word at token h, which could
// be a function word or a month ("May", "Jun"), ends a name: it follows a
// capitalised word that is none ("Theresa May", "Ai Jun").
func (st *sent) surnameAt(h int) bool {
	if h == 0 || !st.toks[h].capitalized() || !st.toks[h-1].isWord() || !st.toks[h-1].capitalized() {
		return false
	}
	if w := st.toks[h].low; timeWords.has(w) || !(months.has(w) || preCue.has(w) || clauseStops.has(w)) {
		return false // "Pelosi Tuesday said": a day is no surname
	}
	w := st.toks[h-1].low
	return !clauseStops.has(w) && !determiners.has(w) && !prepositions.has(w) && !timeWords.has(w) && !months.has(w) && !labelWords.has(w) && !subordinators.has(w)
}

// phraseAfter returns the noun phrase that starts at token i: the source of
// "according to X", "was reported by X" and "said X". With stopAtPrep, a
// preposition other than "of" or "for" ends it ("reported by pro-Kremlin media at
// 10:00").
func (t *Tagger) phraseAfter(st *sent, i int, stopAtPrep, loose bool) (from, to int, ok bool) {
	if stopAtPrep && i < len(st.toks) && prepositions.hasToken(&st.toks[i]) {
		return 0, 0, false // "—endorsed in New Hampshire by …": no noun phrase follows
	}
	j := i
	for j < len(st.toks) && j-i < maxNP {
		tk := st.toks[j]
		if tk.kind == tokOpenQ && j > i && determiners.hasToken(&st.toks[j-1]) {
			// "according to the “Medicare for all” document he
			// released": a title inside the noun phrase.
			k := j + 1
			for k < len(st.toks) && k-j <= 8 && st.toks[k].kind != tokCloseQ {
				k++
			}
			if k < len(st.toks) && st.toks[k].kind == tokCloseQ && k+1 < len(st.toks) && st.toks[k+1].isWord() && !st.is(k-1, ",") &&
				!pastOrFinite(&st.toks[k+1]) && !strings.HasSuffix(st.toks[k+1].low, "ing") {
				j = k + 1
				continue
			}
		}
		if !tk.isWord() || st.toks[j].inQ || tk.low == "that" || tk.low == "who" || tk.low == "which" {
			break
		}
		if j > i && (stopAtPrep && prepositions.hasToken(&tk) && tk.low != "of" && tk.low != "for" || adverbialStarts.hasToken(&tk) && !prepositions.hasToken(&tk) && tk.low != "this") {
			break
		}
		j++
	}
	for j > i+1 && prepositions.hasToken(&st.toks[j-1]) {
		j-- // "according to TASS on Monday": the phrase of time is no part of the source
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
		if w := st.toks[j-1].low; !clauseStops.has(w) && !prepositions.has(w) && !determiners.has(w) {
			return i, j, true
		}
	}
	return 0, 0, false
}
