package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"

	"github.com/claimtrace/claimtrace/lexicon"
)

const lexiconUsage = `Usage: claimtrace lexicon [flags]

Lexicon prints the effective lexicon as YAML: the embedded default merged
with each --lexicon file in order, as "claimtrace analyze" would use it.
Save it, edit it, and pass it back with --lexicon.

Flags:
  --lexicon FILE   a lexicon file merged over the default; repeatable, applied in order
  -h, --help       print this help
`

// runLexicon runs "claimtrace lexicon".
func runLexicon(_ context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("lexicon", flag.ContinueOnError)
	var lexPaths stringList
	fs.Var(&lexPaths, "lexicon", "lexicon file merged over the default (repeatable)")
	pos, code, ok := parseFlags(fs, e, lexiconUsage, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "lexicon", lexiconUsage, "unexpected argument %q (lexicon files go after --lexicon)", pos[0])
	}
	lex, err := lexicon.LoadFiles(lexPaths...)
	if err != nil {
		return fail(e, "lexicon", err)
	}
	var buf bytes.Buffer
	if err := lex.WriteYAML(&buf); err != nil {
		return fail(e, "lexicon", fmt.Errorf("write yaml: %w", err))
	}
	if _, err := e.stdout.Write(buf.Bytes()); err != nil {
		return fail(e, "lexicon", err)
	}
	return exitOK
}
