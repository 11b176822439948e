package policy_test

import (
	"fmt"
	"strings"

	"github.com/claimtrace/claimtrace/policy"
)

func ExampleLoad() {
	src := "publisher: RBC-Ukraine\nfail-level: warning\nrules:\n  unattributed-claim: {enabled: false}\n"
	cfg, err := policy.Load(strings.NewReader(src), ".claimtrace.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(cfg.Publisher, cfg.FailLevel, cfg.Rules[policy.UnattributedClaim].Enabled)

	_, err = policy.Load(strings.NewReader("fail-level: fatal\n"), ".claimtrace.yaml")
	fmt.Println(err)
	// Output:
	// RBC-Ukraine warning false
	// .claimtrace.yaml:1:13: fail-level: unknown fail level "fatal" (want info, warning, error or none)
}
