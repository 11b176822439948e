package claims

import "strings"

// Stance is what a source does with the content it is credited with.
type Stance string

// Stances, as the JSON contract spells them.
const (
	Asserts   Stance = "asserts"
	Confirms  Stance = "confirms"
	Denies    Stance = "denies"
	Disputes  Stance = "disputes"
	NoComment Stance = "no-comment"
)

// QuoteKind says how the content is quoted.
type QuoteKind string

// Quote kinds, as the JSON contract spells them.
const (
	QuoteDirect   QuoteKind = "direct"   // the content is a quotation
	QuotePartial  QuoteKind = "partial"  // the content quotes part of what was said
	QuoteIndirect QuoteKind = "indirect" // reported speech without quotation marks
	QuoteNone     QuoteKind = "none"     // no source is quoted (the publisher's own voice)
)

// SourceType is the kind of party a source is.
type SourceType string

// Source types, as the JSON contract spells them.
const (
	TypeOfficial  SourceType = "official"
	TypeMedia     SourceType = "media"
	TypeAnonymous SourceType = "anonymous"
	TypeDocument  SourceType = "document"
	TypeExpert    SourceType = "expert"
	TypePublisher SourceType = "publisher"
	TypeOther     SourceType = "other"
)

// Source is the party a claim is attributed to.
type Source struct {
	Text string     // the mention as written ("the diplomat", "Pro-Kremlin media outlets")
	Span Span       // bytes of the mention in the input
	Name string     // the full mention it resolves to ("Alexander Darchiev"); equals Text when nothing was resolved
	Type SourceType // kind of party
	Via  *Conduit   // the outlet that carried the statement ("told TASS"), if any
}

// Label is how a person reads the source: the mention as written, and
// after it the name it resolves to when the mention is a pronoun or a
// description in lower case, perhaps capitalised at a sentence start
// ("who (Juanita Broaddrick)", "He (Dmitry Peskov)", "the diplomat
// (Alexander Darchiev)"); a name as written stands alone.
func (s *Source) Label() string {
	if s.Name == "" || s.Name == s.Text || !description(s.Text) {
		return s.Text
	}
	return s.Text + " (" + s.Name + ")"
}

// description reports whether a mention is a pronoun or a description: all
// lower case, or capitalised only in its first word, which is then a
// pronoun or a determiner ("He", "The diplomat").
func description(text string) bool {
	low := strings.ToLower(text)
	if low == text {
		return true
	}
	first, rest, _ := strings.Cut(text, " ")
	return strings.ToLower(rest) == rest && openers[strings.ToLower(first)]
}

// openers are the pronouns and determiners a description may start with.
var openers = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "the": true,
	"this": true, "that": true, "these": true, "those": true, "his": true, "her": true, "their": true, "its": true,
	"who": true, "which": true}

// Conduit is an outlet that relays a source's statement.
type Conduit struct {
	Text string // the outlet as written
	Span Span   // bytes of the mention in the input
}

// Claim is one claim: a sentence, or one that-clause of a sentence, with
// its attribution.
type Claim struct {
	ID       string   // "c01", "c02", … in document order
	Sentence Span     // the whole sentence the claim is in
	Span     Span     // the claim's content
	Source   *Source  // nil for a claim in the publisher's own voice, or one that names no source
	Sides    []string // sides the source speaks for; the publisher's name for the publisher's own voice. Claims of one document may share the slice: copy it before changing an element
	// Agentless marks a report that names no one ("X is said to", "it
	// became known that"): Source is nil, yet the claim is not the
	// publisher's; its source type is anonymous.
	Agentless bool
	Cue       string    // attribution cue as written ("said", "according to"), or ""
	CueSpan   Span      // bytes of the cue; empty when Cue is ""
	Stance    Stance    // what the source does with the content
	Hedged    bool      // the publisher distances itself from the claim
	Hedges    []string  // what distances it: "allegedly", "claim", "propagandists", "scare-quotes", …
	Quote     QuoteKind // how the content is quoted
	Layout    Layout    // where the sentence stands in the article's layout
	Cluster   string    // id of the cluster of claims that say the same, or ""
	// Provenance lists the ids of the attributed claims that a claim in the
	// publisher's voice restates; empty for attributed claims.
	Provenance []string
}

// Attributed reports whether the claim is credited to someone other than
// the publisher: a named source, or an agentless report.
func (c *Claim) Attributed() bool { return c.Source != nil || c.Agentless }

// SourceType is the kind of party the claim rests on: its source's type,
// anonymous for an agentless report, or publisher for the publisher's own
// voice.
func (c *Claim) SourceType() SourceType {
	switch {
	case c.Source != nil:
		return c.Source.Type
	case c.Agentless:
		return TypeAnonymous
	}
	return TypePublisher
}
