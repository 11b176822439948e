package attribution_test

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/attribution"
	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// analyze runs the pipeline over one file with the default lexicon and the
// given extension files.
func analyze(t testing.TB, path, publisher string, lexFiles ...string) (*claims.Document, []claims.Claim) {
	t.Helper()
	lex, err := lexicon.LoadFiles(lexFiles...)
	require.NoError(t, err)
	src, err := os.ReadFile(path)
	require.NoError(t, err)
	seg, err := claims.NewSegmenter()
	require.NoError(t, err)
	doc := claims.NewDocument(path, src)
	sents, err := seg.Split(doc)
	require.NoError(t, err)
	return doc, attribution.New(lex, attribution.Config{Publisher: publisher}).Tag(doc, sents)
}

// TestTagger_TradeDisputeExample runs the worked example of docs/lexicon.md:
// a story the default lexicon knows nothing about, tagged with the desk's
// own lexicon file.
func TestTagger_TradeDisputeExample(t *testing.T) {
	doc, cs := analyze(t, "../testdata/lexicon/trade-dispute.txt", "Desk", "../testdata/lexicon/trade-dispute.yaml")
	got := map[string]string{}
	for _, c := range cs {
		src := "-"
		if c.Source != nil {
			src = c.Source.Text
		}
		if _, ok := got[src]; !ok { // a source's first claim ("denied that …", not "calling …")
			got[src] = fmt.Sprintf("%s|%s", strings.Join(c.Sides, ","), c.Stance)
		}
		assert.Equal(t, c.Source != nil, c.Cue != "", doc.Slice(c.Sentence))
	}
	want := map[string]string{
		"Northwind Steel":                     "Northwind Steel|asserts",
		"Northwind spokeswoman Dana Whitlock": "Northwind Steel|asserts",
		"Bayview spokesman Luis Ferreira":     "Bayview Motors|denies",
		"the company":                         "Bayview Motors|asserts", // refers back to Bayview's spokesman
		"Whitlock":                            "Northwind Steel|disputes",
		"Metal Markets Weekly":                "trade press|asserts",
		"The trade paper":                     "trade press|asserts",
		"The Federal Trade Review Board":      "regulator|no-comment",
		"Both companies":                      "Northwind Steel,Bayview Motors|asserts",
	}
	assert.Equal(t, want, got)
}

// Example_tag shows the pipeline on two sentences.
func Example_tag() {
	lex, err := lexicon.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	seg, err := claims.NewSegmenter()
	if err != nil {
		fmt.Println(err)
		return
	}
	doc := claims.NewDocument("example.txt", []byte("The Kremlin denied that talks had stalled. Prices rose, officials said.\n"))
	sents, err := seg.Split(doc)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range attribution.New(lex, attribution.Config{Publisher: "Desk"}).Tag(doc, sents) {
		fmt.Printf("%s %q %s %v %q\n", c.ID, c.Source.Text, c.Stance, c.Sides, doc.Slice(c.Span))
	}
	// Output:
	// c01 "The Kremlin" denies [Kremlin] "talks had stalled."
	// c02 "officials" asserts [unknown] "Prices rose"
}
