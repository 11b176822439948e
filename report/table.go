package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/claimtrace/claimtrace/claims"
)

// TextWidth is the number of characters of claim and non-claim text a
// table row shows; longer text is cut and ends in "…".
const TextWidth = 60

// SourceWidth is the number of characters of a source mention a claims
// table row shows; longer mentions are cut and end in "…".
const SourceWidth = 40

// WriteTable writes as as plain-text tables for people: for each document
// a header line with its path and publisher, then a table of claims (one
// row a claim), a table of non-claims, the per-side summary, and when they
// have rows the confirmation matrix (see Matrix), the clusters of two or
// more claims with their members, and the single-source restatements (see
// Restatements). The output has no colour and depends only on the input.
// Nothing is written when an error occurs.
func WriteTable(w io.Writer, as []Analysis) error {
	var buf bytes.Buffer
	for i := range as {
		if i > 0 {
			buf.WriteString("\n")
		}
		if err := writeDocumentTables(&buf, &as[i]); err != nil {
			return err
		}
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write table: %w", err)
	}
	return nil
}

// writeDocumentTables writes the tables of one document.
func writeDocumentTables(buf *bytes.Buffer, a *Analysis) error {
	if err := a.check(); err != nil {
		return err
	}
	fmt.Fprintf(buf, "%s (publisher: %s)\n", a.Doc.Path, a.Publisher)
	for _, s := range documentSections(a) {
		fmt.Fprintf(buf, "\n%s\n", s.title)
		if err := renderTable(buf, s.header, s.rows); err != nil {
			return fmt.Errorf("%s: %s table: %w", a.Doc.Path, strings.ToLower(strings.Fields(s.title)[0]), err)
		}
	}
	return nil
}

// hedgedCell is the table's "hedged" cell: the hedges' names, "yes" for a
// hedged claim without named hedges, or "" for an unhedged one.
func hedgedCell(c *claims.Claim) string {
	switch {
	case len(c.Hedges) > 0:
		return strings.Join(c.Hedges, ", ")
	case c.Hedged:
		return "yes"
	}
	return ""
}

// renderTable writes one table with a header row. Cells are left-aligned,
// neither wrapped nor reformatted, so output is the same on every terminal.
func renderTable(w io.Writer, header []string, rows [][]string) error {
	t := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
	)
	t.Header(header)
	for _, r := range rows {
		if err := t.Append(r); err != nil {
			return fmt.Errorf("append row: %w", err)
		}
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	return nil
}

// Shorten returns s on one line, its runs of white space (line breaks
// included) folded to single spaces, cut to at most width characters
// (runes) with "…" as the last one when it was longer. It never cuts inside
// a UTF-8 sequence.
func Shorten(s string, width int) string {
	s = strings.Join(strings.Fields(s), " ")
	if width < 1 || utf8.RuneCountInString(s) <= width {
		return s
	}
	n := 0
	for i := range s {
		if n == width-1 {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		n++
	}
	return s
}
