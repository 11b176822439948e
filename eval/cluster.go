package eval

import (
	"fmt"
	"strings"

	"github.com/claimtrace/claimtrace/claims"
)

// Match pairs each claim of key with a claim of got as Tally.Add does: by
// span overlap, one to one, in key order, the overlap divided by the
// shorter span reaching one half. It returns, for each key claim, the index
// in got of its match, or -1.
func Match(key *Key, doc *claims.Document, got []claims.Claim) ([]int, error) {
	return match(key, doc, got, true)
}

// match is Match; with strict false a key claim whose text is not in doc
// is left unmatched instead of failing.
func match(key *Key, doc *claims.Document, got []claims.Claim, strict bool) ([]int, error) {
	text := doc.Text
	used := make([]bool, len(got))
	out := make([]int, len(key.Claims))
	for k, g := range key.Claims {
		out[k] = -1
		sentAt := strings.Index(text, g.Sentence)
		ci := -1
		if sentAt >= 0 {
			ci = strings.Index(text[sentAt:], g.Claim)
		}
		switch {
		case sentAt < 0 && strict:
			return nil, fmt.Errorf("%s: key claim %s: sentence not in text", doc.Path, g.ID)
		case ci < 0 && strict:
			return nil, fmt.Errorf("%s: key claim %s: claim not in text", doc.Path, g.ID)
		case ci < 0:
			continue
		}
		gs := claims.Span{Start: sentAt + ci, End: sentAt + ci + len(g.Claim)}
		best, bi := 0.0, -1
		for i, c := range got {
			if used[i] {
				continue
			}
			if o := overlap(gs, c.Span); o > best {
				best, bi = o, i
			}
		}
		if bi >= 0 && best >= 0.5 {
			used[bi] = true
			out[k] = bi
		}
	}
	return out, nil
}

// ClusterF1 scores the Cluster ids of got against the key's cluster labels,
// pairwise: over every pair of key claims that both matched a claim of got
// (see Match), a pair is in a gold cluster when both key claims have the
// same non-empty label, and in a predicted cluster when both matched claims
// have the same non-empty Cluster id. Precision is the share of predicted
// pairs that are gold pairs, recall the share of gold pairs predicted; each
// is 1 when there is nothing to find. A key claim whose text is not in doc
// matches nothing.
func ClusterF1(key *Key, doc *claims.Document, got []claims.Claim) (precision, recall, f1 float64) {
	m, _ := match(key, doc, got, false) // never fails when not strict

	var tp, fp, fn int
	for a := range key.Claims {
		for b := a + 1; b < len(key.Claims); b++ {
			if m[a] < 0 || m[b] < 0 {
				continue
			}
			ga, gb := key.Claims[a].Cluster, key.Claims[b].Cluster
			pa, pb := got[m[a]].Cluster, got[m[b]].Cluster
			gold := ga != "" && ga == gb
			pred := pa != "" && pa == pb
			switch {
			case gold && pred:
				tp++
			case pred:
				fp++
			case gold:
				fn++
			}
		}
	}
	precision, recall = 1, 1
	if tp+fp > 0 {
		precision = float64(tp) / float64(tp+fp)
	}
	if tp+fn > 0 {
		recall = float64(tp) / float64(tp+fn)
	}
	if precision+recall > 0 {
		f1 = 2 * precision * recall / (precision + recall)
	}
	return precision, recall, f1
}
