package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/internal/newsgen"
	"github.com/claimtrace/claimtrace/report"
)

// batchDir writes n generated articles into a fresh directory, spread over
// nested folders, plus files a directory argument must skip (another
// extension, a hidden folder), and returns the directory and the article
// paths in the order analyze must print them.
func batchDir(t *testing.T, n int) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	var want []string
	for i, a := range newsgen.Batch(n) {
		sub := filepath.Join(dir, fmt.Sprintf("desk-%d", i%3), fmt.Sprintf("day-%02d", i%4))
		require.NoError(t, os.MkdirAll(sub, 0o755))
		p := filepath.Join(sub, fmt.Sprintf("story-%03d.txt", i))
		require.NoError(t, os.WriteFile(p, a, 0o644))
		want = append(want, p)
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "notes.yaml"), []byte("x: 1\n"), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, ".git"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, ".git", "HEAD.txt"), []byte("ref\n"), 0o644))
	// Lexical walk order: desk-0/day-00/story-000, desk-0/day-00/story-012, …
	slices.Sort(want)
	return dir, want
}

// jsonlPaths parses analyze's JSON Lines output: every line must be a
// complete claimtrace/v1 object with exactly one document. It returns the
// documents' paths in order.
func jsonlPaths(t *testing.T, out string) []string {
	t.Helper()
	var paths []string
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var line struct {
			Schema    string `json:"schema"`
			Documents []struct {
				Path   string            `json:"path"`
				Claims []json.RawMessage `json:"claims"`
			} `json:"documents"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &line), "line %d", len(paths)+1)
		require.Equal(t, report.Schema, line.Schema)
		require.Len(t, line.Documents, 1, "line %d", len(paths)+1)
		paths = append(paths, line.Documents[0].Path)
	}
	require.NoError(t, sc.Err())
	return paths
}

// TestAnalyze_batchOrder checks that the output does not depend on the
// number of workers: --jobs 1 and --jobs 4 print the same bytes, in the
// directory's lexical order, for every format.
func TestAnalyze_batchOrder(t *testing.T) {
	dir, want := batchDir(t, 30)
	for _, format := range []string{"jsonl", "json", "table", "csv"} {
		t.Run(format, func(t *testing.T) {
			code, one, stderr := runCmd(t, "", "analyze", "--format", format, "--jobs", "1", dir)
			require.Equal(t, exitOK, code, stderr)
			code, four, stderr := runCmd(t, "", "analyze", "--format", format, "--jobs", "4", dir)
			require.Equal(t, exitOK, code, stderr)
			assert.Equal(t, one, four)
			if format == "jsonl" {
				assert.Equal(t, want, jsonlPaths(t, four))
			}
		})
	}
}

// TestAnalyze_jsonl checks the line-per-document contract, over files
// named one by one, a directory and a glob, with include and exclude.
func TestAnalyze_jsonl(t *testing.T) {
	dir, all := batchDir(t, 12)
	tests := []struct {
		name string
		args []string
		want []string
	}{
		{"files", []string{all[3], all[0]}, []string{all[3], all[0]}},
		{"directory", []string{dir}, all},
		{"glob", []string{filepath.Join(dir, "desk-1", "**", "*.txt")}, filterPaths(all, "desk-1")},
		{"exclude", []string{"--exclude", "desk-2/**", "--exclude", "day-01", dir}, exceptPaths(all, "desk-2", "day-01")},
		{"include", []string{"--include", "story-00?.txt", dir}, filterPaths(all, "story-00")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Chdir(dir) // globs with "/" are relative to the working directory
			args := append([]string{"analyze", "--format", "jsonl", "--jobs", "3"}, tt.args...)
			code, stdout, stderr := runCmd(t, "", args...)
			require.Equal(t, exitOK, code, stderr)
			require.NotEmpty(t, tt.want)
			assert.Equal(t, tt.want, jsonlPaths(t, stdout))
			assert.Empty(t, stderr, "no progress bar when stderr is not a terminal")
		})
	}
}

func filterPaths(ps []string, sub string) []string {
	var out []string
	for _, p := range ps {
		if strings.Contains(p, sub) {
			out = append(out, p)
		}
	}
	return out
}

func exceptPaths(ps []string, subs ...string) []string {
	var out []string
next:
	for _, p := range ps {
		for _, s := range subs {
			if strings.Contains(p, s) {
				continue next
			}
		}
		out = append(out, p)
	}
	return out
}

// TestBatch_run_error checks that a batch stops at the first failing input
// in input order, whatever the workers' timing, and that only the inputs
// before it were emitted.
func TestBatch_run_error(t *testing.T) {
	dir, paths := batchDir(t, 10)
	bad := filepath.Join(dir, "missing.txt")
	paths = append(paths[:6:6], append([]string{bad}, paths[6:]...)...)
	p, err := newPipeline(nil, "P")
	require.NoError(t, err)
	for _, jobs := range []int{1, 4} {
		t.Run(fmt.Sprint("jobs=", jobs), func(t *testing.T) {
			var got []string
			b := &batch{p: p, jobs: jobs, window: 2}
			err := b.run(context.Background(), paths, func(a *report.Analysis) error {
				got = append(got, a.Doc.Path)
				return nil
			})
			require.Error(t, err)
			assert.Contains(t, err.Error(), "missing.txt")
			assert.Equal(t, paths[:6], got)
		})
	}
}

// TestBatch_run_cancel checks that a cancelled context stops a batch with
// the context's error.
func TestBatch_run_cancel(t *testing.T) {
	_, paths := batchDir(t, 8)
	p, err := newPipeline(nil, "P")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	n := 0
	b := &batch{p: p, jobs: 2}
	err = b.run(ctx, paths, func(*report.Analysis) error {
		n++
		if n == 2 {
			cancel()
		}
		return nil
	})
	assert.ErrorIs(t, err, context.Canceled)
	assert.Less(t, n, len(paths))
}

// TestNewProgress checks that no bar is drawn unless stderr is a terminal
// and the batch is large: not into a buffer, a pipe or a file.
func TestNewProgress(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	defer r.Close()
	defer w.Close()
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	require.NoError(t, err)
	defer f.Close()

	assert.Nil(t, newProgress(&strings.Builder{}, 1000), "buffer")
	assert.Nil(t, newProgress(w, 1000), "pipe")
	assert.Nil(t, newProgress(f, 1000), "file")
	assert.False(t, isTerminal(w))
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil { // a terminal, when the test has one
		defer tty.Close()
		assert.Nil(t, newProgress(tty, progressMin), "small batch")
		assert.NotNil(t, newProgress(tty, progressMin+1), "large batch on a terminal")
	}
}
