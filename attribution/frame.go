package attribution

import (
	"slices"
	"strings"

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
	relFrom, relTo int  // the relative pronoun that stands for the source ("Broaddrick, who said"); equal when none
	announce       bool // the content follows in the next sentences ("Peskov said:")
	backward       bool // the content is the previous sentence ("This was stated by Peskov.")
	tag            bool // backward, as the speech tag of a quotation ("“…?” he said.")
	negated        bool // the verb of saying is negated ("did not confirm", "hasn't said"): the source declines to comment
	allows         bool // a verb of denial is negated ("did not rule out"): the source allows the content, asserting it as possible
	reported       bool // inside another source's content: its cue is that source's word, no distance of the publisher's
}

// maxNP bounds a noun phrase, in tokens: a source mention is short.
const maxNP = 14

// maxAppositive bounds an appositive between commas, in tokens: "David
// Kamin, an outside adviser to the campaign on tax and budget issues and an
// associate professor at New York University School of Law, said".
const maxAppositive = 30

// frames returns the attributions in a sentence: usually one, two when the
// content holds two coordinated that-clauses ("write that A and that B").
// The list may be the arena's (see frameList): it is valid until the next
// call of frames on a sentence of the same document.
func (t *Tagger) frames(st *sent) []frame {
	if st.frames != nil {
		st.frames.reset() // the frames of the sentence before are dropped
	}
	if f := t.labelFrame(st); f != nil {
		return append(st.frameList(), *f)
	}
	if f := t.speakerFrame(st); f != nil {
		return append(st.frameList(), *f)
	}
	if f := t.colonQuoteFrame(st); f != nil {
		return append(st.frameList(), *f)
	}
	var verb, prep, passive *frame
	var nested, participles, coordinated []frame
	for _, m := range st.ms {
		if m.kind != entCue || st.toks[m.from].inQ {
			continue
		}
		c := &t.lex.Cues[m.ref]
		switch c.Kind {
		case lexicon.CuePrep:
			if prep == nil {
				prep = t.prepFrame(st, m, c)
				if prep != nil {
					t.quotedByAs(st, prep)
				}
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
			if af := t.asByFrame(st, m, c); af != nil {
				comma := af.conTo // the comma before "as" or "a claim", when the content comes first
				switch {
				case verb != nil && af.conTo <= af.cueFrom && comma > verb.conFrom && comma < verb.conTo:
					// "The ministry said ten people died, as confirmed by local
					// officials": a second source on the report's content.
					verb.conTo = comma
					af.conFrom, af.conTo = verb.conFrom, comma
					coordinated = append(coordinated, *af)
				case prep == nil:
					prep = af // "As noted by X, …" is read as "according to X, …"
				}
				continue
			}
			if pf := t.participleFrame(st, m, c); pf != nil {
				if pf.srcTo > pf.srcFrom {
					nested = append(nested, *pf) // it names its own speaker
				} else {
					participles = append(participles, *pf)
				}
				continue
			}
			f := t.verbFrame(st, m, c)
			if f != nil && !f.nested && f.srcTo > f.srcFrom && slices.ContainsFunc(nested, func(n frame) bool {
				return n.kind == frameSubjectCue && n.relTo > n.relFrom && n.conFrom <= f.srcFrom && f.cueTo <= n.conTo
			}) {
				// "Cruz, who says Trump is attacking him …, said …": a report
				// inside the content of a relative clause's report is that
				// content's, not the sentence's.
				continue
			}
			switch {
			case f == nil:
				first := verb
				if first == nil {
					// "Sanders, who endorsed Canova and said A, …": the verb
					// before "and" may be a relative clause's.
					if k := slices.IndexFunc(nested, func(n frame) bool {
						return n.relTo > n.relFrom && n.cueTo <= m.from && n.conTo > m.from
					}); k >= 0 {
						first = &nested[k]
					}
				}
				if g := t.sharedSubjectFrame(st, m, c, first); g != nil {
					coordinated = append(coordinated, *g)
				}
				continue
			case f.nested:
				if comma, src, ok := claimNounAside(st, f); ok && verb != nil && comma > verb.conFrom && comma < verb.conTo {
					// "X claims A, which Ukraine denies": a second source on
					// A, beside X's report of it.
					verb.conTo = comma
					f.kind, f.srcFrom, f.conFrom, f.conTo, f.nested = frameSubjectCue, src, verb.conFrom, comma, false
					coordinated = append(coordinated, *f)
					continue
				}
				nested = append(nested, *f)
				continue
			case verb == nil:
				verb = f
				continue
			}
			if comma, src, ok := claimNounAside(st, f); ok && comma > verb.conFrom && comma < verb.conTo {
				// "X claimed that A, an accusation Ukrainian officials
				// dismissed", "X claims A, which Ukraine denies": the aside
				// reports a second source on A.
				verb.conTo = comma
				f.kind, f.srcFrom, f.conFrom, f.conTo = frameSubjectCue, src, verb.conFrom, comma
				coordinated = append(coordinated, *f)
				continue
			}
			if (f.kind == frameContentFirst || f.kind == frameInverted) && speechVerbs.has(f.cue.Phrase) && verb.cueTo <= f.conTo && f.cueFrom >= f.conTo &&
				verb.srcFrom == 0 && verb.srcTo > 0 && verb.kind == frameSubjectCue {
				if k := joinedClause(st, verb.conFrom, f.conTo); k > 0 {
					// "Candidates said A, but they would not B, they said":
					// two reports, the second closing the sentence.
					verb.conTo, f.conFrom = k, k+2
					coordinated = append(coordinated, *f)
					continue
				}
			}
			if (f.kind == frameContentFirst || f.kind == frameInverted) && speechVerbs.has(f.cue.Phrase) && verb.cueTo <= f.conTo && f.cueFrom >= f.conTo &&
				verb.kind == frameSubjectCue && speechVerbs.has(verb.cue.Phrase) && verb.srcTo > verb.srcFrom &&
				(f.srcTo-f.srcFrom == 1 && clauseSubjects.hasToken(&st.toks[f.srcFrom]) || st.lower(st.span(f.srcFrom, f.srcTo)) == st.lower(st.span(verb.srcFrom, verb.srcTo))) &&
				(st.toks[f.conTo-1].kind == tokCloseQ || st.is(f.conTo-1, ",") && st.toks[max(f.conTo-2, 0)].kind == tokCloseQ) {
				// "DuVernay said she felt A because “B,” she said.", "Pence
				// said A but added, “B,” Pence said.": a quotation's tag
				// repeats the speaker of the report it closes; one report,
				// whose content ends before the tag.
				if f.conTo < verb.conTo {
					verb.conTo = f.conTo
				}
				for k := range coordinated {
					if c := &coordinated[k]; c.conFrom < f.conTo && f.conTo < c.conTo {
						c.conTo = f.conTo // "… but added, “B,” Pence said.": B ends before the tag
					}
				}
				continue
			}
			if f.kind == frameContentFirst && verb.kind == frameContentFirst && speechVerbs.has(f.cue.Phrase) && verb.cueTo <= f.conTo && f.cueFrom >= f.conTo {
				if k := joinedClause(st, verb.cueTo-1, f.conTo); k > 0 && (st.is(k+1, "while") || st.is(k+1, "but") || st.is(k+1, "and")) {
					// "In Seattle, A, KING-TV reported, while in Chicago B,
					// the Sun-Times reported": two reports, each closing
					// its own clause.
					verb.conTo = min(verb.conTo, verb.srcFrom-1)
					f.conFrom = k + 2
					coordinated = append(coordinated, *f)
					continue
				}
			}
			if (f.kind == frameContentFirst || f.kind == frameInverted) && speechVerbs.has(f.cue.Phrase) && verb.cueTo <= f.conTo && f.cueFrom >= f.conTo {
				// "A has provoked B, said Kassenova": the report that closes
				// the sentence holds the first one in its content.
				verb.nested = true
				nested = append(nested, *verb)
				verb = f
				continue
			}
			if f.kind == frameSubjectCue && (f.srcFrom <= verb.cueFrom && verb.cueTo <= f.srcTo || t.afterFrontedClause(st, verb, f)) {
				// The first report stands inside this one's subject ("The
				// Republican who wrote the speech says …") or in a clause
				// before it ("While she believed Putin wanted …, Clinton
				// said …"): this one is the sentence's report.
				if verb.srcTo <= f.srcFrom {
					verb.nested = true
					nested = append(nested, *verb)
				}
				verb = f
				continue
			}
			if f.kind != frameSubjectCue || f.srcFrom == 0 || f.cueFrom < verb.cueTo {
				continue
			}
			switch before := st.toks[f.srcFrom-1].low; {
			case relatives.has(before):
				// "…, which sources say Trump endorsed": a report inside the content.
				f.nested = true
				nested = append(nested, *f)
			case clauseJoins.has(before) || before == ";":
				// "…, and Peskov added that …": a second report; the first
				// one's content ends where the new clause begins.
				end := f.srcFrom - 1
				for end > 0 && (clauseJoins.hasToken(&st.toks[end]) || st.toks[end].low == "," || st.toks[end].low == ";") {
					end--
				}
				if verb.conTo > end+1 && verb.conFrom <= end {
					verb.conTo = end + 1
				}
				coordinated = append(coordinated, *f)
			default:
				// "… was a mistake, at the town hall this week she said …":
				// a second report after a comma and perhaps a phrase of time
				// or place; the first content ends at the comma.
				comma, ok := joinedSubordinate(st, verb.cueTo, f.srcFrom)
				if !ok {
					comma, ok = spliceComma(st, verb.cueTo, f.srcFrom)
				}
				if ok && verb.conTo > comma && verb.conFrom < comma {
					verb.conTo = comma
					coordinated = append(coordinated, *f)
				}
			}
		}
	}
	nested = slices.DeleteFunc(nested, func(nf frame) bool { return eventReport(st, nf) })
	if prep != nil && verb != nil && verb.viaTo > verb.viaFrom && prep.cueFrom >= verb.srcTo && prep.cueTo <= verb.viaFrom && carriedBy.hasToken(&st.toks[prep.cueTo-2]) {
		prep = nil // "said Ryabkov, quoted by Interfax": the outlet that carried the report (see sourceConduit)
	}
	if prep != nil && verb != nil && tagThenAccording(st, verb, prep) {
		// "“…,” Ushakov told journalists, according to Interfax": the
		// speaker is named; the agency carried the words.
		verb.viaFrom, verb.viaTo = prep.srcFrom, prep.srcTo
		prep = nil
	}
	var f *frame
	switch {
	case passive != nil && verb != nil && verb.kind == frameSubjectCue && verb.srcTo > verb.srcFrom && !verb.nested &&
		verb.conFrom < passive.cueFrom && passive.cueFrom < verb.conTo:
		// "The mayor said the water was safe, but the claim was disputed
		// by residents": the passive stands inside the report's content,
		// and reports on what comes before it there: the clause before a
		// joining comma, which ends the first report too; else its own
		// subject ("… and the report was confirmed by the lab"), or what
		// a "which" stands for ("the findings, which were disputed by").
		f = verb
		passive.conFrom, passive.conTo, passive.nested = verb.conFrom, passive.cueFrom, true
		if c, ok := claimNounBefore(st, passive.cueFrom); ok && c > verb.conFrom && c < verb.conTo {
			verb.conTo, passive.conTo = c, c // "…, a claim that was denied by Kyiv": the clause before the comma
		} else if k := joinedClause(st, verb.conFrom, passive.cueFrom); k > 0 {
			verb.conTo, passive.conTo = k, k
		} else if b := passiveSubjectStart(st, verb.conFrom, passive.cueFrom); b > verb.conFrom {
			if st.is(b-1, "which") && st.is(b-2, ",") {
				passive.conTo = b - 2
			} else {
				passive.conFrom = b
			}
		}
		nested = append(nested, *passive)
	case passive != nil:
		f = passive
	case prep != nil && verb != nil && verb.srcTo > verb.srcFrom && prep.cueFrom > verb.conFrom && strings.HasSuffix(prep.cue.Phrase, "ing"):
		// "Analysts said A, citing B": the participle gives the speaker's
		// grounds; the report is the verb's, and its content ends there.
		f = verb
		if end := prep.cueFrom; end < verb.conTo {
			if st.toks[end-1].low == "," {
				end--
			}
			verb.conTo = end
		}
		if g, ok := t.groundsFrame(st, prep, verb); ok {
			nested = append(nested, g)
		}
	case prep != nil && prep.kind == framePrep && verb != nil && verb.srcTo > verb.srcFrom && verb.conFrom < prep.conFrom && prep.conTo <= verb.conTo &&
		prep.cueFrom >= verb.cueTo && relatives.hasToken(&st.toks[prep.conFrom]) && st.is(prep.conFrom-1, ","):
		// "Weaver says the candidate can close the gap in delegates, which
		// stood at 263, according to the AP": the verb reports its clause,
		// the relative clause is the AP's.
		f = verb
		verb.conTo = prep.conFrom - 1
		nested = append(nested, *prep)
	case prep != nil && (verb == nil || !(prep.cueFrom >= verb.srcFrom && prep.cueFrom < verb.conFrom)):
		// "CONTENT, according to X" wins over a verb inside the content
		// ("Washington has signaled …, according to Bloomberg"); a prep
		// phrase between a verb cue and its content is a conduit ("reported,
		// citing a source, that …").
		f = prep
	case verb != nil:
		f = verb
	default:
		// "In an interview, Trump doubled down and said …": a report
		// with a subject wins over the document the sentence opens with.
		if f := t.inDocumentFrame(st); f != nil && len(participles) == 0 && len(coordinated) == 0 {
			return append(append(st.frameList(), *f), nested...)
		}
		out := nested
		for _, p := range t.participleSources(st, nil, participles) {
			out = t.appendCoordinated(out, st, p)
		}
		return distinctFrames(append(out, coordinated...))
	}
	if f.kind == frameAgentless {
		return append(nested, t.participleSources(st, nil, participles)...)
	}
	for _, nf := range nested {
		// "A claimed X, although he refused Y", "…, which he said Z": a
		// report in a subordinate or relative clause after a comma ends
		// the main report's content.
		b := nf.srcFrom - 2
		if nf.kind == frameSubjectCue && nf.srcTo > nf.srcFrom && b > f.conFrom && b < f.conTo && st.toks[b].low == "," && !st.toks[b].inQ &&
			(subordinators.hasToken(&st.toks[b+1]) || relatives.hasToken(&st.toks[b+1])) {
			f.conTo = b
		}
	}
	owned := -1 // the claim noun whose clause a passive reports on
	for i, nf := range nested {
		if f.kind == framePassive && nf.kind == frameNoun && f.conFrom == 0 && nf.conFrom > 0 && nf.conTo <= f.cueFrom {
			// "Peskov's claim that the talks failed was rejected by Kyiv":
			// the owner asserts the clause, which the passive's source
			// rejects.
			f.conFrom, f.conTo, owned = nf.conFrom, nf.conTo, i
		}
	}
	ps := t.participleSources(st, f, participles) // may end f's content earlier
	if k := slices.IndexFunc(ps, func(p frame) bool {
		return f.kind == frameSubjectCue && f.conFrom == p.cueFrom && f.srcFrom == p.srcFrom
	}); k >= 0 {
		// "X responded, saying A": one report, the verb's, of the
		// participle's content; not "responded" with "saying A" as well.
		f.conFrom, f.conTo = ps[k].conFrom, ps[k].conTo
		ps = slices.Delete(ps, k, k+1)
	}
	out := t.appendCoordinated(st.frameList(), st, *f)
	if g, ok := continuation(st, *f); ok {
		out = append(out, g) // "“A,” said Peskov, “B.”": B is his too
	}
	for _, p := range ps {
		out = t.appendCoordinated(out, st, p)
	}
	if f == verb {
		out = append(out, coordinated...)
	}
	for i, nf := range nested {
		if i == owned {
			out = append(out, nf)
			continue
		}
		if nf.kind == frameNoun && nf.cueFrom >= f.cueTo && nf.cueTo <= f.conFrom && mannerPhrase(st, f.cueTo, nf.cueFrom) {
			continue // "said in a statement that …": how the report was made, not a second one
		}
		if nf.kind == frameNoun && nf.conFrom == f.conFrom && nf.cueFrom >= f.cueTo && f.srcTo > f.srcFrom && ownClaim(st, nf, *f) {
			continue // "repeated his claim that …": the verb's object, one report
		}
		if appositiveReport(st, &nf, f) {
			out = append(out, nf)
		} else if nf.kind == frameNoun && (f.kind == frameContentFirst || f.kind == frameInverted) && nf.srcTo > nf.srcFrom && nf.srcTo <= nf.cueFrom &&
			nf.cueFrom >= f.conFrom && nf.conTo < f.conTo {
			// "Russia's claim that A is “a fabrication,” Sybiha said": the
			// owner's claim of A inside the content the speaker judges.
			nf.reported = true
			out = append(out, nf)
		} else if nf.cueFrom >= f.cueTo && (nf.conFrom > f.srcFrom || f.srcFrom == f.srcTo) && (nf.kind != frameAgentless || nf.cueFrom >= f.conFrom) {
			// "Sybiha said Russia's claim that A was a fabrication": a claim
			// noun inside the content is the speaker's word, no hedge of the
			// publisher's.
			nf.reported = nf.reported || nf.kind == frameNoun && nf.cueFrom >= f.conFrom && nf.cueTo <= f.conTo
			out = append(out, nf)
		} else if comma := f.srcFrom - 1; nf.kind == frameSubjectCue && nf.srcTo > nf.srcFrom && (opensSubordinate(st) || nf.cueFrom == 0) &&
			f.kind == frameSubjectCue && nf.conFrom < comma && st.toks[comma].low == "," && !st.toks[comma].inQ {
			// "Though executives say A, they also say B", "Noting that A,
			// Trump said B": a report in a fronted subordinate clause or
			// participle phrase is a claim of its own, up to its comma.
			nf.conTo = min(nf.conTo, comma)
			out = append(out, nf)
		}
	}
	if k := asVerdict(st, f.conFrom); k > 0 && f.cue != nil && k < f.conTo &&
		(f.cue.Stance == string(claims.Denies) || f.cue.Stance == string(claims.Disputes)) &&
		(!clauseIn(st, f.conFrom, k) || slices.ContainsFunc(out, func(nf frame) bool { return nf.kind == frameNoun && nf.conFrom < k && k < nf.conTo })) {
		// "dismissed reports that A as “fake news”", "dismissed the whole
		// kerfuffle as “absurd”": the verdict is the dismissal's, not part
		// of what it dismisses, for the report as for the dismissal. A
		// clause denied outright keeps its "as" ("denied that its troops
		// had used civilians as “human shields”").
		end := k
		if st.is(k-1, ",") {
			end-- // "…, as “political bullshit.”"
		}
		for i := range out {
			if out[i].conFrom < end && k < out[i].conTo {
				out[i].conTo = end
			}
		}
	}
	slices.SortStableFunc(out, func(a, b frame) int { return a.conFrom - b.conFrom })
	return distinctFrames(out)
}

// asVerdict returns the "as" that opens a short phrase closing the
// sentence after token from and judging what comes before it: a
// quotation or a word of denial ("… as “fake news.”", "… as baseless"),
// or -1.
func asVerdict(st *sent, from int) int {
	end := len(st.toks)
	for end > 0 && (st.is(end-1, ".") || st.is(end-1, "!") || st.toks[end-1].kind == tokCloseQ) {
		end--
	}
	for k := end - 1; k > from && end-k <= 6; k-- {
		if !st.is(k, "as") || st.toks[k].inQ || k+1 >= len(st.toks) {
			continue
		}
		if st.toks[k+1].kind == tokOpenQ || st.hasWithin(k+1, end, entMarker) {
			return k
		}
	}
	return -1
}

// distinctFrames drops a frame with the same cue and content start as one
// before it: a report found both as a coordinated verb and by splitting
// the frame it follows ("thanking A and praising B").
func distinctFrames(fs []frame) []frame {
	out := fs[:0] // the frames kept so far, in place
	for _, f := range fs {
		if !slices.ContainsFunc(out, func(g frame) bool { return g.cueFrom == f.cueFrom && g.conFrom == f.conFrom }) {
			out = append(out, f)
		}
	}
	return out
}

// inDocumentFrame finds a sentence that opens with the document its content
// comes from: "In an NBC News poll released Monday, 50 percent chose
// Clinton", "In a statement, …". The phrase must name a document or an
// outlet the lexicon knows ("poll", "statement", "report").
func (t *Tagger) inDocumentFrame(st *sent) *frame {
	if len(st.toks) < 6 || st.toks[0].low != "in" {
		return nil
	}
	comma := -1
	for k := 1; k < len(st.toks) && k <= maxNP; k++ {
		if st.toks[k].inQ {
			return nil
		}
		if st.toks[k].low == "," {
			comma = k
			break
		}
	}
	if comma < 3 || st.words(comma+1, len(st.toks)) < 3 {
		return nil
	}
	for m := range st.within(1, comma, entNoun) {
		if typ := t.lex.Nouns[m.ref].Type; typ == lexicon.TypeDocument || typ == lexicon.TypeMedia {
			return st.newFrame(frame{kind: framePrep, cue: &inCue, cueFrom: 0, cueTo: 1, srcFrom: 1, srcTo: comma, conFrom: comma + 1, conTo: len(st.toks)})
		}
	}
	return nil
}

// inCue is the cue of a sentence that opens with its source document.
var inCue = lexicon.Cue{Phrase: "in", Kind: lexicon.CuePrep, Stance: lexicon.StanceAsserts}

// mannerPhrase reports whether tokens [from, to) open a prepositional phrase
// of manner before a noun cue: "in a", "in an", "on", "via".
func mannerPhrase(st *sent, from, to int) bool {
	return to > from && to-from <= 3 && (st.is(from, "in") || st.is(from, "on") || st.is(from, "via") || st.is(from, "through") || st.is(from, "to"))
}

// eventReport reports whether a report in a subordinate clause only names an
// earlier report as an event: "… after the company denied the report". Its
// content is a short noun phrase, so it adds no claim of its own.
func eventReport(st *sent, f frame) bool {
	return f.kind == frameSubjectCue && f.nested && f.srcFrom > 0 && subordinators.hasToken(&st.toks[f.srcFrom-1]) &&
		f.conTo > f.conFrom && determiners.hasToken(&st.toks[f.conFrom]) && st.words(f.conFrom, f.conTo) <= 3 &&
		!slices.ContainsFunc(st.toks[f.conFrom:f.conTo], func(tk token) bool { return pastOrFinite(&tk) }) // "although Russia says the talks failed" is a report
}

// groundsFrame returns the report the grounds of "Analysts said A, citing
// B" make: B, in the verb's source's words, unless B names a source
// ("citing a source", "citing officials"), which only relays the report.
func (t *Tagger) groundsFrame(st *sent, prep, verb *frame) (frame, bool) {
	if prep.cueTo >= len(st.toks) || !st.toks[prep.cueTo].isWord() {
		return frame{}, false
	}
	if from, to, ok := t.phraseAfter(st, prep.cueTo, true, false); ok && (t.isSourceHead(st, to-1) && !st.toks[to-1].capitalized() || st.hasWithin(from, to, entNoun)) {
		return frame{}, false
	}
	end := clauseEnd(st, prep.cueTo)
	return frame{kind: frameSubjectCue, cue: prep.cue, cueFrom: prep.cueFrom, cueTo: prep.cueTo,
		srcFrom: verb.srcFrom, srcTo: verb.srcTo, conFrom: prep.cueTo, conTo: max(end, prep.cueTo+1), nested: true}, true
}

// joinedClause returns the comma, between tokens from and to, that a
// conjunction joining a second clause follows (", but", ", and"), or 0.
func joinedClause(st *sent, from, to int) int {
	for k := from + 1; k+2 < to; k++ {
		if st.is(k, ",") && !st.toks[k].inQ && clauseJoins.hasToken(&st.toks[k+1]) {
			return k
		}
	}
	return 0
}

// spliceComma finds the comma, after token from, that opens the clause of
// a second subject starting at token src: right before it, or before a
// short phrase of time or place that leads up to it ("…, at the town hall
// this week she said"). It reports false when there is none.
func spliceComma(st *sent, from, src int) (int, bool) {
	k := src - 1
	for k > from && src-k <= 7 && st.toks[k].isWord() && !st.toks[k].inQ {
		k--
	}
	if k <= from || !st.is(k, ",") || st.toks[k].inQ {
		return 0, false
	}
	if k+1 < src && !(prepositions.hasToken(&st.toks[k+1]) || timeWords.hasToken(&st.toks[k+1])) {
		return 0, false
	}
	return k, true
}

// joinedSubordinate finds a second clause joined by a conjunction and
// opened by a subordinate clause, whose comma comes right before the
// mention at token src: "She said A, and when pressed on why, the mother
// of three replied, “…”". It returns the comma before the conjunction,
// after token from.
func joinedSubordinate(st *sent, from, src int) (int, bool) {
	if !st.is(src-1, ",") || st.toks[src-1].inQ {
		return 0, false
	}
	for k := src - 2; k > from && src-k <= maxFronted+2; k-- {
		if st.toks[k].inQ {
			return 0, false
		}
		if st.is(k, ",") && clauseJoins.hasToken(&st.toks[k+1]) && k+2 < src-1 && (subordinators.hasToken(&st.toks[k+2]) || st.is(k+2, "when")) {
			return k, true
		}
	}
	return 0, false
}

// appositiveReport reports whether nf is a report in a relative clause
// set off by commas between the subject and the cue of f: "Juanita
// Broaddrick, who said the governor assaulted her, recounted …" makes a
// claim of its own.
func appositiveReport(st *sent, nf, f *frame) bool {
	return nf.kind == frameSubjectCue && nf.relTo > nf.relFrom && nf.relFrom > 0 && st.toks[nf.relFrom-1].low == "," &&
		!st.toks[nf.relFrom-1].inQ && nf.relFrom >= f.srcTo && nf.conTo <= f.cueFrom
}

// sameForm reports whether two verb forms share an inflection that marks
// them as coordinated: both -ing, or both -ed.
func sameForm(a, b string) bool {
	return strings.HasSuffix(a, "ing") && strings.HasSuffix(b, "ing") || strings.HasSuffix(a, "ed") && strings.HasSuffix(b, "ed")
}

// claimNounAside reports whether f, a report on the clause before it,
// is an aside after a comma: an article and a noun for a claim before its
// source ("…, an accusation Ukrainian officials dismissed"), or "which"
// ("…, which Ukraine denies"). It returns the comma and where the source
// proper starts.
func claimNounAside(st *sent, f *frame) (comma, src int, ok bool) {
	if f.kind != frameContentFirst || f.srcFrom < 2 {
		return 0, 0, false
	}
	if c := f.srcFrom - 2; st.is(f.srcFrom-1, "which") && st.is(c, ",") && !st.toks[c].inQ {
		return c, f.srcFrom, true
	}
	c := f.srcFrom - 1
	if f.srcTo-f.srcFrom < 3 || !st.is(c, ",") || st.toks[c].inQ ||
		!articles.hasToken(&st.toks[f.srcFrom]) || !claimNouns.hasToken(&st.toks[f.srcFrom+1]) {
		return 0, 0, false
	}
	return c, c + 3, true
}

// tagThenAccording reports whether prep is "according to X" right after
// verb, a report that closes the sentence with its speaker ("“A,” Ushakov
// told journalists, according to Interfax"), a comma and perhaps the
// people told between.
func tagThenAccording(st *sent, verb, prep *frame) bool {
	if prep.cue.Phrase != "according to" || verb.srcTo <= verb.srcFrom || verb.conTo > verb.cueFrom ||
		verb.kind != frameContentFirst && verb.kind != frameInverted || !st.is(prep.cueFrom-1, ",") {
		return false
	}
	end := max(verb.cueTo, verb.srcTo)
	if prep.cueFrom-1 < end || prep.cueFrom-1-end > 3 {
		return false
	}
	for k := end; k < prep.cueFrom-1; k++ {
		if !st.toks[k].isWord() || st.toks[k].inQ {
			return false
		}
	}
	return endsAfterTime(st, prep.srcTo)
}

// claimNounBefore reports whether a claim noun and a relative pronoun
// stand right before token i, after a comma ("…, a claim that was denied
// by", "…, claims which were rejected by"), and returns the comma.
func claimNounBefore(st *sent, i int) (int, bool) {
	k := i - 1
	if k < 3 || !st.is(k, "that") && !st.is(k, "which") {
		return 0, false
	}
	k--
	switch w := st.toks[k].low; {
	case claimNouns.has(w) && articles.hasToken(&st.toks[k-1]):
		k -= 2
	case claimNouns.has(strings.TrimSuffix(w, "s")):
		k--
	default:
		return 0, false
	}
	return k, k >= 0 && st.is(k, ",") && !st.toks[k].inQ
}

// afterFrontedClause reports whether the sentence opens with a subordinate
// clause, a prepositional or a participle phrase that holds the report
// first and ends, at a comma, right where the subject of the report second
// begins: "While she believed Putin wanted Trump to win, Clinton said …",
// "In her post about the tweet, Feinberg said …".
func (t *Tagger) afterFrontedClause(st *sent, first, second *frame) bool {
	if len(st.toks) == 0 || second.srcFrom < 2 || st.toks[second.srcFrom-1].low != "," {
		return false
	}
	if !opensFrontedPhrase(st.toks[0].low) {
		return false
	}
	return first.conTo >= second.srcFrom-1 && first.cueTo < second.srcFrom && !st.toks[second.srcFrom-1].inQ
}

// appendCoordinated appends f to out, split in two frames with the same
// source when its content is made of two that-clauses ("write that A and
// that B", "said that A, and reiterated that B"), and returns the extended
// slice.
func (t *Tagger) appendCoordinated(out []frame, st *sent, f frame) []frame {
	if f.kind != frameSubjectCue {
		return append(out, f)
	}
	for k := f.conFrom + 1; k < f.conTo-1; k++ {
		if st.toks[k].inQ || st.toks[k].low != "and" {
			continue
		}
		j := k + 1
		second := f
		twin := false // a second cue of the same form: "thanking A and congratulating B"
		if m, ok := st.matchAt(j, entCue); ok && t.lex.Cues[m.ref].Kind != lexicon.CuePrep {
			second.cue, second.cueFrom, second.cueTo = &t.lex.Cues[m.ref], m.from, m.to
			j = m.to
			twin = m.to-m.from == 1 && sameForm(st.toks[m.from].low, st.toks[f.cueTo-1].low)
		}
		start := j
		if st.is(j, "that") {
			start = j + 1
		} else if !twin {
			continue
		}
		if st.words(start, f.conTo) == 0 {
			continue
		}
		first := f
		first.conTo = k
		if st.toks[k-1].low == "," {
			first.conTo = k - 1
		}
		second.conFrom = start
		return t.appendCoordinated(append(out, first), st, second)
	}
	return append(out, f)
}

// ownClaim reports whether the claim noun of nf is the object of f's
// asserting verb and its owner a possessive pronoun, the verb's subject:
// "De Blasio repeated his claim that …" is one report. A claim someone
// else made ("denied a report that …", "challenged the assertion that
// …", "mocked his claim that …") is a second one.
func ownClaim(st *sent, nf, f frame) bool {
	return nf.srcTo-nf.srcFrom == 1 && possessives.hasToken(&st.toks[nf.srcFrom]) && f.cue.Stance == lexicon.StanceAsserts
}

// passiveSubjectStart returns where the subject of a passive whose cue
// starts at token cue begins, inside a content that starts at token from:
// after the last "and", "but", comma, semicolon or relative pronoun
// before the cue, or from when there is none.
func passiveSubjectStart(st *sent, from, cue int) int {
	for k := cue - 1; k > from; k-- {
		if w := st.toks[k].low; !st.toks[k].inQ && (w == "and" || w == "but" || w == "," || w == ";" || relatives.has(w)) {
			return k + 1
		}
	}
	return from
}

// opensSubordinate reports whether the sentence opens with a subordinate
// clause, perhaps after a conjunction: "Though executives say …", "And
// while he said …".
func opensSubordinate(st *sent) bool {
	i := 0
	if len(st.toks) > 1 && clauseJoins.hasToken(&st.toks[0]) && !subordinators.hasToken(&st.toks[0]) {
		i = 1
	}
	return len(st.toks) > i && subordinators.hasToken(&st.toks[i])
}

// continuation returns the report of the quotation that goes on after the
// speech tag of f, a quotation before its tag ("“We are ready,” said
// Peskov, “but not now.”"): the same source and cue, the rest of the
// sentence as content.
func continuation(st *sent, f frame) (frame, bool) {
	if f.kind != frameContentFirst && f.kind != frameInverted || f.conTo > f.cueFrom {
		return frame{}, false
	}
	end := max(f.cueTo, f.srcTo)
	if !quoteGoesOn(st, end) || st.words(end+1, len(st.toks)) == 0 {
		return frame{}, false
	}
	g := f
	g.conFrom, g.conTo = end+1, len(st.toks)
	for k := end + 2; k < len(st.toks); k++ {
		if st.toks[k].kind == tokCloseQ {
			g.conTo = k + 1 // "…, “but not now,” and he left": the quotation, not the clause after it
			break
		}
	}
	return g, true
}
