package claims

import (
	"testing"
	"unicode"

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

// TestPacked checks that a lexeme's keys are the word's bytes as
// plainWords reads them (load8 twice, masked to the word's length), and
// that different short texts get different keys.
func TestPacked(t *testing.T) {
	tests := []struct {
		text string // a word of at most 16 bytes, and what follows it (16 bytes in all at least)
		n    int
	}{
		{"a talks! Then more", 1}, {"talks resumed at noon", 5}, {"Istanbul, Geneva, Doha", 8}, {"U.S.-Russia talks began", 3},
		{"Putin's aide said", 5}, {"Türkiye is a host", 8}, {"negotiations resumed", 12}, {"internationally, it is", 15},
	}
	for _, tt := range tests {
		key, key2 := load8(tt.text, 0), load8(tt.text, 8)
		if tt.n < 8 {
			key, key2 = key&(1<<(8*tt.n)-1), 0
		} else {
			key2 &= 1<<(8*(tt.n-8)) - 1
		}
		k, k2 := packed(tt.text[:tt.n])
		assert.Equal(t, [2]uint64{key, key2}, [2]uint64{k, k2}, "%q", tt.text[:tt.n])
	}
	seen := map[[2]uint64]string{}
	for _, s := range []string{"a", "b", "ab", "ba", "abc", "talks", "Talks", "talk", "Istanbul", "istanbul", "Istanbu",
		"negotiation", "negotiations", "Negotiations", "internationally"} {
		k, k2 := packed(s)
		assert.NotContains(t, seen, [2]uint64{k, k2}, "%q and %q", s, seen[[2]uint64{k, k2}])
		seen[[2]uint64{k, k2}] = s
		assert.Less(t, keySlot(k, k2), uint(len(vocab{}.recent)))
		assert.Equal(t, keySlot(k, k2), textSlot(s), "%q", s)
	}
}

// TestPunctuation checks that the General Punctuation block holds no
// letter, mark or digit, so that punctuation may answer before them.
func TestPunctuation(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		assert.True(t, punctuation(r))
		assert.False(t, unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r), "%U", r)
	}
	assert.False(t, punctuation('a') || punctuation('é') || punctuation('ж'))
}
