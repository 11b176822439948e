package lexicon

import (
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDefault(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)

	var sides []string
	for _, s := range l.Sides {
		sides = append(sides, s.Name)
	}
	assert.Equal(t, []string{"US", "Kremlin", "pro-Kremlin media", "Ukraine"}, sides)
	for _, a := range l.Actors {
		assert.Contains(t, sides, a.Side, "actor %q", a.Name)
		assert.Contains(t, SourceTypes(), a.Type, "actor %q", a.Name)
	}
	for _, g := range l.Groups {
		for _, s := range g.Sides {
			assert.Contains(t, sides, s, "group %q", g.Name)
		}
	}

	forms := map[CueKind]map[string]string{}
	for _, c := range l.Cues {
		if forms[c.Kind] == nil {
			forms[c.Kind] = map[string]string{}
		}
		assert.True(t, slices.IsSorted(c.Forms), "cue %q forms unsorted", c.Phrase)
		for _, f := range c.Forms {
			other, dup := forms[c.Kind][f]
			assert.False(t, dup, "form %q of cue %q is also in cue %q", f, c.Phrase, other)
			forms[c.Kind][f] = c.Phrase
		}
	}

	// A few entries the tagger relies on.
	verbs := forms[CueVerb]
	for form, lemma := range map[string]string{
		"said": "say", "told": "tell", "denied": "deny", "claims": "claim",
		"played down": "play down", "declined to comment": "decline to comment",
		"has not commented": "has not commented",
	} {
		assert.Equal(t, lemma, verbs[form], "form %q", form)
	}
	assert.Equal(t, "according to", forms[CuePrep]["according to"])
	assert.Equal(t, "was reported by", forms[CuePassive]["were reported by"])
}

// TestDefault_hedgesAreNotModals keeps ordinary modality out of the hedges.
func TestDefault_hedgesAreNotModals(t *testing.T) {
	l, err := Default()
	require.NoError(t, err)
	for _, h := range l.Hedges {
		assert.NotContains(t, []string{"could", "may", "might", "would", "should"}, h.Phrase)
	}
}

// TestDefault_fresh checks that each call returns its own lexicon.
func TestDefault_fresh(t *testing.T) {
	a, err := Default()
	require.NoError(t, err)
	a.Sides[0].Name = "changed"
	b, err := Default()
	require.NoError(t, err)
	assert.Equal(t, "US", b.Sides[0].Name)
}
