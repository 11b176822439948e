package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/claimtrace/claimtrace/eval"
)

const evalUsage = `Usage: claimtrace eval [flags] KEY.gold.json TEXT [KEY.gold.json TEXT ...]
       claimtrace eval [flags] --brat DIR

Eval runs the analyze pipeline on each TEXT and scores it against the answer
key before it, printing the metrics of the project's reference scorer
(score.py): the misses by kind, "claims N found N predicted N", and one line
of scores (recall, precision, source, side, stance, hedged, summary,
source_attr, side_attr, stance_marked, hedge_f1). When keys label clusters,
a last line gives clusters_f1, the mean pairwise F1 of the claims' cluster
ids against the labels.

With --brat, it runs the pipeline on every DIR/NAME.txt that has a
DIR/NAME.ann of brat standoff attribution annotations (PolNeAR, PARC style:
Source, Cue and Content spans linked by Attribution events) and prints
attribution precision, recall and F1 of content overlap, of content and
source overlap, and of content and cue overlap; then the same two again
with the attributions matched on content and source (cue) at once
("joint source", "joint cue", see docs/eval.md).

Exit status is 0, or 1 when a score is below a --min floor, or 2 on a usage
error or an unreadable or malformed key, text or annotation file.

Flags:
  --publisher NAME       the side of claims in the article's own voice (default: the key's publisher, or "publisher")
  --lexicon FILE         a lexicon file merged over the default; repeatable, applied in order
  --min METRIC=VALUE     exit 1 when METRIC is below VALUE; repeatable. With --brat, METRIC is
                         content_, source_, cue_, joint_source_ or joint_cue_ followed by
                         precision, recall or f1
  --brat DIR             score against the brat annotations in DIR
  --misses N             lines of each kind of miss to print (default 12; with --brat, 0)
  -h, --help             print this help
`

// runEval runs "claimtrace eval".
func runEval(ctx context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	publisher := fs.String("publisher", "", "the side of claims in the article's own voice")
	var lexPaths, mins stringList
	fs.Var(&lexPaths, "lexicon", "lexicon file merged over the default (repeatable)")
	fs.Var(&mins, "min", "METRIC=VALUE floor (repeatable)")
	bratDir := fs.String("brat", "", "directory of .txt and .ann files")
	misses := fs.Int("misses", -1, "lines of each kind of miss to print")
	pos, code, ok := parseFlags(fs, e, evalUsage, args)
	if !ok {
		return code
	}
	floors, err := parseFloors(mins)
	if err != nil {
		return usageError(e, "eval", evalUsage, "%v", err)
	}
	if *bratDir != "" {
		if len(pos) > 0 {
			return usageError(e, "eval", evalUsage, "--brat takes no KEY TEXT pairs, got %q", pos[0])
		}
		if err := checkFloorNames(floors, (&eval.BratTally{}).Named()); err != nil {
			return usageError(e, "eval", evalUsage, "%v", err)
		}
		return evalBrat(ctx, e, *bratDir, *publisher, lexPaths, floors, max(0, *misses))
	}
	if len(pos) == 0 {
		return usageError(e, "eval", evalUsage, "no input: name KEY.gold.json TEXT pairs, or --brat DIR")
	}
	if len(pos)%2 != 0 {
		return usageError(e, "eval", evalUsage, "want KEY TEXT pairs, got %d arguments", len(pos))
	}
	if err := checkFloorNames(floors, append(eval.Metrics{}.Scores(), eval.Score{Name: clusterMetric})); err != nil {
		return usageError(e, "eval", evalUsage, "%v", err)
	}
	if *misses < 0 {
		*misses = 12
	}
	return evalKeys(ctx, e, pos, *publisher, lexPaths, floors, *misses)
}

// evalKeys scores KEY TEXT pairs as score.py does.
func evalKeys(ctx context.Context, e *env, pairs []string, publisher string, lexPaths []string, floors []floor, misses int) int {
	var tally eval.Tally
	var clusterF1s []float64        // one per key with cluster labels
	pipes := map[string]*pipeline{} // by publisher: the tagger is built for one
	for i := 0; i < len(pairs); i += 2 {
		if err := ctx.Err(); err != nil {
			return fail(e, "eval", err)
		}
		keyPath, textPath := pairs[i], pairs[i+1]
		key, err := readKey(keyPath)
		if err != nil {
			return fail(e, "eval", err)
		}
		pub := publisher
		if pub == "" {
			pub = key.Publisher
		}
		if pub == "" {
			pub = "publisher"
		}
		p, ok := pipes[pub]
		if !ok {
			if p, err = newPipeline(lexPaths, pub); err != nil {
				return fail(e, "eval", err)
			}
			pipes[pub] = p
		}
		doc, err := readDocument(textPath, e.stdin)
		if err != nil {
			return fail(e, "eval", err)
		}
		a, err := p.analyze(doc)
		if err != nil {
			return fail(e, "eval", err)
		}
		if err := tally.Add(key, doc, a.Claims, a.Publisher); err != nil {
			return fail(e, "eval", fmt.Errorf("%s: %w", keyPath, err))
		}
		if key.HasClusters() {
			_, _, f1 := eval.ClusterF1(key, doc, a.Claims)
			clusterF1s = append(clusterF1s, f1)
		}
	}
	m := tally.Metrics()
	if err := tally.Misses.WriteMisses(e.stdout, misses); err != nil {
		return fail(e, "eval", err)
	}
	fmt.Fprintf(e.stdout, "claims %d found %d predicted %d\n", tally.Gold, tally.Found, tally.Pred)
	code := report1(e, m.Scores(), floors)
	// clusters_f1 is not one of score.py's metrics: it gets a line of its
	// own, after score.py's last, so that the lines before stay identical.
	if len(clusterF1s) == 0 {
		for _, f := range floors {
			if f.metric == clusterMetric {
				fmt.Fprintf(e.stderr, "claimtrace eval: --min %s: no key has cluster labels\n", clusterMetric)
			}
		}
		return code
	}
	sum := 0.0
	for _, f := range clusterF1s {
		sum += f
	}
	return max(code, report1(e, []eval.Score{{Name: clusterMetric, Value: sum / float64(len(clusterF1s))}}, floors))
}

// clusterMetric names the mean, over the keys with cluster labels, of the
// pairwise cluster F1 (eval.ClusterF1).
const clusterMetric = "clusters_f1"

// evalBrat scores the .txt/.ann pairs of dir.
func evalBrat(ctx context.Context, e *env, dir, publisher string, lexPaths []string, floors []floor, misses int) int {
	names, err := bratPairs(dir)
	if err != nil {
		return fail(e, "eval", err)
	}
	if publisher == "" {
		publisher = "publisher"
	}
	p, err := newPipeline(lexPaths, publisher)
	if err != nil {
		return fail(e, "eval", err)
	}
	var tally eval.BratTally
	for _, name := range names {
		if err := ctx.Err(); err != nil {
			return fail(e, "eval", err)
		}
		ann, err := readAnn(name + ".ann")
		if err != nil {
			return fail(e, "eval", err)
		}
		doc, err := readDocument(name+".txt", e.stdin)
		if err != nil {
			return fail(e, "eval", err)
		}
		a, err := p.analyze(doc)
		if err != nil {
			return fail(e, "eval", err)
		}
		if err := tally.Add(doc, ann, a.Claims); err != nil {
			return fail(e, "eval", err)
		}
	}
	w := e.stdout
	for i, m := range tally.Missed {
		if i == misses {
			break
		}
		fmt.Fprintf(w, "missed: %s\n", m)
	}
	for i, m := range tally.Spurious {
		if i == misses {
			break
		}
		fmt.Fprintf(w, "spurious: %s\n", m)
	}
	for i, m := range tally.WrongSource {
		if i == misses {
			break
		}
		fmt.Fprintf(w, "wrong_source: %s\n", m)
	}
	fmt.Fprintf(w, "files %d attributions %d predicted %d missed %d spurious %d wrong_source %d\n",
		tally.Files, tally.Gold, tally.Pred, len(tally.Missed), len(tally.Spurious), len(tally.WrongSource))
	for _, s := range tally.Scores() {
		fmt.Fprintf(w, "%-15s precision=%.2f recall=%.2f f1=%.2f (matched %d)\n", s.Name, s.Precision, s.Recall, s.F1, s.Matched)
	}
	return report1(e, tally.Named(), floors)
}

// report1 prints the scores line with any floors they fall short of, and
// returns 1 when one does.
func report1(e *env, scores []eval.Score, floors []floor) int {
	var short []string
	for _, s := range scores {
		for _, f := range floors {
			if f.metric == s.Name && s.Value < f.value {
				short = append(short, fmt.Sprintf("%s %.2f<%s", s.Name, s.Value, eval.PyFloat(f.value)))
			}
		}
	}
	line := eval.FormatScores(scores)
	if len(short) > 0 {
		line += "  SHORT: " + strings.Join(short, ", ")
	}
	if _, err := fmt.Fprintln(e.stdout, line); err != nil {
		return fail(e, "eval", err)
	}
	if len(short) > 0 {
		return exitShort
	}
	return exitOK
}

// exitShort is the exit code when a score falls below its --min floor.
const exitShort = 1

// floor is one --min METRIC=VALUE.
type floor struct {
	metric string
	value  float64
}

func parseFloors(mins []string) ([]floor, error) {
	var out []floor
	for _, m := range mins {
		k, v, ok := strings.Cut(m, "=")
		f, err := strconv.ParseFloat(v, 64)
		if !ok || k == "" || err != nil {
			return nil, fmt.Errorf("--min %q: want METRIC=VALUE", m)
		}
		out = append(out, floor{k, f})
	}
	return out, nil
}

// checkFloorNames rejects a floor on a metric the mode does not compute.
func checkFloorNames(floors []floor, scores []eval.Score) error {
	for _, f := range floors {
		known := false
		var names []string
		for _, s := range scores {
			names = append(names, s.Name)
			known = known || s.Name == f.metric
		}
		if !known {
			return fmt.Errorf("--min: unknown metric %q (want one of %s)", f.metric, strings.Join(names, ", "))
		}
	}
	return nil
}

func readKey(path string) (*eval.Key, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.ReadKey(f, path)
}

func readAnn(path string) (*eval.Ann, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return eval.ReadAnn(f, path)
}

// bratPairs returns DIR/NAME for every NAME.txt in dir, sorted, and fails
// when a .txt has no .ann beside it or an .ann no .txt.
func bratPairs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	have := map[string]bool{}
	for _, en := range entries {
		if !en.IsDir() {
			have[en.Name()] = true
		}
	}
	var names []string
	var errs []error
	for n := range have {
		base, ext := strings.TrimSuffix(n, filepath.Ext(n)), filepath.Ext(n)
		switch {
		case ext == ".txt" && !have[base+".ann"]:
			errs = append(errs, fmt.Errorf("%s: no %s.ann beside it", filepath.Join(dir, n), base))
		case ext == ".ann" && !have[base+".txt"]:
			errs = append(errs, fmt.Errorf("%s: no %s.txt beside it", filepath.Join(dir, n), base))
		case ext == ".txt":
			names = append(names, filepath.Join(dir, base))
		}
	}
	if len(errs) > 0 {
		sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
		return nil, errors.Join(errs...)
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .txt and .ann pairs", dir)
	}
	sort.Strings(names)
	return names, nil
}
