package claims

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the layout pass: it cuts a text into blocks (paragraphs,
// list items, heading lines) and tells which pieces of a block make no
// claim. Every rule here looks at the shape of news layout (line breaks,
// bullets, punctuation, datelines, time stamps), never at particular
// sentences.

// block is one layout block: a paragraph, a list item or a single line.
type block struct {
	span   Span   // content bytes: bullet marker excluded, surrounding space trimmed
	layout Layout // paragraph or list-item
	items  []int  // for an inline enumeration ("1) … 2) …"): byte offsets where items after the first start
}

// splitLines cuts text into lines and returns the span of each, its white
// space trimmed (empty for a blank line). A line ends at "\n", "\r\n" or
// a lone "\r", as in NewDocument.
func splitLines(text string) []Span {
	lines := make([]Span, 0, strings.Count(text, "\n")+1)
	// The next "\n" and the next "\r" at or after start, len(text) when
	// there is none: each is searched for again only once start has passed
	// it, so that a text of lone "\r"s is not scanned for "\n" at every line.
	nl, cr := -1, -1
	for start := 0; ; {
		if nl < start {
			nl = indexByteFrom(text, start, '\n')
		}
		if cr < start {
			cr = indexByteFrom(text, start, '\r')
		}
		rest := text[start:]
		end, next := len(rest), -1 // where the line ends and the next starts, in rest
		if i := min(nl, cr) - start; i < len(rest) {
			end, next = i, i+1
			if rest[i] == '\r' && next < len(rest) && rest[next] == '\n' {
				next++
			}
		}
		lines = append(lines, trimSpan(text, Span{start, start + end}))
		if next < 0 {
			return lines
		}
		start += next
	}
}

// indexByteFrom returns the index in text of the first c at or after from,
// or len(text) when there is none.
func indexByteFrom(text string, from int, c byte) int {
	if i := strings.IndexByte(text[from:], c); i >= 0 {
		return from + i
	}
	return len(text)
}

// splitBlocks cuts text into layout blocks. A blank line or a line break
// ends a block, with one exception for hard-wrapped text: a line that does
// not end a sentence, followed by a line that starts with a lowercase letter
// (or that stops mid-sentence, see wrapper.continues), continues the same
// block. A bullet ("- ", "• ", "* ", "1. ", "1) ") or a time stamp always
// starts a new block.
func splitBlocks(text string) []block {
	lines := splitLines(text)
	w := newWrapper(text, lines)

	blocks := make([]block, 0, len(lines)) // at most one per line
	// The last line, if the last block may take a continuation line.
	prev := Span{}
	for _, sp := range lines {
		if sp.Empty() {
			prev = Span{}
			continue
		}
		s := text[sp.Start:sp.End]
		if items := inlineItems(s); items != nil {
			for i := range items {
				items[i] += sp.Start
			}
			blocks = append(blocks, block{span: sp, layout: LayoutListItem, items: items})
			prev = Span{}
			continue
		}
		if n := bulletLen(s); n > 0 {
			blocks = append(blocks, block{span: trimSpan(text, Span{sp.Start + n, sp.End}), layout: LayoutListItem})
			prev = sp
			continue
		}
		if !prev.Empty() && w.continues(text[prev.Start:prev.End], s) && timestampLen(s) == 0 {
			blocks[len(blocks)-1].span.End = sp.End
			prev = sp
			continue
		}
		blocks = append(blocks, block{span: sp, layout: LayoutParagraph})
		prev = sp
	}
	return blocks
}

// wrapper decides where hard-wrapped lines continue a block.
type wrapper struct {
	width int // the text's wrap width in characters, or 0 if it is not hard-wrapped
}

// minWrapEvidence is how many lines must plainly continue into the next
// (see wrapsMidSentence) before a text counts as hard-wrapped.
const minWrapEvidence = 2

// newWrapper measures the wrap width of the text's lines: the longest line
// that plainly continues into the next, if at least minWrapEvidence do.
func newWrapper(text string, lines []Span) wrapper {
	n, width := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		a, b := lines[i], lines[i+1]
		if a.Empty() || b.Empty() || bulletLen(text[b.Start:b.End]) > 0 || !wrapsMidSentence(text[a.Start:a.End], text[b.Start:b.End]) {
			continue
		}
		n++
		width = max(width, utf8.RuneCountInString(text[a.Start:a.End]))
	}
	if n < minWrapEvidence {
		return wrapper{}
	}
	return wrapper{width: width}
}

// continues reports whether line next carries on the block whose last line
// is prev: see wrapsMidSentence; or, in hard-wrapped text, prev does not end
// a sentence and both lines fill most of the wrap width (or next ends the
// paragraph), as running text does and a heading does not.
func (w wrapper) continues(prev, next string) bool {
	if wrapsMidSentence(prev, next) {
		return true
	}
	if w.width == 0 || endsSentence(prev) || !w.long(prev) {
		return false
	}
	return w.long(next) || endsSentence(next)
}

// long reports whether line fills at least two thirds of the wrap width.
func (w wrapper) long(line string) bool {
	return 3*utf8.RuneCountInString(line) >= 2*w.width
}

// wrapsMidSentence reports whether line next plainly carries on line prev:
// prev does not end a sentence and next starts in lowercase; or prev stops
// where no heading or sentence stops, at a comma, a semicolon, a dash or a
// function word ("… the talks in\nIstanbul …").
func wrapsMidSentence(prev, next string) bool {
	if endsSentence(prev) {
		return false
	}
	if strings.HasSuffix(prev, ",") || strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, " —") || strings.HasSuffix(prev, " –") {
		return true
	}
	if i := strings.LastIndexFunc(prev, unicode.IsSpace); i >= 0 && functionWords[prev[i+1:]] {
		return true
	}
	r, _ := utf8.DecodeRuneInString(next)
	return unicode.IsLower(r)
}

// functionWords are lowercase words that a heading or a sentence does not
// end with, so a line ending in one is cut by a hard wrap.
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "on": true, "at": true,
	"to": true, "for": true, "with": true, "by": true, "from": true, "into": true,
	"and": true, "or": true, "but": true, "nor": true, "that": true, "which": true,
	"who": true, "as": true, "than": true, "is": true, "are": true, "was": true,
	"were": true, "has": true, "have": true, "had": true, "will": true, "would": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "said": true,
}

// bulletRE matches a list bullet at the start of a line: a bullet
// character or a number ("1.", "1)", "1.)"), then space.
var bulletRE = regexp.MustCompile(`^(?:[-*•‣⁃▪◦·]|\d{1,2}(?:\.\)|[.)]))[ \t\p{Zs}]+\S`)

// bulletLen returns the length of the bullet marker (and the space after
// it) that line starts with, or 0.
func bulletLen(line string) int {
	// Every match starts with a bullet character or an ASCII digit.
	if r, _ := utf8.DecodeRuneInString(line); !strings.ContainsRune("-*•‣⁃▪◦·0123456789", r) {
		return 0
	}
	loc := bulletRE.FindStringIndex(line)
	if loc == nil {
		return 0
	}
	_, size := utf8.DecodeLastRuneInString(line[:loc[1]])
	return loc[1] - size
}

// itemMarkerRE matches one marker of an inline enumeration: an optional
// bullet character, then a number or a lowercase letter and "." , ")" or ".)".
var itemMarkerRE = regexp.MustCompile(`^([•⁃*-] ?)?(\d{1,2}|[a-z])(\.\)|[.)])\s`)

// inlineItems reports whether line is an enumeration run inline on one line
// ("1) The first item 2) The second item"): it starts with an item marker
// and holds at least one more marker, each numbered one after the last. It
// returns the offsets (relative to line) of the items after the first, or
// nil.
//
// Such a line keeps its markers in the sentence text, unlike a bullet that
// starts a line: this follows the Golden Rules (31–39), and in news text an
// inline enumeration is part of the running text rather than of the layout.
func inlineItems(line string) []int {
	// A marker's '.' or ')' comes at most seven bytes in: a bullet of
	// three, a space and two digits before it.
	if !hasByteOf(line[:min(len(line), 7)], ".)") {
		return nil
	}
	m := itemMarkerRE.FindStringSubmatch(line)
	if m == nil {
		return nil
	}
	prefix, ord, punct := m[1], ordinal(m[2]), m[3]
	var items []int
	for i := len(m[0]); i < len(line); i++ {
		if !isSpaceByte(line[i-1]) {
			continue
		}
		n := itemMarkerRE.FindStringSubmatch(line[i:])
		if n == nil || strings.TrimSpace(n[1]) != strings.TrimSpace(prefix) || n[3] != punct || ordinal(n[2]) != ord+1 {
			continue
		}
		items = append(items, i)
		ord++
		i += len(n[0]) - 1
	}
	return items
}

// ordinal returns the number an item marker stands for: 1 for "1" or "a".
func ordinal(s string) int {
	if s[0] >= 'a' && s[0] <= 'z' {
		return int(s[0]-'a') + 1
	}
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

// isASCIISpace reports whether c is white space for unicode.IsSpace:
// '\t', '\n', '\v', '\f', '\r' or ' '.
func isASCIISpace(c byte) bool { return c == ' ' || '\t' <= c && c <= '\r' }

// trimSpan shrinks s to exclude the white space (unicode.IsSpace, as
// strings.TrimSpace) at either end of its text.
func trimSpan(text string, s Span) Span {
	for s.Start < s.End && isASCIISpace(text[s.Start]) {
		s.Start++
	}
	for s.End > s.Start && isASCIISpace(text[s.End-1]) {
		s.End--
	}
	if s.Empty() || text[s.Start] < utf8.RuneSelf && text[s.End-1] < utf8.RuneSelf {
		return s // ASCII at both ends, and not white space
	}
	t := text[s.Start:s.End]
	l := strings.TrimLeftFunc(t, unicode.IsSpace)
	s.Start += len(t) - len(l)
	r := strings.TrimRightFunc(l, unicode.IsSpace)
	s.End = s.Start + len(r)
	return s
}

// closers may follow the final punctuation of a sentence.
const closers = "\"'”’»)]*"

// endsSentence reports whether s ends in sentence-final punctuation,
// possibly followed by closing quotes or brackets (“… constructive.”).
func endsSentence(s string) bool {
	s = strings.TrimRight(strings.TrimRightFunc(s, unicode.IsSpace), closers)
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '!' || r == '?' || r == '…'
}

// maxHeadingWords is the most words an unpunctuated line may have to count
// as a heading; a longer one is running text that lost its full stop.
const maxHeadingWords = 20

var (
	// timestampRE matches a live-blog time stamp at the start of a line:
	// "Updated 12:56 p.m.", "12:17 p.m. Kyiv time.", "Last updated: April
	// 9, 2025, 14:05 GMT", "09:30". Without a leading "Updated" a time of
	// day is required, so that a line starting with a bare date is not taken.
	timestampRE = regexp.MustCompile(`^(?:` + tsPrefix + `\s*(?:` + tsDateTime + `|` + tsTime + `)|` + tsTime + `|` + tsDate + `,?\s+(?:at\s+)?` + tsTime + `)` + tsZone + `(?:\s|$)`)
	// timestampLineRE matches the start of a line that, if it makes no
	// sentence, is a time stamp as a whole: "Last updated: …", "Published 3
	// hours ago".
	timestampLineRE = regexp.MustCompile(`^` + tsWord + `(?:\s+(?:on|at))?(?::\s|\s+\d)`)
)

const (
	tsWord     = `(?:(?:Last\s+)?(?:[Uu]pdated|[Mm]odified|[Ee]dited)|Posted|Published)`
	tsPrefix   = tsWord + `(?:\s+(?:on|at))?:?`
	tsClock    = `\d{1,2}(?::\d{2}){1,2}(?:\s*[AaPp]\.?\s?[Mm]\b\.?)?|\d{1,2}\s*[AaPp]\.?\s?[Mm]\b\.?`
	tsTime     = `(?:` + tsClock + `)`
	tsMonth    = `(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`
	tsDate     = `(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?(?:` + tsMonth + `\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+` + tsMonth + `(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}))`
	tsDateTime = `(?:` + tsDate + `(?:,?\s+(?:at\s+)?` + tsTime + `)?|` + tsTime + `,?\s+` + tsDate + `)`
	tsZone     = `(?:\s+(?:(?:GMT|UTC|MSK|BST|IST|JST|[ECMP][SD]?T|CES?T|EES?T|AE[SD]T)(?:[+-]\d{1,2}(?::?\d{2})?)?|[A-Z]\p{L}+ time)\b)?\.?`
)

// mayStartTimestamp reports whether line starts as every match of
// timestampRE and timestampLineRE does: with an ASCII digit, a word of
// tsWord, or a day or month name (its three-letter abbreviation, then
// lower-case letters and a period or comma) followed by white space and a
// digit or, after a day, a month. Few lines do, and only they need the
// expressions.
func mayStartTimestamp(line string) bool {
	if line != "" && isASCIIDigit(line[0]) {
		return true
	}
	if hasAnyPrefix(line, timestampWords) {
		return true
	}
	day, month := hasAnyPrefix(line, timestampDays), hasAnyPrefix(line, timestampMonths)
	if !day && !month {
		return false
	}
	rest := strings.TrimLeft(line[3:], "abcdefghijklmnopqrstuvwxyz")
	if rest != "" && (rest[0] == '.' || rest[0] == ',') {
		rest = rest[1:]
	}
	next := strings.TrimLeft(rest, " \t\n\f\r")
	if len(next) == len(rest) {
		return false // no white space after the name
	}
	return next != "" && isASCIIDigit(next[0]) || day && hasAnyPrefix(next, timestampMonths)
}

// The words a time stamp can start with, if not a digit: those of tsWord
// and the abbreviations of days and months in tsDate.
var (
	timestampWords  = []string{"Last", "Updated", "updated", "Modified", "modified", "Edited", "edited", "Posted", "Published"}
	timestampDays   = []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
	timestampMonths = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if s != "" && s[0] == p[0] && strings.HasPrefix(s, p) { // the first byte is cheaper to compare
			return true
		}
	}
	return false
}

// timestampLen returns the length of the time stamp that line starts with,
// or 0.
func timestampLen(line string) int {
	if !mayStartTimestamp(line) {
		return 0
	}
	if loc := timestampRE.FindStringIndex(line); loc != nil {
		return len(strings.TrimRightFunc(line[:loc[1]], unicode.IsSpace))
	}
	if timestampLineRE.MatchString(line) && !endsSentence(line) {
		return len(line)
	}
	return 0
}

// datelineRE matches a wire dateline at the start of a paragraph: a city in
// capitals, then an optional date, then the agency or a dash.
//
//	ISTANBUL, April 9. /TASS/.
//	MOSCOW, Nov 27 (Reuters) -
//	KYIV (Reuters) -
//	WASHINGTON —
var datelineRE = regexp.MustCompile(`^(?:\p{Lu}{3,}|\p{Lu}{2}\.\s+\p{Lu}{3,})(?:[ .'-]+\p{Lu}{2,})*\.?` + // the city ("ST. PETERSBURG")
	`(?:,\s*[\p{Lu}\d][\p{L}\d.]*(?:,?\s+[\p{Lu}\d][\p{L}\d.]*){0,3})?` + // the date or the country, in capitalised words and numbers
	`(?:\.?\s*/[\p{Lu}\p{N}-]+/\.?|\s*\([^()\n]{2,30}\)\s*[-–—]+|\s+[-–—]{1,2})(?:\s|$)`)

// datelineLen returns the length of the dateline that line starts with, or 0.
func datelineLen(line string) int {
	// Every match starts with three upper-case letters, or two and a full
	// stop ("ST. PETERSBURG"): an ASCII byte among the first three that is
	// none, before any other byte, rules it out.
	for i := 0; i < 3 && i < len(line) && line[i] < utf8.RuneSelf; i++ {
		if c := line[i]; (c < 'A' || c > 'Z') && !(i == 2 && c == '.') {
			return 0
		}
	}
	loc := datelineRE.FindStringIndex(line)
	if loc == nil {
		return 0
	}
	return len(strings.TrimRightFunc(line[:loc[1]], unicode.IsSpace))
}

var (
	// navigationRE matches a link or promotion line that starts with an
	// imperative ("Read more …", "Subscribe …", "Follow us …", "Also
	// read:") or a label such as "Related:".
	navigationRE = regexp.MustCompile(`^(?:(?:Read|See also|Also read|Also see|Subscribe|Sign up|Follow us|Click|Download|Watch|Listen)\b` +
		`|(?:Related|More|Recommended)(?:\s+\p{L}+){0,2}:)`)
	// navigationStarts are the words every match of navigationRE starts
	// with.
	navigationStarts = []string{"Read", "See also", "Also read", "Also see", "Subscribe", "Sign up", "Follow us", "Click", "Download", "Watch", "Listen", "Related", "More", "Recommended"}
	// referralWords may follow the dash of a referral: "What is known … -
	// read in the RBC-Ukraine article."
	referralWords = []string{"read", "see", "watch", "listen"}
)

// isNavigation reports whether a sentence sends the reader elsewhere.
func isNavigation(s string) bool {
	return hasAnyPrefix(s, navigationStarts) && navigationRE.MatchString(s) || isReferral(s)
}

// isReferral reports whether s sends the reader elsewhere after a dash
// ("What is known … - read in the RBC-Ukraine article."): a dash ("-", "–"
// or "—") follows a space somewhere in s, and a dash follows ASCII white
// space and comes before optional ASCII white space and one of
// referralWords as a whole word (not followed by an ASCII letter, digit or
// "_"). The second part is `\s[-–—]\s*(?:read|see|watch|listen)\b`
// written out (TestRules_matchRegexps).
func isReferral(s string) bool {
	spaced, refers := false, false
	// The next "-" and the next 0xE2 byte at or after i (len(s) when there
	// is none): every dash starts with one of the two, and the bytes
	// between are skipped with a fast search for each.
	hyphen, e2 := 0, 0
	for i := 1; i < len(s); i++ {
		if hyphen < i {
			hyphen = indexByteFrom(s, i, '-')
		}
		if e2 < i {
			e2 = indexByteFrom(s, i, 0xE2)
		}
		if i = min(hyphen, e2); i >= len(s) {
			break
		}
		if !isRESpace(s[i-1]) {
			continue
		}
		n := dashLen(s[i:])
		if n == 0 {
			continue
		}
		spaced = spaced || s[i-1] == ' '
		if !refers {
			after := strings.TrimLeft(s[i+n:], " \t\n\f\r")
			for _, w := range referralWords {
				refers = refers || strings.HasPrefix(after, w) && (len(after) == len(w) || !isWordByte(after[len(w)]))
			}
		}
		if spaced && refers {
			return true
		}
	}
	return false
}

// dashLen returns the length of the hyphen, en dash or em dash that s
// starts with, or 0.
func dashLen(s string) int {
	switch {
	case strings.HasPrefix(s, "-"):
		return 1
	case len(s) >= 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x93 || s[2] == 0x94): // "–" or "—" in UTF-8
		return 3
	}
	return 0
}

// labelRE matches a one-word label followed by a value ("Source: Reuters",
// "Photo: AP"), or a credit line ("By Jane Doe", "Editing by Mark Trevelyan").
var labelRE = regexp.MustCompile(`^\p{Lu}[\p{L}-]*:\s+\S` +
	`|^(?:By|(?:Additional\s+)?[Rr]eporting\s+by|Editing\s+by|Writing\s+by|Compiled\s+by|Edited\s+by|Written\s+by)\s+\p{Lu}`)

// labelStarts are the words a credit line of labelRE starts with.
var labelStarts = []string{"By", "Additional", "Reporting", "reporting", "Editing", "Writing", "Compiled", "Edited", "Written"}

// maxLabelWords is the most words a label line may have: a label's value
// is a name, "LIVE: Talks in Istanbul, day two" is a heading.
const maxLabelWords = 5

// isLabel reports whether an unpunctuated line is a label with its value or
// a credit line.
func isLabel(s string) bool {
	// Every match of labelRE holds a colon or starts with one of labelStarts.
	mayMatch := strings.IndexByte(s, ':') >= 0 || hasAnyPrefix(s, labelStarts)
	if endsSentence(s) || !mayMatch || !labelRE.MatchString(s) {
		return false
	}
	words := strings.Fields(s)
	if speakerHeadline(words) {
		return false // "Zelensky: Ukraine will not be bullied by Moscow"
	}
	return strings.Contains(s, " by ") || strings.HasPrefix(s, "By ") || len(words) <= maxLabelWords
}

// isHeading reports whether a line is a heading or a short unpunctuated
// line: "Key takeaways:", "How the first talks ended". A line that stops at
// a function word ("Talks ended in") is a cut sentence, not a heading.
func isHeading(s string) bool {
	words := strings.Fields(s)
	return !endsSentence(s) && len(words) <= maxHeadingWords && !functionWords[words[len(words)-1]] && !reportsInHeadline(words)
}

// reportsInHeadline reports whether a line reads as a headline that
// reports what someone says ("Zelensky says Ukraine will not cede
// territory", "Kremlin Denies Receiving Peace Plan"): a verb of saying
// after its first word and words after it, and no question word first.
// Such a line makes a claim.
func reportsInHeadline(words []string) bool {
	switch strings.ToLower(words[0]) {
	case "what", "how", "why", "who", "when", "where", "which":
		return false // "What Zelensky said about the deal": a section's heading
	}
	if speakerHeadline(words) {
		return true
	}
	for i := 1; i+1 < len(words); i++ {
		if headlineVerbs[strings.ToLower(words[i])] {
			return true
		}
	}
	return false
}

// LabelWords are the lower-case words that head editorial labels, not
// speakers ("CLARIFICATION: …", "Analysis: …", "Key takeaways:"). A new
// slice on every call.
func LabelWords() []string {
	return []string{"update", "updated", "correction", "clarification", "note", "editor", "editors",
		"breaking", "watch", "read", "related", "advertisement", "photo", "photos", "video", "source",
		"sources", "background", "details", "quote", "disclaimer", "warning", "exclusive", "analysis",
		"opinion", "live", "latest", "summary", "context", "caption", "reminder", "recap", "explainer", "timeline",
		"meanwhile", "also", "plus", "tip", "tips", "verdict", "result", "results", "key", "important", "alert",
		"fact", "facts", "bonus", "spoiler", "sponsored", "partner", "credit", "credits", "transcript",
		"pictured", "tags", "tag", "topics", "topic", "image", "images", "listen", "author", "authors", "category",
		"keywords", "subscribe"}
}

// labelWords is LabelWords as a set.
var labelWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range LabelWords() {
		m[w] = true
	}
	return m
}()

// speakerHeadline reports whether a headline gives a speaker's words
// after a one-word name and a colon: "Zelensky: Ukraine will not cede
// territory", "IAEA: Zaporizhzhia plant lost power again". A label
// ("Analysis: …", "UPDATE: …", "Tags: …"), a list after the colon
// ("Topics: Ukraine, Russia, war") or fewer than three words after it is
// a heading.
func speakerHeadline(words []string) bool {
	name, ok := strings.CutSuffix(words[0], ":")
	if !ok || len(words) < 4 || utf8.RuneCountInString(name) < 3 || labelWords[strings.ToLower(name)] {
		return false
	}
	commas := 0
	for _, w := range words[1:] {
		if strings.HasSuffix(w, ",") {
			commas++
		}
	}
	r, _ := utf8.DecodeRuneInString(name)
	return unicode.IsUpper(r) && commas < 2
}

// headlineVerbs are the verbs of saying that headlines use.
var headlineVerbs = map[string]bool{"says": true, "said": true, "tells": true, "told": true, "warns": true,
	"claims": true, "denies": true, "insists": true, "vows": true, "urges": true, "accuses": true,
	"confirms": true, "admits": true, "announces": true, "rejects": true, "dismisses": true, "slams": true}
