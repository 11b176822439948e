package yamlnode

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"go.yaml.in/yaml/v3"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, err string
	}{
		{"empty", "", ""},
		{"syntax error names the line", "a: [1,\n", "f.yaml:1: invalid yaml: did not find expected node content"},
		{"two documents", "a: 1\n---\nb: 2\n", "f.yaml:2:1: more than one yaml document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.in), "f.yaml")
			if tt.err == "" {
				assert.NoError(t, err)
				return
			}
			assert.ErrorContains(t, err, tt.err)
		})
	}
}

func TestDecoder_Fields(t *testing.T) {
	root, err := Parse([]byte("name: x\nname: y\nbad: 1\nlist: [a, '', &x b, *x]\nflag: maybe\n"), "f.yaml")
	require.NoError(t, err)
	d := &Decoder{File: "f.yaml"}
	got := map[string]any{}
	d.Fields(root, "policy", []string{"name", "list", "flag"}, func(key string, v *yaml.Node) {
		switch key {
		case "list":
			got[key] = d.Strs(v, "list", nil)
		case "flag":
			got[key] = d.Bool(v, "flag")
		default:
			got[key] = d.Str(v, key)
		}
	})
	assert.Equal(t, "x", got["name"])
	var msgs []string
	for _, e := range d.Errs {
		msgs = append(msgs, e.Error())
	}
	assert.Equal(t, []string{
		`f.yaml:2:1: policy: repeated key "name"`,
		`f.yaml:3:1: policy: unknown key "bad" (want name, list, flag)`,
		`f.yaml:4:11: list: empty string`,
		`f.yaml:4:21: list: yaml aliases are not supported`,
		`f.yaml:5:7: flag: expected true or false, got "maybe"`,
	}, msgs)
	assert.ErrorContains(t, d.Errs.Err(), "f.yaml:2:1")
}
