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
	return clusters(cs, group(cs), publisher)
}

// clusters is Clusters with the groups group returned for cs. The lists of
// all the summaries share one backing array.
func clusters(cs []claims.Claim, groups [][]int, publisher string) []ClusterSummary {
	n, members := 0, 0
	for _, g := range groups {
		if cs[g[0]].Cluster != "" {
			n, members = n+1, members+len(g)
		}
	}
	out := make([]ClusterSummary, 0, n)
	names := make([]string, 0, 2*members) // never nil: an empty list is [], not null, in JSON
	take := func(list []string) []string {
		start := len(names)
		names = append(names, list...)
		return names[start:len(names):len(names)]
	}
	st := newStances(publisher)
	var ids []string
	for _, g := range groups {
		if cs[g[0]].Cluster == "" {
			continue
		}
		ids = ids[:0]
		for _, i := range g {
			ids = append(ids, cs[i].ID)
		}
		st.collect(cs, g)
		out = append(out, ClusterSummary{
			ID: cs[g[0]].Cluster, Claims: take(ids),
			AssertedBy: take(st.asserters), DisputedBy: take(st.disputers), NoComment: take(st.silent),
		})
	}
	return out
}

// group returns the indexes of cs grouped into clusters, in order of each
// cluster's first claim. A claim whose Cluster is "" is a cluster of its own.
// The groups share one backing array, so that tens of thousands of claims
// cost a few allocations, not one each.
func group(cs []claims.Claim) [][]int {
	of := make([]int, len(cs)) // claim → index in groups
	var sizes []int
	at := map[string]int{} // cluster id → index in groups
	for i := range cs {
		j, ok := at[cs[i].Cluster]
		if !ok {
			j = len(sizes)
			sizes = append(sizes, 0)
			if cs[i].Cluster != "" {
				at[cs[i].Cluster] = j
			}
		}
		of[i] = j
		sizes[j]++
	}
	groups := make([][]int, len(sizes))
	flat := make([]int, 0, len(cs))
	for j, n := range sizes {
		groups[j] = flat[len(flat) : len(flat) : len(flat)+n]
		flat = flat[:len(flat)+n]
	}
	for i, j := range of {
		groups[j] = append(groups[j], i)
	}
	return groups
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
	publisher                    []string // the sides of a claim without any
}

// newStances returns stances for claims whose publisher is publisher.
func newStances(publisher string) *stances {
	return &stances{publisher: []string{publisher}}
}

// collect sets the lists to the stances of the cluster of claims g.
func (st *stances) collect(cs []claims.Claim, g []int) {
	st.asserters, st.disputers, st.silent = st.asserters[:0], st.disputers[:0], st.silent[:0]
	for _, i := range g {
		c := &cs[i]
		sides := c.Sides
		if len(sides) == 0 {
			sides = st.publisher
		}
		for _, side := range sides {
			switch {
			case asserts(c.Stance):
				st.asserters = appendNew(st.asserters, side)
			case disputes(c.Stance):
				st.disputers = appendNew(st.disputers, side)
			case c.Stance == claims.NoComment:
				st.silent = appendNew(st.silent, side)
			}
		}
	}
}
