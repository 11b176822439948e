// Package eval scores claimtrace's claims against hand-made answer keys
// (the format of the project's evaluation data: NAME.gold.json beside
// NAME.txt), with the metrics and matching rules of its reference scorer.
package eval
