package eval

import (
	"fmt"
	"strings"
	"unicode"
)

// The reference scorer is Python and prints some values with repr(); these
// functions print them the same way, so that both scorers' output compares
// byte for byte.

// pyRepr returns Python's repr of the string s.
func pyRepr(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == rune(q) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == ' ' || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// pyList returns Python's repr of a list of strings.
func pyList(ss []string) string {
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = pyRepr(s)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func pyBool(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func pyBoolPtr(v *bool) string {
	if v == nil {
		return "None"
	}
	return pyBool(*v)
}

// PyFloat returns Python's repr of a float: the shortest form that reads
// back, with ".0" on whole numbers.
func PyFloat(f float64) string {
	s := fmt.Sprint(f)
	if !strings.ContainsAny(s, ".eEn") { // NaN and Inf contain n / are rare
		s += ".0"
	}
	return s
}
