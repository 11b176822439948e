package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entries lists the names in dir.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestAtomicFile_Commit(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := createAtomic(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Fatalf("target changed before Commit: %q", got)
	}
	if err := a.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Fatalf("after Commit: %q", got)
	}
	if names := entries(t, dir); len(names) != 1 {
		t.Fatalf("files left: %v", names)
	}
	if fi, _ := os.Stat(path); fi.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", fi.Mode().Perm())
	}
}

func TestAtomicFile_cancel(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	ctx, cancel := context.WithCancel(context.Background())
	a, err := createAtomic(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := a.Write([]byte("part")); err != nil {
		t.Fatal(err)
	}
	cancel() // SIGINT
	if _, err := a.Write([]byte("more")); !errors.Is(err, context.Canceled) {
		t.Fatalf("write after cancel: %v, want context.Canceled", err)
	}
	if err := a.Commit(); !errors.Is(err, context.Canceled) {
		t.Fatalf("Commit after cancel: %v, want context.Canceled", err)
	}
	if names := entries(t, dir); len(names) != 0 {
		t.Fatalf("files left after cancel: %v", names)
	}
}

func TestAtomicFile_writeError(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.json")
	a, err := createAtomic(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	a.f.Close() // the next write fails, as on a full disk
	if _, err := a.Write([]byte("x")); err == nil {
		t.Fatal("write to a closed file succeeded")
	}
	if err := a.Commit(); err == nil {
		t.Fatal("Commit after a failed write succeeded")
	}
	if names := entries(t, dir); len(names) != 0 {
		t.Fatalf("files left after a write error: %v", names)
	}
}

// TestRun_output runs analyze and check with --output: the report goes to
// the file, not stdout; an interrupted or failed run leaves no file and
// leaves an existing one untouched.
func TestRun_output(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	if err := os.WriteFile("a.txt", []byte("The talks stalled, officials said.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"analyze", "--format", "json", "--output", "out.json", "a.txt"},
		{"check", "--no-config", "--format", "json", "--output", "out.json", "a.txt"},
	} {
		t.Run(args[0], func(t *testing.T) {
			os.Remove("out.json")
			code, stdout, stderr := runCmd(t, "", args...)
			if code != exitOK || stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %s", code, stdout, stderr)
			}
			got, err := os.ReadFile("out.json")
			if err != nil || !bytes.HasPrefix(got, []byte("{")) {
				t.Fatalf("out.json: %v %.200s", err, got)
			}

			// Interrupted before the run starts writing: no file, the old one kept.
			if err := os.WriteFile("out.json", []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errOut bytes.Buffer
			code = run(ctx, args, strings.NewReader(""), &out, &errOut)
			if code != exitError || !strings.Contains(errOut.String(), "context canceled") {
				t.Fatalf("cancelled: exit %d, stderr %s", code, errOut.String())
			}
			if got, _ := os.ReadFile("out.json"); string(got) != "old" {
				t.Fatalf("cancelled run changed out.json: %q", got)
			}
			if names := entries(t, "."); len(names) != 2 {
				t.Fatalf("files left: %v", names)
			}

			// A failed run (missing input) leaves no temporary file either.
			failing := append(append([]string{}, args[:len(args)-1]...), "missing.txt")
			if code, _, _ := runCmd(t, "", failing...); code != exitError {
				t.Fatalf("missing input: exit %d", code)
			}
			if names := entries(t, "."); len(names) != 2 {
				t.Fatalf("files left: %v", names)
			}
		})
	}
}
