package attribution

import (
	"slices"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// entity is a source met earlier in the document, for resolving later
// mentions of it ("he", "the ambassador", "Peskov").
type entity struct {
	span   claims.Span // where it was mentioned
	text   string      // the mention as written, lower case
	name   string      // the full mention
	sides  []string
	typ    claims.SourceType
	nouns  []string // source nouns in the mention, or in its actor's names ("ambassador"); may be shared (see appendShared)
	actors int      // how many lexicon actors the mention names, a repeated one each time
	actor  int      // the first of them
	person bool     // the mention names a person ("Dmitry Peskov"), not an organisation
	people bool     // the mention's last lexicon noun is one for people ("the mayor"), not a body
}

// history is the entities met so far, with indexes that keep resolving a
// mention independent of the length of the document: the answers are those
// of a scan of every entity from the most recent back, which the indexes
// only shortcut. Memory is bounded too: ents keeps only the most recent
// entities (pronouns and descriptions look no further back than
// corefWindow), mentions the last entity of each distinct mention text.
type history struct {
	ents     []entity              // the most recent entities, most recent last (at least corefWindow of them)
	n        int                   // entities added so far
	mentions map[string]*mention   // mention text → what is known of it
	byWord   map[string][]*mention // word → the distinct mention texts that hold it
	longest  []string              // per actor, the first of the longest names of entities naming only it; short of the actors never named
	person   []bool                // per actor, whether some entity naming only it is a person; as long as longest

	// The document's sources and lists of one side are handed out from
	// here (newSource, sideList), so that its claims take few allocations.
	srcs  []claims.Source // the unused tail of the current block of sources
	sides [][]string      // the lists of one side handed out so far
}

// sourceBlock is the number of sources in a block of history.srcs.
const sourceBlock = 128

// newSource returns a pointer to a new source set to s, from a block
// shared by the document's sources.
func (h *history) newSource(s claims.Source) *claims.Source {
	if len(h.srcs) == 0 {
		h.srcs = make([]claims.Source, sourceBlock)
	}
	p := &h.srcs[0]
	h.srcs = h.srcs[1:]
	*p = s
	return p
}

// sideList returns a list of the one side s, the same for every source of
// the document that speaks for s alone. Its capacity is its length, so an
// append to it copies it; nothing writes into it.
func (h *history) sideList(s string) []string {
	for _, l := range h.sides {
		if l[0] == s {
			return l
		}
	}
	l := []string{s}
	h.sides = append(h.sides, l)
	return l
}

// appendSide is appendNew for the sides of a source: a first side is the
// document's list of that side alone (sideList).
func (h *history) appendSide(sides []string, s string) []string {
	if len(sides) == 0 {
		return h.sideList(s)
	}
	return appendNew(sides, s)
}

// appendShared appends more to list, an entity's nouns: when list is
// empty, it returns more itself, its capacity cut to its length, so that
// a later append copies it rather than writing into it.
func appendShared(list, more []string) []string {
	if len(list) == 0 {
		return slices.Clip(more)
	}
	return append(list, more...)
}

// mention is one distinct mention text of a history, lower case.
type mention struct {
	text  string   // the text
	words []string // its words (strings.Fields)
	last  numbered // its last entity
}

// numbered is an entity with the number it was added under (0 for the
// first).
type numbered struct {
	n int
	e entity
}

// add appends e and indexes it.
func (h *history) add(e entity) {
	if h.mentions == nil {
		h.mentions, h.byWord = map[string]*mention{}, map[string][]*mention{}
	}
	m := h.mentions[e.text]
	if m == nil {
		m = &mention{text: e.text, words: strings.Fields(e.text)}
		h.mentions[e.text] = m
		for i, w := range m.words {
			if !contains(m.words[:i], w) {
				h.byWord[w] = append(h.byWord[w], m)
			}
		}
	}
	m.last = numbered{n: h.n, e: e}
	h.n++
	if e.actors == 1 {
		a := e.actor
		for len(h.longest) <= a {
			h.longest, h.person = append(h.longest, ""), append(h.person, false)
		}
		if len(e.name) > len(h.longest[a]) {
			h.longest[a] = e.name
		}
		h.person[a] = h.person[a] || e.person
	}
	if len(h.ents) == 2*corefWindow {
		h.ents = append(h.ents[:0], h.ents[corefWindow:]...) // keep the last corefWindow
	}
	h.ents = append(h.ents, e)
}

// source builds the source of a frame from the mention at tokens [from,
// to): its sides and type from the lexicon, or from the earlier mention it
// refers back to. labels are the pejorative labels in the mention
// ("propagandists"), which distance the publisher from the claim.
func (t *Tagger) source(doc *claims.Document, st *sent, from, to int, hist *history) (src *claims.Source, sides []string, labels []string) {
	if from == to {
		// A label with no named source speaks for the story's current one.
		if len(hist.ents) == 0 {
			return nil, nil, nil
		}
		e := hist.ents[len(hist.ents)-1]
		return hist.newSource(claims.Source{Text: doc.Slice(e.span), Span: e.span, Name: e.name, Type: e.typ}), e.sides, nil
	}
	if to-from == 1 && from > 1 && st.is(from-1, "what") && pronouns.has(st.toks[from].low) {
		// "Poland summoned the ambassador over what it called a
		// provocation": the pronoun is the sentence's own subject.
		if s, e, ok := t.leadingSubject(st); ok && s == 0 && e < from-1 && e-s > 1 && e-s <= maxNP && !prepositions.has(st.toks[0].low) &&
			!subordinators.has(st.toks[0].low) && (st.hasWithin(s, e, entActor) || st.hasWithin(s, e, entNoun) || st.hasWithin(s, e, entGroup)) {
			subj, sides, labels := t.source(doc, st, s, e, hist)
			if subj != nil {
				span := st.span(from, to)
				return hist.newSource(claims.Source{Text: doc.Slice(span), Span: span, Name: subj.Name, Type: subj.Type}), sides, labels
			}
		}
	}
	for k := to - 2; k >= from; k-- {
		if whWords.hasToken(&st.toks[k]) && !st.toks[k].inQ {
			from = k + 1 // "what Liz Wahl said": the mention starts after the clause's opener
			break
		}
	}
	for from < to-1 && (subordinators.hasToken(&st.toks[from]) || clauseJoins.hasToken(&st.toks[from])) {
		from++ // "Though she called …": the mention starts after the conjunction
	}
	// "by the Russian embassy in Washington": a name the lexicon knows
	// that starts in the mention and goes on past it is the mention.
	for _, m := range st.ms {
		if (m.kind == entActor || m.kind == entGroup) && m.from >= from && m.from < to && m.to > to && m.to-to <= 4 && st.toks[to].isWord() && !st.toks[m.to-1].inQ {
			to = m.to
			break
		}
	}
	span := st.span(from, to)
	if to-from == 1 && contracted(st.toks[from].low) {
		// "He's argued …", "They've said …": the pronoun, not its verb.
		if k := strings.IndexAny(doc.Slice(span), "'’"); k > 0 {
			span.End = span.Start + k
		}
	}
	text := doc.Slice(span)
	name := text
	if n := len(name); n > 2 && (strings.HasSuffix(name, "'s") || strings.HasSuffix(name, "’s")) {
		name = strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s") // "Donald Trump's claim": the owner is named without the possessive
	}
	src = hist.newSource(claims.Source{Text: text, Span: span, Name: name, Type: claims.TypeOther})
	e := entity{span: span, text: st.lower(span), name: name}

	insideMention := false
	for m := range st.within(from, to, entActor) {
		if m.to < to && st.toks[m.to].capitalized() && titleHeads.hasToken(&st.toks[m.to]) {
			continue // "The Washington Post", "The Moscow Times": another name, not the actor's
		}
		p := m.from - 1
		if p > from && determiners.hasToken(&st.toks[p]) {
			p--
		}
		if p >= from && targetPreps.hasToken(&st.toks[p]) {
			if !(p > from && insiders.hasToken(&st.toks[p-1]) && (st.is(p, "in") || st.is(p, "within"))) {
				continue // "ambassador to the United States": whom the source deals with, not its side
			}
			// "a source in Ukrainian diplomatic circles": the side of the
			// body the source is in, but not its name.
			insideMention = true
		}
		a := t.lex.Actors[m.ref]
		sides = hist.appendSide(sides, a.Side)
		if len(e.nouns) == 0 && src.Type == claims.TypeOther {
			src.Type = claims.SourceType(a.Type)
		}
		if a.Label {
			labels = appendNew(labels, st.toks[m.to-1].low)
		}
		e.nouns = appendShared(e.nouns, t.actorWords[m.ref])
		if e.actors == 0 {
			e.actor = m.ref
		}
		e.actors++
	}
	e.person = namesPerson(st, from, to)
	if e.actors == 1 && !insideMention {
		src.Name = hist.fullName(e.actor, name, t.lex.Actors[e.actor].Name, t.actorLow[e.actor])
		e.name = src.Name
		e.person = e.person || hist.personAt(e.actor) || t.persons[e.actor] // an earlier mention, or the lexicon, names a person
	}
	for m := range st.within(from, to, entGroup) {
		for _, s := range t.lex.Groups[m.ref].Sides {
			sides = hist.appendSide(sides, s)
		}
		src.Type = claims.TypeOfficial
	}
	lastNoun, firstNoun := -1, -1 // lexicon nouns of the mention's last and first noun
	for m := range st.within(from, to, entNoun) {
		e.nouns = appendShared(e.nouns, t.nounWords[m.ref])
		lastNoun = m.ref
		if firstNoun < 0 {
			firstNoun = m.ref
		}
	}
	unnamed := firstNoun >= 0 && t.lex.Nouns[firstNoun].Type == string(claims.TypeAnonymous)
	if unnamed {
		// "A source in the Ukrainian delegation", "Sources in the Kremlin":
		// unnamed people on a side, whatever the body they are in.
		src.Type = claims.TypeAnonymous
	}
	if len(sides) == 0 && lastNoun >= 0 && t.lex.Nouns[lastNoun].Type == string(claims.TypeOfficial) {
		// "the Russian military", "Ukrainian prosecutors", "the
		// Russian-installed governor": an official body or person the
		// lexicon does not name, placed by a side's demonym.
		if s := t.demonymSide(st, from, to); s != "" {
			sides = hist.sideList(s)
		}
	}
	if len(sides) == 0 && lastNoun >= 0 && !unnamed {
		src.Type = claims.SourceType(t.lex.Nouns[lastNoun].Type)
		e.typ = src.Type
	}
	e.people = lastNoun >= 0 && t.lex.Nouns[lastNoun].Person
	if len(sides) == 0 && t.publisherSpeaks(st, from, to, name) {
		// "Earlier, RBC-Ukraine reported that …", "We remind you that …":
		// the publisher cites itself; "we" outside a quotation is its
		// editorial voice, not an earlier source's.
		sides, src.Type = hist.sideList(t.cfg.Publisher), claims.TypeMedia
		e.typ = src.Type
	}

	if len(sides) == 0 {
		if prev, ok := hist.resolve(st, from, to, e); ok && lastNoun >= 0 && !e.people && prev.person {
			// "the ministry" after "Kremlin spokesman Dmitry Peskov": a body
			// on the side of the person named before, not that person.
			sides = prev.sides
		} else if ok {
			src.Name, sides = prev.name, prev.sides
			if src.Type == claims.TypeOther || lastNoun < 0 {
				src.Type = prev.typ
			}
			e.name, e.typ, e.person = prev.name, prev.typ, prev.person
			e.nouns = appendShared(e.nouns, prev.nouns)
		}
	}
	if len(sides) == 0 {
		sides = hist.sideList(Unknown)
	}
	e.sides, e.typ = sides, src.Type
	hist.add(e)
	return src, sides, labels
}

// demonymSide returns the side whose demonym tokens [from, to) hold, or
// "": none, or a word that places the source outside its country's state
// ("opposition", "exiled", "former").
func (t *Tagger) demonymSide(st *sent, from, to int) string {
	var side string
	for k := from; k < to; k++ {
		w := st.toks[k].low
		if unaffiliated.has(w) {
			return ""
		}
		if s, ok := t.demonyms[w]; ok && side == "" {
			side = s
		}
	}
	return side
}

// unaffiliated words place an official-sounding source outside the state
// its demonym names: "a Russian opposition politician", "former Ukrainian
// officials".
var unaffiliated = set("opposition", "exiled", "dissident", "independent", "anti-war", "anti-kremlin", "former", "ex",
	"pro-ukrainian", "pro-western", "pro-russian", "pro-kremlin")

// corefWindow bounds how many earlier sources a pronoun or a description
// may reach back: past that, a guess is more often wrong than right, and
// the bound keeps tagging linear in the length of a document.
const corefWindow = 50

// resolve finds the earlier entity a mention refers back to: a pronoun
// refers to the last source, a description ("the diplomat") to the last
// source it describes, a short name ("Peskov") to the last full mention
// that contains it.
func (hist *history) resolve(st *sent, from, to int, e entity) (entity, bool) {
	h := hist.ents
	if len(h) == 0 {
		return entity{}, false
	}
	first := st.toks[from]
	if contracted(first.low) {
		first.low, _, _ = strings.Cut(first.low, "'") // "he's" refers back as "he"
	}
	switch {
	case to-from == 1 && (pronouns.has(first.low) || possessives.hasToken(&first)):
		// "he" and "she" refer to a person, "it" to an organisation, "they"
		// and "we" to either; a known side beats an unknown one. A
		// possessive ("in his words") reads as its pronoun.
		want := func(x entity) bool { return true }
		switch first.low {
		case "he", "him", "his":
			want = func(x entity) bool { return x.person && !titled(x.text, "mrs.", "ms.", "miss") }
		case "she", "her":
			want = func(x entity) bool { return x.person && !titled(x.text, "mr.") }
		case "i":
			want = func(x entity) bool { return x.person }
		case "it", "its":
			want = func(x entity) bool { return !x.person && !x.people } // not "another diplomat"
		}
		for i := len(h) - 1; i >= max(0, len(h)-corefWindow); i-- {
			if want(h[i]) {
				return h[i], true
			}
		}
	case first.low == "a" || first.low == "an" || first.low == "another" || number(first.low) && to-from > 1:
		// "a source", "an official", "another diplomat", "one employee at a
		// software firm", "two officials": an indefinite description brings
		// in someone new, who speaks for no side named before.
		return entity{}, false
	case determiners.hasToken(&first) && !hasName(st, from+1, to):
		// A description: match its nouns against what earlier mentions said.
		for i := len(h) - 1; i >= max(0, len(h)-corefWindow); i-- {
			for _, n := range e.nouns {
				if contains(h[i].nouns, n) || strings.Contains(h[i].text, n) {
					return h[i], true
				}
				for _, title := range titlesOf(n) {
					if strings.Contains(h[i].text, title) {
						return h[i], true // "the head of state" after "Russian President Vladimir Putin"
					}
				}
			}
		}
		for _, n := range e.nouns {
			if titlesOf(n) != nil {
				return entity{}, false // only a president or a monarch is the head of state, not the last official
			}
		}
		// "the diplomat" after "Ambassador …": the last source of the same
		// type; "the mayor" is a person, not "Russia's Defense Ministry".
		for i := len(h) - 1; i >= max(0, len(h)-corefWindow); i-- {
			if h[i].sides[0] != Unknown && e.typ != "" && h[i].typ == e.typ && (!e.people || h[i].person || h[i].people) {
				return h[i], true
			}
		}
	default:
		// A short name: the last mention that contains all its words.
		return hist.lastContaining(e.text)
	}
	return entity{}, false
}

// personAt reports whether some entity naming only actor a is a person.
func (h *history) personAt(a int) bool { return a < len(h.person) && h.person[a] }

// titled reports whether a lower-case mention opens with, or holds as a
// word, one of the titles: "she" does not refer back to "Mr. McGinley".
func titled(text string, titles ...string) bool {
	for _, t := range titles {
		if strings.HasPrefix(text, t+" ") || strings.Contains(text, " "+t+" ") {
			return true
		}
	}
	return false
}

// titlesOf returns, for a description that names an office rather than a
// person, the titles an earlier mention must hold to be the one it
// refers to; nil for any other noun.
func titlesOf(noun string) []string {
	if noun == "head of state" {
		return []string{"president", "king", "queen", "emir", "monarch", "sultan"}
	}
	return nil
}

// lastContaining returns the last entity whose mention text is not short
// but holds every word of short as a word. Only the distinct texts that
// hold short's rarest word are looked at, each at its last entity.
func (hist *history) lastContaining(short string) (entity, bool) {
	var buf [4]string // most names have few words
	sw := buf[:0]
	if m := hist.mentions[short]; m != nil {
		sw = m.words // short was met before: its words are split already
	} else {
		for w := range strings.FieldsSeq(short) {
			sw = append(sw, w)
		}
	}
	if len(sw) == 0 {
		if short == "" {
			return entity{}, false
		}
		// White space only: any other mention holds its no words; the
		// last text other than short is the latest of them.
		best, found := -1, entity{}
		for text, m := range hist.mentions {
			if text != short && m.last.n > best {
				best, found = m.last.n, m.last.e
			}
		}
		return found, best >= 0
	}
	rare := hist.byWord[sw[0]] // the texts that hold short's rarest word
	for _, w := range sw[1:] {
		if ms := hist.byWord[w]; len(ms) < len(rare) {
			rare = ms
		}
	}
	best, found := -1, entity{}
	for _, m := range rare {
		if m.last.n > best && m.text != short && containsAll(m.words, sw) {
			best, found = m.last.n, m.last.e
		}
	}
	return found, best >= 0
}

// containsAll reports whether every string of want is in list.
func containsAll(list, want []string) bool {
	for _, w := range want {
		if !contains(list, w) {
			return false
		}
	}
	return true
}

// hasName reports whether tokens [from, to) hold a capitalised word.
func hasName(st *sent, from, to int) bool {
	for i := from; i < to; i++ {
		if st.toks[i].capitalized() {
			return true
		}
	}
	return false
}

// nounsOf returns the lower-case words of an actor's names, for matching
// later descriptions of it ("Ambassador Darchiev" → "ambassador").
func nounsOf(name string, aliases []string) []string {
	var out []string
	for _, s := range append([]string{name}, aliases...) {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			out = appendNew(out, w)
		}
	}
	return out
}

// appendNew appends s to list unless it is there already.
func appendNew(list []string, s string) []string {
	if contains(list, s) {
		return list
	}
	return append(list, s)
}

// fullName returns the name under which a mention of actor a is reported:
// the longest earlier mention of the same actor ("Kremlin spokesman Dmitry
// Peskov" for a later "Peskov"), else the mention itself when it holds the
// actor's name, else that name ("Alexander Darchiev" for "Ambassador
// Darchiev"). lowName is strings.ToLower(name).
func (hist *history) fullName(a int, text, name, lowName string) string {
	var best string
	if a < len(hist.longest) {
		best = hist.longest[a]
	}
	switch {
	case len(best) > len(text):
		return best
	case containsLower(text, lowName):
		return text
	}
	return name
}

// containsLower reports whether strings.ToLower(s) contains sub, which is
// in lower case: when s is ASCII, without building that copy of it.
func containsLower(s, sub string) bool {
	if !isASCII(s) {
		return strings.Contains(strings.ToLower(s), sub)
	}
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalLower(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalLower reports whether ASCII s, lowered, equals sub, which has its
// length.
func equalLower(s, sub string) bool {
	for k := 0; k < len(sub); k++ {
		if lowerByte[s[k]] != sub[k] {
			return false
		}
	}
	return true
}

// namesPerson reports whether the mention at tokens [from, to) ends in a
// person's name: two capitalised words at least, the last not a word that
// heads an organisation's name.
func namesPerson(st *sent, from, to int) bool {
	caps := 0
	for i := to - 1; i >= from && st.toks[i].capitalized(); i-- {
		caps++
	}
	return caps >= 2 && !orgWords.hasToken(&st.toks[to-1])
}

// publisherSpeaks reports whether the mention at tokens [from, to), named
// name, is the publisher: its name, or "we" opening a sentence outside a
// quotation ("We remind you that …"; not the "we" of someone's indirect
// speech, "Zelensky told parliament that we know …").
func (t *Tagger) publisherSpeaks(st *sent, from, to int, name string) bool {
	if strings.EqualFold(name, t.cfg.Publisher) {
		return true
	}
	return to-from == 1 && from == 0 && st.is(from, "we") && !st.toks[from].inQ
}
