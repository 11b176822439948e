package claims

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The splitter's rules once used the expressions below where hand-written
// functions or cheap prefilters now stand. They stay here as the reference
// that TestRules_matchRegexps and FuzzRules_matchRegexps compare with.
var (
	markerRE   = regexp.MustCompile(`^(?:[•⁃*-] ?)?(?:\d{1,2}|[a-zA-Z])(?:\.\)|[.)])$`)
	titleRE    = regexp.MustCompile(`(?:^|[\s("'“‘«—–])(?:Mr|Mrs|Ms|Messrs|Mmes|Dr|Prof|Rep|Reps|Sen|Sens|Gov|Gen|Lt|Col|Capt|Sgt|Maj|Adm|Cmdr|Rev|Hon|Pres|Amb|Atty|Supt|Insp|Det|Gens)\.$`)
	referralRE = regexp.MustCompile(`\s[-–—]\s*(?:read|see|watch|listen)\b`)
)

// regexpIsNavigation is isNavigation as it was, with both expressions.
func regexpIsNavigation(s string) bool {
	if navigationRE.MatchString(s) {
		return true
	}
	return (strings.Contains(s, " -") || strings.Contains(s, " –") || strings.Contains(s, " —")) && referralRE.MatchString(s)
}

// regexpIsReferral is the referral test of isNavigation as it was.
func regexpIsReferral(s string) bool {
	return (strings.Contains(s, " -") || strings.Contains(s, " –") || strings.Contains(s, " —")) && referralRE.MatchString(s)
}

// regexpIsLabel is isLabel without its prefilter.
func regexpIsLabel(s string) bool {
	if endsSentence(s) || !labelRE.MatchString(s) {
		return false
	}
	words := strings.Fields(s)
	return strings.Contains(s, " by ") || strings.HasPrefix(s, "By ") || len(words) <= maxLabelWords && !speakerHeadline(words)
}

// regexpBulletLen is bulletLen without its prefilter.
func regexpBulletLen(line string) int {
	loc := bulletRE.FindStringIndex(line)
	if loc == nil {
		return 0
	}
	_, size := utf8.DecodeLastRuneInString(line[:loc[1]])
	return loc[1] - size
}

// regexpTimestampLen is timestampLen without its prefilter.
func regexpTimestampLen(line string) int {
	if loc := timestampRE.FindStringIndex(line); loc != nil {
		return len(strings.TrimRightFunc(line[:loc[1]], unicode.IsSpace))
	}
	if timestampLineRE.MatchString(line) && !endsSentence(line) {
		return len(line)
	}
	return 0
}

// regexpSplitAfterAbbreviations is splitAfterAbbreviations as it was,
// without hasStarterAfterPeriod.
func regexpSplitAfterAbbreviations(text string, spans []Span) []Span {
	var out []Span
	for _, sp := range spans {
		if !strings.Contains(text[sp.Start:sp.End], ". ") {
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

// checkRules fails t unless every hand-written or prefiltered rule answers
// on s as the expression it replaces.
func checkRules(t *testing.T, s string) {
	t.Helper()
	assert.Equal(t, markerRE.MatchString(s), isMarker(s), "isMarker(%q)", s)
	assert.Equal(t, titleRE.MatchString(s), endsInTitle(s), "endsInTitle(%q)", s)
	assert.Equal(t, regexpIsReferral(s), isReferral(s), "isReferral(%q)", s)
	assert.Equal(t, regexpIsNavigation(s), isNavigation(s), "isNavigation(%q)", s)
	assert.Equal(t, regexpIsLabel(s), isLabel(s), "isLabel(%q)", s)
	assert.Equal(t, regexpBulletLen(s), bulletLen(s), "bulletLen(%q)", s)
	if !mayStartTimestamp(s) {
		assert.False(t, timestampRE.MatchString(s) || timestampLineRE.MatchString(s), "mayStartTimestamp(%q)", s)
	}
	assert.Equal(t, regexpTimestampLen(s), timestampLen(s), "timestampLen(%q)", s)
	assert.Equal(t, strings.Contains(strings.ToLower(s), "all rights reserved"), rightsReserved(s), "rightsReserved(%q)", s)
	spans := []Span{{0, len(s)}}
	assert.Equal(t, regexpSplitAfterAbbreviations(s, spans), splitAfterAbbreviations(s, spans), "splitAfterAbbreviations(%q)", s)
}

// ruleCases are edge cases of the rules: markers, titles, referrals,
// navigation lines, time stamps, abbreviations before sentence starters,
// with Unicode letters, spaces and dashes and invalid UTF-8.
var ruleCases = []string{
	"", ".", ")", ".)", "1.", "12.", "123.", "1)", "1.)", "a.", "Z)", "é.", "ab.", "1", "-1.", "- 1.", "-  1.", "• 9.", "•9)", "⁃ a.)",
	"* b)", "*  b)", "+ 1.", "• é.", "１.", "1.) ", " 1.", "1..", "x.)(",
	"Mr.", "Mr", "Mr. ", "(Mr.", " Mr.", "\tDr.", "\vDr.", "\u00a0Dr.", "éMr.", "aMr.", "said Mr.", "said Messrs.", "MR.", "mr.",
	"the Gens.", "the Gen.", "Gens", "Sgt.", "Sgts.", "Col.", "Prof.", "by Rep.", "(Sen.", "[Sen.", "Sen..", "Sen.\n",
	" - read", " -read", "\t- see", " – watch", " —listen", " — listen.", " - reading", " - read_", " - readé", " - read2", " -- read",
	"x - see more", "x — Read", "- read", "a\n-\nread", " ‒ read", " −read", "a -\u00a0read", "a - \u3000see", "a \u2015 read", "a \u2012 see", "a \xe2\x80", "a \xe2\x80\x93", "a \xe2\x80\x94\xffread",
	"Read more", "Readers said", "Read_", "Reade", "Readé", "See also: x", "See alsoX", "Also read:", "Also seen", "Subscribe now",
	"Sign up", "Follow us on X", "Click here", "Download", "Watch:", "Listen", "Related:", "Related stories:", "Related top stories:",
	"Related a b c:", "More:", "More news:", "Moreover, it rained.", "Recommended for you:", "Recommended\u00a0for:", "More é:", "More  \t x:",
	"Updated 12:56 p.m.", "12:17 p.m. Kyiv time.", "Last updated: April 9, 2025, 14:05 GMT", "09:30", "9 am The talks", "Updated: soon",
	"Published 3 hours ago", "Posted on 4 May", "Thursday, April 9, 2025, 10:00", "April 9 at 10:00 EEST", "2025-04-09 10:00 UTC+3",
	"Monday said", "Thu 12:00", "Sept 9, 12:00", "Dec. 1, 2024 9 a.m.", "updated at 5 pm", "Edited: x", "modified 3", "The 12:00 news",
	"Maria Zakharova said", "May 5 10:00", "May, 5 10:00", "Mayday 5 10:00", "Mar.\t5, 9 am", "Monday, May 5, 10:00", "Mon.May 5 10:00",
	"Monday,  9/5/25 10:00", "Monday\u00a05 10:00", "Mon 2025-04-09 10:00", "Sun 12 Mar 9:00", "Sunday\n\t12:00", "MAY 5 10:00", "June 5",
	"- item", "-item", "• x", "1. The", "12) x", "123. x", "1.)\u00a0x", "· x", "-\tx", "- ", "1.  ", "-\u00a0\xff", "‣\u3000y", "◦ \n",
	"Source: Reuters", "Photo: AP", "Key takeaways: the talks", "By Jane Doe", "Reporting by Tom Balmforth", "Additional reporting by X",
	"Editing by Mark Trevelyan", "Bystander: yes", "Byzantine", "Written by Ann", "LIVE: Talks in Istanbul, day two", "Über-Chef: Hans",
	"I live in the U.S. How about you?", "At 5 a.m. Mr. Smith went", "He moved to the U.S. He lost it.", "They met at 1026.253.553. We left.",
	"We saw the E.U. The end.", "We saw the E.U.\tThe end. x. y", "We all saw the U.S.  Thereafter.", "We all saw U.S. Theodore x. y",
	"Talks in the U.S. However, no. x. y", "We left at 5 p.m. Mr. Smith came.", "We left the É.U. Its end.", "a b c d 3. He", "x. y ΣΑΣ. It",
	"© 2025 Reuters. All Rights Reserved.", "ALL RIGHTS RESERVED", "All rights reserve", "all rights  reserved", "ALL RİGHTS RESERVED",
	"All rights reserved\xff", "xall rights reservedx", "All rights Reserved.é",
	"\xff", "\xff.", "Mr\xff.", " -\xffread", "Read\xff", "1\xff:00", ". \xff", "x. \xffHe",
}

// TestRules_matchRegexps proves that the hand-written rules and the
// prefilters answer as the expressions did, on edge cases, on every line
// and sentence-sized piece of the reference texts, and on random
// concatenations of the pieces that the expressions look for.
func TestRules_matchRegexps(t *testing.T) {
	for _, s := range ruleCases {
		t.Run(s, func(t *testing.T) { checkRules(t, s) })
	}
	t.Run("reference-lines", func(t *testing.T) {
		for _, name := range []string{"rbc-ukraine-istanbul.txt", "golden_rules_en.json"} {
			b, err := os.ReadFile(filepath.Join("..", "testdata", name))
			require.NoError(t, err)
			for _, line := range strings.Split(string(b), "\n") {
				checkRules(t, line)
				for _, piece := range strings.SplitAfter(line, ". ") {
					checkRules(t, strings.TrimSpace(piece))
				}
			}
		}
	})
	t.Run("random", func(t *testing.T) {
		r := rand.New(rand.NewPCG(7, 11))
		for _, rp := range ruleParts {
			for range 20000 {
				checkRules(t, randomConcat(r, rp.parts, rp.max))
			}
		}
	})
}

// ruleParts are, for each rule, the pieces whose random concatenations of
// up to max pieces reach both its answers.
var ruleParts = []struct {
	max   int
	parts []string
}{
	{4, []string{"•", "⁃", "*", "-", "+", "‣", "▪", "◦", "·", " ", "\t", "\u00a0", "\u3000", "\n", "1", "12", "a", "Z", "é", ".", ")", "\xff"}},
	{6, []string{"Mr", "Messrs", "Gens", "Sgt", "Dr", "mr", "(", "[", " ", "\t", "\u00a0", ".", "x", "é", "said", "\xff"}},
	{8, []string{" ", "\t", "\n", "\u00a0", "-", "–", "—", "‒", "read", "see", "watching", "listen", "_", "2", "x", "é", "Read", "More", "Related", ":"}},
	{8, []string{"All", "all", "ALL", " ", "  ", "rights", "RİGHTS", "Rights", "reserved", "RESERVED", "reserve", "d", "é", "\xff", "."}},
	{8, []string{"Source", "By", "Reporting", "by", "Jane", "Doe", ":", " ", "\t", ".", "Über", "-", "x", "Additional", "reporting", "Editing"}},
	{8, []string{"Updated ", "Last updated", "Posted on ", "Monday", "Mon.", "Sunday, ", "May ", "Mar.", "Maria", "Sept", "12", "9", "2025", ":",
		"30", ":00", "-04-09", "/", ".", ",", " ", "\t", "\u00a0", "at ", "a.m.", "pm", " GMT", " EEST+3", " Kyiv time", "x", "The"}},
	{24, []string{"U.S.", "a.m.", "E.U.", "É.U.", "1026.", "3.", "x.", " ", " ", " ", "\t", "  ", "He", "The", "However", "Theodore",
		"Its", "Mr.", "word", "words", "went", "(", "é"}},
}

// randomConcat joins one to max pieces of parts chosen at random.
func randomConcat(r *rand.Rand, parts []string, max int) string {
	var b strings.Builder
	for range 1 + r.IntN(max) {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

// FuzzRules_matchRegexps checks the same agreement on any input.
func FuzzRules_matchRegexps(f *testing.F) {
	for _, s := range ruleCases {
		f.Add(s)
	}
	f.Fuzz(checkRules)
}

// regexpSplitLines is splitLines as it was, with one strings.IndexAny for
// either line end from each line's start.
func regexpSplitLines(text string) []Span {
	lines := make([]Span, 0, strings.Count(text, "\n")+1)
	for start := 0; ; {
		rest := text[start:]
		end, next := len(rest), -1
		if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
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

// TestSplitLines_matchesIndexAny checks splitLines, which remembers where
// it found each line end, against a search from every line's start.
func TestSplitLines_matchesIndexAny(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	parts := []string{"\r", "\n", "\r\n", "\n\r", "a", "b c", " ", "\t", "é", "\xff"}
	for range 20000 {
		s := randomConcat(r, parts, 12)
		require.Equal(t, regexpSplitLines(s), splitLines(s), "%q", s)
	}
}
