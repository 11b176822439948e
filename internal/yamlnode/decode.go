package yamlnode

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Decoder walks a node tree and collects positioned errors instead of
// stopping at the first. Its methods take "what", the name of the value in
// messages ("cue \"say\": stance").
type Decoder struct {
	File string    // name used in positions
	Errs ErrorList // problems found so far
}

// Pos returns the position of a node.
func (d *Decoder) Pos(n *yaml.Node) Pos {
	return Pos{File: d.File, Line: n.Line, Column: n.Column}
}

// Errorf records an error at node n.
func (d *Decoder) Errorf(n *yaml.Node, format string, args ...any) {
	d.Errs.Add(d.Pos(n), fmt.Sprintf(format, args...))
}

// Describe names what a node holds, for "expected X, got Y" messages.
func Describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if IsNull(n) {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "a document"
}

// IsNull reports whether n is a null scalar ("key:" with no value).
func IsNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// Is reports whether n is of kind k, and records an error if not. Aliases
// are refused everywhere: expanding them could make a small file huge.
func (d *Decoder) Is(n *yaml.Node, k yaml.Kind, what, want string) bool {
	if n.Kind == yaml.AliasNode {
		d.Errorf(n, "%s: yaml aliases are not supported", what)
		return false
	}
	if n.Kind != k {
		d.Errorf(n, "%s: expected %s, got %s", what, want, Describe(n))
		return false
	}
	return true
}

// Fields walks the key/value pairs of a mapping. It reports keys not in
// keys and repeated keys, and calls field for each other pair.
func (d *Decoder) Fields(n *yaml.Node, what string, keys []string, field func(key string, v *yaml.Node)) {
	if !d.Is(n, yaml.MappingNode, what, "a mapping") {
		return
	}
	seen := make(map[string]bool, len(keys))
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.Errorf(k, "%s: expected a key, got %s", what, Describe(k))
		case !slices.Contains(keys, k.Value):
			d.Errorf(k, "%s: unknown key %q (want %s)", what, k.Value, strings.Join(keys, ", "))
		case seen[k.Value]:
			d.Errorf(k, "%s: repeated key %q", what, k.Value)
		default:
			seen[k.Value] = true
			field(k.Value, v)
		}
	}
}

// List returns the items of a sequence node; "key:" with no value is an
// empty list.
func (d *Decoder) List(n *yaml.Node, what string) []*yaml.Node {
	if IsNull(n) {
		return nil
	}
	if !d.Is(n, yaml.SequenceNode, what, "a list") {
		return nil
	}
	return n.Content
}

// Str returns a scalar's text with white space trimmed; null is "".
func (d *Decoder) Str(n *yaml.Node, what string) string {
	if !d.Is(n, yaml.ScalarNode, what, "a string") || IsNull(n) {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// Bool returns a true/false scalar's value.
func (d *Decoder) Bool(n *yaml.Node, what string) bool {
	if !d.Is(n, yaml.ScalarNode, what, "true or false") {
		return false
	}
	var b bool
	if n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		d.Errorf(n, "%s: expected true or false, got %s", what, Describe(n))
	}
	return b
}

// Strs returns a list of non-empty strings, each passed through clean
// (nil keeps them as Str returns them), reporting empty ones.
func (d *Decoder) Strs(n *yaml.Node, what string, clean func(string) string) []string {
	var out []string
	for _, item := range d.List(n, what) {
		s := d.Str(item, what)
		if clean != nil {
			s = clean(s)
		}
		if s == "" && item.Kind == yaml.ScalarNode {
			d.Errorf(item, "%s: empty string", what)
			continue
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// OneOf checks that s, a value of the kind noun names, is one of want, and
// records an error if not.
func (d *Decoder) OneOf(n *yaml.Node, what, noun, s string, want []string) bool {
	if slices.Contains(want, s) {
		return true
	}
	d.Errorf(n, "%s: unknown %s %q (want %s)", what, noun, s, strings.Join(want, ", "))
	return false
}
