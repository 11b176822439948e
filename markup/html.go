package markup

import (
	"bytes"

	"golang.org/x/net/html"
)

// blockElements end a line: the splitter must not join text across them.
var blockElements = map[string]bool{
	"p": true, "div": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true,
	"h5": true, "h6": true, "br": true, "tr": true, "td": true, "th": true, "section": true,
	"article": true, "blockquote": true, "ul": true, "ol": true, "header": true, "footer": true,
	"aside": true, "figure": true, "figcaption": true, "table": true, "hr": true, "title": true,
	"main": true, "nav": true, "pre": true, "dd": true, "dt": true,
}

// hiddenElements hold no prose: their text is masked. Code is not prose,
// as in Markdown.
var hiddenElements = map[string]bool{
	"script": true, "style": true, "template": true, "noscript": true,
	"pre": true, "code": true, "kbd": true, "samp": true,
}

// maskHTML keeps text outside script, style, template and code, decodes its
// character references in place, masks tags, attributes, comments and
// doctypes, and writes "\n" at the first byte of each block element's tag
// so that the splitter sees the block break.
func maskHTML(src []byte) string {
	out := bytes.Repeat([]byte{' '}, len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	off, hidden := 0, 0 // hidden: how many hidden elements are open
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		start, end := off, min(off+len(raw), len(src))
		off = end
		switch tt {
		case html.TextToken:
			if hidden == 0 {
				copy(out[start:end], src[start:end])
				decodeEntities(out, start, end)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			tag := string(name)
			if hiddenElements[tag] {
				if tt == html.StartTagToken {
					hidden++
				} else if tt == html.EndTagToken && hidden > 0 {
					hidden--
				}
			}
			if blockElements[tag] && start < end {
				out[start] = '\n'
			}
		}
	}
	for i, c := range src {
		if c == '\n' || c == '\r' {
			out[i] = c
		}
	}
	return string(out)
}
