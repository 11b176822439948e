package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
)

// TestWriteJSONL checks that each analysis is one line, that each line is
// a complete claimtrace/v1 object with one document, and that the document
// is the one WriteJSON writes for the same analysis.
func TestWriteJSONL(t *testing.T) {
	second := sample()
	second.Doc = claims.NewDocument("u.txt", []byte(second.Doc.Text))
	as := []Analysis{sample(), second}

	var buf bytes.Buffer
	require.NoError(t, WriteJSONL(&buf, as))

	sc := bufio.NewScanner(&buf)
	n := 0
	for sc.Scan() {
		var line, whole struct {
			Schema    string            `json:"schema"`
			Documents []json.RawMessage `json:"documents"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line), "line %d", n+1)
		assert.Equal(t, Schema, line.Schema)
		require.Len(t, line.Documents, 1)

		var one bytes.Buffer
		require.NoError(t, WriteJSON(&one, as[n:n+1]))
		require.NoError(t, json.Unmarshal(one.Bytes(), &whole))
		var got, want bytes.Buffer
		require.NoError(t, json.Compact(&got, line.Documents[0]))
		require.NoError(t, json.Compact(&want, whole.Documents[0]))
		assert.Equal(t, want.String(), got.String(), "line %d", n+1)
		n++
	}
	require.NoError(t, sc.Err())
	assert.Equal(t, len(as), n)
}

func TestJSONLWriter_Write_badSpan(t *testing.T) {
	a := sample()
	a.Claims[0].Span = claims.Span{Start: 0, End: len(a.Doc.Text) + 1}
	var buf bytes.Buffer
	assert.Error(t, NewJSONLWriter(&buf).Write(&a))
	assert.Zero(t, buf.Len(), "nothing written on error")
}
