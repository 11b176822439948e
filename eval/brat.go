package eval

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimtrace/claimtrace/claims"
)

// This file reads brat standoff annotations (.ann files) of attribution
// relations, as PolNeAR and PARC-style corpora write them:
//
//	T1	Source 110 112	we
//	T2	Cue 113 119	mocked
//	T3	Content 120 150;152 170	the presidential … hopefuls
//	T4	Attribution 113 119	mocked
//	E1	Attribution:T4 Content:T3 Cue:T2 Source:T1
//
// Offsets count Unicode characters (code points) of the .txt file, not
// bytes; a discontinuous span lists its ranges separated by ";", and its
// text joins the pieces with one space. An event of a type starting with
// "Attribution" (PolNeAR also has "Attribution-no-source") links one
// attribution's parts by role: Source, Cue, Content, and numbered extra
// roles such as Content2. Relations ("R1	Source Arg1:T4 Arg2:T1") that link
// an Attribution text-bound to a part are read the same way.

// Range is a half-open range of character offsets (code points) into a
// text, as brat writes them.
type Range struct {
	Start, End int // character offsets, End exclusive
}

// TextBound is a "T" annotation: a typed, possibly discontinuous span.
type TextBound struct {
	ID     string
	Type   string  // "Source", "Cue", "Content", "Attribution", …
	Ranges []Range // in the order written
	Text   string  // the covered text as the file gives it
	Line   int     // 1-based line in the .ann file
}

// Arg is one role:ID argument of an event or relation.
type Arg struct {
	Role string // "Source", "Content2", "Arg1", …
	ID   string // the annotation it points at
}

// Event is an "E" annotation: a trigger and its role arguments.
type Event struct {
	ID      string
	Type    string // "Attribution", "Attribution-no-source", …
	Trigger string // ID of the trigger text-bound
	Args    []Arg
	Line    int // 1-based line in the .ann file
}

// Relation is an "R" annotation between two annotations.
type Relation struct {
	ID         string
	Type       string
	Arg1, Arg2 Arg
	Line       int // 1-based line in the .ann file
}

// Other is an annotation the scorer does not use (attributes "A"/"M",
// normalizations "N", notes "#", equivalences "*"), kept as written.
type Other struct {
	ID     string
	Fields string // the rest of the line after the ID and a tab
	Line   int    // 1-based line in the .ann file
}

// Ann is the contents of one .ann file.
type Ann struct {
	Name       string // file name, for errors
	TextBounds []TextBound
	Events     []Event
	Relations  []Relation
	Others     []Other
}

// AnnError is a malformed line of an .ann file.
type AnnError struct {
	File string
	Line int // 1-based
	Msg  string
}

func (e *AnnError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// AnnErrorList is every malformed line of a file, in line order.
type AnnErrorList []*AnnError

func (l AnnErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}

// Err returns l as an error, or nil when it is empty.
func (l AnnErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	sort.SliceStable(l, func(i, j int) bool { return l[i].Line < l[j].Line })
	return l
}

// ReadAnn parses an .ann file; name is used in errors. It reads every line
// and returns, with what it could parse, an AnnErrorList naming each
// malformed line as "file:line: cause". A line that is not an annotation
// continues the text of the text-bound before it when that text is still
// shorter than its span, as when an annotation tool wrote a newline inside
// a span's text (PolNeAR has a few), blank lines included.
func ReadAnn(r io.Reader, name string) (*Ann, error) {
	a := &Ann{Name: name}
	var errs AnnErrorList
	bad := func(line int, format string, args ...any) {
		errs = append(errs, &AnnError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)})
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	ids := map[string]int{} // ID → line that defined it
	define := func(id string, line int) bool {
		if prev, ok := ids[id]; ok {
			bad(line, "%s already defined on line %d", id, prev)
			return false
		}
		ids[id] = line
		return true
	}
	n := 0
	afterT := false // the last line read was a text-bound or continued one
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			// A blank line inside a span's text (a paragraph break the span
			// covers) belongs to it; elsewhere it ends the text.
			if k := len(a.TextBounds); afterT && a.TextBounds[k-1].incomplete() {
				a.TextBounds[k-1].Text += "\n" + line
				continue
			}
			afterT = false
			continue
		}
		id, rest, hasTab := strings.Cut(line, "\t")
		kind := annKind(id)
		if kind == 0 || !hasTab {
			if k := len(a.TextBounds); afterT && a.TextBounds[k-1].incomplete() {
				a.TextBounds[k-1].Text += "\n" + line
				continue
			}
			if !hasTab {
				bad(n, "want an ID, a tab and the annotation, got %q", clip(line))
			} else {
				bad(n, "bad annotation ID %q", clip(id))
			}
			afterT = false
			continue
		}
		afterT = false
		switch kind {
		case 'T':
			tb, err := parseTextBound(id, rest, n)
			if err != nil {
				bad(n, "%s: %v", id, err)
				continue
			}
			if define(id, n) {
				a.TextBounds = append(a.TextBounds, tb)
				afterT = true
			}
		case 'E':
			ev, err := parseEvent(id, rest, n)
			if err != nil {
				bad(n, "%s: %v", id, err)
				continue
			}
			if define(id, n) {
				a.Events = append(a.Events, ev)
			}
		case 'R':
			rel, err := parseRelation(id, rest, n)
			if err != nil {
				bad(n, "%s: %v", id, err)
				continue
			}
			if define(id, n) {
				a.Relations = append(a.Relations, rel)
			}
		default: // A, M, N, #, *
			if kind != '#' && kind != '*' && !define(id, n) {
				continue
			}
			a.Others = append(a.Others, Other{ID: id, Fields: rest, Line: n})
		}
	}
	if err := sc.Err(); err != nil {
		bad(n+1, "read: %v", err)
	}
	// References must point at annotations of the file.
	for _, ev := range a.Events {
		if _, ok := ids[ev.Trigger]; !ok {
			bad(ev.Line, "%s: trigger %s is not defined", ev.ID, ev.Trigger)
		}
		for _, arg := range ev.Args {
			if _, ok := ids[arg.ID]; !ok {
				bad(ev.Line, "%s: %s argument %s is not defined", ev.ID, arg.Role, arg.ID)
			}
		}
	}
	for _, rel := range a.Relations {
		for _, arg := range []Arg{rel.Arg1, rel.Arg2} {
			if _, ok := ids[arg.ID]; !ok {
				bad(rel.Line, "%s: %s argument %s is not defined", rel.ID, arg.Role, arg.ID)
			}
		}
	}
	return a, errs.Err()
}

// annKind returns the kind letter of an annotation ID ('T', 'E', 'R', 'A',
// 'M', 'N', '#', '*'), or 0 when id is not one.
func annKind(id string) byte {
	if id == "*" {
		return '*'
	}
	if len(id) < 2 {
		return 0
	}
	switch id[0] {
	case '#':
		return '#'
	case 'T', 'E', 'R', 'A', 'M', 'N':
		for i := 1; i < len(id); i++ {
			if id[i] < '0' || id[i] > '9' {
				return 0
			}
		}
		return id[0]
	}
	return 0
}

// incomplete reports whether the text-bound's text is shorter than its
// ranges (with one space between pieces), so that a following line may
// continue it.
func (tb *TextBound) incomplete() bool {
	want := len(tb.Ranges) - 1
	for _, r := range tb.Ranges {
		want += r.End - r.Start
	}
	return utf8.RuneCountInString(tb.Text) < want
}

func parseTextBound(id, rest string, line int) (TextBound, error) {
	head, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return TextBound{}, fmt.Errorf("want TYPE START END, a tab and the text")
	}
	typ, offs, ok := strings.Cut(head, " ")
	if !ok || typ == "" {
		return TextBound{}, fmt.Errorf("want TYPE START END, got %q", clip(head))
	}
	tb := TextBound{ID: id, Type: typ, Text: text, Line: line}
	for _, piece := range strings.Split(offs, ";") {
		f := strings.Fields(piece)
		if len(f) != 2 {
			return TextBound{}, fmt.Errorf("want START END in %q", clip(piece))
		}
		start, err1 := strconv.Atoi(f[0])
		end, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil || start < 0 || end < start {
			return TextBound{}, fmt.Errorf("bad range %q", clip(piece))
		}
		tb.Ranges = append(tb.Ranges, Range{start, end})
	}
	return tb, nil
}

func parseArg(s string) (Arg, error) {
	role, id, ok := strings.Cut(s, ":")
	if !ok || role == "" || annKind(id) == 0 || annKind(id) == '#' || id == "*" {
		return Arg{}, fmt.Errorf("want ROLE:ID, got %q", clip(s))
	}
	return Arg{Role: role, ID: id}, nil
}

func parseEvent(id, rest string, line int) (Event, error) {
	f := strings.Fields(rest)
	if len(f) == 0 {
		return Event{}, fmt.Errorf("want TYPE:TRIGGER")
	}
	trig, err := parseArg(f[0])
	if err != nil {
		return Event{}, err
	}
	ev := Event{ID: id, Type: trig.Role, Trigger: trig.ID, Line: line}
	for _, s := range f[1:] {
		arg, err := parseArg(s)
		if err != nil {
			return Event{}, err
		}
		ev.Args = append(ev.Args, arg)
	}
	return ev, nil
}

func parseRelation(id, rest string, line int) (Relation, error) {
	f := strings.Fields(rest)
	if len(f) != 3 {
		return Relation{}, fmt.Errorf("want TYPE ARG1:ID ARG2:ID")
	}
	a1, err := parseArg(f[1])
	if err != nil {
		return Relation{}, err
	}
	a2, err := parseArg(f[2])
	if err != nil {
		return Relation{}, err
	}
	return Relation{ID: id, Type: f[0], Arg1: a1, Arg2: a2, Line: line}, nil
}

// clip shortens s for an error message.
func clip(s string) string { return prefix(s, 40) }

// WriteAnn writes a in brat standoff format: text-bounds, events,
// relations, then the other annotations, each in the order read.
func WriteAnn(w io.Writer, a *Ann) error {
	bw := bufio.NewWriter(w)
	for _, tb := range a.TextBounds {
		rs := make([]string, len(tb.Ranges))
		for i, r := range tb.Ranges {
			rs[i] = fmt.Sprintf("%d %d", r.Start, r.End)
		}
		fmt.Fprintf(bw, "%s\t%s %s\t%s\n", tb.ID, tb.Type, strings.Join(rs, ";"), tb.Text)
	}
	for _, ev := range a.Events {
		fmt.Fprintf(bw, "%s\t%s:%s", ev.ID, ev.Type, ev.Trigger)
		for _, arg := range ev.Args {
			fmt.Fprintf(bw, " %s:%s", arg.Role, arg.ID)
		}
		bw.WriteString("\n")
	}
	for _, r := range a.Relations {
		fmt.Fprintf(bw, "%s\t%s %s:%s %s:%s\n", r.ID, r.Type, r.Arg1.Role, r.Arg1.ID, r.Arg2.Role, r.Arg2.ID)
	}
	for _, o := range a.Others {
		fmt.Fprintf(bw, "%s\t%s\n", o.ID, o.Fields)
	}
	return bw.Flush()
}

// Attribution is one annotated attribution relation with the character
// ranges of its parts.
type Attribution struct {
	ID      string  // the event or trigger ID
	Line    int     // 1-based line of the event in the .ann file
	Source  []Range // empty when the attribution names no source
	Cue     []Range
	Content []Range
}

// Attributions collects the attribution relations of a: one per event of
// a type starting with "Attribution", and one per Attribution text-bound
// that relations link to its parts. Roles are matched by name without a
// trailing number (Content2 is more content). Attributions without content
// are left out.
func (a *Ann) Attributions() []Attribution {
	byID := make(map[string]*TextBound, len(a.TextBounds))
	for i := range a.TextBounds {
		byID[a.TextBounds[i].ID] = &a.TextBounds[i]
	}
	add := func(at *Attribution, role, id string) {
		tb, ok := byID[id]
		if !ok {
			return
		}
		switch strings.TrimRight(role, "0123456789") {
		case "Source":
			at.Source = append(at.Source, tb.Ranges...)
		case "Cue":
			at.Cue = append(at.Cue, tb.Ranges...)
		case "Content":
			at.Content = append(at.Content, tb.Ranges...)
		}
	}
	var out []Attribution
	for _, ev := range a.Events {
		if !strings.HasPrefix(ev.Type, "Attribution") {
			continue
		}
		at := Attribution{ID: ev.ID, Line: ev.Line}
		for _, arg := range ev.Args {
			add(&at, arg.Role, arg.ID)
		}
		if len(at.Content) > 0 {
			out = append(out, at)
		}
	}
	// Relations from an Attribution text-bound to its parts.
	rel := map[string]*Attribution{}
	var order []string
	for _, r := range a.Relations {
		for _, pair := range [][2]Arg{{r.Arg1, r.Arg2}, {r.Arg2, r.Arg1}} {
			trig, part := pair[0], pair[1]
			if tb, ok := byID[trig.ID]; ok && strings.HasPrefix(tb.Type, "Attribution") {
				at, ok := rel[trig.ID]
				if !ok {
					at = &Attribution{ID: trig.ID, Line: r.Line}
					rel[trig.ID] = at
					order = append(order, trig.ID)
				}
				add(at, r.Type, part.ID)
				break
			}
		}
	}
	for _, id := range order {
		if at := rel[id]; len(at.Content) > 0 {
			out = append(out, *at)
		}
	}
	return out
}

// CharOffsets maps character offsets (code points) of a text to byte
// offsets, as brat offsets must be mapped onto a claims.Document.
type CharOffsets []int

// NewCharOffsets indexes text: the result holds the byte offset of every
// character, and len(text) for the end.
func NewCharOffsets(text string) CharOffsets {
	out := make(CharOffsets, 0, len(text)+1)
	for i := range text {
		out = append(out, i)
	}
	return append(out, len(text))
}

// Spans converts character ranges to byte spans. It fails when a range
// ends past the text.
func (c CharOffsets) Spans(rs []Range) ([]claims.Span, error) {
	out := make([]claims.Span, 0, len(rs))
	n := len(c) - 1 // characters in the text
	for _, r := range rs {
		if r.Start < 0 || r.End < r.Start || r.End > n {
			return nil, fmt.Errorf("range %d-%d outside the text (%d characters)", r.Start, r.End, n)
		}
		out = append(out, claims.Span{Start: c[r.Start], End: c[r.End]})
	}
	return out, nil
}

// Check verifies a's text-bounds against text, the .txt file they
// annotate: every range lies inside it and the text each gives equals the
// covered characters, pieces joined by one space. A mismatch usually means
// offsets counted in bytes or in another encoding.
func (a *Ann) Check(text string) error {
	offs := NewCharOffsets(text)
	var errs AnnErrorList
	for _, tb := range a.TextBounds {
		spans, err := offs.Spans(tb.Ranges)
		if err != nil {
			errs = append(errs, &AnnError{File: a.Name, Line: tb.Line, Msg: fmt.Sprintf("%s: %v", tb.ID, err)})
			continue
		}
		pieces := make([]string, len(spans))
		for i, s := range spans {
			pieces[i] = text[s.Start:s.End]
		}
		if got := strings.Join(pieces, " "); got != tb.Text {
			errs = append(errs, &AnnError{File: a.Name, Line: tb.Line,
				Msg: fmt.Sprintf("%s: text %q differs from the text at its offsets, %q", tb.ID, clip(tb.Text), clip(got))})
		}
	}
	return errs.Err()
}
