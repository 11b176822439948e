package attribution

import (
	"hash/maphash"
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
	next    map[string]*trieNode
	entries []entry // phrases that end here
}

// index matches every phrase of a lexicon against a token sequence in one
// pass: a trie over the phrases' tokens.
type index struct {
	root trieNode
	// punct says some phrase starts with a mark, not a word: without one,
	// no match starts at a punctuation token.
	punct bool
	// firsts is a one-hash Bloom filter of the tokens that start a phrase:
	// most tokens start none, and a clear bit spares them the map lookup.
	firsts [firstBits / 64]uint64
	seed   maphash.Seed
}

// firstBits is the size of index.firsts in bits.
const firstBits = 1 << 16

// firstBit returns the word and the bit of index.firsts for token form w.
func (ix *index) firstBit(w string) (int, uint64) {
	h := maphash.String(ix.seed, w) % firstBits
	return int(h / 64), 1 << (h % 64)
}

// mayStart reports whether token form w may start a phrase: false means
// it starts none.
func (ix *index) mayStart(w string) bool {
	i, b := ix.firstBit(w)
	return ix.firsts[i]&b != 0
}

// newIndex builds the index of lex.
func newIndex(lex *lexicon.Lexicon) *index {
	ix := &index{seed: maphash.MakeSeed()}
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
	for i := range toks {
		if !ix.punct && !toks[i].isWord() {
			continue
		}
		if low := toks[i].low; !ix.mayStart(low) && !(strings.HasSuffix(low, "'s") && ix.mayStart(low[:len(low)-2])) {
			continue
		}
		var best [entNoun + 1]*trieNode // longest phrase of each kind from i
		var end [entNoun + 1]int
		walk := func(n *trieNode, j int) {
			for ; j < len(toks) && n.next != nil; j++ {
				next, poss := n.next[toks[j].low], false
				if next == nil && strings.HasSuffix(toks[j].low, "'s") {
					// "Umerov's statement", "Putin's aides": the name before a
					// possessive is the name.
					next, poss = n.next[strings.TrimSuffix(toks[j].low, "'s")], true
				}
				if n = next; n == nil {
					return
				}
				for _, e := range n.entries {
					if i >= busy[e.kind] && j+1 > end[e.kind] && !(poss && !namesWith(e.kind)) {
						best[e.kind], end[e.kind] = n, j+1
					}
				}
			}
		}
		walk(&ix.root, i)
		if low := toks[i].low; strings.HasSuffix(low, "'s") && ix.root.next[low] != nil {
			// A phrase may start with the possessive ("Zelensky's chief of
			// staff …") while the text means the name ("Zelensky's office").
			if n := ix.root.next[strings.TrimSuffix(low, "'s")]; n != nil {
				for _, e := range n.entries {
					if i >= busy[e.kind] && i+1 > end[e.kind] && namesWith(e.kind) {
						best[e.kind], end[e.kind] = n, i+1
					}
				}
				walk(n, i+1)
			}
		}
		for k, node := range best {
			if node == nil {
				continue
			}
			// Every entry of that kind the phrase ends ("claim" the verb
			// and "claim" the noun are two cues).
			for _, e := range node.entries {
				if e.kind == entryKind(k) {
					out = append(out, match{from: i, to: end[k], entry: e})
				}
			}
			busy[k] = end[k]
		}
	}
	return out
}
