package attribution

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestWordSet(t *testing.T) {
	// Words that share their length and first, middle and last bytes hash
	// to one slot and must be told apart by probing.
	s := set("said", "sand", "seed", "a", "’", "--", "doesn't", "said")
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"said", true},
		{"sand", true},
		{"seed", true},
		{"a", true},
		{"’", true},
		{"--", true},
		{"doesn't", true},
		{"saxd", false},
		{"sai", false},
		{"saids", false},
		{"Said", false},
		{"b", false},
		{"", false},
		{"-", false},
	} {
		assert.Equal(t, tc.want, s.has(tc.word), "has(%q)", tc.word)
	}
	words := slices.Sorted(s.words)
	assert.Equal(t, []string{"--", "a", "doesn't", "said", "sand", "seed", "’"}, words)
	empty := set()
	assert.False(t, empty.has("said"), "an empty set has nothing")
}

// TestWordSet_full fills sets of every size up to a few hundred words, so
// that probing wraps around the table's end, and asks for every word.
func TestWordSet_full(t *testing.T) {
	var words []string
	for i := range 300 {
		words = append(words, string(rune('a'+i%26))+string(rune('a'+i/26)))
		s := set(words...)
		for _, w := range words {
			if !s.has(w) {
				t.Fatalf("set of %d words lacks %q", len(words), w)
			}
		}
		assert.False(t, s.has("zz"), "set of %d words", len(words))
	}
}

// TestWordSet_hasToken checks that asking with a token, whose hash is
// already computed, answers as asking with its word.
func TestWordSet_hasToken(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said on Monday that the talks, which he called “useless,” had not been held -- he doesn't know."
	toks := tokenize(text, "", 0, false)
	for _, s := range []wordSet{clauseStops, preCue, determiners, prepositions, speechVerbs, dashes, boundaryMarks, set("said", "sand", "seed")} {
		for i := range toks {
			assert.Equal(t, s.has(toks[i].low), s.hasToken(&toks[i]), "hasToken(%q)", toks[i].low)
		}
	}
}
