package lexicon

import (
	"slices"
	"strings"
)

// Inflect returns the regular surface forms of a verb or verb phrase, lower
// case, sorted: the lemma and its -s, -ed and -ing forms, with the usual
// English spelling rules ("deny": denies, denied, denying; "note": notes,
// noted, noting; "admit": admits, admitted, admitting). Only the first word
// of a phrase is inflected ("play down": played down). Irregular forms
// ("said", "told") are not guessed: a lexicon lists them under past or forms.
func Inflect(verb string) []string {
	return inflect(verb, true)
}

// inflect is Inflect, leaving out the -ed form when regularPast is false
// (for a cue whose past forms are irregular and listed under past).
func inflect(verb string, regularPast bool) []string {
	verb = strings.ToLower(normalize(verb))
	if verb == "" {
		return nil
	}
	head, rest, _ := strings.Cut(verb, " ")
	if rest != "" {
		rest = " " + rest
	}
	forms := []string{verb, thirdPerson(head) + rest, presentParticiple(head) + rest}
	if regularPast {
		forms = append(forms, pastTense(head)+rest)
	}
	slices.Sort(forms)
	return slices.Compact(forms)
}

// thirdPerson returns the -s form: "says", "denies", "stresses", "goes".
func thirdPerson(w string) string {
	switch {
	case endsConsonantY(w):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"),
		strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"),
		strings.HasSuffix(w, "o") && len(w) > 1 && isConsonant(w[len(w)-2]):
		return w + "es"
	}
	return w + "s"
}

// pastTense returns the regular -ed form: "noted", "denied", "admitted".
func pastTense(w string) string {
	switch {
	case strings.HasSuffix(w, "e"):
		return w + "d"
	case endsConsonantY(w):
		return w[:len(w)-1] + "ied"
	case doublesFinal(w):
		return w + w[len(w)-1:] + "ed"
	}
	return w + "ed"
}

// presentParticiple returns the -ing form: "noting", "agreeing", "admitting".
func presentParticiple(w string) string {
	switch {
	case strings.HasSuffix(w, "ie") && len(w) > 2:
		return w[:len(w)-2] + "ying"
	case strings.HasSuffix(w, "e") && len(w) > 2 &&
		!strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ye") && !strings.HasSuffix(w, "oe"):
		return w[:len(w)-1] + "ing"
	case doublesFinal(w):
		return w + w[len(w)-1:] + "ing"
	}
	return w + "ing"
}

// doublesFinal reports whether w doubles its final consonant before -ed and
// -ing: a consonant-vowel-consonant ending in a one-syllable word ("stop",
// "plan") or in a stressed final syllable ("admit", "refer").
func doublesFinal(w string) bool {
	n := len(w)
	if n < 3 || !isConsonant(w[n-1]) || strings.ContainsRune("wxy", rune(w[n-1])) ||
		!isVowel(w[n-2]) || !isConsonant(w[n-3]) {
		return false
	}
	if syllables(w) == 1 {
		return true
	}
	for _, suffix := range []string{"mit", "cur", "pel", "trol", "gret"} {
		if strings.HasSuffix(w, suffix) {
			return true
		}
	}
	// Verbs of several syllables with a stressed final syllable that the
	// suffixes above miss.
	switch w {
	case "abet", "abhor", "acquit", "allot", "begin", "confer", "defer", "deter",
		"equip", "forget", "infer", "outwit", "prefer", "rebut", "refer", "transfer", "upset":
		return true
	}
	return false
}

// syllables counts groups of vowels in w, a rough syllable count.
func syllables(w string) int {
	n, inVowel := 0, false
	for i := 0; i < len(w); i++ {
		v := isVowel(w[i]) || (w[i] == 'y' && i > 0)
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	return n
}

func endsConsonantY(w string) bool {
	n := len(w)
	return n > 1 && w[n-1] == 'y' && isConsonant(w[n-2])
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

// isConsonant reports whether b is an ASCII consonant; bytes of other
// scripts are neither vowels nor consonants, so they are never doubled.
func isConsonant(b byte) bool { return 'a' <= b && b <= 'z' && !isVowel(b) }
