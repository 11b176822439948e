package attribution

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// Config holds the tagger's settings.
type Config struct {
	Publisher string // the side unattributed claims belong to; "publisher" when empty
}

// Unknown is the side of a source that no lexicon entry places.
const Unknown = "unknown"

// Tagger finds and attributes claims. Build one per lexicon and share it:
// it is read-only after New and safe for concurrent use.
type Tagger struct {
	lex        *lexicon.Lexicon
	ix         *index
	actorWords [][]string        // per actor, the lower-case words of its names
	actorLow   []string          // per actor, its name in lower case (strings.ToLower)
	nounWords  [][]string        // per source noun, a list of its word alone, which entities share (see appendShared)
	persons    []bool            // per actor, whether its name is a person's
	modal      map[string]bool   // modal hedge phrases
	demonyms   map[string]string // lower-case demonym → the side it places an official body on
	nounCues   map[string]bool   // the phrases of the lexicon's noun cues and their plurals ("claim", "claims")
	cfg        Config
}

// New returns a Tagger for lex.
func New(lex *lexicon.Lexicon, cfg Config) *Tagger {
	if cfg.Publisher == "" {
		cfg.Publisher = "publisher"
	}
	t := &Tagger{lex: lex, ix: newIndex(lex), cfg: cfg}
	t.modal = map[string]bool{}
	for _, h := range lex.Hedges {
		t.modal[h.Phrase] = h.Modal
	}
	t.nounCues = map[string]bool{}
	for _, c := range lex.Cues {
		if c.Kind == lexicon.CueNoun {
			t.nounCues[c.Phrase], t.nounCues[c.Phrase+"s"] = true, true
		}
	}
	t.demonyms = map[string]string{}
	for _, sd := range lex.Sides {
		for _, d := range sd.Demonyms {
			t.demonyms[strings.ToLower(d)] = sd.Name
		}
	}
	t.nounWords = make([][]string, len(lex.Nouns))
	for i, n := range lex.Nouns {
		t.nounWords[i] = []string{n.Word}
	}
	t.actorWords = make([][]string, len(lex.Actors))
	t.persons = make([]bool, len(lex.Actors))
	t.actorLow = make([]string, len(lex.Actors))
	for i, a := range lex.Actors {
		t.actorLow[i] = strings.ToLower(a.Name)
		t.actorWords[i] = nounsOf(a.Name, a.Aliases)
		t.persons[i] = personName(a)
	}
	return t
}

// personName reports whether an actor of the lexicon is a person: an
// official named by two or more capitalised words, the last of which names
// no organisation ("Vladimir Putin", not "Russian Foreign Ministry").
func personName(a lexicon.Actor) bool {
	ws := strings.Fields(a.Name)
	if a.Type != lexicon.TypeOfficial || len(ws) < 2 || orgWords.has(strings.ToLower(ws[len(ws)-1])) {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// Publisher returns the side that unattributed claims belong to.
func (t *Tagger) Publisher() string { return t.cfg.Publisher }

// Tag returns the claims in sents, in document order, numbered c01, c02, ….
// Sentences marked as non-claims are skipped. A sentence gives one claim,
// or one per coordinated that-clause. Token offsets are kept in 32 bits, so
// a document longer than MaxDocumentBytes is not tagged: each of its
// sentences is returned as a claim in the publisher's voice.
func (t *Tagger) Tag(doc *claims.Document, sents []claims.Sentence) []claims.Claim {
	if len(doc.AnalysisText()) > MaxDocumentBytes {
		return t.untagged(sents)
	}
	// Sentences are tokenized one at a time as the loop reaches them, so
	// memory holds one sentence's tokens (and those of quotations waiting
	// for their speaker), not the whole document's.
	kept := make([]claims.Sentence, 0, len(sents))
	for _, s := range sents {
		// A heading such as "Peskov said:" makes no claim but may announce
		// the quotation after it, so the tagger reads it too.
		if s.NonClaim == claims.NotNonClaim || s.NonClaim == claims.Heading && (strings.HasSuffix(s.Text, ":") || startsWithDash(s.Text)) || isSourceLine(s.Text) {
			kept = append(kept, s)
		}
	}
	var (
		// Every ASCII word's matching form is a piece of one lowered copy
		// of the document.
		lower = asciiLower(doc.AnalysisText())
		n     = len(doc.AnalysisText())
		slab  = slabs{toks: newSlab[token](n), ms: newSlab[match](n / 2), sents: slab[sent]{block: min(256, n/80+1)}} // sizes: see newSlab and prepare; few sentences a block, so that one kept sentence keeps few tokens
		// Most sentences make one claim; sizing the list once saves the
		// copies of growing it (a fifth of the tagger's allocations).
		out  = make([]claims.Claim, 0, len(kept)+len(kept)/8)
		hist history
		// donor is the claim whose source a following quotation inherits.
		donor *claims.Claim
		// carried is the donor of the paragraph before, whose quotation this
		// one goes on with: its waiting claims take that speaker if it names
		// none.
		carried *claims.Claim
		// waiting are claims of quoted sentences whose speaker is named later
		// in the same quotation.
		waiting []waitingClaim
		// announced says the donor introduced the quotation with a colon,
		// so it carries over into the next paragraph.
		announced bool
		// blockQuote is the block a line of its own such as "Hewitt
		// writes:" announces, quoted without quotation marks; -1 for none.
		blockQuote = -1
		// sourced says the sentence before was a "Source:" line.
		sourced     bool
		open, block = false, -1
		prev        *sent // the sentence before st
	)
	for i, s := range kept {
		if s.Block != block {
			open, block = false, s.Block
		}
		st := t.prepare(doc, lower, &slab, s, open)
		open = st.openQ
		before := prev
		prev = st
		if i > 0 && kept[i-1].Block != st.s.Block && !announced {
			// A quotation left open at the end of a paragraph goes on in
			// the next one when that one opens with a quotation mark: its
			// sentences take the speaker before, unless it names one.
			t.inheritAll(waiting, out, carried)
			carried = nil
			if donor != nil && before != nil && before.openQ && opensQuote(st) {
				c := *donor // a copy: donor may point into out, which append moves
				carried = &c
			}
			donor, waiting = nil, nil
		}
		announced = announced && (quoted(st) || st.s.Block == blockQuote)
		if from, to, ok := bylineName(st); ok && len(out) > 0 {
			// "― Steve Quinlan.": the quotation before it in the block is hers.
			src, sides, _ := t.source(doc, st, from, to, &hist)
			cue := st.span(0, 1)
			for k := len(out) - 1; k >= 0 && out[k].Sentence.Start >= blockStart(kept, i) && !out[k].Attributed(); k-- {
				out[k].Source, out[k].Sides = src, sides
				out[k].Cue, out[k].CueSpan = doc.Slice(cue), cue
				out[k].Quote = claims.QuoteDirect
			}
			continue
		}
		if st.s.NonClaim != claims.NotNonClaim && isSourceLine(st.s.Text) {
			// "Source: Rustem Umierov’s statement …": the story's source
			// from here on, for labels and quotations that name none.
			if from, to, ok := t.phraseAfter(st, 2, true, true); ok {
				for k := from; k < to; k++ {
					if strings.HasSuffix(st.toks[k].low, "'s") {
						to = k + 1
						break
					}
				}
				t.source(doc, st, from, to, &hist)
				sourced = true
			}
			continue
		}
		if sourced && detailsLabel(st) {
			// "Source: Umierov's statement" then "Details: the parties
			// raised …": the first details paraphrase the declared source.
			sourced = false
			if src, sides, _ := t.source(doc, st, 0, 0, &hist); src != nil {
				c := t.unattributed(doc, st, &hist)
				c.Span = st.span(2, len(st.toks))
				c.Source, c.Sides, c.Quote = src, sides, claims.QuoteIndirect
				c.Stance = t.stance(st, 2, len(st.toks), claims.Asserts)
				out = append(out, c)
				donor = nil
				continue
			}
		}
		sourced = false
		fs := t.frames(st)
		for i := range fs {
			// A content ends where the publisher's comment on it begins.
			for k := fs[i].conFrom + 1; k < fs[i].conTo; k++ {
				if commentAt(st, k) {
					fs[i].conTo = k
					break
				}
			}
		}
		t.noteSubject(doc, st, fs, &hist)
		if len(fs) == 1 && fs[0].tag && !(before != nil && len(before.toks) > 0 && before.toks[len(before.toks)-1].kind == tokCloseQ) {
			fs = nil // "He said." after no quotation: an ordinary sentence
		}
		if st.s.NonClaim != claims.NotNonClaim {
			if len(fs) == 1 && fs[0].announce {
				c := t.attributed(doc, st, fs[0], &hist)
				c.Quote = claims.QuoteDirect
				donor, waiting, announced = &c, nil, true
				if next, ok := blockAnnounced(kept, i); ok {
					blockQuote = next
				}
			}
			continue
		}
		if len(fs) == 0 {
			c := t.unattributed(doc, st, &hist)
			if (quoted(st) || st.s.Block == blockQuote) && donor != nil {
				t.inherit(st, &c, donor)
			} else if st.openQ || quoted(st) && carried != nil {
				waiting = append(waiting, waitingClaim{claim: len(out), st: st})
			} else if st.fromQ && !st.openQ && wordsAfterQuote(st) {
				// "“You work hard. … So why didn’t Trump pay his?” a narrator
				// asks.": the quotation closed here, before words that name a
				// speaker the tagger does not read; the next sentence's
				// speaker is not its. (A quotation that closes the sentence
				// may still take the tag that follows: "“…?” Miller said.")
				waiting = nil
			}
			out = append(out, c)
			if !quoted(st) && st.s.Block != blockQuote {
				donor = nil
			}
			continue
		}
		if !hasMain(fs) {
			// Only reports inside the sentence ("despite reports that …"):
			// the sentence itself speaks in the publisher's voice. Quotation
			// marks inside those reports are their sources' words ("…,
			// calling the charge “pathetic”"), no distance of the publisher's.
			c := t.unattributed(doc, st, &hist)
			if k, ok := trailingComment(st, fs); ok {
				c.Span = st.span(0, k) // the comment after it is a claim of its own (below)
			}
			if contains(c.Hedges, "scare-quotes") && !scareQuotesOutside(st, fs) {
				c.Hedges = slices.DeleteFunc(c.Hedges, func(h string) bool { return h == "scare-quotes" })
				c.Hedged = len(c.Hedges) > 0
			}
			out = append(out, c)
		} else if end, ok := concessionBefore(st, fs); ok {
			// "While no document has been released, news organizations said
			// …": the concession is the publisher's own claim.
			c := t.unattributed(doc, st, &hist)
			c.Span = st.span(1, end)
			out = append(out, c)
		} else if end, ok := leadClauseBefore(st, fs); ok {
			// "Adelson has not endorsed anyone, and his spokesman declined
			// to comment.": the clause before the report is the publisher's.
			c := t.unattributed(doc, st, &hist)
			c.Span = st.span(0, end)
			out = append(out, c)
		}
		if len(fs) == 1 && fs[0].announce {
			// "Peskov said:" — the quotation that follows is his.
			c := t.attributed(doc, st, fs[0], &hist)
			c.Quote = claims.QuoteDirect
			donor, waiting, announced = &c, nil, true
			if next, ok := blockAnnounced(kept, i); ok {
				blockQuote = next
			}
			continue
		}
		if len(fs) == 1 && fs[0].backward && len(out) > 0 && !out[len(out)-1].Attributed() && i > 0 {
			// "This was stated by Peskov.": the previous claim is his.
			c := t.attributed(doc, st, fs[0], &hist)
			pc := &out[len(out)-1]
			pc.Source, pc.Agentless, pc.Sides, pc.Cue, pc.CueSpan, pc.Stance = c.Source, c.Agentless, c.Sides, c.Cue, c.CueSpan, c.Stance
			pc.Hedges = append(pc.Hedges, c.Hedges...)
			pc.Hedged = len(pc.Hedges) > 0
			pc.Quote = quoteKind(before, 0, len(before.toks))
			donor = nil
			if fs[0].tag {
				donor = pc // the quotation may go on after its tag
			}
			continue
		}
		// A speech tag with nothing left to take ("He said." after a
		// quotation that already has its speaker) reports no content.
		fs = slices.DeleteFunc(fs, func(f frame) bool { return f.conTo <= f.conFrom })
		if len(fs) == 0 {
			out = append(out, t.unattributed(doc, st, &hist))
			donor = nil
			continue
		}
		first := len(out)
		for _, f := range fs {
			c := t.attributed(doc, st, f, &hist)
			out = append(out, c)
		}
		announced = false
		lastClaim := &out[len(out)-1]
		// Quoted sentences waiting for their speaker go on with this
		// sentence's quotation: they take its claim's source and cue
		// ("“…. The contacts continue,” Peskov said, adding that …": said,
		// not adding).
		quoteClaim := lastClaim
		for i := first; i < len(out); i++ {
			if out[i].Quote == claims.QuoteDirect || out[i].Quote == claims.QuotePartial {
				quoteClaim = &out[i]
				break
			}
		}
		for _, w := range waiting {
			t.inherit(w.st, &out[w.claim], quoteClaim)
		}
		waiting, carried = nil, nil
		donor = nil
		if lastClaim.Quote == claims.QuoteDirect || lastClaim.Quote == claims.QuotePartial {
			donor = lastClaim
		}
		if k, ok := trailingComment(st, fs); ok {
			// "…, but the claim could not be verified.": the publisher's,
			// hedged only by its own words.
			c := t.unattributed(doc, st, &hist)
			c.Span = st.span(k+1, len(st.toks))
			c.Hedges = t.hedgesIn(st, k+1, len(st.toks), nil, false)
			c.Hedged = len(c.Hedges) > 0
			out = append(out, c)
		}
	}
	t.inheritAll(waiting, out, carried)
	numberClaims(out)
	return out
}

// blockAnnounced returns the block after sentence i when sentence i, an
// announcement ("Hewitt writes:"), is a block of its own: the next block
// is the quotation, with or without its marks.
func blockAnnounced(kept []claims.Sentence, i int) (int, bool) {
	if (i == 0 || kept[i-1].Block != kept[i].Block) && i+1 < len(kept) && kept[i+1].Block != kept[i].Block {
		return kept[i+1].Block, true
	}
	return 0, false
}

// wordsAfterQuote reports whether words follow the last closing
// quotation mark of a sentence.
func wordsAfterQuote(st *sent) bool {
	for k := len(st.toks) - 1; k >= 0; k-- {
		if st.toks[k].kind == tokCloseQ {
			return st.words(k+1, len(st.toks)) > 0
		}
	}
	return false
}

// inheritAll gives the waiting claims the speaker of donor, when there is
// one.
func (t *Tagger) inheritAll(waiting []waitingClaim, out []claims.Claim, donor *claims.Claim) {
	if donor == nil {
		return
	}
	for _, w := range waiting {
		t.inherit(w.st, &out[w.claim], donor)
	}
}

// opensQuote reports whether the sentence starts with an opening quotation
// mark.
func opensQuote(st *sent) bool {
	return len(st.toks) > 0 && st.toks[0].kind == tokOpenQ
}

// numberClaims gives the claims their ids, "c01", …, "c99", "c100", …: all
// of them pieces of one string.
func numberClaims(cs []claims.Claim) {
	b := make([]byte, 0, len(cs)*(len(strconv.Itoa(len(cs)))+2))
	ends := make([]int, len(cs))
	num := []byte("00") // the number of the claim before, in two digits at least
	for i := range cs {
		// Count on from the number before, a decimal digit at a time.
		k := len(num) - 1
		for k >= 0 && num[k] == '9' {
			num[k] = '0'
			k--
		}
		if k < 0 {
			num = append([]byte{'1'}, num...)
		} else {
			num[k]++
		}
		b = append(b, 'c')
		b = append(b, num...)
		ends[i] = len(b)
	}
	ids, start := string(b), 0
	for i, end := range ends {
		cs[i].ID, start = ids[start:end], end
	}
}

// concessionBefore returns the end of a concessive clause that opens the
// sentence ("While no document has been released publicly, …") when the
// sentence's first report starts right after its comma and none stands
// inside it: the clause is then a claim in the publisher's voice.
func concessionBefore(st *sent, fs []frame) (int, bool) {
	if len(st.toks) == 0 || !concessives.hasToken(&st.toks[0]) {
		return 0, false
	}
	first := firstFrame(fs)
	comma := first.srcFrom - 1
	if first.kind != frameSubjectCue || comma < 3 || st.toks[comma].low != "," || st.toks[comma].inQ || st.hasWithin(1, comma, entCue) {
		return 0, false
	}
	return comma, true
}

// leadClauseBefore returns the end of a clause that opens the sentence and
// is joined by a comma and a conjunction to the sentence's first report
// ("Adelson has not endorsed anyone, and his spokesman declined to
// comment."), when no report was found inside it: the clause is then a
// claim in the publisher's voice.
func leadClauseBefore(st *sent, fs []frame) (int, bool) {
	first := firstFrame(fs)
	comma := first.srcFrom - 2
	if first.kind != frameSubjectCue || first.srcTo <= first.srcFrom || comma < 3 || !clauseJoins.hasToken(&st.toks[first.srcFrom-1]) ||
		st.toks[comma].low != "," || st.toks[comma].inQ || st.words(0, comma) < 3 {
		return 0, false
	}
	for _, f := range fs {
		if f.cueFrom < comma {
			return 0, false // a report of its own
		}
	}
	return comma, true
}

// trailingComment reports whether the sentence ends, after the contents of
// fs, in the publisher's comment on the report (see commentAt), and
// returns its comma.
func trailingComment(st *sent, fs []frame) (int, bool) {
	end := 0
	for _, f := range fs {
		end = max(end, f.conTo, f.cueTo, f.srcTo)
	}
	return end, end < len(st.toks) && commentAt(st, end)
}

// commentAt reports whether the publisher comments on a report from the
// comma at token k on: "…, but the claim could not be verified", "…; the
// allegation has not been confirmed", "…, though the figure could not be
// independently confirmed", "…, which could not be verified". The subject
// is "which" or a noun for what was just reported, and the clause says it
// is unverified: a negated verb of verifying, "unverified", "unconfirmed".
func commentAt(st *sent, k int) bool {
	// Most tokens are words: this test stays small enough to be inlined
	// into the loops that ask about every token of a content.
	return k >= 0 && k < len(st.toks) && st.toks[k].kind == tokPunct && commentAfter(st, k)
}

// commentAfter is commentAt for the mark at token k.
func commentAfter(st *sent, k int) bool {
	n := len(st.toks)
	if !(st.is(k, ",") || st.is(k, ";")) || st.toks[k].inQ || k+2 >= n {
		return false
	}
	j := k + 1
	if clauseJoins.hasToken(&st.toks[j]) || concessives.hasToken(&st.toks[j]) {
		j++
	}
	switch noun := strings.TrimSuffix(st.toks[min(j+1, n-1)].low, "s"); {
	case st.is(j, "which"):
		j--
	case j+2 < n && (demonstrativeDeterminers.hasToken(&st.toks[j]) || st.is(j, "the")) && (claimNouns.has(noun) || reportNouns.has(noun)):
	default:
		return false
	}
	for i := k + 1; i < n; i++ {
		if st.is(i, ",") && !st.toks[i].inQ {
			return false // not the end of the sentence: "the company, which did not respond, was …"
		}
	}
	negated := false
	for i := j + 2; i < n && i < j+8; i++ {
		w := st.toks[i].low
		switch {
		case w == "unverified" || w == "unconfirmed":
			return true
		case w == "not" || strings.HasSuffix(w, "n't"):
			negated = true
		case negated && verifies(w):
			return true // "could not be (independently) verified", "has not been confirmed"
		}
	}
	return false
}

// verifies reports whether w is a form of a verb of verifying, or
// "independently" before one.
func verifies(w string) bool {
	for _, p := range []string{"verif", "confirm", "corroborat", "substantiat", "independently", "prove"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// firstFrame returns the frame of fs whose cue comes first.
func firstFrame(fs []frame) frame {
	first := fs[0]
	for _, f := range fs[1:] {
		if f.cueFrom < first.cueFrom {
			first = f
		}
	}
	return first
}

// MaxDocumentBytes is the longest document Tag tags.
const MaxDocumentBytes = 1<<31 - 1

// untagged returns a claim in the publisher's voice for each sentence that
// is not a non-claim.
func (t *Tagger) untagged(sents []claims.Sentence) []claims.Claim {
	var out []claims.Claim
	for _, s := range sents {
		if s.NonClaim == claims.NotNonClaim {
			out = append(out, claims.Claim{Sentence: s.Span, Span: s.Span,
				Sides: []string{t.cfg.Publisher}, Stance: claims.Asserts, Quote: claims.QuoteNone, Layout: s.Layout})
		}
	}
	numberClaims(out)
	return out
}

// hasMain reports whether one of fs attributes the sentence itself, not
// only a report named inside it.
func hasMain(fs []frame) bool {
	for _, f := range fs {
		if f.kind != frameNoun && !f.nested {
			return true
		}
	}
	return false
}

// quoted reports whether a sentence is a quotation: every word stands
// inside quotation marks.
func quoted(st *sent) bool {
	words := 0
	for i := range st.toks {
		if st.toks[i].isWord() {
			words++
			if !st.toks[i].inQ {
				return false
			}
		}
	}
	return words > 0
}

// unattributed returns a claim in the publisher's own voice. Its list of
// sides is the document's (history.sideList).
func (t *Tagger) unattributed(doc *claims.Document, st *sent, hist *history) claims.Claim {
	c := claims.Claim{
		Sentence: st.s.Span, Span: st.s.Span,
		Sides:  hist.sideList(t.cfg.Publisher),
		Stance: claims.Asserts, Quote: claims.QuoteNone, Layout: st.s.Layout,
	}
	c.Hedges = t.hedgesIn(st, 0, len(st.toks), nil, false)
	if scareQuotes(st) {
		c.Hedges = append(c.Hedges, "scare-quotes")
	}
	c.Hedged = len(c.Hedges) > 0
	return c
}

// inherit gives claim c, a quotation with no attribution of its own, the
// source and cue of the claim from that carries the rest of the quotation.
func (t *Tagger) inherit(st *sent, c *claims.Claim, from *claims.Claim) {
	c.Source, c.Agentless = nil, from.Agentless
	if from.Source != nil {
		src := *from.Source
		c.Source = &src
	}
	c.Sides = append([]string(nil), from.Sides...)
	c.Cue, c.CueSpan = from.Cue, from.CueSpan
	c.Quote = claims.QuoteDirect
	c.Stance = t.stance(st, 0, len(st.toks), claims.Asserts)
	c.Hedges = nil
	for _, h := range from.Hedges {
		if h != "scare-quotes" && h != from.Cue {
			c.Hedges = append(c.Hedges, h)
		}
	}
	c.Hedged = len(c.Hedges) > 0
}

// attributed returns the claim an attribution frame describes.
func (t *Tagger) attributed(doc *claims.Document, st *sent, f frame, hist *history) claims.Claim {
	c := claims.Claim{
		Sentence: st.s.Span,
		Span:     st.span(f.conFrom, f.conTo),
		Layout:   st.s.Layout,
	}
	c.CueSpan = st.span(f.cueFrom, f.cueTo)
	c.Cue = doc.Slice(c.CueSpan)
	var (
		src           *claims.Source
		sides, labels []string
	)
	if f.kind == frameAgentless {
		// Nobody is named: no source mention, an anonymous report.
		c.Agentless, sides = true, []string{Unknown}
	} else {
		src, sides, labels = t.source(doc, st, f.srcFrom, f.srcTo, hist)
		if src == nil {
			return t.unattributed(doc, st, hist)
		}
	}
	if src != nil && f.relTo > f.relFrom {
		// "Broaddrick, who said …": the mention in the text is "who"; its
		// name and side are those of the noun phrase it stands for.
		src.Span = st.span(f.relFrom, f.relTo)
		src.Text = doc.Slice(src.Span)
	}
	if src != nil && f.viaTo > f.viaFrom {
		sp := st.span(f.viaFrom, f.viaTo)
		src.Via = &claims.Conduit{Text: doc.Slice(sp), Span: sp}
	}
	t.citedSources(doc, st, f, hist)
	c.Source, c.Sides = src, sides
	if src != nil && anonymous(st, f) {
		src.Type = claims.TypeAnonymous // "Officials, speaking on condition of anonymity, said …"
	}
	cue := claims.Stance(f.cue.Stance)
	if f.allows {
		cue = claims.Asserts // "did not rule out A"
	}
	c.Stance = t.stance(st, f.conFrom, f.conTo, cue)
	if f.negated {
		c.Stance = claims.NoComment // "did not confirm the report", "hasn't said whether …"
	}
	if f.cue.Hedge && !f.reported {
		c.Hedges = append(c.Hedges, normalize(c.Cue))
	}
	c.Hedges = append(c.Hedges, labels...)
	for _, h := range t.hedgesIn(st, f.conFrom, f.conTo, c.Hedges, false) {
		if !t.modal[h] { // a source's own "likely" is no distance of the publisher's
			c.Hedges = append(c.Hedges, h)
		}
	}
	// The publisher's words around the cue: "Trump falsely claimed that",
	// "said, without providing evidence, that"; a short stretch, not the
	// first content of a second that-clause ("write that A and that B")
	// nor an aside about the source ("Lee, who was wrongly convicted,
	// said").
	for _, r := range [2][2]int{{f.srcTo, f.cueFrom}, {f.cueTo, f.conFrom}} {
		if f.srcTo > f.srcFrom && r[0] < r[1] && r[1]-r[0] <= maxHedgeGap && !relativeIn(st, r[0], r[1]) {
			for _, h := range t.hedgesIn(st, r[0], r[1], c.Hedges, true) {
				if !t.modal[h] {
					c.Hedges = append(c.Hedges, h)
				}
			}
		}
	}
	c.Hedged = len(c.Hedges) > 0
	c.Quote = quoteKind(st, f.conFrom, f.conTo)
	return c
}

// relativeIn reports whether tokens [from, to) hold a relative pronoun
// after a comma: an aside about the source.
func relativeIn(st *sent, from, to int) bool {
	for k := from + 1; k < to; k++ {
		if relatives.hasToken(&st.toks[k]) && st.is(k-1, ",") {
			return true
		}
	}
	return false
}

// anonymous reports whether the source of f speaks without its name: the
// mention, or the stretch between it and the cue or between the cue and
// the content, says so ("on condition of anonymity", "who was not
// authorized to speak publicly", "who asked not to be named").
func anonymous(st *sent, f frame) bool {
	if f.srcTo <= f.srcFrom {
		return false
	}
	from, to := f.srcFrom, max(f.srcTo, f.cueFrom)
	if f.conFrom >= f.cueTo && f.conFrom-f.cueTo <= maxHedgeGap {
		to = max(to, f.conFrom) // "said on condition of anonymity that"
	}
	if (f.kind == frameInverted || f.kind == frameContentFirst) && f.conTo <= f.cueFrom {
		// "“…,” said an official who spoke on condition of anonymity.",
		// "“…,” one ambassador said, speaking on condition of anonymity."
		to = len(st.toks)
	}
	if to <= from || !st.hasAnyOf(from, to, &anonymityWords) {
		return false // the common case, decided without reading the text
	}
	text := st.lower(st.span(from, to))
	for _, p := range anonymityPhrases {
		if strings.Contains(text, p) {
			return true
		}
	}
	// "Two officials briefed on the talks", "a senior U.S. official
	// familiar with the matter": who they are, for want of a name, right
	// after the noun that heads the mention; not "Jane Doe, a lawyer
	// familiar with the case", nor "The ministry, which was briefed on".
	for k := f.srcFrom + 1; k+1 < f.srcTo; k++ {
		if !unnamedAt(st, k) || commaBetween(st, f.srcFrom-1, k) {
			continue
		}
		if _, ok := st.matchEndingAt(k, entNoun); ok {
			return true
		}
	}
	return false
}

// unnamedAt reports whether the words at token i say what an unnamed
// source knows: "briefed on", "briefed about", "familiar with", "with
// (direct) knowledge of".
func unnamedAt(st *sent, i int) bool {
	switch st.toks[i].low {
	case "briefed":
		return st.is(i+1, "on") || st.is(i+1, "about")
	case "familiar":
		return st.is(i+1, "with")
	case "with":
		return st.is(i+1, "knowledge") || st.is(i+1, "direct") && st.is(i+2, "knowledge")
	}
	return false
}

// anonymityWords are the words one of anonymityPhrases, or what unnamedAt
// reads, ends in or turns on.
var anonymityWords = set("anonymity", "background", "authorized", "authorised", "named", "identified", "anonymously",
	"briefed", "familiar", "knowledge")

// anonymityPhrases say that a source speaks without its name.
var anonymityPhrases = []string{"condition of anonymity", "on background", "not authorized to speak", "not authorised to speak",
	"not authorized to discuss", "not authorised to discuss", "not authorized to comment", "not authorised to comment",
	"asked not to be", "declined to be named", "declined to be identified", "requested anonymity", "spoke anonymously",
	"speaking anonymously", "insisted on anonymity"}

// maxHedgeGap bounds, in tokens, the stretch between a source and its
// cue, or a cue and its content, in which the publisher's hedges count.
const maxHedgeGap = 8

// citedSources enters into the story's history the source a report cites
// between its cue and its content ("Sky News reported, citing a source in
// Ukrainian diplomatic circles, that …"), so that a later "the source"
// resolves to it.
func (t *Tagger) citedSources(doc *claims.Document, st *sent, f frame, hist *history) {
	for m := range st.within(f.cueTo, f.conFrom, entCue) {
		if c := &t.lex.Cues[m.ref]; c.Kind != lexicon.CuePrep || !strings.HasSuffix(c.Phrase, "ing") {
			continue
		}
		if from, to, ok := t.phraseAfter(st, m.to, false, true); ok && to <= f.conFrom {
			t.source(doc, st, from, to, hist)
		}
	}
}

// stance returns the stance of content [from, to): the cue's, unless the
// cue merely reports and the content itself denies, disputes or declines
// ("the report is groundless", "we don't comment on rumours").
func (t *Tagger) stance(st *sent, from, to int, cue claims.Stance) claims.Stance {
	if cue != "" && cue != claims.Asserts {
		return cue
	}
	for m := range st.within(from, to, entMarker) {
		mk := &t.lex.Markers[m.ref]
		lead := from
		if lead < to && st.toks[lead].kind == tokOpenQ {
			lead++ // "“We cannot confirm this,” Peskov said."
		}
		if mk.Own && !(m.from == lead+1 && pronouns.hasToken(&st.toks[lead])) {
			continue // "said Ukraine could not confirm": a third party's, not the source's
		}
		return claims.Stance(mk.Stance)
	}
	return claims.Asserts
}

// hedgesIn returns the publisher's distancing words in tokens [from, to)
// that stand outside quotations, leaving out those already in have.
func (t *Tagger) hedgesIn(st *sent, from, to int, have []string, atCue bool) []string {
	var out []string
	for m := range st.within(from, to, entHedge) {
		if st.toks[m.from].inQ || t.lex.Hedges[m.ref].AtCue && !atCue {
			continue
		}
		h := t.lex.Hedges[m.ref].Phrase
		if !contains(have, h) && !contains(out, h) {
			out = append(out, h)
		}
	}
	return out
}

// scareQuotes reports whether a sentence in the publisher's voice puts a
// short phrase in quotation marks: distance, not quotation.
func scareQuotes(st *sent) bool { return scareQuotesOutside(st, nil) }

// scareQuotesOutside is scareQuotes for the quotation marks outside the
// contents of fs.
func scareQuotesOutside(st *sent, fs []frame) bool {
	for i := 0; i < len(st.toks); i++ {
		if st.toks[i].kind != tokOpenQ || i == 0 || slices.ContainsFunc(fs, func(f frame) bool { return f.conFrom <= i && i < f.conTo }) {
			continue
		}
		words, j := 0, i+1
		for ; j < len(st.toks) && st.toks[j].kind != tokCloseQ && st.toks[j].kind != tokOpenQ; j++ {
			if st.toks[j].isWord() {
				words++
			}
		}
		if j < len(st.toks) && st.toks[j].kind == tokCloseQ && words >= 1 && words <= 4 {
			return true
		}
		i = j
	}
	return false
}

// quoteKind says how much of content [from, to) is quoted.
func quoteKind(st *sent, from, to int) claims.QuoteKind {
	words, in := 0, 0
	for i := from; i < to; i++ {
		if st.toks[i].isWord() {
			words++
			if st.toks[i].inQ {
				in++
			}
		}
	}
	switch {
	case in == 0:
		return claims.QuoteIndirect
	case in*10 >= words*6:
		return claims.QuoteDirect
	}
	return claims.QuotePartial
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// startsWithDash reports whether text starts with a dash, as a byline does.
func startsWithDash(text string) bool {
	for d := range dashes.words {
		if strings.HasPrefix(text, d) {
			return true
		}
	}
	return false
}

// blockStart returns the byte offset where the block of sents[i] starts.
func blockStart(sents []claims.Sentence, i int) int {
	start := sents[i].Span.Start
	for k := i - 1; k >= 0 && sents[k].Block == sents[i].Block; k-- {
		start = sents[k].Span.Start
	}
	return start
}

// waitingClaim is a quoted sentence's claim whose speaker is named later in
// the same quotation.
type waitingClaim struct {
	claim int   // index in the output
	st    *sent // the sentence, kept for its tokens
}

// detailsLabel reports whether a sentence opens with the label "Details:".
func detailsLabel(st *sent) bool {
	return len(st.toks) > 2 && st.toks[0].low == "details" && st.toks[1].low == ":"
}

// isSourceLine reports whether a line is a "Source:" label naming where the
// story comes from.
func isSourceLine(text string) bool {
	for _, p := range []string{"Source:", "Sources:", "SOURCE:"} {
		if strings.HasPrefix(text, p) {
			return true
		}
	}
	return false
}

// noteSubject adds a sentence's leading subject to the history when the
// lexicon knows it and no report of the sentence has it as its source, so
// that a pronoun after it can refer to it: "Putin agreed to halt strikes,
// according to a readout. However, he rejected a broader truce."
func (t *Tagger) noteSubject(doc *claims.Document, st *sent, fs []frame, hist *history) {
	if !slices.ContainsFunc(st.ms, func(m match) bool { return m.kind == entActor }) {
		return // most sentences name no actor: spare them the search
	}
	from, to, ok := t.leadingSubject(st)
	if !ok || !st.hasWithin(from, to, entActor) {
		return
	}
	for _, f := range fs {
		if f.srcFrom < to && from < f.srcTo {
			return
		}
	}
	t.source(doc, st, from, to, hist)
}
