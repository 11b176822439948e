package report

import (
	"bufio"
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
	w  io.Writer
	bw *bufio.Writer
}

// NewJSONLWriter returns a JSONLWriter that writes to w.
func NewJSONLWriter(w io.Writer) *JSONLWriter {
	return &JSONLWriter{w: w, bw: bufio.NewWriterSize(w, 64<<10)}
}

// Write writes a's line. Nothing is written when a's spans do not fit its
// document; the line is streamed, one claim at a time.
func (jw *JSONLWriter) Write(a *Analysis) error {
	d, err := newJSONDocument(a)
	if err != nil {
		return err
	}
	jw.bw.Reset(jw.w)
	fmt.Fprintf(jw.bw, `{"schema":%q,"documents":[`, Schema)
	if err := writeDocument(jw.bw, &d, "", ""); err != nil {
		return err
	}
	jw.bw.WriteString("]}\n")
	if err := jw.bw.Flush(); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

// writeDocument writes d as json.Encoder with SetIndent(prefix, indent)
// and HTML escaping off writes it, without the final newline, but encodes
// its claims one at a time into w, so that the claims of a large document
// are never held encoded in memory all at once. indent "" is compact.
func writeDocument(w *bufio.Writer, d *jsonDocument, prefix, indent string) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent != "" {
		enc.SetIndent(prefix, indent)
	}
	cs := d.Claims
	d.Claims = nil
	err := enc.Encode(d)
	d.Claims = cs
	if err != nil {
		return fmt.Errorf("encode json: %w", err)
	}
	// Only a key can hold an unescaped quote followed by a colon, so the
	// placeholder is found exactly where the claims go.
	key := `"claims":null`
	if indent != "" {
		key = `"claims": null`
	}
	out := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	at := bytes.Index(out, []byte(key))
	if at < 0 {
		return fmt.Errorf("encode json: no claims in the document")
	}
	w.Write(out[:at+len(key)-len("null")])
	if len(cs) == 0 {
		w.WriteString("[]")
	} else {
		inner := prefix + indent + indent // the claims' depth: document, array, claim
		w.WriteString("[")
		var cbuf bytes.Buffer
		cenc := json.NewEncoder(&cbuf)
		cenc.SetEscapeHTML(false)
		if indent != "" {
			cenc.SetIndent(inner, indent)
		}
		for i := range cs {
			if i > 0 {
				w.WriteString(",")
			}
			if indent != "" {
				w.WriteString("\n" + inner)
			}
			cbuf.Reset()
			if err := cenc.Encode(&cs[i]); err != nil {
				return fmt.Errorf("encode json: %w", err)
			}
			w.Write(bytes.TrimSuffix(cbuf.Bytes(), []byte("\n")))
		}
		if indent != "" {
			w.WriteString("\n" + prefix + indent)
		}
		w.WriteString("]")
	}
	w.Write(out[at+len(key):])
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
