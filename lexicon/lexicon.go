package lexicon

import "github.com/claimtrace/claimtrace/internal/yamlnode"

// Lexicon is a loaded, validated lexicon. It is read-only once loaded: build
// it once per process and share it between documents and goroutines.
type Lexicon struct {
	Sides   []Side   // the parties a source can speak for
	Actors  []Actor  // named sources and how to recognise them
	Groups  []Group  // phrases that stand for several sides ("both sides")
	Cues    []Cue    // attribution cues with the stance they carry
	Hedges  []Hedge  // words in the publisher's voice that distance it from a claim
	Markers []Marker // phrases in a source's content that carry a stance ("not true")
	Nouns   []Noun   // common nouns that head a source mention ("spokesman", "outlets")
	Topics  []Topic  // phrases that mean the same thing, for clustering claims
	Loaded  []Loaded // evaluative or loaded wording the desk does not want in its own voice
}

// Side is a party that sources speak for.
type Side struct {
	Name        string   // as printed and in JSON ("pro-Kremlin media")
	Description string   // for people reading the lexicon
	Distance    bool     // the desk's policy wants its claims hedged or distanced
	Demonyms    []string // words that place an official body or person the lexicon does not name on this side ("Russian" in "the Russian military"), as written
	Pos         Pos      // where it was defined
}

// Actor is a named source: a person, an institution, an outlet, a metonym
// ("the Kremlin", "Washington") or a collective label ("Russian propaganda").
type Actor struct {
	Name    string   // canonical full name ("Marco Rubio")
	Side    string   // the side it speaks for; must name a Side
	Type    string   // source type: official, media, anonymous, document, expert, other
	Aliases []string // other ways the text names it ("Rubio", "US Secretary of State Marco Rubio")
	Label   bool     // naming it is itself distancing ("propagandists", "Russian propaganda")
	Pos     Pos      // where it was defined
}

// Group is a phrase that names several sides at once.
type Group struct {
	Name    string   // the phrase ("both sides")
	Sides   []string // the sides it stands for
	Aliases []string // other phrases for the same group ("the parties")
	Pos     Pos      // where it was defined
}

// CueKind says where a cue expects its source.
type CueKind string

// Cue kinds.
const (
	// CueVerb is a reporting verb: "SOURCE said (that) CONTENT",
	// "CONTENT, SOURCE said", "CONTENT, said SOURCE".
	CueVerb CueKind = "verb"
	// CuePrep is a phrase followed by its source: "according to SOURCE",
	// "citing SOURCE".
	CuePrep CueKind = "prep"
	// CuePassive is a passive cue followed by its source: "CONTENT was
	// reported by SOURCE".
	CuePassive CueKind = "passive"
	// CueNoun is a noun that introduces content: "a report that …",
	// "in a statement".
	CueNoun CueKind = "noun"
	// CueAgentless reports without naming anyone: "X is said to …", "it
	// became known that …". Its claims have an anonymous source.
	CueAgentless CueKind = "agentless"
)

// Cue is an attribution cue. A verb cue names its lemma in Phrase and every
// surface form in Forms; the loader fills in the regular inflections.
type Cue struct {
	Phrase     string   // lemma or fixed phrase ("say", "according to", "decline to comment")
	Kind       CueKind  // where the source stands
	Forms      []string // every surface form, lower case ("say", "says", "said", "saying")
	Stance     string   // asserts, confirms, denies, disputes or no-comment
	Hedge      bool     // using it distances the publisher ("claims")
	NeedsQuote bool     // a cue only when a quotation follows ("calls this “shuttle diplomacy”")
	// NeedsClause makes a verb a cue only before a clause, a quotation or
	// a colon, or after its content: "added that talks would go on",
	// "“…,” he added", but not "the company added 200 jobs".
	NeedsClause bool
	Pos         Pos // where it was defined
}

// Hedge is a word or phrase with which the publisher distances itself from a
// claim ("allegedly", "so-called").
type Hedge struct {
	Phrase string // lower case
	// Modal marks an epistemic hedge ("likely", "unclear"): inside reported
	// speech it is the source's own modality, so it distances the publisher
	// only in the publisher's own sentences. Listed under modal-hedges.
	Modal bool
	// AtCue marks a word with which the publisher calls a report false or
	// unsupported ("falsely claimed", "said, without evidence, that"): it
	// hedges a claim only next to the claim's cue, never inside a
	// source's words. Listed under cue-hedges.
	AtCue bool
	Pos   Pos // where it was defined
}

// Loaded is an evaluative or loaded phrase ("in its usual manner", "flouts
// the rules") that the desk's policy keeps out of the publisher's own voice.
// It is matched as whole words, ignoring case.
type Loaded struct {
	Phrase string // lower case
	Pos    Pos    // where it was defined
}

// Marker is a phrase in a source's own words that carries a stance, such as
// "not true" or "groundless" (denies) or "does not understand" (disputes).
type Marker struct {
	Phrase string // lower case
	Stance string // denies, disputes or no-comment
	Own    bool   // counts only right after a pronoun that opens the content: the source's own ("said it could not confirm"), not a third party's
	Pos    Pos    // where it was defined
}

// Noun is a common noun that can head a source mention the lexicon does not
// name ("spokeswoman", "outlets", "sources"), with the source type it implies.
type Noun struct {
	Word string // lower case, singular and plural listed separately
	Type string // source type it implies
	// Person marks a noun for people, not a body ("mayor", "diplomat"): a
	// description such as "the mayor" refers back only to a person.
	Person bool
	Pos    Pos // where it was defined
}

// Pos is a place in a lexicon file, for error messages: file, 1-based line
// and column.
type Pos = yamlnode.Pos
