package lexicon

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// roundTrip writes l and loads the output again.
func roundTrip(t *testing.T, l *Lexicon) (*Lexicon, string) {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, l.WriteYAML(&buf))
	got, err := Load(bytes.NewReader(buf.Bytes()), "written.yaml")
	require.NoError(t, err, "output:\n%s", buf.String())
	return got, buf.String()
}

func TestWriteYAML_RoundTrip(t *testing.T) {
	def, err := Default()
	require.NoError(t, err)
	got, out := roundTrip(t, def)
	clearPos(def)
	clearPos(got)
	assert.Equal(t, def, got)
	assert.Contains(t, out, "  - verb: say\n    past: [said]\n")
	assert.Contains(t, out, "  - phrase: according to\n    kind: prep\n")
}

func TestWriteYAML(t *testing.T) {
	l := load(t, "x.yaml", `
sides: [{name: "yes", distance: true}]
actors: [{name: "123", side: "yes", type: media, label: true, aliases: ["#hash", "a: b"]}]
cues:
  - {verb: read, past: []}
  - {phrase: walk, forms: [walks, walked, walking]}
  - {phrase: per, kind: prep, stance: disputes}
`)
	var buf bytes.Buffer
	require.NoError(t, l.WriteYAML(&buf))
	want := `sides:
  - name: yes
    distance: true
actors:
  - name: "123"
    side: yes
    type: media
    label: true
    aliases: ['#hash', 'a: b']
cues:
  - verb: read
    past: []
  - verb: walk
  - phrase: per
    kind: prep
    stance: disputes
`
	assert.Equal(t, want, buf.String())
	got, _ := roundTrip(t, l)
	clearPos(l)
	clearPos(got)
	assert.Equal(t, l, got)
}

func TestWriteYAML_Empty(t *testing.T) {
	got, out := roundTrip(t, &Lexicon{})
	assert.Equal(t, "{}\n", out)
	assert.Equal(t, &Lexicon{}, got)
}
