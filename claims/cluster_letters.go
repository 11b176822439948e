package claims

import "math/bits"

// Eight bytes at a time: letterRun tells how many ASCII letters start a
// text from the bytes packed in one uint64, without a branch per byte
// (the end of a word is what a branch predictor guesses worst).
const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// load8 returns the 8 bytes of s from i on, the first in the lowest byte.
// The compiler reads them with one load.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// letterRun returns how many of the bytes packed in x (see load8), from
// the lowest, are ASCII letters before the first that is not: 8 when all
// are.
func letterRun(x uint64) int {
	low := (x | 0x20*ones) &^ highs              // lower case, the high bits cleared: no carry crosses bytes below
	atLeastA := (low + (0x80-'a')*ones) & highs  // each byte's high bit: at least 'a'
	pastZ := (low + (0x80-'z'-1)*ones) & highs   // past 'z'
	notLetter := (^atLeastA | pastZ | x) & highs // x's high bit: a byte beyond ASCII
	return bits.TrailingZeros64(notLetter) / 8
}

// letterEnd returns where the run of ASCII letters from text[i] on ends.
func letterEnd(text string, i int) int {
	for i+8 <= len(text) {
		n := letterRun(load8(text, i))
		i += n
		if n < 8 {
			return i
		}
	}
	for i < len(text) && text[i]|0x20-'a' < 26 { // c|0x20 below 'a' wraps round
		i++
	}
	return i
}
