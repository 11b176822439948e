package policy

import "fmt"

// Severity is how serious a finding is. Severities are ordered: info <
// warning < error.
type Severity string

// Severities, as the policy file and the outputs spell them.
const (
	Info    Severity = "info"
	Warning Severity = "warning"
	Error   Severity = "error"
	// Never is a fail level only: no finding fails the run.
	Never Severity = "none"
)

// rank orders severities; Never ranks above every finding.
func (s Severity) rank() int {
	switch s {
	case Info:
		return 1
	case Warning:
		return 2
	case Error:
		return 3
	case Never:
		return 4
	}
	return 0
}

// AtLeast reports whether s is as serious as level or more.
func (s Severity) AtLeast(level Severity) bool {
	return s.rank() >= level.rank() && s.rank() < Never.rank()
}

// ParseSeverity returns the severity named s. With failLevel, "none" is
// accepted too.
func ParseSeverity(s string, failLevel bool) (Severity, error) {
	switch Severity(s) {
	case Info, Warning, Error:
		return Severity(s), nil
	case Never:
		if failLevel {
			return Never, nil
		}
	}
	if failLevel {
		return "", fmt.Errorf("unknown fail level %q (want info, warning, error or none)", s)
	}
	return "", fmt.Errorf("unknown severity %q (want info, warning or error)", s)
}
