package yamlnode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"

	"go.yaml.in/yaml/v3"
)

// Parse parses data into the root node of its one YAML document; an empty
// document gives nil. A syntax error, a second document, or a panic inside
// the YAML parser is returned as an ErrorList naming the file (and the line,
// where the parser knows it).
func Parse(data []byte, name string) (root *yaml.Node, err error) {
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
		return nil, syntaxError(err, name)
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case errors.Is(err, io.EOF):
	case err != nil:
		return nil, syntaxError(err, name)
	default:
		return nil, ErrorList{{Pos: Pos{File: name, Line: next.Line, Column: next.Column}, Msg: "more than one yaml document"}}
	}
	if len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlLine matches the line number in a YAML syntax error.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// syntaxError turns a YAML syntax error, which knows its line but not its
// column, into an ErrorList.
func syntaxError(err error, name string) error {
	m := yamlLine.FindStringSubmatch(err.Error())
	if m == nil {
		return ErrorList{{Pos: Pos{File: name}, Msg: "invalid " + err.Error()}}
	}
	line, _ := strconv.Atoi(m[1]) // the pattern admits only digits
	return ErrorList{{Pos: Pos{File: name, Line: line}, Msg: "invalid yaml: " + m[2]}}
}
