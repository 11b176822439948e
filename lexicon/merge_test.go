package lexicon

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func load(t *testing.T, name, src string) *Lexicon {
	t.Helper()
	l, err := Load(strings.NewReader(src), name)
	require.NoError(t, err)
	return l
}

func TestMerge(t *testing.T) {
	base := load(t, "base.yaml", `
sides: [{name: US}, {name: Kremlin}]
actors:
  - {name: Marco Rubio, side: US, type: official, aliases: [Rubio]}
  - {name: TASS, side: Kremlin, type: media}
groups:
  - {name: both sides, sides: [US, Kremlin]}
cues:
  - {verb: say, past: [said]}
  - {verb: claim, hedge: true}
hedges: [allegedly]
markers: [{phrase: not true, stance: denies}]
nouns: [{word: agency, type: official}]
`)
	ext := load(t, "desk.yaml", `
sides:
  - {name: Kremlin, description: Russian state, distance: true}
  - {name: EU}
actors:
  - {name: TASS, side: Kremlin, type: media, label: true}
  - {name: Kaja Kallas, side: EU, type: official, aliases: [Kallas]}
groups:
  - {name: Both Sides, sides: [US, EU]}
cues:
  - {verb: claim}
  - {verb: opine}
hedges: [allegedly, purportedly]
markers: [{phrase: not true, stance: disputes}]
nouns: [{word: agency, type: media}]
`)
	got, err := Merge(base, ext)
	require.NoError(t, err)
	clearPos(got)

	want := &Lexicon{
		Sides: []Side{{Name: "US"}, {Name: "Kremlin", Description: "Russian state", Distance: true}, {Name: "EU"}},
		Actors: []Actor{
			{Name: "Marco Rubio", Side: "US", Type: "official", Aliases: []string{"Rubio"}},
			{Name: "TASS", Side: "Kremlin", Type: "media", Label: true},
			{Name: "Kaja Kallas", Side: "EU", Type: "official", Aliases: []string{"Kallas"}},
		},
		Groups: []Group{{Name: "Both Sides", Sides: []string{"US", "EU"}}},
		Cues: []Cue{
			{Phrase: "say", Kind: CueVerb, Forms: []string{"said", "say", "saying", "says"}, Stance: "asserts"},
			{Phrase: "claim", Kind: CueVerb, Forms: []string{"claim", "claimed", "claiming", "claims"}, Stance: "asserts"},
			{Phrase: "opine", Kind: CueVerb, Forms: []string{"opine", "opined", "opines", "opining"}, Stance: "asserts"},
		},
		Hedges:  []Hedge{{Phrase: "allegedly"}, {Phrase: "purportedly"}},
		Markers: []Marker{{Phrase: "not true", Stance: "disputes"}},
		Nouns:   []Noun{{Word: "agency", Type: "media"}},
	}
	assert.Equal(t, want, got)

	// The inputs are unchanged.
	assert.Equal(t, "", base.Sides[1].Description)
	assert.True(t, base.Cues[1].Hedge)
}

func TestMerge_Errors(t *testing.T) {
	base := load(t, "base.yaml", "sides: [{name: US}]\nactors:\n  - {name: Marco Rubio, side: US, type: official, aliases: [Rubio]}\n")
	tests := []struct {
		name, src, want string
	}{
		{"unknown side", "actors:\n  - {name: Peskov, side: Kremlin, type: official}\n",
			`desk.yaml:2:5: actor "Peskov": unknown side "Kremlin"`},
		{"alias taken", "actors:\n  - {name: Rubio, side: US, type: official}\n",
			`desk.yaml:2:5: actor "Rubio": name or alias "Rubio" already names actor "Marco Rubio" (base.yaml:3:5)`},
		{"group side", "groups:\n  - {name: all, sides: [US, EU]}\n", `desk.yaml:2:5: group "all": unknown side "EU"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Merge(base, load(t, "desk.yaml", tt.src))
			require.Error(t, err)
			assert.Equal(t, tt.want, err.Error())
		})
	}
}

func TestMerge_nilBase(t *testing.T) {
	l, err := Merge(nil)
	require.NoError(t, err)
	assert.Equal(t, &Lexicon{}, l)
}

func TestLoadFiles(t *testing.T) {
	l, err := LoadFiles("../testdata/lexicon/trade-dispute.yaml")
	require.NoError(t, err)
	def, err := Default()
	require.NoError(t, err)
	assert.Greater(t, len(l.Sides), len(def.Sides))

	_, err = LoadFiles("testdata/does-not-exist.yaml")
	assert.ErrorContains(t, err, "open lexicon: ")
}

// clearPos zeroes every position, to compare lexicons loaded from
// different text.
func clearPos(l *Lexicon) {
	for i := range l.Sides {
		l.Sides[i].Pos = Pos{}
	}
	for i := range l.Actors {
		l.Actors[i].Pos = Pos{}
	}
	for i := range l.Groups {
		l.Groups[i].Pos = Pos{}
	}
	for i := range l.Cues {
		l.Cues[i].Pos = Pos{}
	}
	for i := range l.Hedges {
		l.Hedges[i].Pos = Pos{}
	}
	for i := range l.Markers {
		l.Markers[i].Pos = Pos{}
	}
	for i := range l.Nouns {
		l.Nouns[i].Pos = Pos{}
	}
	for i := range l.Topics {
		l.Topics[i].Pos = Pos{}
	}
	for i := range l.Loaded {
		l.Loaded[i].Pos = Pos{}
	}
}
