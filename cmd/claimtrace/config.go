package main

import (
	"context"
	"flag"
	"fmt"
)

const configUsage = `Usage: claimtrace config [flags] [PATH|GLOB...]

Config prints the attribution policy check would use, resolved: the policy
file it came from, the publisher, the lexicon files, every rule with its
setting, the fail level and the include and exclude globs. Then it lists
the files in scope: those check would read for the PATHs given (default
".", the working directory). The policy is printed in the policy file's
format, so it can be saved as .claimtrace.yaml.

Flags:
  --config FILE   read the policy from FILE instead of searching for it
  --no-config     use the built-in policy; ignore any .claimtrace.yaml
  -h, --help      print this help
`

// runConfig runs "claimtrace config".
func runConfig(_ context.Context, e *env, args []string) int {
	fs := flag.NewFlagSet("config", flag.ContinueOnError)
	var pf policyFlags
	fs.StringVar(&pf.config, "config", "", "policy file")
	fs.BoolVar(&pf.noConfig, "no-config", false, "use the built-in policy")
	paths, code, ok := parseFlags(fs, e, configUsage, args)
	if !ok {
		return code
	}
	cfg, err := pf.load()
	if err != nil {
		return fail(e, "config", err)
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	files, err := cfg.Files(paths)
	if err != nil {
		return fail(e, "config", err)
	}
	if err := cfg.WriteYAML(e.stdout); err != nil {
		return fail(e, "config", err)
	}
	fmt.Fprintf(e.stdout, "\n# files in scope (%d)\n", len(files))
	for _, f := range files {
		fmt.Fprintf(e.stdout, "#   %s\n", f)
	}
	return exitOK
}
