package report

import (
	"io"
	"strconv"
	"strings"

	"github.com/claimtrace/claimtrace/policy"
)

// WriteFindingsGitHub writes one GitHub Actions workflow command per
// finding, which GitHub shows as an annotation on the line in the pull
// request: "::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::message".
// Columns are sent only when the finding starts and ends on one line;
// info findings are notices.
func WriteFindingsGitHub(w io.Writer, c *Check) error {
	ew := &stickyWriter{w: w}
	for _, f := range c.Findings {
		cmd := map[policy.Severity]string{policy.Error: "error", policy.Warning: "warning"}[f.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		props := []string{"file=" + ghProperty(f.Path), "line=" + strconv.Itoa(f.Start.Line)}
		if f.Start.Line == f.End.Line {
			props = append(props, "col="+strconv.Itoa(f.Start.Column))
		}
		props = append(props, "endLine="+strconv.Itoa(f.End.Line))
		if f.Start.Line == f.End.Line {
			props = append(props, "endColumn="+strconv.Itoa(f.End.Column))
		}
		props = append(props, "title="+ghProperty(f.Rule))
		ew.printf("::%s %s::%s\n", cmd, strings.Join(props, ","), ghData(f.Message+" — "+oneLine(f.Text)))
	}
	return ew.err
}

// ghData escapes a workflow command's message as the Actions runner
// expects: %, CR and LF.
func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// ghProperty escapes a workflow command property value: as ghData, and
// also ":" and ",", which separate properties.
func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
