package policy

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
	"github.com/claimtrace/claimtrace/markup"
)

// constructed returns a document and hand-made claims for the rule tests:
// the rules read only Claim fields, so they are tested without the tagger.
func constructed(t *testing.T) (Document, *lexicon.Lexicon) {
	t.Helper()
	text := "Talks began at 10:00.\n" + // c1: publisher, restates c3 only
		"Moscow, in its Usual   manner, flouts the rules.\n" + // c2: publisher, loaded
		"Talks began at 10:00, TASS reported.\n" + // c3: pro-Kremlin media, unhedged
		"Talks allegedly began, TASS claims.\n" + // c4: pro-Kremlin media, hedged
		"Sources said talks began.\n" + // c5: anonymous
		"Flights resume, Rubio said and TASS wrote.\n" + // c6: restated by c7, two sides
		"Flights resume.\n" + // c7: publisher, restates c6 and c3 (two sides)
		"The deal is said to be close.\n" // c8: agentless, no source mention
	doc := claims.NewDocument("t.md", []byte(text))
	span := func(s string) claims.Span {
		i := indexOf(text, s)
		require.GreaterOrEqual(t, i, 0, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	tass := &claims.Source{Text: "TASS", Name: "TASS", Type: claims.TypeMedia}
	cs := []claims.Claim{
		{ID: "c1", Span: span("Talks began at 10:00."), Sides: []string{"P"}, Provenance: []string{"c3"}},
		{ID: "c2", Span: span("Moscow, in its Usual   manner, flouts the rules."), Sides: []string{"P"}},
		{ID: "c3", Span: span("Talks began at 10:00, TASS reported."), Source: tass, Sides: []string{"pro-Kremlin media"}, Stance: claims.Asserts},
		{ID: "c4", Span: span("Talks allegedly began, TASS claims."), Source: tass, Sides: []string{"pro-Kremlin media"}, Hedged: true},
		{ID: "c5", Span: span("Sources said talks began."), Source: &claims.Source{Text: "Sources", Type: claims.TypeAnonymous}, Sides: []string{"unknown"}},
		{ID: "c6", Span: span("Flights resume, Rubio said and TASS wrote."), Source: &claims.Source{Text: "Rubio", Type: claims.TypeOfficial}, Sides: []string{"US"}},
		{ID: "c7", Span: span("Flights resume."), Sides: []string{"P"}, Provenance: []string{"c6", "c3"}},
		{ID: "c8", Span: span("The deal is said to be close."), Agentless: true, Cue: "is said to", Sides: []string{"unknown"}, Hedged: true},
	}
	lex := &lexicon.Lexicon{
		Sides:  []lexicon.Side{{Name: "US"}, {Name: "pro-Kremlin media", Distance: true}},
		Loaded: []lexicon.Loaded{{Phrase: "in its usual manner"}, {Phrase: "flouts the rules"}, {Phrase: "usual"}},
	}
	return Document{Doc: doc, Claims: cs, Publisher: "P"}, lex
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestChecker_Check(t *testing.T) {
	d, lex := constructed(t)
	k := NewChecker(Default("."), lex)
	got := k.Check(d)
	type short struct{ Rule, Claim, Message string }
	var s []short
	for _, f := range got {
		s = append(s, short{f.Rule, f.Claim, f.Message})
		assert.Equal(t, d.Doc.Text[f.Span.Start:f.Span.End], f.Text)
		assert.Equal(t, d.Doc.Position(f.Span.Start), f.Start)
	}
	assert.Equal(t, []short{
		{SingleSourceRestatement, "c1", "states as fact what only pro-Kremlin media said (line 3); attribute it to pro-Kremlin media or add a source from another side"},
		{UnattributedClaim, "c1", "states a claim in the publisher's own voice without a source"},
		{LoadedLanguage, "c2", `loaded wording in the publisher's own voice: "in its Usual manner", "flouts the rules", "Usual"; attribute the judgement to a source or state the facts`},
		{UnattributedClaim, "c2", "states a claim in the publisher's own voice without a source"},
		{UnhedgedPartisanClaim, "c3", `repeats a claim of pro-Kremlin media ("TASS") without a hedge; the policy wants distance ("claims", "allegedly", quotation marks)`},
		{AnonymousSource, "c5", `rests on an unnamed source ("Sources"); say why it cannot be named, or name it`},
		{UnattributedClaim, "c7", "states a claim in the publisher's own voice without a source"},
		{AnonymousSource, "c8", `rests on an unnamed source ("is said to"); say why it cannot be named, or name it`},
	}, s)
}

func TestChecker_Check_settings(t *testing.T) {
	d, lex := constructed(t)
	cfg := Default(".")
	cfg.Rules[UnattributedClaim] = RuleSetting{Enabled: false, Severity: Info}
	cfg.Rules[LoadedLanguage] = RuleSetting{Enabled: true, Severity: Error}
	got := NewChecker(cfg, lex).Check(d)
	var rules []string
	for _, f := range got {
		rules = append(rules, f.Rule)
		if f.Rule == LoadedLanguage {
			assert.Equal(t, Error, f.Severity)
		}
	}
	assert.NotContains(t, rules, UnattributedClaim)
	assert.True(t, Fails(got, Error))
	assert.False(t, Fails(got, Never))
}

func TestChecker_Check_suppressed(t *testing.T) {
	d, lex := constructed(t)
	// Line 5 holds c5 (anonymous-source); a directive targeting it by line.
	d.Suppressions = markup.NewSuppressions([]markup.Directive{
		{Kind: markup.DisableNextLine, Rules: []string{AnonymousSource}, Line: 4, Target: 5},
		{Kind: markup.Disable, Start: 0, End: 0},
	})
	got := NewChecker(Default("."), lex).Check(d)
	assert.Empty(t, got, "disable without rules switches every rule off")

	d.Suppressions = markup.NewSuppressions([]markup.Directive{{Kind: markup.DisableNextLine, Rules: []string{AnonymousSource}, Line: 4, Target: 5}})
	for _, f := range NewChecker(Default("."), lex).Check(d) {
		assert.False(t, f.Rule == AnonymousSource && f.Claim == "c5", "c5's line is suppressed: %v", f)
	}
}

func TestSeverity_AtLeast(t *testing.T) {
	assert.True(t, Warning.AtLeast(Warning))
	assert.True(t, Error.AtLeast(Info))
	assert.False(t, Info.AtLeast(Warning))
	assert.False(t, Error.AtLeast(Never))
}
