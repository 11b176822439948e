package main

import (
	"context"
	"flag"
	"fmt"
)

const helpUsage = `Usage: claimtrace help [command]

Help prints the list of commands, or the usage of one command.
`

// runHelp runs "claimtrace help".
func runHelp(_ context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("help", flag.ContinueOnError)
	pos, code, ok := parseFlags(fs, e, helpUsage, args)
	if !ok {
		return code
	}
	switch len(pos) {
	case 0:
		fmt.Fprint(e.stdout, mainUsage())
		return exitOK
	case 1:
		for _, c := range commands() {
			if c.name == pos[0] {
				fmt.Fprint(e.stdout, c.usage)
				return exitOK
			}
		}
		fmt.Fprintf(e.stderr, "claimtrace help: unknown command %q\n\n%s", pos[0], mainUsage())
		return exitError
	}
	return usageError(e, "help", helpUsage, "want at most one command")
}
