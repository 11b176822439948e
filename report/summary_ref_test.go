package report

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

// The reference implementation of the clusters, the side summary and the
// confirmation matrix, as they were before side numbers and side sets:
// TestSummaries_reference holds the package's to it.

// refClusters is Clusters with the refClustering refGroup returned for cs.
func refClusters(cs []claims.Claim, g *refClustering) []ClusterSummary {
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

// refCluster is one refCluster of claims, with the sides that take each stance
// on it, each in order of first appearance.
type refCluster struct {
	members   []int    // indexes of its claims, in input order
	asserters []string // sides that assert or confirm it
	disputers []string // sides that dispute or deny it
	silent    []string // sides that declined or have not yet commented
}

// refClustering is the refClusters of a list of claims: those with the same
// Cluster id, and each claim whose Cluster is "" alone. Only the first are
// kept; the others, most refClusters of most documents, are made as all
// yields them.
type refClustering struct {
	cs        []claims.Claim
	publisher string
	// named are the refClusters with an id, in order of their first claim.
	// Their lists are never nil and have no room to grow, so that
	// appending to one copies it; they share two backing arrays, so that
	// thousands of refClusters cost a few allocations, not several each.
	named []refCluster
}

// refGroup returns the refClustering of cs, whose claims without sides belong
// to publisher.
func refGroup(cs []claims.Claim, publisher string) *refClustering {
	at := map[string]int{} // refCluster id → index in named
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
	named := make([]refCluster, len(sizes))
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
	var st refStances
	for j := range named {
		k := &named[j]
		st.collect(cs, k.members, publisher)
		k.asserters, k.disputers, k.silent = take(st.asserters), take(st.disputers), take(st.silent)
	}
	return &refClustering{cs: cs, publisher: publisher, named: named}
}

// all yields every refCluster: the named ones, then each claim without a
// Cluster id alone, in a refCluster that holds only until the next one. The
// counts made from them do not depend on their order.
func (g *refClustering) all(yield func(*refCluster) bool) {
	for j := range g.named {
		if !yield(&g.named[j]) {
			return
		}
	}
	var st refStances
	k := refCluster{members: make([]int, 1)}
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

// refSidesOf returns the refDistinct sides a claim speaks for. A claim without
// sides belongs to the publisher.
func refSidesOf(c *claims.Claim, publisher string) []string {
	if len(c.Sides) == 0 {
		return []string{publisher}
	}
	return refDistinct(c.Sides)
}

// refDistinct returns list without repeats: list itself, not a copy, when it
// has none.
func refDistinct(list []string) []string {
	for i, s := range list {
		if slices.Contains(list[:i], s) {
			var out []string
			for _, s := range list {
				out = refAppendNew(out, s)
			}
			return out
		}
	}
	return list
}

// refAsserts reports whether a stance puts the side behind the content.
func refAsserts(s claims.Stance) bool { return s == claims.Asserts || s == claims.Confirms }

// refDisputes reports whether a stance sets the side against the content.
func refDisputes(s claims.Stance) bool { return s == claims.Disputes || s == claims.Denies }

// refAppendNew appends s to list unless list already holds it.
func refAppendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// refStances holds the sides that assert (or confirm), that dispute (or
// deny), and that decline to comment on one refCluster, each in order of first
// appearance. collect reuses the lists from one refCluster to the next.
type refStances struct {
	asserters, disputers, silent []string
}

// collect sets the lists to the refStances of the refCluster of claims g, whose
// claims without sides belong to publisher.
func (st *refStances) collect(cs []claims.Claim, g []int, publisher string) {
	st.asserters, st.disputers, st.silent = st.asserters[:0], st.disputers[:0], st.silent[:0]
	for _, i := range g {
		c := &cs[i]
		switch {
		case refAsserts(c.Stance):
			st.asserters = refAppendSides(st.asserters, c, publisher)
		case refDisputes(c.Stance):
			st.disputers = refAppendSides(st.disputers, c, publisher)
		case c.Stance == claims.NoComment:
			st.silent = refAppendSides(st.silent, c, publisher)
		}
	}
}

// refAppendSides appends to list the sides c speaks for that it does not hold
// yet; a claim without sides speaks for the publisher.
func refAppendSides(list []string, c *claims.Claim, publisher string) []string {
	if len(c.Sides) == 0 {
		return refAppendNew(list, publisher)
	}
	for _, side := range c.Sides {
		list = refAppendNew(list, side)
	}
	return list
}

// refSummarize is Summarize with the refClustering refGroup returned for cs.
func refSummarize(cs []claims.Claim, g *refClustering, publisher string, order []string) []SideSummary {
	by := map[string]*SideSummary{publisher: {Side: publisher}}
	get := func(side string) *SideSummary {
		s, ok := by[side]
		if !ok {
			s = &SideSummary{Side: side}
			by[side] = s
		}
		return s
	}
	for i := range cs {
		c := &cs[i]
		for _, side := range refSidesOf(c, publisher) {
			s := get(side)
			s.Attributed++
			if c.Hedged && c.Attributed() {
				s.Hedged++
			}
		}
	}
	for k := range g.all {
		asserters, disputers := k.asserters, k.disputers
		for _, side := range asserters {
			s := get(side)
			if side != publisher && slices.ContainsFunc(asserters, func(o string) bool { return o != side && o != publisher }) {
				s.ConfirmedByOtherSides++
			}
			if slices.ContainsFunc(disputers, func(o string) bool { return o != side }) {
				s.DisputedByOtherSides++
			}
		}
		for _, side := range disputers {
			get(side).Disputes++
		}
		for _, side := range k.silent {
			get(side).NoComment++
		}
	}
	out := make([]SideSummary, 0, len(by))
	for _, side := range refOrderSides(by, publisher, order) {
		out = append(out, *by[side])
	}
	return out
}

// refOrderSides returns the keys of by: those in order first, in that order,
// then the rest alphabetically, then the publisher.
func refOrderSides[V any](by map[string]V, publisher string, order []string) []string {
	var out []string
	for _, side := range order {
		if _, ok := by[side]; ok && side != publisher && !slices.Contains(out, side) {
			out = append(out, side)
		}
	}
	var rest []string
	for side := range by {
		if side != publisher && !slices.Contains(out, side) {
			rest = append(rest, side)
		}
	}
	slices.Sort(rest)
	out = append(out, rest...)
	if _, ok := by[publisher]; ok {
		out = append(out, publisher)
	}
	return out
}

// refMatrix is Matrix with the refClustering refGroup returned for the claims and
// the sides Summarize returned for them.
func refMatrix(g *refClustering, publisher string, sides []SideSummary) []MatrixCell {
	var out []MatrixCell
	for _, row := range sides {
		for _, col := range sides {
			if col.Side == row.Side || col.Side == publisher {
				continue
			}
			out = append(out, MatrixCell{Claimant: row.Side, Respondent: col.Side})
		}
	}
	for k := range g.all {
		if len(k.asserters)+len(k.disputers)+len(k.silent) < 2 {
			continue // no side meets another's claim
		}
		for _, a := range k.asserters {
			for j := range out {
				p := &out[j]
				if p.Claimant != a {
					continue
				}
				if slices.Contains(k.asserters, p.Respondent) {
					p.Confirmed++
				}
				if slices.Contains(k.disputers, p.Respondent) {
					p.Disputed++
				}
				if slices.Contains(k.silent, p.Respondent) {
					p.NoComment++
				}
			}
		}
	}
	return out
}

// randomClaims returns n claims with random sides (from a pool of
// nSides names that holds the publisher's, none or repeated ones
// included), stances, hedges, sources and cluster ids.
func randomClaims(rng *rand.Rand, n, nSides int, publisher string) []claims.Claim {
	pool := []string{publisher, ""}
	for i := range nSides {
		pool = append(pool, fmt.Sprintf("side%02d", i))
	}
	stances := []claims.Stance{claims.Asserts, claims.Confirms, claims.Denies, claims.Disputes, claims.NoComment, "", "other"}
	cs := make([]claims.Claim, n)
	for i := range cs {
		c := &cs[i]
		c.ID = fmt.Sprintf("c%03d", i)
		for range rng.IntN(4) {
			c.Sides = append(c.Sides, pool[rng.IntN(len(pool))])
		}
		c.Stance = stances[rng.IntN(len(stances))]
		c.Hedged = rng.IntN(3) == 0
		switch rng.IntN(3) {
		case 0:
			c.Source = &claims.Source{Text: "x"}
		case 1:
			c.Agentless = true
		}
		if k := rng.IntN(n/3 + 2); k > 0 {
			c.Cluster = fmt.Sprintf("k%d", k)
		}
	}
	return cs
}

// TestSummaries_reference holds Clusters, Summarize and Matrix, and the
// tables a document's report shows, to the reference implementation on
// random claims, with few sides and with more than fewSides.
func TestSummaries_reference(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	for round := range 400 {
		const publisher = "pub"
		nSides := []int{1, 3, 6, fewSides + 10}[round%4]
		cs := randomClaims(rng, rng.IntN(60), nSides, publisher)
		var order []string
		for range rng.IntN(5) {
			order = append(order, []string{publisher, "side01", "side03", "side00", "nobody", "side01", "side20"}[rng.IntN(7)])
		}
		rg := refGroup(cs, publisher)
		wantSides := refSummarize(cs, rg, publisher, order)
		if got, want := Clusters(cs, publisher), refClusters(cs, rg); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: Clusters\n got %+v\nwant %+v", round, got, want)
		}
		if got := Summarize(cs, publisher, order); !reflect.DeepEqual(got, wantSides) {
			t.Fatalf("round %d: Summarize\n got %+v\nwant %+v", round, got, wantSides)
		}
		if got, want := Matrix(cs, publisher, order), refMatrix(rg, publisher, wantSides); !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: Matrix\n got %+v\nwant %+v", round, got, want)
		}
	}
}
