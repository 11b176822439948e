package report

import (
	"encoding/xml"
	"fmt"
	"io"
)

type checkstyleXML struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// WriteCheckstyle writes the check result as Checkstyle XML: one file
// element per file checked, one error element per finding, its source
// "claimtrace.RULE".
func WriteCheckstyle(w io.Writer, c *Check) error {
	out := checkstyleXML{Version: "4.3"}
	for _, path := range fileOrder(c) {
		cf := checkstyleFile{Name: path}
		for _, f := range c.Findings {
			if f.Path == path {
				cf.Errors = append(cf.Errors, checkstyleError{Line: f.Start.Line, Column: f.Start.Column,
					Severity: string(f.Severity), Message: oneLine(f.Message), Source: "claimtrace." + f.Rule})
			}
		}
		out.Files = append(out.Files, cf)
	}
	return writeXML(w, out)
}

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	ClassName string        `xml:"classname,attr"`
	Failure   *junitFailure `xml:"failure"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// WriteJUnit writes the check result as JUnit XML, which CI systems show
// as a test report: one test suite per file; a file without findings is
// one passing test case, and each finding is a failed test case named
// after its rule and position, its type the severity.
func WriteJUnit(w io.Writer, c *Check) error {
	out := junitSuites{Name: "claimtrace check"}
	for _, path := range fileOrder(c) {
		s := junitSuite{Name: path}
		for _, f := range c.Findings {
			if f.Path != path {
				continue
			}
			s.Cases = append(s.Cases, junitCase{
				Name:      fmt.Sprintf("%s at %d:%d (%s)", f.Rule, f.Start.Line, f.Start.Column, f.Claim),
				ClassName: path,
				Failure: &junitFailure{Message: oneLine(f.Message), Type: string(f.Severity),
					Text: fmt.Sprintf("%s:%d:%d: %s\n%s", f.Path, f.Start.Line, f.Start.Column, oneLine(f.Message), f.Text)},
			})
			s.Failures++
		}
		if len(s.Cases) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: "no findings", ClassName: path})
		}
		s.Tests = len(s.Cases)
		out.Tests += s.Tests
		out.Failures += s.Failures
		out.Suites = append(out.Suites, s)
	}
	return writeXML(w, out)
}

func writeXML(w io.Writer, v any) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write xml: %w", err)
	}
	return nil
}
