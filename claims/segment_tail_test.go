package claims

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestTail_sameMatch checks that matching the end-anchored shortAbbrevRE
// against a short tail of a piece answers as matching the whole piece does.
func TestTail_sameMatch(t *testing.T) {
	parts := []string{"Mr", "Messrs", "Dr", "Gen", "p", "pp", "N°", "nº", "é", "Ü", "x", " ", "(", ".", "\t", "\n", "-", "Sgt", "aé", "’"}
	r := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		if r.IntN(2) == 0 {
			b.WriteString(".")
		}
		s := b.String()
		if got, want := shortAbbrevRE.MatchString(tail(s, 16)), shortAbbrevRE.MatchString(s); got != want {
			t.Errorf("shortAbbrevRE on %q: tail %v, whole %v", s, got, want)
		}
	}
}
