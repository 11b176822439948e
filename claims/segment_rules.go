package claims

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file turns one layout block and prose's sentence breaks inside it
// into pieces: it fixes the breaks Punkt gets wrong and splits off and
// labels the pieces that make no claim.

// piece is one sentence or non-claim piece of a block.
type piece struct {
	span   Span         // trimmed bytes of the piece
	layout Layout       // the block's layout, or heading
	kind   NonClaimKind // why it makes no claim, or ""
}

// splitBlock cuts block b of text at prose's sentence starts (cuts) and at
// the starts of inline enumeration items, applies the repair rules, and
// appends the labelled pieces to out. It may overwrite cuts.
func splitBlock(out []piece, text string, b block, cuts []int) []piece {
	cuts = append(cuts, b.items...)
	slices.Sort(cuts)
	spans := spansBetween(text, b.span, slices.Compact(cuts))
	spans = mergeMarkers(text, spans)
	spans = mergeBeforeNumbers(text, spans)
	spans = mergeAfterTitles(text, spans)
	spans = mergeSpeechTags(text, spans)
	spans = moveEllipses(text, spans)
	spans = splitAfterAbbreviations(text, spans)
	spans = splitBeforeQuotations(text, spans)
	spans = splitAfterDoubledQuotes(text, spans)

	rest := b.span
	line := text[rest.Start:rest.End]
	n, kind := timestampLen(line), Timestamp
	if n == 0 && b.layout == LayoutParagraph {
		n, kind = datelineLen(line), Dateline
	}
	if n > 0 {
		out = append(out, piece{Span{rest.Start, rest.Start + n}, b.layout, kind})
		rest = trimSpan(text, Span{rest.Start + n, rest.End})
		if rest.Empty() {
			return out
		}
		spans = clip(text, spans, rest.Start)
	}

	if b.layout == LayoutParagraph && isBoilerplate(text[rest.Start:rest.End]) {
		return append(out, piece{rest, b.layout, Boilerplate}) // "© 2025 Reuters. All rights reserved."
	}
	// A non-list block, or its rest after a time stamp, that does not end a
	// sentence is one piece: a heading, a label or a navigation line.
	if s := text[rest.Start:rest.End]; b.layout == LayoutParagraph && !endsSentence(s) {
		switch {
		case isNavigation(s):
			return append(out, piece{rest, b.layout, Navigation})
		case isLabel(s):
			return append(out, piece{rest, b.layout, Label})
		case isHeading(s):
			return append(out, piece{rest, LayoutHeading, Heading})
		}
	}
	for _, sp := range spans {
		p := piece{span: sp, layout: b.layout}
		if isNavigation(text[sp.Start:sp.End]) {
			p.kind = Navigation
		}
		out = append(out, p)
	}
	return out
}

// spansBetween cuts span s of text at the sorted offsets cuts (each inside
// s) and returns the trimmed, non-empty pieces.
func spansBetween(text string, s Span, cuts []int) []Span {
	spans := make([]Span, 0, len(cuts)+1)
	start := s.Start
	for _, c := range append(cuts, s.End) {
		if c <= start || c > s.End {
			continue
		}
		if sp := trimSpan(text, Span{start, c}); !sp.Empty() {
			spans = append(spans, sp)
		}
		start = c
	}
	return spans
}

// clip drops the parts of spans before offset off.
func clip(text string, spans []Span, off int) []Span {
	var out []Span
	for _, sp := range spans {
		if sp.End <= off {
			continue
		}
		if sp.Start < off {
			sp = trimSpan(text, Span{off, sp.End})
			if sp.Empty() {
				continue
			}
		}
		out = append(out, sp)
	}
	return out
}

// isMarker reports whether s is nothing but a list item marker, which
// Punkt splits off as a sentence of its own ("1.", "2.)", "• 9."): an
// optional bullet and space, one or two ASCII digits or one ASCII letter,
// then ".", ")" or ".)". It is `^(?:[•⁃*-] ?)?(?:\d{1,2}|[a-zA-Z])(?:\.\)|[.)])$`
// written out (TestRules_matchRegexps).
func isMarker(s string) bool {
	for _, b := range []string{"•", "⁃", "*", "-"} {
		if rest, ok := strings.CutPrefix(s, b); ok {
			s = strings.TrimPrefix(rest, " ")
			break
		}
	}
	n := 0
	for n < len(s) && n < 2 && isASCIIDigit(s[n]) {
		n++
	}
	if n == 0 && s != "" && isASCIILetter(s[0]) {
		n = 1
	}
	switch s[n:] {
	case ".", ")", ".)":
		return n > 0
	}
	return false
}

// mergeMarkers joins a piece that is only a list marker to the piece after it.
func mergeMarkers(text string, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		if isMarker(text[spans[i].Start:spans[i].End]) {
			spans[i].End = spans[i+1].End
			spans = slices.Delete(spans, i+1, i+2)
		}
	}
	return spans
}

// abbrevStartRE matches a multi-period abbreviation ("U.S.", "E.U.",
// "a.m.", "P.M.") or a number ending in a period ("1026.253.553."),
// followed by a capitalised word.
var abbrevStartRE = regexp.MustCompile(`(?:^|[\s(])(?:(?:\p{L}\.){2,}|\d[\d.,]*\.)\s+(\p{Lu}\p{Ll}*\.?)`)

// sentenceStarters are capitalised words that, after a multi-period
// abbreviation, begin a new sentence far more often than they continue a
// name: pronouns, determiners, question words and honorifics. Punkt misses
// such breaks ("I live in the U.S. How about you?").
var sentenceStarters = map[string]bool{
	"I": true, "He": true, "She": true, "It": true, "We": true, "They": true, "You": true,
	"The": true, "This": true, "That": true, "These": true, "Those": true, "There": true,
	"His": true, "Her": true, "Its": true, "Our": true, "Their": true, "My": true,
	"How": true, "What": true, "Why": true, "When": true, "Where": true, "Who": true,
	"But": true, "However": true,
	"Mr.": true, "Mrs.": true, "Ms.": true, "Dr.": true,
}

// hasStarterAfterPeriod reports whether s holds a period, white space
// and then one of the sentenceStarters, taken as abbrevStartRE takes the
// word: a capital letter, the lower-case letters after it and a period
// after those, if any. Every match of abbrevStartRE that splits a piece
// has one, so without one splitAfterAbbreviations need not run the
// expression.
func hasStarterAfterPeriod(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0; i = strings.IndexByte(s, '.') {
		s = s[i+1:]
		w := strings.TrimLeft(s, " \t\n\f\r") // RE2's \s
		if len(w) == len(s) {
			continue // no white space after the period
		}
		n := 0
		if r, size := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			n = size
			for r, size := utf8.DecodeRuneInString(w[n:]); unicode.IsLower(r); r, size = utf8.DecodeRuneInString(w[n:]) {
				n += size
			}
			if strings.HasPrefix(w[n:], ".") {
				n++
			}
		}
		if n > 0 && sentenceStarters[w[:n]] {
			return true
		}
	}
	return false
}

// minSentenceWords is the fewest words a sentence ending in an abbreviation
// must have before a break after it is believed: "At 5 a.m. Mr. Smith went"
// stays whole.
const minSentenceWords = 4

// splitAfterAbbreviations breaks a piece after a multi-period abbreviation
// or a number that a sentence starter follows.
func splitAfterAbbreviations(text string, spans []Span) []Span {
	// Without an inner full stop before a starter no piece splits, and
	// the slow expression need not run.
	mayStart := func(sp Span) bool {
		s := text[sp.Start:sp.End]
		return strings.Contains(s, ". ") && hasStarterAfterPeriod(s)
	}
	if !slices.ContainsFunc(spans, mayStart) {
		return spans
	}
	var out []Span
	for _, sp := range spans {
		if !mayStart(sp) {
			out = append(out, sp)
			continue
		}
		start := sp.Start
		for _, m := range abbrevStartRE.FindAllStringSubmatchIndex(text[sp.Start:sp.End], -1) {
			word := text[sp.Start+m[2] : sp.Start+m[3]]
			next := sp.Start + m[2]
			if !sentenceStarters[word] || len(strings.Fields(text[start:next])) < minSentenceWords {
				continue
			}
			out = append(out, trimSpan(text, Span{start, next}))
			start = next
		}
		out = append(out, Span{start, sp.End})
	}
	return out
}

// splitBeforeQuotations breaks a piece at a quotation that opens with a
// capital letter right after a full stop, when the word before the stop
// holds a period of its own ("according to Tchadinfos.com. “He had …",
// "in the U.S. “We are …"): Punkt reads such a word as an abbreviation and
// keeps the two sentences together. A title ("Mr.") or a single letter
// before the stop, or fewer than minSentenceWords words before it, keep
// the piece whole.
func splitBeforeQuotations(text string, spans []Span) []Span {
	marks := []string{". “", ". \""}
	if !slices.ContainsFunc(spans, func(sp Span) bool { return containsAny(text[sp.Start:sp.End], marks) }) {
		return spans // no piece holds a full stop before a quotation mark
	}
	var out []Span
	for _, sp := range spans {
		start := sp.Start
		s := text[sp.Start:sp.End]
		for _, mark := range marks {
			for off := 0; ; {
				k := strings.Index(s[off:], mark)
				if k < 0 {
					break
				}
				i := off + k // the full stop
				off = i + len(mark)
				if r, _ := utf8.DecodeRuneInString(s[off:]); !unicode.IsUpper(r) {
					continue
				}
				w := s[strings.LastIndexAny(s[:i], " \t\n(")+1 : i] // the word before the stop
				if !strings.Contains(w, ".") || endsInTitle(w+".") || utf8.RuneCountInString(w) < 2 {
					continue
				}
				next := sp.Start + i + 2 // the quotation mark
				if next <= start || len(strings.Fields(text[start:next])) < minSentenceWords {
					continue
				}
				out = append(out, trimSpan(text, Span{start, next}))
				start = next
			}
		}
		out = append(out, Span{start, sp.End})
	}
	return out
}

// shortAbbrevRE matches a piece ending in a short abbreviation written in
// lowercase or with a sign, or in "No." or "Nos.", after white space or a
// parenthesis: "p.", "pp.", "N°.", "Bush (No.".
var shortAbbrevRE = regexp.MustCompile(`(?:^|[\s(])(?:\p{Ll}[\p{L}°º]{0,2}|\p{L}[°º#]|Nos?)\.$`)

// mergeBeforeNumbers joins a piece that ends in a short abbreviation to a
// next piece that starts with a digit: "turn to p. 55", "at N°. 1026",
// "Bush (No. 43)".
// Punkt breaks there because it does not know the abbreviation.
func mergeBeforeNumbers(text string, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		next := text[spans[i+1].Start]
		// A match spans at most 14 bytes (white space, three letters, the
		// period); in a 16-byte tail "^" cannot match where s's would not.
		if next >= '0' && next <= '9' && shortAbbrevRE.MatchString(tail(text[spans[i].Start:spans[i].End], 16)) {
			spans[i].End = spans[i+1].End
			spans = slices.Delete(spans, i+1, i+2)
			i--
		}
	}
	return spans
}

// titles are the titles written before a name that endsInTitle knows.
var titles = map[string]bool{
	"Mr": true, "Mrs": true, "Ms": true, "Messrs": true, "Mmes": true, "Dr": true, "Prof": true,
	"Rep": true, "Reps": true, "Sen": true, "Sens": true, "Gov": true, "Gen": true, "Gens": true,
	"Lt": true, "Col": true, "Capt": true, "Sgt": true, "Maj": true, "Adm": true, "Cmdr": true,
	"Rev": true, "Hon": true, "Pres": true, "Amb": true, "Atty": true, "Supt": true, "Insp": true, "Det": true,
}

// endsInTitle reports whether s ends in a title and a period ("Mr.",
// "Rep.", "Sen.", "Gov.", "Dr.") at the start of s or after ASCII white
// space or "(". It is `(?:^|[\s(])(?:Mr|Mrs|…|Gens)\.$` written out
// (TestRules_matchRegexps): a title is all ASCII letters, so it is the
// run of them before the period.
func endsInTitle(s string) bool {
	body, ok := strings.CutSuffix(s, ".")
	if !ok {
		return false
	}
	i := len(body)
	for i > 0 && isASCIILetter(body[i-1]) {
		i--
	}
	if i > 0 && !isRESpace(body[i-1]) && !strings.ContainsRune("(\"'", rune(body[i-1])) && !hasAnySuffix(body[:i], "“", "‘", "«", "—", "–") {
		return false // a title opens a word: after a space, a parenthesis, an opening quotation mark or a dash ("“Mr. Trump, …")
	}
	return titles[body[i:]]
}

// hasAnySuffix reports whether s ends in one of the suffixes.
func hasAnySuffix(s string, suffixes ...string) bool {
	for _, x := range suffixes {
		if strings.HasSuffix(s, x) {
			return true
		}
	}
	return false
}

// mergeAfterTitles joins a piece that ends in a title to the next piece
// when that starts with a capital letter: the title belongs to the name
// ("… over the years, Mr. Van Voorhis said."). Punkt breaks there when the
// title is rare in its training text.
func mergeAfterTitles(text string, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		r, _ := utf8.DecodeRuneInString(text[spans[i+1].Start:])
		if unicode.IsUpper(r) && endsInTitle(text[spans[i].Start:spans[i].End]) {
			spans[i].End = spans[i+1].End
			spans = slices.Delete(spans, i+1, i+2)
			i--
		}
	}
	return spans
}

// speechTagRE matches a piece that starts with a speech tag: a lower-case
// word ("he said"), or up to four capitalised words and a verb of saying
// ("Trump said", "Sen. Jeff Sessions said").
var speechTagRE = regexp.MustCompile(`^(?:\p{Ll}|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:said|says|asked|asks|told|tells|added|adds|wrote|writes|replied|replies|shouted|yelled|continued|explained|insisted|recalled)\b)`)

// mergeSpeechTags joins a piece that ends in a quotation closed after a
// question or exclamation mark to the speech tag that follows it: ““Will
// you build the wall?” he asked.” is one sentence. Punkt breaks after the
// mark.
func mergeSpeechTags(text string, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		if !closesQuestion(text[spans[i].Start:spans[i].End]) {
			continue
		}
		if next := text[spans[i+1].Start:spans[i+1].End]; speechTagRE.MatchString(next) && tagEndsSoon(next) {
			spans[i].End = spans[i+1].End
			spans = slices.Delete(spans, i+1, i+2)
			i--
		}
	}
	return spans
}

// tagEndsSoon reports whether the piece s, which starts with a speech tag
// (speechTagRE), is only the tag, perhaps with a phrase of place or time
// ("Mr. Manafort asked.", "Trump told ITV in an interview aired on
// Monday."), rather than a report of its own whose verb takes a clause
// ("Analysts said the answer was almost certainly yes.").
func tagEndsSoon(s string) bool {
	loc := speechTagRE.FindStringIndex(s)
	return loc != nil && !clauseAfterTagRE.MatchString(s[loc[1]:])
}

// clauseAfterTagRE matches the start of a clause right after a verb of
// saying: "that", or a subject of a few words and an auxiliary or a
// form of "be" or "have".
var clauseAfterTagRE = regexp.MustCompile(`^\s+(?:that\b|(?:the|a|an|he|she|they|it|we|i|his|her|its|their|this|there)\b(?:\s+[^\s,.;:!?]+){0,3}?\s+(?:is|was|were|are|had|has|have|will|would|could|should|must|did|does|can|may|might)\b)`)

// isBoilerplate reports whether a paragraph is a copyright or rights
// line: it opens with "©", "(c)" or "Copyright", or is short and says "All
// rights reserved".
func isBoilerplate(s string) bool {
	if strings.HasPrefix(s, "©") || strings.HasPrefix(s, "(c) ") || strings.HasPrefix(s, "(C) ") {
		return true
	}
	if len(s) > 9 && strings.EqualFold(s[:10], "copyright ") {
		return true
	}
	return len(s) < 200 && rightsReserved(s)
}

// rightsReserved reports whether s says "all rights reserved" in any case,
// as strings.ToLower(s) holds it. The only character outside ASCII that
// lowers to one of its letters is "İ" ("i"), so "reserved" stands in s in
// ASCII letters of either case wherever it does: most lines lack it and
// are not lowered.
func rightsReserved(s string) bool {
	return containsFoldASCII(s, "reserved") && strings.Contains(strings.ToLower(s), "all rights reserved")
}

// containsFoldASCII reports whether s holds sub, which is lower-case ASCII,
// with any of its letters in upper case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalFoldASCII(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// equalFoldASCII reports whether s is sub, which is lower-case ASCII and
// as long, with any of its letters in upper case.
func equalFoldASCII(s, sub string) bool {
	for k := 0; k < len(sub); k++ {
		if c := s[k]; c != sub[k] && !('A' <= c && c <= 'Z' && c+'a'-'A' == sub[k]) {
			return false
		}
	}
	return true
}

// closesQuestion reports whether s ends in a quotation closed after a
// question or exclamation mark: "?”", "!\"", or a question or
// exclamation mark and two single marks, as some papers print a closing
// quotation mark.
func closesQuestion(s string) bool {
	if t, ok := strings.CutSuffix(s, "''"); ok {
		return strings.HasSuffix(t, "?") || strings.HasSuffix(t, "!")
	}
	q, n := utf8.DecodeLastRuneInString(s)
	if q != '"' && q != '”' && q != '’' && q != '\'' || len(s) < n+1 {
		return false
	}
	return s[len(s)-n-1] == '?' || s[len(s)-n-1] == '!'
}

// doubledQuoteEndRE matches the end of a sentence quoted with doubled
// single marks, as some papers print quotation marks ("… policy.”"),
// followed by the capital that starts the next sentence.
var doubledQuoteEndRE = regexp.MustCompile(`[.?!]''\s+\p{Lu}`)

// splitAfterDoubledQuotes breaks a piece after a sentence that ends in
// doubled single quote marks: Punkt does not read them as a closing quote.
func splitAfterDoubledQuotes(text string, spans []Span) []Span {
	hasQuotes := func(sp Span) bool { return strings.Contains(text[sp.Start:sp.End], "''") }
	if !slices.ContainsFunc(spans, hasQuotes) {
		return spans // no doubled marks: skip the expression
	}
	var out []Span
	for _, sp := range spans {
		if !hasQuotes(sp) {
			out = append(out, sp)
			continue
		}
		start := sp.Start
		for _, m := range doubledQuoteEndRE.FindAllStringIndex(text[sp.Start:sp.End], -1) {
			end := sp.Start + m[0] + 3 // the mark and its two quotes
			next := sp.Start + m[1] - 1
			if text[sp.Start+m[0]] != '.' && speechTagRE.MatchString(text[next:sp.End]) && tagEndsSoon(text[next:sp.End]) {
				continue // a question's speech tag: "''Why?'' Mr. Smith asked."
			}
			out = append(out, Span{Start: start, End: end})
			start = next
		}
		out = append(out, Span{Start: start, End: sp.End})
	}
	return out
}

// fourDotsRE matches a piece that ends in a word, a full stop and a spaced
// ellipsis: "… compounds. . . .".
var fourDotsRE = regexp.MustCompile(`\p{L}\.( \. \. \.)$`)

// moveEllipses gives the spaced ellipsis after a full stop to the sentence
// that follows, as the four-dot convention means ("… compounds. . . . The
// practice …": the first dot ends the sentence, the ellipsis marks text left
// out before the next one). An ellipsis after a space ("… a period . . . .")
// stays where it is.
func moveEllipses(text string, spans []Span) []Span {
	for i := 0; i+1 < len(spans); i++ {
		s := text[spans[i].Start:spans[i].End]
		if !strings.HasSuffix(s, " . . .") {
			continue
		}
		m := fourDotsRE.FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(text[spans[i+1].Start:]); !unicode.IsUpper(r) {
			continue
		}
		cut := spans[i].Start + m[2]
		spans[i].End = cut
		spans[i+1].Start = cut + 1
	}
	return spans
}

// hasByteOf reports whether s holds one of the bytes of set, as
// strings.ContainsAny(s, set) does for an ASCII set, without building a
// table of set: set is a few bytes, and s is short.
func hasByteOf(s, set string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(set); j++ {
			if s[i] == set[j] {
				return true
			}
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// tail returns the last n bytes of s (all of s when shorter), for matching
// an expression anchored at the end in constant time: the callers choose n
// longer than any match, so the answer is the whole piece's.
func tail(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[len(s)-n:]
}
