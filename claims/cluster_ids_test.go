package claims

import (
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCorpus_number checks what keeps clustering by term id the same as
// clustering by term text: ids follow the terms' sorted order, so each
// claim's ids ascend in the order of its terms and its weights add up in
// that order; names and references are terms of the kind they name.
func TestCorpus_number(t *testing.T) {
	doc, cs := testDoc([]string{
		"Direct flights to Oslo will resume in May, after three years.",
		"The transport ministry | said | that direct flights to Oslo would resume in May.",
		"Asked about the resumption of air travel, | the minister | said | that nobody would fly there soon.",
		"The dock strike at the port cost 40 jobs and delayed 4-5 ships.",
		"The mayor | called | this issue urgent.",
	})
	c := NewClusterer(testTopics).newCorpus(doc, cs)
	assert.True(t, slices.IsSorted(c.terms), "terms sorted: %q", c.terms)
	assert.Equal(t, len(c.terms), len(slices.Compact(slices.Clone(c.terms))), "terms distinct")
	df := make([]int, len(c.terms))
	for i, f := range c.feats {
		var terms []string
		weight := 0.0
		for _, id := range f.ids {
			terms = append(terms, c.terms[id])
			weight += c.w[id]
			df[id]++
		}
		assert.True(t, slices.IsSorted(f.ids) && len(slices.Compact(slices.Clone(f.ids))) == len(f.ids), "claim %d: ids ascend: %v", i, f.ids)
		assert.True(t, slices.IsSorted(terms), "claim %d: terms in order: %q", i, terms)
		assert.Equal(t, weight, f.weight, "claim %d: weight", i)
		for _, id := range f.names {
			assert.True(t, strings.HasPrefix(c.terms[id], "n:") || strings.HasPrefix(c.terms[id], "t:"), "claim %d: name %q", i, c.terms[id])
			assert.Contains(t, f.ids, id, "claim %d: a name is one of its terms", i)
		}
		for _, id := range f.refs {
			assert.True(t, strings.HasPrefix(c.terms[id], "t:"), "claim %d: reference %q", i, c.terms[id])
		}
	}
	assert.Equal(t, df, c.df, "document frequencies")
	assert.Equal(t, []string{"t:resume", "t:flights"}, termsOf(c, c.feats[2].refs), "references of the minister's claim")
	assert.Equal(t, []quantity{{"job", "40"}, {"ship", "4-5"}}, c.feats[3].numbers)
}

func termsOf(c *corpus, ids []int32) []string {
	var ts []string
	for _, id := range ids {
		ts = append(ts, c.terms[id])
	}
	return ts
}
