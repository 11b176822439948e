package lexicon

import (
	"fmt"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// decoder walks a YAML node tree into a Lexicon, collecting positioned
// errors instead of stopping at the first.
type decoder struct {
	file string    // name used in positions
	errs ErrorList // problems found so far
}

func (d *decoder) pos(n *yaml.Node) Pos {
	return Pos{File: d.file, Line: n.Line, Column: n.Column}
}

func (d *decoder) errorf(n *yaml.Node, format string, args ...any) {
	d.errs.Add(d.pos(n), fmt.Sprintf(format, args...))
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
		return fmt.Sprintf("%q", n.Value)
	}
	return "a document"
}

// is reports whether n is of kind k, and records an error if not. Aliases
// are refused everywhere: expanding them could make a small file huge.
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

// fields walks the key/value pairs of a mapping. It reports keys not in
// keys and repeated keys, and calls field for each other pair.
func (d *decoder) fields(n *yaml.Node, what string, keys []string, field func(key string, v *yaml.Node)) {
	if !d.is(n, yaml.MappingNode, what, "a mapping") {
		return
	}
	seen := make(map[string]bool, len(keys))
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

// label names an item in messages by its name key, if it has a usable one:
// `actor "Marco Rubio"`, or just "actor".
func label(n *yaml.Node, kind, key string) string {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Value == key && v.Kind == yaml.ScalarNode && v.ShortTag() != "!!null" && normalize(v.Value) != "" {
				return fmt.Sprintf("%s %q", kind, normalize(v.Value))
			}
		}
	}
	return kind
}

// list returns the items of a sequence node.
func (d *decoder) list(n *yaml.Node, what string) []*yaml.Node {
	if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" {
		return nil // "key:" with no value is an empty list
	}
	if !d.is(n, yaml.SequenceNode, what, "a list") {
		return nil
	}
	return n.Content
}

// str returns a scalar's text with white space normalised; null is "".
func (d *decoder) str(n *yaml.Node, what string) string {
	if !d.is(n, yaml.ScalarNode, what, "a string") || n.ShortTag() == "!!null" {
		return ""
	}
	return normalize(n.Value)
}

// boolean returns a true/false scalar's value.
func (d *decoder) boolean(n *yaml.Node, what string) bool {
	if !d.is(n, yaml.ScalarNode, what, "true or false") {
		return false
	}
	var b bool
	if n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		d.errorf(n, "%s: expected true or false, got %s", what, describe(n))
	}
	return b
}

// strs returns a list of non-empty strings, reporting empty ones.
func (d *decoder) strs(n *yaml.Node, what string) []string {
	var out []string
	for _, item := range d.list(n, what) {
		s := d.str(item, what)
		if s == "" && item.Kind == yaml.ScalarNode {
			d.errorf(item, "%s: empty string", what)
			continue
		}
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// oneOf checks that s, a value of the kind noun names, is one of want.
func (d *decoder) oneOf(n *yaml.Node, what, noun, s string, want []string) bool {
	if slices.Contains(want, s) {
		return true
	}
	d.errorf(n, "%s: unknown %s %q (want %s)", what, noun, s, strings.Join(want, ", "))
	return false
}

// topKeys are the sections of a lexicon file, in the order WriteYAML prints them.
func topKeys() []string {
	return []string{"sides", "actors", "groups", "cues", "hedges", "modal-hedges", "markers", "nouns", "topics", "loaded"}
}

// lexicon decodes the root node of a lexicon file.
func (d *decoder) lexicon(root *yaml.Node) *Lexicon {
	lex := &Lexicon{}
	if root == nil || (root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null") {
		return lex
	}
	d.fields(root, "lexicon", topKeys(), func(key string, v *yaml.Node) {
		for _, item := range d.list(v, key) {
			switch key {
			case "sides":
				d.side(lex, item)
			case "actors":
				d.actor(lex, item)
			case "groups":
				d.group(lex, item)
			case "cues":
				d.cue(lex, item)
			case "hedges", "modal-hedges":
				if s := strings.ToLower(d.str(item, "hedge")); s != "" {
					lex.Hedges = append(lex.Hedges, Hedge{Phrase: s, Modal: key == "modal-hedges", Pos: d.pos(item)})
				} else if item.Kind == yaml.ScalarNode {
					d.errorf(item, "hedge: empty phrase")
				}
			case "markers":
				d.marker(lex, item)
			case "nouns":
				d.noun(lex, item)
			case "topics":
				d.topic(lex, item)
			case "loaded":
				if s := strings.ToLower(d.str(item, "loaded")); s != "" {
					lex.Loaded = append(lex.Loaded, Loaded{Phrase: s, Pos: d.pos(item)})
				} else if item.Kind == yaml.ScalarNode {
					d.errorf(item, "loaded: empty phrase")
				}
			}
		}
	})
	return lex
}

func (d *decoder) side(lex *Lexicon, n *yaml.Node) {
	s := Side{Pos: d.pos(n)}
	before := len(d.errs)
	what := label(n, "side", "name")
	d.fields(n, what, []string{"name", "description", "distance"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			s.Name = d.str(v, what+": name")
		case "description":
			s.Description = d.str(v, what+": description")
		case "distance":
			s.Distance = d.boolean(v, what+": distance")
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	if s.Name == "" {
		d.errorf(n, "side: missing name")
	}
	lex.Sides = append(lex.Sides, s)
}

func (d *decoder) actor(lex *Lexicon, n *yaml.Node) {
	a := Actor{Pos: d.pos(n)}
	before := len(d.errs)
	what := label(n, "actor", "name")
	d.fields(n, what, []string{"name", "side", "type", "label", "aliases"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			a.Name = d.str(v, what+": name")
		case "side":
			a.Side = d.str(v, what+": side")
		case "type":
			if a.Type = d.str(v, what+": type"); a.Type != "" {
				d.oneOf(v, what, "source type", a.Type, SourceTypes())
			}
		case "label":
			a.Label = d.boolean(v, what+": label")
		case "aliases":
			a.Aliases = d.strs(v, what+": aliases")
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case a.Name == "":
		d.errorf(n, "actor: missing name")
	case a.Side == "":
		d.errorf(n, "%s: missing side", what)
	case a.Type == "":
		d.errorf(n, "%s: missing type", what)
	}
	a.Aliases = dedupeNames(a.Name, a.Aliases)
	lex.Actors = append(lex.Actors, a)
}

func (d *decoder) group(lex *Lexicon, n *yaml.Node) {
	g := Group{Pos: d.pos(n)}
	before := len(d.errs)
	what := label(n, "group", "name")
	d.fields(n, what, []string{"name", "sides", "aliases"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			g.Name = d.str(v, what+": name")
		case "sides":
			g.Sides = d.strs(v, what+": sides")
		case "aliases":
			g.Aliases = d.strs(v, what+": aliases")
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case g.Name == "":
		d.errorf(n, "group: missing name")
	case len(g.Sides) == 0:
		d.errorf(n, "%s: missing sides", what)
	}
	g.Sides = dedupe(g.Sides)
	g.Aliases = dedupeNames(g.Name, g.Aliases)
	lex.Groups = append(lex.Groups, g)
}

// dedupe drops repeated strings, keeping the first of each.
func dedupe(ss []string) []string {
	seen := make(map[string]bool, len(ss))
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// dedupeNames drops aliases that repeat the name or an earlier alias,
// ignoring case; it keeps the first spelling. It returns nil for no aliases.
func dedupeNames(name string, aliases []string) []string {
	seen := map[string]bool{matchKey(name): true}
	var out []string
	for _, a := range aliases {
		if k := matchKey(a); !seen[k] {
			seen[k] = true
			out = append(out, a)
		}
	}
	return out
}

func (d *decoder) cue(lex *Lexicon, n *yaml.Node) {
	c := Cue{Pos: d.pos(n), Kind: CueVerb, Stance: StanceAsserts}
	before := len(d.errs)
	what := label(n, "cue", "verb")
	if what == "cue" {
		what = label(n, "cue", "phrase")
	}
	var verb, phrase, kind *yaml.Node
	var forms, past []string
	hasPast := false
	d.fields(n, what, []string{"verb", "phrase", "kind", "forms", "past", "stance", "hedge", "needs-quote"}, func(key string, v *yaml.Node) {
		switch key {
		case "verb":
			verb = v
			c.Phrase = strings.ToLower(d.str(v, what+": verb"))
		case "phrase":
			phrase = v
			c.Phrase = strings.ToLower(d.str(v, what+": phrase"))
		case "kind":
			kind = v
			if k := d.str(v, what+": kind"); d.oneOf(v, what, "cue kind", k, kindNames()) {
				c.Kind = CueKind(k)
			}
		case "forms":
			forms = d.strs(v, what+": forms")
		case "past":
			hasPast = true
			past = d.strs(v, what+": past")
		case "stance":
			c.Stance = d.str(v, what+": stance")
			d.oneOf(v, what, "stance", c.Stance, Stances())
		case "hedge":
			c.Hedge = d.boolean(v, what+": hedge")
		case "needs-quote":
			c.NeedsQuote = d.boolean(v, what+": needs-quote")
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case verb == nil && phrase == nil:
		d.errorf(n, "cue: missing verb or phrase")
	case verb != nil && phrase != nil:
		d.errorf(phrase, "%s: has both verb and phrase", what)
	case c.Phrase == "" && verb != nil:
		d.errorf(verb, "cue: empty verb")
	case c.Phrase == "":
		d.errorf(phrase, "cue: empty phrase")
	case verb != nil && c.Kind != CueVerb:
		d.errorf(kind, "%s: a verb cue has kind verb; use phrase for kind %s", what, c.Kind)
	case verb == nil && hasPast:
		d.errorf(n, "%s: past needs verb, not phrase", what)
	}
	c.Forms = []string{c.Phrase}
	if verb != nil {
		c.Forms = inflect(c.Phrase, !hasPast)
	}
	for _, f := range append(past, forms...) {
		c.Forms = append(c.Forms, strings.ToLower(f))
	}
	slices.Sort(c.Forms)
	c.Forms = slices.Compact(c.Forms)
	lex.Cues = append(lex.Cues, c)
}

// kindNames returns the cue kinds as strings.
func kindNames() []string {
	var out []string
	for _, k := range CueKinds() {
		out = append(out, string(k))
	}
	return out
}

func (d *decoder) marker(lex *Lexicon, n *yaml.Node) {
	m := Marker{Pos: d.pos(n)}
	before := len(d.errs)
	what := label(n, "marker", "phrase")
	d.fields(n, what, []string{"phrase", "stance"}, func(key string, v *yaml.Node) {
		switch key {
		case "phrase":
			m.Phrase = strings.ToLower(d.str(v, what+": phrase"))
		case "stance":
			if m.Stance = d.str(v, what+": stance"); m.Stance != "" {
				d.oneOf(v, what, "stance", m.Stance, MarkerStances())
			}
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case m.Phrase == "":
		d.errorf(n, "marker: empty phrase")
	case m.Stance == "":
		d.errorf(n, "%s: missing stance", what)
	}
	lex.Markers = append(lex.Markers, m)
}

func (d *decoder) noun(lex *Lexicon, n *yaml.Node) {
	w := Noun{Pos: d.pos(n)}
	before := len(d.errs)
	what := label(n, "noun", "word")
	d.fields(n, what, []string{"word", "type"}, func(key string, v *yaml.Node) {
		switch key {
		case "word":
			w.Word = strings.ToLower(d.str(v, what+": word"))
		case "type":
			if w.Type = d.str(v, what+": type"); w.Type != "" {
				d.oneOf(v, what, "source type", w.Type, SourceTypes())
			}
		}
	})
	if len(d.errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case w.Word == "":
		d.errorf(n, "noun: empty word")
	case w.Type == "":
		d.errorf(n, "%s: missing type", what)
	}
	lex.Nouns = append(lex.Nouns, w)
}
