package report

import (
	"encoding/json"
	"os"
	"slices"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

// goldKey is the part of an answer key (testdata/*.gold.json) the summary
// tests read.
type goldKey struct {
	Publisher string `json:"publisher"`
	Claims    []struct {
		ID      string   `json:"id"`
		Source  *string  `json:"source"`
		Sides   []string `json:"sides"`
		Side    string   `json:"side"`
		Stance  string   `json:"stance"`
		Hedged  bool     `json:"hedged"`
		Cluster string   `json:"cluster"`
	} `json:"claims"`
	Clusters    map[string]goldCluster `json:"clusters"`
	SideSummary map[string]goldSide    `json:"side_summary"`
}

type goldCluster struct {
	Claims     []string `json:"claims"`
	AssertedBy []string `json:"asserted_by"`
	DisputedBy []string `json:"disputed_by"`
	NoComment  []string `json:"no_comment"`
}

type goldSide struct {
	Attributed            int `json:"attributed"`
	Hedged                int `json:"hedged"`
	ConfirmedByOtherSides int `json:"confirmed_by_other_sides"`
	DisputedByOtherSides  int `json:"disputed_by_other_sides"`
	Disputes              int `json:"disputes"`
	NoComment             int `json:"no_comment"`
}

// readGoldClaims reads an answer key and converts its claims to
// claims.Claim with the fields the summary reads.
func readGoldClaims(t *testing.T, path string) (goldKey, []claims.Claim) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var key goldKey
	if err := json.Unmarshal(b, &key); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var cs []claims.Claim
	for _, k := range key.Claims {
		c := claims.Claim{ID: k.ID, Sides: k.Sides, Stance: claims.Stance(k.Stance), Hedged: k.Hedged, Cluster: k.Cluster}
		if k.Side != "" {
			c.Sides = append(c.Sides, k.Side)
		}
		if k.Source != nil {
			c.Source = &claims.Source{Text: *k.Source, Name: *k.Source}
		}
		cs = append(cs, c)
	}
	return key, cs
}

func TestSummarize_goldKey(t *testing.T) {
	key, cs := readGoldClaims(t, "../testdata/rbc-ukraine-istanbul.gold.json")
	got := Summarize(cs, key.Publisher, []string{"US", "Kremlin", "pro-Kremlin media", "Ukraine"})

	var order []string
	for _, s := range got {
		order = append(order, s.Side)
		want, ok := key.SideSummary[s.Side]
		if !ok {
			t.Errorf("side %q: not in the key's side_summary", s.Side)
			continue
		}
		g := goldSide{s.Attributed, s.Hedged, s.ConfirmedByOtherSides, s.DisputedByOtherSides, s.Disputes, s.NoComment}
		if g != want {
			t.Errorf("side %q:\n got %+v\nwant %+v", s.Side, g, want)
		}
	}
	if len(got) != len(key.SideSummary) {
		t.Errorf("got %d sides %q, key has %d", len(got), order, len(key.SideSummary))
	}
	wantOrder := []string{"US", "Kremlin", "pro-Kremlin media", "RBC-Ukraine"}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("side order %q, want %q", order, wantOrder)
	}
}

func TestClusters_goldKey(t *testing.T) {
	key, cs := readGoldClaims(t, "../testdata/rbc-ukraine-istanbul.gold.json")
	got := Clusters(cs, key.Publisher)
	if len(got) != len(key.Clusters) {
		t.Errorf("got %d clusters, key has %d", len(got), len(key.Clusters))
	}
	for _, k := range got {
		want, ok := key.Clusters[k.ID]
		if !ok {
			t.Errorf("cluster %q: not in the key", k.ID)
			continue
		}
		if !slices.Equal(k.Claims, want.Claims) || !slices.Equal(k.AssertedBy, want.AssertedBy) ||
			!slices.Equal(k.DisputedBy, want.DisputedBy) || !slices.Equal(k.NoComment, want.NoComment) {
			t.Errorf("cluster %q:\n got %+v\nwant %+v", k.ID, k, want)
		}
	}
}

func TestSummarize_cases(t *testing.T) {
	src := &claims.Source{Text: "x"}
	tests := []struct {
		name   string
		claims []claims.Claim
		want   []SideSummary
	}{
		{"empty", nil, []SideSummary{{Side: "P"}}},
		{"unattributed claim without sides belongs to the publisher",
			[]claims.Claim{{ID: "c01", Stance: claims.Asserts, Hedged: true}},
			[]SideSummary{{Side: "P", Attributed: 1}}},
		{"singleton clusters never confirm each other",
			[]claims.Claim{
				{ID: "c01", Source: src, Sides: []string{"A"}, Stance: claims.Asserts},
				{ID: "c02", Source: src, Sides: []string{"B"}, Stance: claims.Disputes},
			},
			[]SideSummary{{Side: "A", Attributed: 1}, {Side: "B", Attributed: 1, Disputes: 1}, {Side: "P"}}},
		{"one claim with two sides confirms for both",
			[]claims.Claim{{ID: "c01", Source: src, Sides: []string{"B", "A"}, Stance: claims.Confirms, Cluster: "k"}},
			[]SideSummary{{Side: "A", Attributed: 1, ConfirmedByOtherSides: 1}, {Side: "B", Attributed: 1, ConfirmedByOtherSides: 1}, {Side: "P"}}},
		{"cluster counted once per side",
			[]claims.Claim{
				{ID: "c01", Source: src, Sides: []string{"A"}, Stance: claims.Asserts, Hedged: true, Cluster: "k"},
				{ID: "c02", Source: src, Sides: []string{"A"}, Stance: claims.Asserts, Cluster: "k"},
				{ID: "c03", Source: src, Sides: []string{"B"}, Stance: claims.Denies, Cluster: "k"},
				{ID: "c04", Source: src, Sides: []string{"C"}, Stance: claims.NoComment, Cluster: "k"},
				{ID: "c05", Sides: []string{"P"}, Stance: claims.Asserts, Cluster: "k"},
			},
			[]SideSummary{
				{Side: "A", Attributed: 2, Hedged: 1, DisputedByOtherSides: 1},
				{Side: "B", Attributed: 1, Disputes: 1},
				{Side: "C", Attributed: 1, NoComment: 1},
				{Side: "P", Attributed: 1, DisputedByOtherSides: 1},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Summarize(tt.claims, "P", []string{"C"})
			// The order puts C first; reorder want accordingly.
			want := orderLike(tt.want, []string{"C"}, "P")
			if len(got) != len(want) {
				t.Fatalf("got %+v\nwant %+v", got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("row %d:\n got %+v\nwant %+v", i, got[i], want[i])
				}
			}
		})
	}
}

// orderLike sorts rows the way Summarize does, for hand-written want lists.
func orderLike(rows []SideSummary, order []string, publisher string) []SideSummary {
	by := map[string]SideSummary{}
	for _, r := range rows {
		by[r.Side] = r
	}
	var out []SideSummary
	for _, side := range refOrderSides(by, publisher, order) {
		out = append(out, by[side])
	}
	return out
}
