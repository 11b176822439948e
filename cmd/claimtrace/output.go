package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// atomicFile is an output file that appears whole or not at all: writes go
// to a temporary file in the target's directory (so the rename stays on one
// file system), Commit renames it over the target, and Abort removes it. A
// write after ctx is done fails, so an interrupted run stops writing and
// leaves no partial file.
type atomicFile struct {
	ctx  context.Context
	path string   // the target
	f    *os.File // the temporary file; nil after Commit or Abort
}

// createAtomic starts writing the output file path.
func createAtomic(ctx context.Context, path string) (*atomicFile, error) {
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("--output %s: not a regular file", path)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("--output: %w", err)
	}
	return &atomicFile{ctx: ctx, path: path, f: f}, nil
}

// Write writes p to the temporary file, unless the context is done.
func (a *atomicFile) Write(p []byte) (int, error) {
	if a.f == nil {
		return 0, errors.New("write to a closed output file")
	}
	if err := a.ctx.Err(); err != nil {
		return 0, fmt.Errorf("write %s: %w", a.path, err)
	}
	return a.f.Write(p)
}

// Commit flushes the temporary file to disk and renames it to the target.
// When the context is done, or anything fails, it aborts instead and
// returns the error.
func (a *atomicFile) Commit() error {
	if a.f == nil {
		return errors.New("output file already closed")
	}
	if err := a.ctx.Err(); err != nil {
		a.Abort()
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	f := a.f
	err := f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// CreateTemp makes the file 0600; output is as readable as any new file.
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), a.path)
	}
	a.f = nil
	if err != nil {
		os.Remove(f.Name())
		return fmt.Errorf("write %s: %w", a.path, err)
	}
	return nil
}

// Abort removes the temporary file; the target is left as it was.
func (a *atomicFile) Abort() {
	if a.f == nil {
		return
	}
	a.f.Close()
	os.Remove(a.f.Name())
	a.f = nil
}

// addOutputFlag registers --output on fs.
func addOutputFlag(fs *flag.FlagSet) *string {
	return fs.String("output", "", "write the report to FILE, atomically, instead of stdout")
}

// openOutput points e.stdout at the file path when path is set; run commits
// it when the command succeeds (exit 0 or 1) and removes it otherwise.
// An output that is one of the inputs is refused: claimtrace never writes
// to its input files.
func openOutput(ctx context.Context, e *env, path string, inputs []string) error {
	if path == "" {
		return nil
	}
	if ofi, err := os.Stat(path); err == nil {
		for _, in := range inputs {
			if ifi, err := os.Stat(in); err == nil && os.SameFile(ofi, ifi) {
				return fmt.Errorf("--output %s is the input %s; claimtrace never writes to its inputs", path, in)
			}
		}
	}
	a, err := createAtomic(ctx, path)
	if err != nil {
		return err
	}
	e.output, e.stdout = a, a
	return nil
}

// finishOutput commits or aborts e's output file for a command that
// returned code, and returns the exit code: exitError when committing fails.
func finishOutput(e *env, cmd string, code int) int {
	if e.output == nil {
		return code
	}
	if code != exitOK && code != exitFindings {
		e.output.Abort()
		return code
	}
	if err := e.output.Commit(); err != nil {
		return fail(e, cmd, err)
	}
	return code
}
