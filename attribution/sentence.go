package attribution

import (
	"iter"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// sent is a sentence prepared for tagging: its tokens (each marked when it
// stands inside a quotation) and the lexicon phrases found in it.
type sent struct {
	s     claims.Sentence
	src   string // the sentence's text, from which tokens are read (text)
	low   string // src with ASCII capitals lowered (asciiLower)
	toks  []token
	ms    []match
	openQ bool // a quotation is still open at the end of the sentence
	fromQ bool // the sentence starts inside a quotation opened before it
	title bool // written in title case, as headlines are ("Sanders Says He Will Run")
	// frames holds the frames that finding the sentence's attributions
	// builds (see newFrame); nil for a sentence not from prepare.
	frames *frameArena
}

// frameArena hands out the frames one call of Tagger.frames builds,
// instead of allocating each: none of them outlives the call (it returns
// copies), so the next call reuses them. A Tag call has one arena.
type frameArena struct {
	blocks [][]frame // each frameBlock long
	n      int       // frames handed out since the last reset
	list   []frame   // room for the list that frames returns
}

// frameBlock is the number of frames in a block of a frameArena.
const frameBlock = 32

// reset takes back every frame handed out.
func (a *frameArena) reset() { a.n = 0 }

// new returns a pointer to a frame of the arena set to f. Frames handed
// out since the last reset stay where they are.
func (a *frameArena) new(f frame) *frame {
	b := a.n / frameBlock
	if b == len(a.blocks) {
		a.blocks = append(a.blocks, make([]frame, frameBlock))
	}
	p := &a.blocks[b][a.n%frameBlock]
	a.n++
	*p = f
	return p
}

// frameList returns an empty list of frames with room for a few, the
// arena's own: Tagger.frames returns it, valid until its next call on a
// sentence of the same document. A sentence not from prepare gets nil.
func (st *sent) frameList() []frame {
	if st.frames == nil {
		return nil
	}
	if st.frames.list == nil {
		st.frames.list = make([]frame, 0, 8)
	}
	return st.frames.list[:0]
}

// newFrame returns a pointer to a frame set to f, from the sentence's
// arena when it has one. The frame is valid until the next call of
// Tagger.frames on a sentence of the same document.
func (st *sent) newFrame(f frame) *frame {
	if st.frames == nil {
		p := new(frame)
		*p = f
		return p
	}
	return st.frames.new(f)
}

// slabs hold a document's prepared sentences and their token and match
// lists.
type slabs struct {
	toks   slab[token]
	ms     slab[match]
	sents  slab[sent]
	frames frameArena // shared by the sentences, reset for each (see frameArena)
}

// prepare tokenizes a sentence, marking its quotations, and finds its
// lexicon phrases. open says whether a quotation opened in an earlier
// sentence of the same block is still open; lower is the document's
// asciiLower, and the tokens and matches come from sl.
func (t *Tagger) prepare(doc *claims.Document, lower string, sl *slabs, s claims.Sentence, open bool) *sent {
	src, low := doc.AnalysisText()[s.Span.Start:s.Span.End], lower[s.Span.Start:s.Span.End]
	// Few sentences have more tokens than a quarter of their bytes, or more
	// matches than half their tokens.
	toks, openQ := tokenizeInto(sl.toks.list(len(src)/4+1), src, low, s.Span.Start, open)
	toks = sl.toks.keep(toks)
	st := sl.sents.new()
	*st = sent{s: s, src: src, low: low, toks: toks, openQ: openQ, fromQ: open, frames: &sl.frames}
	st.ms = sl.ms.keep(t.ix.find(sl.ms.list(len(toks)/2+1), st.toks))
	st.title = titleCase(st.toks)
	return st
}

// titleCase reports whether a sentence of at least four words capitalises
// nearly all of them, short function words aside: a headline, in which a
// capitalised verb is still a verb.
func titleCase(toks []token) bool {
	words, caps := 0, 0
	for i := range toks {
		tk := &toks[i]
		if !tk.isWord() || i > 0 && len(tk.low) <= 3 && !tk.capitalized() {
			continue // "a", "to", "of", "the", "in" stay lower case in headlines
		}
		words++
		if !tk.letter || tk.upper {
			caps++
		} else if 9*(words-caps) > caps+len(toks)-1-i {
			// Even if every token left were a capitalised word, the
			// lower-case ones would be too many: most sentences stop here.
			return false
		}
	}
	return words >= 4 && caps*10 >= words*9
}

// hasCueAt reports whether a cue starts at token i.
func (st *sent) hasCueAt(i int) bool {
	_, ok := st.matchAt(i, entCue)
	return ok
}

// lower returns span sp of the sentence in lower case.
func (st *sent) lower(sp claims.Span) string {
	from, to := sp.Start-st.s.Span.Start, sp.End-st.s.Span.Start
	if isASCII(st.src[from:to]) {
		return st.low[from:to]
	}
	return strings.ToLower(st.src[from:to])
}

// text returns token i as written.
func (st *sent) text(i int) string {
	tk := st.toks[i]
	return st.src[int(tk.start)-st.s.Span.Start : int(tk.end)-st.s.Span.Start]
}

// matchAt returns the first match of kind k that starts at token i.
func (st *sent) matchAt(i int, k entryKind) (match, bool) {
	for _, m := range st.ms[st.firstMatchAt(i):] {
		if m.from > i {
			break
		}
		if m.kind == k {
			return m, true
		}
	}
	return match{}, false
}

// matchEndingAt returns a match of kind k that ends at token end (exclusive).
func (st *sent) matchEndingAt(end int, k entryKind) (match, bool) {
	for _, m := range st.ms {
		if m.from >= end {
			break // it would end after end
		}
		if m.to == end && m.kind == k {
			return m, true
		}
	}
	return match{}, false
}

// within yields the matches of kind k inside tokens [from, to).
func (st *sent) within(from, to int, k entryKind) iter.Seq[match] {
	return func(yield func(match) bool) {
		for _, m := range st.ms[st.firstMatchAt(from):] {
			if m.from >= to {
				return // the matches are in order of their first token
			}
			if m.kind == k && m.to <= to && !yield(m) {
				return
			}
		}
	}
}

// hasWithin reports whether a match of kind k lies inside tokens [from, to).
func (st *sent) hasWithin(from, to int, k entryKind) bool {
	for _, m := range st.ms[st.firstMatchAt(from):] {
		if m.from >= to {
			return false
		}
		if m.kind == k && m.to <= to {
			return true
		}
	}
	return false
}

// firstMatchAt returns the index in st.ms of the first match that starts
// at or after token from: index.find emits matches in order of their first
// token, so a sentence's few matches are searched from there, not all.
func (st *sent) firstMatchAt(from int) int {
	lo, hi := 0, len(st.ms)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if st.ms[mid].from < from {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// span returns the input bytes of tokens [from, to).
func (st *sent) span(from, to int) claims.Span {
	if from >= to {
		return claims.Span{Start: st.s.Span.Start, End: st.s.Span.Start}
	}
	return claims.Span{Start: int(st.toks[from].start), End: int(st.toks[to-1].end)}
}

// hasAnyOf reports whether one of tokens [from, to) is a word of ws.
func (st *sent) hasAnyOf(from, to int, ws *wordSet) bool {
	for i := from; i < to; i++ {
		if ws.hasToken(&st.toks[i]) {
			return true
		}
	}
	return false
}

// words counts the word tokens in [from, to).
func (st *sent) words(from, to int) int {
	n := 0
	for i := max(from, 0); i < to && i < len(st.toks); i++ {
		if st.toks[i].isWord() {
			n++
		}
	}
	return n
}

// is reports whether token i exists and its matching form is w.
func (st *sent) is(i int, w string) bool {
	return i >= 0 && i < len(st.toks) && st.toks[i].low == w
}
