// Package lexicon holds what claimtrace knows about a story's world: the
// sides, their actors, groups of sides, attribution cues with the stance
// they carry, and the words with which a publisher distances itself from a
// claim. The default lexicon is embedded YAML; users extend or override it
// with their own files, so a new story needs no Go change.
package lexicon
