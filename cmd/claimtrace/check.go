package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
	"github.com/claimtrace/claimtrace/policy"
	"github.com/claimtrace/claimtrace/report"
)

const checkUsage = `Usage: claimtrace check [flags] PATH|GLOB|-...

Check analyses each input and applies the desk's attribution policy: it
reports, at the exact line and column, the claims that break a rule, and
exits 1 when a finding is at or above the fail level.

A PATH is a file (checked whatever its name), or a directory, searched
recursively for the files the policy includes (default *.md, *.markdown,
*.html, *.htm, *.txt) and does not exclude. A GLOB ("drafts/**/*.md") is
expanded by claimtrace. "-" reads stdin. A path that does not exist, or a
directory or glob that selects no file, is an error (exit 2).

The policy is .claimtrace.yaml in the working directory or the nearest
directory above it (see 'claimtrace config' and docs/check.md).

Rules:
  single-source-restatement  (warning) a claim in the publisher's voice rests on one side's claims only
  unhedged-partisan-claim    (warning) a claim of a side that needs distance, without a hedge
  loaded-language            (warning) loaded wording (the lexicon's loaded list) in the publisher's voice
  anonymous-source           (info)    a claim rests on unnamed sources
  unattributed-claim         (info)    a claim in the publisher's voice has no source

Suppress findings in Markdown and HTML with comments:
  <!-- claimtrace-disable-next-line RULE[, RULE] -->
  <!-- claimtrace-disable RULE --> ... <!-- claimtrace-enable RULE -->
  (without a rule: all rules)

Flags:
  --format FORMAT        text (default; grouped by file, coloured on a terminal
                         unless NO_COLOR is set), line (path:line:col: severity
                         rule: message), json (claimtrace-check/v1), sarif
                         (SARIF 2.1.0), github (workflow commands; also writes
                         a job summary to $GITHUB_STEP_SUMMARY when set),
                         checkstyle or junit
  --fail-level LEVEL     exit 1 when a finding is at or above LEVEL: info,
                         warning, error or none (default: the policy's, else error)
  --config FILE          read the policy from FILE instead of searching for it
  --no-config            use the built-in policy; ignore any .claimtrace.yaml
  --publisher NAME       the side of claims in the article's own voice (overrides the policy)
  --lexicon FILE         a lexicon file merged over the policy's; repeatable
  --input-format FORMAT  text, markdown or html for every input (default: by
                         extension: .md/.markdown, .html/.htm, else text)
  --stdin-filename NAME  the name findings on stdin are reported under (default "-");
                         its extension picks the input format
  --output FILE          write the report to FILE instead of stdout, atomically:
                         FILE appears whole or not at all (not on error or ^C)
  --max-bytes SIZE       refuse inputs larger than SIZE (bytes, or 512KiB, 64MiB,
                         1GiB; default 64MiB, at most 2GiB)
  --skip-binary          skip binary files with a warning and exit 0 (without it
                         they are skipped with a warning and exit 2)
  -h, --help             print this help

Exit status: 0 no finding at or above the fail level, 1 findings at or above
it, 2 usage, policy or input errors.
`

// exitFindings is check's exit code when a finding is at or above the fail level.
const exitFindings = 1

// checkFormats maps --format values to their writers.
func checkFormats(style report.TextStyle) map[string]func(io.Writer, *report.Check) error {
	return map[string]func(io.Writer, *report.Check) error{
		"text":       func(w io.Writer, c *report.Check) error { return report.WriteFindingsText(w, c, style) },
		"line":       report.WriteFindingsLine,
		"json":       report.WriteFindingsJSON,
		"sarif":      report.WriteSARIF,
		"github":     report.WriteFindingsGitHub,
		"checkstyle": report.WriteCheckstyle,
		"junit":      report.WriteJUnit,
	}
}

// policyFlags are the flags check and config share to find the policy.
type policyFlags struct {
	config   string
	noConfig bool
}

// load returns the policy the flags select: --config, the built-in one with
// --no-config, else the nearest .claimtrace.yaml, else the built-in one.
func (pf *policyFlags) load() (*policy.Config, error) {
	if pf.config != "" && pf.noConfig {
		return nil, errors.New("--config and --no-config exclude each other")
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path := pf.config
	if path == "" && !pf.noConfig {
		if path, err = policy.Find(wd); err != nil {
			return nil, err
		}
	}
	if path == "" {
		return policy.Default(wd), nil
	}
	return policy.LoadFile(path)
}

// runCheck runs "claimtrace check".
func runCheck(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	format := &choice{value: "text", allowed: []string{"text", "line", "json", "sarif", "github", "checkstyle", "junit"}}
	fs.Var(format, "format", "output format")
	failLevel := fs.String("fail-level", "", "exit 1 at or above this severity")
	var pf policyFlags
	fs.StringVar(&pf.config, "config", "", "policy file")
	fs.BoolVar(&pf.noConfig, "no-config", false, "use the built-in policy")
	publisher := fs.String("publisher", "", "the side of claims in the article's own voice")
	var lexPaths stringList
	fs.Var(&lexPaths, "lexicon", "lexicon file merged over the policy's (repeatable)")
	inputFormat := fs.String("input-format", "", "text, markdown or html")
	stdinName := fs.String("stdin-filename", "", "name to report stdin under")
	lim, output := addInputFlags(fs, "check"), addOutputFlag(fs)
	paths, code, ok := parseFlags(fs, e, checkUsage, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		return usageError(e, "check", checkUsage, `no input: name a PATH, a GLOB, or "-" for stdin`)
	}
	if err := checkInputs(paths); err != nil {
		return usageError(e, "check", checkUsage, "%v", err)
	}
	forced, err := parseInputFormat(*inputFormat)
	if err != nil {
		return usageError(e, "check", checkUsage, "%v", err)
	}

	cfg, err := pf.load()
	if err != nil {
		return fail(e, "check", err)
	}
	if *publisher != "" {
		cfg.Publisher = *publisher
	}
	if *failLevel != "" {
		lvl, err := policy.ParseSeverity(*failLevel, true)
		if err != nil {
			return usageError(e, "check", checkUsage, "--fail-level: %v", err)
		}
		cfg.FailLevel = lvl
	}
	cfg.Lexicon = append(cfg.Lexicon, lexPaths...)
	files, err := cfg.Files(paths)
	if err != nil {
		return fail(e, "check", err)
	}
	if files, code, ok = lim.prepare(ctx, e, *output, files); !ok {
		return code
	}

	lex, err := lexicon.LoadFiles(cfg.Lexicon...)
	if err != nil {
		return fail(e, "check", err)
	}
	p, err := pipelineFor(lex, cfg.Publisher)
	if err != nil {
		return fail(e, "check", err)
	}
	checker := policy.NewChecker(cfg, lex)
	res := &report.Check{Version: version}
	for _, path := range files {
		if err := ctx.Err(); err != nil {
			return fail(e, "check", err)
		}
		found, shown, err := checkFile(e, lim, p, checker, path, forced, *stdinName)
		if err != nil {
			return fail(e, "check", err)
		}
		res.Files = append(res.Files, shown)
		res.Findings = append(res.Findings, found...)
	}
	policy.SortFindings(res.Findings)

	style := report.TextStyle{Color: colorOK(e.stdout)}
	if err := checkFormats(style)[format.value](e.stdout, res); err != nil {
		return fail(e, "check", err)
	}
	if format.value == "github" {
		if err := writeStepSummary(res); err != nil {
			return fail(e, "check", err)
		}
	}
	if policy.Fails(res.Findings, cfg.FailLevel) {
		return exitFindings
	}
	return exitOK
}

// checkFile reads, masks, analyses and checks one input, and returns its
// findings and the name they are reported under. Suppression comments that
// name unknown rules are warnings on stderr.
func checkFile(e *env, lim *inputLimits, p *pipeline, checker *policy.Checker, path string, forced markup.Format, stdinName string) ([]policy.Finding, string, error) {
	doc, err := lim.readInput(path, e.stdin)
	if err != nil {
		return nil, "", err
	}
	if path == "-" && stdinName != "" {
		doc.Path = stdinName
	}
	var sup *markup.Suppressions
	if format, ds, problems := maskMarkup(doc, forced); format != markup.Text {
		for _, pr := range problems {
			fmt.Fprintf(e.stderr, "claimtrace check: %s:%d: warning: %s\n", doc.Path, pr.Line, pr.Msg)
		}
		for _, d := range ds {
			for _, r := range d.Rules {
				if !slices.Contains(policy.RuleIDs(), r) {
					fmt.Fprintf(e.stderr, "claimtrace check: %s:%d: warning: unknown rule %q in claimtrace-%s comment (want %s)\n",
						doc.Path, d.Line, r, d.Kind, strings.Join(policy.RuleIDs(), ", "))
				}
			}
		}
		sup = markup.NewSuppressions(ds)
	}
	a, err := p.analyze(doc)
	if err != nil {
		return nil, "", err
	}
	fs := checker.Check(policy.Document{Doc: doc, Claims: a.Claims, Publisher: a.Publisher, Suppressions: sup})
	return fs, doc.Path, nil
}

// pipelineFor builds the analysis pipeline around a loaded lexicon, as
// newPipeline does from lexicon files; check needs the lexicon itself too
// (for the rules), and loading it twice would cost a tenth of a run.
func pipelineFor(lex *lexicon.Lexicon, publisher string) (*pipeline, error) {
	seg, err := claims.NewSegmenter()
	if err != nil {
		return nil, fmt.Errorf("sentence splitter: %w", err)
	}
	return &pipeline{
		seg: seg, tagger: attribution.New(lex, attribution.Config{Publisher: publisher}),
		clusterer: claims.NewClusterer(topics(lex)), sideOrder: sideNames(lex),
	}, nil
}

// colorOK reports whether text output to w may be coloured: w is a
// terminal and NO_COLOR is unset (https://no-color.org).
func colorOK(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" {
		return false
	}
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

// writeStepSummary appends the Markdown summary to $GITHUB_STEP_SUMMARY
// when GitHub Actions set it.
func writeStepSummary(res *report.Check) error {
	path := os.Getenv("GITHUB_STEP_SUMMARY")
	if path == "" {
		return nil
	}
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	if err := report.WriteFindingsSummary(f, res); err != nil {
		f.Close()
		return fmt.Errorf("job summary: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("job summary: %w", err)
	}
	return nil
}
