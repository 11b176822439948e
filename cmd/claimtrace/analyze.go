package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/report"
)

const analyzeUsage = `Usage: claimtrace analyze [flags] PATH... | -

Analyze finds the claims in each input ("-" reads stdin): their sources,
the sides the sources speak for, cues, stances, hedging and quotation. It
groups claims that state the same thing into clusters and prints, per
document: the claims, a summary per side, the confirmation matrix (which
side confirmed, disputed or did not comment on which side's claims), the
clusters with their members, and the single-source restatements (claims
in the publisher's voice that rest on one side's claims only).

A PATH is a file, a directory (its files that match --include and not
--exclude, recursively, in lexical order; hidden directories are skipped)
or a glob ("**" matches any depth). Inputs are analysed on --jobs
goroutines and printed in the order given. Nothing is printed when any
input fails, except with --format jsonl, which streams: the documents
before the failing one have been printed.

Flags:
  --format FORMAT       table (default), markdown (the same tables, for a
                        review), csv (the claims, one row each), json
                        (the claimtrace/v1 contract) or jsonl (one
                        claimtrace/v1 object per document and line, written
                        as each document is done)
  --publisher NAME      the side of claims in the article's own voice (default "publisher")
  --lexicon FILE        a lexicon file merged over the default; repeatable, applied in order
  --include GLOB        files a directory selects (default *.md, *.markdown,
                        *.html, *.htm, *.txt); repeatable. A glob without
                        "/" matches the base name, one with "/" the path
  --exclude GLOB        files never analysed; repeatable
  --input-format FORMAT text, markdown or html for every input (default: by
                        extension: .md/.markdown, .html/.htm, else text);
                        Markdown and HTML are read for their prose, and
                        every line and column is still the file's
  --stdin-filename NAME the name stdin is reported under (default "-"); its
                        extension picks the input format
  --jobs N              inputs analysed at once (default: the number of CPUs)
  --output FILE         write the report to FILE instead of stdout, atomically:
                        FILE appears whole or not at all (not on error or ^C)
  --max-bytes SIZE      refuse inputs larger than SIZE (bytes, or 512KiB,
                        64MiB, 1GiB; default 64MiB, at most 2GiB)
  --skip-binary         skip binary files with a warning and exit 0 (without
                        it they are skipped with a warning and exit 2)
  -h, --help            print this help

A progress bar is drawn on stderr when it is a terminal and there are more
than 20 inputs.
`

// runAnalyze runs "claimtrace analyze".
func runAnalyze(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	format := &choice{value: "table", allowed: []string{"table", "markdown", "csv", "json", "jsonl"}}
	fs.Var(format, "format", "output format: table, markdown, csv, json or jsonl")
	publisher := fs.String("publisher", "publisher", "the side of claims in the article's own voice")
	var lexPaths, include, exclude stringList
	fs.Var(&lexPaths, "lexicon", "lexicon file merged over the default (repeatable)")
	fs.Var(&include, "include", "glob of files a directory selects (repeatable)")
	fs.Var(&exclude, "exclude", "glob of files never analysed (repeatable)")
	jobs := fs.Int("jobs", runtime.NumCPU(), "inputs analysed at once")
	inputFormat := fs.String("input-format", "", "text, markdown or html")
	stdinName := fs.String("stdin-filename", "", "name to report stdin under")
	lim, output := addInputFlags(fs, "analyze"), addOutputFlag(fs)
	args, code, ok := parseFlags(fs, e, analyzeUsage, args)
	if !ok {
		return code
	}
	if len(args) == 0 {
		return usageError(e, "analyze", analyzeUsage, `no input: name a FILE, or "-" for stdin`)
	}
	if *jobs < 1 {
		return usageError(e, "analyze", analyzeUsage, "--jobs %d: want 1 or more", *jobs)
	}
	if err := checkInputs(args); err != nil {
		return usageError(e, "analyze", analyzeUsage, "%v", err)
	}
	forced, err := parseInputFormat(*inputFormat)
	if err != nil {
		return usageError(e, "analyze", analyzeUsage, "%v", err)
	}
	paths, err := inputFiles(args, include, exclude)
	if err != nil {
		return usageError(e, "analyze", analyzeUsage, "%v", err)
	}
	if paths, code, ok = lim.prepare(ctx, e, *output, paths); !ok {
		return code
	}

	p, err := newPipeline(lexPaths, *publisher)
	if err != nil {
		return fail(e, "analyze", err)
	}
	b := &batch{p: p, stdin: e.stdin, jobs: *jobs, in: lim, format: forced, stdinName: *stdinName}
	if bar := newProgress(e.stderr, len(paths)); bar != nil {
		b.done = func() { _ = bar.Add(1) } // a failed redraw must not fail the analysis
		defer func() { _ = bar.Finish() }()
	}

	if format.value == "jsonl" {
		jw := report.NewJSONLWriter(e.stdout)
		if err := b.run(ctx, paths, jw.Write); err != nil {
			return fail(e, "analyze", err)
		}
		return exitOK
	}
	as := make([]report.Analysis, 0, len(paths))
	err = b.run(ctx, paths, func(a *report.Analysis) error {
		as = append(as, *a)
		return nil
	})
	if err != nil {
		return fail(e, "analyze", err)
	}
	write := map[string]func(io.Writer, []report.Analysis) error{
		"table": report.WriteTable, "markdown": report.WriteMarkdown, "csv": report.WriteCSV, "json": report.WriteJSON,
	}[format.value]
	if err := write(e.stdout, as); err != nil {
		return fail(e, "analyze", err)
	}
	return exitOK
}

// pipeline holds what analysing a document needs, built once per process
// and shared by all documents.
type pipeline struct {
	seg       *claims.Segmenter
	tagger    *attribution.Tagger
	clusterer *claims.Clusterer // the lexicon's topics, prepared once
	sideOrder []string          // the lexicon's sides, for the order of summaries
}

// newPipeline loads the lexicon (the default merged with lexPaths) and
// builds the segmenter and the tagger. Lexicon errors name the file, and the
// line and column the loader found.
func newPipeline(lexPaths []string, publisher string) (*pipeline, error) {
	lex, err := lexicon.LoadFiles(lexPaths...)
	if err != nil {
		return nil, err
	}
	seg, err := claims.NewSegmenter()
	if err != nil {
		return nil, fmt.Errorf("sentence splitter: %w", err)
	}
	return &pipeline{
		seg: seg, tagger: attribution.New(lex, attribution.Config{Publisher: publisher}),
		clusterer: claims.NewClusterer(topics(lex)), sideOrder: sideNames(lex),
	}, nil
}

// analyze splits, tags and clusters one document. A panic in a stage becomes an
// error naming the document, so one bad input cannot crash the process
// without saying which it was.
func (p *pipeline) analyze(doc *claims.Document) (a report.Analysis, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", doc.Path, r)
		}
	}()
	sents, err := p.seg.Split(doc)
	if err != nil {
		return report.Analysis{}, fmt.Errorf("split %s: %w", doc.Path, err)
	}
	cs := p.tagger.Tag(doc, sents)
	p.clusterer.Cluster(doc, cs)
	return report.Analysis{
		Doc: doc, Publisher: p.tagger.Publisher(), Sentences: sents,
		Claims: cs, SideOrder: p.sideOrder,
	}, nil
}

// topics converts the lexicon's topics to the plain data claims reads.
func topics(lex *lexicon.Lexicon) []claims.Topic {
	out := make([]claims.Topic, 0, len(lex.Topics))
	for _, t := range lex.Topics {
		out = append(out, claims.Topic{Name: t.Name, Phrases: t.Phrases})
	}
	return out
}
