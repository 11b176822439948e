package policy

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
)

// Document is one analysed document, as the rules read it.
type Document struct {
	Doc          *claims.Document     // the input; positions and shown text come from Doc.Text
	Claims       []claims.Claim       // the tagged and clustered claims, in input order
	Publisher    string               // the side of claims in the publisher's voice
	Suppressions *markup.Suppressions // the document's suppression comments; nil for none
}

// Checker applies a policy to analysed documents. Build one per process
// with NewChecker; it is read-only afterwards and safe for concurrent use.
type Checker struct {
	cfg      *Config
	rules    []Rule          // every rule, in order
	distance map[string]bool // sides whose claims need distance
	loaded   [][]string      // the lexicon's loaded phrases, as lower-case words
	probes   map[string]bool // the longest word of each loaded phrase, to rule claims out fast
}

// NewChecker returns a Checker for the policy cfg and the lexicon lex (the
// sides that need distance, the loaded phrases).
func NewChecker(cfg *Config, lex *lexicon.Lexicon) *Checker {
	k := &Checker{cfg: cfg, rules: Rules(), distance: map[string]bool{}, probes: map[string]bool{}}
	for _, s := range lex.Sides {
		if s.Distance {
			k.distance[s.Name] = true
		}
	}
	for _, p := range lex.Loaded {
		if ws := words(p.Phrase); len(ws) > 0 {
			lw := lowerWords(p.Phrase, ws)
			k.loaded = append(k.loaded, lw)
			k.probes[slices.MaxFunc(lw, func(a, b string) int { return len(a) - len(b) })] = true
		}
	}
	return k
}

// rule is one rule's check of one claim: the message of its finding, or ""
// when the claim does not break the rule.
type rule func(k *Checker, d *Document, c *claims.Claim) string

// checks maps rule ids to their checks.
var checks = map[string]rule{
	SingleSourceRestatement: singleSourceRestatement,
	UnhedgedPartisanClaim:   unhedgedPartisanClaim,
	LoadedLanguage:          loadedLanguage,
	AnonymousSource:         anonymousSource,
	UnattributedClaim:       unattributedClaim,
}

// Check returns the findings of the enabled rules on d, minus those its
// suppression comments switch off, sorted.
func (k *Checker) Check(d Document) []Finding {
	var out []Finding
	for _, r := range k.rules {
		set := k.cfg.Rules[r.ID]
		if !set.Enabled {
			continue
		}
		for i := range d.Claims {
			c := &d.Claims[i]
			msg := checks[r.ID](k, &d, c)
			if msg == "" {
				continue
			}
			start := d.Doc.Position(c.Span.Start)
			if d.Suppressions.Suppressed(r.ID, c.Span.Start, start.Line) {
				continue
			}
			out = append(out, Finding{
				Rule: r.ID, Severity: set.Severity, Message: msg, Path: d.Doc.Path,
				Span: c.Span, Start: start, End: d.Doc.Position(c.Span.End),
				Claim: c.ID, Text: d.Doc.Slice(c.Span), Source: c.Source, Sides: slices.Clone(c.Sides),
			})
		}
	}
	SortFindings(out)
	return out
}

// singleSourceRestatement: a claim in the publisher's voice whose
// provenance (the attributed claims it restates) is one side's only.
func singleSourceRestatement(_ *Checker, d *Document, c *claims.Claim) string {
	if c.Attributed() || len(c.Provenance) == 0 {
		return ""
	}
	var sides []string
	var lines []int
	for _, id := range c.Provenance {
		p := claimByID(d.Claims, id)
		if p == nil {
			continue
		}
		for _, s := range p.Sides {
			if !slices.Contains(sides, s) {
				sides = append(sides, s)
			}
		}
		lines = append(lines, d.Doc.Position(p.Span.Start).Line)
	}
	if len(sides) != 1 {
		return ""
	}
	slices.Sort(lines)
	lines = slices.Compact(lines)
	where := "line "
	if len(lines) > 1 {
		where = "lines "
	}
	for i, l := range lines {
		if i > 0 {
			where += ", "
		}
		where += fmt.Sprint(l)
	}
	return fmt.Sprintf("states as fact what only %s said (%s); attribute it to %s or add a source from another side",
		sides[0], where, sides[0])
}

// unhedgedPartisanClaim: a claim attributed to a side that needs distance,
// with no hedge.
func unhedgedPartisanClaim(k *Checker, _ *Document, c *claims.Claim) string {
	if !c.Attributed() || c.Hedged {
		return ""
	}
	for _, s := range c.Sides {
		if k.distance[s] {
			who := s
			if !strings.EqualFold(c.Source.Text, s) {
				who = fmt.Sprintf("%s (%q)", s, c.Source.Label())
			}
			return fmt.Sprintf("repeats a claim of %s without a hedge; the policy wants distance (\"claims\", \"allegedly\", quotation marks)", who)
		}
	}
	return ""
}

// loadedLanguage: a loaded phrase from the lexicon in a claim in the
// publisher's voice.
func loadedLanguage(k *Checker, d *Document, c *claims.Claim) string {
	if c.Attributed() || len(k.loaded) == 0 {
		return ""
	}
	text := d.Doc.AnalysisText()[c.Span.Start:c.Span.End]
	// Most claims hold no loaded phrase: rule them out, without
	// allocating, before splitting the text into words.
	if !k.mayBeLoaded(text) {
		return ""
	}
	ws := words(text)
	low := lowerWords(text, ws)
	var found []string
	for _, p := range k.loaded {
		if at := indexWords(low, p); at >= 0 {
			found = append(found, fmt.Sprintf("%q", strings.Join(wordTexts(text, ws[at:at+len(p)]), " ")))
		}
	}
	if len(found) == 0 {
		return ""
	}
	return fmt.Sprintf("loaded wording in the publisher's own voice: %s; attribute the judgement to a source or state the facts",
		strings.Join(found, ", "))
}

// anonymousSource: a claim that rests on an unnamed source.
func anonymousSource(_ *Checker, _ *Document, c *claims.Claim) string {
	if c.SourceType() != claims.TypeAnonymous {
		return ""
	}
	named := c.Cue // an agentless report: "is said to"
	if c.Source != nil {
		named = c.Source.Label()
	}
	return fmt.Sprintf("rests on an unnamed source (%q); say why it cannot be named, or name it", named)
}

// unattributedClaim: a claim in the publisher's voice with no source.
func unattributedClaim(_ *Checker, _ *Document, c *claims.Claim) string {
	if c.Attributed() {
		return ""
	}
	return "states a claim in the publisher's own voice without a source"
}

func claimByID(cs []claims.Claim, id string) *claims.Claim {
	for i := range cs {
		if cs[i].ID == id {
			return &cs[i]
		}
	}
	return nil
}

// mayBeLoaded reports whether text has a word that is the probe of a
// loaded phrase, ignoring case.
func (k *Checker) mayBeLoaded(text string) bool {
	var buf [32]byte
	found := false
	eachWord(text, func(start, end int) bool {
		w := text[start:end]
		if len(w) > len(buf) {
			return true // longer than any probe worth having; keep going
		}
		n := 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			if c >= utf8.RuneSelf {
				found = k.probes[strings.ToLower(w)]
				return !found
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf[n] = c
			n++
		}
		found = k.probes[string(buf[:n])]
		return !found
	})
	return found
}

// words returns the byte ranges of the words in s (see eachWord).
func words(s string) [][2]int {
	var out [][2]int
	eachWord(s, func(start, end int) bool {
		out = append(out, [2]int{start, end})
		return true
	})
	return out
}

// eachWord calls f with the byte range of each word of s, in order, until
// f returns false. A word is a run of letters and digits, with apostrophes
// or hyphens inside it.
func eachWord(s string, f func(start, end int) bool) {
	start := -1
	for i, r := range s {
		in := unicode.IsLetter(r) || unicode.IsDigit(r) ||
			start >= 0 && (r == '\'' || r == '’' || r == '-') && i+utf8.RuneLen(r) < len(s) && isWordRune(s[i+utf8.RuneLen(r):])
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if !f(start, i) {
				return
			}
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(s))
	}
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func lowerWords(s string, ws [][2]int) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = strings.ToLower(s[w[0]:w[1]])
	}
	return out
}

func wordTexts(s string, ws [][2]int) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = s[w[0]:w[1]]
	}
	return out
}

// indexWords returns the index of the first occurrence of p in ws, or -1.
func indexWords(ws, p []string) int {
	for i := 0; i+len(p) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(p)], p) {
			return i
		}
	}
	return -1
}
