package lexicon

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoad_Loaded(t *testing.T) {
	l := load(t, "t.yaml", "loaded: [In Its Usual Manner, flouts the rules]\n")
	clearPos(l)
	assert.Equal(t, []Loaded{{Phrase: "in its usual manner"}, {Phrase: "flouts the rules"}}, l.Loaded)
}

func TestLoad_LoadedErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"empty phrase", "loaded: ['']\n", "t.yaml:1:10: loaded: empty phrase"},
		{"not a string", "loaded: [{a: b}]\n", "t.yaml:1:10: loaded: expected a string"},
		{"duplicate", "loaded: [notorious, Notorious]\n", `t.yaml:1:21: duplicate loaded phrase "notorious" (first defined at t.yaml:1:10)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l, err := Load(strings.NewReader(tt.src), "t.yaml")
			if err == nil {
				err = l.Validate()
			}
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestMerge_Loaded(t *testing.T) {
	a := load(t, "a.yaml", "loaded: [notorious, cynical]\n")
	b := load(t, "b.yaml", "loaded: [cynical, brazen]\n")
	m, err := Merge(a, b)
	require.NoError(t, err)
	clearPos(m)
	assert.Equal(t, []Loaded{{Phrase: "notorious"}, {Phrase: "cynical"}, {Phrase: "brazen"}}, m.Loaded)
}

func TestWriteYAML_Loaded(t *testing.T) {
	l := load(t, "t.yaml", "loaded: [in its usual manner]\n")
	var buf bytes.Buffer
	require.NoError(t, l.WriteYAML(&buf))
	assert.Contains(t, buf.String(), "loaded:\n  - in its usual manner\n")
	back, err := Load(&buf, "out.yaml")
	require.NoError(t, err)
	clearPos(back)
	assert.Equal(t, []Loaded{{Phrase: "in its usual manner"}}, back.Loaded)
}

func TestDefault_Loaded(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	var ps []string
	for _, p := range l.Loaded {
		ps = append(ps, p.Phrase)
	}
	assert.Contains(t, ps, "in its usual manner")
	assert.Contains(t, ps, "flouts the rules")
}
