package report_test

import (
	"fmt"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/report"
)

func ExampleSummarize() {
	cs := []claims.Claim{
		{ID: "c01", Sides: []string{"Daily"}, Stance: claims.Asserts, Cluster: "flights"},
		{ID: "c02", Source: &claims.Source{Text: "the ambassador"}, Sides: []string{"Kremlin"}, Stance: claims.Asserts, Cluster: "flights"},
		{ID: "c03", Source: &claims.Source{Text: "the State Department"}, Sides: []string{"US"}, Stance: claims.Disputes, Cluster: "flights"},
	}
	for _, s := range report.Summarize(cs, "Daily", []string{"US", "Kremlin"}) {
		fmt.Printf("%-8s attributed=%d disputed_by_other_sides=%d disputes=%d\n", s.Side, s.Attributed, s.DisputedByOtherSides, s.Disputes)
	}
	// Output:
	// US       attributed=1 disputed_by_other_sides=0 disputes=1
	// Kremlin  attributed=1 disputed_by_other_sides=1 disputes=0
	// Daily    attributed=1 disputed_by_other_sides=1 disputes=0
}
