package lexicon

import (
	_ "embed" // for the default lexicon
	"strings"
)

// defaultYAML is the embedded default lexicon. It is a string, not a byte
// slice, so that nothing can change it.
//
//go:embed default.yaml
var defaultYAML string

// DefaultName is the file name that positions in the default lexicon carry.
const DefaultName = "default.yaml"

// Default returns the embedded default lexicon: the US, the Kremlin,
// pro-Kremlin media and Ukraine, with their actors, and general English
// attribution cues, hedges, stance markers and source nouns. It is parsed on
// every call, so call it once and share the result.
func Default() (*Lexicon, error) {
	lex, err := Load(strings.NewReader(defaultYAML), DefaultName)
	if err != nil {
		return nil, err
	}
	if err := lex.Validate(); err != nil {
		return nil, err
	}
	return lex, nil
}
