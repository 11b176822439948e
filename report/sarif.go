package report

import (
	"fmt"
	"io"
	"path/filepath"

	"github.com/owenrumney/go-sarif/v3/pkg/report/v210/sarif"

	"github.com/claimtrace/claimtrace/policy"
)

// sarifLevel maps a severity to a SARIF result level.
func sarifLevel(s policy.Severity) string {
	switch s {
	case policy.Error:
		return "error"
	case policy.Warning:
		return "warning"
	}
	return "note"
}

// WriteSARIF writes the check result as a SARIF 2.1.0 log with one run:
// the tool with every rule's metadata and help, the files as artifacts,
// and one result per finding with its region (lines, columns in Unicode
// code points, byte offset and length) and the claim in its properties.
func WriteSARIF(w io.Writer, c *Check) error {
	run := sarif.NewRunWithInformationURI("claimtrace", "https://github.com/claimtrace/claimtrace")
	run.WithColumnKind("unicodeCodePoints")
	run.Tool.Driver.WithVersion(c.Version).WithSemanticVersion(semver(c.Version))
	for _, r := range policy.Rules() {
		run.AddRule(r.ID).
			WithName(r.ID).
			WithShortDescription(sarif.NewMultiformatMessageString().WithText(r.Summary)).
			WithFullDescription(sarif.NewMultiformatMessageString().WithText(r.Help)).
			WithHelp(sarif.NewMultiformatMessageString().WithText(r.Help).WithMarkdown(r.Help)).
			WithHelpURI("https://github.com/claimtrace/claimtrace/blob/main/docs/check.md#" + r.ID).
			WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(sarifLevel(r.Severity)))
	}
	for _, p := range c.Files {
		run.AddDistinctArtifact(artifactURI(p))
	}
	for _, f := range c.Findings {
		props := sarif.NewPropertyBag().Add("claim", f.Claim).Add("claimText", f.Text).Add("sides", f.Sides).Add("severity", string(f.Severity))
		if f.Source != nil {
			props.Add("source", f.Source.Text).Add("sourceType", string(f.Source.Type))
		}
		region := sarif.NewRegion().
			WithStartLine(f.Start.Line).WithStartColumn(f.Start.Column).
			WithEndLine(f.End.Line).WithEndColumn(f.End.Column).
			WithByteOffset(f.Span.Start).WithByteLength(f.Span.Len()).
			WithSnippet(sarif.NewArtifactContent().WithText(f.Text))
		run.CreateResultForRule(f.Rule).
			WithRuleIndex(run.GetRuleIndex(f.Rule)).
			WithLevel(sarifLevel(f.Severity)).
			WithMessage(sarif.NewTextMessage(f.Message)).
			WithProperties(props).
			AddLocation(sarif.NewLocationWithPhysicalLocation(
				sarif.NewPhysicalLocation().
					WithArtifactLocation(sarif.NewSimpleArtifactLocation(artifactURI(f.Path))).
					WithRegion(region)))
	}
	rep := sarif.NewReport()
	rep.AddRun(run)
	if err := rep.PrettyWrite(w); err != nil {
		return fmt.Errorf("write sarif: %w", err)
	}
	return nil
}

// artifactURI is a file's path as a relative URI reference, the form GitHub
// code scanning resolves against the repository root.
func artifactURI(path string) string {
	if path == "-" {
		return "stdin"
	}
	return filepath.ToSlash(filepath.Clean(path))
}

// semver returns v when it looks like a semantic version, else "0.0.0-" + v.
func semver(v string) string {
	if len(v) > 0 && v[0] == 'v' {
		v = v[1:]
	}
	if len(v) > 0 && v[0] >= '0' && v[0] <= '9' {
		return v
	}
	return "0.0.0-" + v
}
