package attribution

import "github.com/claimtrace/claimtrace/claims"

// Closed word classes the tagger's grammar rules use. They are English
// function words, not story vocabulary (that is the lexicon's): no entry
// names a source, a side or a sentence.

// wordSet is a read-only set of words. The tagger asks several sets about
// almost every token, so a set is an open-addressing table hashed on a
// word's length and three of its bytes: most lookups, hits and misses
// alike, take one probe and never hash the whole word, as a map would.
type wordSet struct {
	slots []string // a power of two long, at most a quarter full; "" marks an empty slot
	// starts has bit b&63 of starts[n&15] set when a word of n bytes
	// starts with byte b. No word is empty, but a word of 16 bytes sets a
	// bit of starts[0] too.
	starts [16]uint64
}

// set builds a wordSet of words, none of them empty.
func set(words ...string) wordSet {
	n := 4
	for n < 4*len(words) {
		n *= 2
	}
	s := wordSet{slots: make([]string, n)}
	for _, w := range words {
		s.starts[len(w)&15] |= 1 << (w[0] & 63)
		i := s.slot(w)
		for s.slots[i] != "" && s.slots[i] != w {
			i = (i + 1) & (n - 1)
		}
		s.slots[i] = w
	}
	return s
}

// slot is where the search for w starts.
func (s *wordSet) slot(w string) int { return int(wordHash(w)) & (len(s.slots) - 1) }

// wordHash is a cheap hash of a non-empty word: its length and its first,
// middle and last bytes, which tell most short words apart. The tagger's
// tables of words (wordSet, the lexicon index) are keyed by it.
func wordHash(w string) uint32 {
	h := uint32(len(w))*0x9e3779b1 ^ uint32(w[0])*0x85ebca77 ^ uint32(w[len(w)-1])*0xc2b2ae3d ^ uint32(w[len(w)/2])*0x27d4eb2f
	return h ^ h>>15
}

// has reports whether w is in the set. Most words asked about are not,
// and no set word of their length starts as they do: a bit test of
// starts answers them before any hashing.
func (s *wordSet) has(w string) bool {
	if len(w) == 0 || s.starts[len(w)&15]&(1<<(w[0]&63)) == 0 {
		return false
	}
	for i := s.slot(w); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// hasToken is has(tk.low) for a token of a sentence, which carries
// wordHash(tk.low) already: a lookup that gets past the bit test does not
// hash the word again.
func (s *wordSet) hasToken(tk *token) bool {
	w := tk.low
	if len(w) == 0 || s.starts[len(w)&15]&(1<<(w[0]&63)) == 0 {
		return false
	}
	for i := int(tk.hash) & (len(s.slots) - 1); ; i = (i + 1) & (len(s.slots) - 1) {
		switch s.slots[i] {
		case w:
			return true
		case "":
			return false
		}
	}
}

// words yields the words of the set, in no particular order.
func (s *wordSet) words(yield func(string) bool) {
	for _, w := range s.slots {
		if w != "" && !yield(w) {
			return
		}
	}
}

var (
	// clauseStops end a subject noun phrase on its left: a subject never
	// reaches back over a verb, a relative word or a conjunction.
	clauseStops = set("that", "which", "who", "whom", "whose", "when", "where", "while", "if", "because",
		"although", "though", "since", "as", "than", "so", "but", "or", "nor", "despite", "whether", "once",
		"unless", "whereas", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
		"would", "can", "could", "should", "may", "might", "must", "shall", "do", "does", "did", "not", "also",
		"then", "there", "here", "this", "these", "those", "it", "he", "she", "they", "we", "i", "you")

	// subordinators put the clause after them under another clause: a cue
	// after one reports an event in the publisher's voice ("… after the
	// company denied the report").
	subordinators = set("after", "before", "when", "since", "because", "until", "while", "although", "though",
		"if", "once", "unless", "whereas", "as", "whether")

	// preCue are words that may stand between a subject and its cue: auxiliaries
	// and adverbs ("has said", "then stated", "previously announced").
	preCue = set("has", "have", "had", "also", "then", "previously", "earlier", "later", "again", "repeatedly",
		"publicly", "officially", "already", "now", "recently", "once", "further", "reportedly", "allegedly",
		"separately", "subsequently", "initially", "first", "finally", "yesterday", "today", "on", "last", "yet",
		"this", "week", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "himself",
		"herself", "itself", "themselves", "too", "similarly", "likewise", "openly", "privately", "directly",
		"often", "usually", "frequently", "long", "always", "still", "even", "just", "consistently",
		"steadily", "generally", "largely", "since", "here", "would", "could", "will", "may", "might", "can", "should", "must",
		"do", "does", "did", "not", "never", "don't", "doesn't", "didn't", "won't", "can't", "cannot", "wouldn't", "couldn't",
		"shouldn't", "hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't")

	// adverbialStarts begin a phrase of time, place or manner after a cue
	// ("said earlier", "said in a statement", "told reporters on Friday").
	adverbialStarts = set("in", "on", "at", "during", "after", "before", "ahead", "earlier", "later", "last",
		"this", "yesterday", "today", "tonight", "when", "while", "as", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday", "via", "through", "from", "to", "with", "without", "late",
		"early", "previously", "again", "repeatedly", "recently", "afterwards", "afterward", "then", "also",
		"publicly", "privately", "by", "over", "amid", "following", "separately", "too", "however", "not")

	// timeWords may follow a cue before "that" ("said Friday that").
	timeWords = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "earlier",
		"later", "yesterday", "today", "tonight", "previously", "again", "also", "repeatedly", "recently",
		"then", "now", "last", "this", "week", "month", "year", "morning", "evening", "afternoon", "night")

	// prepositions may stand inside a noun phrase ("the head of the
	// delegation") but never start a subject.
	prepositions = set("of", "to", "for", "in", "at", "from", "with", "on", "by", "about", "under", "over",
		"into", "between", "among", "within", "across", "against", "during", "via", "per", "like", "near",
		"beyond", "amid", "despite", "alongside", "unlike", "besides", "toward", "towards", "throughout",
		"without", "upon", "behind", "outside", "inside")

	// determiners start a noun phrase.
	determiners = set("the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
		"my", "your", "some", "several", "many", "most", "both", "two", "three", "other", "another", "one")

	// targetPreps introduce whom a source deals with, not whom it speaks
	// for ("ambassador to the United States", "talks with Moscow").
	targetPreps = set("to", "with", "against", "toward", "towards", "on", "about", "in")

	// abbrevs keep their period inside a sentence ("Samsung Electronics Co.
	// denied", "Mr. Peskov").
	abbrevs = set("co", "corp", "inc", "ltd", "llc", "plc", "jr", "sr", "mr", "mrs", "ms", "dr", "st", "gen",
		"gov", "sen", "rep", "lt", "col", "sgt", "capt", "prof", "maj", "adm", "cmdr", "rev", "hon", "messrs",
		"jan", "feb", "aug", "sept", "oct", "nov", "dec", "no", "vs", "gens", "reps", "sens", "ft", "mt")

	// relatives open a relative clause, inside which a second report can
	// stand ("the plan, which sources say Trump endorsed").
	relatives = set("which", "who", "whom")

	// demonstratives point back at the previous sentence ("This was
	// reported by …").
	demonstratives = set("this", "that", "it", "so", "these", "those")

	// orgWords end the names of organisations, not of people.
	orgWords = set("ministry", "department", "office", "government", "administration", "company", "agency",
		"service", "council", "committee", "kremlin", "house", "embassy", "corp", "corp.", "inc", "inc.", "ltd",
		"ltd.", "co", "co.", "group", "bank", "media", "outlets", "news", "times", "post", "press", "union",
		"party", "army", "forces", "staff", "delegation", "side", "team", "parliament", "duma", "court",
		"states", "nations", "federation", "republic", "fund", "institute", "university", "board", "commission",
		"pentagon", "tass", "novosti", "journal", "weekly", "daily", "network", "channel", "radio", "tv")

	// speechVerbs are the verbs of saying whose subject is a source even when
	// the lexicon does not know its head noun ("The bank said").
	speechVerbs = set("say", "tell", "state", "announce", "claim", "write", "report", "add", "note", "explain",
		"insist", "argue", "warn", "deny", "confirm", "comment", "respond", "reply", "acknowledge", "admit",
		"stress", "emphasize", "emphasise", "declare", "assert", "allege", "contend", "maintain", "reiterate")

	// boundaryMarks end a clause.
	boundaryMarks = set(",", ";", "—", "–", "--", "(")

	// clauseJoins join two main clauses ("…, and Peskov added …").
	clauseJoins = set("and", "but", "while", "whereas", "yet")

	// dashes introduce a byline ("― Steve Quinlan").
	dashes = set("―", "—", "–", "-", "--")

	// nounFollowers follow a subject, so a cue word before one of them is a
	// noun ("the plan is", "member states could").
	nounFollowers = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
		"should", "may", "might", "must", "shall", "does", "do", "did")

	// months name no source ("In August, …").
	months = set("january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
		"oct", "nov", "dec")

	// labelWords head editorial labels, not speakers ("CLARIFICATION: …").
	labelWords = set(claims.LabelWords()...)

	// deictic words are time words only before a time noun ("this week",
	// "last month"); "announced this issue" starts its content with "this".
	deictic = set("this", "last", "that", "next")

	// discourseAdverbs open a sentence before its subject ("However, Moscow …").
	discourseAdverbs = set("however", "meanwhile", "moreover", "indeed", "instead", "nevertheless", "still",
		"yet", "now", "thus", "therefore", "also", "furthermore", "besides", "again", "overall", "separately",
		"earlier", "later", "previously", "similarly", "likewise", "nonetheless", "so", "then", "first", "finally", "together",
		"there", "here", "today", "afterward", "afterwards", "elsewhere", "otherwise")

	// lyNouns end in -ly but are nouns, not adverbs.
	lyNouns = set("ally", "family", "assembly", "rally", "supply", "monopoly", "bully", "italy", "anomaly", "homily")

	// demonstrativeDeterminers open a noun phrase they stand before ("these
	// people said") though alone they are pronouns.
	demonstrativeDeterminers = set("this", "these", "those")

	// insiders speak for the body they are in ("a source in the Kremlin",
	// "sources within the Ukrainian government").
	insiders = set("source", "sources", "insider", "insiders", "official", "officials", "people")

	// concessives open a clause that concedes a fact before the main one
	// ("While no document has been released, …").
	concessives = set("while", "although", "though", "whereas")

	// numberWords are the numbers written as words that shares are given in.
	numberWords = set("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "half",
		"dozen", "hundred")

	// quantifiers stand alone as a subject ("Some say", "Many said").
	quantifiers = set("some", "many", "most", "others", "several", "both", "few", "all", "one", "neither", "none", "another", "half")

	// comparatives open an amount with "than" ("more than half", "fewer
	// than 40 percent").
	comparatives = set("more", "less", "fewer")

	// beAux are forms of "be" that make a progressive ("is saying").
	beAux = set("is", "are", "was", "were", "be", "been", "am")

	// pronouns can be sources; coreference resolves them.
	pronouns = set("he", "she", "they", "it", "we", "i", "him", "her", "them", "us", "you")

	// tellVerbs take the person told as an object before the content
	// ("told reporters that", "informed the council").
	tellVerbs = set("tell", "inform", "assure", "brief", "warn", "remind", "notify", "promise", "advise", "reassure")

	// mindVerbs are forms of verbs of thinking and wanting that are never
	// nouns: like a verb of saying, they take any noun phrase as their
	// subject ("Clinton strategists think …", "Indiana politicians want …").
	mindVerbs = set("think", "thinks", "believe", "believes", "expect", "expects", "know", "knows", "want", "wants",
		"agree", "agrees", "feel", "feels", "assume", "assumes", "realize", "realizes", "recognize", "recognizes",
		"consider", "considers", "suggest", "suggests", "insist", "insists", "argue", "argues", "predict", "predicts",
		"worry", "worries", "acknowledge", "acknowledges", "contend", "contends", "prefer", "prefers")

	// timeUnits measure time in a phrase that opens a sentence ("Hours
	// later, …", "Two days ago, …").
	timeUnits = set("hours", "days", "weeks", "months", "years", "minutes", "moments", "decades", "hour", "day", "minute")

	// verbOnly are bare and -s forms of verbs of saying that are never
	// nouns: "which the OECD says had …" is a report, not "the McKinley
	// plan is".
	verbOnly = set("say", "says", "tells", "adds", "writes", "warns", "explains", "asserts", "contends", "recalls")

	// finiteVerbs are forms of "be", "have" and the modals: one of them
	// makes a clause of what stands between two commas, which is then no
	// appositive, unless a relative pronoun opens it.
	finiteVerbs = set("is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must")

	// objectPronouns are the pronouns a tell verb's listener may be ("told
	// him the plan was dead").
	objectPronouns = set("him", "her", "them", "me", "us", "you")

	// listeners are common nouns for those a source tells something to
	// ("told reporters he would run", "assured the crowd it was safe").
	listeners = set("reporters", "journalists", "supporters", "crowd", "audience", "lawmakers", "voters", "colleagues",
		"members", "students", "donors", "guests", "viewers", "listeners", "readers", "interviewer", "crowds", "senators",
		"delegates", "workers", "allies", "aides", "advisers", "staff", "congress", "parliament", "officials",
		"police", "investigators", "prosecutors", "judges", "jurors", "residents", "participants", "attendees")

	// participleStarts open a parenthetical that is not an appositive
	// ("Rubio, commenting on …, said").
	participleStarts = set("asked", "known", "speaking", "commenting", "responding", "referring", "writing", "talking",
		"addressing", "answering", "citing", "quoting", "according", "noting", "adding", "reacting", "replying")
)

// means are the ways a report travels, after "by": "said by telephone".
var means = set("phone", "telephone", "email", "e-mail", "text", "letter", "video", "videolink", "satellite", "cellphone", "fax", "mail", "radio", "far", "way")

// whWords open a clause whose subject is no source before them: "heard
// what voters are saying".
var whWords = set("what", "how", "why")

// fronting are the words that open a fronted participle phrase whose
// speaker is the subject after it: "After saying …, the man …".
var fronting = set("after", "before", "while", "when", "upon", "since")

// degreeWords make the -ing form after them an adjective: "less
// welcoming", "very encouraging".
var degreeWords = set("less", "more", "very", "so", "too", "quite", "most", "least", "rather", "fairly", "increasingly", "particularly", "especially")

// articles open a noun phrase.
var articles = set("the", "a", "an")

// claimNouns stand for a claim just made: "…, an accusation officials
// dismissed".
var claimNouns = set("accusation", "claim", "allegation", "charge", "assertion", "suggestion", "assessment", "statement", "view", "argument", "contention")

// titleHeads end the names of papers, exchanges and institutions that
// start with a place: "The Washington Post", "The Moscow Times", "Moscow
// Exchange", "Kyiv School of Economics". The place in them speaks for no
// side.
var titleHeads = set("post", "times", "independent", "journal", "herald", "tribune", "daily", "telegraph", "gazette",
	"observer", "review", "examiner", "chronicle", "standard", "insider", "mail", "express", "star", "sun", "today",
	"exchange", "institute", "university", "school", "center", "centre", "foundation", "club", "airport", "stadium",
	"museum", "theatre", "theater", "marathon", "zoo", "conservatory", "academy")

// irregularPast are common irregular past tenses, which a second predicate
// may start with: "confirmed a fire but gave no details".
var irregularPast = set("gave", "took", "made", "went", "came", "left", "saw", "got", "put", "kept", "held",
	"brought", "ran", "sent", "spent", "won", "lost", "paid", "met", "led", "stood", "began", "became", "spoke",
	"knew", "fell", "rose", "drew", "drove", "flew", "sat", "struck", "stuck", "threw", "wore", "hid", "broke", "chose")

// gerundHeads are nouns that an -ing form of a cue modifies rather than
// reports: "speaking fees", "talking points".
var gerundHeads = set("fee", "fees", "engagement", "engagements", "tour", "tours", "circuit", "point", "points",
	"slot", "slots", "role", "roles", "schedule", "skills", "style", "career", "gig", "gigs")

// reportNouns stand, after "the", for what a report just said, in the
// publisher's comment on it: "…, though the figure could not be
// confirmed" (see commentAt); besides claimNouns.
var reportNouns = set("report", "figure", "toll", "number", "account", "information", "footage", "video", "image", "photo")

// propositionCues are verbs, besides speechVerbs, whose object is a claim
// rather than a thing: "…, which Ukraine disputes".
var propositionCues = set("dispute", "contest", "refute", "rebut", "verify", "corroborate", "acknowledge", "admit", "concede")

// possessives stand for a source inside a prepositional cue ("in his
// words"); coreference reads them as the pronouns they go with.
var possessives = set("his", "her", "their", "its")

// subjectPronouns can open a clause: "felt it was time".
var subjectPronouns = set("i", "you", "he", "she", "it", "we", "they", "there", "this")
