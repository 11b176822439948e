package claims_test

import (
	"fmt"
	"log"

	"github.com/claimtrace/claimtrace/claims"
)

func ExampleSegmenter_Split() {
	src := "Key takeaways:\n" +
		"- The meeting started at 10:00 a.m. Kyiv time.\n" +
		"Updated 12:56 p.m. The parties have taken a break for lunch.\n"
	seg, err := claims.NewSegmenter()
	if err != nil {
		log.Fatal(err)
	}
	doc := claims.NewDocument("article.txt", []byte(src))
	sents, err := seg.Split(doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, s := range sents {
		kind := string(s.NonClaim)
		if kind == "" {
			kind = "claim?"
		}
		fmt.Printf("%s %d %-9s %-9s %s\n", doc.Position(s.Span.Start), s.Block, s.Layout, kind, s.Text)
	}
	// Output:
	// 1:1 0 heading   heading   Key takeaways:
	// 2:3 1 list-item claim?    The meeting started at 10:00 a.m. Kyiv time.
	// 3:1 2 paragraph timestamp Updated 12:56 p.m.
	// 3:20 2 paragraph claim?    The parties have taken a break for lunch.
}
