package lexicon

import "strings"

// Stances: what a source does with a claim. Cue.Stance is one of these;
// Marker.Stance is one of the last three.
const (
	StanceAsserts   = "asserts"
	StanceConfirms  = "confirms"
	StanceDenies    = "denies"
	StanceDisputes  = "disputes"
	StanceNoComment = "no-comment"
)

// Source types, as in the JSON contract's source.type.
const (
	TypeOfficial  = "official"
	TypeMedia     = "media"
	TypeAnonymous = "anonymous"
	TypeDocument  = "document"
	TypeExpert    = "expert"
	TypePublisher = "publisher"
	TypeOther     = "other"
)

// Stances returns every valid cue stance, in contract order.
func Stances() []string {
	return []string{StanceAsserts, StanceConfirms, StanceDenies, StanceDisputes, StanceNoComment}
}

// MarkerStances returns every valid marker stance.
func MarkerStances() []string {
	return []string{StanceDenies, StanceDisputes, StanceNoComment}
}

// SourceTypes returns every valid source type, in contract order.
func SourceTypes() []string {
	return []string{TypeOfficial, TypeMedia, TypeAnonymous, TypeDocument, TypeExpert, TypePublisher, TypeOther}
}

// CueKinds returns every valid cue kind.
func CueKinds() []CueKind {
	return []CueKind{CueVerb, CuePrep, CuePassive, CueNoun, CueAgentless}
}

// normalize trims s and collapses runs of white space to one space.
func normalize(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// matchKey is the form of a name used to compare names: names match
// case-insensitively.
func matchKey(s string) string {
	return strings.ToLower(normalize(s))
}
