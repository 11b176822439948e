package lexicon

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestInflect(t *testing.T) {
	tests := []struct {
		verb string
		want []string
	}{
		{"say", []string{"say", "sayed", "saying", "says"}}, // "said" comes from past
		{"deny", []string{"denied", "denies", "deny", "denying"}},
		{"note", []string{"note", "noted", "notes", "noting"}},
		{"admit", []string{"admit", "admits", "admitted", "admitting"}},
		{"emphasize", []string{"emphasize", "emphasized", "emphasizes", "emphasizing"}},
		{"agree", []string{"agree", "agreed", "agreeing", "agrees"}},
		{"stress", []string{"stress", "stressed", "stresses", "stressing"}},
		{"reach", []string{"reach", "reached", "reaches", "reaching"}},
		{"stop", []string{"stop", "stopped", "stopping", "stops"}},
		{"visit", []string{"visit", "visited", "visiting", "visits"}},
		{"refer", []string{"refer", "referred", "referring", "refers"}},
		{"offer", []string{"offer", "offered", "offering", "offers"}},
		{"occur", []string{"occur", "occurred", "occurring", "occurs"}},
		{"tweet", []string{"tweet", "tweeted", "tweeting", "tweets"}},
		{"vow", []string{"vow", "vowed", "vowing", "vows"}},
		{"play", []string{"play", "played", "playing", "plays"}},
		{"tie", []string{"tie", "tied", "ties", "tying"}},
		{"echo", []string{"echo", "echoed", "echoes", "echoing"}},
		{"play down", []string{"play down", "played down", "playing down", "plays down"}},
		{"Decline  to comment", []string{"decline to comment", "declined to comment", "declines to comment", "declining to comment"}},
		{"point out", []string{"point out", "pointed out", "pointing out", "points out"}},
		{"zelenskyy", []string{"zelenskyied", "zelenskyies", "zelenskyy", "zelenskyying"}},
		{"café", []string{"café", "caféed", "caféing", "cafés"}},
		{"", nil},
	}
	for _, tt := range tests {
		t.Run(tt.verb, func(t *testing.T) {
			assert.Equal(t, tt.want, Inflect(tt.verb))
		})
	}
}

func TestInflect_irregularPast(t *testing.T) {
	assert.Equal(t, []string{"tell", "telling", "tells"}, inflect("tell", false))
}
