package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/policy"
)

func sampleCheck() *Check {
	return &Check{
		Files: []string{"a,b:c.md", "clean.md"},
		Findings: []policy.Finding{
			{Rule: policy.LoadedLanguage, Severity: policy.Warning, Message: "100% loaded:\nwording", Path: "a,b:c.md",
				Span: claims.Span{Start: 10, End: 20}, Start: claims.Position{Offset: 10, Line: 2, Column: 3},
				End: claims.Position{Offset: 20, Line: 2, Column: 13}, Claim: "c01", Text: "Moscow, as usual"},
			{Rule: policy.UnattributedClaim, Severity: policy.Info, Message: "no source", Path: "a,b:c.md",
				Span: claims.Span{Start: 30, End: 60}, Start: claims.Position{Offset: 30, Line: 3, Column: 1},
				End: claims.Position{Offset: 60, Line: 4, Column: 5}, Claim: "c02", Text: "Two\nlines"},
		},
	}
}

func TestWriteFindingsGitHub(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteFindingsGitHub(&buf, sampleCheck()))
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Equal(t, "::warning file=a%2Cb%3Ac.md,line=2,col=3,endLine=2,endColumn=13,title=loaded-language::100%25 loaded:%0Awording — Moscow, as usual", lines[0])
	assert.Equal(t, "::notice file=a%2Cb%3Ac.md,line=3,endLine=4,title=unattributed-claim::no source — Two lines", lines[1],
		"columns only when the finding starts and ends on one line")
}

func TestWriteFindingsText(t *testing.T) {
	var plain, color bytes.Buffer
	require.NoError(t, WriteFindingsText(&plain, sampleCheck(), TextStyle{}))
	require.NoError(t, WriteFindingsText(&color, sampleCheck(), TextStyle{Color: true}))
	assert.NotContains(t, plain.String(), "\x1b[")
	assert.Contains(t, color.String(), "\x1b[33mwarning")
	assert.True(t, strings.HasPrefix(plain.String(), "a,b:c.md\n  2:3  warning  loaded-language     100% loaded: wording\n"), plain.String())
	assert.True(t, strings.HasSuffix(plain.String(), "\n2 findings (1 warning, 1 info) in 2 files\n"), plain.String())

	var empty bytes.Buffer
	require.NoError(t, WriteFindingsText(&empty, &Check{Files: []string{"a.md"}}, TextStyle{}))
	assert.Equal(t, "0 findings in 1 file\n", empty.String())
}

func TestWriteFindingsLine(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteFindingsLine(&buf, sampleCheck()))
	assert.Equal(t, "a,b:c.md:2:3: warning loaded-language: 100% loaded: wording\na,b:c.md:3:1: info unattributed-claim: no source\n", buf.String())
}

func TestWriteFindingsSummary(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteFindingsSummary(&buf, sampleCheck()))
	assert.Contains(t, buf.String(), "## claimtrace check\n\n2 findings (1 warning, 1 info) in 2 files.\n")
	assert.Contains(t, buf.String(), "| `loaded-language` | warning | 1 |\n")
	assert.Contains(t, buf.String(), "| a,b:c.md | 3 | info | `unattributed-claim` | Two lines | no source |\n")
}

func TestWriteJUnit_cleanFile(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteJUnit(&buf, sampleCheck()))
	assert.Contains(t, buf.String(), `<testsuites name="claimtrace check" tests="3" failures="2">`)
	assert.Contains(t, buf.String(), `<testcase name="no findings" classname="clean.md"></testcase>`)
}

func TestWriteCheckstyle(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, WriteCheckstyle(&buf, sampleCheck()))
	assert.Contains(t, buf.String(), `<error line="2" column="3" severity="warning" message="100% loaded: wording" source="claimtrace.loaded-language"></error>`)
	assert.Contains(t, buf.String(), `<file name="clean.md"></file>`)
}
