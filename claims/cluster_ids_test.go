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
	for i := range c.feats {
		var terms []string
		weight := 0.0
		for _, id := range c.ids(i) {
			terms = append(terms, c.terms[id])
			weight += c.w[id]
			df[id]++
		}
		assert.True(t, slices.IsSorted(c.ids(i)) && len(slices.Compact(slices.Clone(c.ids(i)))) == len(c.ids(i)), "claim %d: ids ascend: %v", i, c.ids(i))
		assert.True(t, slices.IsSorted(terms), "claim %d: terms in order: %q", i, terms)
		assert.Equal(t, weight, c.weight[i], "claim %d: weight", i)
		for _, id := range c.namesOf(i) {
			assert.True(t, strings.HasPrefix(c.terms[id], "n:") || strings.HasPrefix(c.terms[id], "t:"), "claim %d: name %q", i, c.terms[id])
			assert.Contains(t, c.ids(i), id, "claim %d: a name is one of its terms", i)
		}
		for _, id := range c.refsOf(i) {
			assert.True(t, strings.HasPrefix(c.terms[id], "t:"), "claim %d: reference %q", i, c.terms[id])
		}
	}
	assert.Equal(t, df, c.df, "document frequencies")
	assert.Equal(t, []string{"t:resume", "t:flights"}, termsOf(c, c.refsOf(2)), "references of the minister's claim")
	var numbers []string
	for _, q := range c.numbersOf(3) {
		numbers = append(numbers, c.terms[q.unit]+" "+c.terms[q.value])
	}
	assert.Equal(t, []string{"job =40", "ship =4-5"}, numbers)
}

func termsOf(c *corpus, ids []int32) []string {
	var ts []string
	for _, id := range ids {
		ts = append(ts, c.terms[id])
	}
	return ts
}

// TestCorpus_names checks that a capitalised word is a name only as the
// whole document shows, even when the words that decide it come after the
// claim: one never written in lower case, and at a sentence start also
// capitalised elsewhere. A word that is no name counts by its stem.
func TestCorpus_names(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		names []string // of the first claim
		ids   []string // of the first claim
	}{
		{"mid-sentence", []string{"Talks in Oslo ended."}, []string{"n:oslo"}, []string{"end", "n:oslo", "talk"}},
		{"lower case later", []string{"Talks in Oslo ended.", "The oslo talks ended."}, nil, []string{"end", "oslo", "talk"}},
		{"start only", []string{"Oslo hosted talks."}, nil, []string{"host", "oslo", "talk"}},
		{"start and later mid", []string{"Oslo hosted talks.", "Talks went to Oslo."}, []string{"n:oslo"}, []string{"host", "n:oslo", "talk"}},
		{"stem shared with a lower-case word", []string{"Talks and more talks ended."}, nil, []string{"end", "talk"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, cs := testDoc(tt.lines)
			c := NewClusterer(nil).newCorpus(doc, cs)
			assert.Equal(t, tt.names, termsOf(c, c.namesOf(0)), "names")
			assert.Equal(t, tt.ids, termsOf(c, c.ids(0)), "terms")
		})
	}
}

// TestCorpus_termsAfterMerge checks that a claim whose terms merge (a name
// candidate that turns out to be the stem of another of its words) leaves
// the terms and document frequencies of the claims after it whole.
func TestCorpus_termsAfterMerge(t *testing.T) {
	doc, cs := testDoc([]string{"Talks and more talks ended.", "Direct flights resumed in Riga.", "Oslo hosted talks."})
	c := NewClusterer(nil).newCorpus(doc, cs)
	assert.Equal(t, []string{"end", "talk"}, termsOf(c, c.ids(0)))
	assert.Equal(t, []string{"direct", "flight", "n:riga", "resum"}, termsOf(c, c.ids(1)))
	assert.Equal(t, []string{"host", "oslo", "talk"}, termsOf(c, c.ids(2)))
	assert.Equal(t, 2, c.df[slices.Index(c.terms, "talk")])
}
