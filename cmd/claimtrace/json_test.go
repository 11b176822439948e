package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// contractSpan is a span object of the claimtrace/v1 JSON contract.
type contractSpan struct {
	Start     *int `json:"start"`
	End       *int `json:"end"`
	Line      int  `json:"line"`
	Column    int  `json:"column"`
	EndLine   int  `json:"end_line"`
	EndColumn int  `json:"end_column"`
}

// contractOutput is the claimtrace/v1 JSON contract, decoded independently
// of the report package so that a change there cannot hide a break here.
type contractOutput struct {
	Schema    string `json:"schema"`
	Documents []struct {
		Path      string `json:"path"`
		Publisher string `json:"publisher"`
		Claims    []struct {
			ID       string       `json:"id"`
			Sentence string       `json:"sentence"`
			Text     string       `json:"text"`
			Span     contractSpan `json:"span"`
			Source   *struct {
				Text string       `json:"text"`
				Type string       `json:"type"`
				Span contractSpan `json:"span"`
				Name string       `json:"name"`
				Via  *struct {
					Text string       `json:"text"`
					Span contractSpan `json:"span"`
				} `json:"via"`
			} `json:"source"`
			Sides  []string `json:"sides"`
			Cue    *string  `json:"cue"`
			Stance string   `json:"stance"`
			Hedged *bool    `json:"hedged"`
			Hedges []string `json:"hedges"`
			Quote  string   `json:"quote"`
		} `json:"claims"`
		NonClaims []struct {
			Text string       `json:"text"`
			Kind string       `json:"kind"`
			Span contractSpan `json:"span"`
		} `json:"non_claims"`
		Clusters []struct {
			ID     string   `json:"id"`
			Claims []string `json:"claims"`
		} `json:"clusters"`
		Sides []struct {
			Side string `json:"side"`
		} `json:"sides"`
	} `json:"documents"`
}

// lineCol returns the 1-based line and column (in characters) of byte
// offset off in text, counting "\n", "\r\n" and a lone "\r" as line ends.
// It is written apart from claims.Document on purpose.
func lineCol(text string, off int) (line, col int) {
	line, start := 1, 0
	for i := 0; i < off; i++ {
		switch {
		case text[i] == '\n':
			line, start = line+1, i+1
		case text[i] == '\r' && (i+1 == len(text) || text[i+1] != '\n'):
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCountInString(text[start:off]) + 1
}

func TestRun_jsonContract(t *testing.T) {
	chdirRoot(t)
	src, err := os.ReadFile(article)
	if err != nil {
		t.Fatal(err)
	}
	crlf := strings.ReplaceAll(string(src), "\n", "\r\n")
	tests := []struct {
		name  string
		text  string
		args  []string
		stdin string
	}{
		{"file", string(src), []string{"analyze", "--format", "json", "--publisher", "RBC-Ukraine", article}, ""},
		{"CRLF on stdin", crlf, []string{"analyze", "--format", "json", "--publisher", "RBC-Ukraine", "-"}, crlf},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, tt.stdin, tt.args...)
			if code != exitOK {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			var out contractOutput
			dec := json.NewDecoder(strings.NewReader(stdout))
			if err := dec.Decode(&out); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			if out.Schema != "claimtrace/v1" {
				t.Errorf("schema = %q", out.Schema)
			}
			if len(out.Documents) != 1 {
				t.Fatalf("got %d documents, want 1", len(out.Documents))
			}
			d := out.Documents[0]
			if d.Publisher != "RBC-Ukraine" {
				t.Errorf("publisher = %q", d.Publisher)
			}
			if d.Claims == nil || d.NonClaims == nil || d.Clusters == nil || d.Sides == nil {
				t.Errorf("claims, non_claims, clusters and sides must be lists, not null")
			}
			checkSpan := func(what, want string, s contractSpan) {
				t.Helper()
				if s.Start == nil || s.End == nil {
					t.Errorf("%s: span without start or end", what)
					return
				}
				start, end := *s.Start, *s.End
				if start < 0 || end < start || end > len(tt.text) {
					t.Errorf("%s: span [%d,%d) outside the input (%d bytes)", what, start, end, len(tt.text))
					return
				}
				if got := tt.text[start:end]; got != want {
					t.Errorf("%s: input at [%d,%d) is %q, JSON says %q", what, start, end, got, want)
				}
				if l, c := lineCol(tt.text, start); l != s.Line || c != s.Column {
					t.Errorf("%s: start %d is %d:%d, JSON says %d:%d", what, start, l, c, s.Line, s.Column)
				}
				if l, c := lineCol(tt.text, end); l != s.EndLine || c != s.EndColumn {
					t.Errorf("%s: end %d is %d:%d, JSON says %d:%d", what, end, l, c, s.EndLine, s.EndColumn)
				}
			}
			stances := map[string]bool{"asserts": true, "confirms": true, "denies": true, "disputes": true, "no-comment": true}
			quotes := map[string]bool{"direct": true, "partial": true, "indirect": true, "none": true}
			for _, c := range d.Claims {
				checkSpan(c.ID+" text", c.Text, c.Span)
				if !containsAround(tt.text, c.Sentence, *c.Span.Start, *c.Span.End) {
					t.Errorf("%s: sentence %q is not the input around the claim's span", c.ID, c.Sentence)
				}
				if c.Source != nil {
					checkSpan(c.ID+" source", c.Source.Text, c.Source.Span)
					if c.Source.Via != nil {
						checkSpan(c.ID+" via", c.Source.Via.Text, c.Source.Via.Span)
					}
				} else if len(c.Sides) != 1 || c.Sides[0] != d.Publisher {
					t.Errorf("%s: unattributed claim has sides %q, want [%q]", c.ID, c.Sides, d.Publisher)
				}
				if !stances[c.Stance] {
					t.Errorf("%s: stance %q is not in the contract", c.ID, c.Stance)
				}
				if !quotes[c.Quote] {
					t.Errorf("%s: quote %q is not in the contract", c.ID, c.Quote)
				}
				if c.Hedged == nil || c.Hedges == nil || c.Sides == nil {
					t.Errorf("%s: hedged, hedges and sides must be present", c.ID)
				}
			}
			for i, n := range d.NonClaims {
				checkSpan(fmt.Sprintf("non_claim %d", i), n.Text, n.Span)
			}
		})
	}
}

// containsAround reports whether sentence occurs in text at an offset where
// it covers the bytes [start, end).
func containsAround(text, sentence string, start, end int) bool {
	for from := max(0, end-len(sentence)); from <= start && from+len(sentence) <= len(text); from++ {
		if text[from:from+len(sentence)] == sentence {
			return true
		}
	}
	return false
}
