package attribution

import (
	"slices"
	"strings"

	"github.com/claimtrace/claimtrace/lexicon"
)

// This file finds where a report's content begins and ends around its cue.

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
	from := openParenBefore(st, b) // "(…, he said)": the content inside the brackets
	if st.words(from, end) < 2 {
		from = 0 // "(or what The Daily Beast called …": no clause in the brackets
	}
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
	// One word will do when the report closes the sentence: "Sorry, Sanders said."
	if w := st.words(from, to); w == 0 || w == 1 && !(speechVerbs.has(c.Phrase) && endsAfterTime(st, afterCue)) {
		return false
	}
	if st.toks[b].kind != tokCloseQ && (prepositions.hasToken(&st.toks[from]) || st.is(from, "through")) && st.words(from, to) <= 6 && !clauseAfterComma(st, from, to) {
		return false // "In Moscow, Peskov said …", "Through a spokesman, he declined to comment.": a phrase, no content
	}
	if prepositions.hasToken(&st.toks[from]) && st.titleAfterNoun(b) {
		return false // "In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested …"
	}
	if st.toks[b].kind != tokCloseQ && to-from <= 4 && timePhrase(st, from, to) {
		return false // "Last month, the FBI warned …"
	}
	if st.toks[b].low == "," && !st.toks[b].inQ && b+1 < len(st.toks) && st.toks[b+1].capitalized() && !st.is(afterCue, ",") && roleBefore(st, from, to) {
		// "Trump’s campaign manager, Corey Lewandowski, …, declined to
		// comment": a role in apposition to the name, no content; but "The
		// latest test, North Korea said, was …" goes on after the tag.
		return false
	}
	if from == 0 && opensWithParticiple(st) {
		// "Reached by phone on Tuesday, Joyce told …", "Citing “obligations
		// in Tennessee,” the spokeswoman told …": a participle phrase before
		// the subject says how, not what.
		return false
	}
	if st.toks[b].kind != tokCloseQ && subordinators.hasToken(&st.toks[from]) && !commaBetween(st, from, b) {
		// "While Democrats pushed for talks, Cornyn told reporters …": a
		// fronted clause; but "Since Clinton has more votes, superdelegates
		// would …, Mook said" holds its main clause too.
		return false
	}
	j := afterCue
	if tellVerbs.has(c.Phrase) {
		// "told Russian reporters ahead of …": skip the person told.
		for j < len(st.toks) && st.toks[j].isWord() && !adverbialStarts.hasToken(&st.toks[j]) && st.toks[j].low != "that" && j-afterCue < 5 {
			j++
		}
	}
	after := afterCue
	if tellVerbs.has(c.Phrase) {
		after = st.afterQuotedTitle(after) // "told “Fox and Friends” after …": the listener
	}
	if quote := st.toks[b].kind == tokCloseQ || b > 0 && st.toks[b-1].kind == tokCloseQ; quote && !st.contentStartsAt(after) && !st.titleQuoteEndsAt(b) {
		// "“…,” Holsman said about halfway through the filibuster.", "“…,”
		// the nominee told “Fox and Friends” after …", "“…,” he told a
		// crowd that the campaign estimated at 3,000": after a quotation,
		// only "that", a colon or a quotation right after the cue opens
		// another content.
		return true
	}
	return st.tailIsAdverbial(j)
}

// roleBefore reports whether tokens [from, to) are a short noun phrase
// that names a role, with no verb: "Trump’s campaign manager", "The
// company's chief executive". It opens with a capitalised word, a
// determiner or a possessive and ends in a lower-case noun.
func roleBefore(st *sent, from, to int) bool {
	if to-from < 2 || to-from > 6 || clauseIn(st, from, to) {
		return false
	}
	first, last := &st.toks[from], &st.toks[to-1]
	if !(first.capitalized() || determiners.hasToken(first)) || !last.isWord() || last.capitalized() || last.inQ || adverbLy(last.low) || timeWords.hasToken(last) {
		return false
	}
	for k := from; k < to; k++ {
		if !st.toks[k].isWord() || st.toks[k].inQ || pastOrFinite(&st.toks[k]) || strings.HasSuffix(st.toks[k].low, "ing") || st.is(k, "not") || st.is(k, "no") {
			return false
		}
	}
	return true
}

// opensWithParticiple reports whether a sentence opens with a participle phrase:
// "Asked about …", "Citing …", "Reached by phone …", "Speaking to
// reporters …".
func opensWithParticiple(st *sent) bool {
	if len(st.toks) < 3 || !st.toks[0].isWord() || st.toks[0].inQ {
		return false
	}
	w := st.toks[0].low
	return participleStarts.has(w) || strings.HasSuffix(w, "ed") && (st.is(1, "by") || st.is(1, "about") || st.is(1, "for"))
}

// titleNouns name a work whose title may follow in quotation marks: "the
// civil rights anthem “A Change Is Gonna Come,” she added …".
var titleNouns = set("anthem", "song", "book", "memoir", "novel", "film", "movie", "documentary", "show", "series", "album",
	"play", "poem", "slogan", "hashtag", "headline", "column", "op-ed", "essay", "article", "titled", "entitled", "dubbed", "nicknamed")

// titleAfterNoun reports whether the quotation that closes at token b (or
// b-1, before a comma) follows a noun that names a work (titleNouns).
func (st *sent) titleAfterNoun(b int) bool {
	k := st.quoteOpening(b)
	return k >= 1 && titleNouns.hasToken(&st.toks[k-1])
}

// titleQuoteEndsAt reports whether the quotation that closes at token b (or
// b-1, before a comma) names something inside a clause, after a
// preposition, an article or a possessive: "an appearance on “CBS This
// Morning,” Sanders said he …", "Sunday on Fox News channel’s “Sunday
// Morning Futures,” Rep. Darrell Issa said …" quote a title, not what
// was said.
func (st *sent) titleQuoteEndsAt(b int) bool {
	k := st.quoteOpening(b)
	if k < 1 {
		return false
	}
	w := st.toks[k-1].low
	return prepositions.has(w) || determiners.has(w) || titleNouns.has(w) ||
		strings.HasSuffix(w, "'s") && !contracted(w) && !whWords.has(strings.TrimSuffix(w, "'s")) && w != "here's" && w != "let's"
}

// quoteOpening returns the opening mark of the quotation that closes at
// token b (or at b-1, before a comma), or -1.
func (st *sent) quoteOpening(b int) int {
	if st.toks[b].kind != tokCloseQ {
		b--
	}
	for k := b - 1; k >= 0; k-- {
		if st.toks[k].kind == tokOpenQ {
			return k
		}
	}
	return -1
}

// afterQuotedTitle returns the token after a short quoted title that opens
// at token i and is followed by more words ("“Fox and Friends” after"),
// or i.
func (st *sent) afterQuotedTitle(i int) int {
	if i >= len(st.toks) || st.toks[i].kind != tokOpenQ {
		return i
	}
	for k := i + 1; k < len(st.toks) && k <= i+6; k++ {
		if st.toks[k].kind == tokCloseQ {
			if k+1 < len(st.toks) && st.toks[k+1].isWord() {
				return k + 1
			}
			return i
		}
	}
	return i
}

// timeIn reports whether tokens [from, to) hold a word of time ("later",
// "months", "Tuesday").
func (st *sent) timeIn(from, to int) bool {
	for k := from; k < to; k++ {
		if w := st.toks[k].low; timeWords.has(w) || timeUnits.has(w) || w == "ago" {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma outside quotations stands between
// tokens from and to.
func commaBetween(st *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if st.is(k, ",") && !st.toks[k].inQ {
			return true
		}
	}
	return false
}

// ownerBefore reports whether a name's possessive stands right before the
// noun at token i ("Russia's claim"); a possessive pronoun ("his claim")
// is no such owner.
func ownerBefore(st *sent, i int) bool {
	w := st.toks[i-1].low
	return (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) && st.toks[i-1].capitalized()
}

// opensClause reports whether the that-clause at token i ends before the
// verb of a clause it is the subject of: "Russia's claim that A was a
// fabrication".
func opensClause(st *sent, i int) bool {
	end := clauseEnd(st, i+1)
	return subjectClauseEnd(st, i+1, end) < end
}

// relativeAfter reports whether the "that" at token i opens a relative
// clause: a verb follows it that is no cue ("a report that surfaced on
// Telegram"), not a clause with its own subject.
func relativeAfter(st *sent, i int) bool {
	k := i + 1
	return k < len(st.toks) && (beAux.hasToken(&st.toks[k]) || pastOrFinite(&st.toks[k]) && !st.hasCueAt(k))
}

// clauseAfterComma reports whether tokens [from, to) hold a comma after
// which a clause of three words or more follows, not another phrase: "Of
// those, 40 were shot down(, it said)".
func clauseAfterComma(st *sent, from, to int) bool {
	for k := to - 1; k > from; k-- {
		if st.is(k, ",") && !st.toks[k].inQ {
			return k+1 < to && st.words(k+1, to) >= 3 && !prepositions.hasToken(&st.toks[k+1])
		}
	}
	return false
}

// contentStartsAt reports whether a content starts at token i, right after
// a cue, time words aside: "that", a colon or an opening quotation mark.
func (st *sent) contentStartsAt(i int) bool {
	for i < len(st.toks) && timeWords.hasToken(&st.toks[i]) && !st.toks[i].inQ {
		i++
	}
	return i < len(st.toks) && (st.is(i, "that") || st.is(i, ":") || st.toks[i].kind == tokOpenQ)
}

// tailIsAdverbial reports whether the tokens from i on add no new content:
// the end of the sentence, or a phrase of time, place or manner.
func (st *sent) tailIsAdverbial(i int) bool {
	// Only the clause the cue stands in counts: what follows a comma or a
	// dash is another clause ("she said several months later, and …").
	end := i
	for end < len(st.toks) && !(boundaryMarks.hasToken(&st.toks[end]) && !st.toks[end].inQ) {
		tk := st.toks[end]
		if tk.kind == tokOpenQ && end > i {
			if w := st.toks[end-1].low; (w == "on" || strings.HasSuffix(w, "'s")) && end+1 < len(st.toks) && st.toks[end+1].capitalized() {
				// "said on MSNBC’s “Morning Joe.”", "told reporters on “Meet
				// the Press”": a programme's title, not a quotation.
				for end++; end < len(st.toks) && st.toks[end].kind != tokCloseQ; end++ {
				}
				end++
				continue
			}
		}
		if tk.low == "that" || tk.low == ":" || tk.kind == tokOpenQ {
			return false
		}
		end++
	}
	// "O'Neill said, “Not going to go into that.”": a quotation right after
	// the comma is the content.
	if end == i && end+1 < len(st.toks) && st.toks[end].low == "," && st.toks[end+1].kind == tokOpenQ {
		return false
	}
	if i >= len(st.toks) || !st.toks[i].isWord() {
		return true
	}
	w := st.toks[i].low
	if deictic.has(w) && !(i+1 < len(st.toks) && timeWords.hasToken(&st.toks[i+1])) {
		return false // "told reporters this was …", not "said this week"
	}
	if w == "at" && i+1 < len(st.toks) && (st.is(i+1, "least") || st.is(i+1, "most")) {
		return false // "reported at least six planes filled …": an amount opens a clause
	}
	if adverbialStarts.has(w) || timeWords.has(w) || relatives.has(w) {
		return true // a relative clause describes the source: "said a handful of Democrats who …"
	}
	// A short phrase of time closed by a comma: "she said several months
	// later, and …" (not "announced four votes for Trump, 31 for …").
	return end < len(st.toks) && st.toks[end].low != "." && st.words(i, end) <= 6 && st.timeIn(i, end)
}

// maxTellThat bounds the words between a verb of telling and the "that"
// of its content: a listener, a place and a time ("told a town hall in
// Salem, New Hampshire on Monday that …"). Other cues look ten words
// ahead: further on, "that" more often opens a relative clause.
const maxTellThat = 14

// contentAfter returns the first token of the content that follows a verb
// cue ending at token i: after "that" or a colon when one comes soon
// ("said Friday that", "told reporters in a statement that"), else after
// any time words.
func (t *Tagger) contentAfter(st *sent, i int, c *lexicon.Cue) (int, bool) {
	n := len(st.toks)
	j := i
	// A comma-delimited aside right after the cue, perhaps after words of
	// time: "reported, citing a source, that", "reported Thursday, citing
	// unnamed sources, that".
	c0 := j
	for c0 < n && c0-j < 3 && st.toks[c0].isWord() && !st.toks[c0].inQ && (timeWords.hasToken(&st.toks[c0]) || st.is(c0, "on")) {
		c0++
	}
	if c0 < n && st.toks[c0].low == "," && (c0 == j || c0+1 < n && (st.is(c0+1, "citing") || st.is(c0+1, "quoting") || st.is(c0+1, "without"))) {
		k := c0 + 1
		for k < n && k-c0 <= maxNP && st.toks[k].low != "," && !st.toks[k].inQ {
			k++
		}
		if k < n && st.toks[k].low == "," {
			j = k + 1
		}
	}
	window := 10
	if tellVerbs.has(c.Phrase) {
		window = maxTellThat // a listener comes first
	}
	for k := j; k < n && k < j+window; k++ {
		tk := st.toks[k]
		if tk.kind == tokOpenQ {
			if k == j {
				return k, true
			}
			break
		}
		if st.toks[k].inQ {
			break
		}
		if tk.low == "that" && k > j && !prepositions.hasToken(&st.toks[j]) &&
			(t.nounCue(st.toks[k-1].low) && k > j+1 && ownerBefore(st, k-1) && opensClause(st, k) || relativeAfter(st, k)) {
			// "said Russia's claim that A was false", "dismissed a report
			// that surfaced …", "reported quarterly revenue that beat
			// expectations": the noun opens the content; not "said in a
			// statement that …", nor "repeated his claim that …" or
			// "defended Trump's claim that A", whose content is A.
			return j, true
		}
		if (tk.low == "that" || tk.low == ":") && k >= j+10 && !(timeWords.hasToken(&st.toks[k-1]) || st.toks[k-1].capitalized()) {
			break // far from the cue, "that" after a common noun opens a relative clause: "told the story of … a labor issue that Sanders had discovered"
		}
		if tk.low == "that" || tk.low == ":" {
			if k+1 < n && st.is(k+1, ",") && !st.toks[k+1].inQ {
				k++ // "argue that, while the tax may …, workers …": the clause starts after the comma
			}
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
		if (pronouns.hasToken(&tk) || clauseStops.hasToken(&tk)) && !(deictic.hasToken(&tk) && k+1 < n && timeWords.hasToken(&st.toks[k+1])) {
			break // but "this week" is a phrase of time: "said by telephone this week that"
		}
		// So does a second report: "cited interviews and said that …",
		// "attacked Clinton on Saturday, saying that …".
		if k > j && (tk.low == "and" || tk.low == ",") && k+1 < n && st.hasCueAt(k+1) {
			break
		}
	}
	if tellVerbs.has(c.Phrase) {
		j = afterListener(st, j)
		if j > i && j+1 < n && st.is(j, "that") && !st.toks[j].inQ {
			j++ // "told them that …", "remind you that …"
		}
	}
	for j < n && st.toks[j].isWord() && timeWords.hasToken(&st.toks[j]) && !(deictic.hasToken(&st.toks[j]) && !(j+1 < n && timeWords.hasToken(&st.toks[j+1]))) {
		j++
	}
	if j < n && st.toks[j].low == "," {
		j++
	}
	if k, ok := phraseBeforeClause(st, j); ok {
		j = k // "claimed at one point, a supporter asked …"
	}
	if st.words(j, n) == 0 && !(j < n && st.toks[j].kind == tokOpenQ) {
		return 0, false
	}
	return j, true
}

// phraseBeforeClause reports whether a short phrase of time or place
// opens at token i and is closed by a comma before a clause of its own
// ("at one point, a supporter asked …", "on Sunday, the ministry …"), and
// returns the clause's first token. A participle, a conjunction or a
// relative after the comma opens no such clause ("on Twitter, calling
// …").
func phraseBeforeClause(st *sent, i int) (int, bool) {
	n := len(st.toks)
	if st.is(i+1, "least") || st.is(i+1, "most") {
		return 0, false
	}
	k, ok := placePhraseEnd(st, i)
	if !ok || k+1 >= n || slices.ContainsFunc(st.toks[i+1:k], func(tk token) bool { return tk.low == "that" }) {
		return 0, false
	}
	next := st.toks[k+1]
	if !next.isWord() || strings.HasSuffix(next.low, "ing") || clauseJoins.hasToken(&next) || relatives.hasToken(&next) || st.words(k+1, n) < minClause {
		return 0, false
	}
	return k + 1, true
}

// afterListener returns the token after the listener that a tell verb's
// object names at token j ("told him", "told reporters", "told the crowd",
// "told The Associated Press"), or j when none stands there; the content
// goes on after it ("told reporters this was …").
func afterListener(st *sent, j int) int {
	n := len(st.toks)
	if j >= n || st.toks[j].inQ {
		return j
	}
	if objectPronouns.hasToken(&st.toks[j]) {
		if next := j + 1; st.is(j, "her") && next < n && st.toks[next].isWord() && !st.toks[next].capitalized() &&
			!determiners.hasToken(&st.toks[next]) && !pronouns.hasToken(&st.toks[next]) && !clauseStops.hasToken(&st.toks[next]) && !timeWords.hasToken(&st.toks[next]) {
			return next + 1 // "told her supporters, …": "her" is a possessive
		}
		return j + 1
	}
	k := j
	if determiners.hasToken(&st.toks[k]) && k+1 < n {
		k++
	}
	if listeners.hasToken(&st.toks[k]) {
		return k + 1
	}
	// A name or an outlet: capitalised words ("CNN", "Fox News").
	e := k
	for e < n && e-k < 4 && st.toks[e].isWord() && st.toks[e].capitalized() && !st.toks[e].inQ && !pronouns.hasToken(&st.toks[e]) {
		e++
	}
	if e > k && e < n && st.toks[e].isWord() && !st.toks[e].capitalized() {
		return e
	}
	if e > k && e+1 < n && (st.is(e, ",") || st.is(e, ":")) && !st.toks[e].inQ && st.toks[e+1].kind == tokOpenQ {
		return e // "told POLITICO, “Of the three, I like Kasich the best.”"
	}
	if e > k && (e == n || e == n-1 && st.is(e, ".")) {
		return e // "…, union officials told POLITICO."
	}
	// A few lower-case words before a subject pronoun: "tells audiences
	// she may be prosecuted", "told the crowd they would win".
	for e := k; e < n-1 && e-k < 3 && st.toks[e].isWord() && !st.toks[e].capitalized() && !st.toks[e].inQ &&
		!clauseStops.hasToken(&st.toks[e]) && !prepositions.hasToken(&st.toks[e]); e++ {
		if clauseSubjects.hasToken(&st.toks[e+1]) {
			return e + 1
		}
	}
	return j
}

// clauseEnd returns the token after the clause that goes on from token i:
// the next comma outside quotations, or the end of the sentence.
func clauseEnd(st *sent, i int) int {
	for i < len(st.toks) && !(st.toks[i].low == "," && !st.toks[i].inQ) {
		i++
	}
	return i
}

// placePhraseEnd returns the comma that closes a short phrase of time or
// place opening at token i ("on Twitter,", "at one point,"): "at", "on",
// "in" or "during" and up to six words with no verb form among them.
func placePhraseEnd(st *sent, i int) (int, bool) {
	n := len(st.toks)
	if i >= n || !(st.is(i, "at") || st.is(i, "on") || st.is(i, "in") || st.is(i, "during")) {
		return 0, false
	}
	k := i + 1
	for k < n && k-i <= 6 && st.toks[k].isWord() && !st.toks[k].inQ && !pastOrFinite(&st.toks[k]) {
		k++
	}
	return k, k < n && st.is(k, ",") && !st.toks[k].inQ
}
