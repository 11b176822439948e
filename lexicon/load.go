package lexicon

import (
	"fmt"
	"io"
	"os"

	"github.com/claimtrace/claimtrace/internal/yamlnode"
)

// Load reads one lexicon file in YAML (the format is in docs/lexicon.md) and
// checks its shape: known keys, value types, required names, stances, cue
// kinds, source types, and duplicates within the file. name is used in error
// positions. Load does not check that the sides an actor or group names
// exist, because a file may refer to sides of the lexicon it extends: Merge
// and Validate check those references.
//
// A lexicon error is an ErrorList whose entries read "file:line:column: msg".
func Load(r io.Reader, name string) (*Lexicon, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read lexicon %s: %w", name, err)
	}
	root, err := yamlnode.Parse(data, name)
	if err != nil {
		return nil, err
	}
	d := &decoder{yamlnode.Decoder{File: name}}
	lex := d.lexicon(root)
	if len(d.Errs) == 0 {
		lex.checkDuplicates(&d.Errs)
	}
	if err := d.Errs.Err(); err != nil {
		return nil, err
	}
	return lex, nil
}

// LoadFiles returns the default lexicon merged with each file in order, as
// the CLI's repeatable --lexicon FILE flag does.
func LoadFiles(paths ...string) (*Lexicon, error) {
	base, err := Default()
	if err != nil {
		return nil, err
	}
	exts := make([]*Lexicon, 0, len(paths))
	for _, path := range paths {
		lex, err := loadFile(path)
		if err != nil {
			return nil, err
		}
		exts = append(exts, lex)
	}
	return Merge(base, exts...)
}

// loadFile loads one lexicon file from disk.
func loadFile(path string) (*Lexicon, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open lexicon: %w", err)
	}
	defer f.Close()
	return Load(f, path)
}
