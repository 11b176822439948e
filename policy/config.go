package policy

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
	"go.yaml.in/yaml/v3"

	"github.com/claimtrace/claimtrace/internal/yamlnode"
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
// line and column (a yamlnode.ErrorList: policy errors use the lexicon's
// positioned error type).
func Load(r io.Reader, name string) (*Config, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read policy %s: %w", name, err)
	}
	c := Default(filepath.Dir(name))
	c.File = name
	root, err := yamlnode.Parse(data, name)
	if err != nil {
		return nil, err
	}
	d := &decoder{yamlnode.Decoder{File: name}}
	d.config(c, root)
	if err := d.Errs.Err(); err != nil {
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
	yamlnode.Decoder
}

func (d *decoder) config(c *Config, root *yaml.Node) {
	if root == nil || root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null" {
		return
	}
	d.Fields(root, "policy", keys(), func(key string, v *yaml.Node) {
		switch key {
		case "publisher":
			if s := d.Str(v, "publisher"); s != "" {
				c.Publisher = s
			} else if v.Kind == yaml.ScalarNode {
				d.Errorf(v, "publisher: empty name")
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
			s := d.Str(v, "fail-level")
			if v.Kind != yaml.ScalarNode {
				return
			}
			if lvl, err := ParseSeverity(s, true); err != nil {
				d.Errorf(v, "fail-level: %v", err)
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
	d.Fields(n, "rules", RuleIDs(), func(id string, v *yaml.Node) {
		set := c.Rules[id]
		what := "rules: " + id
		d.Fields(v, what, []string{"enabled", "severity"}, func(key string, v *yaml.Node) {
			switch key {
			case "enabled":
				var b bool
				if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!bool" || v.Decode(&b) != nil {
					d.Errorf(v, "%s: enabled: expected true or false, got %s", what, yamlnode.Describe(v))
					return
				}
				set.Enabled = b
			case "severity":
				s := d.Str(v, what+": severity")
				if v.Kind != yaml.ScalarNode {
					return
				}
				if sev, err := ParseSeverity(s, false); err != nil {
					d.Errorf(v, "%s: severity: %v", what, err)
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
	items := d.List(n, what)
	for _, item := range items {
		s := d.Str(item, what)
		if s == "" {
			if item.Kind == yaml.ScalarNode {
				d.Errorf(item, "%s: empty pattern", what)
			}
			continue
		}
		if !doublestar.ValidatePattern(s) {
			d.Errorf(item, "%s: bad glob pattern %q", what, s)
			continue
		}
		out = append(out, s)
	}
	return out
}

// strs returns a list of non-empty strings; with one, a single string is a
// list of one.
func (d *decoder) strs(n *yaml.Node, what string, one bool) []string {
	if one && n.Kind == yaml.ScalarNode && n.ShortTag() == "!!str" {
		return []string{strings.TrimSpace(n.Value)}
	}
	return d.Strs(n, what, nil)
}
