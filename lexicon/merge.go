package lexicon

import (
	"fmt"
	"slices"
)

// Merge returns base extended, then overridden, by each lexicon in ext, in
// order. An entry replaces an earlier one, in place, when it has the same
// key: a side its Name, an actor its Name (ignoring case), a group its Name
// (ignoring case), a cue its Phrase and Kind, a marker its Phrase, a noun its
// Word and a topic its Name (ignoring case); hedges and loaded phrases are
// kept once each.
// Other entries are appended. Merge then validates the result (see Validate). base and ext are not changed;
// a nil base is an empty lexicon.
func Merge(base *Lexicon, ext ...*Lexicon) (*Lexicon, error) {
	out := &Lexicon{}
	for _, l := range append([]*Lexicon{base}, ext...) {
		if l == nil {
			continue
		}
		out.Sides = mergeBy(out.Sides, l.Sides, func(s Side) string { return s.Name })
		out.Actors = mergeBy(out.Actors, l.Actors, func(a Actor) string { return matchKey(a.Name) })
		out.Groups = mergeBy(out.Groups, l.Groups, func(g Group) string { return matchKey(g.Name) })
		out.Cues = mergeBy(out.Cues, l.Cues, cueKey)
		out.Hedges = mergeBy(out.Hedges, l.Hedges, func(h Hedge) string { return h.Phrase })
		out.Markers = mergeBy(out.Markers, l.Markers, func(m Marker) string { return m.Phrase })
		out.Nouns = mergeBy(out.Nouns, l.Nouns, func(n Noun) string { return n.Word })
		out.Topics = mergeBy(out.Topics, l.Topics, func(t Topic) string { return matchKey(t.Name) })
		out.Loaded = mergeBy(out.Loaded, l.Loaded, func(p Loaded) string { return p.Phrase })
	}
	if err := out.Validate(); err != nil {
		return nil, err
	}
	return out, nil
}

// mergeBy returns a copy of base in which each item of ext replaces the
// item with the same key, or is appended if there is none.
func mergeBy[T any](base, ext []T, key func(T) string) []T {
	if len(ext) == 0 {
		return base
	}
	out := slices.Clone(base)
	index := make(map[string]int, len(out)+len(ext))
	for i, v := range out {
		index[key(v)] = i
	}
	for _, v := range ext {
		k := key(v)
		if i, ok := index[k]; ok {
			out[i] = v
			continue
		}
		index[k] = len(out)
		out = append(out, v)
	}
	return out
}

// cueKey identifies a cue: its lemma or phrase and its kind.
func cueKey(c Cue) string { return string(c.Kind) + "\x00" + c.Phrase }

// Validate checks a whole lexicon, such as the result of merging files: no
// name, alias, cue, form, hedge, marker, noun, topic or topic phrase is
// defined twice, and every side an actor or group names exists. It returns
// an ErrorList.
func (l *Lexicon) Validate() error {
	var errs ErrorList
	l.checkDuplicates(&errs)
	l.checkReferences(&errs)
	return errs.Err()
}

// checkReferences reports actors and groups that name unknown sides.
func (l *Lexicon) checkReferences(errs *ErrorList) {
	sides := make(map[string]bool, len(l.Sides))
	for _, s := range l.Sides {
		sides[s.Name] = true
	}
	for _, a := range l.Actors {
		if !sides[a.Side] {
			errs.Add(a.Pos, fmt.Sprintf("actor %q: unknown side %q", a.Name, a.Side))
		}
	}
	for _, g := range l.Groups {
		for _, s := range g.Sides {
			if !sides[s] {
				errs.Add(g.Pos, fmt.Sprintf("group %q: unknown side %q", g.Name, s))
			}
		}
	}
}

// checkDuplicates reports anything defined twice. The second definition is
// the error, and the message names where the first one is.
func (l *Lexicon) checkDuplicates(errs *ErrorList) {
	sides := make(map[string]Pos)
	for _, s := range l.Sides {
		if p, ok := sides[s.Name]; ok {
			errs.Add(s.Pos, fmt.Sprintf("duplicate side %q (first defined at %s)", s.Name, p))
			continue
		}
		sides[s.Name] = s.Pos
	}

	// Actor and group names and aliases share one name space, since the
	// tagger looks them up in the same text.
	type owner struct {
		what string // `actor "Marco Rubio"`
		pos  Pos
	}
	names := make(map[string]owner)
	claim := func(what string, pos Pos, name string) {
		k := matchKey(name)
		if o, ok := names[k]; ok {
			errs.Add(pos, fmt.Sprintf("%s: name or alias %q already names %s (%s)", what, name, o.what, o.pos))
			return
		}
		names[k] = owner{what, pos}
	}
	for _, a := range l.Actors {
		what := fmt.Sprintf("actor %q", a.Name)
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			claim(what, a.Pos, n)
		}
	}
	for _, g := range l.Groups {
		what := fmt.Sprintf("group %q", g.Name)
		for _, n := range append([]string{g.Name}, g.Aliases...) {
			claim(what, g.Pos, n)
		}
	}

	cues := make(map[string]Pos)
	forms := make(map[string]Cue) // kind + form → cue that has it
	for _, c := range l.Cues {
		k := cueKey(c)
		if p, ok := cues[k]; ok {
			errs.Add(c.Pos, fmt.Sprintf("duplicate %s cue %q (first defined at %s)", c.Kind, c.Phrase, p))
			continue
		}
		cues[k] = c.Pos
		for _, f := range c.Forms {
			fk := string(c.Kind) + "\x00" + f
			if o, ok := forms[fk]; ok {
				errs.Add(c.Pos, fmt.Sprintf("cue %q: form %q is also a form of cue %q (%s)", c.Phrase, f, o.Phrase, o.Pos))
				continue
			}
			forms[fk] = c
		}
	}

	checkOnce(errs, "hedge", l.Hedges, func(h Hedge) (string, Pos) { return h.Phrase, h.Pos })
	checkOnce(errs, "marker", l.Markers, func(m Marker) (string, Pos) { return m.Phrase, m.Pos })
	checkOnce(errs, "noun", l.Nouns, func(n Noun) (string, Pos) { return n.Word, n.Pos })
	checkOnce(errs, "loaded phrase", l.Loaded, func(p Loaded) (string, Pos) { return p.Phrase, p.Pos })
	l.checkTopics(errs)
}

// checkOnce reports each item whose key an earlier item already has: the
// lists of hedges, markers, nouns and loaded phrases name each entry once.
func checkOnce[T any](errs *ErrorList, what string, items []T, key func(T) (string, Pos)) {
	first := make(map[string]Pos, len(items))
	for _, it := range items {
		k, pos := key(it)
		if p, ok := first[k]; ok {
			errs.Add(pos, fmt.Sprintf("duplicate %s %q (first defined at %s)", what, k, p))
			continue
		}
		first[k] = pos
	}
}
