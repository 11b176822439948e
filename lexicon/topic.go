package lexicon

import (
	"fmt"

	"go.yaml.in/yaml/v3"
)

// Topic is a group of phrases that mean the same thing for clustering
// ("direct flights", "air travel", "flights"). Before claims are compared,
// each phrase is replaced by the topic's Name, so two claims that use
// different phrases for one thing share a term.
//
// A phrase written with a capital letter ("US", "Washington") matches only
// text that starts with the same capital, so "US" never matches the pronoun
// "us"; such topics count as names, which must agree between two claims.
// Other phrases match in any case.
type Topic struct {
	Name    string   // the key the phrases stand for ("flights")
	Phrases []string // as written, white space normalised
	Pos     Pos      // where it was defined
}

func (d *decoder) topic(lex *Lexicon, n *yaml.Node) {
	t := Topic{Pos: d.Pos(n)}
	before := len(d.Errs)
	what := label(n, "topic", "name")
	d.Fields(n, what, []string{"name", "phrases"}, func(key string, v *yaml.Node) {
		switch key {
		case "name":
			t.Name = d.str(v, what+": name")
		case "phrases":
			t.Phrases = d.Strs(v, what+": phrases", normalize)
		}
	})
	if len(d.Errs) > before {
		return // a missing value is likely one of those just reported
	}
	switch {
	case t.Name == "":
		d.Errorf(n, "topic: missing name")
	case len(t.Phrases) == 0:
		d.Errorf(n, "%s: missing phrases", what)
	}
	t.Phrases = dedupeNames("\x00", t.Phrases)
	lex.Topics = append(lex.Topics, t)
}

// checkTopics reports a topic defined twice and a phrase that belongs to
// two topics: each phrase must stand for one topic only.
func (l *Lexicon) checkTopics(errs *ErrorList) {
	names := make(map[string]Pos)
	phrases := make(map[string]Topic) // match key of a phrase → topic that has it
	for _, t := range l.Topics {
		if p, ok := names[matchKey(t.Name)]; ok {
			errs.Add(t.Pos, fmt.Sprintf("duplicate topic %q (first defined at %s)", t.Name, p))
			continue
		}
		names[matchKey(t.Name)] = t.Pos
		for _, ph := range t.Phrases {
			k := matchKey(ph)
			if o, ok := phrases[k]; ok {
				errs.Add(t.Pos, fmt.Sprintf("topic %q: phrase %q is also a phrase of topic %q (%s)", t.Name, ph, o.Name, o.Pos))
				continue
			}
			phrases[k] = t
		}
	}
}

// topicNode writes a topic as a flow mapping.
func topicNode(t Topic) *yaml.Node {
	return mapping(kv{"name", str(t.Name)}, kv{"phrases", flow(strs(t.Phrases))})
}
