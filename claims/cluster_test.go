package claims

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"flights", "flight"}, {"flight", "flight"},
		{"closed", "clos"}, {"close", "clos"}, {"closes", "clos"},
		{"resuming", "resum"}, {"resume", "resum"}, {"resumed", "resum"},
		{"running", "run"}, {"called", "call"}, {"embassies", "embassy"},
		{"discussions", "discussion"}, {"discussed", "discuss"},
		{"proposal", "proposal"}, {"us", "us"}, {"this", "this"}, {"analysis", "analysis"},
		{"need", "need"}, {"türkiye", "türkiye"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			assert.Equal(t, tt.want, stem(tt.in))
		})
	}
}

// words returns the words of text, read with a vocab of their own.
func words(text string) []word { return wordsWith(nil, text, 0, len(text), newVocab(nil)) }

func TestWords(t *testing.T) {
	text := "The U.S.-Russia talks at 10:00 a.m. lasted 4-5 hours, Putin’s aide said; three 30-day pauses."
	var got []string
	for _, w := range words(text) {
		s := w.lx.text
		if w.lx.number != "" {
			s = "#" + w.lx.number
		}
		got = append(got, s)
		assert.Equal(t, w.lx.text, text[w.Span.Start:w.Span.End], "span of %q", w.lx.text)
	}
	assert.Equal(t, []string{"The", "U.S", "Russia", "talks", "at", "#10:00", "a.m", "lasted", "#4-5", "hours",
		"Putin", "aide", "said", "#3", "#30", "day", "pauses"}, got)
}

// testDoc builds claims from lines of text, one claim a line. A line may
// mark its source and cue as "SOURCE | CUE | CONTENT", with text outside
// all three as "TEXT | SOURCE | CUE | CONTENT" (the sentence is the parts
// joined by spaces) and end in " #STANCE" ("#no-comment") for a
// stance other than asserts.
func testDoc(lines []string) (*Document, []Claim) {
	var b strings.Builder
	type part struct{ pre, src, cue, content string }
	var parts []part
	var stances []Stance
	for _, l := range lines {
		st := Asserts
		if i := strings.LastIndex(l, " #"); i >= 0 {
			l, st = l[:i], Stance(l[i+2:])
		}
		p := part{content: l}
		switch f := strings.Split(l, " | "); len(f) {
		case 3:
			p = part{"", f[0], f[1], f[2]}
		case 4:
			p = part{f[0], f[1], f[2], f[3]}
		}
		parts = append(parts, p)
		stances = append(stances, st)
	}
	var cs []Claim
	for i, p := range parts {
		start := b.Len()
		at := func(s string) Span {
			if s == "" {
				return Span{}
			}
			j := strings.Index(b.String()[start:], s)
			return Span{start + j, start + j + len(s)}
		}
		sent := strings.TrimSpace(strings.Join([]string{p.pre, p.src, p.cue, p.content}, " "))
		b.WriteString(sent)
		c := Claim{ID: "c" + string(rune('a'+i)), Sentence: Span{start, b.Len()}, Span: at(p.content), Stance: stances[i]}
		if p.src != "" {
			c.Source = &Source{Text: p.src, Span: at(p.src)}
			c.CueSpan = at(p.cue)
			c.Cue = p.cue
		}
		cs = append(cs, c)
		b.WriteString("\n")
	}
	return NewDocument("t.txt", []byte(b.String())), cs
}

var testTopics = []Topic{
	{Name: "flights", Phrases: []string{"direct flights", "flights", "air travel"}},
	{Name: "resume", Phrases: []string{"resume", "resumption", "restore"}},
	{Name: "talks", Phrases: []string{"talks", "negotiations"}},
	{Name: "Norway", Phrases: []string{"Norway", "Norwegian", "Oslo"}},
}

func TestClusterer_Cluster(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []string // cluster id of each claim
	}{
		{"topic synonyms and stems",
			[]string{"The airline will resume air travel to Lisbon next spring.", "Direct flights to Lisbon will be restored in spring, the airline said."},
			[]string{"k1", "k1"}},
		{"names must agree",
			[]string{"Direct flights to Lisbon will resume in spring.", "Direct flights to Madrid will resume in spring."},
			[]string{"", ""}},
		{"name topics stand for one name",
			[]string{"Direct flights to Oslo will resume in spring.", "Norwegian officials expect flights to resume in spring."},
			[]string{"k1", "k1"}},
		{"numbers of one unit must agree",
			[]string{"The dock strike at the port lasted three days.", "The dock strike at the port lasted five days."},
			[]string{"", ""}},
		{"number words equal digits",
			[]string{"The dock strike at the port lasted three days.", "Workers ended the dock strike at the port after 3 days."},
			[]string{"k1", "k1"}},
		{"numbers of different units do not conflict",
			[]string{"The dock strike at the port began on March 3.", "The dock strike at the port, which began in March, cost 40 jobs."},
			[]string{"k1", "k1"}},
		{"stop words are no evidence",
			[]string{"It is what it is, and it was there.", "What it was, it is there and it is."},
			[]string{"", ""}},
		{"one shared word is not enough",
			[]string{"The harbour bridge will close for repairs.", "The harbour museum reopened after a storm."},
			[]string{"", ""}},
		{"generic anaphor joins the claim before",
			[]string{"The council wants to ban diesel cars from the old town.", "The mayor | called | this issue urgent."},
			[]string{"k1", "k1"}},
		{"anaphor that points forward is none",
			[]string{"The council wants to ban diesel cars from the old town.", "The issue of parking fees was not raised."},
			[]string{"", ""}},
		{"specific anaphor finds its root",
			[]string{"The union proposed a four-day week for nurses.", "Wages rose by two percent in March.", "The employers | rejected | the proposal outright."},
			[]string{"k1", "", "k1"}},
		{"the report after a claim reported in the sentence before",
			[]string{"The port authority | told | reporters that talks failed.", "A local paper | reported | that three ships had left the harbour.",
				"The union | has not commented | on the report. #no-comment"},
			[]string{"", "k1", "k1"}},
		{"a possessive and remarks join the claim before",
			[]string{"The port authority | said | that the strike had cost two million euros.", "The union | has not commented | on his remarks. #no-comment"},
			[]string{"k1", "k1"}},
		{"claims by their source refer back",
			[]string{"The port authority | said | that the strike had cost two million euros.", "The union | rejected | the claims by the port authority. #disputes"},
			[]string{"k1", "k1"}},
		{"a possessive in an assertion refers to its own",
			[]string{"The port authority | said | that the strike had cost two million euros.", "Dock workers | told | reporters their words had been ignored for months."},
			[]string{"", ""}},
		{"topic named outside the content",
			[]string{"Airlines want to resume direct flights to Lisbon.", "Fuel prices rose sharply in June.",
				"Asked about the resumption of air travel, | the minister | said | that nobody would fly there soon."},
			[]string{"k1", "", "k1"}},
		{"no comment joins the matter it names",
			[]string{"The border talks with Chile resumed in Geneva on Monday.", "Rain fell in the capital.",
				"The ministry | declined to comment | on the border talks with Chile. #no-comment"},
			[]string{"k1", "", "k1"}},
		{"short content is compared by its sentence",
			[]string{"Critics | write | that the school reform is “rushed and careless”.", "Teachers unions call the school reform rushed and careless."},
			[]string{"k1", "k1"}},
		{"ids in order of first member",
			[]string{"Ferry services to the island resume on Friday.", "The museum reopens its east wing in May after renovation.",
				"Ferry services to the island will resume on Friday, the operator said.", "The east wing of the museum reopens in May after a renovation."},
			[]string{"k1", "k2", "k1", "k2"}},
	}
	k := NewClusterer(testTopics)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, cs := testDoc(tt.lines)
			k.Cluster(doc, cs)
			var got []string
			for _, c := range cs {
				got = append(got, c.Cluster)
			}
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestClusterer_Provenance(t *testing.T) {
	doc, cs := testDoc([]string{
		"Direct flights to Oslo will resume in May.",
		"The transport ministry | said | that direct flights to Oslo would resume in May.",
		"The airline | confirmed | that flights to Oslo resume in May. #confirms",
		"Critics | disputed | that flights to Oslo would resume in May. #disputes",
		"The council wants to ban diesel cars from the old town.",
		"The mayor | called | this issue urgent.",
	})
	k := NewClusterer(testTopics)
	k.Cluster(doc, cs)
	assert.Equal(t, []string{"k1", "k1", "k1", "k1", "k2", "k2"}, []string{cs[0].Cluster, cs[1].Cluster, cs[2].Cluster, cs[3].Cluster, cs[4].Cluster, cs[5].Cluster})
	assert.Equal(t, []string{"cb", "cc"}, cs[0].Provenance, "a restatement rests on the claims that assert or confirm it")
	assert.Empty(t, cs[4].Provenance, "an anaphor refers to a claim; it does not restate it")
	for _, c := range cs[1:4] {
		assert.Empty(t, c.Provenance, "%s: attributed claims have no provenance", c.ID)
	}
}

func TestClusterer_ProvenanceNotFromItsOwnSentence(t *testing.T) {
	// A sentence in the publisher's voice that reports a claim ("X's
	// statement that A was seen as a threat") does not rest on it.
	text := "The operator's statement that ferry services to the island resume on Friday was seen as a promise.\n" +
		"Ferry services to the island resume on Friday, the operator said.\n"
	doc := NewDocument("t.txt", []byte(text))
	first := Span{0, strings.Index(text, "\n")}
	second := Span{first.End + 1, len(text) - 1}
	at := func(s string, in Span) Span {
		i := strings.Index(text[in.Start:in.End], s)
		return Span{in.Start + i, in.Start + i + len(s)}
	}
	content := "ferry services to the island resume on Friday"
	cs := []Claim{
		{ID: "c01", Sentence: first, Span: first, Stance: Asserts},
		{ID: "c02", Sentence: first, Span: at(content, first), Stance: Asserts, Cue: "statement",
			Source: &Source{Text: "The operator's", Span: at("The operator's", first)}, CueSpan: at("statement", first)},
		{ID: "c03", Sentence: second, Span: at("Ferry services to the island resume on Friday", second), Stance: Asserts, Cue: "said",
			Source: &Source{Text: "the operator", Span: at("the operator", second)}, CueSpan: at("said", second)},
	}
	NewClusterer(testTopics).Cluster(doc, cs)
	require.NotEmpty(t, cs[0].Cluster, "the three claims state one thing")
	assert.Equal(t, cs[0].Cluster, cs[1].Cluster)
	assert.Equal(t, []string{"c03"}, cs[0].Provenance, "the claim of its own sentence is reported, not restated")
}

func TestCluster_deterministic(t *testing.T) {
	doc, cs := testDoc([]string{"Ferry services to the island resume on Friday.", "Ferry services to the island will resume on Friday."})
	cs[0].Cluster, cs[1].Cluster = "stale", "stale"
	Cluster(doc, cs, nil)
	assert.Equal(t, "k1", cs[0].Cluster)
	assert.Equal(t, "k1", cs[1].Cluster)
}

func TestClusterer_sameWords(t *testing.T) {
	// Two sources on the same words of one sentence state one thing,
	// however few terms the words hold and whatever names the rest of the
	// sentence gives each claim.
	text := "Russia claims to have captured the village, which Ukraine denies.\nRain fell.\n"
	doc := NewDocument("t.txt", []byte(text))
	span := func(s string) Span { i := strings.Index(text, s); return Span{i, i + len(s)} }
	sent, content := span("Russia claims to have captured the village, which Ukraine denies."), span("to have captured the village")
	cs := []Claim{
		{ID: "c1", Sentence: sent, Span: content, Source: &Source{Text: "Russia", Span: span("Russia")}, Cue: "claims", CueSpan: span("claims"), Stance: Asserts},
		{ID: "c2", Sentence: sent, Span: content, Source: &Source{Text: "Ukraine", Span: span("Ukraine")}, Cue: "denies", CueSpan: span("denies"), Stance: Denies},
		{ID: "c3", Sentence: span("Rain fell."), Span: span("Rain fell."), Stance: Asserts},
	}
	NewClusterer(testTopics).Cluster(doc, cs)
	assert.Equal(t, []string{"k1", "k1", ""}, []string{cs[0].Cluster, cs[1].Cluster, cs[2].Cluster})
}

func TestClusterer_pointsBack(t *testing.T) {
	// A response whose content is only "this" joins the claim before it.
	doc, cs := testDoc([]string{
		"Rain fell in the capital.",
		"According to the ambassador, | the envoy | said | direct flights were one of the main issues.",
		"The American side | did not confirm | this.",
	})
	NewClusterer(testTopics).Cluster(doc, cs)
	assert.Equal(t, []string{"", "k1", "k1"}, []string{cs[0].Cluster, cs[1].Cluster, cs[2].Cluster})
}

// TestWordsSpace checks each word's Space against its definition: only
// spaces, tabs and hyphens or dashes up to the next word, and none after
// the last. Texts are padded, and read twice with one vocab, so that
// plainWords reads them the second time.
func TestWordsSpace(t *testing.T) {
	for _, text := range []string{
		"The 4-5 hours of talks in US–Russia format, Putin’s aide said - at\tnoon - then left ",
		"Talks resumed; officials met again -- briefly. Diplomats internationally agreed",
		"a b c d e f g h i j k l m n o p q r s t u v w x y z",
	} {
		text += strings.Repeat(".", 16)
		v := newVocab(nil)
		first := wordsWith(nil, text, 0, len(text), v)
		ws := wordsWith(nil, text, 0, len(text), v)
		assert.Equal(t, first, ws)
		for k, w := range ws {
			want := k+1 < len(ws) && onlySpace(text[w.Span.End:ws[k+1].Span.Start])
			assert.Equal(t, want, w.Space, "%q in %q", text[w.Span.Start:w.Span.End], text)
		}
	}
}
