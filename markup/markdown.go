package markup

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// markdownParser is goldmark with GitHub's extensions (tables,
// strikethrough, autolinks, task lists). It is built per call: goldmark's
// parsers are cheap to build and this keeps the package free of shared state.
func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM))
}

// maskMarkdown keeps the bytes of the text nodes goldmark finds (paragraph,
// heading, list item, table cell and link text) and the list markers, and
// masks everything else: front matter, code, link destinations and titles,
// images, raw HTML and comments, emphasis, heading, block quote and table
// markers.
func maskMarkdown(src []byte) string {
	out, _ := markdown(src)
	return out
}

// markdown masks src as maskMarkdown does and also returns the byte
// ranges of its code (code blocks and code spans), where an HTML comment
// is text, not a comment.
func markdown(src []byte) (string, [][2]int) {
	var code [][2]int
	out := bytes.Repeat([]byte{' '}, len(src))
	fm := frontMatterLen(src)
	// goldmark reads the source with the front matter blanked, so it does
	// not take "---" for a rule or the YAML for a paragraph; offsets agree.
	parsed := make([]byte, len(src))
	copy(parsed, src)
	blank(parsed[:fm])

	doc := markdownParser().Parser().Parse(text.NewReader(parsed))
	var cellEnds []int // where the text of a table cell ends
	cell := false      // walking a table cell's children
	keep := func(start, stop int) {
		start, stop = max(start, 0), min(stop, len(src))
		if start < stop {
			copy(out[start:stop], src[start:stop])
			decodeEntities(out, start, stop)
		}
	}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if _, ok := n.(*east.TableCell); ok {
				cell = false
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			if ls := n.Lines(); ls.Len() > 0 {
				code = append(code, [2]int{ls.At(0).Start, ls.At(ls.Len() - 1).Stop})
			}
			return ast.WalkSkipChildren, nil
		case *ast.CodeSpan:
			if first, last := n.FirstChild(), n.LastChild(); first != nil {
				if a, ok := first.(*ast.Text); ok {
					if b, ok := last.(*ast.Text); ok {
						code = append(code, [2]int{a.Segment.Start, b.Segment.Stop})
					}
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Image, *ast.AutoLink, *ast.RawHTML, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			keep(n.Segment.Start, n.Segment.Stop)
			if cell {
				cellEnds = append(cellEnds, n.Segment.Stop)
			}
		case *ast.ListItem:
			keepListMarker(src, out, n)
		case *east.TableCell:
			cell = true
		}
		return ast.WalkContinue, nil
	})
	for i, c := range src {
		if c == '\n' || c == '\r' {
			out[i] = c
		}
	}
	// The pipe after a table cell ends the cell's text, as a line does:
	// "| Ukraine | Peskov said the talks failed. |" is two cells, not one
	// sentence whose source is "Ukraine | Peskov".
	for _, end := range cellEnds {
		for i := end; i < len(src) && src[i] != '\n' && src[i] != '\r'; i++ {
			if src[i] == '|' && out[i] == ' ' {
				out[i] = '\n'
				break
			}
		}
	}
	return string(out), code
}

// keepListMarker copies a list item's marker ("-", "*", "1.") to out: the
// last run of non-blank bytes before the item's first line of content, on
// the same line.
func keepListMarker(src, out []byte, li *ast.ListItem) {
	first := li.FirstChild()
	if first == nil || first.Lines().Len() == 0 {
		return
	}
	content := first.Lines().At(0).Start
	lineStart := bytes.LastIndexAny(src[:content], "\r\n") + 1
	end := content
	for end > lineStart && isBlank(src[end-1]) {
		end--
	}
	start := end
	for start > lineStart && !isBlank(src[start-1]) && src[start-1] != '>' {
		start--
	}
	copy(out[start:end], src[start:end])
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// frontMatterLen returns the length of the YAML ("---") or TOML ("+++")
// front matter at the start of src, through the end of its closing line, or
// 0 when src has none.
func frontMatterLen(src []byte) int {
	var fence []byte
	switch {
	case bytes.HasPrefix(src, []byte("---")):
		fence = []byte("---")
	case bytes.HasPrefix(src, []byte("+++")):
		fence = []byte("+++")
	default:
		return 0
	}
	first := lineEnd(src, 0)
	if !bytes.Equal(bytes.TrimRight(src[:first], " \t\r\n"), fence) {
		return 0
	}
	for i := first; i < len(src); {
		end := lineEnd(src, i)
		line := bytes.TrimRight(src[i:end], " \t\r\n")
		if bytes.Equal(line, fence) || (fence[0] == '-' && bytes.Equal(line, []byte("..."))) {
			return end
		}
		i = end
	}
	return 0 // no closing fence: not front matter
}

// lineEnd returns the offset just past the line break of the line starting
// at i, or len(src).
func lineEnd(src []byte, i int) int {
	j := bytes.IndexByte(src[i:], '\n')
	if j < 0 {
		return len(src)
	}
	return i + j + 1
}
