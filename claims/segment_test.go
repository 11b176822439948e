package claims

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// split runs a new Segmenter over text and fails the test on any error.
func split(t testing.TB, text string) []Sentence {
	t.Helper()
	seg, err := NewSegmenter()
	require.NoError(t, err)
	sents, err := seg.Split(NewDocument("test.txt", []byte(text)))
	require.NoError(t, err)
	return sents
}

// minGoldenRules is the fewest Golden Rules the splitter must pass; prose
// alone passes 35 of 48.
const minGoldenRules = 45

func TestSegmenter_GoldenRules(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "golden_rules_en.json"))
	require.NoError(t, err)
	var rules []struct {
		ID       int      `json:"id"`
		Name     string   `json:"name"`
		Input    string   `json:"input"`
		Expected []string `json:"expected"`
	}
	require.NoError(t, json.Unmarshal(b, &rules))
	require.Len(t, rules, 48)

	passed := 0
	for _, r := range rules {
		var got []string
		for _, s := range split(t, r.Input) {
			if txt := strings.TrimSpace(s.Text); txt != "" {
				got = append(got, txt)
			}
		}
		if assert.ObjectsAreEqual(r.Expected, got) {
			passed++
			continue
		}
		t.Logf("rule %d (%s) fails:\n  input: %q\n  want:  %q\n  got:   %q", r.ID, r.Name, r.Input, r.Expected, got)
	}
	t.Logf("golden rules: %d/%d pass", passed, len(rules))
	if passed < minGoldenRules {
		t.Errorf("golden rules: %d/%d pass, want at least %d", passed, len(rules), minGoldenRules)
	}
}

func TestSegmenter_Split_reference(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt"))
	require.NoError(t, err)
	b, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.gold.json"))
	require.NoError(t, err)
	var key struct {
		Claims []struct {
			ID       string `json:"id"`
			Sentence string `json:"sentence"`
		} `json:"claims"`
		NonClaims []string `json:"non_claims"`
	}
	require.NoError(t, json.Unmarshal(b, &key))
	require.NotEmpty(t, key.Claims)
	require.NotEmpty(t, key.NonClaims)

	candidates := map[string]int{} // claim-candidate text → count
	nonClaims := map[string]int{}  // non-claim text → count
	for _, s := range split(t, string(src)) {
		if s.NonClaim == NotNonClaim {
			candidates[s.Text]++
		} else {
			nonClaims[s.Text]++
		}
	}
	for _, c := range key.Claims {
		assert.Equal(t, 1, candidates[c.Sentence], "claim %s: want exactly one claim candidate %q", c.ID, c.Sentence)
	}
	for _, nc := range key.NonClaims {
		assert.Equal(t, 1, nonClaims[nc], "want exactly one non-claim %q", nc)
	}
}
