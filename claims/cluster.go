package claims

import (
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// Topic is a group of phrases that mean the same thing ("direct flights",
// "air travel", "flights"). The caller builds topics from its lexicon; this
// package reads them as plain data.
type Topic struct {
	Name    string   // the key every phrase is replaced by
	Phrases []string // as written; a phrase with a capital letter matches only that capitalisation and is a name
}

// Tuning of the clustering. The similarity of two claims is the weight of
// the terms they share divided by the geometric mean of their own weights
// (each term weighs its inverse document frequency over the document's
// claims), so 1 means the same terms and 0 none in common.
const (
	// MinSimilarity is the similarity at which two claims state the same thing.
	MinSimilarity = 0.45
	// shortContent is the number of content terms under which a claim is
	// compared by its whole sentence (minus source and cue) instead.
	shortContent = 4
	// maxPostings bounds how many earlier claims one term of a claim
	// brings in as candidates: a term in more claims weighs little, counts
	// only towards candidates that rarer terms found, and the bound keeps
	// clustering linear in the number of claims.
	maxPostings = 64
	// maxLookBack bounds how far back a specific anaphor ("the proposal")
	// looks for the claim it refers to.
	maxLookBack = 24
	// minSquare is MinSimilarity squared, less a margin far above rounding
	// errors: a cheap first test of the similarity (see pick.consider).
	minSquare = MinSimilarity * MinSimilarity * (1 - 1e-9)
)

// Clusterer groups claims that state the same thing. Build one per set of
// topics with NewClusterer and share it: it is read-only, safe for
// concurrent use.
type Clusterer struct {
	words  map[string]int32 // a word of a phrase (stem, or exact text for a name) → its id, which the phrase holds
	starts [][]topicPhrase  // word id → the phrases it starts, longest first
	keys   []string         // the term of each topic, "t:" + its lower-case name, in the order given
}

// topicPhrase is one phrase of a topic, split into the words it matches.
type topicPhrase struct {
	words []int32 // ids of its stems, or of its exact words for a name phrase (see Clusterer.words)
	name  bool    // written with a capital: matches exact text, and is a name
	topic int     // index into Clusterer.keys of the term it stands for
}

// NewClusterer prepares topics for matching.
func NewClusterer(topics []Topic) *Clusterer {
	k := &Clusterer{words: map[string]int32{}}
	v := newVocab(nil) // one for all the phrases' words
	for ti, t := range topics {
		k.keys = append(k.keys, "t:"+strings.ToLower(t.Name))
		for _, ph := range t.Phrases {
			ws := wordsWith(nil, ph, 0, len(ph), v)
			if len(ws) == 0 {
				continue
			}
			p := topicPhrase{name: strings.IndexFunc(ph, unicode.IsUpper) >= 0, topic: ti}
			for _, w := range ws {
				pw := w.lx.stem
				if p.name {
					pw = w.lx.text
				}
				id, ok := k.words[pw]
				if !ok {
					id = int32(len(k.starts))
					k.words[pw] = id
					k.starts = append(k.starts, nil)
				}
				p.words = append(p.words, id)
			}
			k.starts[p.words[0]] = append(k.starts[p.words[0]], p)
		}
	}
	for _, ps := range k.starts {
		slices.SortStableFunc(ps, func(a, b topicPhrase) int { return len(b.words) - len(a.words) })
	}
	return k
}

// Cluster assigns Cluster ids to cs (claims of doc, in input order) so that
// claims that state the same thing share one, and fills the Provenance of
// claims in the publisher's voice (see Provenance). Ids are "k1", "k2", … in
// order of each cluster's first claim; a claim that restates nothing keeps
// an empty id (a cluster of its own).
//
// A claim joins an earlier one when, in this order:
//   - an earlier claim of its sentence has the same content span (two
//     sources on the same words: "Russia claims A, which Ukraine denies");
//   - its content is only "this", "that" or "it" ("did not confirm
//     this"): it joins the last claim of an earlier sentence;
//   - it refers back with a determiner and an anaphoric noun ("this
//     issue", "the proposal"): it joins the claim just before, or for a
//     specific noun the last claim with a word of the same root;
//   - it declines to comment ("has not commented on the negotiations"):
//     it joins the last claim that has all its content terms;
//   - its sentence names a topic outside the content, source and cue
//     ("commenting on the resumption of air travel"): it joins the last
//     claim that has all those topics;
//   - its content terms (stemmed, stop words dropped, topic phrases
//     replaced by their topic) are similar enough (MinSimilarity) to an
//     earlier claim's, and both claims' names and numbers agree.
//
// Cost is linear in the number of claims: candidates come from an inverted
// index from term to claims, never from all pairs.
func (k *Clusterer) Cluster(doc *Document, cs []Claim) {
	c := k.newCorpus(doc, cs)
	leader := make([]int32, len(cs)) // index of the first claim of each claim's cluster
	index := c.newPostings()         // term id → claims before the current one that have it
	s := c.newSearch()
	for i := range cs {
		leader[i] = int32(i)
		f := &c.feats[i]
		j := sameWords(cs, i)
		if j < 0 && pointsBack(doc, &cs[i]) {
			j = previousSentenceClaim(cs, i)
		}
		if j < 0 && f.anaphor >= 0 {
			j = c.antecedent(i)
		}
		if j < 0 && cs[i].Stance == NoComment {
			j = c.commented(i, index)
		}
		if j < 0 && len(c.refsOf(i)) > 0 {
			j = c.referent(i, index)
		}
		if j < 0 {
			j = s.mostSimilar(i, index)
		}
		if j >= 0 {
			leader[i] = leader[j]
		}
		index.add(c.ids(i))
	}
	// A leader is its cluster's first claim, so it gets its id before the
	// claims that follow it.
	joined := make([]bool, len(cs)) // a leader that another claim joined
	for i, l := range leader {
		if int(l) != i {
			joined[l] = true
		}
	}
	// The ids are pieces of one string, "k1k2…", rather than a string each.
	n := 0 // clusters
	for i, l := range leader {
		if int(l) == i && joined[i] {
			n++
		}
	}
	var buf []byte
	for k := 1; k <= n; k++ {
		buf = strconv.AppendInt(append(buf, 'k'), int64(k), 10)
	}
	ids := string(buf)
	for i, l := range leader {
		switch {
		case !joined[l]:
			cs[i].Cluster = ""
		case int(l) == i:
			end := strings.IndexByte(ids[1:], 'k') + 1 // the next id's start, or 0 after the last
			if end == 0 {
				end = len(ids)
			}
			cs[i].Cluster, ids = ids[:end], ids[end:]
		default:
			cs[i].Cluster = cs[l].Cluster
		}
	}
	c.provenance(leader)
}

// sameWords returns an earlier claim of claim i's sentence whose content
// is the same stretch of text, or -1: "Russia claims A, which Ukraine
// denies" gives both sources the words A, which state one thing however
// few terms they hold.
func sameWords(cs []Claim, i int) int {
	for j := i - 1; j >= 0 && cs[j].Sentence == cs[i].Sentence; j-- {
		if cs[j].Span == cs[i].Span && !cs[i].Span.Empty() {
			return j
		}
	}
	return -1
}

// pointsBack reports whether a claim's content is only a demonstrative
// or "it": "The American side did not confirm this." responds to the
// claim before it.
func pointsBack(doc *Document, cl *Claim) bool {
	if cl.Span.Empty() || cl.Span.Start < 0 || cl.Span.End > len(doc.Text) || cl.Span.Len() > 8 {
		return false
	}
	w := strings.ToLower(strings.TrimRight(strings.TrimSpace(doc.Text[cl.Span.Start:cl.Span.End]), ".!?,;"))
	return w == "this" || w == "that" || w == "these" || w == "those" || w == "it"
}

// previousSentenceClaim returns the last claim before claim i in an
// earlier sentence, or -1.
func previousSentenceClaim(cs []Claim, i int) int {
	for j := i - 1; j >= 0; j-- {
		if cs[j].Sentence != cs[i].Sentence {
			return j
		}
	}
	return -1
}

// search holds the scratch space of the search for the earlier claim
// most similar to the current one.
type search struct {
	c       *corpus
	cands   []candidate // claim → what the search reads of it
	common  []shares    // term id → its weight and 1 when it is one of the current claim's common terms and s.walk, else zeros
	rareOf  []shares    // term id → its weight and 1 when it is one of the current claim's several rare terms, else zeros
	rare    []int32     // the current claim's terms in at most maxPostings earlier claims; when several, heaviest first
	commons []int32     // the current claim's terms in more than maxPostings earlier claims
	rest    []float64   // for each of several rare terms: its weight, those of the rare terms after it and those of the common terms, added up
	wi      float64     // the weight of the current claim
	mask    uint64      // the bits of its common terms (see corpus.frequent)
	walk    bool        // a common term has no bit: candidates' terms are walked through s.common
	sum     float64     // the sum of the weights of its common terms
}

// candidate is what a search reads of an earlier claim: its weight,
// frequent terms and names, and whether the search has weighed it.
type candidate struct {
	weight float64 // the claim's weight
	bits   uint64  // the bits of its frequent terms (see corpus.frequent)
	names  uint64  // bit id%64 for each of its names
	nNames int32   // how many names it has
	seen   int32   // 1 + the last claim whose search weighed it
}

// clash reports whether the names of candidates a and b surely disagree
// (see corpus.agree): both have names, and a bit of the names of the one
// with fewer (a, of as many) is not among the other's. Two names may
// share a bit, so names that do not clash may disagree still.
func clash(a, b *candidate) bool {
	if a.nNames == 0 || b.nNames == 0 {
		return false
	}
	if a.nNames > b.nNames {
		a, b = b, a
	}
	return a.names&^b.names != 0
}

// shares is what a term of the current claim adds to a candidate that has
// it.
type shares struct {
	w float64
	n int32
}

// newSearch returns the scratch space of searches over c's claims.
func (c *corpus) newSearch() *search {
	s := &search{c: c, cands: make([]candidate, len(c.cs)), common: make([]shares, len(c.terms)), rareOf: make([]shares, len(c.terms))}
	for i := range s.cands {
		cd := &s.cands[i]
		cd.weight = c.weight[i]
		for _, t := range c.ids(i) {
			cd.bits |= c.bit[t]
		}
		names := c.namesOf(i)
		for _, t := range names {
			cd.names |= 1 << (t & 63)
		}
		cd.nNames = int32(len(names))
	}
	return s
}

// mostSimilar returns the earlier claim most similar to claim i, at least
// by MinSimilarity with at least two terms in common and names and numbers
// agreeing, or -1; the first such claim of a tie.
//
// Rare terms find the candidates through the index; a term in more than
// maxPostings earlier claims only adds its (small) weight to candidates
// found that way. The shared weight of a candidate adds up its rare terms
// in the order of their ids, then its common ones likewise. Which
// candidate is picked does not depend on the order they are weighed in
// (see pick.consider).
func (s *search) mostSimilar(i int, index *postings) int {
	c := s.c
	rare, commons := s.rare[:0], s.commons[:0]
	mask, walk := uint64(0), false
	for _, t := range c.ids(i) {
		if index.seen[t] > maxPostings { // len(index.of(t))
			commons = append(commons, t)
			mask |= c.bit[t]
			walk = walk || c.bit[t] == 0
		} else {
			rare = append(rare, t)
		}
	}
	s.rare, s.commons = rare, commons
	if len(rare) == 0 {
		return -1
	}
	s.wi, s.mask, s.walk = c.weight[i], mask, walk
	s.sum = s.setCommon()
	b := pick{j: -1, lim: minSquare}
	if len(rare) == 1 {
		s.weighOne(&b, i, index.of(rare[0]), c.w[rare[0]])
	} else {
		s.weighRare(&b, i, index)
	}
	if s.walk {
		for _, t := range commons {
			s.common[t] = shares{}
		}
	}
	return b.j
}

// weighOne considers for pick b the claims ps of claim i's only rare term,
// which weighs wt. A claim whose names clash with claim i's cannot be
// picked (see pick.consider), and is not weighed either.
//
// The common terms add to a candidate at most the sum of their weights,
// and no more than the weight of its terms not shared yet: a candidate
// that could not reach the pick even so (see pick.consider; the margin
// covers the rounding of the sums many times over) is spared adding them
// up.
func (s *search) weighOne(b *pick, i int, ps []int32, wt float64) {
	cands, wi, sum := s.cands, s.wi, s.sum
	ci := &cands[i]
	for _, p := range ps {
		cd := &cands[p]
		wp := cd.weight
		fp := wi * wp
		most := wp - wt // what the common terms may add, at most sum
		if sum < most {
			most = sum
		}
		most += wt
		if most*most < b.lim*fp*(1-1e-9) || clash(ci, cd) {
			continue
		}
		if acc, shared := s.withCommon(cd, p, wt, 1); acc*acc >= b.lim*fp && shared >= 2 { // 0 + wt is wt
			b.consider(s.c, i, p, acc, fp)
		}
	}
}

// weighRare considers for pick b the claims of claim i's several rare
// terms, each once, the heaviest term's first: a rare term's claims
// share it with claim i, and a claim that shares weight S with claim i
// is at most √(S/W) similar to it, W the weight of claim i (S is no more
// than the claim's own weight). Once the pick is more similar than that
// for S the weights of the terms left, rare and common, the claims found
// first through those terms cannot be picked, and are not weighed: a
// strong pick found among the rarest term's claims spares the rest.
func (s *search) weighRare(b *pick, i int, index *postings) {
	c, cands, rareOf, w, wi, rare := s.c, s.cands, s.rareOf, s.c.w, s.wi, s.rare
	for _, t := range rare {
		rareOf[t] = shares{w[t], 1}
	}
	for k := 1; k < len(rare); k++ {
		for j := k; j > 0 && w[rare[j]] > w[rare[j-1]]; j-- {
			rare[j], rare[j-1] = rare[j-1], rare[j]
		}
	}
	rest := append(s.rest[:0], make([]float64, len(rare))...)
	s.rest = rest
	r := s.sum
	for k := len(rare) - 1; k >= 0; k-- {
		r += w[rare[k]]
		rest[k] = r
	}
	stamp, ci := int32(i+1), &cands[i]
	for k, t := range rare {
		r := rest[k] // the most a claim found first here shares
		if r < b.lim*wi*(1-1e-9) {
			break
		}
		for _, p := range index.of(t) {
			cd := &cands[p]
			if cd.seen == stamp {
				continue
			}
			cd.seen = stamp
			wp := cd.weight
			fp := wi * wp
			most := r
			if wp < most {
				most = wp
			}
			if most*most < b.lim*fp*(1-1e-9) || clash(ci, cd) {
				continue
			}
			// Adding 0 for the terms that are not rare leaves the sum
			// exact, and the ids ascend: the weights add up in the order
			// of the terms.
			acc, shared := 0.0, int32(0)
			for _, u := range c.ids(int(p)) {
				sh := rareOf[u]
				acc += sh.w
				shared += sh.n
			}
			if acc, shared = s.withCommon(cd, p, acc, shared); acc*acc >= b.lim*fp && shared >= 2 {
				b.consider(c, i, p, acc, fp)
			}
		}
	}
	for _, t := range rare {
		rareOf[t] = shares{}
	}
}

// withCommon returns acc and shared, the weight and the number of terms
// that claim p, cd in s.cands, shares with the current claim through its
// rare terms, with its common terms added in the order of their ids: by
// their bits, or walking claim p's terms when a common term has none (see
// setCommon).
func (s *search) withCommon(cd *candidate, p int32, acc float64, shared int32) (float64, int32) {
	if s.walk {
		// Adding 0 for the terms that are not common leaves the sum exact.
		for _, t := range s.c.ids(int(p)) {
			sh := s.common[t]
			acc += sh.w
			shared += sh.n
		}
		return acc, shared
	}
	m := cd.bits & s.mask
	shared += int32(bits.OnesCount64(m))
	for ; m != 0; m &= m - 1 {
		acc += s.c.frequentW[bits.TrailingZeros64(m)]
	}
	return acc, shared
}

// pick is the most similar candidate so far of a search.
type pick struct {
	j   int     // the candidate, or -1
	sim float64 // its similarity
	lim float64 // what a candidate's shared weight squared must reach, over the product of both weights: MinSimilarity² or sim², less a margin for rounding
}

// consider makes claim p the pick when it is at least MinSimilarity
// similar to claim i, more similar than the pick or as similar and
// earlier, and names and numbers agree. It shares weight acc and at least
// two terms with claim i, fp is the product of both claims' weights, and
// acc² has reached b.lim × fp: testing that first, where the candidates
// are, spares most of them the square root. The pick is the most similar
// candidate that agrees, the earliest of a tie, in whatever order they
// come: b.lim stays below the square of the pick's similarity by a
// margin far above the rounding of the sums.
func (b *pick) consider(c *corpus, i int, p int32, acc, fp float64) {
	sim := acc / math.Sqrt(fp)
	if sim >= MinSimilarity && (sim > b.sim || sim == b.sim && int(p) < b.j) && c.agree(i, int(p)) {
		b.j, b.sim, b.lim = int(p), sim, max(minSquare, sim*sim*(1-1e-9))
	}
}

// setCommon returns the sum of the weights of the current claim's common
// terms, and notes them in s.common when candidates' terms are walked.
func (s *search) setCommon() float64 {
	sum := 0.0
	for _, t := range s.commons {
		if s.walk {
			s.common[t] = shares{s.c.w[t], 1}
		}
		sum += s.c.w[t]
	}
	return sum
}

// Cluster assigns Cluster ids to cs with a Clusterer for topics; see
// Clusterer.Cluster. Build a Clusterer once when clustering many documents.
func Cluster(doc *Document, cs []Claim, topics []Topic) {
	NewClusterer(topics).Cluster(doc, cs)
}

// corpus holds the clustering features of a document's claims and the
// document frequency of their terms. Term ids follow the terms' sorted
// order, so that a claim's ids, ascending, run in the order of its terms.
type corpus struct {
	cs        []Claim
	feats     []features
	names     []int32    // the names of each claim (see namesOf), one claim after the other
	numbers   []quantity // the numbers of each claim (see numbersOf), likewise
	refs      []int32    // the reference topics of each claim (see refsOf), likewise
	idBuf     []int32    // the terms of each claim (see ids), likewise
	namesAt   []int32    // claim → where its names start in names; one more for the end
	numbersAt []int32    // claim → where its numbers start in numbers; one more for the end
	refsAt    []int32    // claim → where its reference topics start in refs; one more for the end
	idAt      []int32    // claim → where its terms start in idBuf; one more for the end
	post      []int32    // the claims of term 0, then those of term 1, …, each in input order
	postAt    []int32    // term id → where its claims start in post; one more for the end
	terms     []string   // term id → term, sorted
	df        []int      // term id → claims that have it
	w         []float64  // term id → its weight, the inverse document frequency
	weight    []float64  // claim → the sum of its terms' weights
	bit       []uint64   // term id → its bit among the frequent terms, or 0
	frequentW []float64  // bit → the weight of its term
}

// features is the anaphor of one claim, which clustering compares
// besides its terms, names, numbers and reference topics (corpus.ids,
// namesOf, numbersOf and refsOf). It holds no pointer, so that the
// garbage collector has nothing to scan in a document's features.
type features struct {
	anaphor int32 // the stem of an anaphoric noun after a determiner, or -1
	generic bool  // the anaphoric noun is generic (see anaphors)
}

// quantity is a number of a claim and the unit it counts, as term ids.
type quantity struct {
	unit  int32 // the stem of the word after or before the number (see unit), or -1
	value int32 // the number's value, "=" + value
}

func (k *Clusterer) newCorpus(doc *Document, cs []Claim) *corpus {
	c := &corpus{cs: cs, feats: make([]features, len(cs))}
	at := make([]int32, 4*(len(cs)+1)) // one allocation for the four
	c.idAt, c.namesAt, c.numbersAt, c.refsAt = at[:len(cs)+1], at[len(cs)+1:2*(len(cs)+1)], at[2*(len(cs)+1):3*(len(cs)+1)], at[3*(len(cs)+1):]
	n := 0 // bytes of the claims' sentences
	for i := range cs {
		if i == 0 || cs[i-1].Sentence != cs[i].Sentence {
			n += sentenceOf(doc, &cs[i]).Len()
		}
	}
	// One sentence at a time: its words, then the features of its claims.
	// Whether a capitalised word is a name depends on the whole document,
	// so until then it stands for a name candidate (see vocab.nameCand),
	// which number resolves.
	v := newVocab(k)
	// News prose has about a term a dozen bytes, a name a claim and a number
	// every few claims.
	b := featureBuf{v: v, ids: make([]int32, 0, n/12), names: make([]int32, 0, len(cs)), numbers: make([]quantity, 0, len(cs)/4)}
	// A sentence's words go on the stack, where writing their lexemes
	// costs no write barrier while the garbage collector marks; only a
	// sentence of more words than it holds spills to the heap.
	var stack [256]word
	var ws []word
	for i := range cs {
		if i == 0 || cs[i-1].Sentence != cs[i].Sentence {
			s := sentenceOf(doc, &cs[i])
			ws = wordsWith(stack[:0], doc.Text, s.Start, s.End, v)
			b.fit()
		}
		c.feats[i] = b.featuresOf(i, &cs[i], ws)
		c.idAt[i+1], c.namesAt[i+1], c.numbersAt[i+1], c.refsAt[i+1] = int32(len(b.ids)), int32(len(b.names)), int32(len(b.numbers)), int32(len(b.refs))
	}
	c.idBuf, c.names, c.numbers, c.refs = b.ids, b.names, b.numbers, b.refs
	c.number(v)
	return c
}

// ids returns the distinct terms of claim i, ascending: stems,
// "t:topic", "n:name", "=number", "not".
func (c *corpus) ids(i int) []int32 { return c.idBuf[c.idAt[i]:c.idAt[i+1]] }

// namesOf returns the distinct names of claim i: "t:topic" of a name
// topic, or "n:" and a capitalised word.
func (c *corpus) namesOf(i int) []int32 { return c.names[c.namesAt[i]:c.namesAt[i+1]] }

// numbersOf returns the distinct numbers of claim i with their units.
func (c *corpus) numbersOf(i int) []quantity { return c.numbers[c.numbersAt[i]:c.numbersAt[i+1]] }

// refsOf returns the reference topics of claim i: the topic terms of its
// sentence outside content, source and cue, in order of appearance.
func (c *corpus) refsOf(i int) []int32 { return c.refs[c.refsAt[i]:c.refsAt[i+1]] }

// sentenceOf is the span of a claim's sentence, or of the claim itself
// when the sentence is unset or outside the document.
func sentenceOf(doc *Document, cl *Claim) Span {
	s := cl.Sentence
	if s.Empty() || s.Start < 0 || s.End > len(doc.Text) {
		s = cl.Span
	}
	return s
}

// number renumbers the terms of v (id → term) in sorted order, with
// every claim's lists, lists the claims of each term, and computes the
// terms' document frequencies and weights, and each claim's weight.
// Sorting the distinct terms once keeps every sum of weights in the order
// of the terms' text. A name candidate becomes the name or the stem of its
// word, as the whole document shows.
func (c *corpus) number(v *vocab) {
	for _, nc := range v.cands {
		if nc.isName() {
			v.nameTerm(nc.lx)
		}
	}
	cand := make([]bool, len(v.terms)) // vocab id → a name candidate
	for _, nc := range v.cands {
		cand[nc.id] = true
	}
	order := make([]int32, 0, len(v.terms)-len(v.cands)) // new id → vocab id
	for id := range v.terms {
		if !cand[id] {
			order = append(order, int32(id))
		}
	}
	slices.SortFunc(order, func(a, b int32) int { return strings.Compare(v.terms[a], v.terms[b]) })
	c.terms = make([]string, len(order))
	renum := make([]int32, len(v.terms)) // vocab id → new id
	for id, old := range order {
		c.terms[id] = v.terms[old]
		renum[old] = int32(id)
	}
	notName := make([]bool, len(v.terms)) // vocab id → a candidate that is no name
	for _, nc := range v.cands {
		if nc.isName() {
			renum[nc.id] = renum[nc.lx.nameTerm]
		} else {
			renum[nc.id], notName[nc.id] = renum[nc.lx.stemTerm], true
		}
	}
	c.df = make([]int, len(c.terms))
	last := make([]int32, len(c.terms)) // term id → 1 + the last claim that has it
	n, nn := int32(0), int32(0)         // where the renumbered terms and names of the claim go
	for i := range c.feats {
		f := &c.feats[i]
		ids, names := c.ids(i), c.namesOf(i)
		c.idAt[i], c.namesAt[i] = n, nn
		for _, id := range ids {
			// A candidate may be the stem of another word: each term once.
			if t := renum[id]; last[t] != int32(i+1) {
				last[t] = int32(i + 1)
				c.df[t]++
				c.idBuf[n] = t
				n++
			}
		}
		// Fewer names in the end, and fewer ids: each list moves up to the
		// end of the one before.
		for _, id := range names {
			if !notName[id] && !slices.Contains(c.names[c.namesAt[i]:nn], renum[id]) {
				c.names[nn] = renum[id]
				nn++
			}
		}
		refs := c.refsOf(i)
		for k, id := range refs {
			refs[k] = renum[id]
		}
		numbers := c.numbersOf(i)
		for k, q := range numbers {
			if q.unit >= 0 {
				numbers[k].unit = renum[q.unit]
			}
			numbers[k].value = renum[q.value]
		}
		if f.anaphor >= 0 {
			f.anaphor = renum[f.anaphor]
		}
	}
	c.idAt[len(c.feats)], c.namesAt[len(c.feats)] = n, nn
	c.w = make([]float64, len(c.terms))
	for id, n := range c.df {
		c.w[id] = math.Log(1 + float64(len(c.cs))/float64(n))
	}
	// The claims of each term, in input order; then each claim's terms in
	// the order of their ids, taken term by term from those lists, and its
	// weight added up in that order.
	c.postAt = make([]int32, len(c.terms)+1)
	for t, n := range c.df {
		c.postAt[t+1] = c.postAt[t] + int32(n)
	}
	c.post = make([]int32, n)
	at := last // term id → where its next claim goes in post
	copy(at, c.postAt)
	for i := range c.feats {
		for _, t := range c.ids(i) {
			c.post[at[t]] = int32(i)
			at[t]++
		}
	}
	// Each claim's start in idAt moves along as its terms go in, up to the
	// start of the next claim, where it is shifted back to.
	c.frequent()
	c.weight = make([]float64, len(c.feats))
	idBuf, idAt, weight := c.idBuf, c.idAt, c.weight
	for t, wt := range c.w {
		for _, i := range c.post[c.postAt[t]:c.postAt[t+1]] {
			idBuf[idAt[i]] = int32(t)
			idAt[i]++
			weight[i] += wt
		}
	}
	copy(idAt[1:], idAt[:len(c.feats)])
	idAt[0] = 0
}

// frequent gives a bit, in the order of their ids, to the terms that may
// be common in a search (in more than maxPostings claims), up to 64 of
// those in most claims: a claim's bits (see candidate.bits) tell at once which of
// the common terms of a search it has.
func (c *corpus) frequent() {
	var top []int32
	for t, n := range c.df {
		if n > maxPostings {
			top = append(top, int32(t))
		}
	}
	if len(top) > 64 {
		slices.SortStableFunc(top, func(a, b int32) int { return c.df[b] - c.df[a] })
		top = top[:64]
		slices.Sort(top)
	}
	c.bit, c.frequentW = make([]uint64, len(c.terms)), make([]float64, len(top))
	for k, t := range top {
		c.bit[t], c.frequentW[k] = 1<<k, c.w[t]
	}
}

// postings lists, for each term, the claims that have it, and shows only
// those before the claim being clustered.
type postings struct {
	claims []int32 // the claims of term 0, then those of term 1, …, each in input order
	start  []int32 // term id → where its claims start in claims
	seen   []int32 // term id → how many of its claims are before the current one
}

// newPostings lists every claim under its terms, none of them seen yet.
func (c *corpus) newPostings() *postings {
	return &postings{claims: c.post, start: c.postAt, seen: make([]int32, len(c.terms))}
}

// of returns the claims before the current one that have term t.
func (x *postings) of(t int32) []int32 {
	return x.claims[x.start[t] : x.start[t]+x.seen[t]]
}

// add shows the current claim, whose terms are ids, to the claims after it.
func (x *postings) add(ids []int32) {
	for _, t := range ids {
		x.seen[t]++
	}
}

// matched is one word or topic phrase of a sentence after topic matching,
// that adds a term (see featuresOf).
type matched struct {
	span  Span
	term  int32 // id of the term it adds
	num   int32 // index of its word among the sentence's when it is a number, else -1
	name  bool  // the term is a name
	topic bool  // a topic phrase
}

// featureBuf holds the lists of all claims that featuresOf appends each
// claim's to, so that features take a few allocations per document rather
// than several per claim.
type featureBuf struct {
	v                *vocab
	ids, names, refs []int32
	numbers          []quantity
	last             []int32   // term id → 1 + the last claim that took it
	context          []matched // the current claim's matches in its sentence but outside its content

	names0, refs0, numbers0 int // where the current claim's names, reference topics and numbers start
}

// fit makes room in b.last for every term of b.v.
func (b *featureBuf) fit() {
	if grow := len(b.v.terms) - len(b.last); grow > 0 {
		b.last = append(b.last, make([]int32, grow)...)
	}
}

// featuresOf computes the features of claim i, cl, from the words of its
// sentence, and appends its terms to b.ids. It matches the words as it
// goes: a topic phrase stands for its topic, a stop word adds nothing,
// and a capitalised word stands for a name candidate. The lists hold
// vocab ids, in order of appearance; corpus.number renumbers them.
func (b *featureBuf) featuresOf(i int, cl *Claim, ws []word) features {
	out := outsideOf(cl)
	b.names0, b.refs0, b.numbers0 = len(b.names), len(b.refs), len(b.numbers)
	b.context = b.context[:0]
	n := 0                     // content terms
	clean := !out.has(cl.Span) // no cue or source in the content: what is in it is not outside
	var ana *lexeme            // the first anaphoric noun that refers back (see refersBack)
	responds := cl.Stance != Asserts && cl.Stance != ""
	for k := 0; k < len(ws); k++ {
		w := &ws[k]
		lx := w.lx
		if lx.inert {
			continue // most often a stop word
		}
		if lx.anaphor && ana == nil && refersBack(ws, k, cl.Span, &out, responds) {
			ana = lx
		}
		if lx.term < 0 && !lx.phrases {
			continue // a stop word or a single letter: neither a name nor a number
		}
		m, pn := matched{span: w.Span, term: lx.term, num: -1}, 0
		if lx.phrases { // most words start no topic phrase
			var p *topicPhrase
			if p, pn = phrase(ws, k); pn > 0 {
				m = matched{span: Span{w.Span.Start, ws[k+pn-1].Span.End}, term: b.v.topics[p.topic], num: -1, name: p.name, topic: true}
			}
		}
		if pn > 0 {
			for j := k + 1; j < k+pn; j++ { // the phrase's other words
				if ws[j].lx.anaphor && ana == nil && refersBack(ws, j, cl.Span, &out, responds) {
					ana = ws[j].lx
				}
			}
			k += pn - 1
		} else {
			if m.term < 0 {
				continue // a stop word that starts no topic phrase
			}
			if lx.number != "" {
				m.num = int32(k)
			}
			if lx.nameable {
				m.term, m.name = b.v.nameCand(lx, k == 0), true
				b.fit()
			}
		}
		in := cl.Span.Contains(m.span)
		switch {
		case !(in && clean) && out.has(m.span):
		case in:
			n++
			if b.last[m.term] != int32(i+1) { // take's first step, where most words end
				b.last[m.term] = int32(i + 1)
				b.ids = append(b.ids, m.term)
			}
			if m.name || m.num >= 0 {
				b.take(i, &m, ws)
			}
		default:
			if m.topic && !m.name && !slices.Contains(b.refs[b.refs0:], m.term) {
				b.refs = append(b.refs, m.term)
			}
			b.context = append(b.context, m)
		}
	}
	if n < shortContent { // too short: the whole sentence counts
		for k := range b.context {
			b.take(i, &b.context[k], ws)
		}
	}
	f := features{anaphor: -1}
	if ana != nil {
		f.anaphor, f.generic = ana.stemTerm, ana.generic
	}
	return f
}

// take adds the term, name and number of m to the lists of claim i, the
// current one.
func (b *featureBuf) take(i int, m *matched, ws []word) {
	if b.last[m.term] != int32(i+1) {
		b.last[m.term] = int32(i + 1)
		b.ids = append(b.ids, m.term)
	}
	if m.name && !slices.Contains(b.names[b.names0:], m.term) {
		b.names = append(b.names, m.term)
	}
	if m.num >= 0 {
		q := quantity{unit: unit(ws, int(m.num)), value: ws[m.num].lx.numTerm}
		if !slices.Contains(b.numbers[b.numbers0:], q) {
			b.numbers = append(b.numbers, q)
		}
	}
}

// outside holds the spans of a claim that are not its content, when they
// cover something: its cue, its source and the source's via. A span not in
// use overlaps nothing.
type outside struct {
	spans [3]Span
}

// outsideOf returns the spans of cl that are not its content.
func outsideOf(cl *Claim) outside {
	nowhere := Span{math.MaxInt, math.MinInt} // overlaps no span
	o := outside{spans: [3]Span{nowhere, nowhere, nowhere}}
	if !cl.CueSpan.Empty() {
		o.spans[0] = cl.CueSpan
	}
	if src := cl.Source; src != nil {
		if !src.Span.Empty() {
			o.spans[1] = src.Span
		}
		if src.Via != nil && !src.Via.Span.Empty() {
			o.spans[2] = src.Via.Span
		}
	}
	return o
}

// has reports whether s overlaps one of the spans.
func (o *outside) has(s Span) bool {
	return o.spans[0].Overlaps(s) || o.spans[1].Overlaps(s) || o.spans[2].Overlaps(s)
}

// phrase returns the longest topic phrase that starts at ws[i] and the
// number of words it covers, or nil and 0.
func phrase(ws []word, i int) (*topicPhrase, int) {
	lx := ws[i].lx
	for f := range 2 {
		cands := lx.byStem
		if f == 0 {
			cands = lx.byText
		}
		for c := range cands {
			p := &cands[c]
			if i+len(p.words) > len(ws) {
				continue
			}
			ok := true
			for j, pw := range p.words {
				wl := ws[i+j].lx
				got := wl.stemWord
				if p.name {
					got = wl.textWord
				}
				if got != pw || (j > 0 && !ws[i+j-1].Space) {
					ok = false
					break
				}
			}
			if ok {
				return p, len(p.words)
			}
		}
	}
	return nil, 0
}

// unit is the term of the stem of the word a number counts or dates: the
// word right after it ("4-5 hours", "10:00 a.m."), else the one right
// before ("February 27"); -1 for none.
func unit(ws []word, i int) int32 {
	if ws[i].Space && i+1 < len(ws) && ws[i+1].lx.number == "" && !ws[i+1].lx.stopWord {
		return ws[i+1].lx.stemTerm
	}
	if i > 0 && ws[i-1].Space && ws[i-1].lx.number == "" {
		return ws[i-1].lx.stemTerm
	}
	return -1
}

// refersBack reports whether ws[i], an anaphoric noun of a claim's
// sentence, refers back: it follows a determiner, both outside source and
// cue, is not followed by a word that points forward ("the issue of …"),
// and touches the content. After a possessive ("his remarks") it refers
// back only in a claim that responds to another (responds: no comment, a
// denial, a dispute or a confirmation).
func refersBack(ws []word, i int, content Span, out *outside, responds bool) bool {
	w := &ws[i]
	switch {
	case i == 0 || !ws[i-1].lx.determiner || !ws[i-1].Space || out.has(w.Span) || out.has(ws[i-1].Span):
		return false
	case w.Span.End < content.Start || w.Span.Start > content.End:
		return false
	case possessives[ws[i-1].lx.lower] && !responds:
		return false // "told reporters their words had been ignored": their own, not a claim before
	}
	return i+1 >= len(ws) || !ws[i].Space || !ws[i+1].lx.cataphoric
}

// antecedent returns the claim that claim i's anaphor refers to, or -1:
// for a specific noun a claim of the previous sentence whose cue has the
// same root ("the report" after "TASS reported") or the most recent claim
// in an earlier sentence with a term of that root, else the last claim of
// the previous sentence.
func (c *corpus) antecedent(i int) int {
	f := &c.feats[i]
	prev := i - 1 // the last claim of an earlier sentence
	for prev >= 0 && c.cs[prev].Sentence == c.cs[i].Sentence {
		prev--
	}
	if prev < 0 || f.generic {
		return prev
	}
	root := rootOf(c.terms[f.anaphor])
	for j := prev; j >= 0 && c.cs[j].Sentence == c.cs[prev].Sentence; j-- {
		if cueHasRoot(c.cs[j].Cue, root) {
			return j // "TASS reported A. Kyiv has not commented on the report."
		}
	}
	for j := prev; j >= 0 && j >= i-maxLookBack; j-- {
		if c.cs[j].Sentence != c.cs[i].Sentence && slices.ContainsFunc(c.ids(j), func(t int32) bool { return rootOf(c.terms[t]) == root }) {
			return j
		}
	}
	return prev
}

// cueHasRoot reports whether the first word of a claim's cue starts with
// root: "the report" refers to a claim that was "reported", "the claim"
// to one "claimed".
func cueHasRoot(cue, root string) bool {
	w, _, _ := strings.Cut(cue, " ")
	return len(root) >= 4 && len(w) >= len(root) && strings.EqualFold(w[:len(root)], root)
}

// rootOf is the first five letters of a stem, so that "proposal" and
// "propos" (from "proposed") share a root.
func rootOf(s string) string {
	if len(s) > 5 {
		return s[:5]
	}
	return s
}

// referent returns the most recent claim before i that has all of claim
// i's reference topics, or -1. Topics that a quarter of the document's
// claims share are too common to point at one claim and are ignored.
func (c *corpus) referent(i int, index *postings) int {
	var refs []int32
	for _, r := range c.refsOf(i) {
		if len(c.cs) < 8 || c.df[r]*4 <= len(c.cs) {
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 {
		return -1
	}
	rarest := refs[0]
	for _, r := range refs[1:] {
		if len(index.of(r)) < len(index.of(rarest)) {
			rarest = r
		}
	}
	post := index.of(rarest)
	for n := len(post) - 1; n >= 0 && n >= len(post)-maxPostings; n-- {
		j := post[n]
		if containsAll(c.ids(int(j)), refs) {
			return int(j)
		}
	}
	return -1
}

// commented returns the claim that a no-comment claim i declines to
// comment on: the most recent earlier claim that has all of its content
// terms ("has not commented on the ongoing negotiations with Russia"), or
// -1. Such a claim names a matter already reported rather than stating
// anything, so its terms point at a claim instead of being compared.
func (c *corpus) commented(i int, index *postings) int {
	ids := c.ids(i)
	if len(ids) == 0 {
		return -1
	}
	rarest := ids[0]
	for _, t := range ids[1:] {
		if len(index.of(t)) < len(index.of(rarest)) {
			rarest = t
		}
	}
	post := index.of(rarest)
	for n := len(post) - 1; n >= 0 && n >= len(post)-maxPostings; n-- {
		if j := post[n]; containsAll(c.ids(int(j)), ids) && c.agree(i, int(j)) {
			return int(j)
		}
	}
	return -1
}

// agree reports whether claims i and j's names and numbers agree: when
// both name something, the names of one are all among the other's; when
// both count the same unit, they share a value.
func (c *corpus) agree(i, j int) bool {
	an, bn := c.namesOf(i), c.namesOf(j)
	if len(an) > 0 && len(bn) > 0 {
		small, large := an, bn
		if len(small) > len(large) {
			small, large = large, small
		}
		if !containsAll(large, small) {
			return false
		}
	}
	a, b := c.numbersOf(i), c.numbersOf(j)
	for _, q := range a {
		counts := func(r quantity) bool { return r.unit == q.unit }
		shares := func(r quantity) bool { return r.unit == q.unit && slices.Contains(b, r) }
		if slices.ContainsFunc(b, counts) && !slices.ContainsFunc(a, shares) {
			return false
		}
	}
	return true
}

// containsAll reports whether list, sorted or not, holds every id of want.
func containsAll(list, want []int32) bool {
	for _, w := range want {
		if !slices.Contains(list, w) {
			return false
		}
	}
	return true
}
