package main

import (
	"context"
	"flag"
	"fmt"
)

const versionUsage = `Usage: claimtrace version

Version prints claimtrace's version ("dev" for a build without one).
"claimtrace --version" does the same.
`

// runVersion runs "claimtrace version".
func runVersion(_ context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("version", flag.ContinueOnError)
	pos, code, ok := parseFlags(fs, e, versionUsage, args)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(e, "version", versionUsage, "unexpected argument %q", pos[0])
	}
	fmt.Fprintf(e.stdout, "claimtrace %s\n", version)
	return exitOK
}
