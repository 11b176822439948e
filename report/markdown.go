package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the same report as WriteTable as Markdown, for
// pasting into a review: a "##" heading per document, a "###" heading per
// section and a pipe table under each. Pipes and backslashes in cells are
// escaped, so a quotation with "|" cannot break a row. Nothing is written
// when an error occurs.
func WriteMarkdown(w io.Writer, as []Analysis) error {
	var buf bytes.Buffer
	for i := range as {
		a := &as[i]
		if err := a.check(); err != nil {
			return err
		}
		if i > 0 {
			buf.WriteString("\n")
		}
		fmt.Fprintf(&buf, "## %s (publisher: %s)\n", mdEscape(a.Doc.Path), mdEscape(a.Publisher))
		for _, s := range documentSections(a) {
			fmt.Fprintf(&buf, "\n### %s\n\n", mdEscape(s.title))
			writeMarkdownTable(&buf, s.header, s.rows)
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write markdown: %w", err)
	}
	return nil
}

// writeMarkdownTable writes one pipe table; a table without rows keeps its
// header so the section still shows its columns.
func writeMarkdownTable(buf *bytes.Buffer, header []string, rows [][]string) {
	row := func(cells []string) {
		buf.WriteString("|")
		for _, c := range cells {
			buf.WriteString(" " + mdEscape(c) + " |")
		}
		buf.WriteString("\n")
	}
	row(header)
	buf.WriteString("|" + strings.Repeat(" --- |", len(header)) + "\n")
	for _, r := range rows {
		row(r)
	}
}

// mdEscape makes s safe in a Markdown table cell: one line, backslashes
// and pipes escaped.
var mdReplacer = strings.NewReplacer(`\`, `\\`, `|`, `\|`, "\r\n", " ", "\n", " ", "\r", " ")

func mdEscape(s string) string { return mdReplacer.Replace(s) }
