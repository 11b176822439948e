package lexicon

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
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
	root, err := parseYAML(data, name)
	if err != nil {
		return nil, err
	}
	d := &decoder{file: name}
	lex := d.lexicon(root)
	if len(d.errs) == 0 {
		lex.checkDuplicates(&d.errs)
	}
	if err := d.errs.Err(); err != nil {
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

// yamlLine matches the line number in a YAML syntax error.
const yamlLine = `^yaml: line (\d+): (.*)$`

// parseYAML parses data into the root node of its one YAML document. An
// empty document gives a nil node.
func parseYAML(data []byte, name string) (root *yaml.Node, err error) {
	defer func() {
		// The YAML parser is not ours: turn a panic into an error that
		// names the input rather than crash the caller.
		if r := recover(); r != nil {
			root, err = nil, ErrorList{{Pos: Pos{File: name}, Msg: fmt.Sprintf("invalid yaml: %v", r)}}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, nil
		}
		return nil, yamlError(err, name)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, yamlError(err, name)
	default:
		return nil, ErrorList{{Pos: Pos{File: name, Line: next.Line, Column: next.Column},
			Msg: "more than one yaml document"}}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlError turns a YAML syntax error, which knows its line but not its
// column, into an ErrorList.
func yamlError(err error, name string) error {
	m := regexp.MustCompile(yamlLine).FindStringSubmatch(err.Error())
	if m == nil {
		return ErrorList{{Pos: Pos{File: name}, Msg: "invalid " + err.Error()}}
	}
	line, _ := strconv.Atoi(m[1]) // the pattern admits only digits
	return ErrorList{{Pos: Pos{File: name, Line: line}, Msg: "invalid yaml: " + m[2]}}
}
