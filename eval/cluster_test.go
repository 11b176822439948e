package eval

import (
	"strings"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

func TestClusterF1(t *testing.T) {
	text := "A one. B two. C three. D four. E five."
	doc := claims.NewDocument("t.txt", []byte(text))
	key := &Key{}
	var got []claims.Claim
	for _, s := range []string{"A one.", "B two.", "C three.", "D four.", "E five."} {
		key.Claims = append(key.Claims, KeyClaim{ID: s[:1], Sentence: s, Claim: s})
		at := strings.Index(text, s)
		got = append(got, claims.Claim{ID: s[:1], Span: claims.Span{Start: at, End: at + len(s)}})
	}
	label := func(gold, pred []string) {
		for i := range key.Claims {
			key.Claims[i].Cluster = gold[i]
			got[i].Cluster = pred[i]
		}
	}
	tests := []struct {
		name       string
		gold, pred []string
		p, r       float64
	}{
		{"nothing to find", []string{"", "", "", "", ""}, []string{"", "", "", "", ""}, 1, 1},
		{"exact, labels differ", []string{"x", "x", "y", "y", ""}, []string{"k1", "k1", "k2", "k2", ""}, 1, 1},
		{"one pair missed", []string{"x", "x", "x", "", ""}, []string{"k1", "k1", "", "", ""}, 1, 1.0 / 3},
		{"one pair extra", []string{"x", "x", "", "", ""}, []string{"k1", "k1", "k1", "", ""}, 1.0 / 3, 1},
		{"empty labels never pair", []string{"", "", "x", "x", ""}, []string{"", "", "k1", "k1", ""}, 1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			label(tt.gold, tt.pred)
			p, r, f := ClusterF1(key, doc, got)
			if p != tt.p || r != tt.r {
				t.Errorf("precision, recall = %.3f, %.3f; want %.3f, %.3f", p, r, tt.p, tt.r)
			}
			if want := 2 * tt.p * tt.r / (tt.p + tt.r); f != want {
				t.Errorf("f1 = %.3f, want %.3f", f, want)
			}
		})
	}

	t.Run("unmatched claims leave their pairs out", func(t *testing.T) {
		label([]string{"x", "x", "x", "", ""}, []string{"k1", "k1", "", "", ""})
		short := got[:2]
		if p, r, _ := ClusterF1(key, doc, short); p != 1 || r != 1 {
			t.Errorf("precision, recall = %.3f, %.3f; want 1, 1", p, r)
		}
	})
	t.Run("key text not in the document matches nothing", func(t *testing.T) {
		k := &Key{Claims: append([]KeyClaim{{ID: "z", Sentence: "Zed.", Claim: "Zed.", Cluster: "x"}}, key.Claims...)}
		if _, err := Match(k, doc, got); err == nil {
			t.Error("Match: err = nil, want an error")
		}
		if p, r, _ := ClusterF1(k, doc, got); p != 1 || r != 1.0/3 {
			t.Errorf("precision, recall = %.3f, %.3f; want 1, 0.333", p, r)
		}
	})
}
