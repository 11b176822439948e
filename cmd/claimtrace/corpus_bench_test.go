package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/claimtrace/claimtrace/internal/newsgen"
)

var benchCorpus = flag.String("benchcorpus", "", "write the benchmark corpus (5mb.txt, 500kb.txt, batch/*.txt) into this directory and exit")

// TestWriteBenchCorpus writes the benchmark corpus to files for the
// whole-process measurements of BENCHMARKS.md (testdata/bench/cli.sh). It
// does nothing unless -benchcorpus names a directory.
func TestWriteBenchCorpus(t *testing.T) {
	if *benchCorpus == "" {
		t.Skip("set -benchcorpus DIR to write the corpus")
	}
	ref, err := os.ReadFile(filepath.Join("..", "..", article))
	if err != nil {
		t.Fatal(err)
	}
	batch := filepath.Join(*benchCorpus, "batch")
	if err := os.MkdirAll(batch, 0o755); err != nil {
		t.Fatal(err)
	}
	files := map[string][]byte{"5mb.txt": newsgen.Corpus(ref, 5<<20), "500kb.txt": newsgen.Corpus(ref, 500<<10)}
	for i, a := range newsgen.Batch(1000) {
		files[filepath.Join("batch", fmt.Sprintf("a%04d.txt", i))] = a
	}
	for name, b := range files {
		if err := os.WriteFile(filepath.Join(*benchCorpus, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
