package main

import (
	"path/filepath"
	"testing"
)

// BenchmarkRun_analyze measures a whole "claimtrace analyze --format json"
// on the reference article, lexicon loading included, as a user runs it.
func BenchmarkRun_analyze(b *testing.B) {
	path := filepath.Join("..", "..", article)
	for b.Loop() {
		if code, _, stderr := runCmd(b, "", "analyze", "--format", "json", "--publisher", "RBC-Ukraine", path); code != exitOK {
			b.Fatalf("exit %d: %s", code, stderr)
		}
	}
}
