package claims

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// got is the part of a Sentence the layout tests compare; spans are checked
// by TestSegmenter_Split_spans and the fuzz test.
type got struct {
	Text     string
	Block    int
	Layout   Layout
	NonClaim NonClaimKind
}

const (
	para = LayoutParagraph
	item = LayoutListItem
	head = LayoutHeading
)

func TestSegmenter_Split_layout(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []got
	}{
		{
			name: "bullets",
			in:   "Key takeaways:\n• The talks began in Istanbul, Türkiye.\n• They will last hours\n\nThe steps:\n1. Restore flights. Then embassies.\n2) Lift sanctions\n",
			want: []got{
				{"Key takeaways:", 0, head, Heading},
				{"The talks began in Istanbul, Türkiye.", 1, item, ""},
				{"They will last hours", 2, item, ""},
				{"The steps:", 3, head, Heading},
				{"Restore flights.", 4, item, ""},
				{"Then embassies.", 4, item, ""},
				{"Lift sanctions", 5, item, ""},
			},
		},
		{
			name: "titles before names",
			in:   "The trees soak up carbon over the years, Mr. Van Voorhis said. Sen. Claire McCaskill agreed.\n",
			want: []got{
				{"The trees soak up carbon over the years, Mr. Van Voorhis said.", 0, para, ""},
				{"Sen. Claire McCaskill agreed.", 0, para, ""},
			},
		},
		{
			name: "speech tag after a question or exclamation",
			in:   "\"Will you build it?\" he asked. “We will build a wall!” Sen. Jeff Sessions said to a cheer. “Why?” Nobody answered.\n",
			want: []got{
				{"\"Will you build it?\" he asked.", 0, para, ""},
				{"“We will build a wall!” Sen. Jeff Sessions said to a cheer.", 0, para, ""},
				{"“Why?”", 0, para, ""},
				{"Nobody answered.", 0, para, ""},
			},
		},
		{
			name: "a headline that reports is a sentence",
			in:   "Zelensky says Ukraine will not cede territory\n\nWhat to know about the talks\n\nWhat Zelensky said about the deal\n",
			want: []got{
				{"Zelensky says Ukraine will not cede territory", 0, para, ""},
				{"What to know about the talks", 1, head, Heading},
				{"What Zelensky said about the deal", 2, head, Heading},
			},
		},
		{
			name: "a headline with a speaker and a colon is a sentence, a label's is a heading",
			in:   "Zelensky: Ukraine will not cede territory\n\nPeskov: No talks today\n\nAnalysis: The war in numbers and maps\n\nUPDATE: Talks resume in Istanbul today\n\nPhoto: Reuters\n\nZelensky: Ukraine will not be bullied by Moscow\n\nIAEA: Zaporizhzhia plant lost power again\n\nPictured: Zelensky meets Biden in Kyiv\n\nTopics: Ukraine, Russia, war, talks\n",
			want: []got{
				{"Zelensky: Ukraine will not cede territory", 0, para, ""},
				{"Peskov: No talks today", 1, para, ""},
				{"Analysis: The war in numbers and maps", 2, head, Heading},
				{"UPDATE: Talks resume in Istanbul today", 3, head, Heading},
				{"Photo: Reuters", 4, para, Label},
				{"Zelensky: Ukraine will not be bullied by Moscow", 5, para, ""},
				{"IAEA: Zaporizhzhia plant lost power again", 6, para, ""},
				{"Pictured: Zelensky meets Biden in Kyiv", 7, head, Heading},
				{"Topics: Ukraine, Russia, war, talks", 8, para, Label},
			},
		},
		{
			name: "No. before a number",
			in:   "It defined the Bush (No. 43) and Obama eras. He is the No. 2 official. It ended.\n",
			want: []got{
				{"It defined the Bush (No. 43) and Obama eras.", 0, para, ""},
				{"He is the No. 2 official.", 0, para, ""},
				{"It ended.", 0, para, ""},
			},
		},
		{
			name: "quotation after a word with a period of its own",
			in:   "Friends were devastated, according to Tchadinfos.com. “He had so many projects,” his friend said. We met Mr. “Lucky” Smith.\n",
			want: []got{
				{"Friends were devastated, according to Tchadinfos.com.", 0, para, ""},
				{"“He had so many projects,” his friend said.", 0, para, ""},
				{"We met Mr. “Lucky” Smith.", 0, para, ""},
			},
		},
		{
			name: "a title after an opening quotation mark ends no sentence",
			in:   "The judge turned to me. “Mr. D’Souza?” I rose. \"Gov. Snyder knew,\" she said. ‘Dr. No’ left. 'Mr. Trump has lied,' the group said. «Mr. Putin is ready,» he said.\n",
			want: []got{
				{"The judge turned to me.", 0, para, ""},
				{"“Mr. D’Souza?”", 0, para, ""},
				{"I rose.", 0, para, ""},
				{"\"Gov. Snyder knew,\" she said.", 0, para, ""},
				{"‘Dr. No’ left.", 0, para, ""},
				{"'Mr. Trump has lied,' the group said.", 0, para, ""},
				{"«Mr. Putin is ready,» he said.", 0, para, ""},
			},
		},
		{
			name: "doubled single quote marks end a sentence",
			in:   "She said it was ''not in line with our policy.'' The network said it would send her.\n",
			want: []got{
				{"She said it was ''not in line with our policy.''", 0, para, ""},
				{"The network said it would send her.", 0, para, ""},
			},
		},
		{
			name: "a question in doubled single marks keeps its speech tag",
			in:   "''Can we win Illinois?'' Mr. Manafort asked. ''Why not?'' Nobody answered. ''Yes!'' he said.\n",
			want: []got{
				{"''Can we win Illinois?'' Mr. Manafort asked.", 0, para, ""},
				{"''Why not?''", 0, para, ""},
				{"Nobody answered.", 0, para, ""},
				{"''Yes!'' he said.", 0, para, ""},
			},
		},
		{
			name: "a sentence after a question that goes on is a report of its own",
			in:   "''Will Russia invade?'' Analysts said the answer was almost certainly yes. “Why now?” Sen. Jeff Sessions asked on Monday.\n",
			want: []got{
				{"''Will Russia invade?''", 0, para, ""},
				{"Analysts said the answer was almost certainly yes.", 0, para, ""},
				{"“Why now?” Sen. Jeff Sessions asked on Monday.", 0, para, ""},
			},
		},
		{
			name: "copyright lines are boilerplate",
			in:   "The talks ended.\n\n© 2025 Reuters. All rights reserved.\n\nCopyright 2025 The Associated Press. It may not be republished.\n\nNobody has reserved the rights to the name, he said.\n",
			want: []got{
				{"The talks ended.", 0, para, ""},
				{"© 2025 Reuters. All rights reserved.", 1, para, Boilerplate},
				{"Copyright 2025 The Associated Press. It may not be republished.", 2, para, Boilerplate},
				{"Nobody has reserved the rights to the name, he said.", 3, para, ""},
			},
		},
		{
			name: "CRLF and lone CR",
			in:   "Talks resume in Istanbul\r\n\r\nThe parties met at noon. They spoke for hours.\r\n* A break followed.\rThe end came late.",
			want: []got{
				{"Talks resume in Istanbul", 0, head, Heading},
				{"The parties met at noon.", 1, para, ""},
				{"They spoke for hours.", 1, para, ""},
				{"A break followed.", 2, item, ""},
				{"The end came late.", 3, para, ""},
			},
		},
		{
			name: "hard-wrapped paragraph",
			in:   "The ambassador said that the talks in\nIstanbul were “calm and constructive,”\nand that the next round would follow\nsoon. The State Department declined\nto comment.\nWhat comes next\n",
			want: []got{
				{"The ambassador said that the talks in\nIstanbul were “calm and constructive,”\nand that the next round would follow\nsoon.", 0, para, ""},
				{"The State Department declined\nto comment.", 0, para, ""},
				{"What comes next", 1, head, Heading},
			},
		},
		{
			name: "curly quotes and em dashes",
			in:   "“The meeting will be closed.”\nThe talks — the second round — “reached the middle,” media claim.\n‘We are ready,’ he said.",
			want: []got{
				{"“The meeting will be closed.”", 0, para, ""},
				{"The talks — the second round — “reached the middle,” media claim.", 1, para, ""},
				{"‘We are ready,’ he said.", 2, para, ""},
			},
		},
		{
			name: "datelines",
			in:   "ISTANBUL, April 9. /TASS/. Russia is prepared to talk. Talks begin today.\n\nKYIV (Reuters) - Ukraine said nothing.\n\nMOSCOW, Nov 27 (Reuters) - The Kremlin said so.\n\nWASHINGTON — The State Department agreed.\n\nNEW YORK (AP) — Markets fell.\n\nKYIV, Ukraine, Nov. 27, 2025 (AP) — Talks stalled.\n\nST. PETERSBURG, June 20. /TASS/. Putin spoke.\n\nST. Louis is a city - it said.\n\nNATO, the EU and the US - all agreed.",
			want: []got{
				{"ISTANBUL, April 9. /TASS/.", 0, para, Dateline},
				{"Russia is prepared to talk.", 0, para, ""},
				{"Talks begin today.", 0, para, ""},
				{"KYIV (Reuters) -", 1, para, Dateline},
				{"Ukraine said nothing.", 1, para, ""},
				{"MOSCOW, Nov 27 (Reuters) -", 2, para, Dateline},
				{"The Kremlin said so.", 2, para, ""},
				{"WASHINGTON —", 3, para, Dateline},
				{"The State Department agreed.", 3, para, ""},
				{"NEW YORK (AP) —", 4, para, Dateline},
				{"Markets fell.", 4, para, ""},
				{"KYIV, Ukraine, Nov. 27, 2025 (AP) —", 5, para, Dateline},
				{"Talks stalled.", 5, para, ""},
				{"ST. PETERSBURG, June 20. /TASS/.", 6, para, Dateline},
				{"Putin spoke.", 6, para, ""},
				{"ST. Louis is a city - it said.", 7, para, ""},
				{"NATO, the EU and the US - all agreed.", 8, para, ""},
			},
		},
		{
			name: "live blog time stamps",
			in:   "Last updated: April 9, 2025, 14:05 GMT\nUpdated 12:56 p.m. The parties have taken a break for lunch.\n12:17 p.m. Kyiv time. Media claim progress.\n11:40\nThe delegations arrived.\n09:30 Talks begin behind closed doors.\nUpdated 3 p.m. EST. Talks ended in\n15:10 Talks resumed.\n12:56 p.m. IT specialists met.\nEdited by Mark Trevelyan\nPublished 3 hours ago",
			want: []got{
				{"Last updated: April 9, 2025, 14:05 GMT", 0, para, Timestamp},
				{"Updated 12:56 p.m.", 1, para, Timestamp},
				{"The parties have taken a break for lunch.", 1, para, ""},
				{"12:17 p.m. Kyiv time.", 2, para, Timestamp},
				{"Media claim progress.", 2, para, ""},
				{"11:40", 3, para, Timestamp},
				{"The delegations arrived.", 4, para, ""},
				{"09:30", 5, para, Timestamp},
				{"Talks begin behind closed doors.", 5, para, ""},
				{"Updated 3 p.m. EST.", 6, para, Timestamp},
				{"Talks ended in", 6, para, ""},
				{"15:10", 7, para, Timestamp},
				{"Talks resumed.", 7, para, ""},
				{"12:56 p.m.", 8, para, Timestamp},
				{"IT specialists met.", 8, para, ""},
				{"Edited by Mark Trevelyan", 9, para, Label},
				{"Published 3 hours ago", 10, para, Timestamp},
			},
		},
		{
			name: "navigation, labels and headings",
			in:   "Background:\nThe meeting will be closed.\nSource: Reuters\nAlso read:\nRead also: Why the talks matter\nSubscribe to our Telegram channel\nFollow us on X for updates.\nMore details on the deal - see our explainer.\nThe delegations met — read more in our live blog.\n",
			want: []got{
				{"Background:", 0, head, Heading},
				{"The meeting will be closed.", 1, para, ""},
				{"Source: Reuters", 2, para, Label},
				{"Also read:", 3, para, Navigation},
				{"Read also: Why the talks matter", 4, para, Navigation},
				{"Subscribe to our Telegram channel", 5, para, Navigation},
				{"Follow us on X for updates.", 6, para, Navigation},
				{"More details on the deal - see our explainer.", 7, para, Navigation},
				{"The delegations met — read more in our live blog.", 8, para, Navigation},
			},
		},
		{
			name: "claim candidates shaped like non-claims",
			in:   "Following the talks, the ministry said nothing.\nReaders were told to wait.\nSource: the ministry said the talks went well.\nUS officials said: “We are ready.”\n2025 was a year of talks.",
			want: []got{
				{"Following the talks, the ministry said nothing.", 0, para, ""},
				{"Readers were told to wait.", 1, para, ""},
				{"Source: the ministry said the talks went well.", 2, para, ""},
				{"US officials said: “We are ready.”", 3, para, ""},
				{"2025 was a year of talks.", 4, para, ""},
			},
		},
		{
			name: "abbreviations at a line end",
			in:   "Talks were held in the U.S. The delegation left at 6 P.M. He said nothing.\nMore than 100 people attended.",
			want: []got{
				{"Talks were held in the U.S.", 0, para, ""},
				{"The delegation left at 6 P.M.", 0, para, ""},
				{"He said nothing.", 0, para, ""},
				{"More than 100 people attended.", 1, para, ""},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gots []got
			for _, s := range split(t, tt.in) {
				gots = append(gots, got{s.Text, s.Block, s.Layout, s.NonClaim})
			}
			assert.Equal(t, tt.want, gots)
		})
	}
}
