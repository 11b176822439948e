package main

import (
	"context"
	"flag"
	"fmt"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/report"
)

const splitUsage = `Usage: claimtrace split [flags] FILE | -

Split prints the sentences the splitter finds in FILE ("-" reads stdin), with
their positions, layout and, for text that makes no claim (headings, time
stamps, navigation lines), why.

The text format prints one sentence a line, as

	line:col-line:col  kind  text

where kind is "sentence" for a claim candidate or the non-claim kind, and
line breaks inside the text are printed as spaces. The json format prints
{"sentences": [{"text", "span", "layout", "non_claim"}]}, spans as in
"claimtrace analyze --format json".

Flags:
  --format text|json   output format (default text)
  --max-bytes SIZE     refuse an input larger than SIZE (bytes, or 512KiB,
                       64MiB, 1GiB; default 64MiB)
  --skip-binary        a binary FILE prints nothing and exits 0 (without it:
                       a warning and exit 2)
  -h, --help           print this help
`

// runSplit runs "claimtrace split".
func runSplit(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("split", flag.ContinueOnError)
	format := &choice{value: "text", allowed: []string{"text", "json"}}
	fs.Var(format, "format", "output format: text or json")
	lim := addInputFlags(fs, "split")
	paths, code, ok := parseFlags(fs, e, splitUsage, args)
	if !ok {
		return code
	}
	if len(paths) != 1 {
		return usageError(e, "split", splitUsage, `want one input: a FILE, or "-" for stdin`)
	}
	if paths, code, ok = lim.prepare(ctx, e, "", paths); !ok || len(paths) == 0 {
		return code // or a binary file, skipped
	}
	doc, err := lim.readInput(paths[0], e.stdin)
	if err != nil {
		return fail(e, "split", err)
	}
	seg, err := claims.NewSegmenter()
	if err != nil {
		return fail(e, "split", fmt.Errorf("sentence splitter: %w", err))
	}
	if err := ctx.Err(); err != nil {
		return fail(e, "split", err)
	}
	sents, err := seg.Split(doc)
	if err != nil {
		return fail(e, "split", fmt.Errorf("split %s: %w", doc.Path, err))
	}
	a := report.Analysis{Doc: doc, Sentences: sents}
	write := report.WriteSentencesText
	if format.value == "json" {
		write = report.WriteSentencesJSON
	}
	if err := write(e.stdout, a); err != nil {
		return fail(e, "split", err)
	}
	return exitOK
}
