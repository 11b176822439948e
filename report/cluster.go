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

// clusters is Clusters with the clustering group returned for cs.
func clusters(cs []claims.Claim, g *clustering) []ClusterSummary {
	members := 0
	for _, k := range g.named {
		members += len(k.members)
	}
	out := make([]ClusterSummary, 0, len(g.named))
	ids := make([]string, 0, members) // the lists of claim ids, one after another
	for _, k := range g.named {
		start := len(ids)
		for _, i := range k.members {
			ids = append(ids, cs[i].ID)
		}
		out = append(out, ClusterSummary{
			ID: cs[k.members[0]].Cluster, Claims: ids[start:len(ids):len(ids)],
			AssertedBy: k.asserters, DisputedBy: k.disputers, NoComment: k.silent,
		})
	}
	return out
}

// cluster is one cluster of claims, with the sides that take each stance
// on it, each in order of first appearance.
type cluster struct {
	members   []int    // indexes of its claims, in input order
	asserters []string // sides that assert or confirm it
	disputers []string // sides that dispute or deny it
	silent    []string // sides that declined or have not yet commented
}

// clustering is the clusters of a list of claims: those with the same
// Cluster id, and each claim whose Cluster is "" alone. Only the first are
// kept; the others, most clusters of most documents, are made as all
// yields them.
type clustering struct {
	cs        []claims.Claim
	publisher string
	// named are the clusters with an id, in order of their first claim.
	// Their lists are never nil and have no room to grow, so that
	// appending to one copies it; they share two backing arrays, so that
	// thousands of clusters cost a few allocations, not several each.
	named []cluster
}

// group returns the clustering of cs, whose claims without sides belong
// to publisher.
func group(cs []claims.Claim, publisher string) *clustering {
	at := map[string]int{} // cluster id → index in named
	var sizes []int
	total := 0
	for i := range cs {
		id := cs[i].Cluster
		if id == "" {
			continue
		}
		j, ok := at[id]
		if !ok {
			j = len(sizes)
			sizes = append(sizes, 0)
			at[id] = j
		}
		sizes[j]++
		total++
	}
	named := make([]cluster, len(sizes))
	flat := make([]int, 0, total)
	for j, n := range sizes {
		named[j].members = flat[len(flat) : len(flat) : len(flat)+n]
		flat = flat[:len(flat)+n]
	}
	for i := range cs {
		if id := cs[i].Cluster; id != "" {
			j := at[id]
			named[j].members = append(named[j].members, i)
		}
	}
	names := make([]string, 0, total) // the lists of sides, one after another
	take := func(list []string) []string {
		start := len(names)
		names = append(names, list...)
		return names[start:len(names):len(names)]
	}
	var st stances
	for j := range named {
		k := &named[j]
		st.collect(cs, k.members, publisher)
		k.asserters, k.disputers, k.silent = take(st.asserters), take(st.disputers), take(st.silent)
	}
	return &clustering{cs: cs, publisher: publisher, named: named}
}

// all yields every cluster: the named ones, then each claim without a
// Cluster id alone, in a cluster that holds only until the next one. The
// counts made from them do not depend on their order.
func (g *clustering) all(yield func(*cluster) bool) {
	for j := range g.named {
		if !yield(&g.named[j]) {
			return
		}
	}
	var st stances
	k := cluster{members: make([]int, 1)}
	for i := range g.cs {
		if g.cs[i].Cluster != "" {
			continue
		}
		k.members[0] = i
		st.collect(g.cs, k.members, g.publisher)
		k.asserters, k.disputers, k.silent = st.asserters, st.disputers, st.silent
		if !yield(&k) {
			return
		}
	}
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
