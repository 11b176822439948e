package policy

import (
	"fmt"
	"io"

	"go.yaml.in/yaml/v3"
)

// WriteYAML writes the resolved policy in the policy file's format, with
// every rule's setting spelled out, so that what it prints can be saved as
// a policy file. A comment names the file it came from.
func (c *Config) WriteYAML(w io.Writer) error {
	from := c.File
	if from == "" {
		from = "built-in defaults"
	}
	root := &yaml.Node{Kind: yaml.MappingNode, HeadComment: "policy: " + from}
	add := func(key string, v *yaml.Node) {
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key}, v)
	}
	str := func(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Value: s} }
	list := func(ss []string) *yaml.Node {
		n := &yaml.Node{Kind: yaml.SequenceNode}
		for _, s := range ss {
			n.Content = append(n.Content, str(s))
		}
		return n
	}
	add("publisher", str(c.Publisher))
	add("lexicon", list(c.Lexicon))
	add("fail-level", str(string(c.FailLevel)))
	rules := &yaml.Node{Kind: yaml.MappingNode}
	for _, r := range Rules() {
		set := c.Rules[r.ID]
		rules.Content = append(rules.Content, str(r.ID), &yaml.Node{Kind: yaml.MappingNode, Style: yaml.FlowStyle, Content: []*yaml.Node{
			str("enabled"), {Kind: yaml.ScalarNode, Tag: "!!bool", Value: fmt.Sprint(set.Enabled)},
			str("severity"), str(string(set.Severity)),
		}})
	}
	add("rules", rules)
	add("include", list(c.Include))
	add("exclude", list(c.Exclude))
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("write policy: %w", err)
	}
	return enc.Close()
}
