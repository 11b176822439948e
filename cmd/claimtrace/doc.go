/*
Claimtrace finds the claims in news text: which sentences make a claim, who
the claim's source is, which side the source speaks for, the attribution
cue, the source's stance, whether the text distances itself from the claim,
and for each side how its claims were confirmed or disputed by others.

Usage:

	claimtrace <command> [flags] [arguments]

The commands are:

	analyze   find claims, their sources, sides and stances
	check     apply the desk's attribution policy; findings for editors and CI
	config    print the resolved check policy and the files in scope
	eval      score the analysis against answer keys or brat annotations
	split     print the sentences the splitter finds
	lexicon   print the effective lexicon as YAML
	version   print the version (also: claimtrace --version)
	help      print help for claimtrace or a command

Every command takes -h or --help, which prints its usage on stdout and exits
0. Flags may come before or after the file arguments; "--" ends the flags.

# analyze

	claimtrace analyze [--format table|markdown|csv|json|jsonl] [--publisher NAME] [--lexicon FILE]...
		[--include GLOB]... [--exclude GLOB]... [--jobs N]
		[--output FILE] [--max-bytes SIZE] [--skip-binary] PATH... | -

Analyze reads each input ("-" reads stdin, at most once), splits it into
sentences, tags its claims, groups the claims that state the same thing
into clusters and prints them. A PATH is a file (read whatever its name),
a directory (its files that match --include and not --exclude, walked
recursively in lexical order, hidden directories skipped) or a doublestar
glob ("**" for any depth). With no PATH, a missing one, or a directory or
glob that selects no file, it is a usage error. Inputs are analysed on
--jobs goroutines and printed in the order given, whatever the number of
jobs. When any input fails, nothing is printed, except with --format
jsonl (below). A progress bar is drawn on stderr when stderr is a
terminal and there are more than 20 inputs; never into a pipe or a file.

	--format table|markdown|csv|json|jsonl
		Output format. "table" (the default) prints, per document, a header
		line with its path and publisher, a table of claims (id, line,
		source, sides, cue, stance, hedged, text shortened to 60
		characters), a table of non-claims, the per-side summary, and when
		they have rows the confirmation matrix (rows: the side that
		claims; columns: the side that responds; cells: confirmed /
		disputed / no comment), the clusters with their members, and the
		single-source restatements (claims in the publisher's voice whose
		provenance is one side's claims only). "markdown" prints the same
		tables as Markdown, pipes escaped, for pasting into a review.
		"csv" prints the claims only, one row each, with a header row: id,
		path, line, column, source, sides, cue, stance, hedged, hedges,
		quote, cluster, provenance, text (lists joined with "; ").
		"json" prints the claimtrace/v1 JSON contract (see DESIGN.md,
		"The JSON contract"); spans carry byte start and end and the
		1-based line and column (in Unicode characters) of both ends.
		"jsonl" streams JSON Lines: one line per input, each a complete
		claimtrace/v1 object whose "documents" holds that one document,
		written as soon as it and the inputs before it are done, so that
		memory does not grow with the number of inputs. When an input
		fails, the lines before it have been written.
	--publisher NAME
		The side claims in the article's own voice belong to. Default
		"publisher".
	--lexicon FILE
		A lexicon file merged over the embedded default. Repeatable; files
		are applied in order.
	--include GLOB
		The files a directory argument selects. Repeatable. A glob
		without "/" matches a file's base name, one with "/" its path
		relative to the working directory. Default: *.md, *.markdown,
		*.html, *.htm, *.txt.
	--exclude GLOB
		Files (and directories) never analysed, matched as --include.
		Repeatable.
	--jobs N
		The number of inputs analysed at once. Default: the number of
		CPUs.
	--output FILE
		Write the report to FILE instead of stdout, atomically: a
		temporary file in FILE's directory, renamed over FILE when the run
		succeeds and removed on an error or an interrupt (^C), so FILE is
		whole or untouched. FILE may not be one of the inputs.
	--max-bytes SIZE
		Refuse an input larger than SIZE, in bytes or with KiB, MiB or GiB
		(K, M, G, KB, MB, GB read the same). A file is refused from its
		size before it is read. Default: 64MiB; at most 2GiB.
	--skip-binary
		Binary files (a NUL byte, or more than 10% control bytes, in the
		first 8 KB) are always skipped with a warning; without this flag
		the exit status is then 2, with it 0.

# check

	claimtrace check [--format text|line|json|sarif|github|checkstyle|junit] [--fail-level LEVEL]
		[--config FILE | --no-config] [--publisher NAME] [--lexicon FILE]...
		[--input-format text|markdown|html] [--stdin-filename NAME]
		[--output FILE] [--max-bytes SIZE] [--skip-binary] PATH|GLOB|-...

Check runs the analyze pipeline on each input and applies the attribution
policy (.claimtrace.yaml, found by walking up from the working directory).
Each finding names its rule, severity (info, warning, error), a message,
the file, the start and end line and column (1-based, columns in Unicode
characters) and byte offsets of the claim in the original file, and the
claim with its source and sides. Markdown (.md, .markdown) and HTML (.html,
.htm) are read as markup: front matter, code, link targets, tags, scripts
and styles are not prose, and positions still point into the original
file. Suppression comments (<!-- claimtrace-disable-next-line RULE -->,
<!-- claimtrace-disable RULE --> … <!-- claimtrace-enable RULE -->, without
RULE for all rules) switch findings off; an unknown rule in one is a
warning on stderr naming file:line. Exit status: 0 when no finding is at
or above the fail level, 1 when one is, 2 on usage, policy or input errors
(including a path that does not exist, and a directory or glob that
selects no file). See docs/check.md.

	--format FORMAT
		"text" (default) groups findings by file, coloured only on a
		terminal with NO_COLOR unset; "line" prints
		"path:line:col: severity rule: message"; "json" the
		claimtrace-check/v1 object; "sarif" SARIF 2.1.0 with rule metadata
		and help; "github" workflow commands
		(::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=RULE::msg)
		and, when $GITHUB_STEP_SUMMARY is set, a Markdown job summary
		appended to it; "checkstyle" and "junit" XML.
	--fail-level info|warning|error|none
		Exit 1 when a finding is at or above it. Default: the policy's
		fail-level, else error.
	--config FILE, --no-config
		Read the policy from FILE; or use the built-in one.
	--publisher NAME, --lexicon FILE
		Override the policy's publisher; add lexicon files after the
		policy's.
	--input-format text|markdown|html
		Read every input in this format instead of choosing by extension.
	--stdin-filename NAME
		The name stdin ("-") is reported under; its extension chooses the
		input format.
	--output FILE
		Write the report to FILE instead of stdout, atomically: a
		temporary file in FILE's directory, renamed over FILE when the run
		succeeds and removed on an error or an interrupt (^C), so FILE is
		whole or untouched. FILE may not be one of the inputs.
	--max-bytes SIZE
		Refuse an input larger than SIZE, in bytes or with KiB, MiB or GiB
		(K, M, G, KB, MB, GB read the same). A file is refused from its
		size before it is read. Default: 64MiB; at most 2GiB.
	--skip-binary
		Binary files (a NUL byte, or more than 10% control bytes, in the
		first 8 KB) are always skipped with a warning; without this flag
		the exit status is then 2, with it 0.

Bad input (binary, UTF-16, invalid UTF-8, FIFOs, oversize files and more),
for every command that reads text: README.md, "Troubleshooting: bad input".

# config

	claimtrace config [--config FILE | --no-config] [PATH|GLOB...]

Config prints the resolved policy in the policy file's format (every rule
with its setting) and then, as comments, the files check would read for
the PATHs given (default ".").

# eval

	claimtrace eval [--publisher NAME] [--lexicon FILE]... [--min METRIC=VALUE]... [--misses N] KEY.gold.json TEXT [KEY.gold.json TEXT]...
	claimtrace eval [--publisher NAME] [--lexicon FILE]... [--min METRIC=VALUE]... [--misses N] --brat DIR

Eval runs the analyze pipeline on each TEXT and scores it against the answer
key before it (the format of the project's evaluation data), printing what
the reference scorer score.py prints, byte for byte: up to 12 lines of each
kind of miss, "claims N found N predicted N", and the line of scores
recall, precision, source, side, stance, hedged, summary, source_attr,
side_attr, stance_marked and hedge_f1. When the keys label clusters, one
more line gives clusters_f1, the mean over those keys of the pairwise F1 of
the claims' cluster ids against the labels. See docs/eval.md.

With --brat it scores attributions against brat standoff annotations
(PolNeAR, PARC style) of every DIR/NAME.txt with a DIR/NAME.ann, and prints
precision, recall and F1 of content overlap, content and source overlap,
and content and cue overlap; then the last two with the attributions
matched on both spans at once ("joint source", "joint cue").

	--publisher NAME
		The side claims in the article's own voice belong to. Default: the
		key's publisher, or "publisher".
	--lexicon FILE
		As for analyze.
	--min METRIC=VALUE
		Exit 1 when METRIC is below VALUE (score.py's metrics, and
		clusters_f1). Repeatable. With --brat, METRIC
		is content_, source_, cue_, joint_source_ or joint_cue_ followed by
		precision, recall or f1.
	--brat DIR
		Score against the brat annotations in DIR.
	--misses N
		Lines of each kind of miss to print (default 12; with --brat, 0).

# split

	claimtrace split [--format text|json] [--max-bytes SIZE] [--skip-binary] FILE | -

Split prints the sentences of one input with their positions, layout and
non-claim kind.

	--format text|json
		"text" (the default) prints one sentence a line as
		"line:col-line:col  kind  text", kind being "sentence" for a claim
		candidate or the non-claim kind (heading, timestamp, navigation,
		dateline, label). "json" prints {"sentences": [{"text", "span",
		"layout", "non_claim"}]}, non_claim omitted for claim candidates.

# lexicon

	claimtrace lexicon [--lexicon FILE]...

Lexicon prints the effective lexicon, the default merged with each --lexicon
file, as YAML.

# version

	claimtrace version

Version prints "claimtrace VERSION". The version is set at build time with
-ldflags "-X main.version=..." (make build does this); otherwise it is "dev".

# Exit status

	0  success
	1  eval: a score is below its --min floor
	2  usage error (unknown command or flag, bad flag value, missing
	   argument), an input that cannot be read (missing, unreadable, a
	   directory), a malformed lexicon (the message names file:line:col),
	   or output that cannot be written

Errors go to stderr and name the file they concern.
*/
package main
