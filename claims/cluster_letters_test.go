package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestLetterEnd checks the eight-bytes-at-a-time scan against the byte by
// byte one, on texts around every byte value and length.
func TestLetterEnd(t *testing.T) {
	slow := func(text string, i int) int {
		for i < len(text) && isASCIILetter(text[i]) {
			i++
		}
		return i
	}
	tests := []struct {
		text string
		i    int
		want int
	}{
		{"", 0, 0},
		{"talks", 0, 5},
		{"talks resumed", 0, 5},
		{"Istanbul, Geneva", 0, 8},
		{"Istanbul", 0, 8},
		{"negotiations", 0, 12},
		{"negotiationsXYZ.", 0, 15},
		{"U.S.", 0, 1},
		{"Putin's aide", 0, 5},
		{"Putin’s aide", 0, 5},
		{"Türkiye", 0, 1},
		{"a@b[c`d{e", 0, 1},
		{"zZaA@[`{", 0, 4},
		{"abc4-5 days", 0, 3},
		{"  words", 2, 7},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, letterEnd(tt.text, tt.i), "%q from %d", tt.text, tt.i)
		assert.Equal(t, tt.want, slow(tt.text, tt.i), "%q from %d (reference)", tt.text, tt.i)
	}
	// Every byte value at every position of a run of letters, with
	// lengths either side of 8 and 16.
	for n := 0; n <= 20; n++ {
		for at := 0; at <= n; at++ {
			for c := 0; c < 256; c++ {
				b := []byte("abcdefghijKLMNOPQRSTuvwxyz")[:n]
				b = append(b, "tail"...)
				if at < len(b) {
					b[at] = byte(c)
				}
				text := string(b)
				if got, want := letterEnd(text, 0), slow(text, 0); got != want {
					t.Fatalf("%q: %d, want %d", text, got, want)
				}
			}
		}
	}
}

// TestPacked checks that a lexeme's key is the word's first bytes as
// wordsWith reads them (load8, masked to the word's length), and that
// different short texts get different keys.
func TestPacked(t *testing.T) {
	tests := []struct {
		text string // a word of at most 8 bytes, and what follows it
		n    int
	}{
		{"a talks!", 1}, {"talks resumed", 5}, {"Istanbul, Geneva", 8}, {"U.S.-Russia", 3}, {"Putin's aide", 5}, {"Türkiye is", 8},
	}
	for _, tt := range tests {
		head := load8(tt.text, 0)
		assert.Equal(t, head&(1<<(8*tt.n)-1), packed(tt.text[:tt.n]), "%q", tt.text[:tt.n])
	}
	seen := map[uint64]string{}
	for _, s := range []string{"a", "b", "ab", "ba", "abc", "talks", "Talks", "talk", "Istanbul", "istanbul", "Istanbu"} {
		k := packed(s)
		assert.NotContains(t, seen, k, "%q and %q", s, seen[k])
		seen[k] = s
		assert.Less(t, keySlot(k), uint(len(vocab{}.recent)))
	}
}
