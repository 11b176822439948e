package yamlnode

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Pos is a place in a YAML file, for error messages.
type Pos struct {
	File   string // path of the file as the user named it
	Line   int    // 1-based
	Column int    // 1-based
}

// String returns the position as "file:line:column", the form compilers and
// editors use. A zero Column (YAML syntax errors report lines only) is left
// out, and so is a zero Line.
func (p Pos) String() string {
	s := p.File
	if s == "" {
		s = "-"
	}
	if p.Line > 0 {
		s += fmt.Sprintf(":%d", p.Line)
		if p.Column > 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	return s
}

// Error is one problem in a file, at a position.
type Error struct {
	Pos Pos    // where the problem is
	Msg string // what is wrong, lower case, without position
}

// Error returns "file:line:column: msg".
func (e Error) Error() string {
	return e.Pos.String() + ": " + e.Msg
}

// ErrorList is a list of positioned errors; use errors.As to reach each
// Error.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Pos, msg string) {
	*l = append(*l, &Error{Pos: pos, Msg: msg})
}

// Sort sorts the list by file, line, column and message.
func (l ErrorList) Sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column),
			cmp.Compare(a.Msg, b.Msg),
		)
	})
}

// Error returns every error on its own line, so that printing it shows the
// user all of them in the "file:line:column: msg" form.
func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns nil if the list is empty and the list, sorted, otherwise.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}
