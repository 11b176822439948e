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
	k.newCorpus(doc, cs).provenance()
}

// provenance fills the Provenance of the corpus's claims from their
// Cluster ids.
func (c *corpus) provenance() {
	cs := c.cs
	// first maps a cluster id to its first attributed claim that asserts or
	// confirms, and next links each such claim to the next one of its
	// cluster (-1 after the last), so that they come in input order.
	first := map[string]int32{}
	next := make([]int32, len(cs))
	for i := len(cs) - 1; i >= 0; i-- {
		cs[i].Provenance = nil
		if a := &cs[i]; a.Cluster != "" && a.Attributed() && (a.Stance == Asserts || a.Stance == Confirms) {
			next[i] = -1
			if j, ok := first[a.Cluster]; ok {
				next[i] = j
			}
			first[a.Cluster] = int32(i)
		}
	}
	mark := make([]bool, len(c.terms)) // term id → a term of the claim being filled
	for i := range cs {
		u := &cs[i]
		if u.Attributed() || u.Cluster == "" || c.feats[i].anaphor != "" {
			continue // a claim with an anaphor restates nothing
		}
		j, ok := first[u.Cluster]
		if !ok {
			continue
		}
		for _, t := range c.feats[i].ids {
			mark[t] = true
		}
		for ; j >= 0; j = next[j] {
			if c.restates(i, int(j), mark) {
				u.Provenance = append(u.Provenance, cs[j].ID)
			}
		}
		for _, t := range c.feats[i].ids {
			mark[t] = false
		}
	}
}

// restates reports whether claims i and j state the same thing by their
// own terms, names and numbers, not through an anaphor or a topic
// reference. mark flags the terms of claim i.
func (c *corpus) restates(i, j int, mark []bool) bool {
	a, b := &c.feats[i], &c.feats[j]
	if b.anaphor != "" || a.anaphor != "" {
		return false
	}
	// Both lists ascend, so the shared weights add up in the order of
	// claim i's terms whichever list is walked.
	var sum float64
	n := 0
	for _, t := range b.ids {
		if mark[t] {
			sum += c.w[t]
			n++
		}
	}
	return n >= 2 && sum/math.Sqrt(a.weight*b.weight) >= MinSimilarity && agree(a, b)
}
