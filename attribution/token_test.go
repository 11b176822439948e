package attribution

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestGeneralPunctHasNoWordRune(t *testing.T) {
	for r := rune(0x2000); r <= 0x206F; r++ {
		if !generalPunct(r) {
			t.Fatalf("generalPunct(%U) = false", r)
		}
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			t.Errorf("%U is a word rune", r)
		}
	}
}

func TestASCIITables(t *testing.T) {
	for c := range 256 {
		r := rune(c)
		if c >= utf8.RuneSelf {
			if asciiSpace[c] || asciiWord[c] || asciiJoiner[c] {
				t.Errorf("byte %#x is in an ASCII table", c)
			}
			continue
		}
		if asciiSpace[c] != unicode.IsSpace(r) {
			t.Errorf("asciiSpace[%q] = %v", r, asciiSpace[c])
		}
		if asciiWord[c] != (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			t.Errorf("asciiWord[%q] = %v", r, asciiWord[c])
		}
	}
}

func TestDottedAbbrev(t *testing.T) {
	for w, want := range map[string]bool{
		"U.S": true, "a.m": true, "U.S.A": true, "é.é": true, "x.y": true,
		"US": false, "U..S": false, ".US": false, "U.S.": false, "Jr": false,
		"ab.c": false, "a.bc": false, "..": false, "a.": false, "abc": false,
	} {
		if got := dottedAbbrev(w); got != want {
			t.Errorf("dottedAbbrev(%q) = %v", w, got)
		}
	}
}

func TestASCIILower(t *testing.T) {
	var b strings.Builder
	for i := range 10000 {
		b.WriteByte(byte(i * 7919 % 256))
	}
	s := b.String()
	for _, n := range []int{0, 1, 7, 8, 9, 15, 16, 17, 4095, 4096, 4097, len(s)} {
		in := s[len(s)-n:]
		want := []byte(in)
		for i, c := range want {
			if 'A' <= c && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		if got := asciiLower(in); got != string(want) {
			t.Errorf("asciiLower of %d bytes differs", n)
		}
	}
}
