package markup

import (
	"fmt"
	"path/filepath"
	"strings"
)

// Format is the markup language of an input.
type Format string

// Formats, as --input-format spells them.
const (
	Text     Format = "text"     // plain text, read as is
	Markdown Format = "markdown" // CommonMark with GitHub's extensions
	HTML     Format = "html"     // an HTML document or fragment
)

// Formats lists the formats in the order help prints them.
func Formats() []Format { return []Format{Text, Markdown, HTML} }

// ParseFormat returns the format named s, or an error listing the names.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if string(f) == s {
			return f, nil
		}
	}
	return "", fmt.Errorf("unknown input format %q (want text, markdown or html)", s)
}

// FormatOf returns the format of a file by its extension: .md and
// .markdown are Markdown, .html and .htm are HTML, anything else is text.
func FormatOf(path string) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm":
		return HTML
	}
	return Text
}
