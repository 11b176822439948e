package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/bmatcuk/doublestar/v4"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
	"github.com/claimtrace/claimtrace/policy"
)

// readDocument reads the input named path, a file or stdin for "-", with
// the default limits (see inputLimits.readInput). A directory is an error
// naming it.
func readDocument(path string, stdin io.Reader) (*claims.Document, error) {
	return (*inputLimits)(nil).readInput(path, stdin)
}

// maskMarkup makes doc's analysis text the prose of a Markdown or HTML
// input (format forced, else by the file's extension; see markup.Scan) and
// returns the format, the input's claimtrace comments and those it cannot
// read. A text input is left as it is.
func maskMarkup(doc *claims.Document, forced markup.Format) (markup.Format, []markup.Directive, []markup.Problem) {
	format := forced
	if format == "" {
		format = markup.FormatOf(doc.Path)
	}
	if format == markup.Text {
		return format, nil, nil
	}
	// A BOM would hide front matter and the first heading: scan after it,
	// and keep every offset the file's.
	text, bom := strings.CutPrefix(doc.Text, utf8BOM)
	analysis, ds, ps := markup.Scan(format, []byte(text))
	if bom {
		analysis = strings.Repeat(" ", len(utf8BOM)) + analysis
		for i := range ds {
			ds[i].Start += len(utf8BOM)
			ds[i].End += len(utf8BOM)
		}
		for i := range ps {
			ps[i].Start += len(utf8BOM)
		}
	}
	doc.Analysis = analysis
	return format, ds, ps
}

// parseInputFormat reads --input-format: "" (by extension) or a format.
func parseInputFormat(s string) (markup.Format, error) {
	if s == "" {
		return "", nil
	}
	f, err := markup.ParseFormat(s)
	if err != nil {
		return "", fmt.Errorf("--input-format: %w", err)
	}
	return f, nil
}

// checkInputs rejects an argument list that reads stdin more than once.
func checkInputs(paths []string) error {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	if n > 1 {
		return errors.New(`"-" (stdin) given more than once`)
	}
	return nil
}

// sideNames returns the names of the lexicon's sides, in its order.
func sideNames(lex *lexicon.Lexicon) []string {
	names := make([]string, 0, len(lex.Sides))
	for _, s := range lex.Sides {
		names = append(names, s.Name)
	}
	return names
}

// inputFiles expands the input arguments of a batch: files and "-" as
// given, directories walked for the files that match include (default
// policy.DefaultInclude) and not exclude, and globs. It selects files as
// "claimtrace check" does (policy.Config.Files), with globs relative to
// the working directory.
func inputFiles(args, include, exclude []string) ([]string, error) {
	for _, g := range slices.Concat(include, exclude) {
		if !doublestar.ValidatePattern(g) {
			return nil, fmt.Errorf("bad glob %q", g)
		}
	}
	c := &policy.Config{Dir: ".", Include: include, Exclude: exclude}
	if len(c.Include) == 0 {
		c.Include = policy.DefaultInclude()
	}
	return c.Files(args)
}
