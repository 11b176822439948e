package markup

import (
	"html"
	"slices"
	"sort"
	"strings"
)

// Mask returns the analysis text of src in format f: a string of exactly
// len(src) bytes in which every byte that is not prose is a space. Line
// breaks ("\n" and "\r") are kept where they are; HTML block boundaries
// become "\n" in masked bytes, so the analysis text may have more lines
// than src (positions are always computed on src). Character references
// in prose are decoded in place: the decoded text starts at the
// reference's first byte and its remaining bytes become spaces. Plain text
// is returned as is.
func Mask(f Format, src []byte) string {
	switch f {
	case Markdown:
		return maskMarkdown(src)
	case HTML:
		return maskHTML(src)
	}
	return string(src)
}

// Scan returns the analysis text of src in format f, as Mask does, and
// its suppression comments, as Directives does, parsing src once. In
// Markdown, a comment inside code is text, not a directive; plain text has
// no directives.
func Scan(f Format, src []byte) (analysis string, ds []Directive, ps []Problem) {
	switch f {
	case Markdown:
		out, code := markdown(src)
		ds, ps = Directives(src)
		code = mergeRanges(code)
		inCode := func(off int) bool { // binary search: one pass per comment was quadratic (issue 7)
			i := sort.Search(len(code), func(i int) bool { return code[i][1] > off })
			return i < len(code) && code[i][0] <= off
		}
		ds = slices.DeleteFunc(ds, func(d Directive) bool { return inCode(d.Start) })
		ps = slices.DeleteFunc(ps, func(p Problem) bool { return inCode(p.Start) })
		return out, ds, ps
	case HTML:
		ds, ps = Directives(src)
		return maskHTML(src), ds, ps
	}
	return string(src), nil, nil
}

// mergeRanges sorts half-open byte ranges by start and merges those that
// overlap or touch, so that their ends increase too.
func mergeRanges(rs [][2]int) [][2]int {
	rs = slices.Clone(rs)
	slices.SortFunc(rs, func(a, b [2]int) int { return a[0] - b[0] })
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && r[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], r[1])
			continue
		}
		out = append(out, r)
	}
	return out
}

// blank replaces every byte of b except line breaks with a space.
func blank(b []byte) {
	for i, c := range b {
		if c != '\n' && c != '\r' {
			b[i] = ' '
		}
	}
}

// maxEntity is the longest character reference decoded in place
// ("&CounterClockwiseContourIntegral;" is 33 bytes).
const maxEntity = 40

// decodeEntities decodes the character references in out[start:end] in
// place. A reference is "&name;", "&#digits;" or "&#xhex;"; one whose
// decoded form would be longer than itself (a few two-character named
// references) is left as written, and so are references without the final
// ";".
func decodeEntities(out []byte, start, end int) {
	for i := start; i < end; i++ {
		if out[i] != '&' {
			continue
		}
		j := i + 1
		for j < end && j-i < maxEntity && isEntityByte(out[j]) {
			j++
		}
		if j >= end || out[j] != ';' || j == i+1 {
			continue
		}
		ref := string(out[i : j+1])
		dec := html.UnescapeString(ref)
		if dec == ref || len(dec) > len(ref) || strings.ContainsAny(dec, "\r\n") {
			continue
		}
		n := copy(out[i:], dec)
		blank(out[i+n : j+1])
		i = j
	}
}

func isEntityByte(c byte) bool {
	return c == '#' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
