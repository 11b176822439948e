package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// WriteSentencesJSON writes the splitter's view of one document, a's
// Sentences, as {"sentences": [{"text", "span", "layout", "non_claim"}]}.
// Spans have the same fields as in WriteJSON; "non_claim" is the
// non-claim kind, omitted for a claim candidate. Nothing is written when an
// error occurs.
func WriteSentencesJSON(w io.Writer, a Analysis) error {
	if err := a.check(); err != nil {
		return err
	}
	out := jsonSentences{Sentences: make([]jsonSentence, 0, len(a.Sentences))}
	cur := a.Doc.Cursor()
	for _, s := range a.Sentences {
		out.Sentences = append(out.Sentences, jsonSentence{
			Text: a.Doc.Slice(s.Span), Span: newJSONSpan(&cur, s.Span), Layout: string(s.Layout), NonClaim: string(s.NonClaim),
		})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

type jsonSentences struct {
	Sentences []jsonSentence `json:"sentences"`
}

type jsonSentence struct {
	Text     string   `json:"text"`
	Span     jsonSpan `json:"span"`
	Layout   string   `json:"layout"`
	NonClaim string   `json:"non_claim,omitempty"`
}

// WriteSentencesText writes a's Sentences one a line as
// "line:col-line:col  kind  text", where kind is the non-claim kind or
// "sentence" for a claim candidate, and the text has its line breaks folded
// to spaces. The end position is that of the sentence's end offset.
// Nothing is written when an error occurs.
func WriteSentencesText(w io.Writer, a Analysis) error {
	if err := a.check(); err != nil {
		return err
	}
	type row struct{ pos, kind, text string }
	rows := make([]row, 0, len(a.Sentences))
	width := 0
	for _, s := range a.Sentences {
		kind := string(s.NonClaim)
		if s.NonClaim == claims.NotNonClaim {
			kind = "sentence"
		}
		r := row{a.Doc.Position(s.Span.Start).String() + "-" + a.Doc.Position(s.Span.End).String(), kind, strings.Join(strings.Fields(a.Doc.Slice(s.Span)), " ")}
		width = max(width, len(r.pos))
		rows = append(rows, r)
	}
	var buf bytes.Buffer
	for _, r := range rows {
		fmt.Fprintf(&buf, "%-*s  %-10s  %s\n", width, r.pos, r.kind, r.text)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write sentences: %w", err)
	}
	return nil
}
