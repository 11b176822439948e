package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/claimtrace/claimtrace/lexicon"
)

// FileName is the name of the policy file Find looks for.
const FileName = ".claimtrace.yaml"

// Config is a resolved attribution policy: the built-in defaults with a
// policy file's settings over them.
type Config struct {
	File      string                 // the policy file it was read from; "" for the defaults
	Dir       string                 // directory that lexicon paths and globs are relative to
	Publisher string                 // the side of claims in the publisher's own voice
	Lexicon   []string               // lexicon files merged over the default, in order, resolved against Dir
	Rules     map[string]RuleSetting // every rule's setting, by rule id
	FailLevel Severity               // findings at or above it fail the run
	Include   []string               // globs of files a directory argument selects
	Exclude   []string               // globs of files never checked
}

// RuleSetting is whether a rule runs and how serious its findings are.
type RuleSetting struct {
	Enabled  bool
	Severity Severity
}

// DefaultInclude are the files a directory argument selects when the
// policy names none.
func DefaultInclude() []string { return []string{"*.md", "*.markdown", "*.html", "*.htm", "*.txt"} }

// Default returns the built-in policy, with paths relative to dir: every
// rule enabled at its default severity, fail level error.
func Default(dir string) *Config {
	c := &Config{Dir: dir, Publisher: "publisher", Rules: map[string]RuleSetting{},
		FailLevel: Error, Include: DefaultInclude()}
	for _, r := range Rules() {
		c.Rules[r.ID] = RuleSetting{Enabled: true, Severity: r.Severity}
	}
	return c
}

// Find returns the policy file in dir or the nearest directory above it,
// or "" when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find policy: %w", err)
	}
	for {
		p := filepath.Join(dir, FileName)
		fi, err := os.Stat(p)
		if err == nil && !fi.IsDir() {
			return p, nil
		}
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return "", fmt.Errorf("find policy: %w", err)
		}
		up := filepath.Dir(dir)
		if up == dir {
			return "", nil
		}
		dir = up
	}
}

// LoadFile reads the policy file at path.
func LoadFile(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read policy: %w", err)
	}
	return Load(bytes.NewReader(data), path)
}

// Load reads a policy file named name from r. Paths in it are relative to
// name's directory. Unknown keys and bad values are errors naming the file,
// line and column (a lexicon.ErrorList: policy errors use the lexicon's
// positioned error type).
func Load(r io.Reader, name string) (*Config, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read policy %s: %w", name, err)
	}
	c := Default(filepath.Dir(name))
	c.File = name
	root, err := parseYAML(data, name)
	if err != nil {
		return nil, err
	}
	d := &decoder{file: name}
	d.config(c, root)
	if err := d.errs.Err(); err != nil {
		return nil, err
	}
	return c, nil
}

// keys are the top-level keys of a policy file, in the order Write prints them.
func keys() []string {
	return []string{"publisher", "lexicon", "fail-level", "rules", "include", "exclude"}
}

// decoder walks a policy file's YAML nodes, collecting positioned errors.
type decoder struct {
	file string
	errs lexicon.ErrorList
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.Add(lexicon.Pos{File: d.file, Line: n.Line, Column: n.Column}, fmt.Sprintf(format, args...))
}

func (d *decoder) config(c *Config, root *yaml.Node) {
	if root == nil || root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return
	}
	d.mapping(root, "policy", keys(), func(key string, v *yaml.Node) {
		switch key {
		case "publisher":
			if s := d.str(v, "publisher"); s != "" {
				c.Publisher = s
			} else if v.Kind == yaml.ScalarNode {
				d.errorf(v, "publisher: empty name")
			}
		case "lexicon":
			c.Lexicon = nil
			for _, p := range d.strs(v, "lexicon", true) {
				if !filepath.IsAbs(p) {
					p = filepath.Join(c.Dir, p)
				}
				c.Lexicon = append(c.Lexicon, p)
			}
		case "fail-level":
			s := d.str(v, "fail-level")
			if v.Kind != yaml.ScalarNode {
				return
			}
			if lvl, err := ParseSeverity(s, true); err != nil {
				d.errorf(v, "fail-level: %v", err)
			} else {
				c.FailLevel = lvl
			}
		case "rules":
			d.rules(c, v)
		case "include", "exclude":
			globs := d.globs(v, key)
			if key == "include" {
				c.Include = globs
			} else {
				c.Exclude = globs
			}
		}
	})
}

func (d *decoder) rules(c *Config, n *yaml.Node) {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return
	}
	d.mapping(n, "rules", RuleIDs(), func(id string, v *yaml.Node) {
		set := c.Rules[id]
		what := "rules: " + id
		d.mapping(v, what, []string{"enabled", "severity"}, func(key string, v *yaml.Node) {
			switch key {
			case "enabled":
				var b bool
				if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" || v.Decode(&b) != nil {
					d.errorf(v, "%s: enabled: expected true or false, got %s", what, describe(v))
					return
				}
				set.Enabled = b
			case "severity":
				s := d.str(v, what+": severity")
				if v.Kind != yaml.ScalarNode {
					return
				}
				if sev, err := ParseSeverity(s, false); err != nil {
					d.errorf(v, "%s: severity: %v", what, err)
				} else {
					set.Severity = sev
				}
			}
		})
		c.Rules[id] = set
	})
}

// globs returns a list of doublestar patterns, reporting bad ones.
func (d *decoder) globs(n *yaml.Node, what string) []string {
	var out []string
	items := d.list(n, what)
	for _, item := range items {
		s := d.str(item, what)
		if s == "" {
			if item.Kind == yaml.ScalarNode {
				d.errorf(item, "%s: empty pattern", what)
			}
			continue
		}
		if !doublestar.ValidatePattern(s) {
			d.errorf(item, "%s: bad glob pattern %q", what, s)
			continue
		}
		out = append(out, s)
	}
	return out
}

// mapping walks the pairs of a mapping node, reporting unknown and
// repeated keys.
func (d *decoder) mapping(n *yaml.Node, what string, keys []string, field func(key string, v *yaml.Node)) {
	if !d.is(n, yaml.MappingNode, what, "a mapping") {
		return
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		switch {
		case k.Kind != yaml.ScalarNode:
			d.errorf(k, "%s: expected a key, got %s", what, describe(k))
		case !slices.Contains(keys, k.Value):
			d.errorf(k, "%s: unknown key %q (want %s)", what, k.Value, strings.Join(keys, ", "))
		case seen[k.Value]:
			d.errorf(k, "%s: repeated key %q", what, k.Value)
		default:
			seen[k.Value] = true
			field(k.Value, v)
		}
	}
}

// is reports whether n is of kind k, recording an error if not. Aliases are
// refused, as in lexicon files.
func (d *decoder) is(n *yaml.Node, k yaml.Kind, what, want string) bool {
	if n.Kind == yaml.AliasNode {
		d.errorf(n, "%s: yaml aliases are not supported", what)
		return false
	}
	if n.Kind != k {
		d.errorf(n, "%s: expected %s, got %s", what, want, describe(n))
		return false
	}
	return true
}

// str returns a scalar's text, trimmed; null is "".
func (d *decoder) str(n *yaml.Node, what string) string {
	if !d.is(n, yaml.ScalarNode, what, "a string") || n.ShortTag() == "!!null" {
		return ""
	}
	return strings.TrimSpace(n.Value)
}

// list returns the items of a sequence; "key:" with no value is empty.
func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil
	}
	if !d.is(n, yaml.SequenceNode, what, "a list") {
		return nil
	}
	return n.Content
}

// strs returns a list of non-empty strings; with one, a single string is a
// list of one.
func (d *decoder) strs(n *yaml.Node, what string, one bool) []string {
	if one && n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		return []string{strings.TrimSpace(n.Value)}
	}
	var out []string
	for _, item := range d.list(n, what) {
		if s := d.str(item, what); s != "" {
			out = append(out, s)
		} else if item.Kind == yaml.ScalarNode {
			d.errorf(item, "%s: empty string", what)
		}
	}
	return out
}

// describe names what a node holds, for "expected X, got Y" messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	case yaml.ScalarNode:
		if n.ShortTag() == "!!null" {
			return "nothing"
		}
		return strconv.Quote(n.Value)
	}
	return "a document"
}

// yamlLine matches the line number in a YAML syntax error.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML parses data into the root node of its one YAML document; an
// empty document gives nil. Syntax errors name the line.
func parseYAML(data []byte, name string) (root *yaml.Node, err error) {
	defer func() {
		// The YAML parser is not ours: a panic in it becomes an error naming the file.
		if r := recover(); r != nil {
			root, err = nil, lexicon.ErrorList{{Pos: lexicon.Pos{File: name}, Msg: fmt.Sprintf("invalid yaml: %v", r)}}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, syntaxError(err, name)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, syntaxError(err, name)
	default:
		return nil, lexicon.ErrorList{{Pos: lexicon.Pos{File: name, Line: next.Line, Column: next.Column}, Msg: "more than one yaml document"}}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

func syntaxError(err error, name string) error {
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return lexicon.ErrorList{{Pos: lexicon.Pos{File: name}, Msg: "invalid " + err.Error()}}
	}
	line, _ := strconv.Atoi(m[1])
	return lexicon.ErrorList{{Pos: lexicon.Pos{File: name, Line: line}, Msg: "invalid yaml: " + m[2]}}
}
