// Package newsgen writes news-like text for benchmarks and equality tests:
// reports, denials, no-comment lines, quotes, headlines, bulleted
// takeaways, time stamps and datelines, with the abbreviations, numbers,
// curly quotes and non-ASCII names of wire copy. The text is made from
// templates and a seeded generator, so the same arguments always give the
// same bytes, and the repository ships no third-party text.
package newsgen

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// Article returns an article of at least size bytes (a headline, then
// paragraphs, takeaways and updates) generated from seed. It stops at the
// end of the paragraph that reaches size.
func Article(seed uint64, size int) []byte {
	g := newGen(seed)
	var b strings.Builder
	b.Grow(size + 1024)
	g.headline(&b)
	for b.Len() < size {
		g.block(&b)
	}
	return []byte(b.String())
}

// Corpus returns ref followed by generated paragraphs (seed 1) until the
// text holds at least size bytes: the reference article at the head of a
// text of the size a benchmark wants.
func Corpus(ref []byte, size int) []byte {
	g := newGen(1)
	var b strings.Builder
	b.Grow(size + 1024)
	b.Write(ref)
	if len(ref) > 0 && !strings.HasSuffix(string(ref), "\n") {
		b.WriteString("\n")
	}
	b.WriteString("\n")
	for b.Len() < size {
		g.block(&b)
	}
	return []byte(b.String())
}

// Batch returns n small articles of 2 to 6 KB each (a headline, then a
// few paragraphs), article i made from seed i+1.
func Batch(n int) [][]byte {
	out := make([][]byte, n)
	for i := range out {
		size := 2000 + int(newGen(uint64(i+1)).r.IntN(4000))
		out[i] = Article(uint64(i+1), size)
	}
	return out
}

// gen draws sentences from templates.
type gen struct {
	r *rand.Rand
}

func newGen(seed uint64) *gen { return &gen{r: rand.New(rand.NewPCG(seed, 0x6e657773))} }

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

var (
	officials = []string{"Dmitry Peskov", "Marco Rubio", "Alexander Darchiev", "Sonata Coulter", "Rustem Umierov",
		"Hakan Fidan", "Mevlüt Çavuşoğlu", "Volodymyr Zelenskyy", "Kaja Kallas", "Antonio Guterres", "Maria Zakharova",
		"Andrii Sybiha", "Ursula von der Leyen", "Kirill Dmitriev", "Annalena Baerbock"}
	titles = []string{"Kremlin spokesman", "Secretary of State", "Ambassador", "Deputy Assistant Secretary",
		"Defence Minister", "Foreign Minister", "EU foreign policy chief", "UN Secretary-General", "spokeswoman"}
	bodies = []string{"the Kremlin", "the State Department", "the Russian Foreign Ministry", "Ukraine's Foreign Ministry",
		"the White House", "the European Commission", "NATO", "the U.N. Security Council", "the Turkish government",
		"the Pentagon", "the Ministry of Defence", "Gazprom", "the central bank"}
	media = []string{"Reuters", "AP", "TASS", "RIA Novosti", "RBC-Ukraine", "Bloomberg", "Interfax", "Ukrainska Pravda",
		"pro-Kremlin media", "Russian state TV", "The Wall Street Journal", "Politico"}
	anonymous = []string{"a senior diplomat", "two people familiar with the talks", "a source in the delegation",
		"an official who asked not to be named", "sources close to the negotiations", "a Western intelligence official"}
	places = []string{"Istanbul", "Geneva", "Riyadh", "Kyiv", "Moscow", "Washington", "Vienna", "Doha", "Ankara",
		"Brussels", "Jeddah", "Türkiye", "the Black Sea", "Zaporizhzhia", "Kharkiv", "Odesa"}
	topics = []string{"direct flights", "air travel", "the embassies", "sanctions relief", "a prisoner exchange",
		"grain exports", "the energy ceasefire", "visa rules", "diplomatic property", "the Black Sea deal",
		"the work of diplomatic missions", "a 30-day ceasefire", "security guarantees", "frozen assets",
		"the nuclear power plant", "gas transit", "the peace plan", "troop withdrawals"}
	outcomes = []string{"will resume", "could be restored", "were discussed", "remain suspended", "are on the agenda",
		"will be expanded", "is not on the agenda", "was agreed in principle", "will be discussed later",
		"has been postponed", "depends on Washington", "requires more time"}
	reportVerbs = []string{"said", "told reporters", "claimed", "stressed", "noted", "announced", "wrote on X",
		"said in a statement", "told journalists", "insisted", "argued", "reported", "confirmed", "warned"}
	denyVerbs = []string{"denied", "rejected claims", "dismissed reports", "refuted allegations"}
	hedges    = []string{"allegedly", "reportedly", "supposedly", "apparently", "so-called"}
	units     = []string{"hours", "days", "weeks", "flights", "diplomats", "prisoners", "drones", "tonnes", "percent"}
	months    = []string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}
	weekdays  = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
	quotes    = []string{"will last several hours", "reached the middle", "the discussions are calm and constructive",
		"no one is talking about a ceasefire", "we are ready to talk, but not on these terms",
		"the ball is in Russia's court", "there is no agreement yet", "it is too early to speak of results",
		"we do not understand who will benefit", "this is a step in the right direction"}
)

// cap upper-cases the first letter of s.
func cap(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// source is a named, institutional, media or anonymous source.
func (g *gen) source() string {
	switch g.r.IntN(5) {
	case 0:
		return g.pick(titles) + " " + g.pick(officials)
	case 1:
		return g.pick(officials)
	case 2:
		return g.pick(bodies)
	case 3:
		return g.pick(media)
	}
	return g.pick(anonymous)
}

func (g *gen) time() string {
	h, m := 1+g.r.IntN(12), g.r.IntN(60)
	return fmt.Sprintf("%d:%02d %s", h, m, g.pick([]string{"a.m.", "p.m."}))
}

func (g *gen) date() string {
	return fmt.Sprintf("%s %d", g.pick(months), 1+g.r.IntN(28))
}

func (g *gen) number() string {
	switch g.r.IntN(5) {
	case 0:
		return fmt.Sprintf("%d-%d", 2+g.r.IntN(4), 6+g.r.IntN(4))
	case 1:
		return fmt.Sprintf("$%d.%d billion", 1+g.r.IntN(90), g.r.IntN(10))
	case 2:
		return fmt.Sprintf("%d.%d%%", g.r.IntN(20), g.r.IntN(10))
	case 3:
		return g.pick([]string{"three", "five", "a dozen", "several", "dozens of"})
	}
	return fmt.Sprint(2 + g.r.IntN(500))
}

// sentence returns one sentence from a random template.
func (g *gen) sentence() string {
	switch g.r.IntN(18) {
	case 0:
		return fmt.Sprintf("%s %s that talks on %s %s in %s.", cap(g.source()), g.pick(reportVerbs), g.pick(topics), g.pick(outcomes), g.pick(places))
	case 1:
		return fmt.Sprintf("Talks in %s on %s lasted %s %s, %s %s.", g.pick(places), g.pick(topics), g.number(), g.pick(units), g.source(), g.pick(reportVerbs))
	case 2:
		return fmt.Sprintf("%s %s, according to %s.", cap(g.pick(topics)), g.pick(outcomes), g.source())
	case 3:
		return fmt.Sprintf("%s has not yet commented on %s.", cap(g.source()), g.pick(topics))
	case 4:
		return fmt.Sprintf("%s %s that %s %s.", cap(g.source()), g.pick(denyVerbs), g.pick(topics), g.pick(outcomes))
	case 5:
		return fmt.Sprintf("“%s,” %s %s.", cap(g.pick(quotes)), g.source(), g.pick(reportVerbs))
	case 6:
		return fmt.Sprintf("%s said the talks “%s” and that %s %s.", cap(g.source()), g.pick(quotes), g.pick(topics), g.pick(outcomes))
	case 7:
		return fmt.Sprintf("The meeting in %s started at %s and %s.", g.pick(places), g.time(), g.pick([]string{"was closed to the press", "ended early", "lasted into the night", "went on for several hours"}))
	case 8:
		return fmt.Sprintf("Mr. %s met Dr. %s in %s on %s, %s.", g.pick(officials), g.pick(officials), g.pick(places), g.pick(weekdays), g.date())
	case 9:
		return fmt.Sprintf("The U.S. delegation is %s %s by %s %s, %s reported.", g.pick(hedges), g.pick([]string{"led", "headed", "accompanied"}), g.pick(titles), g.pick(officials), g.pick(media))
	case 10:
		return fmt.Sprintf("%s %s %s %s in %s (%s).", cap(g.pick(bodies)), g.pick([]string{"spent", "lost", "shipped", "expects"}), g.number(), g.pick(units), g.date(), g.pick([]string{"official data", "preliminary figures", "a statement", "estimates"}))
	case 11:
		return fmt.Sprintf("Will %s %s? %s did not say.", g.pick(topics), g.pick([]string{"change anything", "be enough", "survive the winter"}), cap(g.source()))
	case 12:
		return fmt.Sprintf("%s – which %s %s – %s.", cap(g.pick(topics)), g.source(), g.pick([]string{"called “unacceptable”", "described as a priority", "had proposed"}), g.pick(outcomes))
	case 13:
		return fmt.Sprintf("Commenting on %s, %s said the idea was “%s…”", g.pick(topics), g.source(), g.pick(quotes))
	case 14:
		return fmt.Sprintf("%s called this issue one of the main ones at the consultations.", cap(g.source()))
	case 15:
		return fmt.Sprintf("In total, the talks could take %s %s, %s %s.", g.number(), g.pick(units), g.pick(anonymous), g.pick([]string{"said", "added", "estimated"}))
	case 16:
		return fmt.Sprintf("%s wrote that the parties have %s “discussed %s.”", cap(g.pick(media)), g.pick(hedges), g.pick(topics))
	}
	return fmt.Sprintf("This was stated by %s in an interview with %s.", g.source(), g.pick(media))
}

func (g *gen) headline(b *strings.Builder) {
	fmt.Fprintf(b, "%s talks in %s: %s\n\n", g.pick([]string{"US-Russia", "EU-Ukraine", "Turkey-brokered", "New round of"}), g.pick(places), g.pick([]string{"agenda and what's known so far", "what we know", "key points", "live updates"}))
}

// block writes one layout block: usually a paragraph, sometimes a list of
// takeaways, an update with a time stamp, a dateline paragraph or a
// subheading.
func (g *gen) block(b *strings.Builder) {
	switch n := g.r.IntN(20); {
	case n == 0:
		b.WriteString("Key takeaways:\n")
		for range 2 + g.r.IntN(4) {
			b.WriteString("- ")
			b.WriteString(g.sentence())
			b.WriteString("\n")
		}
	case n == 1:
		fmt.Fprintf(b, "Updated %s Kyiv time. %s %s\n", g.time(), g.sentence(), g.sentence())
	case n == 2:
		fmt.Fprintf(b, "%s (%s) — %s %s\n", strings.ToUpper(g.pick(places[:9])), g.pick(media[:3]), g.sentence(), g.sentence())
	case n == 3:
		fmt.Fprintf(b, "What to know about %s\n", g.pick(topics))
	case n == 4:
		fmt.Fprintf(b, "Read also: %s %s\n", cap(g.pick(topics)), g.pick(outcomes))
	default:
		k := 2 + g.r.IntN(5)
		for i := range k {
			if i > 0 {
				b.WriteString(" ")
			}
			b.WriteString(g.sentence())
		}
		b.WriteString("\n")
	}
	if g.r.IntN(3) == 0 {
		b.WriteString("\n")
	}
}
