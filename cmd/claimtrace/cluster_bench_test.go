package main

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

// generatedArticle returns a news-like text of n sentences built from
// varied templates (reported speech, denials, no comment, takeaways,
// numbers, names), five sentences a paragraph, the same on every call.
func generatedArticle(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	actors := []string{"the Kremlin", "the State Department", "Marco Rubio", "Dmitry Peskov", "the Russian Foreign Ministry",
		"Ukrainian officials", "pro-Kremlin media", "a senior diplomat", "the ambassador", "Reuters"}
	cues := []string{"said that", "told reporters that", "claimed that", "denied that", "reported that", "confirmed that"}
	places := []string{"Istanbul", "Geneva", "Riyadh", "Kyiv", "Moscow", "Washington", "Vienna", "Doha"}
	topics := []string{"direct flights", "air travel", "the embassies", "sanctions relief", "a prisoner exchange",
		"grain exports", "the energy ceasefire", "visa rules", "diplomatic property", "the Black Sea deal"}
	verbs := []string{"will resume", "could be restored", "were discussed", "remain suspended", "are on the agenda", "will be expanded"}
	units := []string{"hours", "days", "weeks", "flights", "diplomats"}
	templates := []func() string{
		func() string {
			return fmt.Sprintf("%s %s talks on %s %s in %s.", cap(pick(actors)), pick(cues), pick(topics), pick(verbs), pick(places))
		},
		func() string {
			return fmt.Sprintf("Talks in %s on %s lasted %d %s, %s said.", pick(places), pick(topics), 1+r.IntN(9), pick(units), pick(actors))
		},
		func() string {
			return fmt.Sprintf("%s %s, according to %s.", cap(pick(topics)), pick(verbs), pick(actors))
		},
		func() string {
			return fmt.Sprintf("%s has not yet commented on %s.", cap(pick(actors)), pick(topics))
		},
		func() string { return fmt.Sprintf("%s called this issue one of the main ones.", cap(pick(actors))) },
		func() string {
			return fmt.Sprintf("The meeting in %s started at %d:00 a.m. and %s.", pick(places), 8+r.IntN(4), pick([]string{"was closed", "ended early", "lasted into the night"}))
		},
		func() string {
			return fmt.Sprintf("Commenting on %s, %s said he “does not understand who will benefit.”", pick(topics), pick(actors))
		},
		func() string {
			return fmt.Sprintf("The delegation of %s is headed by %s, %s added.", pick(places), pick([]string{"Alexander Darchiev", "Sonata Coulter", "Kirill Dmitriev"}), pick(actors))
		},
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(templates[r.IntN(len(templates))]())
		if i%5 == 4 {
			b.WriteString("\n\n")
		} else {
			b.WriteString(" ")
		}
	}
	return []byte(b.String())
}

func cap(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

// benchDoc analyses the generated article once, for the benchmarks below.
func benchDoc(b *testing.B) (*pipeline, *claims.Document, []claims.Claim) {
	b.Helper()
	p, err := newPipeline(nil, "Daily")
	if err != nil {
		b.Fatal(err)
	}
	doc := claims.NewDocument("generated.txt", generatedArticle(5000))
	a, err := p.analyze(doc)
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("%d bytes, %d claims", len(doc.Text), len(a.Claims))
	return p, doc, a.Claims
}

// BenchmarkCluster measures clustering and provenance alone on a
// generated 5,000-sentence article; compare with BenchmarkAnalyze_5000.
func BenchmarkCluster(b *testing.B) {
	p, doc, cs := benchDoc(b)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		p.clusterer.Cluster(doc, cs) // provenance included
	}
}

// BenchmarkAnalyze_5000 measures the whole analyze pipeline (split, tag,
// cluster, provenance) on the same article as BenchmarkCluster.
func BenchmarkAnalyze_5000(b *testing.B) {
	p, doc, _ := benchDoc(b)
	b.SetBytes(int64(len(doc.Text)))
	for b.Loop() {
		if _, err := p.analyze(doc); err != nil {
			b.Fatal(err)
		}
	}
}
