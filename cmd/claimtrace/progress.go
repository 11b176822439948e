package main

import (
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// progressMin is the number of inputs above which a batch shows a progress
// bar: a few files finish before a bar would help.
const progressMin = 20

// isTerminal reports whether w is a terminal: a progress bar is drawn for a
// person watching, never into a pipe, a file or a CI log.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// newProgress returns a progress bar over n inputs drawn on stderr, or nil
// when stderr is not a terminal or the batch is small. The bar is cleared
// when it finishes, so only the command's own output remains.
func newProgress(stderr io.Writer, n int) *progressbar.ProgressBar {
	if n <= progressMin || !isTerminal(stderr) {
		return nil
	}
	return progressbar.NewOptions(n,
		progressbar.OptionSetWriter(stderr),
		progressbar.OptionSetDescription("analyze"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
