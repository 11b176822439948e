package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/eval"
	"github.com/claimtrace/claimtrace/report"
)

// keyPath is the reference article's answer key, relative to the repository root.
const keyPath = "testdata/rbc-ukraine-istanbul.gold.json"

// analyzeReference runs the analyze pipeline on the reference article and
// reads its answer key.
func analyzeReference(t *testing.T) (report.Analysis, *eval.Key, []byte) {
	t.Helper()
	root := filepath.Join("..", "..")
	p, err := newPipeline(nil, "RBC-Ukraine")
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(filepath.Join(root, article))
	if err != nil {
		t.Fatal(err)
	}
	a, err := p.analyze(claims.NewDocument(article, src))
	if err != nil {
		t.Fatal(err)
	}
	kb, err := os.ReadFile(filepath.Join(root, keyPath))
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(root, keyPath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	key, err := eval.ReadKey(f, keyPath)
	if err != nil {
		t.Fatal(err)
	}
	return a, key, kb
}

// TestAnalyze_clusterF1 holds clustering to a pairwise F1 of 0.80 against
// the answer key's cluster labels.
func TestAnalyze_clusterF1(t *testing.T) {
	a, key, _ := analyzeReference(t)
	p, r, f1 := eval.ClusterF1(key, a.Doc, a.Claims)
	t.Logf("cluster pairwise precision=%.2f recall=%.2f f1=%.2f", p, r, f1)
	if f1 < 0.80 {
		t.Errorf("cluster pairwise F1 = %.2f (precision %.2f, recall %.2f), want at least 0.80", f1, p, r)
	}
}

// TestAnalyze_sideSummary checks that the side summary computed from the
// pipeline's clusters equals the answer key's in every cell. It counts the
// claims that match a key claim, so that the test measures clustering and
// stances, not claim detection (a claim the key does not list would change
// the publisher's "attributed" count; the scorer's precision reports it).
func TestAnalyze_sideSummary(t *testing.T) {
	a, key, _ := analyzeReference(t)
	m, err := eval.Match(key, a.Doc, a.Claims)
	if err != nil {
		t.Fatal(err)
	}
	var matched []claims.Claim
	for _, i := range m {
		if i < 0 {
			t.Fatalf("a key claim matched no claim: %v", m)
		}
		matched = append(matched, a.Claims[i])
	}
	slices.SortFunc(matched, func(x, y claims.Claim) int { return x.Span.Start - y.Span.Start })
	got := map[string]map[string]int64{}
	for _, s := range report.Summarize(matched, a.Publisher, a.SideOrder) {
		got[s.Side] = map[string]int64{"attributed": int64(s.Attributed), "hedged": int64(s.Hedged),
			"confirmed_by_other_sides": int64(s.ConfirmedByOtherSides), "disputed_by_other_sides": int64(s.DisputedByOtherSides),
			"disputes": int64(s.Disputes), "no_comment": int64(s.NoComment)}
	}
	if len(got) != len(key.SideSummary) {
		t.Errorf("got %d sides, key has %d", len(got), len(key.SideSummary))
	}
	cells := 0
	for _, want := range key.SideSummary {
		g, ok := got[want.Side]
		if !ok {
			t.Errorf("side %q of the key not in the summary", want.Side)
			continue
		}
		for _, c := range want.Cells {
			cells++
			if w, err := c.Value.Int64(); err != nil || g[c.Field] != w {
				t.Errorf("%s.%s = %d, want %s", want.Side, c.Field, g[c.Field], c.Value)
			}
		}
	}
	if cells == 0 {
		t.Error("the key has no side summary")
	}
}

// TestAnalyze_provenance checks provenance against the key's "provenance"
// fields: a key claim whose provenance rests on one side only must get a
// non-empty provenance from that side alone, and the whole article may
// have at most two links the key does not list.
func TestAnalyze_provenance(t *testing.T) {
	a, key, kb := analyzeReference(t)
	var prov struct {
		Claims []struct {
			ID         string   `json:"id"`
			Provenance []string `json:"provenance"`
		} `json:"claims"`
	}
	if err := json.Unmarshal(kb, &prov); err != nil {
		t.Fatal(err)
	}
	m, err := eval.Match(key, a.Doc, a.Claims)
	if err != nil {
		t.Fatal(err)
	}
	keyOf := map[string]string{}     // predicted claim id → key claim id
	sidesOf := map[string][]string{} // key claim id → sides
	for k, i := range m {
		sidesOf[key.Claims[k].ID] = key.Claims[k].AllSides()
		if i >= 0 {
			keyOf[a.Claims[i].ID] = key.Claims[k].ID
		}
	}
	want := map[string][]string{} // key claim id → key provenance
	for _, c := range prov.Claims {
		want[c.ID] = c.Provenance
	}
	byID := map[string]*claims.Claim{}
	for i := range a.Claims {
		byID[a.Claims[i].ID] = &a.Claims[i]
	}
	checked, falseLinks := 0, 0
	for k, i := range m {
		kc := key.Claims[k]
		var got []string
		if i >= 0 {
			got = a.Claims[i].Provenance
		}
		for _, id := range got {
			if !slices.Contains(want[kc.ID], keyOf[id]) {
				falseLinks++
				t.Logf("%s: provenance link to %s (key %s) not in the key", kc.ID, id, keyOf[id])
			}
		}
		side := singleSide(want[kc.ID], sidesOf)
		if side == "" {
			continue
		}
		checked++
		if len(got) == 0 {
			t.Errorf("%s: no provenance, want claims of %q only (key: %v)", kc.ID, side, want[kc.ID])
		}
		for _, id := range got {
			if s := byID[id].Sides; !slices.Equal(s, []string{side}) {
				t.Errorf("%s: provenance %s has sides %q, want only %q", kc.ID, id, s, side)
			}
		}
	}
	for _, c := range a.Claims {
		if _, ok := keyOf[c.ID]; !ok {
			falseLinks += len(c.Provenance)
		}
	}
	if checked == 0 {
		t.Error("the key lists no single-side provenance to check")
	}
	if falseLinks > 2 {
		t.Errorf("%d provenance links not in the key, want at most 2", falseLinks)
	}
}

// singleSide returns the one side that all the key claims ids speak for, or "".
func singleSide(ids []string, sidesOf map[string][]string) string {
	side := ""
	for _, id := range ids {
		s := sidesOf[id]
		if len(s) != 1 || side != "" && s[0] != side {
			return ""
		}
		side = s[0]
	}
	return side
}
