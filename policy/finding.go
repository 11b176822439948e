package policy

import (
	"cmp"
	"slices"

	"github.com/claimtrace/claimtrace/claims"
)

// Finding is one place where a document breaks the policy.
type Finding struct {
	Rule     string          // rule id ("loaded-language")
	Severity Severity        // the policy's severity for the rule
	Message  string          // what is wrong and what to do, for a reporter
	Path     string          // the file, as named on the command line
	Span     claims.Span     // bytes of the claim in the original file
	Start    claims.Position // where Span starts
	End      claims.Position // where Span ends (one past its last character)
	Claim    string          // id of the claim ("c19")
	Text     string          // the claim as written: the file's bytes at Span
	Source   *claims.Source  // the claim's source; nil in the publisher's voice
	Sides    []string        // the sides the source speaks for
}

// SortFindings sorts findings by file, line, column, rule and claim, so that
// every output lists them in one deterministic order.
func SortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		return cmp.Or(
			cmp.Compare(a.Path, b.Path),
			cmp.Compare(a.Start.Line, b.Start.Line),
			cmp.Compare(a.Start.Column, b.Start.Column),
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Claim, b.Claim),
		)
	})
}

// Fails reports whether any finding is at or above level.
func Fails(fs []Finding, level Severity) bool {
	for _, f := range fs {
		if f.Severity.AtLeast(level) {
			return true
		}
	}
	return false
}
