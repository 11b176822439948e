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
	out := []ClusterSummary{}
	for _, g := range group(cs) {
		if cs[g[0]].Cluster == "" {
			continue
		}
		k := ClusterSummary{ID: cs[g[0]].Cluster, Claims: []string{}, AssertedBy: []string{}, DisputedBy: []string{}, NoComment: []string{}}
		for _, i := range g {
			c := &cs[i]
			k.Claims = append(k.Claims, c.ID)
			for _, side := range sidesOf(c, publisher) {
				switch {
				case asserts(c.Stance):
					k.AssertedBy = appendNew(k.AssertedBy, side)
				case disputes(c.Stance):
					k.DisputedBy = appendNew(k.DisputedBy, side)
				case c.Stance == claims.NoComment:
					k.NoComment = appendNew(k.NoComment, side)
				}
			}
		}
		out = append(out, k)
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

// responses returns the sides that assert (or confirm), that dispute (or
// deny), and that decline to comment on the cluster of claims g.
func responses(cs []claims.Claim, g []int, publisher string) (asserters, disputers, silent []string) {
	for _, i := range g {
		c := &cs[i]
		for _, side := range sidesOf(c, publisher) {
			switch {
			case asserts(c.Stance):
				asserters = appendNew(asserters, side)
			case disputes(c.Stance):
				disputers = appendNew(disputers, side)
			case c.Stance == claims.NoComment:
				silent = appendNew(silent, side)
			}
		}
	}
	return asserters, disputers, silent
}
