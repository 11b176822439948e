// Package attribution is claimtrace's tagger. It reads the sentences of a
// claims.Document and, driven by a lexicon.Lexicon, returns its claims: the
// content of each, its source, the sides the source speaks for, the cue,
// the stance, the publisher's hedging and the kind of quotation.
package attribution
