package lexicon

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad_Topics(t *testing.T) {
	l := load(t, "t.yaml", `
topics:
  - name: flights
    phrases: [direct flights, air   travel, Air Travel, flights]
  - {name: United States, phrases: [US, Washington]}
`)
	clearPos(l)
	assert.Equal(t, []Topic{
		{Name: "flights", Phrases: []string{"direct flights", "air travel", "flights"}},
		{Name: "United States", Phrases: []string{"US", "Washington"}},
	}, l.Topics)
}

func TestLoad_TopicErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"missing name", "topics:\n  - phrases: [a]\n", "t.yaml:2:5: topic: missing name"},
		{"missing phrases", "topics:\n  - name: x\n", `t.yaml:2:5: topic "x": missing phrases`},
		{"unknown key", "topics:\n  - {name: x, words: [a]}\n", `t.yaml:2:15: topic "x": unknown key "words" (want name, phrases)`},
		{"empty phrase", "topics:\n  - {name: x, phrases: ['']}\n", `t.yaml:2:25: topic "x": phrases: empty string`},
		{"duplicate topic", "topics:\n  - {name: x, phrases: [a]}\n  - {name: X, phrases: [b]}\n",
			`t.yaml:3:5: duplicate topic "X" (first defined at t.yaml:2:5)`},
		{"phrase in two topics", "topics:\n  - {name: x, phrases: [air travel]}\n  - {name: y, phrases: [Air Travel]}\n",
			`t.yaml:3:5: topic "y": phrase "Air Travel" is also a phrase of topic "x" (t.yaml:2:5)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tt.src), "t.yaml")
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestMerge_Topics(t *testing.T) {
	base := load(t, "base.yaml", "topics:\n  - {name: flights, phrases: [flights]}\n  - {name: war, phrases: [war]}\n")
	ext := load(t, "ext.yaml", "topics:\n  - {name: Flights, phrases: [flights, air travel]}\n  - {name: talks, phrases: [talks]}\n")
	got, err := Merge(base, ext)
	require.NoError(t, err)
	clearPos(got)
	assert.Equal(t, []Topic{
		{Name: "Flights", Phrases: []string{"flights", "air travel"}},
		{Name: "war", Phrases: []string{"war"}},
		{Name: "talks", Phrases: []string{"talks"}},
	}, got.Topics)

	clash := load(t, "clash.yaml", "topics:\n  - {name: travel, phrases: [Flights]}\n")
	_, err = Merge(base, clash)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `clash.yaml:2:5: topic "travel": phrase "Flights" is also a phrase of topic "flights" (base.yaml:2:5)`)
}

func TestWriteYAML_Topics(t *testing.T) {
	l := load(t, "x.yaml", "topics:\n  - {name: flights, phrases: [direct flights, 'air: travel']}\n")
	var buf bytes.Buffer
	require.NoError(t, l.WriteYAML(&buf))
	assert.Equal(t, "topics:\n  - name: flights\n    phrases: [direct flights, 'air: travel']\n", buf.String())
	got, _ := roundTrip(t, l)
	clearPos(l)
	clearPos(got)
	assert.Equal(t, l, got)
}

func TestDefault_Topics(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	names := map[string]bool{}
	for _, tp := range l.Topics {
		names[tp.Name] = true
	}
	for _, want := range []string{"flights", "talks", "United States", "Russia"} {
		assert.True(t, names[want], "default topics lack %q", want)
	}
}
