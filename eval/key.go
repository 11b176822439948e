package eval

import (
	"encoding/json"
	"fmt"
	"io"
)

// Key is an answer key: the claims a person found in one text.
type Key struct {
	File        string                    `json:"file"`
	Publisher   string                    `json:"publisher"`
	Claims      []KeyClaim                `json:"claims"`
	NonClaims   []string                  `json:"non_claims"`
	SideSummary map[string]map[string]int `json:"side_summary"`
}

// KeyClaim is one claim of an answer key. Texts are exact substrings of the
// article.
type KeyClaim struct {
	ID         string   `json:"id"`
	Sentence   string   `json:"sentence"`    // the whole sentence
	Claim      string   `json:"claim"`       // the content span
	Source     *string  `json:"source"`      // the source mention, or nil in the publisher's voice
	SourceType string   `json:"source_type"` // kind of source
	Sides      []string `json:"sides"`       // sides the source speaks for
	Side       string   `json:"side"`        // a single side, in keys that use it instead of sides
	Cue        *string  `json:"cue"`         // the cue as written
	Stance     string   `json:"stance"`      // asserts, confirms, denies, disputes, no-comment
	Hedged     bool     `json:"hedged"`      // the publisher distances itself
	Quote      string   `json:"quote"`       // direct, partial, indirect, none
	Cluster    string   `json:"cluster"`     // label of the claims that say the same
}

// AllSides returns the claim's sides, from sides or side.
func (c KeyClaim) AllSides() []string {
	if len(c.Sides) > 0 {
		return c.Sides
	}
	if c.Side != "" {
		return []string{c.Side}
	}
	return nil
}

// ReadKey decodes an answer key; name is used in errors.
func ReadKey(r io.Reader, name string) (*Key, error) {
	var k Key
	if err := json.NewDecoder(r).Decode(&k); err != nil {
		return nil, fmt.Errorf("read answer key %s: %w", name, err)
	}
	if len(k.Claims) == 0 {
		return nil, fmt.Errorf("read answer key %s: no claims", name)
	}
	return &k, nil
}
