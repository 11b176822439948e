package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// CSVHeader is the header row WriteCSV writes.
var CSVHeader = []string{"id", "path", "line", "column", "source", "sides", "cue", "stance", "hedged", "hedges", "quote", "cluster", "provenance", "text"}

// WriteCSV writes the claims of as as CSV (RFC 4180, encoding/csv): a
// header row (CSVHeader), then one row a claim, documents in order. Lists
// (sides, hedges, provenance) are joined with "; "; "hedged" is true or
// false; line and column are 1-based, the column counted in characters;
// the source and text are given in full, their line breaks folded to
// spaces. Nothing is written when an error occurs.
func WriteCSV(w io.Writer, as []Analysis) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(CSVHeader); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	for i := range as {
		a := &as[i]
		if err := a.check(); err != nil {
			return err
		}
		for j := range a.Claims {
			c := &a.Claims[j]
			pos := a.Doc.Position(c.Span.Start)
			source := ""
			if c.Source != nil {
				source = oneLine(c.Source.Text)
			}
			rec := []string{c.ID, a.Doc.Path, strconv.Itoa(pos.Line), strconv.Itoa(pos.Column), source,
				strings.Join(sidesOf(c, a.Publisher), "; "), c.Cue, string(c.Stance), strconv.FormatBool(c.Hedged),
				strings.Join(c.Hedges, "; "), string(c.Quote), c.Cluster, strings.Join(c.Provenance, "; "), oneLine(a.Doc.Slice(c.Span))}
			if err := cw.Write(rec); err != nil {
				return fmt.Errorf("write csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// oneLine folds runs of white space, line breaks included, to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
