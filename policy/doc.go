// Package policy holds a desk's attribution policy and applies it: the
// .claimtrace.yaml file (publisher, lexicon files, rules and their
// severities, fail level, files in scope), the rules that turn one analysed
// document's claims into findings, and the selection of input files.
package policy
