package claims

import (
	"math"
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
)

// Clusterer groups claims that state the same thing. Build one per set of
// topics with NewClusterer and share it: it is read-only, safe for
// concurrent use.
type Clusterer struct {
	phrases map[string][]topicPhrase // first word of a phrase (stem, or exact text for a name) → phrases, longest first
}

// topicPhrase is one phrase of a topic, split into the words it matches.
type topicPhrase struct {
	words []string // stems, or exact words for a name phrase
	name  bool     // written with a capital: matches exact text, and is a name
	key   string   // the term it stands for
}

// NewClusterer prepares topics for matching.
func NewClusterer(topics []Topic) *Clusterer {
	k := &Clusterer{phrases: map[string][]topicPhrase{}}
	for _, t := range topics {
		for _, ph := range t.Phrases {
			ws := words(ph, 0)
			if len(ws) == 0 {
				continue
			}
			p := topicPhrase{name: strings.IndexFunc(ph, unicode.IsUpper) >= 0, key: "t:" + strings.ToLower(t.Name)}
			for _, w := range ws {
				if p.name {
					p.words = append(p.words, w.lx.text)
				} else {
					p.words = append(p.words, w.lx.stem)
				}
			}
			k.phrases[p.words[0]] = append(k.phrases[p.words[0]], p)
		}
	}
	for first, ps := range k.phrases {
		slices.SortStableFunc(ps, func(a, b topicPhrase) int { return len(b.words) - len(a.words) })
		k.phrases[first] = ps
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
	leader := make([]int, len(cs))         // index of the first claim of each claim's cluster
	index := make([][]int32, len(c.terms)) // term id → claims before the current one that have it
	acc := make([]float64, len(cs))        // shared weight with the current claim
	shared := make([]int32, len(cs))       // shared terms with the current claim
	var touched []int32
	var common []int32
	for i := range cs {
		leader[i] = i
		f := &c.feats[i]
		j := -1
		if f.anaphor != "" {
			j = c.antecedent(i)
		}
		if j < 0 && cs[i].Stance == NoComment {
			j = c.commented(i, index)
		}
		if j < 0 && len(f.refs) > 0 {
			j = c.referent(i, index)
		}
		if j < 0 {
			// Rare terms find the candidates through the index; a term in more
			// than maxPostings earlier claims only adds its (small) weight to
			// candidates found that way.
			touched, common = touched[:0], common[:0]
			for _, t := range f.ids {
				post := index[t]
				if len(post) > maxPostings {
					common = append(common, t)
					continue
				}
				w := c.w[t]
				for _, p := range post {
					if shared[p] == 0 {
						touched = append(touched, p)
					}
					acc[p] += w
					shared[p]++
				}
			}
			for _, p := range touched {
				for _, t := range common {
					if _, ok := slices.BinarySearch(c.feats[p].ids, t); ok {
						acc[p] += c.w[t]
						shared[p]++
					}
				}
			}
			best := 0.0
			for _, p := range touched {
				if shared[p] >= 2 {
					s := acc[p] / math.Sqrt(f.weight*c.feats[p].weight)
					if s >= MinSimilarity && (s > best || s == best && int(p) < j) && agree(f, &c.feats[p]) {
						best, j = s, int(p)
					}
				}
				acc[p], shared[p] = 0, 0
			}
		}
		if j >= 0 {
			leader[i] = leader[j]
		}
		for _, t := range f.ids {
			index[t] = append(index[t], int32(i))
		}
	}
	size := make([]int, len(cs))
	for _, l := range leader {
		size[l]++
	}
	ids := map[int]string{}
	for i := range cs {
		l := leader[i]
		if size[l] < 2 {
			cs[i].Cluster = ""
			continue
		}
		id, ok := ids[l]
		if !ok {
			id = "k" + strconv.Itoa(len(ids)+1)
			ids[l] = id
		}
		cs[i].Cluster = id
	}
	c.provenance()
}

// Cluster assigns Cluster ids to cs with a Clusterer for topics; see
// Clusterer.Cluster. Build a Clusterer once when clustering many documents.
func Cluster(doc *Document, cs []Claim, topics []Topic) {
	NewClusterer(topics).Cluster(doc, cs)
}

// corpus holds the clustering features of a document's claims and the
// document frequency of their terms. Terms are numbered in sorted order, so
// that a claim's term ids run in the order of its terms.
type corpus struct {
	cs    []Claim
	feats []features
	terms []string         // term id → term, sorted
	ids   map[string]int32 // term → its id
	df    []int            // term id → claims that have it
	w     []float64        // term id → its weight, the inverse document frequency
}

// features is what clustering compares of one claim.
type features struct {
	terms    []string            // distinct terms, sorted: stems, "t:topic", "n:name", "=number", "not"
	ids      []int32             // the terms' ids, in the same (ascending) order
	weight   float64             // sum of the terms' weights
	names    []string            // distinct names: "t:topic" of a name topic, or a capitalised word
	numbers  map[string][]string // unit (the word after or before the number) → values
	anaphor  string              // stem of an anaphoric noun after a determiner, or ""
	generic  bool                // the anaphoric noun is generic ("issue"), not specific ("proposal")
	refs     []string            // topic terms of the sentence outside content, source and cue
	sentence Span                // the claim's sentence
}

func (k *Clusterer) newCorpus(doc *Document, cs []Claim) *corpus {
	c := &corpus{cs: cs, feats: make([]features, len(cs))}
	sentWords := make([][]word, len(cs))
	v := newVocab(k)
	for i := range cs {
		s := cs[i].Sentence
		if i > 0 && cs[i-1].Sentence == s {
			sentWords[i] = sentWords[i-1]
			continue
		}
		if s.Empty() || s.Start < 0 || s.End > len(doc.Text) {
			s = cs[i].Span
		}
		ws := wordsWith(doc.Text[s.Start:s.End], s.Start, v)
		for i := range ws {
			w := &ws[i]
			switch {
			case w.lx.number != "" && w.lx.lower == "":
			case !w.Cap:
				w.lx.low.seen = true
			case !w.Start:
				w.lx.low.capMid = true
			}
		}
		sentWords[i] = ws
	}
	isName := func(w *word) bool {
		return w.Cap && !w.lx.low.seen && !w.lx.stopWord && (!w.Start || w.lx.low.capMid)
	}
	var ms []matched
	for i := range cs {
		if i == 0 || len(sentWords[i]) == 0 || len(sentWords[i-1]) == 0 || &sentWords[i][0] != &sentWords[i-1][0] {
			ms = k.match(sentWords[i], isName) // once per sentence: it does not depend on the claim
		}
		c.feats[i] = featuresOf(&cs[i], sentWords[i], ms)
	}
	c.number()
	return c
}

// number gives every distinct term an id in sorted order and computes the
// terms' document frequencies and weights, and each claim's weight.
func (c *corpus) number() {
	n := 0
	for i := range c.feats {
		n += len(c.feats[i].terms)
	}
	all := make([]string, 0, n)
	for i := range c.feats {
		all = append(all, c.feats[i].terms...)
	}
	slices.Sort(all)
	c.terms = slices.Compact(all)
	c.ids = make(map[string]int32, len(c.terms))
	for id, t := range c.terms {
		c.ids[t] = int32(id)
	}
	c.df = make([]int, len(c.terms))
	ids := make([]int32, n) // backing store of every claim's ids
	for i := range c.feats {
		f := &c.feats[i]
		f.ids, ids = ids[:len(f.terms):len(f.terms)], ids[len(f.terms):]
		for k, t := range f.terms {
			id := c.ids[t]
			f.ids[k] = id
			c.df[id]++
		}
	}
	c.w = make([]float64, len(c.terms))
	for id, n := range c.df {
		c.w[id] = math.Log(1 + float64(len(c.cs))/float64(n))
	}
	for i := range c.feats {
		f := &c.feats[i]
		for _, id := range f.ids {
			f.weight += c.w[id]
		}
	}
}

// weight is a term's inverse document frequency.
func (c *corpus) weight(t string) float64 {
	if id, ok := c.ids[t]; ok {
		return c.w[id]
	}
	return math.Log(1 + float64(len(c.cs)))
}

// postings returns the claims index holds for term t (none for a term no
// claim has).
func (c *corpus) postings(index [][]int32, t string) []int32 {
	if id, ok := c.ids[t]; ok {
		return index[id]
	}
	return nil
}

// matched is one word or topic phrase of a sentence after topic matching.
type matched struct {
	span   Span
	term   string // the term it adds, "" for a stop word
	name   string // its name key when it is a name
	topic  bool   // a topic phrase
	number string // a number's value
	unit   string // a number's unit
}

// featuresOf computes a claim's features from the words of its sentence
// and their matches.
func featuresOf(cl *Claim, ws []word, ms []matched) features {
	f := features{sentence: cl.Sentence}
	excluded := []Span{cl.CueSpan}
	if cl.Source != nil {
		excluded = append(excluded, cl.Source.Span)
		if cl.Source.Via != nil {
			excluded = append(excluded, cl.Source.Via.Span)
		}
	}
	out := func(s Span) bool {
		for _, e := range excluded {
			if !e.Empty() && e.Overlaps(s) {
				return true
			}
		}
		return false
	}
	n := 0 // content terms
	for _, m := range ms {
		if out(m.span) {
			continue
		}
		if cl.Span.Contains(m.span) {
			if m.term != "" {
				n++
			}
		} else if m.topic && m.name == "" {
			f.refs = appendNew(f.refs, m.term)
		}
	}
	whole := n < shortContent
	f.terms = make([]string, 0, len(ms))
	for _, m := range ms {
		if out(m.span) || !whole && !cl.Span.Contains(m.span) {
			continue
		}
		if m.term != "" {
			f.terms = appendNew(f.terms, m.term)
		}
		if m.name != "" {
			f.names = appendNew(f.names, m.name)
		}
		if m.number != "" {
			if f.numbers == nil {
				f.numbers = map[string][]string{}
			}
			f.numbers[m.unit] = appendNew(f.numbers[m.unit], m.number)
		}
	}
	slices.Sort(f.terms)
	slices.Sort(f.names)
	f.anaphor, f.generic = anaphor(ws, cl.Span, out)
	return f
}

// match walks a sentence's words, replacing topic phrases by their topic
// and dropping stop words.
func (k *Clusterer) match(ws []word, isName func(*word) bool) []matched {
	out := make([]matched, 0, len(ws))
	for i := 0; i < len(ws); i++ {
		w := &ws[i]
		if p, n := k.phrase(ws, i); n > 0 {
			m := matched{span: Span{w.Span.Start, ws[i+n-1].Span.End}, term: p.key, topic: true}
			if p.name {
				m.name = p.key
			}
			out = append(out, m)
			i += n - 1
			continue
		}
		m := matched{span: w.Span}
		switch {
		case w.lx.number != "":
			m.number = w.lx.number
			m.term = w.lx.numKey
			m.unit = unit(ws, i)
		case w.lx.neg:
			m.term = "not"
		case w.lx.stopWord || len(w.lx.lower) < 2:
		case isName(w):
			m.name = w.lx.nameKey
			m.term = m.name
		default:
			m.term = w.lx.stem
		}
		out = append(out, m)
	}
	return out
}

// phrase returns the longest topic phrase that starts at ws[i] and the
// number of words it covers, or 0.
func (k *Clusterer) phrase(ws []word, i int) (topicPhrase, int) {
	for f := range 2 {
		cands := ws[i].lx.byStem
		if f == 0 {
			cands = ws[i].lx.byText
		}
		for _, p := range cands {
			if i+len(p.words) > len(ws) {
				continue
			}
			ok := true
			for j, pw := range p.words {
				w := ws[i+j]
				got := w.lx.stem
				if p.name {
					got = w.lx.text
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
	return topicPhrase{}, 0
}

// unit is the word a number counts or dates: the word right after it
// ("4-5 hours", "10:00 a.m."), else the one right before ("February 27").
func unit(ws []word, i int) string {
	if ws[i].Space && i+1 < len(ws) && ws[i+1].lx.number == "" && !ws[i+1].lx.stopWord {
		return ws[i+1].lx.stem
	}
	if i > 0 && ws[i-1].Space && ws[i-1].lx.number == "" {
		return ws[i-1].lx.stem
	}
	return ""
}

// anaphor finds a determiner and an anaphoric noun in the claim's sentence
// (outside source and cue) that refers back: not followed by a word that
// points forward ("the issue of …"). The noun must touch the content.
func anaphor(ws []word, content Span, out func(Span) bool) (string, bool) {
	for i := 1; i < len(ws); i++ {
		w := &ws[i]
		generic, ok := w.lx.generic, w.lx.anaphor
		if !ok || !ws[i-1].lx.determiner || !ws[i-1].Space || out(w.Span) || out(ws[i-1].Span) {
			continue
		}
		if w.Span.End < content.Start || w.Span.Start > content.End {
			continue
		}
		if i+1 < len(ws) && ws[i].Space && ws[i+1].lx.cataphoric {
			continue
		}
		return w.lx.stem, generic
	}
	return "", false
}

// antecedent returns the claim that claim i's anaphor refers to, or -1:
// for a specific noun the most recent claim in an earlier sentence with a
// term of the same root, else the last claim of the previous sentence.
func (c *corpus) antecedent(i int) int {
	f := &c.feats[i]
	prev := -1
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		if c.feats[j].sentence == f.sentence {
			continue
		}
		if prev < 0 {
			prev = j
			if f.generic {
				break
			}
		}
		if root := rootOf(f.anaphor); slices.ContainsFunc(c.feats[j].terms, func(t string) bool { return rootOf(t) == root }) {
			return j
		}
	}
	return prev
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
func (c *corpus) referent(i int, index [][]int32) int {
	f := &c.feats[i]
	var refs []string
	for _, r := range f.refs {
		df := 0
		if id, ok := c.ids[r]; ok {
			df = c.df[id]
		}
		if len(c.cs) < 8 || df*4 <= len(c.cs) {
			refs = append(refs, r)
		}
	}
	if len(refs) == 0 {
		return -1
	}
	rarest := refs[0]
	for _, r := range refs[1:] {
		if len(c.postings(index, r)) < len(c.postings(index, rarest)) {
			rarest = r
		}
	}
	post := c.postings(index, rarest)
	for n := len(post) - 1; n >= 0 && n >= len(post)-maxPostings; n-- {
		j := post[n]
		if containsAll(c.feats[j].terms, refs) {
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
func (c *corpus) commented(i int, index [][]int32) int {
	terms, ids := c.feats[i].terms, c.feats[i].ids
	if len(terms) == 0 {
		return -1
	}
	rarest := ids[0]
	for _, t := range ids[1:] {
		if len(index[t]) < len(index[rarest]) {
			rarest = t
		}
	}
	post := index[rarest]
	for n := len(post) - 1; n >= 0 && n >= len(post)-maxPostings; n-- {
		if j := post[n]; containsAll(c.feats[j].terms, terms) && agree(&c.feats[i], &c.feats[j]) {
			return int(j)
		}
	}
	return -1
}

// agree reports whether two claims' names and numbers agree: when both
// name something, the names of one are all among the other's; when both
// count the same unit, they share a value.
func agree(a, b *features) bool {
	if len(a.names) > 0 && len(b.names) > 0 {
		small, large := a.names, b.names
		if len(small) > len(large) {
			small, large = large, small
		}
		if !containsAll(large, small) {
			return false
		}
	}
	for u, va := range a.numbers {
		if vb, ok := b.numbers[u]; ok && !slices.ContainsFunc(va, func(v string) bool { return slices.Contains(vb, v) }) {
			return false
		}
	}
	return true
}

// containsAll reports whether sorted-or-not list holds every string of want.
func containsAll(list, want []string) bool {
	for _, w := range want {
		if !slices.Contains(list, w) {
			return false
		}
	}
	return true
}

func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}
