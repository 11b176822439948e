package markup

import (
	"fmt"
	"strings"
)

// DirectiveKind is what a suppression comment does.
type DirectiveKind string

// Directive kinds, as written after "claimtrace-" in the comment.
const (
	DisableNextLine DirectiveKind = "disable-next-line" // no findings on the next non-blank line
	Disable         DirectiveKind = "disable"           // no findings from here to the matching enable
	Enable          DirectiveKind = "enable"            // ends a disable
)

// Directive is one suppression comment, such as
// "<!-- claimtrace-disable-next-line loaded-language -->".
type Directive struct {
	Kind   DirectiveKind
	Rules  []string // the rules it names; empty for all rules
	Start  int      // byte offset of "<!--"
	End    int      // byte offset just past "-->"
	Line   int      // 1-based line of Start
	Target int      // for DisableNextLine: the 1-based line it applies to, the next line with text
}

// Problem is a comment that starts with "claimtrace-" but is not a
// directive. It is a warning for the user, not an error.
type Problem struct {
	Start int    // byte offset of the comment
	Line  int    // 1-based line of the comment
	Msg   string // what is wrong
}

// Directives returns the suppression comments in src, in order, and the
// claimtrace comments it cannot read. Comments are HTML comments, in
// Markdown and in HTML alike; rules are separated by commas or spaces.
func Directives(src []byte) ([]Directive, []Problem) {
	s := string(src)
	lines := newLineIndex(s)
	var ds []Directive
	var ps []Problem
	for off := 0; ; {
		i := strings.Index(s[off:], "<!--")
		if i < 0 {
			break
		}
		start := off + i
		j := strings.Index(s[start+4:], "-->")
		if j < 0 {
			break
		}
		end := start + 4 + j + 3
		off = end
		body := strings.TrimSpace(s[start+4 : end-3])
		name, ok := strings.CutPrefix(body, "claimtrace-")
		if !ok {
			continue
		}
		d := Directive{Start: start, End: end, Line: lines.line(start)}
		fields := strings.FieldsFunc(name, isRuleSep)
		word := ""
		if len(fields) > 0 {
			word = fields[0]
		}
		switch DirectiveKind(word) {
		case DisableNextLine, Disable, Enable:
			d.Kind = DirectiveKind(word)
		default:
			ps = append(ps, Problem{Start: start, Line: d.Line, Msg: fmt.Sprintf("unknown claimtrace comment %q (want claimtrace-disable-next-line, claimtrace-disable or claimtrace-enable)", "claimtrace-"+word)})
			continue
		}
		d.Rules = fields[1:]
		if d.Kind == DisableNextLine {
			d.Target = lines.nextTextLine(s, end)
		}
		ds = append(ds, d)
	}
	return ds, ps
}

// Suppressions answers whether a finding is suppressed by a document's
// directives.
type Suppressions struct {
	ds []Directive
}

// NewSuppressions returns the suppressions the directives ds (in document
// order, as Directives returns them) make.
func NewSuppressions(ds []Directive) *Suppressions { return &Suppressions{ds: ds} }

// Suppressed reports whether a finding of rule that starts at byte offset
// off, on 1-based line line, is suppressed: by a disable-next-line comment
// whose target is line, or by a disable comment before off that no enable
// comment before off ended.
func (s *Suppressions) Suppressed(rule string, off, line int) bool {
	if s == nil {
		return false
	}
	all := false
	disabled := map[string]bool{}
	except := map[string]bool{} // enabled again while all rules are disabled
	for _, d := range s.ds {
		names := func(r string) bool { return len(d.Rules) == 0 || contains(d.Rules, r) }
		switch d.Kind {
		case DisableNextLine:
			if d.Target == line && names(rule) {
				return true
			}
		case Disable:
			if d.End > off {
				continue
			}
			if len(d.Rules) == 0 {
				all, except = true, map[string]bool{}
			}
			for _, r := range d.Rules {
				disabled[r] = true
				delete(except, r)
			}
		case Enable:
			if d.End > off {
				continue
			}
			if len(d.Rules) == 0 {
				all, disabled, except = false, map[string]bool{}, map[string]bool{}
			}
			for _, r := range d.Rules {
				delete(disabled, r)
				if all {
					except[r] = true
				}
			}
		}
	}
	return disabled[rule] || all && !except[rule]
}

// isRuleSep reports whether r separates the words of a directive.
func isRuleSep(r rune) bool { return r == ',' || r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// lineIndex maps byte offsets to 1-based lines; a line ends at "\n", "\r\n"
// or a lone "\r", as in claims.Document.
type lineIndex []int

func newLineIndex(s string) lineIndex {
	l := lineIndex{0}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n':
			l = append(l, i+1)
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			l = append(l, i+1)
		}
	}
	return l
}

// line returns the 1-based line of off.
func (l lineIndex) line(off int) int {
	lo, hi := 0, len(l)
	for lo < hi {
		m := (lo + hi) / 2
		if l[m] > off {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// nextTextLine returns the first line after the line of off that has a
// byte other than a space or tab, or the line after it when none has.
func (l lineIndex) nextTextLine(s string, off int) int {
	n := l.line(off)
	for i := n; i < len(l); i++ { // l[i] is the start of line i+1
		end := len(s)
		if i+1 < len(l) {
			end = l[i+1]
		}
		if strings.TrimLeft(s[l[i]:end], " \t\r\n") != "" {
			return i + 1
		}
	}
	return n + 1
}
