package lexicon

import (
	"fmt"
	"io"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// WriteYAML writes l in the lexicon file format, so that a user can see the
// effective lexicon (the default merged with their files) and start a new
// file from it. Load reads the output back to an equal lexicon, apart from
// positions.
func (l *Lexicon) WriteYAML(w io.Writer) error {
	root := mapping()
	if len(l.Sides) > 0 {
		seq := sequence()
		for _, s := range l.Sides {
			m := mapping(kv{"name", str(s.Name)})
			if s.Description != "" {
				add(m, "description", str(s.Description))
			}
			if s.Distance {
				add(m, "distance", boolean(true))
			}
			if len(s.Demonyms) > 0 {
				add(m, "demonyms", flow(strs(s.Demonyms)))
			}
			seq.Content = append(seq.Content, m)
		}
		add(root, "sides", seq)
	}
	if len(l.Actors) > 0 {
		seq := sequence()
		for _, a := range l.Actors {
			m := mapping(kv{"name", str(a.Name)}, kv{"side", str(a.Side)}, kv{"type", str(a.Type)})
			if a.Label {
				add(m, "label", boolean(true))
			}
			if len(a.Aliases) > 0 {
				add(m, "aliases", flow(strs(a.Aliases)))
			}
			seq.Content = append(seq.Content, m)
		}
		add(root, "actors", seq)
	}
	if len(l.Groups) > 0 {
		seq := sequence()
		for _, g := range l.Groups {
			m := mapping(kv{"name", str(g.Name)}, kv{"sides", flow(strs(g.Sides))})
			if len(g.Aliases) > 0 {
				add(m, "aliases", flow(strs(g.Aliases)))
			}
			seq.Content = append(seq.Content, m)
		}
		add(root, "groups", seq)
	}
	if len(l.Cues) > 0 {
		seq := sequence()
		for _, c := range l.Cues {
			seq.Content = append(seq.Content, cueNode(c))
		}
		add(root, "cues", seq)
	}
	var hs, modal, atCue []string
	for _, h := range l.Hedges {
		switch {
		case h.Modal:
			modal = append(modal, h.Phrase)
		case h.AtCue:
			atCue = append(atCue, h.Phrase)
		default:
			hs = append(hs, h.Phrase)
		}
	}
	if len(hs) > 0 {
		add(root, "hedges", strs(hs))
	}
	if len(modal) > 0 {
		add(root, "modal-hedges", strs(modal))
	}
	if len(atCue) > 0 {
		add(root, "cue-hedges", strs(atCue))
	}
	if len(l.Markers) > 0 {
		seq := sequence()
		for _, m := range l.Markers {
			kvs := []kv{{"phrase", str(m.Phrase)}, {"stance", str(m.Stance)}}
			if m.Own {
				kvs = append(kvs, kv{"own", boolean(true)})
			}
			seq.Content = append(seq.Content, flow(mapping(kvs...)))
		}
		add(root, "markers", seq)
	}
	if len(l.Nouns) > 0 {
		seq := sequence()
		for _, n := range l.Nouns {
			kvs := []kv{{"word", str(n.Word)}, {"type", str(n.Type)}}
			if n.Person {
				kvs = append(kvs, kv{"person", boolean(true)})
			}
			seq.Content = append(seq.Content, flow(mapping(kvs...)))
		}
		add(root, "nouns", seq)
	}
	if len(l.Topics) > 0 {
		seq := sequence()
		for _, t := range l.Topics {
			seq.Content = append(seq.Content, topicNode(t))
		}
		add(root, "topics", seq)
	}
	if len(l.Loaded) > 0 {
		var ps []string
		for _, p := range l.Loaded {
			ps = append(ps, p.Phrase)
		}
		add(root, "loaded", strs(ps))
	}

	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return fmt.Errorf("write lexicon: %w", err)
	}
	if err := enc.Close(); err != nil {
		return fmt.Errorf("write lexicon: %w", err)
	}
	return nil
}

// cueNode writes a cue in the shortest form that loads back to the same
// forms: a verb with its regular inflections plus extra forms, a verb with
// irregular past forms, or a fixed phrase with extra forms.
func cueNode(c Cue) *yaml.Node {
	var m *yaml.Node
	switch {
	case c.Kind == CueVerb && c.Phrase != "" && subset(Inflect(c.Phrase), c.Forms):
		m = mapping(kv{"verb", str(c.Phrase)})
		if extra := minus(c.Forms, Inflect(c.Phrase)); len(extra) > 0 {
			add(m, "forms", flow(strs(extra)))
		}
	case c.Kind == CueVerb && c.Phrase != "" && subset(inflect(c.Phrase, false), c.Forms):
		// An empty past list still says "no regular -ed form".
		m = mapping(kv{"verb", str(c.Phrase)}, kv{"past", flow(strs(minus(c.Forms, inflect(c.Phrase, false))))})
	default:
		m = mapping(kv{"phrase", str(c.Phrase)})
		if c.Kind != CueVerb {
			add(m, "kind", str(string(c.Kind)))
		}
		if extra := minus(c.Forms, []string{c.Phrase}); len(extra) > 0 {
			add(m, "forms", flow(strs(extra)))
		}
	}
	if c.Stance != StanceAsserts {
		add(m, "stance", str(c.Stance))
	}
	if c.Hedge {
		add(m, "hedge", boolean(true))
	}
	if c.NeedsQuote {
		add(m, "needs-quote", boolean(true))
	}
	if c.NeedsClause {
		add(m, "needs-clause", boolean(true))
	}
	return m
}

// subset reports whether every string of a is in b.
func subset(a, b []string) bool {
	in := set(b)
	for _, s := range a {
		if !in[s] {
			return false
		}
	}
	return true
}

// minus returns the strings of a that are not in b.
func minus(a, b []string) []string {
	in := set(b)
	var out []string
	for _, s := range a {
		if !in[s] {
			out = append(out, s)
		}
	}
	return out
}

func set(ss []string) map[string]bool {
	m := make(map[string]bool, len(ss))
	for _, s := range ss {
		m[s] = true
	}
	return m
}

// kv is a key and its value, for mapping.
type kv struct {
	key string
	val *yaml.Node
}

func mapping(pairs ...kv) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	for _, p := range pairs {
		add(m, p.key, p.val)
	}
	return m
}

func add(m *yaml.Node, key string, v *yaml.Node) {
	m.Content = append(m.Content, str(key), v)
}

func sequence() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"} }

func flow(n *yaml.Node) *yaml.Node {
	n.Style = yaml.FlowStyle
	return n
}

func str(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func boolean(b bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(b)}
}

func strs(ss []string) *yaml.Node {
	seq := sequence()
	for _, s := range ss {
		seq.Content = append(seq.Content, str(s))
	}
	return seq
}
