package lexicon_test

import (
	"fmt"
	"strings"

	"github.com/claimtrace/claimtrace/lexicon"
)

func ExampleLoad() {
	src := `
sides:
  - name: Bayview Motors
actors:
  - name: Luis Ferreira
    side: Bayview Motors
    type: other
    aliases: [Ferreira]
cues:
  - verb: deny
    stance: denies
  - verb: contend
    statnce: asserts
`
	_, err := lexicon.Load(strings.NewReader(src), "desk.yaml")
	fmt.Println(err)

	ext, err := lexicon.Load(strings.NewReader(strings.Replace(src, "statnce", "stance", 1)), "desk.yaml")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(ext.Cues[0].Forms)

	// Extend the default lexicon, which checks that every side exists.
	def, err := lexicon.Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	lex, err := lexicon.Merge(def, ext)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(lex.Sides))
	// Output:
	// desk.yaml:13:5: cue "contend": unknown key "statnce" (want verb, phrase, kind, forms, past, stance, hedge, needs-quote, needs-clause)
	// [denied denies deny denying]
	// 5
}
