// Package report turns analysed documents into what people and tools read:
// the per-side summary, the claimtrace/v1 JSON contract and plain-text
// tables. It takes Analysis values (a document with its sentences and
// tagged claims) and writes to an io.Writer; it never changes its input.
package report
