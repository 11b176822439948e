package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/claimtrace/claimtrace/policy"
)

// CheckSchema names the version of the check JSON format. Fields may be
// added; renaming or dropping one bumps it.
const CheckSchema = "claimtrace-check/v1"

type jsonCheck struct {
	Schema   string         `json:"schema"`
	Files    []string       `json:"files"`
	Findings []jsonFinding  `json:"findings"`
	Summary  map[string]int `json:"summary"`
}

type jsonFinding struct {
	Rule     string          `json:"rule"`
	Severity policy.Severity `json:"severity"`
	Message  string          `json:"message"`
	Path     string          `json:"path"`
	Span     jsonRange       `json:"span"`
	Claim    jsonCheckClaim  `json:"claim"`
}

// jsonRange is a byte range with the line and column of both ends; columns
// are 1-based Unicode characters, end is one past the last character.
type jsonRange struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	Line      int `json:"line"`
	Column    int `json:"column"`
	EndLine   int `json:"end_line"`
	EndColumn int `json:"end_column"`
}

type jsonCheckClaim struct {
	ID     string          `json:"id"`
	Text   string          `json:"text"`
	Source *jsonFindingSrc `json:"source"`
	Sides  []string        `json:"sides"`
}

type jsonFindingSrc struct {
	Text string `json:"text"`
	Name string `json:"name"`
	Type string `json:"type"`
}

// WriteFindingsJSON writes the check result as one JSON object in the
// claimtrace-check/v1 format (documented in docs/check.md).
func WriteFindingsJSON(w io.Writer, c *Check) error {
	out := jsonCheck{Schema: CheckSchema, Files: c.Files, Findings: []jsonFinding{}, Summary: map[string]int{}}
	if out.Files == nil {
		out.Files = []string{}
	}
	for _, s := range []policy.Severity{policy.Error, policy.Warning, policy.Info} {
		out.Summary[string(s)] = c.Counts()[s]
	}
	for _, f := range c.Findings {
		jf := jsonFinding{
			Rule: f.Rule, Severity: f.Severity, Message: f.Message, Path: f.Path,
			Span: jsonRange{Start: f.Span.Start, End: f.Span.End, Line: f.Start.Line, Column: f.Start.Column,
				EndLine: f.End.Line, EndColumn: f.End.Column},
			Claim: jsonCheckClaim{ID: f.Claim, Text: f.Text, Sides: f.Sides},
		}
		if jf.Claim.Sides == nil {
			jf.Claim.Sides = []string{}
		}
		if f.Source != nil {
			jf.Claim.Source = &jsonFindingSrc{Text: f.Source.Text, Name: f.Source.Name, Type: string(f.Source.Type)}
		}
		out.Findings = append(out.Findings, jf)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}
