package lexicon

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// loadValid loads one file and validates it on its own, as Merge(nil, l)
// would, so that reference errors show too.
func loadValid(src string) (*Lexicon, error) {
	l, err := Load(strings.NewReader(src), "test.yaml")
	if err != nil {
		return nil, err
	}
	if err := l.Validate(); err != nil {
		return nil, err
	}
	return l, nil
}

func TestLoad_Errors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want string
	}{
		{"top not a mapping", "- a\n", "test.yaml:1:1: lexicon: expected a mapping, got a list"},
		{"unknown top key", "sides: []\nactor: []\n",
			`test.yaml:2:1: lexicon: unknown key "actor" (want sides, actors, groups, cues, hedges, modal-hedges, cue-hedges, markers, nouns, topics, loaded)`},
		{"repeated key", "hedges: [a]\nhedges: [b]\n", `test.yaml:2:1: lexicon: repeated key "hedges"`},
		{"section not a list", "sides: US\n", `test.yaml:1:8: sides: expected a list, got "US"`},
		{"unknown side key", "sides:\n  - name: US\n    colour: blue\n",
			`test.yaml:3:5: side "US": unknown key "colour" (want name, description, distance, demonyms)`},
		{"side missing name", "sides:\n  - description: x\n", "test.yaml:2:5: side: missing name"},
		{"side wrong bool", "sides:\n  - name: US\n    distance: maybe\n",
			`test.yaml:3:15: side "US": distance: expected true or false, got "maybe"`},
		{"side name a list", "sides:\n  - name: [a]\n", "test.yaml:2:11: side: name: expected a string, got a list"},
		{"duplicate side", "sides:\n  - name: US\n  - name: US\n",
			`test.yaml:3:5: duplicate side "US" (first defined at test.yaml:2:5)`},
		{"actor missing name", "actors:\n  - side: US\n    type: official\n", "test.yaml:2:5: actor: missing name"},
		{"actor missing side", "actors:\n  - name: Rubio\n    type: official\n", `test.yaml:2:5: actor "Rubio": missing side`},
		{"actor missing type", "sides: [{name: US}]\nactors:\n  - name: Rubio\n    side: US\n", `test.yaml:3:5: actor "Rubio": missing type`},
		{"actor unknown type", "actors:\n  - name: Rubio\n    side: US\n    type: person\n",
			`test.yaml:4:11: actor "Rubio": unknown source type "person" (want official, media, anonymous, document, expert, publisher, other)`},
		{"actor unknown side", "sides: [{name: US}]\nactors:\n  - name: Rubio\n    side: USA\n    type: official\n",
			`test.yaml:3:5: actor "Rubio": unknown side "USA"`},
		{"actor empty alias", "actors:\n  - name: Rubio\n    side: US\n    type: official\n    aliases: [Marco, '']\n",
			`test.yaml:5:22: actor "Rubio": aliases: empty string`},
		{"duplicate alias across actors", "sides: [{name: US}]\nactors:\n" +
			"  - {name: Marco Rubio, side: US, type: official, aliases: [Rubio]}\n" +
			"  - {name: Rubio, side: US, type: official}\n",
			`test.yaml:4:5: actor "Rubio": name or alias "Rubio" already names actor "Marco Rubio" (test.yaml:3:5)`},
		{"duplicate alias ignoring case", "sides: [{name: US}]\nactors:\n" +
			"  - {name: White House, side: US, type: official, aliases: [the White House]}\n" +
			"  - {name: WH, side: US, type: official, aliases: [THE WHITE HOUSE]}\n",
			`test.yaml:4:5: actor "WH": name or alias "THE WHITE HOUSE" already names actor "White House" (test.yaml:3:5)`},
		{"group unknown side", "sides: [{name: US}]\ngroups:\n  - name: both sides\n    sides: [US, EU]\n",
			`test.yaml:3:5: group "both sides": unknown side "EU"`},
		{"group missing sides", "groups:\n  - name: both sides\n", `test.yaml:2:5: group "both sides": missing sides`},
		{"cue bad stance", "cues:\n  - verb: say\n    stance: assert\n",
			`test.yaml:3:13: cue "say": unknown stance "assert" (want asserts, confirms, denies, disputes, no-comment)`},
		{"cue unknown kind", "cues:\n  - phrase: per\n    kind: adverb\n",
			`test.yaml:3:11: cue "per": unknown cue kind "adverb" (want verb, prep, passive, noun, agentless)`},
		{"cue empty phrase", "cues:\n  - phrase: ''\n    kind: prep\n", "test.yaml:2:13: cue: empty phrase"},
		{"cue missing phrase", "cues:\n  - kind: prep\n", "test.yaml:2:5: cue: missing verb or phrase"},
		{"cue verb and phrase", "cues:\n  - verb: say\n    phrase: said\n", `test.yaml:3:13: cue "say": has both verb and phrase`},
		{"cue verb with kind", "cues:\n  - verb: say\n    kind: noun\n", `test.yaml:3:11: cue "say": a verb cue has kind verb; use phrase for kind noun`},
		{"cue past without verb", "cues:\n  - phrase: said\n    past: [said]\n", `test.yaml:2:5: cue "said": past needs verb, not phrase`},
		{"cue bool", "cues:\n  - verb: claim\n    hedge: 1\n", `test.yaml:3:12: cue "claim": hedge: expected true or false, got "1"`},
		{"duplicate cue", "cues:\n  - verb: say\n  - verb: Say\n", `test.yaml:3:5: duplicate verb cue "say" (first defined at test.yaml:2:5)`},
		{"shared form", "cues:\n  - verb: say\n    past: [said]\n  - phrase: said\n",
			`test.yaml:4:5: cue "said": form "said" is also a form of cue "say" (test.yaml:2:5)`},
		{"hedge empty", "hedges: [allegedly, ' ']\n", "test.yaml:1:21: hedge: empty phrase"},
		{"hedge not a string", "hedges: [{a: b}]\n", "test.yaml:1:10: hedge: expected a string, got a mapping"},
		{"duplicate hedge", "hedges: [Allegedly, allegedly]\n", `test.yaml:1:21: duplicate hedge "allegedly" (first defined at test.yaml:1:10)`},
		{"marker bad stance", "markers:\n  - {phrase: not true, stance: asserts}\n",
			`test.yaml:2:32: marker "not true": unknown stance "asserts" (want denies, disputes, no-comment)`},
		{"marker missing stance", "markers:\n  - {phrase: not true}\n", `test.yaml:2:5: marker "not true": missing stance`},
		{"marker empty phrase", "markers:\n  - {stance: denies}\n", "test.yaml:2:5: marker: empty phrase"},
		{"noun unknown type", "nouns:\n  - {word: spokesman, type: person}\n",
			`test.yaml:2:29: noun "spokesman": unknown source type "person" (want official, media, anonymous, document, expert, publisher, other)`},
		{"noun empty word", "nouns:\n  - {word: '', type: media}\n", "test.yaml:2:5: noun: empty word"},
		{"yaml alias", "hedges: &h [a]\nmarkers: *h\n", "test.yaml:2:10: markers: yaml aliases are not supported"},
		{"syntax error", "sides:\n  - name: US\n name: x\n", "test.yaml:2: invalid yaml: did not find expected key"},
		{"two documents", "hedges: [a]\n---\nhedges: [b]\n", "test.yaml:2:1: more than one yaml document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := loadValid(tt.src)
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
			var list ErrorList
			assert.True(t, errors.As(err, &list), "want an ErrorList, got %T", err)
		})
	}
}

// TestLoad_ErrorList checks that Load reports every problem it can, sorted
// by position.
func TestLoad_ErrorList(t *testing.T) {
	src := "nouns:\n  - {word: x, type: person}\nsides:\n  - colour: red\n  - name: US\n    distance: 2\n"
	_, err := Load(strings.NewReader(src), "a.yaml")
	require.Error(t, err)
	var list ErrorList
	require.True(t, errors.As(err, &list))
	assert.Equal(t, []string{
		`a.yaml:2:21: noun "x": unknown source type "person" (want official, media, anonymous, document, expert, publisher, other)`,
		`a.yaml:4:5: side: unknown key "colour" (want name, description, distance, demonyms)`,
		`a.yaml:6:15: side "US": distance: expected true or false, got "2"`,
	}, strings.Split(err.Error(), "\n"))
}

func TestLoad(t *testing.T) {
	src := `
sides:
  - name: US
    description: the administration
    demonyms: [American,  U.S.]
actors:
  - name: Marco Rubio
    side: US
    type: official
    aliases: [Rubio, rubio, Secretary  of State Marco Rubio]
cues:
  - verb: Say
    past: [said]
  - phrase: According  To
    kind: prep
hedges: [Allegedly]
markers:
  - {phrase: NOT TRUE, stance: denies}
  - {phrase: could not confirm, stance: no-comment, own: true}
nouns:
  - {word: Spokesman, type: official}
  - {word: mayor, type: official, person: true}
`
	got, err := Load(strings.NewReader(src), "x.yaml")
	require.NoError(t, err)
	want := &Lexicon{
		Sides: []Side{{Name: "US", Description: "the administration", Demonyms: []string{"American", "U.S."}, Pos: Pos{File: "x.yaml", Line: 3, Column: 5}}},
		Actors: []Actor{{Name: "Marco Rubio", Side: "US", Type: "official",
			Aliases: []string{"Rubio", "Secretary of State Marco Rubio"}, Pos: Pos{File: "x.yaml", Line: 7, Column: 5}}},
		Cues: []Cue{
			{Phrase: "say", Kind: CueVerb, Forms: []string{"said", "say", "saying", "says"}, Stance: "asserts", Pos: Pos{File: "x.yaml", Line: 12, Column: 5}},
			{Phrase: "according to", Kind: CuePrep, Forms: []string{"according to"}, Stance: "asserts", Pos: Pos{File: "x.yaml", Line: 14, Column: 5}},
		},
		Hedges: []Hedge{{Phrase: "allegedly", Pos: Pos{File: "x.yaml", Line: 16, Column: 10}}},
		Markers: []Marker{{Phrase: "not true", Stance: "denies", Pos: Pos{File: "x.yaml", Line: 18, Column: 5}},
			{Phrase: "could not confirm", Stance: "no-comment", Own: true, Pos: Pos{File: "x.yaml", Line: 19, Column: 5}}},
		Nouns: []Noun{{Word: "spokesman", Type: "official", Pos: Pos{File: "x.yaml", Line: 21, Column: 5}},
			{Word: "mayor", Type: "official", Person: true, Pos: Pos{File: "x.yaml", Line: 22, Column: 5}}},
	}
	assert.Equal(t, want, got)
}

func TestLoad_Empty(t *testing.T) {
	for _, src := range []string{"", "# nothing\n", "~\n", "{}\n", "sides:\n"} {
		got, err := Load(strings.NewReader(src), "e.yaml")
		require.NoError(t, err, "%q", src)
		assert.Equal(t, &Lexicon{}, got, "%q", src)
	}
}

// TestLoad_Linear loads a large file; a quadratic step would make it slow.
func TestLoad_Linear(t *testing.T) {
	var b strings.Builder
	b.WriteString("sides: [{name: S}]\nactors:\n")
	for i := range 20000 {
		fmt.Fprintf(&b, "  - {name: actor %d, side: S, type: other, aliases: [a%d, b%d]}\n", i, i, i)
	}
	l, err := loadValid(b.String())
	require.NoError(t, err)
	assert.Len(t, l.Actors, 20000)
}
