package eval

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Key is an answer key: the claims a person found in one text.
type Key struct {
	File        string      `json:"file"`
	Publisher   string      `json:"publisher"`
	Claims      []KeyClaim  `json:"claims"`
	NonClaims   []string    `json:"non_claims"`
	SideSummary SideSummary `json:"side_summary"` // the expected summary per side, in the key's order; empty in most keys
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
	Stance     string   `json:"stance"`      // asserts, confirms, denies, disputes, no-comment; "" reads as asserts
	Hedged     *bool    `json:"hedged"`      // the publisher distances itself; nil when the key leaves it out
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

// IsHedged reports whether the key marks the claim as hedged.
func (c KeyClaim) IsHedged() bool { return c.Hedged != nil && *c.Hedged }

// SideSummary is a key's side_summary: for each side, the expected count of
// each summary field, both in the order the key lists them (the scorer
// reports differences in that order).
type SideSummary []SideCells

// SideCells are the expected summary fields of one side.
type SideCells struct {
	Side  string
	Cells []Cell
}

// Cell is one expected summary field ("attributed": 5).
type Cell struct {
	Field string
	Value json.Number // as written in the key
}

// UnmarshalJSON decodes a side_summary object, keeping its order.
func (s *SideSummary) UnmarshalJSON(data []byte) error {
	*s = nil
	if bytes.Equal(bytes.TrimSpace(data), []byte("null")) {
		return nil
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	for dec.More() {
		side, err := stringToken(dec)
		if err != nil {
			return err
		}
		sc := SideCells{Side: side}
		if err := expectDelim(dec, '{'); err != nil {
			return err
		}
		for dec.More() {
			field, err := stringToken(dec)
			if err != nil {
				return err
			}
			var v json.Number
			if err := dec.Decode(&v); err != nil {
				return fmt.Errorf("side_summary.%s.%s: %w", side, field, err)
			}
			sc.Cells = append(sc.Cells, Cell{Field: field, Value: v})
		}
		if _, err := dec.Token(); err != nil { // '}'
			return err
		}
		*s = append(*s, sc)
	}
	return nil
}

func expectDelim(dec *json.Decoder, d json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != d {
		return fmt.Errorf("side_summary: want %q, got %v", d, tok)
	}
	return nil
}

func stringToken(dec *json.Decoder) (string, error) {
	tok, err := dec.Token()
	if err != nil {
		return "", err
	}
	s, ok := tok.(string)
	if !ok {
		return "", errors.New("side_summary: want a name")
	}
	return s, nil
}

// HasClusters reports whether any claim of the key has a cluster label.
func (k *Key) HasClusters() bool {
	for _, c := range k.Claims {
		if c.Cluster != "" {
			return true
		}
	}
	return false
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
