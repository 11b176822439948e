package main

import (
	"context"
	"io"
	"sync"

	"github.com/claimtrace/claimtrace/markup"
	"github.com/claimtrace/claimtrace/report"
)

// batch analyses many inputs on several goroutines and hands the results
// over in input order.
type batch struct {
	p     *pipeline
	stdin io.Reader // read for the input "-"
	jobs  int       // goroutines that read and analyse; below 1 means 1
	// window bounds the inputs read but not yet emitted: a slow input
	// holds back at most window-1 finished ones, so memory does not grow
	// with the number of inputs. Below jobs means 2*jobs.
	window int
	done   func() // called after each input is emitted (progress); may be nil

	in        *inputLimits  // limits on each input; nil means the defaults
	format    markup.Format // the format of every input; "" reads it from each file's extension (see maskMarkup)
	stdinName string        // the name stdin ("-") is reported under, and whose extension gives its format; "" keeps "-"
}

// run reads and analyses paths and calls emit with each analysis in the
// order of paths, as soon as it and all inputs before it are done. It stops
// at the first input (in path order) that fails, or the first error from
// emit, and returns that error; inputs after it are not emitted.
func (b *batch) run(ctx context.Context, paths []string, emit func(*report.Analysis) error) error {
	jobs := max(b.jobs, 1)
	window := b.window
	if window < jobs {
		window = 2 * jobs
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type task struct {
		i    int
		path string
	}
	type result struct {
		i   int
		a   report.Analysis
		err error
	}
	tasks := make(chan task)
	results := make(chan result, jobs)
	slots := make(chan struct{}, window) // one per input in flight or awaiting its turn

	go func() {
		defer close(tasks)
		for i, path := range paths {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return
			}
			select {
			case tasks <- task{i, path}:
			case <-ctx.Done():
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for t := range tasks {
				r := result{i: t.i}
				doc, err := b.in.readInput(t.path, b.stdin)
				if err == nil {
					if t.path == "-" && b.stdinName != "" {
						doc.Path = b.stdinName
					}
					maskMarkup(doc, b.format) // suppression comments are check's; analyze reports every claim
					r.a, err = b.p.analyze(doc)
				}
				r.err = err
				select {
				case results <- r:
				case <-ctx.Done():
					return
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	// Reorder: keep results that arrive early until their turn.
	pending := make(map[int]result, window)
	next := 0
	var err error
	for r := range results {
		if err != nil {
			continue // drain, so that every worker can return
		}
		pending[r.i] = r
		for {
			q, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if q.err != nil {
				err = q.err
			} else {
				err = emit(&q.a)
			}
			if err != nil {
				cancel()
				break
			}
			<-slots
			if b.done != nil {
				b.done()
			}
		}
	}
	if err == nil && next < len(paths) {
		err = ctx.Err() // cancelled by the caller
	}
	return err
}
