package markup_test

import (
	"fmt"
	"strings"

	"github.com/claimtrace/claimtrace/markup"
)

func ExampleMask() {
	src := "# Talks\n\nAccording to [TASS](https://tass.ru), talks *began*.\n"
	analysis := markup.Mask(markup.Markdown, []byte(src))
	fmt.Println(len(analysis) == len(src))
	fmt.Printf("%q\n", strings.TrimSpace(analysis))
	// Output:
	// true
	// "Talks\n\nAccording to  TASS                  , talks  began ."
}
