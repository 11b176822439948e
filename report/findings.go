package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/claimtrace/claimtrace/policy"
)

// Check is the result of "claimtrace check": the files read and the
// findings on them, which every findings format writes.
type Check struct {
	Files    []string         // the files checked, in the order they were read
	Findings []policy.Finding // sorted with policy.SortFindings
	Version  string           // the claimtrace version, for SARIF's tool driver
}

// Counts returns how many findings there are of each severity.
func (c *Check) Counts() map[policy.Severity]int {
	n := map[policy.Severity]int{}
	for _, f := range c.Findings {
		n[f.Severity]++
	}
	return n
}

// summaryLine is "3 findings (1 warning, 2 info) in 2 files".
func (c *Check) summaryLine() string {
	n := c.Counts()
	var parts []string
	for _, s := range []policy.Severity{policy.Error, policy.Warning, policy.Info} {
		if n[s] > 0 {
			parts = append(parts, plural(n[s], string(s)))
		}
	}
	s := plural(len(c.Findings), "finding")
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s + " in " + plural(len(c.Files), "file")
}

func plural(n int, noun string) string {
	if n == 1 || noun == "info" {
		return fmt.Sprintf("%d %s", n, noun)
	}
	if noun == "error" || noun == "warning" || noun == "finding" || noun == "file" {
		return fmt.Sprintf("%d %ss", n, noun)
	}
	return fmt.Sprintf("%d %s", n, noun)
}

// WriteFindingsLine writes one line per finding in the form compilers use,
// which editors and CI problem matchers parse:
// "path:line:col: severity rule: message".
func WriteFindingsLine(w io.Writer, c *Check) error {
	ew := &stickyWriter{w: w}
	for _, f := range c.Findings {
		ew.printf("%s:%d:%d: %s %s: %s\n", f.Path, f.Start.Line, f.Start.Column, f.Severity, f.Rule, oneLine(f.Message))
	}
	return ew.err
}

// TextStyle says how WriteFindingsText decorates its output.
type TextStyle struct {
	Color bool // ANSI colours, for a terminal
}

// WriteFindingsText writes the findings for people, grouped by file: each
// finding's position, severity, rule and message, then the claim as
// written, then a summary line.
func WriteFindingsText(w io.Writer, c *Check, st TextStyle) error {
	ew := &stickyWriter{w: w}
	paint := func(code, s string) string {
		if !st.Color {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	sevColor := map[policy.Severity]string{policy.Error: "31", policy.Warning: "33", policy.Info: "36"}
	posWidth, ruleWidth := 0, 0
	for _, f := range c.Findings {
		posWidth = max(posWidth, len(fmt.Sprintf("%d:%d", f.Start.Line, f.Start.Column)))
		ruleWidth = max(ruleWidth, len(f.Rule))
	}
	for i, f := range c.Findings {
		if i == 0 || c.Findings[i-1].Path != f.Path {
			if i > 0 {
				ew.printf("\n")
			}
			ew.printf("%s\n", paint("1;4", f.Path))
		}
		ew.printf("  %-*s  %s  %s  %s\n", posWidth, fmt.Sprintf("%d:%d", f.Start.Line, f.Start.Column),
			paint(sevColor[f.Severity], fmt.Sprintf("%-7s", f.Severity)), paint("2", fmt.Sprintf("%-*s", ruleWidth, f.Rule)), oneLine(f.Message))
		ew.printf("  %*s  %s %s\n", posWidth, "", paint("2", "│"), truncate(oneLine(f.Text), 100))
	}
	if len(c.Findings) > 0 {
		ew.printf("\n")
	}
	ew.printf("%s\n", c.summaryLine())
	return ew.err
}

// WriteFindingsSummary writes a Markdown summary of the findings, for a
// GitHub job summary ($GITHUB_STEP_SUMMARY) or a review comment.
func WriteFindingsSummary(w io.Writer, c *Check) error {
	ew := &stickyWriter{w: w}
	ew.printf("## claimtrace check\n\n%s.\n", c.summaryLine())
	if len(c.Findings) == 0 {
		return ew.err
	}
	byRule := map[string]int{}
	for _, f := range c.Findings {
		byRule[f.Rule]++
	}
	ew.printf("\n| rule | severity | findings |\n|---|---|---:|\n")
	for _, r := range policy.Rules() {
		if byRule[r.ID] > 0 {
			ew.printf("| `%s` | %s | %d |\n", r.ID, severityOf(c.Findings, r.ID), byRule[r.ID])
		}
	}
	ew.printf("\n| file | line | severity | rule | claim | message |\n|---|---:|---|---|---|---|\n")
	for _, f := range c.Findings {
		ew.printf("| %s | %d | %s | `%s` | %s | %s |\n", mdCell(f.Path), f.Start.Line, f.Severity, f.Rule,
			mdCell(truncate(oneLine(f.Text), 80)), mdCell(oneLine(f.Message)))
	}
	return ew.err
}

// severityOf returns the severity the findings of a rule carry.
func severityOf(fs []policy.Finding, rule string) policy.Severity {
	for _, f := range fs {
		if f.Rule == rule {
			return f.Severity
		}
	}
	return ""
}

func mdCell(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\\", "\\\\"), "|", "\\|")
}

// truncate shortens s to at most n characters, marking the cut with "…".
func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// fileOrder returns the files of c with findings or not, sorted, each once.
func fileOrder(c *Check) []string {
	files := slices.Clone(c.Files)
	for _, f := range c.Findings {
		files = append(files, f.Path)
	}
	slices.SortFunc(files, cmp.Compare)
	return slices.Compact(files)
}

// stickyWriter remembers the first write error, so that the findings
// writers check it once.
type stickyWriter struct {
	w   io.Writer
	err error
}

func (e *stickyWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}
