package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
)

// JSONLWriter writes analyses as JSON Lines: one line per document, each a
// complete claimtrace/v1 object ({"schema", "documents"}) whose documents
// list holds that one document, in the same form WriteJSON gives it,
// without indentation. A batch can so be streamed: each document is written
// as soon as it is analysed, and nothing of it is kept afterwards.
//
// A JSONLWriter is not safe for concurrent use; write documents in the
// order they should appear.
type JSONLWriter struct {
	w   io.Writer
	buf bytes.Buffer
	enc *json.Encoder
}

// NewJSONLWriter returns a JSONLWriter that writes to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	jw := &JSONLWriter{w: w}
	jw.enc = json.NewEncoder(&jw.buf)
	jw.enc.SetEscapeHTML(false)
	return jw
}

// Write writes a's line. Nothing is written when an error occurs.
func (jw *JSONLWriter) Write(a *Analysis) error {
	d, err := newJSONDocument(a)
	if err != nil {
		return err
	}
	jw.buf.Reset()
	if err := jw.enc.Encode(jsonReport{Schema: Schema, Documents: []jsonDocument{d}}); err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	if _, err := jw.w.Write(jw.buf.Bytes()); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
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
