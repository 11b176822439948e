package policy

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// Files returns the input files the arguments name, in argument order and
// each once: "-" (stdin) as is; a file as is, whatever its name; a
// directory's files, recursively and in lexical order, that match Include
// and not Exclude (hidden directories such as .git are skipped); and the
// files a glob matches (doublestar syntax, "**" for any depth) that do not
// match Exclude and lie in no hidden directory. A path that does not exist, and a directory or glob that
// selects no file, is an error: a check that read nothing must not pass.
func (c *Config) Files(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, arg := range args {
		if arg == "-" {
			add(arg)
			continue
		}
		fi, err := os.Stat(arg)
		switch {
		case err == nil && !fi.IsDir():
			add(arg)
		case err == nil:
			n, err := c.walk(arg, add)
			if err != nil {
				return nil, err
			}
			if n == 0 {
				return nil, fmt.Errorf("%s: no files match %s", arg, strings.Join(c.Include, ", "))
			}
		case hasMeta(arg):
			matches, gerr := doublestar.FilepathGlob(arg, doublestar.WithFilesOnly())
			if gerr != nil {
				return nil, fmt.Errorf("%s: %w", arg, gerr)
			}
			n := 0
			for _, m := range matches {
				if !c.excluded(m) && (!inHidden(m) || strings.Contains(arg, "/.")) {
					add(m)
					n++
				}
			}
			if n == 0 {
				return nil, fmt.Errorf("%s: no files match", arg)
			}
		default:
			return nil, err // *PathError: "stat PATH: no such file or directory"
		}
	}
	return out, nil
}

// walk adds the files under dir that the policy selects and returns how
// many it found.
func (c *Config) walk(dir string, add func(string)) (int, error) {
	n := 0
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p != dir && strings.HasPrefix(e.Name(), ".") {
				return filepath.SkipDir
			}
			if p != dir && c.excluded(p) {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() || !c.Selects(p) {
			return nil
		}
		add(p)
		n++
		return nil
	})
	return n, err
}

// Selects reports whether the policy checks the file at path when a
// directory holding it is named: it matches an Include pattern and no
// Exclude pattern. A pattern without "/" matches the file's base name; one
// with "/" matches its path relative to Dir.
func (c *Config) Selects(path string) bool {
	return c.matches(c.Include, path) && !c.excluded(path)
}

func (c *Config) excluded(path string) bool { return c.matches(c.Exclude, path) }

func (c *Config) matches(patterns []string, path string) bool {
	rel := filepath.ToSlash(c.rel(path))
	base := filepath.Base(path)
	for _, p := range patterns {
		target := rel
		if !strings.Contains(p, "/") {
			target = base
		}
		if ok, _ := doublestar.Match(p, target); ok {
			return true
		}
	}
	return false
}

// rel returns path relative to Dir when it lies under it, else path cleaned.
func (c *Config) rel(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return filepath.Clean(path)
	}
	dir, err := filepath.Abs(c.Dir)
	if err != nil {
		return filepath.Clean(path)
	}
	r, err := filepath.Rel(dir, abs)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.Clean(path)
	}
	return r
}

// inHidden reports whether a path lies in a hidden directory (".git").
func inHidden(path string) bool {
	for _, seg := range strings.Split(filepath.ToSlash(filepath.Dir(path)), "/") {
		if len(seg) > 1 && seg[0] == '.' && seg != ".." {
			return true
		}
	}
	return false
}

func hasMeta(s string) bool { return strings.ContainsAny(s, "*?[{") }
