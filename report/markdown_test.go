package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

func TestWriteMarkdown(t *testing.T) {
	a := sample()
	a.Claims[1].Cluster = "k1"
	a.Claims[1].Provenance = []string{"c01"}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, []Analysis{a}); err != nil {
		t.Fatal(err)
	}
	want := `## t.txt (publisher: P)

### Claims (2)

| id | line | source | sides | cue | stance | hedged | text |
| --- | --- | --- | --- | --- | --- | --- | --- |
| c01 | 2 | officials | US | told | asserts | scare-quotes | US & Russia “talk” |
| c02 | 2 | — | P |  | asserts |  | It rained. |

### Non-claims (1)

| line | kind | text |
| --- | --- | --- |
| 1 | heading | Talks in Türkiye |

### Sides

| side | attributed | hedged | confirmed_by_other_sides | disputed_by_other_sides | disputes | no_comment |
| --- | --- | --- | --- | --- | --- | --- |
| US | 1 | 1 | 0 | 0 | 0 | 0 |
| P | 1 | 0 | 0 | 0 | 0 | 0 |

### Confirmation matrix (rows claim, columns respond: confirmed / disputed / no comment)

| claims \\ responds | US |
| --- | --- |
| P | 1 / 0 / 0 |

### Clusters (1)

| cluster | claim | line | sides | stance | text |
| --- | --- | --- | --- | --- | --- |
| k1 | c01 | 2 | US | asserts | US & Russia “talk” |
| k1 | c02 | 2 | P | asserts | It rained. |

### Single-source restatements (1)

| claim | line | rests on | side | text |
| --- | --- | --- | --- | --- |
| c02 | 2 | c01 | US | It rained. |
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestMdEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"a | b", `a \| b`},
		{`back\slash`, `back\\slash`},
		{"two\r\nlines\nhere", "two lines here"},
		{"“curly” Türkiye", "“curly” Türkiye"},
	}
	for _, tt := range tests {
		if got := mdEscape(tt.in); got != tt.want {
			t.Errorf("mdEscape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	a := sample()
	a.Claims[0].Source.Text = "officials,\r\n “senior”"
	a.Claims[1].Provenance = []string{"c01", "c09"}
	var buf bytes.Buffer
	if err := WriteCSV(&buf, []Analysis{a}); err != nil {
		t.Fatal(err)
	}
	want := "id,path,line,column,source,sides,cue,stance,hedged,hedges,quote,cluster,provenance,text\n" +
		"c01,t.txt,2,1,\"officials, “senior”\",US,told,asserts,true,scare-quotes,partial,k1,,US & Russia “talk”\n" +
		"c02,t.txt,2,42,,P,,asserts,false,,none,,c01; c09,It rained.\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	recs, err := csv.NewReader(strings.NewReader(buf.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if len(r) != len(CSVHeader) {
			t.Errorf("row %q has %d fields, want %d", r, len(r), len(CSVHeader))
		}
	}
}

func TestMatrix(t *testing.T) {
	src := &claims.Source{Text: "x"}
	cs := []claims.Claim{
		{ID: "c1", Source: src, Sides: []string{"A"}, Stance: claims.Asserts, Cluster: "k1"},
		{ID: "c2", Source: src, Sides: []string{"B"}, Stance: claims.Disputes, Cluster: "k1"},
		{ID: "c3", Source: src, Sides: []string{"C"}, Stance: claims.Confirms, Cluster: "k1"},
		{ID: "c4", Sides: []string{"P"}, Stance: claims.Asserts, Cluster: "k1"},
		{ID: "c5", Source: src, Sides: []string{"B"}, Stance: claims.Asserts, Cluster: "k2"},
		{ID: "c6", Source: src, Sides: []string{"A"}, Stance: claims.NoComment, Cluster: "k2"},
		{ID: "c7", Source: src, Sides: []string{"A"}, Stance: claims.Asserts},
	}
	got := map[[2]string][3]int{}
	for _, c := range Matrix(cs, "P", []string{"A", "B", "C"}) {
		if c.Respondent == "P" || c.Claimant == c.Respondent {
			t.Errorf("cell %+v: the publisher and a side facing itself are no columns", c)
		}
		got[[2]string{c.Claimant, c.Respondent}] = [3]int{c.Confirmed, c.Disputed, c.NoComment}
	}
	want := map[[2]string][3]int{
		{"A", "B"}: {0, 1, 0}, {"A", "C"}: {1, 0, 0},
		{"B", "A"}: {0, 0, 1}, {"B", "C"}: {0, 0, 0},
		{"C", "A"}: {1, 0, 0}, {"C", "B"}: {0, 1, 0},
		{"P", "A"}: {1, 0, 0}, {"P", "B"}: {0, 1, 0}, {"P", "C"}: {1, 0, 0},
	}
	if len(got) != len(want) {
		t.Errorf("got %d cells, want %d: %v", len(got), len(want), got)
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%s → %s = %v, want %v", k[0], k[1], got[k], w)
		}
	}
}

func TestRestatements(t *testing.T) {
	src := &claims.Source{Text: "x"}
	cs := []claims.Claim{
		{ID: "c1", Stance: claims.Asserts, Provenance: []string{"c3"}},
		{ID: "c2", Stance: claims.Asserts, Provenance: []string{"c3", "c4"}},
		{ID: "c3", Source: src, Sides: []string{"A"}, Stance: claims.Asserts},
		{ID: "c4", Source: src, Sides: []string{"B"}, Stance: claims.Asserts},
		{ID: "c5", Stance: claims.Asserts, Provenance: []string{"c4", "c6"}},
		{ID: "c6", Source: src, Sides: []string{"B"}, Stance: claims.Confirms},
	}
	got := Restatements(cs, "P")
	if len(got) != 2 || got[0].Claim != "c1" || got[0].Side != "A" || got[1].Claim != "c5" || got[1].Side != "B" {
		t.Errorf("got %+v, want c1 resting on A and c5 on B", got)
	}
}
