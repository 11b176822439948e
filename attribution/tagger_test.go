package attribution

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
	"github.com/claimtrace/claimtrace/lexicon"
)

// tagText splits and tags text with the default lexicon.
func tagText(t *testing.T, text string) (*claims.Document, []claims.Claim) {
	t.Helper()
	lex, err := lexicon.Default()
	require.NoError(t, err)
	seg, err := claims.NewSegmenter()
	require.NoError(t, err)
	doc := claims.NewDocument("test.txt", []byte(text))
	sents, err := seg.Split(doc)
	require.NoError(t, err)
	return doc, New(lex, Config{Publisher: "Desk"}).Tag(doc, sents)
}

// want is what a test expects of one claim; empty fields are not checked.
type want struct {
	source  string // source mention as written; "-" for none
	name    string // the full mention the source resolves to, when checked
	sides   string // sides joined by ","
	cue     string
	stance  claims.Stance
	hedged  *bool
	quote   claims.QuoteKind
	content string // the claim's content as written
}

var yes, no = func() *bool { b := true; return &b }(), func() *bool { b := false; return &b }()

// check compares a claim with a want.
func check(t *testing.T, doc *claims.Document, c claims.Claim, w want) {
	t.Helper()
	if w.source == "-" {
		assert.Nil(t, c.Source, "source")
	} else if w.source != "" {
		if assert.NotNil(t, c.Source, "source") {
			assert.Equal(t, w.source, c.Source.Text, "source")
			assert.Equal(t, c.Source.Text, doc.Slice(c.Source.Span), "source span")
			if w.name != "" {
				assert.Equal(t, w.name, c.Source.Name, "source name")
			}
		}
	}
	if w.sides != "" {
		assert.Equal(t, w.sides, strings.Join(c.Sides, ","), "sides")
	}
	if w.cue != "" {
		assert.Equal(t, w.cue, c.Cue, "cue")
		assert.Equal(t, c.Cue, doc.Slice(c.CueSpan), "cue span")
	}
	if w.stance != "" {
		assert.Equal(t, w.stance, c.Stance, "stance")
	}
	if w.hedged != nil {
		assert.Equal(t, *w.hedged, c.Hedged, "hedged (hedges %v)", c.Hedges)
	}
	if w.quote != "" {
		assert.Equal(t, w.quote, c.Quote, "quote")
	}
	if w.content != "" {
		assert.Equal(t, w.content, doc.Slice(c.Span), "content")
	}
}

func TestTagger_Patterns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"subject cue that", "The Russian Defence Ministry said that its forces had taken the village.",
			[]want{{source: "The Russian Defence Ministry", sides: "Kremlin", cue: "said", stance: claims.Asserts, hedged: no, quote: claims.QuoteIndirect, content: "its forces had taken the village."}}},
		{"a possessive is no cue", "Sanders hopes that winning a large share of the state's 475 delegates will give him momentum.",
			[]want{{source: "Sanders", cue: "hopes", content: "winning a large share of the state's 475 delegates will give him momentum."}}},
		{"a participle with its agent is a passive", "The immigration bill, opposed by House Republicans, never became law.",
			[]want{{source: "-"}}},
		{"accused of is a passive", "The man accused of buying the guns will remain in custody.",
			[]want{{source: "-"}}},
		{"added with an amount reports nothing", "The company added 200 jobs in March.",
			[]want{{source: "-"}}},
		{"added with a noun phrase reports nothing", "The central bank added liquidity to the market on Monday.",
			[]want{{source: "-"}}},
		{"adding with a noun phrase reports nothing", "Clinton won Georgia, adding to her run of victories in the South.",
			[]want{{source: "-"}}},
		{"maintained with a noun phrase reports nothing", "Sanders maintained his lead in the polls.",
			[]want{{source: "-"}}},
		{"maintained that reports", "Sanders maintained that the polls were wrong.",
			[]want{{source: "Sanders", cue: "maintained", content: "the polls were wrong."}}},
		{"which with a denial reports on the claim before", "Russia claims to have captured the village, which Ukraine denies.",
			[]want{{source: "Russia", cue: "claims", content: "to have captured the village"},
				{source: "Ukraine", cue: "denies", stance: claims.Denies, content: "to have captured the village"}}},
		{"which with a confirmation of the publisher's clause", "The village was captured on Monday, which the Kremlin confirmed on Tuesday.",
			[]want{{source: "-"}, {source: "the Kremlin", cue: "confirmed", stance: claims.Confirms, content: "The village was captured on Monday"}}},
		{"which with a source whose name holds a cue word", "Russian state media claimed that the delegation had agreed to discuss sanctions, which the State Department denied.",
			[]want{{source: "Russian state media", cue: "claimed", content: "the delegation had agreed to discuss sanctions"},
				{source: "the State Department", cue: "denied", stance: claims.Denies, content: "the delegation had agreed to discuss sanctions"}}},
		{"which with a verb that takes a thing is no report on the clause", "The union made a new offer on Monday, which the company rejected.",
			[]want{{source: "-"}}},
		{"which as the object of a complement is no aside", "The team moved to Florida, which he describes as his second home.",
			[]want{{source: "-"}, {source: "he", cue: "describes", content: "as his second home."}}},
		{"as and a participle with by names the source", "As noted by the head of the delegation, the parties agreed to meet again.",
			[]want{{source: "the head of the delegation", cue: "As noted by", content: "the parties agreed to meet again."}}},
		{"as and a participle with by after a phrase of time", "As announced by the White House on Friday, the president will travel to Kyiv.",
			[]want{{source: "the White House", cue: "As announced by", content: "the president will travel to Kyiv."}}},
		{"as and a participle with by after the content", "The talks will resume on Monday, as confirmed by the foreign ministry.",
			[]want{{source: "the foreign ministry", cue: "as confirmed by", stance: claims.Confirms, content: "The talks will resume on Monday"}}},
		{"the publisher's comment after the content is the publisher's", "Russia's Defense Ministry said its troops had repelled several attacks, but the claim could not be verified.",
			[]want{{source: "Russia's Defense Ministry", cue: "said", content: "its troops had repelled several attacks"},
				{source: "-", content: "but the claim could not be verified."}}},
		{"the publisher's comment after a semicolon", "According to TASS, the convoy was hit near Kursk; the report has not been confirmed.",
			[]want{{source: "TASS", cue: "According to", content: "the convoy was hit near Kursk"},
				{source: "-", content: "the report has not been confirmed."}}},
		{"the publisher's comment with which", "The ministry said 40 drones were shot down, which could not be independently verified.",
			[]want{{source: "The ministry", cue: "said", content: "40 drones were shot down"},
				{source: "-", content: "which could not be independently verified."}}},
		{"a relative clause inside the content stays in it, a refusal of its own", "He said the company, which did not respond, had closed the plant.",
			[]want{{source: "He", cue: "said", content: "the company, which did not respond, had closed the plant."},
				{source: "which", name: "the company", stance: claims.NoComment}}},
		{"a clause on the claim that does not doubt it stays in the content", "The ministry said the strike hit a depot, and the claim was repeated by state television.",
			[]want{{source: "The ministry", cue: "said"}}},
		{"a passive inside a report's content reports on the clause before it", "The mayor said the water was safe, but the claims were disputed by residents.",
			[]want{{source: "The mayor", cue: "said", content: "the water was safe"},
				{source: "residents", cue: "were disputed by", stance: claims.Disputes, content: "the water was safe"}}},
		{"a programme's title after a possessive is no quotation", "Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the deal was in question.",
			[]want{{source: "Rep. Darrell Issa", cue: "said", content: "the deal was in question."}}},
		{"at least opens an amount, not a phrase of place", "Friday morning, as the parade rolled through Pasadena, CNN reported at least six planes filled the skies.",
			[]want{{source: "CNN", cue: "reported", content: "at least six planes filled the skies."}}},
		{"a phrase of time closed by a comma before the content", "He claimed at one point, a supporter asked people in the audience to clap.",
			[]want{{source: "He", cue: "claimed", content: "a supporter asked people in the audience to clap."}}},
		{"a phrase of place before a participle that reports", "The spokesman responded on Twitter, calling the charge “pathetic” and “dangerous.”",
			[]want{{source: "-", hedged: no}, {source: "The spokesman", cue: "calling", content: "the charge “pathetic” and “dangerous.”"}}},
		{"a comma after that opens no content", "They argue that, while the tax may lower premiums, workers will not see higher wages.",
			[]want{{source: "They", cue: "argue", content: "while the tax may lower premiums, workers will not see higher wages."}}},
		{"a yes-no question reports nothing", "Q: Will Russia attack NATO?",
			[]want{{source: "-"}}},
		{"a question quoted and tagged is the speaker's", "“Will you build it?” he asked.",
			[]want{{source: "he", cue: "asked"}}},
		{"declined to publish declines to comment", "The Pentagon has declined to publish its own figures.",
			[]want{{source: "The Pentagon", stance: claims.NoComment}}},
		{"another describes someone new", "Putin spoke. Another diplomat said the mood was grim.",
			[]want{{source: "-"}, {source: "Another diplomat", name: "Another diplomat", sides: "unknown", cue: "said"}}},
		{"speaking on condition of anonymity after the tag is no report", "“Nobody told us anything,” one EU ambassador said, speaking on condition of anonymity.",
			[]want{{source: "one EU ambassador", cue: "said", content: "“Nobody told us anything,”"}}},
		{"what it called refers to the sentence's subject", "Poland's Foreign Ministry summoned the Russian ambassador over what it called a provocation.",
			[]want{{source: "it", name: "Poland's Foreign Ministry", cue: "called"}}},
		{"she does not refer back to a Mr.", "\"I give him the benefit of the doubt,\" Mr. McGinley said. \"There is no doubt that he won,\" she said.",
			[]want{{source: "Mr. McGinley", stance: claims.Asserts}, {source: "she", name: "she", stance: claims.Asserts}}},
		{"I doubt disputes", "\"I doubt that the deal will hold,\" he said.",
			[]want{{source: "he", stance: claims.Disputes}}},
		{"per after a comma names the source", "The attack killed 12 people, per local officials.",
			[]want{{source: "local officials", cue: "per", content: "The attack killed 12 people"}}},
		{"per opening a sentence names the source", "Per the ministry, the talks will resume next week.",
			[]want{{source: "the ministry", cue: "Per", content: "the talks will resume next week."}}},
		{"per as a rate names no source", "The car was going 50 miles per hour and the police officers per shift were few.",
			[]want{{source: "-"}}},
		{"found himself is no report", "Obama found himself in the awkward position of addressing the attack.",
			[]want{{source: "-"}}},
		{"a cue word after an article is a noun", "Trump came in second in the GOP contest to John Kasich.",
			[]want{{source: "-"}}},
		{"a plural subject with a capital before a bare verb", "The Russians deny the report.",
			[]want{{source: "The Russians", cue: "deny", stance: claims.Denies}}},
		{"a noun with its content after it still reports", "Her vow to go after companies that ship jobs overseas drew cheers.",
			[]want{{source: "Her", cue: "vow"}}},
		{"repeating one's own claim is one report", "De Blasio repeated his claim that profit was the motive.",
			[]want{{source: "De Blasio", cue: "repeated", content: "profit was the motive."}}},
		{"a claim noun in the subject ends its clause before the sentence's verb", "His claim that the vote was rigged has been debunked.",
			[]want{{source: "-"}, {source: "His", cue: "claim", content: "the vote was rigged"}}},
		{"a claim noun's clause rejected in a passive", "Peskov's claim that the talks failed was rejected by Kyiv.",
			[]want{{source: "Kyiv", cue: "was rejected by", stance: claims.Denies, content: "the talks failed"},
				{source: "Peskov's", cue: "claim", content: "the talks failed"}}},
		{"the publisher's verdict inside a source's words is that source's", "Biden said Trump falsely claimed the election was stolen.",
			[]want{{source: "Biden", cue: "said", hedged: no}}},
		{"an aside about the source does not hedge", "Lee, who was wrongly convicted, said the audit was fair.",
			[]want{{source: "Lee", cue: "said", hedged: no, content: "the audit was fair."}}},
		{"a negated verb of saying with no proposition", "Apple did not report a loss this quarter.",
			[]want{{source: "-"}}},
		{"a comment that does not doubt the report stays in the content", "He said he would veto the bill, which does not fund the wall.",
			[]want{{source: "He", cue: "said", content: "he would veto the bill, which does not fund the wall."}}},
		{"as confirmed by after a report is a second source on its content", "The ministry said ten people died, as confirmed by local officials.",
			[]want{{source: "The ministry", cue: "said", content: "ten people died"},
				{source: "local officials", cue: "as confirmed by", stance: claims.Confirms, content: "ten people died"}}},
		{"a claim denied by a second source after a report", "Pro-Kremlin war bloggers reported that Russian troops had entered the village, a claim denied by Ukraine's General Staff.",
			[]want{{source: "Pro-Kremlin war bloggers", sides: "pro-Kremlin media", hedged: no, cue: "reported", content: "Russian troops had entered the village"},
				{source: "Ukraine's General Staff", cue: "denied", stance: claims.Denies, content: "Russian troops had entered the village"}}},
		{"claims denied by a source, with no article", "Russia said it had captured the village, claims denied by Kyiv.",
			[]want{{source: "Russia", cue: "said", content: "it had captured the village"},
				{source: "Kyiv", cue: "denied", stance: claims.Denies, content: "it had captured the village"}}},
		{"a claim that was denied by a source", "Russia said it had captured the village, a claim that was denied by Ukraine's General Staff.",
			[]want{{source: "Russia", cue: "said", content: "it had captured the village"},
				{source: "Ukraine's General Staff", cue: "was denied by", stance: claims.Denies, content: "it had captured the village"}}},
		{"a claim denied by a source who goes on", "Ukraine's air force said it shot down 40 drones, a claim denied by Moscow, which said only 10 were launched.",
			[]want{{source: "Ukraine's air force", cue: "said", content: "it shot down 40 drones"},
				{source: "Moscow", cue: "denied", stance: claims.Denies, content: "it shot down 40 drones"},
				{source: "which", name: "Moscow", cue: "said", content: "only 10 were launched."}}},
		{"a claim noun with a named owner opens a content", "Sybiha said Russia's claim that Ukraine attacked Putin's residence was a fabrication.",
			[]want{{source: "Sybiha", cue: "said", stance: claims.Denies, content: "Russia's claim that Ukraine attacked Putin's residence was a fabrication."},
				{source: "Russia's", cue: "claim", stance: claims.Asserts, hedged: no, content: "Ukraine attacked Putin's residence"}}},
		{"a report that a verb follows is the object, no report of its own", "Peskov dismissed a report that surfaced on Telegram on Monday.",
			[]want{{source: "Peskov", cue: "dismissed", stance: claims.Disputes, content: "a report that surfaced on Telegram on Monday."}}},
		{"a scare-quoted participle is not the clause's verb", "Russia's claim that the \"coordinated\" attack targeted civilians is false, Sybiha said.",
			[]want{{source: "Sybiha", cue: "said", stance: claims.Denies}, {source: "Russia's", cue: "claim", content: "the \"coordinated\" attack targeted civilians"}}},
		{"a claim noun with no owner is no source", "The claim that Russia lost 40 aircraft is exaggerated, Sybiha said.",
			[]want{{source: "Sybiha", cue: "said", stance: claims.Disputes}}},
		{"a relative clause after the object is no content of its own", "The company reported quarterly revenue that was above expectations.",
			[]want{{source: "The company", cue: "reported", content: "quarterly revenue that was above expectations."}}},
		{"according to after a poll's content is its source", "Some 59 percent of voters view her unfavorably, according to an ABC News-Washington Post poll.",
			[]want{{source: "an ABC News-Washington Post poll", cue: "according to"}}},
		{"a closing speech tag before a participle ends the content", "Russia launched 80 drones overnight, the air force said, adding that 60 were shot down.",
			[]want{{source: "the air force", cue: "said", content: "Russia launched 80 drones overnight"},
				{source: "the air force", cue: "adding", content: "60 were shot down."}}},
		{"an aside with known after the source", "Medvedev, known for his inflammatory rhetoric, threatened to strike European capitals.",
			[]want{{source: "Medvedev", sides: "Kremlin", cue: "threatened"}}},
		{"never denied declines to comment", "The Kremlin has never denied that its troops were in the village.",
			[]want{{source: "The Kremlin", cue: "denied", stance: claims.NoComment}}},
		{"neither confirm nor deny declines to comment", "Peskov would neither confirm nor deny the report.",
			[]want{{source: "Peskov", stance: claims.NoComment}}},
		{"could not be reached is no refusal of a thing", "Agreement could not be reached on the final text, two diplomats said.",
			[]want{{source: "two diplomats", cue: "said", stance: claims.Asserts}}},
		{"no plans made is no denial", "He said no plans had been made yet.",
			[]want{{source: "He", cue: "said", stance: claims.Asserts}}},
		{"a claim inside a content that judges it is its owner's too", "Russia's claim that Ukraine attacked Putin's residence is \"a complete fabrication,\" Foreign Minister Andrii Sybiha said.",
			[]want{{source: "Foreign Minister Andrii Sybiha", cue: "said", stance: claims.Denies},
				{source: "Russia's", sides: "Kremlin", cue: "claim", hedged: no, content: "Ukraine attacked Putin's residence"}}},
		{"a quotation inside a subject clause holds its verb", "Zakharova's statement that Kyiv \"will answer for this\" was widely seen as a threat.",
			[]want{{source: "-"}, {source: "Zakharova's", cue: "statement", content: "Kyiv \"will answer for this\""}}},
		{"a claim noun before a relative clause is no report", "Clinton will focus on jobs, a message that has generated little excitement.",
			[]want{{source: "-"}}},
		{"an allegation rejected by a source as something, in the publisher's voice", "Russian forces struck a hospital in Kharkiv on Monday, an allegation rejected by Moscow as absurd.",
			[]want{{source: "Moscow", cue: "rejected", stance: claims.Denies, content: "Russian forces struck a hospital in Kharkiv on Monday"}}},
		{"reports after a verb of denial in the past are its object", "The White House on Thursday dismissed reports that Trump was considering lifting sanctions as \"fake news.\"",
			[]want{{source: "The White House", cue: "dismissed", stance: claims.Disputes, content: "Trump was considering lifting sanctions"},
				{source: "reports", cue: "reports", stance: claims.Asserts, content: "Trump was considering lifting sanctions"}}},
		{"reports after a denial and a phrase of time are its object", "The ministry denied on Monday reports that troops had crossed the border.",
			[]want{{source: "The ministry", cue: "denied", stance: claims.Denies, content: "troops had crossed the border."}}},
		{"a demonym places an official body the lexicon does not name", "The Russian military said it had downed 30 drones.",
			[]want{{source: "The Russian military", sides: "Kremlin", cue: "said"}}},
		{"a demonym places officials of a ministry", "Ukrainian prosecutors said the attack killed five civilians.",
			[]want{{source: "Ukrainian prosecutors", sides: "Ukraine", cue: "said"}}},
		{"an installed official speaks for the side that installed him", "The Russian-installed governor of Zaporizhzhia said the plant was safe.",
			[]want{{sides: "Kremlin", cue: "said"}}},
		{"an opposition politician takes no side from a demonym", "A Russian opposition politician said the vote was rigged.",
			[]want{{source: "A Russian opposition politician", sides: "unknown", cue: "said"}}},
		{"a journalist takes no side from a demonym", "A Ukrainian journalist said the city was calm.",
			[]want{{source: "A Ukrainian journalist", sides: "unknown", cue: "said"}}},
		{"Ukrainian milbloggers are no Russian war bloggers", "Ukrainian milbloggers said the town had fallen.",
			[]want{{source: "Ukrainian milbloggers", sides: "unknown", cue: "said"}}},
		{"a verdict after as closes a dismissal's content", "Manafort dismissed the whole kerfuffle, as “absurd.”",
			[]want{{source: "Manafort", cue: "dismissed", stance: claims.Disputes, content: "the whole kerfuffle"}}},
		{"as and a quotation in a clause denied outright are kept", "Ukraine denied that its troops had used civilians as \"human shields.\"",
			[]want{{source: "Ukraine", cue: "denied", stance: claims.Denies, content: "its troops had used civilians as \"human shields.\""}}},
		{"as in the content of a report is kept", "Peskov said the talks went as planned.",
			[]want{{source: "Peskov", cue: "said", content: "the talks went as planned."}}},
		{"a source that could not confirm declines to comment", "The Institute for the Study of War said it could not confirm the claims.",
			[]want{{source: "The Institute for the Study of War", cue: "said", stance: claims.NoComment, content: "it could not confirm the claims."}}},
		{"a quoted source that cannot confirm declines to comment", "\"We cannot confirm this,\" Peskov said.",
			[]want{{source: "Peskov", cue: "said", stance: claims.NoComment}}},
		{"could not immediately confirm declines to comment", "The ministry said it could not immediately confirm the report.",
			[]want{{source: "The ministry", cue: "said", stance: claims.NoComment}}},
		{"a third party that could not confirm is the content", "Peskov said Ukraine could not confirm the figures.",
			[]want{{source: "Peskov", cue: "said", stance: claims.Asserts, content: "Ukraine could not confirm the figures."}}},
		{"a participle and a phrase of place describe the source", "A new study published in the journal Nature suggests that sea levels could rise faster.",
			[]want{{source: "A new study published in the journal Nature", cue: "suggests", content: "sea levels could rise faster."}}},
		{"a verb of saying, a phrase of place and that reports", "The ministry stated on its website that the claims were false.",
			[]want{{source: "The ministry", cue: "stated", stance: claims.Denies, content: "the claims were false."}}},
		{"a verb of denial, a phrase of place and a noun cue as its object", "The company denied in a statement claims that it had hidden losses.",
			[]want{{source: "The company", cue: "denied", stance: claims.Denies}}},
		{"a verb, a phrase of time and a noun that is also a verb", "The ministry reported on Sunday that Russian attacks killed 12 people.",
			[]want{{source: "The ministry", cue: "reported", content: "Russian attacks killed 12 people."}}},
		{"a verb of saying with a phrase of time before a second cue still reports", "Donald Trump tweeted on Friday to say he had never suggested a database.",
			[]want{{source: "Donald Trump", cue: "tweeted"}}},
		{"a report that closes a sentence with a fronted phrase and a comma", "Of those, 40 were shot down, it said.",
			[]want{{source: "it", cue: "said", content: "Of those, 40 were shot down"}}},
		{"a fronted phrase before the source is no content", "In Moscow, Peskov said the talks would resume.",
			[]want{{source: "Peskov", cue: "said", content: "the talks would resume."}}},
		{"an aside with citing after a phrase of time", "The Kremlin-linked newspaper Izvestia reported Thursday, citing unnamed sources, that Moscow had sent a counterproposal.",
			[]want{{source: "The Kremlin-linked newspaper Izvestia", sides: "pro-Kremlin media", cue: "reported", content: "Moscow had sent a counterproposal."}}},
		{"a relative clause after according to is about the source", "According to the Telegram channel Baza, which has ties to the police, the suspect was detained in Moscow.",
			[]want{{source: "the Telegram channel Baza", cue: "According to", content: "the suspect was detained in Moscow."}}},
		{"according to a poll named for a paper is no outlet the report was made to", "Some 59 percent of voters view her unfavorably, according to an ABC News-Washington Post poll.",
			[]want{{source: "an ABC News-Washington Post poll", cue: "according to"}}},
		{"a verb and a participle that gives its content make one report", "The campaign responded, saying lobbyists had donated to a PAC.",
			[]want{{source: "The campaign", cue: "responded", content: "lobbyists had donated to a PAC."}}},
		{"a verb and a participle with two that-clauses make two reports", "The campaign responded Friday, saying lobbyists had donated to a PAC, and that the criticism was unfair.",
			[]want{{source: "The campaign", cue: "responded", content: "lobbyists had donated to a PAC"},
				{source: "The campaign", cue: "responded", content: "the criticism was unfair."}}},
		{"a request for comment not returned", "The company did not return a request for comment.",
			[]want{{source: "The company", stance: claims.NoComment}}},
		{"questions referred elsewhere", "The White House referred questions to the State Department.",
			[]want{{source: "The White House", sides: "US", stance: claims.NoComment}}},
		{"a company that does not comment declines to", "\"Samsung does not comment on market rumors,\" a spokeswoman said.",
			[]want{{source: "a spokeswoman", cue: "said", stance: claims.NoComment}}},
		{"not in talks denies", "BlackBerry said in a statement that it was not in talks with Samsung.",
			[]want{{source: "BlackBerry", cue: "said", stance: claims.Denies, content: "it was not in talks with Samsung."}}},
		{"an adjective before doubts", "The White House has expressed serious doubts that Russia would comply.",
			[]want{{source: "The White House", cue: "expressed serious doubts", stance: claims.Disputes, content: "Russia would comply."}}},
		{"the owner of a claim noun after a preposition", "Officials expressed doubt over Moscow's claims that the strike hit a military target.",
			[]want{{source: "Officials", cue: "expressed doubt", stance: claims.Disputes}, {source: "Moscow's", sides: "Kremlin", cue: "claims"}}},
		{"expressed doubt is one cue", "Analysts voiced doubts that the deal would hold.",
			[]want{{source: "Analysts", cue: "voiced doubts", stance: claims.Disputes, content: "the deal would hold."}}},
		{"a claim noun with a participle not of saying is no report", "The city planted trees near a monument, a statement designed by local artists.",
			[]want{{source: "-"}}},
		{"as described by in an aside is no report", "The old stone building, as described by witnesses, collapsed in seconds.",
			[]want{{source: "-"}}},
		{"as and a participle of a verb that is not of saying", "As demanded by protesters, the minister resigned on Friday.",
			[]want{{source: "-"}}},
		{"added an amount before a clause of its own", "The economy added 150,000 jobs in October as hiring slowed.",
			[]want{{source: "-"}}},
		{"added a plural noun after an adjective", "The company added new features to the app.",
			[]want{{source: "-"}}},
		{"added an amount before a finite verb", "She added 200 people were arrested.",
			[]want{{source: "She", cue: "added", content: "200 people were arrested."}}},
		{"a comment after a whole-sentence agentless report", "The talks are said to be close to a deal, but the report could not be confirmed.",
			[]want{{source: "-", cue: "are said to", content: "The talks are said to be close to a deal"},
				{source: "-", content: "but the report could not be confirmed."}}},
		{"a passive inside a content after and reports on its own subject", "The mayor said the water was safe and the report was confirmed by the state lab.",
			[]want{{source: "The mayor", cue: "said"}, {source: "the state lab", cue: "was confirmed by", content: "the report"}}},
		{"a passive in a relative clause reports on what which stands for", "Officials said the findings, which were disputed by residents, would be published.",
			[]want{{source: "Officials", cue: "said"}, {source: "residents", cue: "were disputed by", content: "the findings"}}},
		{"a phrase of time after a prepositional source", "According to TASS on Monday, the talks will resume.",
			[]want{{source: "TASS", cue: "According to", content: "the talks will resume."}}},
		{"a report in a fronted subordinate clause ends at its comma", "While Ramos said that journalists cannot have any political affiliation, he appears somewhat uneasy.",
			[]want{{source: "-"}, {source: "Ramos", cue: "said", content: "journalists cannot have any political affiliation"}}},
		{"a report in a fronted subordinate clause after a conjunction", "And while he said he would bring back waterboarding, he clarified that it would be legal.",
			[]want{{source: "he", cue: "said", content: "he would bring back waterboarding"}, {source: "he", cue: "clarified", content: "it would be legal."}}},
		{"a phrase of time before the subject without a comma", "A few minutes later they reversed themselves and said they will register voters.",
			[]want{{source: "they", cue: "said", content: "they will register voters."}}},
		{"a report inside a relative clause's content is not the sentence's", "Cruz, who says Trump is attacking him because the polls have tightened, said voters should go with him.",
			[]want{{source: "who", cue: "says", content: "Trump is attacking him because the polls have tightened"}, {source: "Cruz", cue: "said", content: "voters should go with him."}}},
		{"according to after a conjunction and a comma opens the clause after it", "He will go to the debate, because, according to Trump, the media would call him a chicken.",
			[]want{{source: "Trump", cue: "according to", content: "the media would call him a chicken."}}},
		{"that after a tell verb's listener opens the content", "Peskov told them that the talks would resume.",
			[]want{{source: "Peskov", cue: "told", content: "the talks would resume."}}},
		{"a quotation that goes on after an inverted tag", "“We are ready,” said Peskov, “but not now.”",
			[]want{{source: "Peskov", cue: "said", content: "“We are ready,”"}, {source: "Peskov", cue: "said", content: "“but not now.”"}}},
		{"a quotation that goes on after its tag", "“We are ready,” Peskov said, “but not now.”",
			[]want{{source: "Peskov", cue: "said", content: "“We are ready,”"}, {source: "Peskov", cue: "said", content: "“but not now.”"}}},
		{"a clause after said is no inverted speaker", "But veterans interviewed at rallies this week, including Mr. Jebens, said they had no problem with his comments.",
			[]want{{source: "-"}}},
		{"a report in a relative clause after a preposition", "And in a year in which a majority of Americans say they do not trust Clinton, even some allies questioned the donations.",
			[]want{{source: "-"}, {source: "a majority of Americans", cue: "say", content: "they do not trust Clinton"}}},
		{"a name in apposition after a role with a capitalised body", "According to the head of the Presidential Office, Andriy Yermak, the next round will take place in Geneva.",
			[]want{{source: "the head of the Presidential Office, Andriy Yermak", sides: "Ukraine", cue: "According to", content: "the next round will take place in Geneva."}}},
		{"a name in apposition after a prepositional source", "According to the mayor, Vitali Klitschko, debris fell in two districts.",
			[]want{{source: "the mayor, Vitali Klitschko", cue: "According to", content: "debris fell in two districts."}}},
		{"did not specify declines to comment", "He did not specify when the talks would take place.",
			[]want{{source: "He", cue: "did not specify", stance: claims.NoComment, content: "when the talks would take place."}}},
		{"a verb of saying after the and a name is a verb", "Officials at the White House say the deal is done.",
			[]want{{source: "Officials at the White House", cue: "say", content: "the deal is done."}}},
		{"an -ed adjective in an inverted speaker", "“We will not back down,” said an unnamed official.",
			[]want{{source: "an unnamed official", cue: "said"}}},
		{"a fronted clause with a report whose content has a verb", "Although Russia says the talks failed, the war goes on.",
			[]want{{source: "-"}, {source: "Russia", cue: "says", content: "the talks failed"}}},
		{"a fronted clause's content past an aside", "Because officials said the bridge, which was built in 1960, was unsafe, it closed.",
			[]want{{source: "-"}, {source: "officials", cue: "said", content: "the bridge, which was built in 1960, was unsafe"}}},
		{"added before a clause with a present tense and a bare noun", "He added Russia wants peace.",
			[]want{{source: "He", cue: "added", content: "Russia wants peace."}}},
		{"added before an amount and a past tense", "Officials added 12 people drowned.",
			[]want{{source: "Officials", cue: "added", content: "12 people drowned."}}},
		{"a contraction before a quotation is no possessive", "He’s “a liar,” Trump said of Biden.",
			[]want{{source: "Trump", cue: "said", content: "He’s “a liar,”"}}},
		{"a name after a plural source is the content's", "According to prosecutors, John Smith, 45, stole $2 million from the charity.",
			[]want{{source: "prosecutors", cue: "According to", content: "John Smith, 45, stole $2 million from the charity."}}},
		{"did not reveal is no refusal", "The autopsy did not reveal any signs of trauma.",
			[]want{{source: "-"}}},
		{"a continuation quotation ends at its closing mark", "“We are ready,” Peskov said, “but not now,” and he left the room.",
			[]want{{source: "Peskov", content: "“We are ready,”"}, {source: "Peskov", content: "“but not now,”"}}},
		{"assessed that reports", "ISW assessed that Russian forces are unlikely to advance.",
			[]want{{source: "ISW", cue: "assessed", content: "Russian forces are unlikely to advance."}}},
		{"assessed a noun phrase reports nothing", "Engineers assessed the damage on Monday.",
			[]want{{source: "-"}}},
		{"this alone after a cue is a pronoun, not a phrase of time", "The American side did not confirm this.",
			[]want{{source: "The American side", cue: "confirm", stance: claims.NoComment, content: "this."}}},
		{"but declined to give details after a report", "Yuri Ushakov said that the conversation was substantive, but declined to give details.",
			[]want{{source: "Yuri Ushakov", cue: "said", content: "the conversation was substantive"},
				{source: "Yuri Ushakov", cue: "declined to give details", stance: claims.NoComment}}},
		{"ruled out denies", "Peskov ruled out a ceasefire before the talks.",
			[]want{{source: "Peskov", cue: "ruled out", stance: claims.Denies, content: "a ceasefire before the talks."}}},
		{"a negated denial of two words allows its content", "The Kremlin did not rule out a meeting between Putin and Trump.",
			[]want{{source: "The Kremlin", cue: "rule out", stance: claims.Asserts, content: "a meeting between Putin and Trump."}}},
		{"a negated denial allows a that-clause", "He also did not rule out that a new round of talks could take place in Istanbul.",
			[]want{{source: "He", cue: "rule out", stance: claims.Asserts, content: "a new round of talks could take place in Istanbul."}}},
		{"the head of state is not the last official", "Kremlin spokesman Dmitry Peskov said the talks were useful. The head of state also said Russia would supply more gas.",
			[]want{{source: "Kremlin spokesman Dmitry Peskov"}, {source: "The head of state", name: "The head of state", sides: "unknown"}}},
		{"the head of state refers back to the president", "Russian President Vladimir Putin said Moscow was ready. \"That is not the question,\" the head of state said.",
			[]want{{source: "Russian President Vladimir Putin"}, {source: "the head of state", name: "Russian President Vladimir Putin", sides: "Kremlin"}}},
		{"quoted as denying takes the participle's stance", "Interfax quoted Peskov as denying that Putin was ill.",
			[]want{{source: "Peskov", cue: "as denying", stance: claims.Denies, content: "Putin was ill."}}},
		{"quoted as saying skips the time and the listener", "RIA Novosti quoted Lavrov as telling reporters on Monday that the talks had stalled.",
			[]want{{source: "Lavrov", cue: "as telling", content: "the talks had stalled."}}},
		{"a negated rejection is no admission", "The ministry did not reject claims that its troops had shelled the plant.",
			[]want{{source: "The ministry", cue: "reject", stance: claims.NoComment}, {source: "claims", cue: "claims"}}},
		{"a negated dispute declines to comment", "The ministry did not dispute the figures.",
			[]want{{source: "The ministry", cue: "dispute", stance: claims.NoComment}}},
		{"a negated denial of saying declines to comment", "The Kremlin did not deny the report.",
			[]want{{source: "The Kremlin", cue: "deny", stance: claims.NoComment}}},
		{"the publisher's adverb before the cue hedges", "Trump falsely claimed that the election was stolen.",
			[]want{{source: "Trump", cue: "claimed", hedged: yes, content: "the election was stolen."}}},
		{"the publisher's aside after the cue hedges", "Zakharova said, without providing evidence, that Kyiv was behind the blast.",
			[]want{{source: "Zakharova", cue: "said", hedged: yes, content: "Kyiv was behind the blast."}}},
		{"without any evidence hedges too", "Zakharova said, without providing any evidence, that Kyiv was behind the blast.",
			[]want{{source: "Zakharova", cue: "said", hedged: yes, content: "Kyiv was behind the blast."}}},
		{"a negated verb of saying declines to comment", "Ukraine didn't confirm the report.",
			[]want{{source: "Ukraine", cue: "confirm", stance: claims.NoComment, content: "the report."}}},
		{"a negated denial is no denial", "Russia has not yet denied the attack.",
			[]want{{source: "Russia", cue: "denied", stance: claims.NoComment}}},
		{"not with an adverb before a verb that is not of saying", "Reuters could not independently verify the claim.",
			[]want{{source: "-"}}},
		{"citing grounds is the subject's claim", "The Federal Reserve raised interest rates by a quarter point, citing persistent inflation.",
			[]want{{source: "-"}, {source: "The Federal Reserve", cue: "citing", content: "persistent inflation."}}},
		{"citing a source relays", "The agency withdrew its forecast, citing officials in the ministry.",
			[]want{{source: "officials in the ministry", cue: "citing", content: "The agency withdrew its forecast"}}},
		{"added before a bare clause", "The ministry added talks would continue.",
			[]want{{source: "The ministry", cue: "added", content: "talks would continue."}}},
		{"added before a present tense", "He added the company plans to expand.",
			[]want{{source: "He", cue: "added", content: "the company plans to expand."}}},
		{"added as an aside before a contracted clause", "But, the former chief executive added, it's not the way to win.",
			[]want{{source: "the former chief executive", cue: "added", content: "it's not the way to win."}}},
		{"adding before a quotation", "“We started,” Mr. Manafort said, adding of Mr. Trump, “He cares about the team.”",
			[]want{{source: "Mr. Manafort", cue: "said"}, {source: "Mr. Manafort", cue: "adding"}}},
		{"said by a means is active", "Mr. Trump said by telephone that it was nonsense.",
			[]want{{source: "Mr. Trump", cue: "said", content: "it was nonsense."}}},
		{"a participle after a preposition has no speaker before it", "Trump began the day in a hole with this crowd after questioning Israel's commitment to peace.",
			[]want{{source: "-"}}},
		{"a phrase of time is no speaker", "The effort stalled, at one point calling the mayor a liar.",
			[]want{{source: "-"}}},
		{"a shared subject wins over an opening document", "In an interview with The Wall Street Journal, Trump doubled down on his remarks and said the judge had a conflict.",
			[]want{{source: "Trump", cue: "said", content: "the judge had a conflict."}}},
		{"a mention starts after what", "Other leaders used blunt language to denounce what Prime Minister Malcolm Turnbull called North Korea's reckless actions.",
			[]want{{source: "Prime Minister Malcolm Turnbull", cue: "called", content: "North Korea's reckless actions."}}},
		{"a share out of", "Nearly nine out of 10 say they will need new skills.",
			[]want{{source: "Nearly nine out of 10", cue: "say", content: "they will need new skills."}}},
		{"a fronted participle of saying", "After saying he was nervous, Trump said the talks failed.",
			[]want{{source: "Trump", cue: "saying", content: "he was nervous"}, {source: "Trump", cue: "said", content: "the talks failed."}}},
		{"a quoted title before the subject is no content", "During an appearance on “CBS This Morning,” Sanders said he had not heard her.",
			[]want{{source: "Sanders", cue: "said", content: "he had not heard her."}}},
		{"called after an object names it", "Barden now helps lead a program called Sandy Hook Promise.",
			[]want{{source: "-"}}},
		{"called after a subject reports", "A spokesman called the report false.",
			[]want{{source: "A spokesman", cue: "called", content: "the report false."}}},
		{"showed up is no report", "Sanders showed up at the rally on Friday.",
			[]want{{source: "-"}}},
		{"two nouns joined by and after a quotation", "“The president has stood idly by,” the Florida senator and Republican presidential candidate said in a statement.",
			[]want{{source: "the Florida senator and Republican presidential candidate", cue: "said", content: "“The president has stood idly by,”"}}},
		{"a programme's title after the cue", "Shays was pro John Kasich while the governor was running, he said Wednesday on MSNBC’s “Morning Joe.”",
			[]want{{source: "he", cue: "said", content: "Shays was pro John Kasich while the governor was running"}}},
		{"a quoted object after the cue", "As people kept interrupting him, Mr. Trump lamented the “good old days” of rallies.",
			[]want{{source: "Mr. Trump", cue: "lamented", content: "the “good old days” of rallies."}}},
		{"added to is no report", "Trump added to his portfolio by purchasing two more courses.",
			[]want{{source: "-"}}},
		{"a participle's speaker with modifiers before its head", "His chief aide doubled down on the attacks, saying the senator was not ready.",
			[]want{{source: "-"}, {source: "His chief aide", cue: "saying", content: "the senator was not ready."}}},
		{"a participle of saying after a subordinator", "Mr. Sanders, after saying he would not advertise on television, reversed course.",
			[]want{{source: "-"}, {source: "Mr. Sanders", cue: "saying", content: "he would not advertise on television"}}},
		{"the owner of a claim is its source", "Pence defended Donald Trump's claim that the president founded the group.",
			[]want{{source: "Pence", cue: "defended", content: "the president founded the group."},
				{source: "Donald Trump's", name: "Donald Trump", cue: "claim", content: "the president founded the group."}}},
		{"two participles of the same form", "Trump spoke for an hour, thanking the chairman and praising the candidates who finished behind him.",
			[]want{{source: "-"}, {source: "Trump", cue: "thanking", content: "the chairman"}, {source: "Trump", cue: "praising", content: "the candidates who finished behind him."}}},
		{"a surname that is also a modal", "British Prime Minister Theresa May told reporters that the deal was done.",
			[]want{{source: "British Prime Minister Theresa May", cue: "told", content: "the deal was done."}}},
		{"a surname that is also a month", "“His ideas are far from heartwarming,” columnist Ai Jun wrote.",
			[]want{{source: "columnist Ai Jun", cue: "wrote", content: "“His ideas are far from heartwarming,”"}}},
		{"this past week before the cue", "Reince Priebus, the party chairman, this past week announced the creation of a website.",
			[]want{{source: "Reince Priebus, the party chairman", cue: "announced", content: "the creation of a website."}}},
		{"an -ing form after a degree word is an adjective", "Others sounded far less welcoming, particularly in states where he is weak.",
			[]want{{source: "-"}}},
		{"no source starts with a preposition", "As for Governor Kasich—endorsed in New Hampshire by both newspapers—he devoted enormous resources to the state.",
			[]want{{source: "-"}}},
		{"according to a source with an appositive", "According to the Institute for the Study of War, a U.S.-based think tank, Russian forces advanced near Pokrovsk.",
			[]want{{source: "the Institute for the Study of War, a U.S.-based think tank", cue: "According to", content: "Russian forces advanced near Pokrovsk."}}},
		{"an accusation others dismissed", "Maria Zakharova claimed that Kyiv had sabotaged earlier talks, an accusation Ukrainian officials dismissed as propaganda.",
			[]want{{source: "Maria Zakharova", cue: "claimed", content: "Kyiv had sabotaged earlier talks"},
				{source: "Ukrainian officials", cue: "dismissed", stance: claims.Disputes, content: "Kyiv had sabotaged earlier talks"}}},
		{"a request for anonymity is no claim", "“We see serious risks,” said one banker, who asked not to be named.",
			[]want{{source: "one banker", cue: "said", content: "“We see serious risks,”"}}},
		{"a second predicate ends a noun-phrase content", "Governor Roman Busargin confirmed a fire at an industrial facility but gave no details.",
			[]want{{source: "Governor Roman Busargin", cue: "confirmed", content: "a fire at an industrial facility"}}},
		{"speaking on condition of anonymity is no claim", "Officials in Kyiv, who spoke on condition of anonymity, said the talks had stalled.",
			[]want{{source: "Officials in Kyiv", cue: "said", content: "the talks had stalled."}}},
		{"an -ing form before a noun it modifies", "Carson, Huckabee and Fiorina earned speaking fees during the campaign.",
			[]want{{source: "-"}}},
		{"speaking at a place is no report", "Trump, speaking at a rally in Iowa, wore a red cap.",
			[]want{{source: "-"}}},
		{"a feeling is no view", "Netanyahu felt blindsided by the demand.",
			[]want{{source: "-"}}},
		{"feeling a clause is a view", "Many voters feel that the economy is weak.",
			[]want{{source: "Many voters", cue: "feel", content: "the economy is weak."}}},
		{"said on condition of anonymity that", "A U.S. official said on condition of anonymity that the talks had failed.",
			[]want{{source: "A U.S. official", cue: "said", content: "the talks had failed."}}},
		{"a clause content keeps its second predicate", "Police said the gunman entered the school and opened fire.",
			[]want{{source: "Police", cue: "said", content: "the gunman entered the school and opened fire."}}},
		{"a leading subject stops at its verb", "After saying he was nervous, the man told police he had fled.",
			[]want{{source: "the man", cue: "told", content: "he had fled."}}},
		{"a weekday is no surname", "Pelosi Tuesday said the bill would pass.",
			[]want{{source: "Pelosi", cue: "said", content: "the bill would pass."}}},
		{"by and a time is no agent", "The ministry said by Monday evening that 40 people had been rescued.",
			[]want{{source: "The ministry", cue: "said", content: "40 people had been rescued."}}},
		{"added to a statement that", "The ministry added to its statement that troops had withdrawn from the city.",
			[]want{{source: "The ministry", cue: "added", content: "troops had withdrawn from the city."}}},
		{"subject cue without that", "Zelensky says the front line is holding.",
			[]want{{source: "Zelensky", sides: "Ukraine", cue: "says", content: "the front line is holding."}}},
		{"a demonstrative starts the content", "Ambassador Darchiev announced this issue as one of the main ones.",
			[]want{{source: "Ambassador Darchiev", content: "this issue as one of the main ones."}}},
		{"quotation after the comma of an introduced cue", "Asked about the device, O'Neill said, “Not going to go into that.”",
			[]want{{source: "O'Neill", quote: claims.QuoteDirect, content: "“Not going to go into that.”"}}},
		{"long appositive", "David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at New York University, said that the plan was sound.",
			[]want{{content: "the plan was sound."}}},
		{"time word before that", "The White House said Friday that no deal had been reached.",
			[]want{{source: "The White House", sides: "US", cue: "said", content: "no deal had been reached."}}},
		{"auxiliary and adverb", "The State Department has previously stated that sanctions will stay.",
			[]want{{source: "The State Department", sides: "US", cue: "stated", content: "sanctions will stay."}}},
		{"content first", "Sanctions will not be lifted soon, the State Department said on Tuesday.",
			[]want{{source: "the State Department", sides: "US", cue: "said", content: "Sanctions will not be lifted soon"}}},
		{"quotation first", "“We are ready to talk,” Lavrov told reporters in Moscow.",
			[]want{{source: "Lavrov", sides: "Kremlin", cue: "told", quote: claims.QuoteDirect, content: "“We are ready to talk,”"}}},
		{"inverted", "“Nothing has been agreed,” said Dmitry Peskov.",
			[]want{{source: "Dmitry Peskov", sides: "Kremlin", cue: "said", quote: claims.QuoteDirect}}},
		{"according to first", "According to TASS, the delegations met for five hours.",
			[]want{{source: "TASS", sides: "pro-Kremlin media", cue: "According to", content: "the delegations met for five hours."}}},
		{"according to last", "The convoy reached the border overnight, according to the Ukrainian delegation.",
			[]want{{source: "the Ukrainian delegation", sides: "Ukraine", cue: "according to", content: "The convoy reached the border overnight"}}},
		{"passive", "The prisoner exchange was reported by RIA Novosti on Sunday.",
			[]want{{source: "RIA Novosti", sides: "pro-Kremlin media", cue: "was reported by"}}},
		{"appositive name", "The Ukrainian foreign minister, Andrii Sybiha, said the proposal was a trap.",
			[]want{{source: "The Ukrainian foreign minister, Andrii Sybiha", sides: "Ukraine", cue: "said", content: "the proposal was a trap."}}},
		{"participle aside", "Marco Rubio, speaking to reporters in Riyadh, said progress was slow.",
			[]want{{source: "Marco Rubio", sides: "US", cue: "said", content: "progress was slow."}}},
		{"unknown source", "Acme Corp spokeswoman Jane Roe said the plant would reopen.",
			[]want{{source: "Acme Corp spokeswoman Jane Roe", sides: Unknown, cue: "said"}}},
		{"two that-clauses", "Kremlin officials say that the talks were useful and that a new round is planned.",
			[]want{{source: "Kremlin officials", content: "the talks were useful"}, {source: "Kremlin officials", content: "a new round is planned."}}},
		{"denial cue", "The Kremlin denied that troops had crossed the border.",
			[]want{{source: "The Kremlin", stance: claims.Denies}}},
		{"dispute by content", "The ministry said the figures were “groundless.”",
			[]want{{stance: claims.Denies}}},
		{"no comment", "The Pentagon has not commented on the report.",
			[]want{{source: "The Pentagon", sides: "US", stance: claims.NoComment}}},
		{"declined to comment", "The White House declined to comment.",
			[]want{{source: "The White House", stance: claims.NoComment}}},
		{"hedge word", "Russian state media reported that the drone was allegedly Ukrainian.",
			[]want{{hedged: yes}}},
		{"a source's own modal hedge", "Peskov said a deal this year was unlikely.",
			[]want{{source: "Peskov", hedged: no}}},
		{"a modal hedge in the publisher's voice", "A deal this year is unlikely.",
			[]want{{source: "-", hedged: yes}}},
		{"hedging cue", "TASS claims that the village was captured.",
			[]want{{source: "TASS", hedged: yes}}},
		{"subject that is no source", "The Kremlin is trying to delay the talks.",
			[]want{{source: "-", sides: "Desk", hedged: no, quote: claims.QuoteNone}}},
		{"report in a subordinate clause named as an event", "The shares fell after the company denied the report.",
			[]want{{source: "-", content: "The shares fell after the company denied the report."}}},
		{"second verb of the same subject", "Trump is telling veterans that the army is depleted and says he will expand it.",
			[]want{{source: "Trump", content: "the army is depleted"}, {source: "Trump", cue: "says", content: "he will expand it."}}},
		{"infinitive is no cue", "The two sides managed to agree on a ceasefire.",
			[]want{{source: "-"}}},
		{"group", "A new round of talks is planned, both sides said.",
			[]want{{source: "both sides", sides: "US,Kremlin", cue: "said"}}},
		{"agentless", "The draft, which Western diplomats are said to have seen, was never published.",
			[]want{{source: "-"}, {source: "-", cue: "are said to", sides: Unknown, hedged: yes, content: "Western diplomats are said to have seen"}}},
		{"agentless over the whole sentence is its one claim", "The talks are said to be close to a deal.",
			[]want{{source: "-", cue: "are said to", sides: Unknown, hedged: yes, content: "The talks are said to be close to a deal."}}},
		{"it became known", "It became known that the embassy will reopen in May.",
			[]want{{source: "-", cue: "It became known that", sides: Unknown, content: "the embassy will reopen in May."}}},
		{"determiner that is no complementizer", "Officials said they had read that report twice.",
			[]want{{source: "Officials", content: "they had read that report twice."}}},
		{"common noun subject of a verb of saying", "The bank said that it had fired the employees.",
			[]want{{source: "The bank", sides: Unknown, content: "it had fired the employees."}}},
		{"bracketed tag after a name", "“Subpoenas are not optional,” Rep. Jason Chaffetz (R-Utah) said.",
			[]want{{source: "Rep. Jason Chaffetz (R-Utah)", quote: claims.QuoteDirect}}},
		{"doubled single quotes", "''We pay our producers,'' Mr. King said.",
			[]want{{source: "Mr. King", quote: claims.QuoteDirect, content: "''We pay our producers,''"}}},
		{"participle after the main report", "“We can't afford this,” Trump said, adding later, “NATO costs us a fortune.”",
			[]want{{source: "Trump", content: "“We can't afford this,”"}, {source: "Trump", cue: "adding", quote: claims.QuoteDirect, content: "“NATO costs us a fortune.”"}}},
		{"participle after an action", "Zelensky left the meeting early, saying that it was pointless.",
			[]want{{source: "-"}, {source: "Zelensky", cue: "saying", content: "it was pointless."}}},
		{"short phrase after a content-first cue", "“It is over,” she said months later, and nobody argued.",
			[]want{{source: "she", content: "“It is over,”"}}},
		{"scare quotes in the publisher's voice", "The so-called “referendum” was held at gunpoint.",
			[]want{{source: "-", hedged: yes}}},
		{"two appositives", "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said the plan is failing.",
			[]want{{source: "Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate", cue: "said", content: "the plan is failing."}}},
		{"bracketed tag before an appositive", "Kirsten Gillibrand (D-NY), a supporter of the bill, told reporters that it would pass.",
			[]want{{source: "Kirsten Gillibrand (D-NY), a supporter of the bill", cue: "told", content: "it would pass."}}},
		{"relative clause in the subject", "The lawyer who wrote the appeal for the families says the ruling will stand.",
			[]want{{source: "The lawyer who wrote the appeal for the families", cue: "says", content: "the ruling will stand."}}},
		{"relative report", "The state faced a backlash from business leaders who say the law is unfair.",
			[]want{{source: "-"}, {source: "who", name: "business leaders", cue: "say", content: "the law is unfair."}}},
		{"bare plural after an introductory word", "Indeed, proponents of tighter rules here say the link is direct.",
			[]want{{source: "proponents of tighter rules", cue: "say", content: "the link is direct."}}},
		{"a share of respondents", "However, 63 percent said the decision was justified.",
			[]want{{source: "63 percent", cue: "said", content: "the decision was justified."}}},
		{"adverb between auxiliary and cue", "Mrs. Clinton has since said she would back the increase.",
			[]want{{source: "Mrs. Clinton", cue: "said", content: "she would back the increase."}}},
		{"middle initial", "Not paying taxes “makes me smart,” Donald J. Trump said last week.",
			[]want{{source: "Donald J. Trump", cue: "said", content: "Not paying taxes “makes me smart,”"}}},
		{"two single marks for a double one", "It ''was a mistake,'' the senator said.",
			[]want{{source: "the senator", cue: "said", content: "It ''was a mistake,''"}}},
		{"inverted quote with a common-noun speaker", "“I think it is coming,” said a strategist for one of the candidates.",
			[]want{{source: "a strategist for one of the candidates", cue: "said", content: "“I think it is coming,”"}}},
		{"spaced closing mark", `"They know the name 'Clinton,' " said Bree Maxwell, a volunteer.`,
			[]want{{source: "Bree Maxwell", cue: "said", content: `"They know the name 'Clinton,' "`}}},
		{"fronted subordinate clause", "While she believed Putin wanted a deal, Clinton said she would not jump to conclusions.",
			[]want{{source: "she", cue: "believed", content: "Putin wanted a deal"}, {source: "Putin", cue: "wanted", content: "a deal"},
				{source: "Clinton", cue: "said", content: "she would not jump to conclusions."}}},
		{"report in a fronted subordinate clause", "Though executives say he shares his father's views, they also say he does not advertise them.",
			[]want{{source: "executives", cue: "say", content: "he shares his father's views"}, {source: "they", cue: "say", content: "he does not advertise them."}}},
		{"as SOURCE said", "It does not show whether he had a gun, as police have said.",
			[]want{{source: "police", cue: "said", content: "It does not show whether he had a gun"}}},
		{"headline in title case", "Sanders Says He Has Started Writing His Address.",
			[]want{{source: "Sanders", cue: "Says", content: "He Has Started Writing His Address."}}},
		{"noun in a title-case headline", "A Curious Plan To Fight Climate Change: Buy Mines, Sell Coal.",
			[]want{{source: "-"}}},
		{"quantifier subject", "Some say they hear echoes of a painful past.",
			[]want{{source: "Some", cue: "say", content: "they hear echoes of a painful past."}}},
		{"relative report in an appositive", "Juanita Broaddrick, who said the governor assaulted her, recounted the incident on the radio.",
			[]want{{source: "who", name: "Juanita Broaddrick", cue: "said", content: "the governor assaulted her"},
				{source: "Juanita Broaddrick", cue: "recounted", content: "the incident on the radio."}}},
		{"relative report in an appositive, main verb no cue", "Juanita Broaddrick, who said the governor assaulted her, relived the incident on the radio.",
			[]want{{source: "-"}, {source: "who", name: "Juanita Broaddrick", cue: "said", content: "the governor assaulted her"}}},
		{"closing report holds another", "The company states that sales fell, said Nargis Kassenova, an analyst at the bank.",
			[]want{{source: "Nargis Kassenova", cue: "said", content: "The company states that sales fell"}}},
		{"fronted prepositional phrase", "In her post about the attacks, Feinberg said the bot proved the point.",
			[]want{{source: "Feinberg", cue: "said", content: "the bot proved the point."}}},
		{"according to a source with a relative clause", "The group has called for attacks using vehicles, according to the SITE Intelligence Group, which monitors extremist statements.",
			[]want{{source: "the SITE Intelligence Group", cue: "according to", content: "The group has called for attacks using vehicles"}}},
		{"according to a noun cue", "Christie has attended numerous games, according to a Watchdog report released by his office.",
			[]want{{source: "a Watchdog report released by his office", cue: "according to", content: "Christie has attended numerous games"}}},
		{"continued after a quotation", "“There will be a third party,” she continued.",
			[]want{{source: "she", cue: "continued", content: "“There will be a third party,”"}}},
		{"continued without a quotation", "However, Moscow flouts the rules and continues to shell the city.",
			[]want{{source: "-"}}},
		{"participle after a fronted phrase", "In a victory speech on Tuesday, Mr. Trump struck a measured tone, saying he understood the responsibility.",
			[]want{{source: "-"}, {source: "Mr. Trump", cue: "saying", content: "he understood the responsibility."}}},
		{"manner adverb before the cue", "Mr. Sanders implicitly criticizes Mr. Obama from the left.",
			[]want{{source: "Mr. Sanders", cue: "criticizes", content: "Mr. Obama from the left."}}},
		{"phrasal cue", "Mr. Trump has railed against the trade deal.",
			[]want{{source: "Mr. Trump", cue: "railed against", content: "the trade deal."}}},
		{"relative that after a plural subject", "But progressive organizations that have endorsed him say the rules are unfair.",
			[]want{{source: "progressive organizations that have endorsed him", cue: "say", content: "the rules are unfair."}}},
		{"one says, another says", "One says Beijing is the capital of billionaires, while another says New York is.",
			[]want{{source: "One", cue: "says", content: "Beijing is the capital of billionaires"}, {source: "another", cue: "says", content: "New York is."}}},
		{"time phrase before the subject", "Hours later, Trump returned the compliment, telling Reuters the two are friends.",
			[]want{{source: "-"}, {source: "Trump", cue: "telling"}}},
		{"participle with that", "The senator voted against the bill, suggesting that it was rushed.",
			[]want{{source: "-"}, {source: "The senator", cue: "suggesting", content: "it was rushed."}}},
		{"second report with a bare plural subject", "Obama emphasized that the reforms were not complete, and rights groups warned that leverage was lost.",
			[]want{{source: "Obama", content: "the reforms were not complete"}, {source: "rights groups", cue: "warned", content: "leverage was lost."}}},
		{"report in a subordinate clause ends the content", "Proponents urged Congress to keep the program, although they say they support some changes.",
			[]want{{source: "Proponents", cue: "urged", content: "Congress to keep the program"}, {source: "they", cue: "say", content: "they support some changes."}}},
		{"parenthetical report", "Mrs. Clinton, these people said, would be open to other measures.",
			[]want{{source: "these people", cue: "said", content: "Mrs. Clinton, these people said, would be open to other measures."}}},
		{"noun in -ly as a head", "Another Clinton ally, Agriculture Secretary Tom Vilsack, told MSNBC that the timing was suspicious.",
			[]want{{source: "Another Clinton ally, Agriculture Secretary Tom Vilsack", cue: "told", content: "the timing was suspicious."}}},
		{"plural possessive in the subject", "People with direct knowledge of Gates' work said that he was helping.",
			[]want{{source: "People with direct knowledge of Gates' work", cue: "said", content: "he was helping."}}},
		{"appositive between dashes", "Deborah Reynolds - his girlfriend and co-host on his channel - told the Post that he changed.",
			[]want{{source: "Deborah Reynolds - his girlfriend and co-host on his channel", cue: "told", content: "he changed."}}},
		{"states as a noun", "NATO is calling for permanent bases in the alliance's eastern member states to counter Russia.",
			[]want{{source: "NATO", cue: "calling for", content: "permanent bases in the alliance's eastern member states to counter Russia."}}},
		{"states as a verb", "The memo states that the plan was approved.",
			[]want{{source: "The memo", cue: "states", content: "the plan was approved."}}},
		{"and inside the subject", "Experts on North Korea and nuclear nonproliferation said the test could change that.",
			[]want{{source: "Experts on North Korea and nuclear nonproliferation", cue: "said", content: "the test could change that."}}},
		{"many of whom", "This has not gone over well with the families, many of whom say the claims are unfounded.",
			[]want{{source: "-"}, {source: "many of whom", cue: "say", content: "the claims are unfounded."}}},
		{"year between who and the cue", "Obama has a frosty relationship with McConnell, who in 2010 said the goal was to defeat him.",
			[]want{{source: "-"}, {source: "McConnell", cue: "said", content: "the goal was to defeat him."}}},
		{"bare noun phrase after a comma", "The relatives watched the video on Thursday, attorneys for the family said.",
			[]want{{source: "attorneys for the family", cue: "said", content: "The relatives watched the video on Thursday"}}},
		{"sentence-initial said", "Said Ellis: “I don’t get the sense she’s interested in tax reform.”",
			[]want{{source: "Ellis", cue: "Said", content: "“I don’t get the sense she’s interested in tax reform.”"}}},
		{"participle with to", "Mrs. Clinton has kept the approach, promising to exceed his goals.",
			[]want{{source: "-"}, {source: "Mrs. Clinton", cue: "promising", content: "to exceed his goals."}}},
		{"a list of verbs inside the content", "Those reports state that the plan would require Ukraine to cede land, reduce its army and declare neutrality.",
			[]want{{source: "Those reports", cue: "state", content: "the plan would require Ukraine to cede land, reduce its army and declare neutrality."}}},
		{"a denial with content in a subordinate clause", "The stock slid after the company denied that it had made an offer.",
			[]want{{source: "-"}, {source: "the company", cue: "denied", content: "it had made an offer."}}},
		{"concession before a report", "While no document has been released publicly, several news outlets said they had obtained copies.",
			[]want{{source: "-", content: "no document has been released publicly"}, {source: "several news outlets", cue: "said", content: "they had obtained copies."}}},
		{"passive of a cue", "Trump is considered a front-runner by most analysts.",
			[]want{{source: "-"}}},
		{"quoted as saying", "Peskov was quoted as saying the talks had failed.",
			[]want{{source: "Peskov", cue: "was quoted as saying", content: "the talks had failed."}}},
		{"attitude verb", "Most voters prefer a negotiated settlement.",
			[]want{{source: "Most voters", cue: "prefer", content: "a negotiated settlement."}}},
		{"declined to say", "Cook declined to say whether it was a violation of policy.",
			[]want{{source: "Cook", cue: "declined to say", stance: claims.NoComment}}},
		{"participle of any cue", "Pope Francis left the stage, calling the holiday a sham.",
			[]want{{source: "-"}, {source: "Pope Francis", cue: "calling", content: "the holiday a sham."}}},
		{"citing is no participle report", "Sky News has reported, citing a source in the ministry, that the demands are unrealistic.",
			[]want{{source: "Sky News", cue: "reported", content: "the demands are unrealistic."}}},
		{"one-word speaker label in a headline", "Lynch: No outside influence on FBI probe into Clinton emails.",
			[]want{{source: "Lynch", cue: ":", content: "No outside influence on FBI probe into Clinton emails."}}},
		{"one-word editorial label", "Reminder: the polls close at 8 p.m. tonight.",
			[]want{{source: "-"}}},
		{"sentence opening with its document", "In an NBC News poll released Monday, 50 percent of respondents chose Clinton.",
			[]want{{source: "an NBC News poll released Monday", cue: "In", content: "50 percent of respondents chose Clinton."}}},
		{"opening phrase with a report inside", "In an interview with CNN, Trump said the deal was dead.",
			[]want{{source: "Trump", cue: "said", content: "the deal was dead."}}},
		{"share in words", "Two in three said they are less likely to vote in November.",
			[]want{{source: "Two in three", cue: "said", content: "they are less likely to vote in November."}}},
		{"share after while", "Among men, 57 percent see him negatively while 61 percent say the same of her.",
			[]want{{source: "-"}, {source: "61 percent", cue: "say", content: "the same of her."}}},
		{"second report of a document", "Beyond the footage, the affidavit cited interviews with Fields and said that he had seen bruises.",
			[]want{{source: "the affidavit", cue: "cited", content: "interviews with Fields"}, {source: "the affidavit", cue: "said", content: "he had seen bruises."}}},
		{"quoted title in an appositive", "Hemsley, the co-author of “Going Viral,” about the spread of information, said the days are gone.",
			[]want{{source: "Hemsley, the co-author of “Going Viral,” about the spread of information", cue: "said", content: "the days are gone."}}},
		{"possessive that also starts a longer name", "Zelensky's office said the exchange would happen on Friday.",
			[]want{{source: "Zelensky's office", sides: "Ukraine", cue: "said"}}},
		{"said in a statement", "The White House said in a statement that the call was productive.",
			[]want{{source: "The White House", sides: "US", cue: "said", content: "the call was productive."}}},
		{"a noun cue as the object", "The companies denied a report that they are in talks.",
			[]want{{source: "The companies", cue: "denied"}, {source: "a report", cue: "report", content: "they are in talks."}}},
		{"bare verb form as a noun in the subject", "Russian state news agency RIA reported that the talks had ended.",
			[]want{{source: "Russian state news agency RIA", sides: "pro-Kremlin media", cue: "reported"}}},
		{"participle after a content-first report", "“We remain open to talks,” he said, referring to the country's official name.",
			[]want{{source: "he", cue: "said", content: "“We remain open to talks,”"}, {source: "he", cue: "referring to", content: "the country's official name."}}},
		{"issued a statement", "The campaign issued a statement: “We will not concede.”",
			[]want{{source: "The campaign", cue: "issued a statement", content: "“We will not concede.”"}}},
		{"attitude with be", "Party leaders are concerned that the tactics could backfire.",
			[]want{{source: "Party leaders", cue: "are concerned", content: "the tactics could backfire."}}},
		{"a speaker named Will", "“It is an expensive model,” said Will Doyle, a professor of higher education.",
			[]want{{source: "Will Doyle", cue: "said", content: "“It is an expensive model,”"}}},
		{"relative clause after an inverted speaker", "The terrain is his, said a handful of Democrats who live there.",
			[]want{{source: "a handful of Democrats", cue: "said", content: "The terrain is his"}}},
		{"one-word content before a closing report", "Sorry, Sanders said.",
			[]want{{source: "Sanders", cue: "said", content: "Sorry"}}},
		{"sentence adverb between commas", "Democrats, meanwhile, blasted Republicans for being sore losers.",
			[]want{{source: "Democrats", cue: "blasted"}}},
		{"sentence adverb in -ly before the subject", "Ultimately, Mr. Putin refused to sign the agreement.",
			[]want{{source: "Mr. Putin", cue: "refused"}}},
		{"fronted clause before a tell verb", "While Democrats have asked for new talks, Cornyn told reporters this was the only chance.",
			[]want{{source: "Democrats", cue: "asked", content: "for new talks"}, {source: "Cornyn", cue: "told", content: "this was the only chance."}}},
		{"relative subject after a concessive", "Though executives who have worked with him say he is calm, they also say he is private.",
			[]want{{source: "executives who have worked with him", cue: "say", content: "he is calm"}, {source: "they", cue: "say", content: "he is private."}}},
		{"second report after a semicolon", "More than six in 10 said they were tired; 46 percent said they were unenthusiastic.",
			[]want{{source: "More than six in 10", cue: "said", content: "they were tired"}, {source: "46 percent", cue: "said", content: "they were unenthusiastic."}}},
		{"share after a comma and and", "They were tired, and 46 percent said they were unenthusiastic.",
			[]want{{source: "-", content: "They were tired"}, {source: "46 percent", cue: "said", content: "they were unenthusiastic."}}},
		{"prepositional phrase after an inverted quote", "“We are tying their hands,” state Sen. Jason Holsman said about halfway through the filibuster.",
			[]want{{source: "state Sen. Jason Holsman", cue: "said", content: "“We are tying their hands,”"}}},
		{"past tense with a common-noun subject", "Some Clinton allies suggested that intelligence officials were motivated.",
			[]want{{source: "Some Clinton allies", cue: "suggested", content: "intelligence officials were motivated."}}},
		{"that-clause after a present tense", "The missive suggests that Republicans have no intention of relenting.",
			[]want{{source: "The missive", cue: "suggests", content: "Republicans have no intention of relenting."}}},
		{"participle of a passive is no report", "The original slate of delegates recommended by the state party lost.",
			[]want{{source: "-"}}},
		{"relative clause after a plural noun is no that-clause", "Two attacks that killed nine people shook the city.",
			[]want{{source: "-"}}},
		{"adverb before a past tense is no subject", "She was elated but still feared the military.",
			[]want{{source: "She", cue: "feared", content: "the military."}}},
		{"conjunction before the subject of a participle", "And even Obama tried to help them, noting that he would demur too.",
			[]want{{source: "-"}, {source: "Obama", cue: "noting", content: "he would demur too."}}},
		{"abbreviated month inside the subject", "The nominee for the Nov. 8 election later said he was being sarcastic.",
			[]want{{source: "The nominee for the Nov. 8 election", cue: "said", content: "he was being sarcastic."}}},
		{"share in per cent after a colon", "There is less consensus on terrorism: 47% say the United States should commit troops.",
			[]want{{source: "47%", cue: "say", content: "the United States should commit troops."}}},
		{"amount in dollars inside the speaker", "“They have to decide,” Fight for $15 organizing director Kendall Fells told Fox News.",
			[]want{{source: "Fight for $15 organizing director Kendall Fells", cue: "told", content: "“They have to decide,”"}}},
		{"verb of thinking with a common-noun subject", "Clinton strategists think women are likely to be the key.",
			[]want{{source: "Clinton strategists", cue: "think", content: "women are likely to be the key."}}},
		{"negated auxiliary before the cue", "Indiana politicians don’t want their money back.",
			[]want{{source: "Indiana politicians", cue: "want", content: "their money back."}}},
		{"aside with commas of its own between the name and the cue", "Clinton, during a town hall meeting in Columbus, Ohio, said she would help coal miners.",
			[]want{{source: "Clinton", cue: "said", content: "she would help coal miners."}}},
		{"relative aside with commas of its own", "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Sanders was rude.",
			[]want{{source: "Sandy Phillips", cue: "said", content: "Sanders was rude."}}},
		{"participle after a time phrase", "Cruz continued on Saturday, saying that the phrase came from Trump himself.",
			[]want{{source: "-"}, {source: "Cruz", cue: "saying", content: "the phrase came from Trump himself."}}},
		{"that after a participle belongs to it", "Trump attacked Clinton on Saturday, saying that the phrase came from her.",
			[]want{{source: "Trump", cue: "attacked", content: "Clinton on Saturday"}, {source: "Trump", cue: "saying", content: "the phrase came from her."}}},
		{"amount before a participle", "Graham comes in second, with 22 percent saying they would not support him.",
			[]want{{source: "-"}, {source: "22 percent", cue: "saying", content: "they would not support him."}}},
		{"by saying", "She followed that by saying, “I am not a natural politician.”",
			[]want{{source: "-"}, {source: "She", cue: "saying", content: "“I am not a natural politician.”"}}},
		{"an act after by is no report", "Moscow violates the truce by attacking Ukrainian cities.",
			[]want{{source: "-"}}},
		{"quoted listener after an opening quotation", "“We have to increase the bombings,” the nominee told “Fox and Friends” after he was asked about it.",
			[]want{{source: "the nominee", cue: "told", content: "“We have to increase the bombings,”"}}},
		{"relative clause after the listener of an opening quotation", "“It is a serious job,” the former president told a crowd that the campaign estimated at 3,000 people.",
			[]want{{source: "the former president", cue: "told", content: "“It is a serious job,”"}}},
		{"possessive her before the listener", "Clinton told her supporters, “I still love New Hampshire.”",
			[]want{{source: "Clinton", cue: "told", content: "“I still love New Hampshire.”"}}},
		{"participle of two words after an inverted quote", "“The key was timing,” Mr. Hedge said, referring to the two Trump resorts.",
			[]want{{source: "Mr. Hedge", cue: "said", content: "“The key was timing,”"}, {source: "Mr. Hedge", cue: "referring to", content: "the two Trump resorts."}}},
		{"participle after a closing quotation mark", "Trump said things “should be wrapped up by Cleveland,” referring to the party’s July convention.",
			[]want{{source: "Trump", cue: "said", content: "things “should be wrapped up by Cleveland,”"}, {source: "Trump", cue: "referring to", content: "the party’s July convention."}}},
		{"two speakers before a colon and a quotation", "Mark Blumenthal and Jon Cohen: “The polls were not dead wrong.”",
			[]want{{source: "Mark Blumenthal and Jon Cohen", cue: ":", content: "“The polls were not dead wrong.”"}}},
		{"speaker with a bracketed tag before a colon", `Rep. Trey Gowdy (R-S.C.): "I have not heard anyone cite that figure."`,
			[]want{{source: "Rep. Trey Gowdy (R-S.C.)", cue: ":", content: `"I have not heard anyone cite that figure."`}}},
		{"headline speaker on a topic", "Gillibrand on Hillary Releasing Her Speech Transcripts: ‘I Think She Will.’",
			[]want{{source: "Gillibrand", cue: ":", content: "‘I Think She Will.’"}}},
		{"title on a topic without a quotation is no speaker", "Attack on Paris: A timeline of the night.",
			[]want{{source: "-"}}},
		{"past tense before a modal is no noun", "The changes, which officials said will go into effect in May, will not apply to all.",
			[]want{{source: "-"}, {source: "officials", cue: "said", content: "will go into effect in May"}}},
		{"time words between the subject and the cue", "One in four voters in a poll last year said immigrants should leave.",
			[]want{{source: "One in four voters in a poll", cue: "said", content: "immigrants should leave."}}},
		{"spoke with no words reported", "Mr. Trump spoke for more than 45 minutes at the rally.",
			[]want{{source: "-"}}},
		{"spoke about a subject", "Mr. Trump spoke about the wall at the rally.",
			[]want{{source: "Mr. Trump", cue: "spoke", content: "about the wall at the rally."}}},
		{"second report after a comma and a phrase of time", "She said the decision was a mistake, at the town hall this week she said she had no regrets.",
			[]want{{source: "She", cue: "said", content: "the decision was a mistake"}, {source: "she", cue: "said", content: "she had no regrets."}}},
		{"no comment from a subject the lexicon does not know", "The Sanders and Clinton campaigns declined to comment.",
			[]want{{source: "The Sanders and Clinton campaigns", cue: "declined to comment", stance: claims.NoComment}}},
		{"no comment after a clause of the publisher's", "Adelson has not endorsed anyone, and his spokesman declined to comment.",
			[]want{{source: "-", content: "Adelson has not endorsed anyone"}, {source: "his spokesman", cue: "declined to comment", content: "his spokesman declined to comment."}}},
		{"publisher's clause before a joined report", "The talks ended after six hours, but officials said a new round was planned.",
			[]want{{source: "-", content: "The talks ended after six hours"}, {source: "officials", cue: "said", content: "a new round was planned."}}},
		{"content that opens with a subordinate clause", "Since Clinton has more votes, superdelegates would be going against the voters, Mook said.",
			[]want{{source: "Mook", cue: "said", content: "Since Clinton has more votes, superdelegates would be going against the voters"}}},
		{"says before an auxiliary is a verb", "The wage is higher than in France, which the OECD says had the highest wage floor.",
			[]want{{source: "-"}, {source: "the OECD", cue: "says", content: "had the highest wage floor."}}},
		{"a clause between commas is no appositive", "In the world of politics, it is highly unusual for a mistake to slip into a speech, said Matt Latimer, a speechwriter.",
			[]want{{source: "Matt Latimer", cue: "said", content: "In the world of politics, it is highly unusual for a mistake to slip into a speech"}}},
		{"fronted time phrase is no content", "Minutes after the voting began, the chairman announced four votes for Trump, 31 for Cruz and two abstentions.",
			[]want{{source: "the chairman", cue: "announced", content: "four votes for Trump, 31 for Cruz and two abstentions."}}},
		{"a phrase of time after the cue closes the report", "The plan is dead, she said several months later, and the party agreed.",
			[]want{{source: "she", cue: "said", content: "The plan is dead"}}},
		{"as SOURCE noted, CONTENT", "As Reuters reported on Monday, the talks collapsed.",
			[]want{{source: "Reuters", cue: "reported", content: "the talks collapsed."}}},
		{"a year after the subject", "As another Pew study from 2011 noted, the average age was 18.",
			[]want{{source: "another Pew study", cue: "noted", content: "the average age was 18."}}},
		{"say before a modal in a relative clause", "There has been a surge of independents, which Democrats say could be aiding Mr. Sanders.",
			[]want{{source: "-"}, {source: "Democrats", cue: "say", content: "could be aiding Mr. Sanders."}}},
		{"subject after a fronted conditional clause", "If it doesn't slow down, forecasters say health spending will cripple the economy.",
			[]want{{source: "forecasters", cue: "say", content: "health spending will cripple the economy."}}},
		{"bare noun subject after although", "Sanders leads in the polls, although history says there can be upheavals.",
			[]want{{source: "-"}, {source: "history", cue: "says", content: "there can be upheavals."}}},
		{"report that closes a sentence of two reports", "Other candidates said they back vouchers, but they would not push them in Congress, they said.",
			[]want{{source: "Other candidates", cue: "said", content: "they back vouchers"}, {source: "they", cue: "said", content: "they would not push them in Congress"}}},
		{"fronted phrase that opens with an adverb", "Ever since the primary ended, Ms. Warren has been a powerful surrogate, attacking Mr. Trump.",
			[]want{{source: "-"}, {source: "Ms. Warren", cue: "attacking", content: "Mr. Trump."}}},
		{"listener before a content without that", "She told him the plan was dead.",
			[]want{{source: "She", cue: "told", content: "the plan was dead."}}},
		{"outlet as listener", "Sanders told CNN he would stay in the race.",
			[]want{{source: "Sanders", cue: "told", content: "he would stay in the race."}}},
		{"grounds given with citing", "Analysts said the ties have grown, citing the strategic importance of the port.",
			[]want{{source: "Analysts", cue: "said", content: "the ties have grown"}, {source: "Analysts", cue: "citing", content: "the strategic importance of the port."}}},
		{"citing sources relays the report", "Sky News said the talks had ended, citing sources in Kyiv.",
			[]want{{source: "Sky News", cue: "said", content: "the talks had ended"}}},
		{"an inverted tag after an aside inside the content", "Cruz also lacks support from his colleagues in Congress, whom he has alienated, said Larry Sabato, director of the Center for Politics.",
			[]want{{source: "Larry Sabato", cue: "said", content: "Cruz also lacks support from his colleagues in Congress, whom he has alienated"}}},
		{"a subject with its aside before a verb of saying", "Sandy Phillips, who lost her daughter in Aurora, said the law failed.",
			[]want{{source: "Sandy Phillips", cue: "said", content: "the law failed."}}},
		{"tell takes a listener after an aside, not a speaker", "“Yes, I support him,” Brent Bozell, founder of the Media Research Center, told Breitbart News.",
			[]want{{source: "Brent Bozell, founder of the Media Research Center", cue: "told", content: "“Yes, I support him,”"}}},
		{"an appositive with a relative clause that has a verb", "Pete Seat, a consultant whose firm was retained by the Kasich campaign, said he would be shocked.",
			[]want{{source: "Pete Seat, a consultant whose firm was retained by the Kasich campaign", cue: "said", content: "he would be shocked."}}},
		{"saying after a clause whose subject the lexicon does not know", "One employee at a software firm declined to speak on the record, saying it would be a bad career move.",
			[]want{{source: "-"}, {source: "One employee at a software firm", cue: "saying", content: "it would be a bad career move."}}},
		{"a participle after a possessive describes a noun", "The investments are a tiny fraction of Trump's reported net worth.",
			[]want{{source: "-"}}},
		{"a possessive pronoun before a participle", "Her stated goal is to cut taxes.",
			[]want{{source: "-"}}},
		{"a contracted verb before a participle is no possessive", "He's argued for years that delegates are free.",
			[]want{{source: "He", cue: "argued", content: "delegates are free."}}},
		{"a contracted pronoun is the source and refers back", "Senator Jon Tester said the vote failed. He's said the bill is dead.",
			[]want{{source: "Senator Jon Tester"}, {source: "He", name: "Senator Jon Tester", cue: "said", content: "the bill is dead."}}},
		{"a place and its state end an appositive", "Mr. Daniloff, now retired in Cambridge, Mass., said by telephone this week that Reagan had saved him.",
			[]want{{source: "Mr. Daniloff, now retired in Cambridge, Mass.", cue: "said", content: "Reagan had saved him."}}},
		{"a party tag is no state", "Sen. Rand Paul, R-Ky., said that polls could be off.",
			[]want{{source: "Sen. Rand Paul, R-Ky.", cue: "said", content: "polls could be off."}}},
		{"a place and its state end a subject", "Betsy Sharp of Burke County, Georgia, said Trump was kind.",
			[]want{{source: "Betsy Sharp of Burke County, Georgia", cue: "said", content: "Trump was kind."}}},
		{"a listener, a place and a time before that", "Donald Trump told a town hall in Salem, New Hampshire on Monday that waterboarding is peanuts.",
			[]want{{source: "Donald Trump", cue: "told", content: "waterboarding is peanuts."}}},
		{"far from a verb of telling, that after a common noun opens a relative", "It told the story of Florida tomato pickers, a labor issue that Sanders had discovered in the Senate.",
			[]want{{source: "It", cue: "told", content: "the story of Florida tomato pickers, a labor issue that Sanders had discovered in the Senate."}}},
		{"a mention that ends in a pronoun after its head", "Cruz will change his approach, a source close to him said.",
			[]want{{source: "a source close to him", cue: "said", content: "Cruz will change his approach"}}},
		{"a possessive her before a noun cue is no such pronoun", "Aides questioned the timing of her attack on the bank.",
			[]want{{source: "Aides", cue: "questioned"}}},
		{"that opens a sentence as a determiner", "That person said the talks had failed.",
			[]want{{source: "That person", cue: "said", content: "the talks had failed."}}},
		{"and said after a clause whose subject the lexicon does not know", "One of the men, Jessie Elkins, 70, had served in Vietnam and said he was convinced that the war was wrong.",
			[]want{{source: "Jessie Elkins, 70", cue: "said", content: "he was convinced that the war was wrong."}}},
		{"and said in a subordinate clause after another subject", "Some in the crowd booed, and when Rubio thanked Miami and said it was great to be home, a man yelled.",
			[]want{{source: "-"}, {source: "Rubio", cue: "thanked"}}},
		{"and with a verb of saying before a noun phrase is no report of a clause", "One of the men controlled the committee and had confirmed 68 judicial nominees.",
			[]want{{source: "-"}}},
		{"a verb the lexicon does not list before a colon and a quotation", "Mr. Smith shot back: “That is not true.”",
			[]want{{source: "Mr. Smith", cue: "shot back", quote: claims.QuoteDirect, content: "“That is not true.”"}}},
		{"an infinitive of saying before a colon and a quotation", "Peskov went on to say: “We are ready.”",
			[]want{{source: "Peskov", cue: "went on to say", content: "“We are ready.”"}}},
		{"a colon before a quotation that goes on into the next sentence", "Clinton seemed irritated: “It's a public statement!",
			[]want{{source: "-"}}},
		{"a colon and a quotation after a subject that is no source", "The result was clear: “We lost.”",
			[]want{{source: "-"}}},
		{"a participle phrase before the subject is no content", "Reached by phone on Tuesday, Joyce told The Huffington Post he is not planning an appeal.",
			[]want{{source: "Joyce", cue: "told", content: "he is not planning an appeal."}}},
		{"a fronted participle of saying reports for the subject", "Noting that the policy has failed, Trump said the plan works.",
			[]want{{source: "Trump", cue: "Noting", content: "the policy has failed"}, {source: "Trump", cue: "said", content: "the plan works."}}},
		{"a fronted participle of saying with no clause after it", "Responding to this criticism, Trump said the plan works.",
			[]want{{source: "Trump", cue: "said", content: "the plan works."}}},
		{"a listener of a few words before a subject pronoun", "He tells audiences she may be prosecuted.",
			[]want{{source: "He", cue: "tells", content: "she may be prosecuted."}}},
		{"according to after a fronted subordinate clause reports the main clause", "While most were elevated to the confidential level, according to a State Department official, two were upgraded.",
			[]want{{source: "a State Department official", cue: "according to", content: "two were upgraded."}}},
		{"according to before a comma and a conjunction reports the clause before", "Clinton leads Sanders by 271 delegates according to a count by The Associated Press, but Sanders has vowed to go on.",
			[]want{{source: "a count by The Associated Press", cue: "according to", content: "Clinton leads Sanders by 271 delegates"}}},
		{"according to inside brackets reports what is inside them", "Trump cited a figure (the actual number is closer to 15 percent, according to Factcheck.org).",
			[]want{{source: "Factcheck.org", cue: "according to", content: "the actual number is closer to 15 percent"}}},
		{"a speech tag inside brackets", "The union lost members (“I want my dues back,” one member wrote on Facebook).",
			[]want{{source: "one member", cue: "wrote", content: "“I want my dues back,”"}}},
		{"a relative clause report after an object without a determiner", "Sharpton took calls from listeners who said they had misgivings about Clinton.",
			[]want{{source: "-"}, {source: "who", name: "listeners", cue: "said", content: "they had misgivings about Clinton."}}},
		{"a relative clause report after an object", "Trump refused to pay an architect who said he was stiffed.",
			[]want{{source: "Trump", cue: "refused"}, {source: "who", name: "an architect", cue: "said", content: "he was stiffed."}}},
		{"a quotation's tag that repeats the report's speaker", "DuVernay said she felt the amendment was worth examining because “most people don’t know,” she said.",
			[]want{{source: "DuVernay", cue: "said", content: "she felt the amendment was worth examining because “most people don’t know,”"}}},
		{"a quotation's tag that names another speaker", "The ministry said the talks failed, “and we will not return,” Peskov said.",
			[]want{{source: "Peskov", cue: "said"}}},
		{"states after a modifier is a noun", "Trump's support in key states means “he must be doing something right,” she says.",
			[]want{{source: "she", cue: "says"}}},
		{"a fronted phrase with through is no content of a refusal", "Through a spokesman, he declined to comment.",
			[]want{{source: "he", cue: "declined to comment", stance: claims.NoComment, content: "he declined to comment."}}},
		{"called between commas before a name names the noun", "The program, called EB-5, offers visas to investors.",
			[]want{{source: "-"}}},
		{"called between commas before a time reports", "Roy Cooper, the attorney general, called Friday for releasing the videos, as well.",
			[]want{{source: "Roy Cooper, the attorney general", cue: "called"}}},
		{"a relative which clause report", "The report, which found that wages fell, was published on Monday.",
			[]want{{source: "-"}, {source: "which", name: "The report", cue: "found", content: "wages fell"}}},
		{"a refusal in a relative which clause", "Norton, which declined to comment, returned the rights to Hurt.",
			[]want{{source: "-"}, {source: "which", name: "Norton", cue: "declined to comment", stance: claims.NoComment, content: "which declined to comment"}}},
		{"which before a subject is its object", "Analysts praised the plan, which Merkel says will fail.",
			[]want{{source: "Analysts", cue: "praised"}, {source: "Merkel", cue: "says", content: "will fail."}}},
		{"a role in apposition before a name is no content", "Trump’s campaign manager, Corey Lewandowski, declined to comment on the data program.",
			[]want{{source: "Trump’s campaign manager, Corey Lewandowski", cue: "declined to comment", content: "on the data program."}}},
		{"a report inside its content after a noun phrase", "The latest test, North Korea said, was its biggest yet.",
			[]want{{source: "North Korea", cue: "said", content: "The latest test, North Korea said, was its biggest yet."}}},
		{"citing after a clause with no report names no source", "But when Hurt asked Norton to republish the book, it declined, citing legal risks.",
			[]want{{source: "-"}, {source: "Hurt", cue: "asked"}}},
		{"a verdict in quotation marks on it does not point back", "Valeant has become a punching bag. Hillary Clinton called it “predatory.”",
			[]want{{source: "-"}, {source: "Hillary Clinton", cue: "called", content: "it “predatory.”"}}},
		{"two speakers in participles joined by and", "Both men issued a statement – Ryan saying he was “very encouraged” and Trump calling it a “great meeting.”",
			[]want{{source: "-"}, {source: "Ryan", cue: "saying", content: "he was “very encouraged”"}, {source: "Trump", cue: "calling", content: "it a “great meeting.”"}}},
		{"two shares in participles joined by and", "The poll found 40 percent backing Clinton, with 22 percent saying they were undecided and 10 percent saying they would not vote.",
			[]want{{source: "The poll"}, {source: "22 percent", content: "they were undecided"}, {source: "10 percent", content: "they would not vote."}}},
		{"a relative clause inside an appositive ends at its comma", "Cruz, a graduate of Harvard Law School who has argued cases before the Supreme Court, will do an excellent job, Blackwell maintains.",
			[]want{{source: "Blackwell", cue: "maintains", content: "Cruz, a graduate of Harvard Law School who has argued cases before the Supreme Court, will do an excellent job"}}},
		{"a second report joined by and after a subordinate clause", "She said fathers would not be eligible, and when pressed on why, the mother of three replied, “It is meant for mothers.”",
			[]want{{source: "She", cue: "said", content: "fathers would not be eligible"}, {source: "the mother of three", cue: "replied", content: "“It is meant for mothers.”"}}},
		{"as X said after a quotation inside a sentence", "Protest is patriotism, Mr. Obama said, like wearing a shirt with the words “I can't breathe,” as Eric Garner said before he died.",
			[]want{{source: "Mr. Obama", cue: "said"}, {source: "Eric Garner", cue: "said", content: "“I can't breathe,”"}}},
		{"a title after a noun that names a work", "At the end of the anthem “A Change Is Gonna Come,” she added the words “Hillary Clinton.”",
			[]want{{source: "she", cue: "added", content: "the words “Hillary Clinton.”"}}},
		{"no doubt opens a sentence", "No doubt, companies should pay some form of taxes.",
			[]want{{source: "-"}}},
		{"having said that links to the sentence before", "Having said that, some economists argue that taxes should be low.",
			[]want{{source: "some economists", cue: "argue", content: "taxes should be low."}}},
		{"a source after a subordinator starts after it", "Though she called the behavior “outrageous,” Clinton restricted her comments.",
			[]want{{source: "-"}, {source: "she", cue: "called"}}},
		{"a phrase of time before the subject is no content", "Last month, the FBI warned states to boost their election security.",
			[]want{{source: "the FBI", cue: "warned", content: "states to boost their election security."}}},
		{"a title after a preposition before the subject is no content", "In his 2002 book, “Make Your Kid a Millionaire,” Mr. McKinley suggested that parents save early.",
			[]want{{source: "Mr. McKinley", cue: "suggested", content: "parents save early."}}},
		{"reported from a place is a credit line", "Julie Davis reported from Midway Atoll.",
			[]want{{source: "-"}}},
		{"spoke to an audience is no report", "Trump spoke to a gathering of fracking industry leaders.",
			[]want{{source: "-"}}},
		{"spoke highly of is", "Starr spoke highly of the former president's personal attributes.",
			[]want{{source: "Starr", cue: "spoke"}}},
		{"a participle phrase with a verb of its own before the cue", "Federal officials, speaking on condition of anonymity because they were not authorized to discuss it, said that the server was secure.",
			[]want{{source: "Federal officials", cue: "said", content: "the server was secure."}}},
		{"a name that repeats the speaker in a closing tag", "Pence said in politics it takes time but added, “I strongly support Paul Ryan,” Pence said.",
			[]want{{source: "Pence", cue: "said", content: "in politics it takes time"}, {source: "Pence", cue: "added", content: "“I strongly support Paul Ryan,”"}}},
		{"a list of names and a bare verb of saying before a pronoun", "Carson, Fiorina and Huckabee have all characterized their speeches as commitments and say they are no longer accepting invitations.",
			[]want{{source: "Carson, Fiorina and Huckabee", cue: "say", content: "they are no longer accepting invitations."}}},
		{"an as-aside inside the sentence reports the clause after it", "There are questions about his advice, given that, as The Times reported on Saturday, he has emerged as an adviser.",
			[]want{{source: "The Times", cue: "reported", content: "he has emerged as an adviser."}}},
		{"a dash after the tag closes the report", "Deficits will end this year, the Congressional Budget Office reported on Tuesday -- a development that injects new questions into the race.",
			[]want{{source: "the Congressional Budget Office", cue: "reported", content: "Deficits will end this year"}}},
		{"according to a source of a relative clause at the end of a report", "Weaver says the candidate can close the gap in delegates, which stood at 263, according to the Associated Press.",
			[]want{{source: "Weaver", cue: "says", content: "the candidate can close the gap in delegates"},
				{source: "the Associated Press", cue: "according to", content: "which stood at 263"}}},
		{"quoted by name is no source", "“Too much hate,” said the woman, who did not want to be quoted by name because of the sensitivity of the issue.",
			[]want{{source: "the woman", cue: "said", content: "“Too much hate,”"}}},
		{"a title inside the source of according to", "The plan would cost $1.38 trillion a year, according to the “Medicare for all” document he released.",
			[]want{{source: "the “Medicare for all” document he released", cue: "according to", content: "The plan would cost $1.38 trillion a year"}}},
		{"two reports each closing its clause, joined by while", "In Seattle, marchers honored the victims with roses, KING-TV reported, while in Chicago the parade began with a moment of silence, the Chicago Sun-Times reported.",
			[]want{{source: "KING-TV", cue: "reported", content: "In Seattle, marchers honored the victims with roses"},
				{source: "the Chicago Sun-Times", cue: "reported", content: "in Chicago the parade began with a moment of silence"}}},
		{"a fronted predicate before according to", "Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving business activity.",
			[]want{{source: "Ms. Epstein", cue: "according to", content: "Among Supreme Court precedents at risk, according to Ms. Epstein, are 16 involving business activity."}}},
		{"chanted a quotation", "Protesters chanted “What curfew?”",
			[]want{{source: "Protesters", cue: "chanted", quote: claims.QuoteDirect}}},
		{"bemoaned", "Trump bemoaned the unrest in Charlotte.",
			[]want{{source: "Trump", cue: "bemoaned", content: "the unrest in Charlotte."}}},
		{"a listener then a quotation after a comma", "Dick Dever, who was listed on the Cruz slate, told POLITICO, “Of the three, I like John Kasich the best.”",
			[]want{{source: "Dick Dever", cue: "told", content: "“Of the three, I like John Kasich the best.”"}}},
		{"a tag with a listener closes the sentence", "Support is strongest among the most active teachers, teachers and union officials told POLITICO.",
			[]want{{source: "teachers and union officials", cue: "told", content: "Support is strongest among the most active teachers"}}},
		{"according to a source that runs past its phrase", "Turnout rose sharply according to early results of exit polls conducted for the Associated Press and television networks for Edison Research.",
			[]want{{cue: "according to", content: "Turnout rose sharply"}}},
		{"and said inside a relative clause", "Sanders, who endorsed Canova in May and said he would campaign with him, did not show up.",
			[]want{{source: "-"}, {source: "who", cue: "endorsed"}, {source: "who", name: "Sanders", cue: "said", content: "he would campaign with him"}}},
		{"everything X says is the subject of the sentence", "Everything Trump says is a lie unless proven otherwise.",
			[]want{{source: "-"}}},
		{"a subject after a plural noun is a relative clause's", "The experts I spoke to this week about the plans were divided.",
			[]want{{source: "-"}}},
		{"a verb in -s before a name is no plural noun", "Ted Cruz endorses Trump, who says he is honored.",
			[]want{{source: "Ted Cruz", cue: "endorses"}, {source: "who", cue: "says", content: "he is honored."}}},
		{"a refusal in a whose clause leaves the main report", "The senator, whose office declined to comment, said Tuesday that the bill would pass.",
			[]want{{source: "The senator", cue: "said", content: "the bill would pass."}}},
		{"a colon after an object and an agent is no speech", "She received a letter from the IRS: “You owe $5,000.”",
			[]want{{source: "-"}}},
		{"a colon after a plural object is no speech", "The protesters carried banners: “No war.”",
			[]want{{source: "-"}}},
		{"nothing inside an aside of the subject is no antecedent", "Pompeo, who would say nothing about the senders, agreed that the messages were secret.",
			[]want{{source: "who", cue: "say"}, {source: "Pompeo", cue: "agreed", content: "the messages were secret."}}},
		{"who after the object of a clause stands for the object", "Police interviewed three witnesses, who said the driver was speeding.",
			[]want{{source: "-"}, {source: "who", name: "three witnesses", cue: "said", content: "the driver was speeding."}}},
		{"who after a subject with a participle adjective", "The elected officials, who said the vote was fair, left.",
			[]want{{source: "-"}, {source: "who", name: "The elected officials", cue: "said", content: "the vote was fair"}}},
		{"a participle after its noun before the clause's verb", "A merger announced Monday would turn Pfizer into an Irish company.",
			[]want{{source: "-"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, cs := tagText(t, tt.text)
			require.Len(t, cs, len(tt.want), "claims: %+v", cs)
			for i, w := range tt.want {
				check(t, doc, cs[i], w)
			}
		})
	}
}

func TestTagger_Conduit(t *testing.T) {
	tests := []struct{ text, source, via string }{
		{"Russia is ready for talks, Peskov told TASS on Friday.", "Peskov", "TASS"},
		{"Lavrov told RIA Novosti that the talks were useful.", "Lavrov", "RIA Novosti"},
		{"Zelensky said in an interview with the newspaper that he would go.", "Zelensky", "the newspaper"},
		{"Rubio told reporters that the talks were useful.", "Rubio", ""},
		{"Deputy Foreign Minister Sergei Ryabkov, quoted by the RIA Novosti news agency, said Russia saw no basis for talks.",
			"Deputy Foreign Minister Sergei Ryabkov", "the RIA Novosti news agency"},
		{"Zakharova, cited by the daily Kommersant, said the EU would regret it.", "Zakharova", "the daily Kommersant"},
		{"Peskov, speaking to TASS, said the talks would continue.", "Peskov", "TASS"},
		{"Peskov, speaking to reporters, said the talks would continue.", "Peskov", ""},
		{"Zelensky, in an interview with Axios, said that Ukraine would not accept the deal.", "Zelensky", "Axios"},
		{"Zelensky said in an interview with Axios that Ukraine would not accept the deal.", "Zelensky", "Axios"},
		{"Blinken, speaking to Chinese Foreign Minister Wang Yi, said the talks were useful.", "Blinken", ""},
		{"Peskov, speaking to TASS on Monday, said the talks would go on.", "Peskov", "TASS"},
		{"Iran told the International Atomic Energy Agency that it would resume enrichment.", "Iran", ""},
		{"“Contacts are continuing,” Ushakov told journalists, according to Interfax.", "Ushakov", "Interfax"},
		{"The assessment, published by the Russian Defence Ministry, said 40 drones were destroyed.",
			"The assessment, published by the Russian Defence Ministry", ""},
		{"HUR claimed responsibility for the attack, a source told the Kyiv Independent.", "a source", "the Kyiv Independent"},
		{"Graham told CBS News on Tuesday that the race was over.", "Graham", "CBS News"},
		{"A person familiar with the talks told Reuters that the deal was close.", "A person familiar with the talks", "Reuters"},
		{"The minister told Reporters Without Borders that he was sorry.", "The minister", ""},
		{"\"The Russians are lying,\" a senior Ukrainian official told The Associated Press.", "a senior Ukrainian official", "The Associated Press"},
		{"Trump told Zelensky that the talks were over.", "Trump", ""},
		{"The Kremlin criticized the newspaper for its coverage.", "The Kremlin", ""},
		{"Peskov assured the newspaper that the talks would continue.", "Peskov", "the newspaper"},
		{"“We see no basis for talks,” said Ryabkov, quoted by Interfax.", "Ryabkov", "Interfax"},
		{"The reports, first published by Bloomberg, said the order was drafted.", "The reports", "Bloomberg"},
		{"Starr's remarks, first reported by The New York Times on Tuesday, suggested a deal was close.", "Starr's remarks", "The New York Times"},
		{"Interfax quoted Peskov as saying that the talks had been useful.", "Peskov", "Interfax"},
		{"“Ukraine will not give up its land,” the statement quoted Zelensky as saying.", "Zelensky", "the statement"},
		{"The newspaper cited Lavrov as saying Moscow was ready for talks.", "Lavrov", "The newspaper"},
		{"The newspaper quoted a poem about the war.", "The newspaper", ""},
		{"Interfax quoted Peskov as saying on Monday that the talks had stalled.", "Peskov", "Interfax"},
		{"RIA Novosti quoted Lavrov as telling reporters that the talks had stalled.", "Lavrov", "RIA Novosti"},
		{"Peskov was quoted by TASS as saying the talks had stalled.", "Peskov", "TASS"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			doc, cs := tagText(t, tt.text)
			require.Len(t, cs, 1)
			require.NotNil(t, cs[0].Source)
			assert.Equal(t, tt.source, cs[0].Source.Text)
			if tt.via == "" {
				assert.Nil(t, cs[0].Source.Via)
				return
			}
			require.NotNil(t, cs[0].Source.Via)
			assert.Equal(t, tt.via, cs[0].Source.Via.Text)
			assert.Equal(t, tt.via, doc.Slice(cs[0].Source.Via.Span))
		})
	}
}

func TestTagger_Coreference(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said the talks were constructive. " +
		"He added that a date had not been set. " +
		"“We will see,” the spokesman said.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 3)
	for _, c := range cs {
		require.NotNil(t, c.Source, doc.Slice(c.Span))
		assert.Equal(t, []string{"Kremlin"}, c.Sides, doc.Slice(c.Span))
	}
	assert.Equal(t, "He", cs[1].Source.Text)
	assert.Equal(t, "Kremlin spokesman Dmitry Peskov", cs[1].Source.Name)
}

func TestTagger_CoreferencePeopleNoun(t *testing.T) {
	// "the mayor" is a person: it does not fall back on the last official
	// source when that is a body; "the diplomat" still finds the
	// ambassador named before it.
	doc, cs := tagText(t, "Russia's Defense Ministry said its troops had repelled an attack. "+
		"The mayor said the water was safe.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, "The mayor", cs[1].Source.Name)
	assert.Equal(t, []string{Unknown}, cs[1].Sides)

	doc, cs = tagText(t, "Ambassador Alexander Darchiev said the talks were useful. "+
		"According to the diplomat, the next round will be held in Istanbul.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, []string{"Kremlin"}, cs[1].Sides)
}

func TestTagger_CoreferenceBodyAfterPerson(t *testing.T) {
	// "The ministry" after the Kremlin's spokesman: on his side, but not
	// him.
	doc, cs := tagText(t, "Kremlin spokesman Dmitry Peskov said the talks were useful. "+
		"The ministry said the talks would resume on Monday.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, "The ministry", cs[1].Source.Name)
	assert.Equal(t, []string{"Kremlin"}, cs[1].Sides)
}

func TestTagger_PublisherCitesItself(t *testing.T) {
	// The publisher (here "Desk") by name, and the editorial "we" outside
	// a quotation, speak for the publisher; a quoted "we" does not.
	doc, cs := tagText(t, "Kremlin spokesman Dmitry Peskov said the talks were useful. "+
		"Earlier, Desk reported that the talks could move to Riyadh. "+
		"We remind you that the previous round lasted six hours. "+
		"“We will meet again,” Peskov said.\n")
	require.Len(t, cs, 4)
	for i, want := range []string{"Kremlin", "Desk", "Desk", "Kremlin"} {
		require.NotNil(t, cs[i].Source, doc.Slice(cs[i].Span))
		assert.Equal(t, []string{want}, cs[i].Sides, doc.Slice(cs[i].Span))
	}
}

func TestTagger_AnonymousSource(t *testing.T) {
	// A source that speaks without its name is anonymous, whatever noun
	// heads it; a named official is not.
	for _, tc := range []struct {
		text string
		want claims.SourceType
	}{
		{"Officials, speaking on condition of anonymity, said the strike killed 12 people.", claims.TypeAnonymous},
		{"A White House official, who spoke on condition of anonymity to discuss internal deliberations, said the president had not decided.", claims.TypeAnonymous},
		{"“We will not allow this,” the official, who was not authorized to speak publicly, said.", claims.TypeAnonymous},
		{"An official said on condition of anonymity that the talks had stalled.", claims.TypeAnonymous},
		{"The Russian foreign minister told state television that there would be no deal.", claims.TypeOfficial},
		{"“We will respond,” said an official who spoke on condition of anonymity.", claims.TypeAnonymous},
		{"A source in the Ukrainian delegation said the talks could last two days.", claims.TypeAnonymous},
		{"Sources in the Kremlin said Putin was not ready for a ceasefire.", claims.TypeAnonymous},
		{"“Nobody told us anything,” one EU ambassador said, speaking on condition of anonymity.", claims.TypeAnonymous},
		{"The agency, which was not authorized to spend the funds, said the audit was wrong.", claims.TypeOfficial},
		{"Ukrainska Pravda sources in the government say that the exchange may be postponed.", claims.TypeAnonymous},
		{"Two officials briefed on the discussions said the plan had been dropped.", claims.TypeAnonymous},
		{"Officials familiar with the system said it had failed twice.", claims.TypeAnonymous},
		{"Jane Doe, a lawyer familiar with the case, said the ruling was wrong.", claims.TypeOther},
		{"A senior U.S. official familiar with the talks said the deal was close.", claims.TypeAnonymous},
		{"A Pentagon official briefed on the strike said it had hit its target.", claims.TypeAnonymous},
		{"The ministry, which was briefed on the plan, said the talks were over.", claims.TypeOfficial},
	} {
		doc, cs := tagText(t, tc.text+"\n")
		require.Len(t, cs, 1, tc.text)
		require.NotNil(t, cs[0].Source, doc.Slice(cs[0].Span))
		assert.Equal(t, tc.want, cs[0].Source.Type, tc.text)
	}
}

func TestTagger_IndefiniteIsNew(t *testing.T) {
	// "a source" brings in someone new: no side from the source before.
	doc, cs := tagText(t, "Kremlin spokesman Dmitry Peskov said the talks were useful. "+
		"The delegation has not received an invitation, a source said.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, "a source", cs[1].Source.Name)
	assert.Equal(t, []string{Unknown}, cs[1].Sides)
}

func TestTagger_NumberIsNew(t *testing.T) {
	// "One employee at a software firm" brings in someone new too: it does
	// not take the name of an earlier source whose mention has "firm".
	doc, cs := tagText(t, "Pete Seat, a consultant whose firm was retained by the campaign, said he would be shocked. "+
		"One employee at a software firm said it would be a bad move.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, "One employee at a software firm", cs[1].Source.Name)
}

func TestTagger_QuotationTakesTheTagNotTheParticiple(t *testing.T) {
	// The quoted sentence before "“…,” Peskov said, adding that …" goes on
	// with the quotation, whose cue is "said".
	doc, cs := tagText(t, "“There is no date yet. The contacts continue,” Peskov said, adding that Moscow was open to dialogue.\n")
	require.Len(t, cs, 3)
	for i, cue := range []string{"said", "said", "adding"} {
		require.NotNil(t, cs[i].Source, doc.Slice(cs[i].Span))
		assert.Equal(t, cue, cs[i].Cue, doc.Slice(cs[i].Span))
	}
}

func TestTagger_PublisherAsConduit(t *testing.T) {
	// "told Desk": the publisher carried the source's words.
	doc, cs := tagText(t, "A source in the Ukrainian delegation told Desk that the talks could last two days.\n")
	require.Len(t, cs, 1)
	require.NotNil(t, cs[0].Source, doc.Slice(cs[0].Span))
	require.NotNil(t, cs[0].Source.Via, "via")
	assert.Equal(t, "Desk", cs[0].Source.Via.Text)
	assert.Equal(t, "the talks could last two days.", doc.Slice(cs[0].Span))
}

func TestTagger_WeInIndirectSpeech(t *testing.T) {
	// "we" inside someone's report is that speaker's, not the publisher's.
	doc, cs := tagText(t, "Zelensky told parliament that we know Russia will attack again, and we expect more aid.\n")
	for _, c := range cs {
		require.NotNil(t, c.Source, doc.Slice(c.Span))
		assert.NotEqual(t, []string{"Desk"}, c.Sides, doc.Slice(c.Span))
	}
}

func TestTagger_PossessiveCue(t *testing.T) {
	// "In his words": the possessive is the source, resolved as "he" is.
	doc, cs := tagText(t, "Kremlin spokesman Dmitry Peskov said the talks were useful. "+
		"In his words, the delegations will meet again next week.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span))
	assert.Equal(t, "his", cs[1].Source.Text)
	assert.Equal(t, "Kremlin spokesman Dmitry Peskov", cs[1].Source.Name)
	assert.Equal(t, []string{"Kremlin"}, cs[1].Sides)
	assert.Equal(t, "In his words", cs[1].Cue)
	assert.Equal(t, "the delegations will meet again next week.", doc.Slice(cs[1].Span))
}

func TestTagger_AnnouncedBlockWithoutQuotationMarks(t *testing.T) {
	// "Hewitt writes:" on a line of its own announces the next block, a
	// quotation set off without marks; the block after it is the
	// publisher's again.
	text := "The movie is about the attack.\n\nHewitt writes:\n\n" +
		"The movie names neither the president nor the secretary. But the impression will be that they did not do enough.\n\n" +
		"The film opens on Friday.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 4)
	assert.Nil(t, cs[0].Source)
	for _, c := range cs[1:3] {
		require.NotNil(t, c.Source, doc.Slice(c.Span))
		assert.Equal(t, "Hewitt", c.Source.Text)
		assert.Equal(t, claims.QuoteDirect, c.Quote)
	}
	assert.Nil(t, cs[3].Source, doc.Slice(cs[3].Span))
}

func TestTagger_QuotationClosedBeforeAnUnreadTag(t *testing.T) {
	// The quotation closes before "a narrator asks", which names no cue
	// of the lexicon: its sentences stay unattributed rather than take
	// the speaker of the next sentence's, different, quotation.
	text := "“You work hard. So why didn’t Trump pay his?” a narrator in the ad asks. " +
		"The spot concludes with footage of Trump saying during the debate, “That makes me smart.”\n"
	doc, cs := tagText(t, text)
	quoted := 0
	for _, c := range cs {
		if strings.Contains(doc.Slice(c.Span), "work hard") || strings.Contains(doc.Slice(c.Span), "pay his") {
			assert.Nil(t, c.Source, doc.Slice(c.Span))
			quoted++
		}
	}
	assert.Equal(t, 2, quoted)
	last := cs[len(cs)-1]
	require.NotNil(t, last.Source)
	assert.Equal(t, "saying", last.Cue)
}

func TestTagger_QuotationAcrossSentences(t *testing.T) {
	text := "“The first round went well,” Ukrainian negotiator Rustem Umerov told journalists. " +
		"“We expect the second round soon.”\n\n" +
		"“We have not received the draft. We will study it,” Peskov added.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 4)
	for _, c := range cs {
		require.NotNil(t, c.Source, doc.Slice(c.Span))
		assert.Equal(t, claims.QuoteDirect, c.Quote, doc.Slice(c.Span))
	}
	assert.Equal(t, "Ukrainian negotiator Rustem Umerov", cs[1].Source.Text)
	assert.Equal(t, "Peskov", cs[2].Source.Text)
	assert.Equal(t, claims.Denies, cs[2].Stance)
}

func TestTagger_QuotationAcrossParagraphs(t *testing.T) {
	t.Run("left open, it goes on with its speaker", func(t *testing.T) {
		doc, cs := tagText(t, "“A deal is close,” Peskov said. “The talks are going well.\n\n“We expect results soon.”\n")
		require.Len(t, cs, 3)
		if assert.NotNil(t, cs[2].Source, doc.Slice(cs[2].Span)) {
			assert.Equal(t, "Peskov", cs[2].Source.Text)
		}
	})
	t.Run("a paragraph that names its speaker keeps it", func(t *testing.T) {
		doc, cs := tagText(t, "“A deal is close,” Peskov said. “The talks are going well.\n\n“We expect results soon. Nothing is agreed,” Umerov said.\n")
		require.Len(t, cs, 4)
		for _, c := range cs[2:] {
			if assert.NotNil(t, c.Source, doc.Slice(c.Span)) {
				assert.Equal(t, "Umerov", c.Source.Text, doc.Slice(c.Span))
			}
		}
	})
	t.Run("closed, the next quotation has no speaker yet", func(t *testing.T) {
		doc, cs := tagText(t, "“A deal is close,” Peskov said.\n\n“We expect results soon.”\n")
		require.Len(t, cs, 2)
		assert.Nil(t, cs[1].Source, doc.Slice(cs[1].Span))
	})
}

func TestTagger_IDsAndSpans(t *testing.T) {
	doc, cs := tagText(t, "Key points:\n- Prices rose.\n- Exports fell, officials said.\n")
	require.Len(t, cs, 2)
	for i, c := range cs {
		assert.Equal(t, []string{"c01", "c02"}[i], c.ID)
		assert.True(t, c.Sentence.Contains(c.Span))
		assert.Equal(t, claims.LayoutListItem, c.Layout)
	}
	assert.Equal(t, "Exports fell", doc.Slice(cs[1].Span))
}

func TestTagger_SourceInAnotherSentence(t *testing.T) {
	t.Run("next sentence names the source", func(t *testing.T) {
		doc, cs := tagText(t, "Russia is ready to resume flights. This was stated by Dmitry Peskov.\n")
		require.Len(t, cs, 1)
		require.NotNil(t, cs[0].Source)
		assert.Equal(t, "Dmitry Peskov", cs[0].Source.Text)
		assert.Equal(t, []string{"Kremlin"}, cs[0].Sides)
		assert.Equal(t, "Russia is ready to resume flights.", doc.Slice(cs[0].Span))
	})
	t.Run("a colon announces the quotation", func(t *testing.T) {
		doc, cs := tagText(t, "Marco Rubio said:\n\n“We will not lift sanctions before a ceasefire.”\n")
		require.Len(t, cs, 1)
		require.NotNil(t, cs[0].Source)
		assert.Equal(t, "Marco Rubio", cs[0].Source.Text)
		assert.Equal(t, claims.QuoteDirect, cs[0].Quote)
		assert.Equal(t, "“We will not lift sanctions before a ceasefire.”", doc.Slice(cs[0].Span))
	})
	t.Run("a phrase of place and a colon announce a quotation of two paragraphs", func(t *testing.T) {
		doc, cs := tagText(t, "Volodymyr Zelensky said in his evening address on Monday:\n\n"+
			"\"Ukraine is ready for a full ceasefire. We have proposed it many times.\n\n\"The ball is now in Russia's court.\"\n")
		require.Len(t, cs, 3)
		for _, c := range cs {
			require.NotNil(t, c.Source, doc.Slice(c.Span))
			assert.Equal(t, "Volodymyr Zelensky", c.Source.Text)
			assert.Equal(t, claims.QuoteDirect, c.Quote)
		}
		assert.Equal(t, "\"The ball is now in Russia's court.\"", doc.Slice(cs[2].Span))
	})
}

func TestTagger_ResolvedNames(t *testing.T) {
	text := "Kremlin spokesman Dmitry Peskov said the talks were constructive. " +
		"The Russian Foreign Ministry said the embassy would reopen. " +
		"Peskov added that no date was set. " +
		"It said the staff would return in May. " +
		"He said nothing else.\n"
	_, cs := tagText(t, text)
	require.Len(t, cs, 5)
	names := make([]string, len(cs))
	for i, c := range cs {
		require.NotNil(t, c.Source)
		names[i] = c.Source.Name
	}
	assert.Equal(t, []string{
		"Kremlin spokesman Dmitry Peskov",
		"The Russian Foreign Ministry",
		"Kremlin spokesman Dmitry Peskov", // a short name: the earlier full mention
		"The Russian Foreign Ministry",    // "it": the last organisation
		"Kremlin spokesman Dmitry Peskov", // "he": the last person
	}, names)
}

func TestTagger_SpeakerLabelsAndBylines(t *testing.T) {
	tests := []struct {
		name, text, source, content string
	}{
		{"transcript label", "WALLACE: Will she be at the debate?\n", "WALLACE", "Will she be at the debate?"},
		{"headline-style label", "Peskov: No new talks are planned.\n", "Peskov", "No new talks are planned."},
		{"vox-pop byline", "“We can build a wall around him.” ― Steve Quinlan.\n", "Steve Quinlan", "“We can build a wall around him.”"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, cs := tagText(t, tt.text)
			require.Len(t, cs, 1)
			require.NotNil(t, cs[0].Source)
			assert.Equal(t, tt.source, cs[0].Source.Text)
			assert.Equal(t, tt.content, doc.Slice(cs[0].Span))
		})
	}
	t.Run("a capitalised label word is no speaker", func(t *testing.T) {
		_, cs := tagText(t, "Details: The parties met at noon.\n")
		require.Len(t, cs, 1)
		assert.Nil(t, cs[0].Source)
	})
}

func TestTagger_SourceLine(t *testing.T) {
	text := "Kyiv and Moscow agreed on an exchange of prisoners.\n\n" +
		"Source: Rustem Umerov’s statement after the talks\n\n" +
		"Quote: “We have agreed to exchange a thousand for a thousand.”\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source)
	assert.Equal(t, "Rustem Umerov’s", cs[1].Source.Text, "the label's source is the one the Source: line names")
	assert.Equal(t, "Rustem Umerov’s", doc.Slice(cs[1].Source.Span))
	assert.Equal(t, []string{"Ukraine"}, cs[1].Sides, "a possessive still names the actor")
}

func TestTagger_SpeechTagAfterQuestion(t *testing.T) {
	// The question mark ends a sentence before its speech tag: "he said."
	// makes no claim of its own, the question before it and the quotation
	// after it are his.
	text := "“Is she ready to hear questions about it?” he said. “It's going to be all guns blazing.”\n\n" +
		"The vote was delayed. He said.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 4)
	for _, c := range cs[:2] {
		if assert.NotNil(t, c.Source, doc.Slice(c.Span)) {
			assert.Equal(t, "he", c.Source.Text)
			assert.Equal(t, claims.QuoteDirect, c.Quote)
		}
	}
	assert.Nil(t, cs[2].Source, "no quotation before: %s", doc.Slice(cs[2].Span))
	assert.Equal(t, "He said.", doc.Slice(cs[3].Span), "without a quotation the tag is a sentence")
}

func TestTagger_SpeechTagWithPlaceAndTime(t *testing.T) {
	// A tag with only a phrase of place and time after its cue is a tag
	// too: the quotation before it is hers, and it makes no claim.
	doc, cs := tagText(t, "“Can we win this?” She said at a news conference last month. The vote was delayed.\n")
	require.Len(t, cs, 2)
	if assert.NotNil(t, cs[0].Source) {
		assert.Equal(t, "She", cs[0].Source.Text)
		assert.Equal(t, "“Can we win this?”", doc.Slice(cs[0].Span))
	}
	assert.Nil(t, cs[1].Source)
}

func TestTagger_OneWordQuotationEnd(t *testing.T) {
	// The question mark ends a sentence inside the quotation; its speaker
	// is named after the one-word rest of it.
	doc, cs := tagText(t, "“Is it a huge deal? No,” said Obama.\n")
	require.Len(t, cs, 2)
	for _, c := range cs {
		if assert.NotNil(t, c.Source, doc.Slice(c.Span)) {
			assert.Equal(t, "Obama", c.Source.Text)
		}
	}
}

func TestTagger_CitedSourceAndInsiders(t *testing.T) {
	// The source a report cites is remembered: "the source" later resolves
	// to it, and a source inside a body ("in Ukrainian diplomatic circles")
	// speaks for that body's side without taking its name.
	text := "- Sky News has reported, citing a source in Ukrainian diplomatic circles, that Russia put forward demands.\n" +
		"- The source said that the demands include a withdrawal.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 2)
	assert.Equal(t, "Sky News", cs[0].Source.Text)
	if assert.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span)) {
		assert.Equal(t, "The source", cs[1].Source.Text)
		assert.Equal(t, "a source in Ukrainian diplomatic circles", cs[1].Source.Name)
		assert.Equal(t, []string{"Ukraine"}, cs[1].Sides)
	}
	_, cs = tagText(t, "The ambassador to Ukraine said the talks went well.\n")
	require.Len(t, cs, 1)
	assert.NotEqual(t, []string{"Ukraine"}, cs[0].Sides, "whom a source deals with is not its side")
}

func TestTagger_AgentlessNamesNoSource(t *testing.T) {
	// An agentless report names no one: no source mention, yet it is not
	// the publisher's claim, and its source type is anonymous.
	_, cs := tagText(t, "It became known that the embassy will reopen in May.\n")
	require.Len(t, cs, 1)
	c := cs[0]
	assert.Nil(t, c.Source)
	assert.True(t, c.Agentless)
	assert.True(t, c.Attributed())
	assert.Equal(t, claims.TypeAnonymous, c.SourceType())
	assert.Equal(t, []string{Unknown}, c.Sides)
}

func TestTagger_DetailsAfterSourceLine(t *testing.T) {
	// "Source:" declares where the story comes from; the "Details:" right
	// after it paraphrase that source, later ones are the publisher's.
	text := "Umerov said the talks went well.\n\n" +
		"Source: Rustem Umerov’s statement after the talks\n\n" +
		"Details: In addition, the parties raised the issue of a ceasefire.\n\n" +
		"Details: The talks lasted two hours.\n"
	doc, cs := tagText(t, text)
	require.Len(t, cs, 3)
	if assert.NotNil(t, cs[1].Source, doc.Slice(cs[1].Span)) {
		assert.Equal(t, "Rustem Umerov’s", cs[1].Source.Text)
		assert.Equal(t, []string{"Ukraine"}, cs[1].Sides)
		assert.Equal(t, "In addition, the parties raised the issue of a ceasefire.", doc.Slice(cs[1].Span))
	}
	assert.Nil(t, cs[2].Source, doc.Slice(cs[2].Span))
}

func TestTagger_QuotationOpenFromEarlierSentence(t *testing.T) {
	// The second sentence starts inside the quotation; its spaced mark
	// closes it rather than opening a new one.
	doc, cs := tagText(t, "\"I think he should be ashamed of himself. I think it is a disgrace, \" Trump said.\n")
	require.Len(t, cs, 2)
	for _, c := range cs {
		if assert.NotNil(t, c.Source, doc.Slice(c.Span)) {
			assert.Equal(t, "Trump", c.Source.Text)
		}
	}
}

func TestTagger_untagged(t *testing.T) {
	// A document beyond MaxDocumentBytes is not tagged: every sentence that
	// is not a non-claim becomes a claim in the publisher's voice.
	lex, err := lexicon.Default()
	require.NoError(t, err)
	sents := []claims.Sentence{
		{Span: claims.Span{Start: 0, End: 10}},
		{Span: claims.Span{Start: 11, End: 20}, NonClaim: claims.Heading},
		{Span: claims.Span{Start: 21, End: 30}},
	}
	cs := New(lex, Config{Publisher: "Desk"}).untagged(sents)
	require.Len(t, cs, 2)
	assert.Equal(t, "c02", cs[1].ID)
	assert.Equal(t, claims.Span{Start: 21, End: 30}, cs[1].Span)
	assert.Nil(t, cs[1].Source)
	assert.Equal(t, []string{"Desk"}, cs[1].Sides)
}

func TestTagger_PlaceInAnotherName(t *testing.T) {
	for _, text := range []string{
		"The Washington Post reported that the talks stalled.",
		"The Moscow Times reported that the talks stalled.",
		"Data from the Moscow Exchange showed that the ruble fell.",
	} {
		doc, cs := tagText(t, text+"\n")
		require.Len(t, cs, 1, text)
		require.NotNil(t, cs[0].Source, text)
		assert.Equal(t, []string{Unknown}, cs[0].Sides, doc.Slice(cs[0].Source.Span))
	}
	_, cs := tagText(t, "Washington said the talks stalled.\n")
	require.Len(t, cs, 1)
	assert.Equal(t, []string{"US"}, cs[0].Sides)
}

func TestTagger_MentionGoesOnAsTheLexiconsName(t *testing.T) {
	_, cs := tagText(t, "The claims were denied by the Russian embassy in Washington.\n")
	require.Len(t, cs, 1)
	require.NotNil(t, cs[0].Source)
	assert.Equal(t, "the Russian embassy in Washington", cs[0].Source.Text)
	assert.Equal(t, []string{"Kremlin"}, cs[0].Sides)
}

func TestTagger_PronounAfterASubjectThatIsNoSource(t *testing.T) {
	_, cs := tagText(t, "Putin agreed to halt strikes on energy sites, according to a Kremlin readout. However, he rejected a broader truce.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source)
	assert.Equal(t, "he", cs[1].Source.Text)
	assert.Equal(t, "Vladimir Putin", cs[1].Source.Name)
	assert.Equal(t, []string{"Kremlin"}, cs[1].Sides)
}

func TestTagger_LeadingSubjectEndsBeforeItsVerb(t *testing.T) {
	// "The man" is the subject; "Putin", the verb's object, is no antecedent for "He".
	_, cs := tagText(t, "The man met Putin in Moscow on Monday. He said the talks went well.\n")
	require.Len(t, cs, 2)
	require.NotNil(t, cs[1].Source)
	assert.Equal(t, "He", cs[1].Source.Name)
	assert.Equal(t, []string{Unknown}, cs[1].Sides)
}
