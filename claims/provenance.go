package claims

import "math"

// Provenance fills the Provenance of each claim in the publisher's own
// voice (no Source) that restates attributed claims of its cluster: the ids
// of the claims of its cluster that have a source, assert or confirm, and
// that it restates directly (similar by MinSimilarity, names and numbers
// agreeing). A claim that only refers to the cluster's topic, or that a
// chain of other claims links to it, is no provenance. Cluster already
// does this; call Provenance after changing Cluster ids by other means.
func (k *Clusterer) Provenance(doc *Document, cs []Claim) {
	leader := make([]int32, len(cs))
	firsts := map[string]int32{} // cluster id → its first claim
	for i := range cs {
		l, ok := firsts[cs[i].Cluster]
		if !ok {
			l = int32(i)
			firsts[cs[i].Cluster] = l
		}
		leader[i] = l
	}
	k.newCorpus(doc, cs).provenance(leader)
}

// provenance fills the Provenance of the corpus's claims from their
// Cluster ids; leader holds the first claim of each claim's cluster.
func (c *corpus) provenance(leader []int32) {
	cs := c.cs
	// first holds, for the first claim of a cluster, the cluster's first
	// attributed claim that asserts or confirms, and next links each such
	// claim to the next one of its cluster (-1 after the last), so that
	// they come in input order.
	first, next := make([]int32, len(cs)), make([]int32, len(cs))
	for i := range first {
		first[i] = -1
	}
	for i := len(cs) - 1; i >= 0; i-- {
		cs[i].Provenance = nil
		if a := &cs[i]; a.Cluster != "" && a.Attributed() && (a.Stance == Asserts || a.Stance == Confirms) {
			l := leader[i]
			next[i], first[l] = first[l], int32(i)
		}
	}
	mark := make([]bool, len(c.terms)) // term id → a term of the claim being filled
	for i := range cs {
		u := &cs[i]
		if u.Attributed() || u.Cluster == "" || c.feats[i].anaphor >= 0 {
			continue // a claim with an anaphor restates nothing
		}
		j := first[leader[i]]
		if j < 0 {
			continue
		}
		for _, t := range c.ids(i) {
			mark[t] = true
		}
		for ; j >= 0; j = next[j] {
			// A claim of the same sentence is reported by it, not restated
			// ("Zakharova's statement that A was seen as a threat").
			if cs[j].Sentence != u.Sentence && c.restates(i, int(j), mark) {
				u.Provenance = append(u.Provenance, cs[j].ID)
			}
		}
		for _, t := range c.ids(i) {
			mark[t] = false
		}
	}
}

// restates reports whether claims i and j state the same thing by their
// own terms, names and numbers, not through an anaphor or a topic
// reference. mark flags the terms of claim i.
func (c *corpus) restates(i, j int, mark []bool) bool {
	if c.feats[i].anaphor >= 0 || c.feats[j].anaphor >= 0 {
		return false
	}
	// Both lists ascend, so the shared weights add up in the order of
	// claim i's terms whichever list is walked.
	var sum float64
	n := 0
	for _, t := range c.ids(j) {
		if mark[t] {
			sum += c.w[t]
			n++
		}
	}
	return n >= 2 && sum/math.Sqrt(c.weight[i]*c.weight[j]) >= MinSimilarity && c.agree(i, j)
}
