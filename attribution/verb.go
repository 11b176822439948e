package attribution

import (
	"strings"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// This file finds reports made with a verb: the subject before it, or the
// source a participle or a second verb shares with the sentence's report.

// verbFrame tries the reporting-verb patterns around the cue match m, and
// notes the outlet the statement was made to.
func (t *Tagger) verbFrame(st *sent, m match, c *lexicon.Cue) *frame {
	f := t.reportFrame(st, m, c)
	if f != nil {
		end := f.conFrom
		if end <= f.cueTo {
			end = len(st.toks)
		}
		f.viaFrom, f.viaTo = t.conduit(st, c, f.cueTo, end)
		t.sourceConduit(st, f)
		t.quotedAsSaying(st, f)
	}
	return f
}

// quotedAsSaying rewrites the frame of "X quoted Y as saying (that) C" or
// "“C,” X quoted Y as saying": Y speaks, and X, an outlet or a document,
// carried the words (the frame's via). The cue is the participle after
// "as" ("as saying", "as denying"), whose stance the claim takes.
func (t *Tagger) quotedAsSaying(st *sent, f *frame) {
	if f.cue.Phrase != "quote" && f.cue.Phrase != "cite" || f.srcTo <= f.srcFrom || f.cueTo-f.cueFrom != 1 {
		return
	}
	k := f.cueTo
	for k < len(st.toks) && k-f.cueTo <= maxNP && st.toks[k].isWord() && !st.toks[k].inQ && !st.is(k, "as") {
		k++
	}
	if k == f.cueTo || !st.is(k, "as") || k+1 >= len(st.toks) || !strings.HasSuffix(st.toks[k+1].low, "ing") {
		return
	}
	m, ok := st.matchAt(k+1, entCue)
	if !ok || m.from != k+1 || t.lex.Cues[m.ref].Kind == lexicon.CueNoun {
		return // "quoted Peskov as a source", "as having said" aside
	}
	c := &t.lex.Cues[m.ref]
	switch f.kind {
	case frameSubjectCue:
		from := m.to
		if tellVerbs.has(c.Phrase) {
			from = afterListener(st, from) // "as telling reporters that …"
		}
		for from < f.conTo && (st.is(from, "that") || st.is(from, ",") || st.is(from, ":") || st.toks[from].isWord() && timeWords.hasToken(&st.toks[from]) || st.is(from, "on") && from+1 < len(st.toks) && timeWords.hasToken(&st.toks[from+1])) {
			from++ // "as saying on Monday that …"
		}
		if from >= f.conTo {
			return
		}
		f.conFrom = from
	case frameContentFirst:
		if !endsAfterTime(st, m.to) {
			return
		}
	default:
		return
	}
	f.viaFrom, f.viaTo = f.srcFrom, f.srcTo
	f.srcFrom, f.srcTo = f.cueTo, k
	f.cue, f.cueFrom, f.cueTo = c, k, m.to
}

// carriedBy are the participles before "by" and the outlet that carried
// a statement or a report: "quoted by Interfax", "first published by
// Bloomberg".
var carriedBy = set("quoted", "cited", "published", "reported", "carried", "aired", "broadcast")

// conduit finds a media outlet a statement was made to, in tokens [i,
// end) after cue c: "told TASS", "said in an interview with RT", "told
// the BBC on Sunday".
func (t *Tagger) conduit(st *sent, c *lexicon.Cue, i, end int) (int, int) {
	for j := i; j < end && j < len(st.toks) && j < i+8; j++ {
		if st.toks[j].inQ || st.toks[j].low == "that" {
			break
		}
		// Only a verb of telling takes the outlet as its object ("told TASS",
		// not "welcomed the reports"); "according to X" names a source.
		if j == i && !tellVerbs.has(c.Phrase) || j > i && !st.is(j-1, "with") && !st.is(j-1, "to") || st.is(j-2, "according") {
			continue
		}
		if to, ok := t.outletAt(st, j); ok {
			return j, to
		}
		if st.is(j-2, "interview") && st.is(j-1, "with") {
			if from, to, ok := t.interviewer(st, j); ok {
				return from, to // "said in an interview with Axios that …"
			}
		}
	}
	return i, i
}

// outletAt reports whether a media outlet the lexicon knows, or the
// publisher, is named from token i, perhaps after a determiner, and where
// its name ends. A common noun names an outlet only with its article
// ("the newspaper"); "reporters" names none.
func (t *Tagger) outletAt(st *sent, i int) (int, bool) {
	at := i
	if at < len(st.toks) && determiners.hasToken(&st.toks[at]) {
		at++
	}
	if m, ok := st.matchAt(at, entActor); ok && t.lex.Actors[m.ref].Type == lexicon.TypeMedia {
		return m.to, true
	}
	if to, ok := t.publisherAt(st, at); ok {
		return to, true // "a source told RBC-Ukraine": the publisher carried it
	}
	if m, ok := st.matchAt(at, entNoun); ok && t.lex.Nouns[m.ref].Type == lexicon.TypeMedia &&
		(at > i || st.toks[at].capitalized() && st.toks[at].low != "tv" && !(m.to < len(st.toks) && st.toks[m.to].capitalized())) {
		return m.to, true // "told the newspaper", "told Reuters"; not "told reporters", nor "told Reporters Without Borders"
	}
	// A name the lexicon does not know that ends like a paper's or a
	// broadcaster's: "the Kyiv Independent", "the Financial Times", "Fox
	// News", "Ukrainska Pravda".
	end := at
	for end < len(st.toks) && end-at < 5 && st.toks[end].isWord() && st.toks[end].capitalized() && !st.toks[end].inQ {
		end++
	}
	if end > at && outletHeads.hasToken(&st.toks[end-1]) {
		return end, true
	}
	return 0, false
}

// outletHeads end the names of papers, agencies and broadcasters.
var outletHeads = set("post", "times", "independent", "journal", "herald", "tribune", "daily", "telegraph", "gazette",
	"observer", "examiner", "chronicle", "standard", "insider", "mail", "express", "news", "pravda", "radio", "press")

// conduitAside finds the outlet that carried a statement named in an
// aside after the source, at the comma at token k: "Ryabkov, quoted by
// the RIA Novosti news agency, said …", "Peskov, speaking to TASS, said
// …", "said Ryabkov, cited by Interfax.", "The reports, first published
// by Bloomberg, said …". After "quoted by" or "cited by" any noun phrase
// is the outlet; after "published by" and the like any but a body the
// lexicon knows that is no outlet ("The assessment, published by the
// Russian Defence Ministry, said" names its author); after "speaking to"
// an outlet the lexicon knows; after "in an interview with" also a name
// ("Axios"). It returns the outlet's tokens.
func (t *Tagger) conduitAside(st *sent, k int) (viaFrom, viaTo int, ok bool) {
	if !st.is(k, ",") || st.toks[k].inQ {
		return 0, 0, false
	}
	j := k + 1
	if st.is(j, "as") {
		j++
	}
	if st.is(j, "first") {
		j++ // "The reports, first published by Bloomberg, said …"
	}
	switch {
	case j+1 < len(st.toks) && carriedBy.hasToken(&st.toks[j]) && st.is(j+1, "by"):
		from, to, ok := t.phraseAfter(st, j+2, true, true)
		if ok && !st.is(j, "quoted") && !st.is(j, "cited") && t.authorIn(st, from, to) {
			return 0, 0, false
		}
		return from, to, ok
	case (st.is(j, "speaking") || st.is(j, "talking")) && (st.is(j+1, "to") || st.is(j+1, "with")):
		to, ok := t.outletAt(st, j+2)
		return j + 2, to, ok
	case st.is(j, "in") && (st.is(j+1, "an") || st.is(j+1, "a")) && st.is(j+2, "interview") && st.is(j+3, "with"):
		return t.interviewer(st, j+4)
	}
	return 0, 0, false
}

// interviewer returns the outlet or the name after "in an interview
// with" at token i: "with RT", "with Axios".
func (t *Tagger) interviewer(st *sent, i int) (from, to int, ok bool) {
	if to, ok := t.outletAt(st, i); ok {
		return i, to, true
	}
	if i < len(st.toks) && st.toks[i].capitalized() && !st.toks[i].inQ {
		return t.phraseAfter(st, i, true, true)
	}
	return 0, 0, false
}

// authorIn reports whether tokens [from, to) name a body the lexicon
// knows that is no outlet: the author of a document, not its carrier.
func (t *Tagger) authorIn(st *sent, from, to int) bool {
	for m := range st.within(from, to, entActor) {
		if t.lex.Actors[m.ref].Type != lexicon.TypeMedia {
			return true
		}
	}
	return false
}

// quotedByAs rewrites the frame of "quoted by X" in "Y was quoted by X as
// saying (that) C": Y speaks, and X carried the words (the via); the cue
// is the participle after "as".
func (t *Tagger) quotedByAs(st *sent, p *frame) {
	n := len(st.toks)
	if p.kind != framePrep || p.cueFrom < 2 || !carriedBy.hasToken(&st.toks[p.cueFrom]) || !beAux.hasToken(&st.toks[p.cueFrom-1]) {
		return
	}
	k := p.srcTo
	if !st.is(k, "as") || k+1 >= n || !strings.HasSuffix(st.toks[k+1].low, "ing") {
		return
	}
	m, ok := st.matchAt(k+1, entCue)
	if !ok || m.from != k+1 || t.lex.Cues[m.ref].Kind == lexicon.CueNoun {
		return
	}
	from, to, ok := t.subjectBefore(st, p.cueFrom-1, true)
	if !ok {
		return
	}
	con := m.to
	for con < n && (st.is(con, "that") || st.is(con, ",") || st.is(con, ":")) {
		con++
	}
	if st.words(con, n) == 0 {
		return
	}
	p.kind, p.viaFrom, p.viaTo = frameSubjectCue, p.srcFrom, p.srcTo
	p.srcFrom, p.srcTo = from, to
	p.cue, p.cueFrom, p.cueTo = &t.lex.Cues[m.ref], k, m.to
	p.conFrom, p.conTo = con, n
}

// sourceConduit moves an outlet named in an aside of f's source (see
// conduitAside) out of the mention into f's via: "Ryabkov, quoted by RIA
// Novosti, said" names Ryabkov, whose side is not the agency's. The aside
// closes the mention, stands between the mention and the cue, or ends
// the sentence after an inverted cue and its mention.
func (t *Tagger) sourceConduit(st *sent, f *frame) {
	if f.srcTo <= f.srcFrom || f.viaTo > f.viaFrom {
		return
	}
	for k := f.srcFrom + 1; k <= f.srcTo && k < len(st.toks); k++ {
		from, to, ok := t.conduitAside(st, k)
		if !ok {
			continue
		}
		end := to // after a phrase of time: "first reported by The New York Times on Tuesday", "speaking to TASS in March"
		for end < len(st.toks) && end-to < 4 && st.toks[end].isWord() && !st.toks[end].inQ && (timeWords.hasToken(&st.toks[end]) || months.hasToken(&st.toks[end]) ||
			st.is(end, "late") || st.is(end, "early") || (st.is(end, "on") || st.is(end, "in")) && end+1 < len(st.toks) && (timeWords.hasToken(&st.toks[end+1]) || months.hasToken(&st.toks[end+1]))) {
			end++
		}
		switch {
		case end == f.srcTo || end+1 == f.srcTo && st.is(end, ","):
			f.srcTo = k // the aside ends the mention: cut it off
		case k == f.srcTo && (end == f.cueFrom || end+1 == f.cueFrom && st.is(end, ",")):
			// between the mention and the cue
		case k == f.srcTo && f.kind == frameInverted && f.cueTo <= f.srcFrom && endsAfterTime(st, to):
			// "“…,” said Ryabkov, quoted by Interfax."
		default:
			continue
		}
		f.viaFrom, f.viaTo = from, to
		return
	}
}

// reportFrame tries the reporting-verb patterns around the cue match m.
func (t *Tagger) reportFrame(st *sent, m match, c *lexicon.Cue) *frame {
	n := len(st.toks)
	// A capitalised verb form inside a sentence is a name ("the United
	// States"), and an infinitive is not a report ("managed to agree on").
	if m.from > 0 && st.toks[m.from].capitalized() && !st.toks[m.from-1].isQuote() && !(st.title && headlineVerb(&st.toks[m.from], c)) {
		return nil
	}
	// A noun that looks like a verb: "the McKinley plan is …", "member
	// states could …", "Editor's note:".
	// A past tense ("officials said will …") is no noun.
	if w := st.toks[m.from].low; m.to-m.from == 1 && (w == c.Phrase || strings.HasSuffix(w, "s")) && !mindVerbs.has(w) && !verbOnly.has(w) &&
		(m.to < len(st.toks) && nounFollowers.hasToken(&st.toks[m.to]) && !st.toks[m.to].capitalized() || m.from > 0 && strings.HasSuffix(st.toks[m.from-1].low, "'s")) {
		return nil
	}
	// "Will Russia attack NATO?": a question asks, it reports nothing.
	if yesNoQuestion(st) {
		return nil
	}
	// "No doubt, companies should pay …": a noun after "no"; "Having said
	// that, …": a phrase that links the sentence to the one before.
	if m.from > 0 && (st.is(m.from-1, "no") || st.is(m.from-1, "having") && st.is(m.to, "that") && st.is(m.to+1, ",")) {
		return nil
	}
	// "the contest", "the GOP contest", "their reports": after a
	// determiner, with perhaps a name between, the word is a noun.
	if m.to-m.from == 1 && nounAfterDeterminer(st, m.from, c) {
		return nil
	}
	// "denied reports that …", "dismissed claims": a noun form right
	// after a verb of saying in the past is its object, not a second verb.
	if w := st.toks[m.from].low; m.to-m.from == 1 && m.from > 0 && (w == c.Phrase || isPlural(w, c.Phrase)) && pastCueBefore(st, m.from) {
		return nil
	}
	// "member states", "the United States": "state" and "states" report
	// only before "that", a colon or a quotation ("The memo states that …").
	if w := st.toks[m.from].low; m.to-m.from == 1 && (w == "states" || w == "state") && !st.is(m.to, "that") && !st.is(m.to, ":") && !t.quoteSoon(st, m.to) {
		return nil
	}
	if w := st.toks[m.from].low; (w == "states" || w == "state") && m.from > 0 && stateModifiers.hasToken(&st.toks[m.from-1]) {
		return nil // "in key states means “…”", "swing states", "member states": a noun
	}
	if strings.HasSuffix(st.toks[m.from].low, "ing") && !progressiveAt(st, m.from) {
		return nil // a participle ("speaking to reporters"), not a report
	}
	// "did not confirm" declines to comment; "did not want" is the
	// publisher's, "don't want" the subject's.
	negated := negatedAt(st, m.from) // "did not rule out" as "did not confirm"; a cue that holds its negation ("did not respond") starts before it
	if !negated && neverBefore(st, m.from) && (c.Stance == lexicon.StanceDenies || c.Stance == lexicon.StanceConfirms) {
		negated = true // "has never denied that …", "never confirmed": no denial, no confirmation
	}
	declines := negated && speechVerbs.has(c.Phrase) && (c.Stance != lexicon.StanceAsserts || c.Phrase == "say" || c.Phrase == "comment" || propositionAt(st, m.to))
	// "did not rule out that A": the source allows A; no denial, and no
	// refusal to comment either. "did not reject (refute) claims that A"
	// is no admission: the source declines to comment.
	allows := negated && !declines && c.Phrase == "rule out"
	if negated && !declines && !allows && (c.Stance == lexicon.StanceDenies || c.Stance == lexicon.StanceDisputes) {
		declines = true
	}
	if st.is(m.from-1, "to") || negated && !declines && !allows && notAt(st, m.from) {
		return nil
	}
	negated = declines
	// "Trump is considered a front-runner", "the plan was viewed as": a
	// passive, whose subject is what is talked about, not who talks.
	if w := st.toks[m.from].low; m.from > 0 && beAux.hasToken(&st.toks[m.from-1]) && w != c.Phrase && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") {
		return nil
	}
	if t.reportsNothing(st, m, c) || adjectivalParticiple(st, m) {
		return nil
	}
	f := st.newFrame(frame{cue: c, cueFrom: m.from, cueTo: m.to, negated: negated, allows: allows})
	if c.NeedsQuote && !t.quoteSoon(st, m.to) && !quoteJustBefore(st, m.from) {
		return nil
	}
	loose := speechVerbs.has(c.Phrase) || c.Stance == string(claims.NoComment) || pastWithObject(st, m) || thatClauseAfter(st, m.to) || mindVerbs.hasToken(&st.toks[m.from])
	if from, to, ok := t.subjectBefore(st, m.from, loose); ok && !t.speakerAfterAside(st, m, c, from) {
		if objectRelative(st, from, to) && !st.is(m.to, "that") {
			return nil // "anything the Vermont senator said on stage": what was said is the word before, no content follows
		}
		f.srcFrom, f.srcTo = from, to
		if k := relativeBefore(st, m.from); k >= to {
			f.relFrom, f.relTo = k, k+1
		}
		// "CONTENT, as police have said.": "as" turns the report into the
		// source of the clause before it.
		if k, ok := asAsideClause(st, from, m.to); ok {
			// "…, given that, as The Times reported on Saturday, he has
			// emerged as …": the clause after the aside is the content.
			f.kind, f.conFrom, f.conTo, f.nested = frameSubjectCue, k, n, false
			return f
		}
		if comma := from - 2; from > 1 && st.is(from-1, "as") && (st.toks[comma].low == "," || st.toks[comma].kind == tokCloseQ && st.is(comma-1, ",")) &&
			(st.tailIsAdverbial(m.to) || subordinateTail(st, m.to)) && st.words(0, comma) >= 2 {
			// "…, as police have said.", "… ‘I can't breathe,’ as Eric
			// Garner said before he died.": the clause before, or the
			// quotation right before, a claim inside the sentence then.
			f.kind = frameContentFirst
			f.conFrom, f.conTo = st.contentBefore(comma)
			if k := st.quoteOpening(comma); st.toks[comma].kind == tokCloseQ && k > 0 {
				f.conFrom, f.nested = k, true
			}
			return f
		}
		// A report inside a subordinate clause ("… after the company
		// denied the report") is a claim of its own, but the sentence
		// speaks in the publisher's voice.
		// A relative clause that closes with a comma before the cue is an
		// aside of the subject ("Phillips, who lost …, said"), not the report.
		aside := st.is(m.from-1, ",")
		f.nested = !st.subjectStartOK(from) || !aside && (st.is(to, "who") || st.is(to, ",") && (st.is(to+1, "who") || st.is(to+1, "which"))) || st.is(to-1, "whom") ||
			st.is(from-1, "whose") // "The senator, whose office declined to comment, said …": the relative clause's
		if from == 1 && st.is(0, "as") {
			// "As another Pew study noted, the average age was 18": the
			// clause after the comma is the report's content.
			k := m.to // after a phrase of time or place: "As Reuters reported on Monday, …"
			for k < n && k-m.to < 6 && st.toks[k].isWord() && !st.is(k, "that") && !st.toks[k].inQ {
				k++
			}
			if st.is(k, ",") && st.words(k+1, n) >= 3 && !st.toks[k].inQ {
				f.kind, f.conFrom, f.conTo, f.nested = frameSubjectCue, k+1, n, false
				return f
			}
		}
		if b, ok := st.boundaryBefore(from); ok && t.contentFirst(st, b, m.to, c) {
			f.kind = frameContentFirst
			f.conFrom, f.conTo = st.contentBefore(b)
			if st.toks[b].low == "," && st.is(m.to, ",") && st.words(m.to+1, n) >= 3 && !participleAt(st, m.to+1) {
				// "Mrs. Clinton, these people said, would be open to …": the
				// report stands inside its content, which runs to the end.
				f.conTo = n
			}
			return f
		}
		if l := afterListener(st, m.to); tellVerbs.has(c.Phrase) && m.to < n && l > m.to && endsAfterTime(st, l) {
			// "…, teachers and union officials told POLITICO.": only the
			// listener follows; the tag closes the sentence.
			if g := t.tagAtEnd(st, m, c, f); g != nil {
				return g
			}
		}
		start, ok := t.contentAfter(st, m.to, c)
		if ok && c.Stance == string(claims.NoComment) && (st.is(m.to, ",") && !st.toks[m.to].inQ || st.is(start, "to")) {
			ok = false // "Norton, which declined to comment, returned …": what follows the comma is not what it would not comment on
		}
		switch {
		case from > 1 && st.is(from-1, "which") && st.is(from-2, ",") && !st.toks[from-2].inQ && st.words(0, from-2) >= minClause &&
			(speechVerbs.has(c.Phrase) || propositionCues.has(c.Phrase)) &&
			!cueInside(st, from, to) && closesRelative(st, m.to): // not "…, which sources say Trump endorsed"
			// "…, which Ukraine denies.": the relative clause reports on
			// the clause before the comma, the publisher's own or a report's
			// content (see frames and claimNounAside). Only a verb that takes
			// a proposition does: "…, which the company rejected" rejects
			// the offer the clause names.
			f.kind, f.nested = frameContentFirst, true
			f.conFrom, f.conTo = st.contentBefore(from - 2)
			return f
		case ok && c.NeedsClause && !clauseAt(st, start):
			return nil // "the company added 200 jobs"
		case ok && adverbialBeforeParticiple(st, start):
			return nil // "responded on Twitter, calling the charge …": the participle reports
		case ok && from == 0 && speechVerbs.has(c.Phrase) && t.adverbialTail(st, start):
			// "He said at a news conference last month.": the speech tag
			// of the quotation before it, with the place and time.
			f.kind, f.conFrom, f.conTo, f.backward, f.tag = frameSubjectCue, n, n, true, true
			return f
		case ok && c.Phrase == "speak" && !speaksOf(st, start):
			return nil // "spoke for 77 minutes", "spoke to reporters on the condition of anonymity"
		case ok:
		case endsWithColon(st, m.to):
			f.kind, f.conFrom, f.conTo, f.announce = frameSubjectCue, n, n, true
			return f
		case c.Stance == string(claims.NoComment):
			start = from // "The White House declined to comment.": the clause of the refusal
			if f.relTo > f.relFrom {
				start = f.relFrom // "Norton, which declined to comment, …": the relative clause
			}
		case from == 0 && speechVerbs.has(c.Phrase) && endsAfterTime(st, m.to):
			// "“…?” he said.": the speech tag of the quotation before it,
			// split off by the question mark.
			f.kind, f.conFrom, f.conTo, f.backward, f.tag = frameSubjectCue, n, n, true, true
			return f
		default:
			return nil
		}
		f.kind, f.conFrom, f.conTo = frameSubjectCue, start, n
		if start > 0 && !st.is(start-1, "that") && !st.toks[start].isQuote() {
			f.conTo = secondPredicate(st, start, n) // "confirmed a fire but gave no details"
		}
		if from > 1 && st.is(from-1, "which") && st.is(from-2, ",") {
			f.nested = true // "The changes, which officials said will …, will not apply"
		}
		if f.nested && from > 0 && subordinators.hasToken(&st.toks[from-1]) && (from == 1 || opensSubordinate(st) && from <= 2) {
			// "While Ramos said that journalists cannot …, he appears
			// uneasy": the fronted clause, and with it the content, ends at
			// its comma, past an aside ("the bridge, which was built in
			// 1960, was unsafe").
			k := clauseEnd(st, start)
			for tries := 0; k+1 < n && tries < 3 && asideAt(st, k+1); tries++ {
				if k = clauseEnd(st, k+1); k+1 < n { // the aside's closing comma
					k = clauseEnd(st, k+1)
				}
			}
			if k < n {
				f.conTo = k
			}
		}
		inWhich := from > 1 && st.is(from-1, "which") && prepositions.hasToken(&st.toks[from-2])
		if inWhich {
			f.nested = true // "in an election year in which a majority of Americans say A, B"
		}
		if st.is(to, ",") && (st.is(to+1, "who") || st.is(to+1, "which")) || f.nested && from > 1 && st.is(from-1, "which") || f.relTo > f.relFrom {
			// "Broaddrick, who said A, recounted B", "The changes, which
			// officials said A, will not apply", "…, in which most say A,
			// B", "Cruz, a graduate who has argued A, will do B, Blackwell
			// maintains": the relative clause, and with it the content,
			// ends at the next comma.
			if k := clauseEnd(st, start); k < n {
				f.conTo = k
			}
		}
		f.backward = refersBack(st, start, n)
		return f
	}
	// "Said Ellis: “…”", "Said Comey, “…”": the inverted tag opens the sentence.
	if m.from == 0 && speechVerbs.has(c.Phrase) {
		if from, to, ok := t.phraseAfter(st, m.to, true, true); ok && to+1 < n && (st.is(to, ":") || st.is(to, ",")) && st.toks[to+1].kind == tokOpenQ {
			f.kind, f.srcFrom, f.srcTo = frameInverted, from, to
			f.conFrom, f.conTo = to+1, n
			return f
		}
	}
	// "CONTENT, attorneys for the family said.": after a comma, at the end
	// of the sentence, any noun phrase is the subject of a verb of saying.
	if g := t.tagAtEnd(st, m, c, f); g != nil {
		return g
	}
	// "“…,” said Peskov."
	if b, ok := st.boundaryBefore(m.from); ok {
		// After a quotation, any noun phrase is the speaker of a verb of
		// saying: "“…,” said a strategist for one of the candidates."
		loose := st.toks[b].kind == tokCloseQ && speechVerbs.has(c.Phrase)
		from, to, ok := t.phraseAfter(st, m.to, true, loose)
		if ok && clauseIn(st, from, to) {
			ok = false // "…, said they had no problem with …": a clause, not a speaker
		}
		if ok && (st.tailIsAdverbial(to) || quoteGoesOn(st, to)) {
			f.kind, f.srcFrom, f.srcTo = frameInverted, from, to
			f.conFrom, f.conTo = st.contentBefore(b)
			// One quoted word will do: "No,” said Obama." ends a quotation.
			if w := st.words(f.conFrom, f.conTo); w >= 2 || w == 1 && st.toks[b].kind == tokCloseQ {
				return f
			}
		}
	}
	return nil
}

// tagAtEnd fills f as a report whose tag closes the sentence after a
// comma: "CONTENT, attorneys for the family said.", "…, teachers and union
// officials told POLITICO." After a comma, at the end of the sentence
// (a listener aside), any noun phrase is the subject of a verb of saying.
// It returns nil when the sentence is not so built.
func (t *Tagger) tagAtEnd(st *sent, m match, c *lexicon.Cue, f *frame) *frame {
	end := m.to
	if tellVerbs.has(c.Phrase) {
		end = afterListener(st, m.to)
	}
	j := m.from - 1
	if j <= 1 || !speechVerbs.has(c.Phrase) || !endsAfterTime(st, end) || !st.toks[j].isWord() || st.toks[j].inQ {
		return nil
	}
	from, ok := t.npBack(st, j)
	if ok && from > 2 && st.is(from-1, "and") {
		if f2, ok2 := t.npBack(st, from-2); ok2 && f2 > 1 && st.is(f2-1, ",") {
			from = f2 // "…, teachers and union officials told POLITICO."
		}
	}
	if !ok || from <= 1 || st.toks[from-1].low != "," || st.words(0, from-1) < 3 || pronouns.hasToken(&st.toks[from]) || pastOrFinite(&st.toks[from]) {
		return nil // nor "…, egged on by suckers eager to believe the lies hucksters tell them."
	}
	f.kind, f.srcFrom, f.srcTo = frameContentFirst, from, m.from
	f.conFrom, f.conTo = st.contentBefore(from - 1)
	return f
}

// adjectivalParticiple reports whether a past participle cue at m
// describes a noun instead of reporting: after a possessive ("Trump's
// reported net worth", "her stated goal"; not "he's argued"), or after
// its noun with a verb of the clause right after it, perhaps past a
// phrase of time ("A merger announced Monday would turn Pfizer into …").
func adjectivalParticiple(st *sent, m match) bool {
	w := st.toks[m.from].low
	if m.from == 0 || !strings.HasSuffix(w, "ed") && !irregularPast.has(w) {
		return false
	}
	if prev := &st.toks[m.from-1]; strings.HasSuffix(prev.low, "'s") && !contractedS.has(strings.TrimSuffix(prev.low, "'s")) || possessives.hasToken(prev) {
		return m.to < len(st.toks) && st.toks[m.to].isWord() && !st.is(m.to, "that")
	}
	k := m.to
	for k < len(st.toks) && k-m.to < 3 && timeWords.hasToken(&st.toks[k]) {
		k++
	}
	return k < len(st.toks) && finiteVerbs.hasToken(&st.toks[k]) && !st.toks[k].inQ && st.toks[m.from-1].isWord() && !pronouns.hasToken(&st.toks[m.from-1])
}

// objectRelative reports whether the mention [from, to) is the subject
// of a relative clause with no pronoun, whose antecedent stands right
// before it ("anything the senator said", "the experts I spoke to", "9
// outrageous things Donald Trump has said": a plural noun after a
// determiner or a modifier, before a capitalised word) or inside it ("I
// believe everything Trump says"). A plural noun before a name inside the
// mention is more often a title: "presidential hopefuls Jeb Bush".
func objectRelative(st *sent, from, to int) bool {
	if from > 0 {
		prev := &st.toks[from-1]
		if objectAntecedents.hasToken(prev) {
			return true
		}
		if from > 1 && plural(prev) && !pastOrFinite(prev) && !prev.inQ && st.toks[from].capitalized() {
			before := &st.toks[from-2]
			if before.isWord() && (!before.capitalized() || determiners.hasToken(before)) && !pronouns.hasToken(before) && !before.inQ {
				return true
			}
		}
	}
	if to-from <= 1 {
		return false
	}
	for k := from; k < to-1 && !st.is(k, ","); k++ {
		if next := &st.toks[k+1]; objectAntecedents.hasToken(&st.toks[k]) && (next.capitalized() || pronouns.hasToken(next) || determiners.hasToken(next)) {
			return true // not "…, who would say nothing about the senders, agreed"
		}
	}
	return false
}

// objectAntecedents stand for what a relative clause with no pronoun
// says: "anything the senator said on stage", "everything Trump says".
var objectAntecedents = set("anything", "everything", "something", "nothing")

// stateModifiers before "states" make it a noun: "key states", "swing
// states", "member states".
var stateModifiers = set("key", "swing", "battleground", "member", "other", "several", "many", "both", "all", "united", "southern",
	"northern", "western", "eastern", "red", "blue", "purple", "early", "primary", "some", "most", "these", "those", "neighboring", "neighbouring",
	"baltic", "gulf", "arab", "nato", "eu", "island", "nuclear", "client", "front-line", "frontline", "small", "large", "individual", "sovereign")

// contractedS words take "'s" for "is" or "has", not as a possessive:
// "he's predicted", "who's argued", "that's wanted".
var contractedS = set("he", "she", "it", "who", "that", "there", "what", "here", "where", "one", "everyone", "nobody", "somebody", "someone")

// asAsideClause returns where the clause after an aside "…, as SOURCE
// CUE (time)," begins, when the aside stands inside the sentence (from is
// the source's first token, cueEnd the token after the cue) and a clause
// with a subject follows it: not "…, as they call each other, has been
// …", nor "…, as we know it, on …".
func asAsideClause(st *sent, from, cueEnd int) (int, bool) {
	n := len(st.toks)
	if from < 3 || !st.is(from-1, "as") || !st.is(from-2, ",") || st.toks[from-2].inQ {
		return 0, false
	}
	k := cueEnd
	for k < n && k-cueEnd < 6 && st.toks[k].isWord() && !st.is(k, "that") && !st.toks[k].inQ {
		k++
	}
	if !st.is(k, ",") || st.toks[k].inQ || st.words(k+1, n) < 3 {
		return 0, false
	}
	next := &st.toks[k+1]
	if !next.isWord() || pastOrFinite(next) || prepositions.hasToken(next) || clauseJoins.hasToken(next) {
		return 0, false
	}
	return k + 1, true
}

// subordinateTail reports whether a subordinate clause of time runs from
// token i to the end of the sentence: "…, as Eric Garner said before he
// died."
func subordinateTail(st *sent, i int) bool {
	return i < len(st.toks) && (st.is(i, "before") || st.is(i, "after") || st.is(i, "when") || st.is(i, "while")) && !st.hasWithin(i, len(st.toks), entCue)
}

// speakerAfterAside reports whether a verb of saying at m, right after a
// comma, names its speaker after it while the subject found before it,
// from token from, runs back over an aside into the middle of a clause:
// "Cruz also lacks support from colleagues in Congress, whom he has
// alienated, said Larry Sabato, director of …". A word, not a mark or a
// conjunction, comes before that phrase, which is no subject but part of
// the content, and the inverted tag speaks. "Tell" takes an object after
// it, not a speaker: "“…,” Bozell, founder of …, told Breitbart News."
func (t *Tagger) speakerAfterAside(st *sent, m match, c *lexicon.Cue, from int) bool {
	if !speechVerbs.has(c.Phrase) || c.Phrase == "tell" || !st.is(m.from-1, ",") || from == 0 ||
		!st.toks[from-1].isWord() || clauseJoins.hasToken(&st.toks[from-1]) || st.mainSubjectAt(from) {
		return false
	}
	for _, p := range st.ms {
		if p.kind == entCue && p.from < m.from && speechVerbs.has(t.lex.Cues[p.ref].Phrase) {
			return false // after another tag: "“…,” said Kristen Day, director of …, reports USA Today."
		}
	}
	_, to, ok := t.phraseAfter(st, m.to, true, false)
	return ok && !clauseIn(st, m.to, to) && st.tailIsAdverbial(to)
}

// adverbialTail reports whether the tokens from i to the end of the
// sentence are a short phrase of time, place or manner and nothing else:
// "at a news conference last month.", "in May on the podcast".
func (t *Tagger) adverbialTail(st *sent, i int) bool {
	n := len(st.toks)
	if i >= n || !(adverbialStarts.hasToken(&st.toks[i]) || prepositions.hasToken(&st.toks[i])) || st.is(i, "to") || st.is(i, "about") || st.is(i, "of") || st.words(i, n) > 10 {
		return false
	}
	if deictic.hasToken(&st.toks[i]) && !(i+1 < n && timeWords.hasToken(&st.toks[i+1])) {
		return false // "did not confirm this.": a pronoun, not "this week"
	}
	for k := i; k < n; k++ {
		if tk := st.toks[k]; tk.low == "that" || tk.low == ":" || tk.isQuote() || clauseStops.hasToken(&tk) && tk.low != "this" {
			return false
		}
		if m, ok := st.matchAt(k, entCue); ok && t.lex.Cues[m.ref].Kind != lexicon.CueNoun {
			return false // another report: "said in May he wrote …"
		}
	}
	return true
}

// headlineVerb reports whether a capitalised cue in a title-case headline
// is a verb: a verb of saying, or a form in -s or -ed ("Trump Slams …",
// "Cruz Endorsed …"), not a bare noun ("A Curious Plan …").
func headlineVerb(tk *token, c *lexicon.Cue) bool {
	return speechVerbs.has(c.Phrase) || strings.HasSuffix(tk.low, "s") || strings.HasSuffix(tk.low, "ed")
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

// quoteJustBefore reports whether a quotation closes within a few tokens
// before the cue at token i, with a comma or nothing between ("“…,” she
// continued").
func quoteJustBefore(st *sent, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if st.toks[j].kind == tokCloseQ {
			return true
		}
	}
	return false
}

// refersBack reports whether content [from, to) only points back at what
// came before: "This was stated by …", "Peskov said this."
func refersBack(st *sent, from, to int) bool {
	words := st.words(from, to)
	if words == 0 || words > 2 {
		return false
	}
	for i := from; i < to; i++ {
		if st.toks[i].isQuote() || st.toks[i].inQ {
			return false // "called it “predatory.”": a verdict on it, not a pointer back
		}
	}
	for i := from; i < to; i++ {
		if st.toks[i].isWord() {
			return demonstratives.hasToken(&st.toks[i])
		}
	}
	return false
}

// endsAfterTime reports whether the tokens from i on are time words and a
// final period or nothing ("he said.", "Peskov said on Friday.").
func endsAfterTime(st *sent, i int) bool {
	for i < len(st.toks) && st.toks[i].isWord() && (timeWords.hasToken(&st.toks[i]) || adverbialStarts.hasToken(&st.toks[i]) && st.words(i, len(st.toks)) <= 3) {
		i++
	}
	return i == len(st.toks) || i == len(st.toks)-1 && st.toks[i].low == "."
}

// endsWithColon reports whether the tokens from i on are a colon and
// nothing else ("Peskov said:").
func endsWithColon(st *sent, i int) bool {
	for i < len(st.toks) && st.toks[i].isWord() && timeWords.hasToken(&st.toks[i]) {
		i++
	}
	if i < len(st.toks) && colonPreps.hasToken(&st.toks[i]) {
		// "said in his evening address:", "wrote on Telegram on Sunday:"
		for k := i + 1; k < len(st.toks) && k-i <= 8 && st.toks[k].isWord() && !st.toks[k].inQ; k++ {
			i = k + 1
		}
	}
	return i == len(st.toks)-1 && st.toks[i].low == ":"
}

// colonPreps open the phrase of manner, place or time between a cue and
// the colon that announces its quotation.
var colonPreps = set("in", "on", "at", "during", "via", "to", "through", "after", "before")

// participleFrame finds a cue verb as a participle after a comma: "…,
// saying that A", "…, adding later, “A”", "…, suggesting that A", "…,
// calling Christmas a sham". Its source is found by
// participleSources.
func (t *Tagger) participleFrame(st *sent, m match, c *lexicon.Cue) *frame {
	if !strings.HasSuffix(st.toks[m.from].low, "ing") || c.NeedsQuote && !t.quoteSoon(st, m.to) {
		return nil
	}
	if start, ok := t.contentAfter(st, m.to, c); c.NeedsClause && !(ok && clauseAt(st, start)) {
		return nil // "…, adding 200 jobs"
	}
	if anonymityRequest(st, m.to) {
		return nil // "…, one EU ambassador said, speaking on condition of anonymity.": why unnamed, no report
	}
	for _, p := range st.ms {
		if p.from == m.from && p.kind == entCue && t.lex.Cues[p.ref].Kind == lexicon.CuePrep {
			return nil // "reported, citing a source, that": the prepositional cue's
		}
	}
	if m.from == 0 && speechVerbs.has(c.Phrase) {
		// "Noting that A, Trump reminded …": the subject after the fronted
		// phrase speaks, and the content, a clause (not "Responding to
		// this criticism, …"), ends at its comma.
		if start, ok := t.contentAfter(st, m.to, c); !ok || start > m.to+1 || !clauseAt(st, start) || prepositions.hasToken(&st.toks[start]) {
			return nil // nor "Writing for a panel that all agreed A, …": the content follows the cue or its "that"
		}
		return t.frontedReport(st, m, c, st.newFrame(frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, nested: true}))
	}
	if m.from == 0 || st.toks[m.from-1].inQ && st.toks[m.from-1].kind != tokCloseQ || degreeWords.hasToken(&st.toks[m.from-1]) {
		return nil // "sounded far less welcoming": after a degree word, an adjective
	}
	if m.to < len(st.toks) && gerundHeads.hasToken(&st.toks[m.to]) {
		return nil // "earned speaking fees", "talking points": the -ing form modifies a noun
	}
	f := st.newFrame(frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, nested: true})
	switch prev := st.toks[m.from-1].low; {
	case prev == "," || st.toks[m.from-1].kind == tokCloseQ && st.is(m.from-2, ",") || (prev == "by" || dashes.has(prev)) && speechVerbs.has(c.Phrase):
		// "Trump attacked Clinton, saying …", "“…,” referring to …", "She followed that by
		// saying …" (a verb of saying: "by attacking cities" is an act):
		// the sentence's source speaks (participleSources).
	case m.from == 1 && fronting.has(prev) && speechVerbs.has(c.Phrase):
		// "After saying he was nervous, the man …": the subject after
		// the fronted phrase speaks, and the content ends at its comma.
		return t.frontedReport(st, m, c, f)
	case (fronting.has(prev) || prev == "without") && speechVerbs.has(c.Phrase) && st.is(m.from-2, ","):
		// "Mr. Sanders, after saying he would not advertise, …": the
		// sentence's subject speaks (participleSources), up to the comma.
		start, ok := t.contentAfter(st, m.to, c)
		if !ok {
			return nil
		}
		f.conFrom, f.conTo = start, clauseEnd(st, start)
		return f
	case prepositions.has(prev) || subordinators.has(prev):
		// "after questioning Israel's commitment": the participle is no
		// phrase's head, and the word before it no speaker.
		return nil
	case t.headOK(st, true, m.from-1):
		// "with 22 percent saying …", "the share of Republicans saying
		// …": the noun phrase right before the participle speaks.
		from, ok := t.npBack(st, m.from-1)
		opens := func(from int) bool {
			return from > 0 && (st.is(from-1, "with") || st.is(from-1, ",") || dashes.hasToken(&st.toks[from-1]) || st.is(from-1, "and") && participleBefore(st, from-1) && speakerParticipleAt(st, from)) ||
				number(st.toks[from].low) || quantifiers.hasToken(&st.toks[from])
		}
		if ok && !opens(from) {
			// "have left 62 percent of voters saying": the phrase found
			// runs back over the verb; the amount opens it.
			for k := from + 1; k < m.from-1; k++ {
				if w := st.toks[k].low; number(w) || quantifiers.has(w) {
					from = k
					break
				}
			}
		}
		if !ok || !opens(from) || from > 0 && prepositions.hasToken(&st.toks[from-1]) && !st.is(from-1, "with") && !st.is(from-1, "about") {
			return nil // "at one point calling …": a phrase of time, no speaker
		}
		f.srcFrom, f.srcTo = from, m.from
	default:
		return nil
	}
	start, ok := t.contentAfter(st, m.to, c)
	if !ok || c.Phrase == "speak" && !speaksOf(st, start) {
		return nil // "…, speaking at a rally in Iowa": where, not what
	}
	f.conFrom, f.conTo = start, len(st.toks)
	// "– Ryan saying A and Trump calling it B": the content ends where
	// the next speaker's participle begins.
	for k := start + 1; k < len(st.toks); k++ {
		if st.is(k, "and") && !st.toks[k].inQ && speakerParticipleAt(st, k+1) {
			f.conTo = k
			break
		}
	}
	return f
}

// participleBefore reports whether a cue in -ing stands before token i:
// "Ryan saying …" before "and Trump calling …".
func participleBefore(st *sent, i int) bool {
	for k := i - 1; k >= 0; k-- {
		if strings.HasSuffix(st.toks[k].low, "ing") && st.hasCueAt(k) {
			return true
		}
	}
	return false
}

// speakerParticipleAt reports whether a short noun phrase that names a
// speaker and a cue in -ing start at token i: "Trump calling", "10 percent
// saying".
func speakerParticipleAt(st *sent, i int) bool {
	for k := i; k < len(st.toks) && k-i <= 3; k++ {
		tk := &st.toks[k]
		if k > i && strings.HasSuffix(tk.low, "ing") && st.hasCueAt(k) {
			return true
		}
		if !tk.isWord() || tk.inQ || !(tk.capitalized() || number(tk.low) || tk.low == "percent" || tk.low == "%") {
			return false
		}
	}
	return false
}

// frontedReport fills f, the frame of a participle of saying in a phrase
// that opens the sentence ("Noting that A, Trump …", "After saying A, the
// man …"): the subject after the phrase speaks, and the content ends at
// the phrase's comma. It returns nil when the sentence is not so built.
func (t *Tagger) frontedReport(st *sent, m match, c *lexicon.Cue, f *frame) *frame {
	end := frontedPhraseEnd(st)
	from, to, ok := t.leadingSubject(st)
	start, cok := t.contentAfter(st, m.to, c)
	if end < 3 || !ok || from != end || !cok || start >= end-1 {
		return nil
	}
	f.srcFrom, f.srcTo, f.conFrom, f.conTo = from, to, start, end-1
	return f
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
			end := p.cueFrom - 1 // the comma before the participle
			if st.toks[end].kind == tokCloseQ {
				end++ // "… by Cleveland,” referring to …": the mark closes the content
			}
			if f.conTo > end && f.conFrom < p.cueFrom {
				f.conTo = end
			}
		default:
			from, to, ok := t.leadingSubject(st)
			if !ok && speechVerbs.has(p.cue.Phrase) {
				from, to, ok = t.clauseSubject(st, p.cueFrom)
			}
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
	if pronouns.hasToken(&st.toks[0]) {
		return 0, 1, true
	}
	from := frontedPhraseEnd(st)
	if from == 0 {
		from = timePhraseEnd(st) // "A few minutes later they …"
	}
	for from+1 < n && (clauseJoins.hasToken(&st.toks[from]) || preCue.hasToken(&st.toks[from])) {
		from++ // "And even Obama tried …, noting …"
	}
	if pronouns.hasToken(&st.toks[from]) {
		return from, from + 1, true
	}
	to := from
	for to < n && to-from < maxNP && st.toks[to].isWord() && (st.toks[to].capitalized() || determiners.hasToken(&st.toks[to]) || to > from && t.isSourceHead(st, to)) {
		to++
	}
	if k, ok := nameList(st, to); ok && to > from && st.toks[from].capitalized() {
		to = k // "Carson, Fiorina and Huckabee have all … and say …"
	}
	if to > from && t.isSourceHead(st, to-1) {
		return from, to, true
	}
	// "His chief aide doubled down …": a determiner, a few modifiers and
	// the first word that heads a source.
	if determiners.hasToken(&st.toks[from]) {
		for k := from + 1; k < n && k-from <= 3 && st.toks[k].isWord() && !st.toks[k].inQ && !clauseStops.hasToken(&st.toks[k]) && !preCue.hasToken(&st.toks[k]); k++ {
			if st.hasCueAt(k) || pastOrFinite(&st.toks[k]) || st.toks[k].capitalized() && !st.toks[k-1].capitalized() {
				break // the verb ("the man told police"), or a name after it
			}
			if t.isSourceHead(st, k) {
				return from, k + 1, true
			}
		}
	}
	return 0, 0, false
}

// clauseSubject returns the noun phrase before the first verb of a
// sentence's main clause, which must come before token end: "One employee
// at a software firm declined to speak on the record, saying …", "One of
// the men, Jessie Elkins, 70, had served in Vietnam and said …". A verb of
// saying after the clause, in a participle or joined by "and", has that
// subject for its speaker, whatever the noun (see leadingSubject for the
// stricter reading other verbs get).
func (t *Tagger) clauseSubject(st *sent, end int) (int, int, bool) {
	from := frontedPhraseEnd(st)
	if from == 0 {
		from = timePhraseEnd(st)
	}
	for k := from + 1; k < end && k-from <= maxNP+maxAppositive; k++ {
		tk := &st.toks[k]
		if tk.inQ || tk.isQuote() {
			return 0, 0, false
		}
		if !pastOrFinite(tk) {
			continue
		}
		mFrom, mTo, ok := t.mentionBefore(st, k, true, 2)
		if !ok || mTo > k || !(mFrom == from || mFrom > from && st.is(mFrom-1, ",")) {
			return 0, 0, false
		}
		// The verb after the subject and the one that reports must stand
		// in one clause: not "Some in the crowd booed, and when Rubio
		// thanked Miami and said …", nor "… in which management sits
		// down … and tells them …".
		for q := k + 1; q < end; q++ {
			if tk := &st.toks[q]; relativeAt(st, q) || subordinators.hasToken(tk) || tk.low == ";" || tk.low == "when" || tk.low == "where" || tk.low == "," && q+1 < end && clauseJoins.hasToken(&st.toks[q+1]) {
				return 0, 0, false
			}
		}
		return mFrom, mTo, true // "Jessie Elkins, 70" of "One of the men, Jessie Elkins, 70, had served"
	}
	return 0, 0, false
}

// nameList returns the end of a list of names that goes on at token i
// after a first one: ", Fiorina and Huckabee" (each a capitalised word or
// two, the last after "and").
func nameList(st *sent, i int) (int, bool) {
	k := i
	for k+1 < len(st.toks) && st.is(k, ",") && !st.toks[k].inQ && st.toks[k+1].capitalized() && k-i < maxNP {
		k += 2
		for k < len(st.toks) && st.toks[k].capitalized() && st.toks[k].isWord() {
			k++
		}
	}
	if !st.is(k, "and") || k+1 >= len(st.toks) || !st.toks[k+1].capitalized() {
		return 0, false
	}
	k += 2
	for k < len(st.toks) && st.toks[k].capitalized() && st.toks[k].isWord() {
		k++
	}
	return k, true
}

// maxFronted bounds a phrase before a sentence's subject, in tokens.
const maxFronted = 16

// speaksOf reports whether what follows "spoke" from token i says what was
// spoken: a subject ("about", "of"), or "that", a colon or a quotation
// soon after it.
func speaksOf(st *sent, i int) bool {
	for k := i; k < len(st.toks) && k < i+8; k++ {
		if w := st.toks[k].low; w == "about" || w == "of" && (k == i || k == i+1 && adverbLy(st.toks[i].low)) || w == "that" || w == ":" || st.toks[k].kind == tokOpenQ {
			return true // "spoke of …", "spoke highly of …", not "spoke to a gathering of leaders"
		}
		if st.is(k, ",") || st.is(k, ".") {
			break
		}
	}
	return false
}

// relativeBefore returns the relative pronoun "who" that stands right
// before the cue at token i, words that may stand between a subject and
// its cue aside ("Broaddrick, who later said"), or -1.
func relativeBefore(st *sent, i int) int {
	k := i - 1
	for k >= 0 && st.toks[k].isWord() && (preCue.hasToken(&st.toks[k]) || mannerAdverb(&st.toks[k])) {
		k--
	}
	if k >= 0 && (st.is(k, "who") || st.is(k, "which") && st.is(k-1, ",")) && !st.toks[k].inQ {
		return k
	}
	return -1
}

// pastWithObject reports whether the cue m is a past tense in -ed followed
// by at least two words of its own clause, not by "by": "Some allies
// suggested that …", "the campaign pledged to …", but not "delegates
// recommended by the party" or "planned deals". Such a cue takes any noun
// phrase as its subject, as a verb of saying does.
func pastWithObject(st *sent, m match) bool {
	if !strings.HasSuffix(st.toks[m.to-1].low, "ed") || m.to >= len(st.toks) || st.is(m.to, "by") {
		return false // a participle after its noun: "delegates recommended by the party"
	}
	words := 0
	for k := m.to; k < len(st.toks) && words < 2 && !(boundaryMarks.hasToken(&st.toks[k]) || st.toks[k].low == "."); k++ {
		if st.toks[k].isWord() {
			words++
		}
	}
	return words >= 2
}

// thatClauseAfter reports whether a that-clause with its own subject
// starts at token i: "suggests that the deal …", "argue that he …", but
// not the relative clause of "attacks that killed …".
func thatClauseAfter(st *sent, i int) bool {
	if i+1 >= len(st.toks) || !st.is(i, "that") || st.toks[i].inQ {
		return false
	}
	next := st.toks[i+1]
	return next.isWord() && (pronouns.hasToken(&next) || determiners.hasToken(&next) || next.capitalized() || number(next.low))
}

// opensFrontedPhrase reports whether a sentence's first word w can open a
// subordinate, prepositional or participle phrase before its subject.
func opensFrontedPhrase(w string) bool {
	return subordinators.has(w) || prepositions.has(w) || participleStarts.has(w) || strings.HasSuffix(w, "ing") ||
		adverbLy(w) || w == "ever" // "Shortly after the announcement, …", "Ever since she endorsed …, …"
}

// frontedPhraseEnd returns where the main clause of a sentence starts: after
// the comma of an opening prepositional, subordinate or participle phrase
// ("In a victory speech on Tuesday, Mr. Trump …") or of a sentence adverb
// ("However, …"), else 0.
func frontedPhraseEnd(st *sent) int {
	w := st.toks[0].low
	if (discourseAdverbs.has(w) || adverbLy(w)) && len(st.toks) > 2 && st.toks[1].low == "," {
		return 2 // "However, Moscow …", "Ultimately, he …"
	}
	for k := 1; k < len(st.toks)-1 && k <= maxIntro; k++ {
		if st.toks[k].low == "," && (timeWords.hasToken(&st.toks[k-1]) || st.toks[k-1].low == "ago") && timePhrase(st, 0, k-1) {
			return k + 1 // "Hours later, Trump …", "Two days ago, …", not "Cruz continued on Saturday, …"
		}
	}
	if !opensFrontedPhrase(w) {
		return 0
	}
	for k := 1; k < len(st.toks)-1 && k < maxFronted; k++ {
		if st.toks[k].inQ || !st.toks[k].isWord() && st.toks[k].low != "," && st.toks[k].low != "'s" && st.toks[k].low != "-" {
			return 0
		}
		if st.toks[k].low == "," {
			if st.toks[k+1].isWord() {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// timePhrase reports whether tokens [from, to) can open a phrase of time:
// numbers, time words and units, determiners and prepositions ("Hours",
// "Two days", "On", "Late last").
func timePhrase(st *sent, from, to int) bool {
	for k := from; k < to; k++ {
		if w := st.toks[k].low; !(timeWords.has(w) || timeUnits.has(w) || number(w) || determiners.has(w) || prepositions.has(w) || w == "late" || w == "early") {
			return false
		}
	}
	return true
}

// sharedSubjectFrame finds a second verb of a subject already named: "Trump
// is telling veterans … and says he will expand the army", "His aides say A
// but noted that B". The source is the sentence's first report's, or the
// subject the sentence starts with; the first report's content ends before
// the conjunction.
func (t *Tagger) sharedSubjectFrame(st *sent, m match, c *lexicon.Cue, first *frame) *frame {
	j := m.from - 1
	for j >= 0 && st.toks[j].isWord() && preCue.hasToken(&st.toks[j]) {
		j--
	}
	if j < 1 || !(st.toks[j].low == "and" || st.toks[j].low == "but") || st.toks[j].inQ || c.NeedsQuote && !t.quoteSoon(st, m.to) {
		return nil
	}
	// A bare verb form is more often one of a list inside the content ("would
	// require Ukraine to cede …, reduce … and declare neutrality") than a
	// second report: it needs "that", a colon or a quotation after it.
	if st.toks[m.from].low == c.Phrase && m.to-m.from == 1 && !st.is(m.to, "that") && !st.is(m.to, ":") && !t.quoteSoon(st, m.to) &&
		!(m.to < len(st.toks) && (clauseSubjects.hasToken(&st.toks[m.to]) || contracted(st.toks[m.to].low))) {
		return nil // but "… and say they're no longer accepting invitations": a subject pronoun opens the clause
	}
	start, ok := t.contentAfter(st, m.to, c)
	switch {
	case !ok && c.Stance == string(claims.NoComment):
		start = m.from // "…, but declined to give details.": the refusal itself
	case !ok || c.NeedsClause && !clauseAt(st, start):
		return nil
	}
	f := st.newFrame(frame{kind: frameSubjectCue, cue: c, cueFrom: m.from, cueTo: m.to, conFrom: start, conTo: len(st.toks)})
	switch {
	case first != nil && first.srcTo > first.srcFrom && first.cueTo <= j:
		f.srcFrom, f.srcTo = first.srcFrom, first.srcTo
		if first.relTo > first.relFrom {
			// Inside a relative clause: "who" speaks again, and the content
			// ends with the clause.
			f.relFrom, f.relTo, f.nested = first.relFrom, first.relTo, true
			if first.conTo > m.to && first.conTo < f.conTo {
				f.conTo = first.conTo
			}
		}
		end := j
		if st.toks[end-1].low == "," {
			end--
		}
		if first.conTo > end && first.conFrom < end {
			first.conTo = end
		}
	default:
		from, to, ok := t.leadingSubject(st)
		if !ok && speechVerbs.has(c.Phrase) && clauseAt(st, start) {
			// "One of the men had served in Vietnam and said he …"; not
			// "Democrats controlled the Senate and had confirmed 68 nominees".
			from, to, ok = t.clauseSubject(st, j)
		}
		if !ok || to > j {
			return nil
		}
		f.srcFrom, f.srcTo = from, to
	}
	return f
}

// participleAt reports whether token i is a cue in -ing: "…, the air
// force said, adding that …" goes on with a second report, not with the
// first report's content.
func participleAt(st *sent, i int) bool {
	return i < len(st.toks) && strings.HasSuffix(st.toks[i].low, "ing") && st.hasCueAt(i)
}

// yesNoQuestion reports whether the sentence is a question in the
// publisher's voice that opens with an auxiliary: "Will Russia attack
// NATO?", "Q: Does the Kremlin want a deal?".
func yesNoQuestion(st *sent) bool {
	n := len(st.toks)
	if n < 3 || !st.is(n-1, "?") || st.toks[n-1].inQ {
		return false
	}
	i := 0
	if st.is(0, "q") && st.is(1, ":") {
		i = 2
	}
	return i < n && questionAux.hasToken(&st.toks[i]) && !st.toks[i].inQ
}

// questionAux open a yes-no question.
var questionAux = set("will", "would", "can", "could", "should", "does", "do", "did", "is", "are", "was", "were", "has", "have", "had", "shall", "may", "might")

// neverBefore reports whether "never" stands right before token i, or
// before an auxiliary there ("has never denied", "never confirmed").
func neverBefore(st *sent, i int) bool {
	return st.is(i-1, "never") || i > 1 && st.is(i-2, "never") && (beAux.hasToken(&st.toks[i-1]) || finiteVerbs.hasToken(&st.toks[i-1]))
}

// pastCueBefore reports whether the word before token i, words of time
// aside, is a cue in the past tense ("denied", "dismissed on Monday").
func pastCueBefore(st *sent, i int) bool {
	for k := i - 1; k > 0 && i-k <= 3 && st.toks[k].isWord() && (timeWords.hasToken(&st.toks[k]) || st.is(k, "on")); k-- {
		i = k // "denied on Monday reports that …"
	}
	m, ok := st.matchEndingAt(i, entCue)
	if !ok || m.to-m.from != 1 || st.toks[m.from].inQ {
		return false
	}
	w := st.toks[m.from].low
	return strings.HasSuffix(w, "ed") || irregularPast.has(w)
}

// progressiveAt reports whether the -ing form at token i follows a form of
// "be", perhaps with adverbs between ("is once again questioning").
func progressiveAt(st *sent, i int) bool {
	for j := i - 1; j >= 0 && st.toks[j].isWord(); j-- {
		if beAux.hasToken(&st.toks[j]) {
			return true
		}
		if !preCue.hasToken(&st.toks[j]) {
			return false
		}
	}
	return false
}

// reportsNothing reports whether the cue m is used in a way that reports
// nothing: a passive participle after its noun, or an idiom of acting
// rather than saying.
func (t *Tagger) reportsNothing(st *sent, m match, c *lexicon.Cue) bool {
	w := st.toks[m.to-1].low
	switch {
	case m.to-m.from == 1 && strings.HasSuffix(w, "ed") && m.from > 0 && st.toks[m.from-1].isWord() && !st.toks[m.from-1].capitalized() &&
		!adverbLy(st.toks[m.from-1].low) && t.cueAfterPlace(st, m.to):
		// "A new study published in the journal Nature suggests …": the
		// participle says where the study appeared; the verb after the
		// phrase reports.
		return true
	case t.quoteSoon(st, m.to) || thatSoon(st, m.to):
		return false // "said by Monday evening that …", "added to its statement that …"
	case m.to-m.from == 1 && w != c.Phrase && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s") &&
		(st.is(m.to, "by") && agentAt(st, m.to+1) || c.Phrase == "accuse" && st.is(m.to, "of")):
		// "call sheets maintained by her aides", "the woman accused of
		// driving …": a participle after its noun, a passive too; but not
		// "responded by blocking …" or "said by telephone".
		return true
	case c.Phrase == "add" && st.is(m.to, "to") && !(m.to+1 < len(st.toks) && listeners.hasToken(&st.toks[m.to+1])):
		return true // "added to his portfolio": put in, said nothing
	case anonymityRequest(st, m.to):
		return true // "who asked not to be named": a request for anonymity, not a claim
	case c.Phrase == "feel" && m.to < len(st.toks) && !feltClause(st, m.to):
		return true // "he felt blindsided", "felt the need to": a feeling, not a view reported
	case w == "briefed" && (st.is(m.to, "on") || st.is(m.to, "about")) && st.hasWithin(m.to, len(st.toks), entCue):
		return true // "two officials briefed on the talks said": who the speakers are
	case m.to < len(st.toks) && reflexives.hasToken(&st.toks[m.to]) && (c.Phrase == "find" || c.Phrase == "show"):
		return true // "found himself back on the street", "showed itself …": no report
	case c.Phrase == "show" && st.is(m.to, "up"):
		return true // "Sanders showed up": arrived, said nothing
	case c.Phrase == "call" && st.is(m.from, "called") && m.to-m.from == 1 && namingObject(st, m.from):
		return true // "leads a program called Sandy Hook Promise": a name, not a report
	case c.Phrase == "report" && st.is(m.to, "from") && m.to+1 < len(st.toks) && st.toks[m.to+1].capitalized():
		return true // "Julie Davis reported from Midway Atoll": where the reporter was, a credit line
	case c.Phrase == "call" && st.is(m.from, "called") && st.is(m.from-1, ",") && namedAside(st, m.to):
		return true // "The program, called EB-5, allows …": the name of the noun before it
	}
	return false
}

// cueAfterPlace reports whether the tokens from i are a short phrase of
// place ("in the journal Nature", "on its website") followed right away
// by a verb of saying or finding in the present or the past ("suggests",
// "found"): the phrase ends the subject, and that verb reports. A word
// that the lexicon also knows as a noun cue ("claims", "reports") may be
// the object instead ("denied in a statement claims that …"), and "that"
// or a comma ends the phrase.
func (t *Tagger) cueAfterPlace(st *sent, i int) bool {
	if !st.is(i, "in") && !st.is(i, "on") && !st.is(i, "at") {
		return false
	}
	for k := i + 2; k < len(st.toks) && k-i <= 6 && st.toks[k].isWord() && !st.toks[k].inQ; k++ {
		w := st.toks[k].low
		if w == "that" || w == "to" || pronouns.has(w) {
			return false
		}
		m, ok := st.matchAt(k, entCue)
		if !ok || m.from != k {
			continue
		}
		c := &t.lex.Cues[m.ref]
		finite := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ed") || irregularPast.has(w) ||
			w == "said" || w == "told" || w == "found" || w == "wrote" || w == "showed" || w == "shown"
		return finite && c.Kind != lexicon.CueNoun && !t.nounCue(w) && (speechVerbs.has(c.Phrase) || findingVerbs.has(c.Phrase))
	}
	return false
}

// reflexives are the reflexive pronouns.
var reflexives = set("himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself", "yourselves")

// findingVerbs report what a study, a poll or a document finds.
var findingVerbs = set("suggest", "find", "show", "conclude", "indicate", "estimate", "predict", "reveal")

// nounCue reports whether word w, or w less a plural "s", is the phrase of
// one of the lexicon's noun cues ("claims", "report"); see Tagger.nounCues.
func (t *Tagger) nounCue(w string) bool { return t.nounCues[w] }

// agentAt reports whether token i, after "by", starts the agent of a
// passive: not a gerund ("by blocking") nor a means ("by telephone").
func agentAt(st *sent, i int) bool {
	if i >= len(st.toks) || !st.toks[i].isWord() {
		return false
	}
	w := st.toks[i].low
	return !strings.HasSuffix(w, "ing") && !means.has(w) && !timeWords.has(w) && !months.has(w) && !number(w)
}

// thatSoon reports whether "that" follows token i within a few words, with
// no punctuation between: a that-clause of the cue's ("said by Monday
// evening that …").
func thatSoon(st *sent, i int) bool {
	for k := i; k < len(st.toks) && k < i+8 && st.toks[k].isWord() && !st.toks[k].inQ; k++ {
		if st.is(k, "that") {
			return true
		}
	}
	return false
}

// namingObject reports whether the words before "called" at token i are
// an indefinite noun phrase that is the object of a verb or preposition
// ("lead a program called …", "payments to a company called …"): the
// participle names the thing, nobody calls it anything.
func namingObject(st *sent, i int) bool {
	k := i - 1
	for k > 0 && i-k <= 4 && st.toks[k].isWord() && !st.toks[k].capitalized() && !st.is(k, "a") && !st.is(k, "an") {
		k--
	}
	if k < 1 || k == i-1 || !(st.is(k, "a") || st.is(k, "an")) {
		return false
	}
	prev := st.toks[k-1]
	return prev.isWord() && !prev.inQ && !clauseJoins.hasToken(&prev)
}

// namedAside reports whether a name closed by a comma starts at token i:
// "EB-5," in "The program, called EB-5, allows …".
func namedAside(st *sent, i int) bool {
	if i >= len(st.toks) || !(st.toks[i].capitalized() || st.toks[i].kind == tokOpenQ) || timeWords.hasToken(&st.toks[i]) {
		return false // not "…, called Friday for releasing the videos, …"
	}
	for k := i; k < len(st.toks) && k-i <= 6; k++ {
		tk := &st.toks[k]
		switch {
		case st.is(k, ",") && !tk.inQ:
			return k > i
		case tk.inQ || tk.isQuote() || tk.capitalized() || tk.low == "-":
		default:
			return false // a lower-case word: "…, called for talks, …" reports
		}
	}
	return false
}

// anonymityRequest reports whether the words from token i ask for
// anonymity: "(not) to be named", "(not) to be identified", "on condition
// of anonymity".
func anonymityRequest(st *sent, i int) bool {
	if st.is(i, "on") && st.is(i+1, "condition") {
		// "who spoke on condition of anonymity", but not "said on
		// condition of anonymity that …", which goes on to its content.
		k := i + 2
		for k < len(st.toks) && st.toks[k].isWord() && !st.is(k, "that") {
			k++
		}
		return !(st.is(k, "that") || st.is(k, ":") || k < len(st.toks) && st.toks[k].isQuote())
	}
	if st.is(i, "not") {
		i++
	}
	return st.is(i, "to") && st.is(i+1, "be") && (st.is(i+2, "named") || st.is(i+2, "identified") || st.is(i+2, "quoted"))
}

// secondPredicate returns where a content that is a noun phrase ends
// before "but" or "and" and a past tense of the same subject ("confirmed a
// fire but gave no details"), or end.
func secondPredicate(st *sent, start, end int) int {
	for k := start + 1; k+1 < end; k++ {
		if pastOrFinite(&st.toks[k-1]) {
			return end // a clause with a verb of its own ("said the gunman entered the school and opened fire")
		}
		if !(st.is(k, "but") || st.is(k, "and")) || st.toks[k].inQ {
			continue
		}
		if w := &st.toks[k+1]; w.isWord() && !w.capitalized() && !w.inQ && pastOrFinite(w) {
			if st.is(k-1, ",") {
				k--
			}
			return k
		}
	}
	return end
}

// feltClause reports whether what follows "feel" at token i is a clause,
// a view that the feeling reports: "that", a name or a subject pronoun
// ("felt Trump was wrong", "feels it is time").
func feltClause(st *sent, i int) bool {
	tk := st.toks[i]
	return tk.low == "that" || tk.low == ":" || tk.isQuote() || tk.capitalized() && tk.isWord() || subjectPronouns.hasToken(&tk)
}

// pastOrFinite reports whether a token looks like a finite verb: a past
// tense or an auxiliary.
func pastOrFinite(tk *token) bool {
	return tk.isWord() && !tk.capitalized() && (irregularPast.hasToken(tk) || finiteVerbs.hasToken(tk) || strings.HasSuffix(tk.low, "ed") && len(tk.low) > 4)
}

// clauseAt reports whether the content that starts at token i (after a
// comma there) is a clause or a quotation rather than a bare noun phrase:
// it follows "that" or a colon, a quotation opens within its first words,
// or it has a subject pronoun first or a verb form before its first mark
// ("added talks would go on", "added he expects …", "added, it's not …",
// "adding of Mr. Trump, “…”"; not "added 200 jobs in March" nor "added
// trucks to its lineup").
func clauseAt(st *sent, i int) bool {
	n := len(st.toks)
	if st.is(i, ",") {
		i++
	}
	if i > 0 && (st.is(i-1, "that") || st.is(i-1, ":")) {
		return true
	}
	for k := i; k < n && k < i+8 && !st.is(k, "."); k++ {
		if st.toks[k].kind == tokOpenQ {
			return true
		}
	}
	if i < n && (clauseSubjects.hasToken(&st.toks[i]) || contracted(st.toks[i].low)) {
		return true // "added they expect …", "added it's …"
	}
	amount := false // a number opens the phrase: "200 workers hired from rivals" has no clause
	for k := i; k < n && k < i+12 && st.toks[k].isWord() && !st.toks[k].inQ; k++ {
		tk := st.toks[k]
		if k > i && (subordinators.hasToken(&tk) || relatives.hasToken(&tk) || tk.low == "that") {
			break // "added 150,000 jobs as hiring slowed": a clause of its own
		}
		amount = amount || number(tk.low)
		// After an amount a past participle before a preposition describes
		// it ("200 workers hired from rivals"); "12 people drowned" is a clause.
		participle := amount && k+1 < n && prepositions.hasToken(&st.toks[k+1])
		if finiteVerbs.hasToken(&tk) && !tk.capitalized() || strings.HasSuffix(tk.low, "n't") ||
			pastOrFinite(&tk) && !participle || !amount && k > i && presentVerb(st, k) {
			return true
		}
	}
	return false
}

// contracted reports whether w is a pronoun with a verb contracted onto
// it: "it's", "they're", "I'm", "we'll", "he'd", "you've".
func contracted(w string) bool {
	p, v, ok := strings.Cut(w, "'")
	return ok && (clauseSubjects.has(p) || p == "it" || p == "that" || p == "there") && (v == "s" || v == "re" || v == "m" || v == "ll" || v == "d" || v == "ve")
}

// clauseSubjects are the pronouns that open a clause when they follow a
// verb: never its object ("it" is: "added it to the list").
var clauseSubjects = set("i", "you", "he", "she", "we", "they")

// presentVerb reports whether the word at token k may be a verb in the
// present tense after its subject: lower case, ending in a single "s",
// after a word that neither opens nor governs a noun phrase, and not a
// plural noun before a phrase of place ("the company plans to expand",
// "Russia wants peace"; not "new features to the app", "solar panels to
// its headquarters").
func presentVerb(st *sent, k int) bool {
	w, prev := st.toks[k].low, st.toks[k-1].low
	if st.toks[k].capitalized() || len(w) <= 3 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") ||
		strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") || strings.HasSuffix(w, "'s") ||
		determiners.has(prev) || prepositions.has(prev) || articles.has(prev) || k+1 >= len(st.toks) {
		return false
	}
	// "new features to the app", "solar panels to its headquarters": a
	// plural noun before a phrase of place; anything else may be a verb
	// ("Russia wants peace", "the ceasefire holds").
	if next := st.toks[k+1].low; prepositions.has(next) && k+2 < len(st.toks) &&
		(determiners.hasToken(&st.toks[k+2]) || possessives.hasToken(&st.toks[k+2]) || st.toks[k+2].capitalized()) {
		return false
	}
	return true
}

// negatedAt reports whether "not" (or a verb ending in "n't") stands
// before the verb at token i, perhaps with adverbs between: "did not
// confirm", "could not independently verify", "hasn't yet confirmed".
func negatedAt(st *sent, i int) bool {
	k := negationBefore(st, i)
	return k >= 0 && (st.is(k, "not") || strings.HasSuffix(st.toks[k].low, "n't"))
}

// propositionAt reports whether what a verb of saying says starts at
// token i: "that", "whether", "if", a colon, a quotation, or a noun for a
// claim ("the report", "these allegations"). "did not report a loss" says
// nothing about one.
func propositionAt(st *sent, i int) bool {
	if i >= len(st.toks) {
		return false
	}
	if st.is(i, "that") || st.is(i, "whether") || st.is(i, "if") || st.is(i, ":") || st.toks[i].isQuote() {
		return true
	}
	if i+1 < len(st.toks) && (articles.hasToken(&st.toks[i]) || demonstrativeDeterminers.hasToken(&st.toks[i])) {
		noun := strings.TrimSuffix(st.toks[i+1].low, "s")
		return claimNouns.has(noun) || reportNouns.has(noun)
	}
	return false
}

// notAt reports whether the word "not" negates the verb at token i, as
// negatedAt does for both "not" and "n't".
func notAt(st *sent, i int) bool { return st.is(negationBefore(st, i), "not") }

// negationBefore returns the token before the verb at token i and the
// adverbs right before it ("not independently", "not yet"), or -1.
func negationBefore(st *sent, i int) int {
	k := i - 1
	for k > 0 && st.toks[k].isWord() && (adverbLy(st.toks[k].low) || st.is(k, "yet")) {
		k--
	}
	return k
}

// closesRelative reports whether the relative clause of a cue ends at
// token i, perhaps after a phrase of time or place: "…, which Ukraine
// denies.", "…, which the Kremlin confirmed on Tuesday." A complement
// ("which he describes as his home", "which Beijing has vowed to
// ignore") means "which" is not what the cue reports on.
func closesRelative(st *sent, i int) bool {
	if i >= len(st.toks) {
		return true
	}
	if !st.toks[i].isWord() {
		// A mark that ends the clause, not "which he called “a cartel”"
		// nor "which she thought (foolishly) that …".
		return st.is(i, ".") || st.is(i, ",") || st.is(i, ";") || st.is(i, "!") || st.is(i, "?")
	}
	w := st.toks[i].low
	return (timeWords.has(w) || adverbLy(w) || w == "on" || w == "in" || w == "at" || w == "during") && st.tailIsAdverbial(i)
}

// asByFrame finds "as", a verb of saying's past participle and "by"
// ("As noted by the head of the delegation, the parties agreed …",
// "…, as confirmed by the ministry."): the phrase after "by" is the
// source, the clause after its comma, or before the "as", the content.
// The lexicon lists a few such phrases as prepositional cues ("as
// reported by"); this reads them for every verb it knows. A claim noun
// may stand for "as" after the content's comma: "…, a claim denied by
// Ukraine's General Staff", "…, an allegation rejected by Kyiv as absurd".
func (t *Tagger) asByFrame(st *sent, m match, c *lexicon.Cue) *frame {
	n := len(st.toks)
	if m.from < 1 || !st.is(m.to, "by") || m.to-m.from != 1 ||
		!strings.HasSuffix(st.toks[m.from].low, "ed") && !irregularPast.hasToken(&st.toks[m.from]) {
		return nil
	}
	f := st.newFrame(frame{kind: framePrep, cue: c, cueFrom: m.from - 1, cueTo: m.to + 1})
	lead := m.from - 1 // where the phrase starts: "as", or the claim noun and its article
	noun := m.from - 1 // the claim noun, before "that was" perhaps ("a claim that was denied by")
	if noun > 2 && beAux.hasToken(&st.toks[noun]) && (st.is(noun-1, "that") || st.is(noun-1, "which")) {
		noun -= 2
	}
	switch {
	case st.is(m.from-1, "as") && speechVerbs.has(c.Phrase): // not "As demanded by protesters, …"
	case noun > 1 && !(speechVerbs.has(c.Phrase) || c.Stance == string(claims.Denies) || c.Stance == string(claims.Disputes)):
		return nil
	case noun > 1 && claimNouns.hasToken(&st.toks[noun]) && articles.hasToken(&st.toks[noun-1]):
		lead, f.cueFrom, f.cueTo = noun-1, m.from, m.to // "…, a claim denied by Ukraine's General Staff"
	case noun > 1 && claimNouns.has(strings.TrimSuffix(st.toks[noun].low, "s")) && st.is(noun-1, ","):
		lead, f.cueFrom, f.cueTo = noun, m.from, m.to // "…, claims denied by Kyiv"
	default:
		return nil
	}
	from, to, ok := t.phraseAfter(st, m.to+1, true, true)
	if !ok {
		return nil
	}
	f.srcFrom, f.srcTo = from, to
	comma := to // after a phrase of time: "As announced by the White House on Friday, …"
	if comma < n && (timeWords.hasToken(&st.toks[comma]) || prepositions.hasToken(&st.toks[comma])) {
		for comma < n && comma-to < 6 && st.toks[comma].isWord() && !st.toks[comma].inQ {
			comma++
		}
	}
	switch {
	case lead == 0 && st.is(comma, ",") && st.words(comma+1, n) >= minClause:
		f.conFrom, f.conTo = comma+1, n // "As noted by X, CONTENT."
	case lead > 1 && st.is(lead-1, ",") && !st.toks[lead-1].inQ && st.words(0, lead-1) >= minClause &&
		(endsAfterTime(st, comma) || lead < m.from-1 && (st.is(comma, "as") || st.is(comma, ",") && (st.is(comma+1, "which") || st.is(comma+1, "who")))):
		// "CONTENT, as confirmed by X." (at the end of the sentence: "The
		// building, as described by witnesses, collapsed" is an aside),
		// "CONTENT, a claim dismissed by X as absurd.", "CONTENT, a claim
		// denied by Moscow, which said …".
		f.conFrom, f.conTo = st.contentBefore(lead - 1)
	default:
		return nil
	}
	return f
}

// isPlural reports whether w is word+"s", without building that string.
func isPlural(w, word string) bool {
	return len(w) == len(word)+1 && w[len(word)] == 's' && w[:len(word)] == word
}

// nounAfterDeterminer reports whether the cue word at token i is a noun
// that reports nothing: its bare form or its -s form right after an
// article or a demonstrative ("the estimate", "these reports"), or its
// bare form after one and capitalised words that are not plurals ("the GOP
// contest to John Kasich"; "The Russians deny" is a verb). A noun with
// its content after it ("the DOJ demand that …", "the plan to …") and one
// with an owner ("her vow to …") still report.
func nounAfterDeterminer(st *sent, i int, c *lexicon.Cue) bool {
	w := st.toks[i].low
	bare := w == c.Phrase
	if !bare && !isPlural(w, c.Phrase) || i == 0 || st.toks[i].inQ {
		return false
	}
	if n := i + 1; n < len(st.toks) && (st.is(n, "that") || st.is(n, ":") || st.toks[n].isQuote() ||
		st.is(n, "to") && n+1 < len(st.toks) && st.toks[n+1].isWord() && !st.toks[n+1].capitalized()) {
		return false
	}
	k := i - 1
	if bare && !speechVerbs.has(c.Phrase) && !(i+1 < len(st.toks) && (pronouns.hasToken(&st.toks[i+1]) || determiners.hasToken(&st.toks[i+1]))) {
		// "the GOP contest to …", but not "the White House say the deal
		// is done" nor "the Pentagon claim …": a verb of saying, or a
		// clause after the word, makes it a verb.
		for k > 0 && i-k <= 3 && st.toks[k].isWord() && st.toks[k].capitalized() && !strings.HasSuffix(st.toks[k].low, "s") {
			k--
		}
	}
	return articles.hasToken(&st.toks[k]) || demonstrativeDeterminers.hasToken(&st.toks[k])
}

// adverbialBeforeParticiple reports whether the content that would start
// at token i is only a phrase of place or time closed by a comma before a
// participle: "responded on Twitter, calling the charge “pathetic”". The
// participle is the report (see participleFrame).
func adverbialBeforeParticiple(st *sent, i int) bool {
	k, ok := placePhraseEnd(st, i)
	return ok && k+1 < len(st.toks) && st.hasCueAt(k+1) && strings.HasSuffix(st.toks[k+1].low, "ing")
}

// timePhraseEnd returns where the subject starts after a phrase of time
// that opens the sentence without a comma, "A few minutes later they …",
// "Two days ago Moscow …": up to five words ending in "later", "ago" or
// "earlier" before a pronoun or a name; else 0.
func timePhraseEnd(st *sent) int {
	for k := 1; k < len(st.toks)-1 && k < 6 && st.toks[k].isWord(); k++ {
		if w := st.toks[k].low; w == "later" || w == "ago" || w == "earlier" {
			if next := st.toks[k+1]; next.isWord() && (pronouns.hasToken(&next) || next.capitalized()) {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// clauseIn reports whether tokens [from, to) hold a clause rather than a
// noun phrase: a subject pronoun first, or a finite verb or past tense
// ("they had no problem"). Only a noun phrase names an inverted speaker.
func clauseIn(st *sent, from, to int) bool {
	if to-from > 1 && clauseSubjects.hasToken(&st.toks[from]) {
		return true
	}
	for k := from; k < to; k++ {
		if w := st.toks[k].low; (finiteVerbs.has(w) || irregularPast.has(w)) && !st.toks[k].capitalized() {
			return true // not an -ed adjective: "said an unnamed official"
		}
	}
	return false
}

// quoteGoesOn reports whether, at token i after a speech tag, a comma and
// an opening quotation mark take the quotation up again: "“We are
// ready,” said Peskov, “but not now.”"
func quoteGoesOn(st *sent, i int) bool {
	return i+1 < len(st.toks) && st.is(i, ",") && !st.toks[i].inQ && st.toks[i+1].kind == tokOpenQ
}

// asideAt reports whether token i, after a comma, opens an aside inside a
// clause rather than the next clause: a relative ("which", "who",
// "where") or a participle ("built in 1960").
func asideAt(st *sent, i int) bool {
	w := st.toks[i].low
	return relatives.has(w) || w == "where" || !st.toks[i].capitalized() && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && len(w) > 4
}

// publisherAt reports whether the publisher's name, of up to four tokens,
// starts at token i, and returns where it ends.
func (t *Tagger) publisherAt(st *sent, i int) (int, bool) {
	for k := i + 1; k <= len(st.toks) && k <= i+4; k++ {
		if !st.toks[k-1].isWord() && k-1 > i {
			break
		}
		sp := st.span(i, k)
		if strings.EqualFold(st.src[sp.Start-st.s.Span.Start:sp.End-st.s.Span.Start], t.cfg.Publisher) {
			return k, true
		}
	}
	return 0, false
}

// cueInside reports whether a cue word, not part of a name, stands inside
// tokens [from, to): "sources say Trump", not "the State Department".
func cueInside(st *sent, from, to int) bool {
	for m := range st.within(from, to, entCue) {
		if !st.toks[m.from].capitalized() {
			return true
		}
	}
	return false
}
