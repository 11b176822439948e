package attribution

import (
	"math/bits"
	"strings"

	"github.com/claimtrace/claimtrace/lexicon"
)

// entryKind says what a lexicon phrase is.
type entryKind uint8

const (
	entActor  entryKind = iota // an actor's name or alias
	entGroup                   // a group of sides
	entCue                     // an attribution cue
	entHedge                   // a distancing word of the publisher
	entMarker                  // a stance phrase in a source's content
	entNoun                    // a common noun that heads a source mention
)

// entry is one phrase of the lexicon, pointing back at its definition.
type entry struct {
	kind entryKind
	ref  int // index into the lexicon slice of that kind
	form string
}

// trieNode is a node of the phrase trie, keyed by normalised tokens.
type trieNode struct {
	next    map[string]*trieNode // children by token, while the trie is built (see freeze)
	kids    []trieKid            // the children once built: a list, or a table when table is set
	table   bool                 // kids is a hash table (see trieNode.child), not a list
	entries []entry              // phrases that end here
}

// trieKid is a child of a trieNode, the token form that leads to it and
// that form's wordHash.
type trieKid struct {
	word string
	hash uint32
	node *trieNode
}

// child returns the node that token form w, of wordHash h, leads to from
// n, or nil. A node with many children holds them in a hash table at
// least twice their number long, a power of two, probed linearly from
// the slot of h's high bits; one with few lists them, and the list is
// scanned. Either way comparing hashes first spares most string
// comparisons.
func (n *trieNode) child(w string, h uint32) *trieNode {
	if n.table {
		mask := len(n.kids) - 1
		for i := slotOf(h, mask); n.kids[i].node != nil; i = (i + 1) & mask {
			if n.kids[i].hash == h && n.kids[i].word == w {
				return n.kids[i].node
			}
		}
		return nil
	}
	for i := range n.kids {
		if n.kids[i].hash == h && n.kids[i].word == w {
			return n.kids[i].node
		}
	}
	return nil
}

// slotOf returns the slot of a table of mask+1 slots at which probing for
// hash h starts: other bits of h than the Bloom filter's (index.firsts).
func slotOf(h uint32, mask int) int {
	return int(uint64(h)*0x9e3779b97f4a7c15>>32) & mask
}

// freeze moves the children of n, and of every node below it, from next
// to kids, as a list or, for a node with many, a table (see child).
func (n *trieNode) freeze() {
	if len(n.next) <= maxListedKids {
		n.kids = make([]trieKid, 0, len(n.next))
		for w, c := range n.next {
			n.kids = append(n.kids, trieKid{w, wordHash(w), c})
		}
	} else {
		size := 16
		for size < 2*len(n.next) {
			size *= 2
		}
		n.kids, n.table = make([]trieKid, size), true
		for w, c := range n.next {
			h := wordHash(w)
			i := slotOf(h, size-1)
			for n.kids[i].node != nil {
				i = (i + 1) & (size - 1)
			}
			n.kids[i] = trieKid{w, h, c}
		}
	}
	for _, c := range n.next {
		c.freeze()
	}
	n.next = nil
}

// maxListedKids is the most children a node of the trie looks up by
// scanning a list rather than a table.
const maxListedKids = 8

// index matches every phrase of a lexicon against a token sequence in one
// pass: a trie over the phrases' tokens.
type index struct {
	root trieNode
	// punct says some phrase starts with a mark, not a word: without one,
	// no match starts at a punctuation token.
	punct bool
	// firsts is a one-hash Bloom filter of the tokens that start a phrase,
	// by wordHash: a clear bit spares a token the root's table.
	firsts [firstBits / 64]uint64
}

// start returns the root's child for token form w, of wordHash h: the
// node of the phrases that start with w, or nil.
func (ix *index) start(w string, h uint32) *trieNode {
	if w == "" || !ix.mayStart(h) {
		return nil
	}
	return ix.root.child(w, h)
}

// mayStart reports whether a token form of wordHash h may start a phrase:
// false when its bit in firsts is clear, as it is for most words. It is
// start's first test, small enough to be inlined where start is not.
func (ix *index) mayStart(h uint32) bool {
	b := h % firstBits
	return ix.firsts[b/64]&(1<<(b%64)) != 0
}

// firstBits is the size of index.firsts in bits.
const firstBits = 1 << 16

// firstBit returns the word and the bit of index.firsts for token form w.
func (ix *index) firstBit(w string) (int, uint64) {
	h := wordHash(w) % firstBits
	return int(h / 64), 1 << (h % 64)
}

// newIndex builds the index of lex.
func newIndex(lex *lexicon.Lexicon) *index {
	ix := &index{}
	for i, a := range lex.Actors {
		ix.add(a.Name, entry{kind: entActor, ref: i})
		for _, al := range a.Aliases {
			ix.add(al, entry{kind: entActor, ref: i})
		}
	}
	for i, g := range lex.Groups {
		ix.add(g.Name, entry{kind: entGroup, ref: i})
		for _, al := range g.Aliases {
			ix.add(al, entry{kind: entGroup, ref: i})
		}
	}
	for i, c := range lex.Cues {
		forms := c.Forms
		if len(forms) == 0 {
			forms = []string{c.Phrase}
		}
		for _, f := range forms {
			ix.add(f, entry{kind: entCue, ref: i})
		}
	}
	for i, h := range lex.Hedges {
		ix.add(h.Phrase, entry{kind: entHedge, ref: i})
	}
	for i, m := range lex.Markers {
		ix.add(m.Phrase, entry{kind: entMarker, ref: i})
	}
	for i, n := range lex.Nouns {
		ix.add(n.Word, entry{kind: entNoun, ref: i})
	}
	ix.root.freeze()
	return ix
}

// add inserts phrase with its entry.
func (ix *index) add(phrase string, e entry) {
	toks := tokenize(phrase, "", 0, false)
	if len(toks) == 0 {
		return
	}
	ix.punct = ix.punct || !toks[0].isWord()
	i, b := ix.firstBit(toks[0].low)
	ix.firsts[i] |= b
	n := &ix.root
	for _, t := range toks {
		if n.next == nil {
			n.next = map[string]*trieNode{}
		}
		c := n.next[t.low]
		if c == nil {
			c = &trieNode{}
			n.next[t.low] = c
		}
		n = c
	}
	e.form = phrase
	for _, old := range n.entries {
		if old.kind == e.kind && old.ref == e.ref {
			return
		}
	}
	n.entries = append(n.entries, e)
}

// namesWith reports whether phrases of kind k name someone, and so may end
// in a possessive ("Putin's aides", "the ministry's statement"); a cue
// may not ("the state's delegates" holds no "state").
func namesWith(k entryKind) bool { return k == entActor || k == entGroup || k == entNoun }

// match is a lexicon phrase found in a sentence: tokens [from, to).
type match struct {
	from, to int
	entry
}

// find appends to out, for every kind, the longest phrases of that kind
// starting at each token, left to right, and returns the extended slice.
// Matches of one kind do not overlap; matches of different kinds may.
func (ix *index) find(out []match, toks []token) []match {
	var busy [entNoun + 1]int // first token not yet covered, per kind
	punct := ix.punct
	for i := range toks {
		tk := &toks[i]
		if !punct && tk.kind != tokWord {
			continue
		}
		// first is the node of the phrases that start with the token, and
		// firstPoss that of those that start with the name of a possessive
		// ("Putin's aides"): a phrase may also start with the possessive
		// itself ("Zelensky's chief of staff …") while the text means the
		// name ("Zelensky's office").
		var first, firstPoss *trieNode
		if ix.mayStart(tk.hash) && tk.low != "" {
			first = ix.root.child(tk.low, tk.hash) // start, without a call
		}
		if strings.HasSuffix(tk.low, "'s") {
			name := tk.low[:len(tk.low)-2]
			firstPoss = ix.start(name, wordHash(name))
		}
		if first == nil && firstPoss == nil {
			continue
		}
		l := longest{from: i, busy: &busy}
		if first != nil {
			l.walk(toks, first, i, false)
		}
		if firstPoss != nil {
			l.walk(toks, firstPoss, i, true)
		}
		for kinds := l.kinds; kinds != 0; kinds &= kinds - 1 {
			k := entryKind(bits.TrailingZeros8(kinds))
			// Every entry of that kind the phrase ends ("claim" the verb
			// and "claim" the noun are two cues).
			for _, e := range l.best[k].entries {
				if e.kind == k {
					out = append(out, match{from: i, to: l.end[k], entry: e})
				}
			}
			busy[k] = l.end[k]
		}
	}
	return out
}

// longest gathers, for index.find, the longest phrase of each kind that
// starts at one token.
type longest struct {
	from  int                    // the token the phrases start at
	busy  *[entNoun + 1]int      // per kind, the first token not yet covered by a match
	best  [entNoun + 1]*trieNode // per kind, the node the longest phrase ends at
	end   [entNoun + 1]int       // per kind, the token after that phrase
	kinds uint8                  // bit k set when best[k] is
}

// walk records the phrases that end at n, reached by token j (by the name
// of its possessive if poss), and goes on down the trie.
func (l *longest) walk(toks []token, n *trieNode, j int, poss bool) {
	for {
		for _, e := range n.entries {
			if l.from >= l.busy[e.kind] && j+1 > l.end[e.kind] && !(poss && !namesWith(e.kind)) {
				l.best[e.kind], l.end[e.kind] = n, j+1
				l.kinds |= 1 << e.kind
			}
		}
		if j++; j >= len(toks) || len(n.kids) == 0 {
			return
		}
		tk := &toks[j]
		next := n.child(tk.low, tk.hash)
		poss = next == nil && strings.HasSuffix(tk.low, "'s")
		if poss {
			// "Umerov's statement", "Putin's aides": the name before a
			// possessive is the name.
			name := tk.low[:len(tk.low)-2]
			next = n.child(name, wordHash(name))
		}
		if n = next; n == nil {
			return
		}
	}
}
