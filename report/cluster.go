package report

import (
	"slices"

	"github.com/claimtrace/claimtrace/claims"
)

// ClusterSummary is one cluster of claims that say the same thing, with the
// sides that take each stance on it.
type ClusterSummary struct {
	ID         string   // the claims' Cluster id
	Claims     []string // ids of its claims, in input order
	AssertedBy []string // sides that assert or confirm it, in order of first appearance
	DisputedBy []string // sides that dispute or deny it, in order of first appearance
	NoComment  []string // sides that declined or have not yet commented, in order of first appearance
}

// Clusters returns the clusters named by the claims' Cluster ids, in order
// of their first claim. Claims with an empty Cluster id are left out: each is
// a cluster of its own and would only repeat the claim list.
func Clusters(cs []claims.Claim, publisher string) []ClusterSummary {
	return clusters(cs, group(cs, publisher))
}

// clusters is Clusters with the clusters group returned for cs.
func clusters(cs []claims.Claim, ks []cluster) []ClusterSummary {
	n, members := 0, 0
	for _, k := range ks {
		if k.id != "" {
			n, members = n+1, members+len(k.members)
		}
	}
	out := make([]ClusterSummary, 0, n)
	ids := make([]string, 0, members) // the lists of claim ids, one after another
	for _, k := range ks {
		if k.id == "" {
			continue
		}
		start := len(ids)
		for _, i := range k.members {
			ids = append(ids, cs[i].ID)
		}
		out = append(out, ClusterSummary{
			ID: k.id, Claims: ids[start:len(ids):len(ids)],
			AssertedBy: k.asserters, DisputedBy: k.disputers, NoComment: k.silent,
		})
	}
	return out
}

// cluster is one cluster of claims, those with the same Cluster id or a
// claim whose Cluster is "" alone, with the sides that take each stance on
// it, each in order of first appearance. Its lists are never nil and have
// no room to grow, so that appending to one copies it.
type cluster struct {
	id        string   // the claims' Cluster id
	members   []int    // indexes of its claims, in input order
	asserters []string // sides that assert or confirm it
	disputers []string // sides that dispute or deny it
	silent    []string // sides that declined or have not yet commented
}

// group returns the clusters of cs, in order of each cluster's first claim.
// The clusters' lists share two backing arrays, so that tens of thousands
// of claims cost a few allocations, not several each.
func group(cs []claims.Claim, publisher string) []cluster {
	of := make([]int, len(cs)) // claim → index in ks
	var sizes []int
	at := map[string]int{} // cluster id → index in ks
	for i := range cs {
		id := cs[i].Cluster
		j, ok := 0, false
		if id != "" {
			j, ok = at[id]
		}
		if !ok {
			j = len(sizes)
			sizes = append(sizes, 0)
			if id != "" {
				at[id] = j
			}
		}
		of[i] = j
		sizes[j]++
	}
	ks := make([]cluster, len(sizes))
	flat := make([]int, 0, len(cs))
	for j, n := range sizes {
		ks[j].members = flat[len(flat) : len(flat) : len(flat)+n]
		flat = flat[:len(flat)+n]
	}
	for i, j := range of {
		ks[j].members = append(ks[j].members, i)
	}
	names := make([]string, 0, len(cs)) // the lists of sides, one after another
	take := func(list []string) []string {
		start := len(names)
		names = append(names, list...)
		return names[start:len(names):len(names)]
	}
	var st stances
	for j := range ks {
		k := &ks[j]
		k.id = cs[k.members[0]].Cluster
		st.collect(cs, k.members, publisher)
		k.asserters, k.disputers, k.silent = take(st.asserters), take(st.disputers), take(st.silent)
	}
	return ks
}

// sidesOf returns the distinct sides a claim speaks for. A claim without
// sides belongs to the publisher.
func sidesOf(c *claims.Claim, publisher string) []string {
	if len(c.Sides) == 0 {
		return []string{publisher}
	}
	return distinct(c.Sides)
}

// distinct returns list without repeats: list itself, not a copy, when it
// has none.
func distinct(list []string) []string {
	for i, s := range list {
		if slices.Contains(list[:i], s) {
			var out []string
			for _, s := range list {
				out = appendNew(out, s)
			}
			return out
		}
	}
	return list
}

// asserts reports whether a stance puts the side behind the content.
func asserts(s claims.Stance) bool { return s == claims.Asserts || s == claims.Confirms }

// disputes reports whether a stance sets the side against the content.
func disputes(s claims.Stance) bool { return s == claims.Disputes || s == claims.Denies }

// appendNew appends s to list unless list already holds it.
func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// stances holds the sides that assert (or confirm), that dispute (or
// deny), and that decline to comment on one cluster, each in order of first
// appearance. collect reuses the lists from one cluster to the next.
type stances struct {
	asserters, disputers, silent []string
}

// collect sets the lists to the stances of the cluster of claims g, whose
// claims without sides belong to publisher.
func (st *stances) collect(cs []claims.Claim, g []int, publisher string) {
	st.asserters, st.disputers, st.silent = st.asserters[:0], st.disputers[:0], st.silent[:0]
	for _, i := range g {
		c := &cs[i]
		switch {
		case asserts(c.Stance):
			st.asserters = appendSides(st.asserters, c, publisher)
		case disputes(c.Stance):
			st.disputers = appendSides(st.disputers, c, publisher)
		case c.Stance == claims.NoComment:
			st.silent = appendSides(st.silent, c, publisher)
		}
	}
}

// appendSides appends to list the sides c speaks for that it does not hold
// yet; a claim without sides speaks for the publisher.
func appendSides(list []string, c *claims.Claim, publisher string) []string {
	if len(c.Sides) == 0 {
		return appendNew(list, publisher)
	}
	for _, side := range c.Sides {
		list = appendNew(list, side)
	}
	return list
}
