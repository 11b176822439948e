package report

import "io"

// JSONLWriter writes analyses as JSON Lines: one line per document, each a
// complete claimtrace/v1 object ({"schema", "documents"}) whose documents
// list holds that one document, in the same form WriteJSON gives it,
// without indentation. A batch can so be streamed: each document is written
// as soon as it is analysed, and nothing of it is kept afterwards.
//
// A JSONLWriter is not safe for concurrent use; write documents in the
// order they should appear.
type JSONLWriter struct {
	a *jsonAppender // reused from line to line
}

// NewJSONLWriter returns a JSONLWriter that writes to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{a: newJSONAppender(w, "")}
}

// Write writes a's line. Nothing is written when a's spans do not fit its
// document; the line is streamed, one claim at a time.
func (jw *JSONLWriter) Write(a *Analysis) error {
	d, err := newJSONDocument(a)
	if err != nil {
		return err
	}
	jw.a.reset()
	return jw.a.report([]jsonDocument{d})
}

// WriteJSONL writes as in JSON Lines, one line per analysis; see
// JSONLWriter.
func WriteJSONL(w io.Writer, as []Analysis) error {
	jw := NewJSONLWriter(w)
	for i := range as {
		if err := jw.Write(&as[i]); err != nil {
			return err
		}
	}
	return nil
}
