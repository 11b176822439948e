package attribution

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// titleCaseAll is titleCase without its early return.
func titleCaseAll(toks []token) bool {
	words, caps := 0, 0
	for i, tk := range toks {
		if !tk.isWord() || i > 0 && len(tk.low) <= 3 && !tk.capitalized() {
			continue
		}
		words++
		if !tk.letter || tk.upper {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*9
}

// TestTitleCaseEarlyReturn checks that titleCase's early return changes no
// answer, on random sentences of capitalised, lower-case and short words.
func TestTitleCaseEarlyReturn(t *testing.T) {
	pool := []string{"Sanders", "Says", "He", "Will", "Run", "the", "of", "a", "campaign", "said", "2024", ",", "“", "”", "Putin’s", "an", "Élysée", "élysée", "U.S.", "to"}
	rng := rand.New(rand.NewPCG(1, 2))
	titles := 0
	for n := 0; n < 20000; n++ {
		// Half the sentences have no word that starts with an ASCII
		// lower-case letter.
		lowerOdds := 1 + 4*(n%2)
		var b strings.Builder
		for range rng.IntN(40) {
			w := pool[rng.IntN(len(pool))]
			for 'a' <= w[0] && w[0] <= 'z' && rng.IntN(lowerOdds) == 0 {
				w = pool[rng.IntN(len(pool))]
			}
			b.WriteString(w)
			b.WriteByte(' ')
		}
		toks := tokenize(b.String(), "", 0, false)
		if got, want := titleCase(toks), titleCaseAll(toks); got != want {
			t.Fatalf("titleCase(%q) = %v, want %v", b.String(), got, want)
		} else if got {
			titles++
		}
	}
	if titles < 1000 {
		t.Errorf("only %d of the sentences are in title case", titles)
	}
}
