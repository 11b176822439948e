// Package claims holds claimtrace's data model and the stages that need no
// lexicon: a Document (the input bytes, untouched, plus a line index), byte
// Spans with their line and column, the sentence splitter, and the Claim
// records that the attribution tagger fills in.
package claims
