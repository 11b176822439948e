package lexicon

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimtrace/claimtrace/internal/yamlnode"
	"go.yaml.in/yaml/v3"
)

// decoder walks a YAML node tree into a Lexicon, collecting positioned
// errors instead of stopping at the first.
type decoder struct {
	yamlnode.Decoder
}

// str returns a scalar's text with white space normalised; null is "".
func (d *decoder) str(n *yaml.Node, what string) string {
	return normalize(d.Str(n, what))
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

// topKeys are the sections of a lexicon file, in the order WriteYAML prints them.
func topKeys() []string {
	return []string{"sides", "actors", "groups", "cues", "hedges", "modal-hedges", "cue-hedges", "markers", "nouns", "topics", "loaded"}
}

// lexicon decodes the root node of a lexicon file.
func (d *decoder) lexicon(root *yaml.Node) *Lexicon {
	lex := &Lexicon{}
	if root == nil || (root.Kind == yaml.ScalarNode && root.ShortTag() == "!!null") {
		return lex
	}
	d.Fields(root, "lexicon", topKeys(), func(key string, v *yaml.Node) {
		for _, item := range d.List(v, key) {
			switch key {
			case "sides":
				d.side(lex, item)
			case "actors":
				d.actor(lex, item)
			case "groups":
				d.group(lex, item)
			case "cues":
				d.cue(lex, item)
			case "hedges", "modal-hedges", "cue-hedges":
				if s := strings.ToLower(d.str(item, "hedge")); s != "" {
					lex.Hedges = append(lex.Hedges, Hedge{Phrase: s, Modal: key == "modal-hedges", AtCue: key == "cue-hedges", Pos: d.Pos(item)})
				} else if item.Kind == yaml.ScalarNode {
					d.Errorf(item, "hedge: empty phrase")
				}
			case "markers":
				d.marker(lex, item)
			case "nouns":
				d.noun(lex, item)
			case "topics":
				d.topic(lex, item)
			case "loaded":
				if s := strings.ToLower(d.str(item, "loaded")); s != "" {
					lex.Loaded = append(lex.Loaded, Loaded{Phrase: s, Pos: d.Pos(item)})
				} else if item.Kind == yaml.ScalarNode {
					d.Errorf(item, "loaded: empty phrase")
				}
			}
		}
	})
	return lex
}

func (d *decoder) side(lex *Lexicon, n *yaml.Node) {
	s := Side{Pos: d.Pos(n)}
	before := len(d.Errs)
	what := label(n, "side", "name")
	d.Fields(n, what, []string{"name", "description", "distance", "demonyms"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			s.Name = d.str(v, what+": name")
		case "description":
			s.Description = d.str(v, what+": description")
		case "distance":
			s.Distance = d.Bool(v, what+": distance")
		case "demonyms":
			s.Demonyms = d.Strs(v, what+": demonyms", normalize)
		}
	})
	if len(d.Errs) > before {
		return // a missing value is likely one of those just reported
	}
	if s.Name == "" {
		d.Errorf(n, "side: missing name")
	}
	lex.Sides = append(lex.Sides, s)
}

func (d *decoder) actor(lex *Lexicon, n *yaml.Node) {
	a := Actor{Pos: d.Pos(n)}
	before := len(d.Errs)
	what := label(n, "actor", "name")
	d.Fields(n, what, []string{"name", "side", "type", "label", "aliases"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			a.Name = d.str(v, what+": name")
		case "side":
			a.Side = d.str(v, what+": side")
		case "type":
			if a.Type = d.str(v, what+": type"); a.Type != "" {
				d.OneOf(v, what, "source type", a.Type, SourceTypes())
			}
		case "label":
			a.Label = d.Bool(v, what+": label")
		case "aliases":
			a.Aliases = d.Strs(v, what+": aliases", normalize)
		}
	})
	if len(d.Errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case a.Name == "":
		d.Errorf(n, "actor: missing name")
	case a.Side == "":
		d.Errorf(n, "%s: missing side", what)
	case a.Type == "":
		d.Errorf(n, "%s: missing type", what)
	}
	a.Aliases = dedupeNames(a.Name, a.Aliases)
	lex.Actors = append(lex.Actors, a)
}

func (d *decoder) group(lex *Lexicon, n *yaml.Node) {
	g := Group{Pos: d.Pos(n)}
	before := len(d.Errs)
	what := label(n, "group", "name")
	d.Fields(n, what, []string{"name", "sides", "aliases"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			g.Name = d.str(v, what+": name")
		case "sides":
			g.Sides = d.Strs(v, what+": sides", normalize)
		case "aliases":
			g.Aliases = d.Strs(v, what+": aliases", normalize)
		}
	})
	if len(d.Errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case g.Name == "":
		d.Errorf(n, "group: missing name")
	case len(g.Sides) == 0:
		d.Errorf(n, "%s: missing sides", what)
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
	c := Cue{Pos: d.Pos(n), Kind: CueVerb, Stance: StanceAsserts}
	before := len(d.Errs)
	what := label(n, "cue", "verb")
	if what == "cue" {
		what = label(n, "cue", "phrase")
	}
	var verb, phrase, kind *yaml.Node
	var forms, past []string
	hasPast := false
	d.Fields(n, what, []string{"verb", "phrase", "kind", "forms", "past", "stance", "hedge", "needs-quote", "needs-clause"}, func(key string, v *yaml.Node) {
		switch key {
		case "verb":
			verb = v
			c.Phrase = strings.ToLower(d.str(v, what+": verb"))
		case "phrase":
			phrase = v
			c.Phrase = strings.ToLower(d.str(v, what+": phrase"))
		case "kind":
			kind = v
			if k := d.str(v, what+": kind"); d.OneOf(v, what, "cue kind", k, kindNames()) {
				c.Kind = CueKind(k)
			}
		case "forms":
			forms = d.Strs(v, what+": forms", normalize)
		case "past":
			hasPast = true
			past = d.Strs(v, what+": past", normalize)
		case "stance":
			c.Stance = d.str(v, what+": stance")
			d.OneOf(v, what, "stance", c.Stance, Stances())
		case "hedge":
			c.Hedge = d.Bool(v, what+": hedge")
		case "needs-quote":
			c.NeedsQuote = d.Bool(v, what+": needs-quote")
		case "needs-clause":
			c.NeedsClause = d.Bool(v, what+": needs-clause")
		}
	})
	if len(d.Errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case verb == nil && phrase == nil:
		d.Errorf(n, "cue: missing verb or phrase")
	case verb != nil && phrase != nil:
		d.Errorf(phrase, "%s: has both verb and phrase", what)
	case c.Phrase == "" && verb != nil:
		d.Errorf(verb, "cue: empty verb")
	case c.Phrase == "":
		d.Errorf(phrase, "cue: empty phrase")
	case verb != nil && c.Kind != CueVerb:
		d.Errorf(kind, "%s: a verb cue has kind verb; use phrase for kind %s", what, c.Kind)
	case verb == nil && hasPast:
		d.Errorf(n, "%s: past needs verb, not phrase", what)
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
	own := false
	phrase, stance := d.pairWith(n, "marker", "phrase", "stance", "stance", MarkerStances(), "own", func(v *yaml.Node, what string) {
		own = d.Bool(v, what+": own")
	})
	lex.Markers = append(lex.Markers, Marker{Phrase: phrase, Stance: stance, Own: own, Pos: d.Pos(n)})
}

func (d *decoder) noun(lex *Lexicon, n *yaml.Node) {
	person := false
	word, typ := d.pairWith(n, "noun", "word", "type", "source type", SourceTypes(), "person", func(v *yaml.Node, what string) {
		person = d.Bool(v, what+": person")
	})
	lex.Nouns = append(lex.Nouns, Noun{Word: word, Type: typ, Person: person, Pos: d.Pos(n)})
}

// pairWith decodes an item of two keys, a lower-case name and a value
// from allowed ({phrase: not true, stance: denies}, {word: spokesman,
// type: official}), and one more, optional key, optKey, whose value
// optional decodes ("person" of a noun); optKey "" allows none. kind names
// the item in messages, valueNoun its value.
func (d *decoder) pairWith(n *yaml.Node, kind, nameKey, valueKey, valueNoun string, allowed []string,
	optKey string, optional func(v *yaml.Node, what string)) (name, value string) {
	before := len(d.Errs)
	what := label(n, kind, nameKey)
	keys := []string{nameKey, valueKey}
	if optKey != "" {
		keys = append(keys, optKey)
	}
	d.Fields(n, what, keys, func(key string, v *yaml.Node) {
		switch key {
		case nameKey:
			name = strings.ToLower(d.str(v, what+": "+nameKey))
		case valueKey:
			if value = d.str(v, what+": "+valueKey); value != "" {
				d.OneOf(v, what, valueNoun, value, allowed)
			}
		case optKey:
			optional(v, what)
		}
	})
	if len(d.Errs) > before {
		return name, value // a missing value is likely one of those just reported
	}
	switch {
	case name == "":
		d.Errorf(n, "%s: empty %s", kind, nameKey)
	case value == "":
		d.Errorf(n, "%s: missing %s", what, valueKey)
	}
	return name, value
}
