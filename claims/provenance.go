package claims

import (
	"math"
	"slices"
)

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
	members := map[string][]int{}
	for i := range cs {
		cs[i].Provenance = nil
		if cs[i].Cluster != "" {
			members[cs[i].Cluster] = append(members[cs[i].Cluster], i)
		}
	}
	for i := range cs {
		u := &cs[i]
		if u.Attributed() || u.Cluster == "" {
			continue
		}
		for _, j := range members[u.Cluster] {
			a := &cs[j]
			if a.Attributed() && (a.Stance == Asserts || a.Stance == Confirms) && c.restates(i, j) {
				u.Provenance = append(u.Provenance, a.ID)
			}
		}
	}
}

// restates reports whether claims i and j state the same thing by their
// own terms, names and numbers, not through an anaphor or a topic
// reference.
func (c *corpus) restates(i, j int) bool {
	a, b := &c.feats[i], &c.feats[j]
	if b.anaphor != "" || a.anaphor != "" {
		return false
	}
	var sum float64
	n := 0
	for _, t := range a.ids {
		if _, ok := slices.BinarySearch(b.ids, t); ok {
			sum += c.w[t]
			n++
		}
	}
	return n >= 2 && sum/math.Sqrt(a.weight*b.weight) >= MinSimilarity && agree(a, b)
}
