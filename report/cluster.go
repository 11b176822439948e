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
	return group(cs, publisher).clusters()
}

// clustering is the clusters of a list of claims, those with the same
// Cluster id and each claim whose Cluster is "" alone, with the counts
// that the side summary and the confirmation matrix are made of. group
// makes it in one pass over the claims, in input order: what the named
// clusters' counts need of their claims it keeps in a few small lists, so
// that only their ids are read again cluster by cluster. Sides go by
// number: the publisher is 0, the others follow in order of first
// appearance.
type clustering struct {
	sides sideNumbers
	// named are the clusters with an id, in order of their first claim.
	// Their lists are never nil and have no room to grow, so that
	// appending to one copies it; they share backing arrays, so that
	// thousands of clusters cost a few allocations, not several each.
	named []ClusterSummary
	tally []SideSummary // the counts of each side, by number
	cells []cellCounts  // the matrix's counts, at claimant*len(tally)+respondent
}

// cellCounts is how one side met the clusters another asserts; see
// MatrixCell.
type cellCounts struct {
	confirmed, disputed, noComment int
}

// stance is a claim's stance as the counts class it.
type stance uint8

const (
	otherStance stance = iota // none of the below: the claim counts for no one
	asserting                 // asserts or confirms
	disputing                 // disputes or denies
	silent                    // declined or has not yet commented
)

// stanceOf returns the class of s.
func stanceOf(s claims.Stance) stance {
	switch {
	case s == claims.Asserts || s == claims.Confirms:
		return asserting
	case s == claims.Disputes || s == claims.Denies:
		return disputing
	case s == claims.NoComment:
		return silent
	}
	return otherStance
}

// taking is a claim's stance, as the counts read it.
type taking struct {
	claim    int32  // the claim's index
	cluster  int32  // the claim's named cluster, by index
	stance   stance // its class of stance
	from, to int32  // its sides are the numbers at [from:to] of the list group keeps
}

// group returns the clustering of cs, whose claims without sides belong
// to publisher.
func group(cs []claims.Claim, publisher string) *clustering {
	g := &clustering{}
	g.number(publisher)
	// Cluster id → index in named. News text has about one named cluster
	// in ten claims; sizing the map for one in eight spares most
	// documents its growing.
	at := make(map[string]int32, len(cs)/8)
	var (
		nc     = namedClaims{takings: make([]taking, 0, len(cs)/2)}
		nums   = make([]int32, 0, len(cs)/4+8) // sides of the claims in nc and loners
		loners []taking                        // claims alone that speak for several sides
		st     stances                         // the stances on a claim alone
	)
	for i := range cs {
		c := &cs[i]
		from := int32(len(nums))
		nums = g.appendSides(nums, c)
		t := taking{stance: stanceOf(c.Stance), from: from, to: int32(len(nums))}
		sides := nums[from:]
		hedged := c.Hedged && c.Attributed()
		for _, x := range sides {
			s := &g.tally[x]
			s.Attributed++
			if hedged {
				s.Hedged++
			}
		}
		switch {
		case c.Cluster != "":
			j, ok := at[c.Cluster]
			if !ok {
				j = int32(len(nc.clusters))
				at[c.Cluster] = j
				nc.clusters, nc.sizes = append(nc.clusters, c.Cluster), append(nc.sizes, 0)
			}
			nc.sizes[j]++
			t.cluster = j
			if len(nc.takings) == cap(nc.takings) {
				// Grow once, to room for every claim left.
				nc.takings = slices.Grow(nc.takings, len(cs)-i)
			}
			t.claim = int32(i)
			nc.takings = append(nc.takings, t)
		case len(sides) > 1:
			loners = append(loners, t) // counted once the matrix is made
		default:
			// Only one side takes a stance: the matrix has nothing to count.
			st.set(t.stance, sides)
			g.count(&st)
			nums = nums[:from]
		}
	}
	n := len(g.tally)
	g.cells = make([]cellCounts, n*n)
	for _, t := range loners {
		st.set(t.stance, nums[t.from:t.to])
		g.count(&st)
	}
	g.countNamed(cs, &nc, nums)
	return g
}

// namedClaims is what group keeps of the claims of named clusters.
type namedClaims struct {
	clusters []string // the clusters' ids, in order of their first claim
	sizes    []int32  // how many claims each has
	takings  []taking // the claims, in input order
}

// number returns the number of side, numbering it and making room for its
// counts if it is new.
func (g *clustering) number(side string) int32 {
	x := g.sides.number(side)
	if int(x) == len(g.tally) {
		g.tally = append(g.tally, SideSummary{Side: side})
	}
	return x
}

// appendSides appends the numbers of the distinct sides c speaks for, in
// order of first appearance, to nums.
func (g *clustering) appendSides(nums []int32, c *claims.Claim) []int32 {
	if len(c.Sides) == 0 {
		return append(nums, 0) // the publisher
	}
	from := len(nums)
	for _, side := range c.Sides {
		if x := g.number(side); !slices.Contains(nums[from:], x) {
			nums = append(nums, x)
		}
	}
	return nums
}

// countNamed makes the named clusters of nc, claims of cs whose sides are
// in nums, and counts their stances.
func (g *clustering) countNamed(cs []claims.Claim, nc *namedClaims, nums []int32) {
	// Sort the claims by cluster, keeping input order within each.
	next := make([]int32, len(nc.sizes)) // where the next claim of each cluster goes
	total := int32(0)
	for j, n := range nc.sizes {
		next[j], total = total, total+n
	}
	order := make([]int32, total)     // the claims in nc.takings, by cluster
	ids := make([]string, total)      // their ids
	names := make([]string, 0, total) // the lists of sides, one after another
	for i, t := range nc.takings {
		k := next[t.cluster]
		next[t.cluster]++
		order[k], ids[k] = int32(i), cs[t.claim].ID
	}
	take := func(list []int32) []string {
		start := len(names)
		for _, x := range list {
			names = append(names, g.sides.names[x])
		}
		return names[start:len(names):len(names)]
	}
	g.named = make([]ClusterSummary, len(nc.clusters))
	var st stances
	from := int32(0)
	for j, id := range nc.clusters {
		to := from + nc.sizes[j]
		st.collect(nums, nc.takings, order[from:to])
		g.named[j] = ClusterSummary{ID: id, Claims: ids[from:to:to],
			AssertedBy: take(st.asserters), DisputedBy: take(st.disputers), NoComment: take(st.silent)}
		g.count(&st)
		from = to
	}
}

// count adds the stances on one cluster to the side counts and, when
// more than one side takes a stance, to the matrix.
func (g *clustering) count(st *stances) {
	const publisher = 0
	pubAsserts := slices.Contains(st.asserters, publisher)
	for _, x := range st.asserters {
		s := &g.tally[x]
		// Another side asserts it that is neither x nor the publisher.
		others := len(st.asserters) - 1
		if pubAsserts {
			others--
		}
		if x != publisher && others > 0 {
			s.ConfirmedByOtherSides++
		}
		if len(st.disputers) > 1 || len(st.disputers) == 1 && st.disputers[0] != x {
			s.DisputedByOtherSides++
		}
	}
	for _, x := range st.disputers {
		g.tally[x].Disputes++
	}
	for _, x := range st.silent {
		g.tally[x].NoComment++
	}
	if len(st.asserters)+len(st.disputers)+len(st.silent) < 2 {
		return // no side meets another's claim
	}
	n := int32(len(g.tally))
	for _, a := range st.asserters {
		row := g.cells[a*n : a*n+n]
		for _, r := range st.asserters {
			if r != a && r != publisher {
				row[r].confirmed++
			}
		}
		for _, r := range st.disputers {
			if r != a && r != publisher {
				row[r].disputed++
			}
		}
		for _, r := range st.silent {
			if r != a && r != publisher {
				row[r].noComment++
			}
		}
	}
}

// clusters returns the named clusters, an empty list when there are none.
func (g *clustering) clusters() []ClusterSummary {
	if g.named == nil {
		return []ClusterSummary{}
	}
	return g.named
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

// appendNew appends s to list unless list already holds it.
func appendNew[T comparable](list []T, s T) []T {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// stances holds the sides, by number, that assert (or confirm), that
// dispute (or deny), and that decline to comment on one cluster, each in
// order of first appearance.
type stances struct {
	asserters, disputers, silent []int32
}

// set sets the stances to those of a claim alone, whose class of stance
// is class, on behalf of sides. The lists hold sides itself.
func (st *stances) set(class stance, sides []int32) {
	*st = stances{}
	switch class {
	case asserting:
		st.asserters = sides
	case disputing:
		st.disputers = sides
	case silent:
		st.silent = sides
	}
}

// collect sets the stances to those of the claims of a cluster, takings
// at members, whose sides are in nums, reusing the memory of lists that
// collect made.
func (st *stances) collect(nums []int32, takings []taking, members []int32) {
	st.asserters, st.disputers, st.silent = st.asserters[:0], st.disputers[:0], st.silent[:0]
	for _, i := range members {
		t := &takings[i]
		var list *[]int32
		switch t.stance {
		case asserting:
			list = &st.asserters
		case disputing:
			list = &st.disputers
		case silent:
			list = &st.silent
		default:
			continue
		}
		for _, x := range nums[t.from:t.to] {
			*list = appendNew(*list, x)
		}
	}
}

// sideNumbers numbers side names in order of first appearance.
type sideNumbers struct {
	names []string         // the names, by number
	more  map[string]int32 // the numbers of the names past the first fewSides
}

// fewSides is how many names number looks through one by one before it
// looks a name up in a map: as many as most documents have.
const fewSides = 16

// number returns the number of side, numbering it if it is new.
func (x *sideNumbers) number(side string) int32 {
	if n, ok := x.find(side); ok {
		return n
	}
	n := int32(len(x.names))
	x.names = append(x.names, side)
	if n >= fewSides {
		if x.more == nil {
			x.more = map[string]int32{}
		}
		x.more[side] = n
	}
	return n
}

// find returns the number of side, and whether it has one.
func (x *sideNumbers) find(side string) (int32, bool) {
	for i, s := range x.names[:min(len(x.names), fewSides)] {
		if s == side {
			return int32(i), true
		}
	}
	n, ok := x.more[side]
	return n, ok
}
