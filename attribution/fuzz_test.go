package attribution

import (
	"strings"
	"testing"
	"unicode"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// FuzzTag checks the tagger's invariants on any input: every claim, source
// and cue span lies inside its sentence and the input, sources and cues
// read back as the input at their spans, ids are sequential, and the same
// input gives the same claims.
func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"The Kremlin said that talks had stalled.",
		"“We are ready,” said Peskov. “Are you?”\n\nPrices rose, officials said.",
		"According to TASS, it was reported by RIA Novosti that the sides “agreed”.",
		"Quote from Medinsky: “A thousand for a thousand.”",
		"”x,” y said. “",
		"\xff\xfe said “\x00",
	} {
		f.Add(s)
	}
	lex, err := lexicon.Default()
	if err != nil {
		f.Fatal(err)
	}
	tg := New(lex, Config{Publisher: "Desk"})
	f.Fuzz(func(t *testing.T, text string) {
		doc := claims.NewDocument("fuzz.txt", []byte(text))
		// One sentence a line: the splitter has its own fuzz test, and
		// loading its model per input would make this one crawl.
		sents := lineSentences(doc)
		cs := tg.Tag(doc, sents)
		again := tg.Tag(doc, sents)
		if len(again) != len(cs) {
			t.Fatalf("not deterministic: %d then %d claims", len(cs), len(again))
		}
		for i, c := range cs {
			if c.ID == "" || (i > 0 && c.ID <= cs[i-1].ID && len(c.ID) == len(cs[i-1].ID)) {
				t.Fatalf("claim %d: id %q after %q", i, c.ID, cs[max(i-1, 0)].ID)
			}
			if c.Sentence.Start < 0 || c.Sentence.End > len(text) || !c.Sentence.Contains(c.Span) || c.Span.Empty() {
				t.Fatalf("claim %s: span %v outside sentence %v (len %d)", c.ID, c.Span, c.Sentence, len(text))
			}
			if c.Source != nil {
				if c.Source.Span.End > len(text) || c.Source.Span.Start < 0 || doc.Slice(c.Source.Span) != c.Source.Text {
					t.Fatalf("claim %s: source %q at %v", c.ID, c.Source.Text, c.Source.Span)
				}
				if len(c.Sides) == 0 || c.Cue == "" {
					t.Fatalf("claim %s: attributed without sides or cue", c.ID)
				}
			}
			if c.Cue != "" && doc.Slice(c.CueSpan) != c.Cue {
				t.Fatalf("claim %s: cue %q at %v", c.ID, c.Cue, c.CueSpan)
			}
			if again[i].Span != c.Span || again[i].Stance != c.Stance {
				t.Fatalf("claim %s: not deterministic", c.ID)
			}
		}
	})
}

// lineSentences makes one sentence of each line's trimmed text.
func lineSentences(doc *claims.Document) []claims.Sentence {
	var out []claims.Sentence
	start := 0
	for i := 0; i <= len(doc.Text); i++ {
		if i < len(doc.Text) && doc.Text[i] != '\n' {
			continue
		}
		line := doc.Text[start:i]
		trimmed := strings.TrimLeftFunc(line, unicode.IsSpace)
		from := start + len(line) - len(trimmed)
		trimmed = strings.TrimRightFunc(trimmed, unicode.IsSpace)
		if trimmed != "" {
			sp := claims.Span{Start: from, End: from + len(trimmed)}
			out = append(out, claims.Sentence{Span: sp, Text: doc.Slice(sp), Block: len(out), Layout: claims.LayoutParagraph})
		}
		start = i + 1
	}
	return out
}
