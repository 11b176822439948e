package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// Exit codes.
const (
	exitOK    = 0 // success
	exitError = 2 // usage error, unreadable input or lexicon, or failed output
)

// env holds the process streams a command reads and writes.
type env struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer

	output        *atomicFile // --output, when given: committed when the command succeeds
	skippedBinary bool        // a binary input was skipped without --skip-binary: exit 2
}

// command is one subcommand.
type command struct {
	name    string
	summary string                                               // one line for the command list
	usage   string                                               // full usage text, printed by -h
	run     func(ctx context.Context, e *env, args []string) int // runs it; args follow the name
}

// commands returns the subcommands in the order help lists them.
func commands() []command {
	return []command{
		{"analyze", "find claims, their sources, sides and stances", analyzeUsage, runAnalyze},
		{"check", "apply the desk's attribution policy; findings for editors and CI", checkUsage, runCheck},
		{"config", "print the resolved check policy and the files in scope", configUsage, runConfig},
		{"eval", "score the analysis against answer keys or brat annotations", evalUsage, runEval},
		{"split", "print the sentences the splitter finds", splitUsage, runSplit},
		{"lexicon", "print the effective lexicon as YAML", lexiconUsage, runLexicon},
		{"version", "print the version", versionUsage, runVersion},
		{"help", "print help for claimtrace or a command", helpUsage, runHelp},
	}
}

// run is claimtrace's entry point: it runs the subcommand args name and
// returns the process exit code.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	e := &env{stdin: stdin, stdout: stdout, stderr: stderr}
	if len(args) == 0 {
		fmt.Fprint(e.stderr, mainUsage())
		return exitError
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(e.stdout, mainUsage())
		return exitOK
	case "-version", "--version":
		return runVersion(ctx, e, args[1:])
	}
	for _, c := range commands() {
		if c.name == args[0] {
			code := finishOutput(e, c.name, c.run(ctx, e, args[1:]))
			if e.skippedBinary && code != exitError {
				code = exitError // the report is complete for the other inputs
			}
			return code
		}
	}
	fmt.Fprintf(e.stderr, "claimtrace: unknown command %q\n\n%s", args[0], mainUsage())
	return exitError
}

// mainUsage is the usage text of claimtrace itself.
func mainUsage() string {
	var b strings.Builder
	b.WriteString("claimtrace finds the claims in news text, who makes them, which side they speak for,\nand how the text distances itself from them.\n\nUsage:\n\n\tclaimtrace <command> [arguments]\n\nCommands:\n\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "\t%-8s  %s\n", c.name, c.summary)
	}
	b.WriteString("\nRun 'claimtrace help <command>' or 'claimtrace <command> -h' for a command's flags.\nclaimtrace --version prints the version.\n")
	return b.String()
}

// parseFlags parses args with fs and returns the positional arguments.
// Flags may come before, between or after them; "--" ends the flags. When
// parsing ends the command, ok is false and code is the exit code: after -h
// the usage went to stdout (exit 0), after a bad flag the error and the
// usage went to stderr (exit 2).
func parseFlags(fs *flag.FlagSet, e *env, usage string, args []string) (pos []string, code int, ok bool) {
	fs.SetOutput(io.Discard) // errors and usage are printed below, to the right stream
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(e.stdout, usage)
			return nil, exitOK, false
		}
		if err != nil {
			return nil, usageError(e, fs.Name(), usage, "%v", err), false
		}
		rest := fs.Args()
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(pos, rest...), exitOK, true
		}
		if len(rest) == 0 {
			return pos, exitOK, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// usageError reports a usage error on stderr, followed by usage, and
// returns the exit code for it.
func usageError(e *env, cmd, usage, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "claimtrace %s: %s\n\n%s", cmd, fmt.Sprintf(format, args...), usage)
	return exitError
}

// fail reports err on stderr and returns the exit code for it.
func fail(e *env, cmd string, err error) int {
	fmt.Fprintf(e.stderr, "claimtrace %s: %v\n", cmd, err)
	return exitError
}

// choice is a flag whose value is one of a fixed set.
type choice struct {
	value   string
	allowed []string
}

// String returns the current value.
func (c *choice) String() string { return c.value }

// Set accepts s if it is one of the allowed values.
func (c *choice) Set(s string) error {
	for _, a := range c.allowed {
		if s == a {
			c.value = s
			return nil
		}
	}
	return fmt.Errorf("want %s", strings.Join(c.allowed, " or "))
}

// stringList is a repeatable string flag.
type stringList []string

// String returns the values joined by commas.
func (l *stringList) String() string { return strings.Join(*l, ",") }

// Set appends s.
func (l *stringList) Set(s string) error {
	*l = append(*l, s)
	return nil
}
