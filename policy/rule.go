package policy

// Rule ids, as the policy file, suppression comments and outputs spell them.
const (
	SingleSourceRestatement = "single-source-restatement"
	UnhedgedPartisanClaim   = "unhedged-partisan-claim"
	LoadedLanguage          = "loaded-language"
	AnonymousSource         = "anonymous-source"
	UnattributedClaim       = "unattributed-claim"
)

// Rule describes one rule of the attribution policy, for help texts and
// the rule metadata of SARIF output.
type Rule struct {
	ID       string   // kebab-case id
	Severity Severity // default severity
	Summary  string   // one line: what it reports
	Help     string   // a paragraph for a reporter: why it matters and how to fix it
}

// Rules returns the rules in the order help and outputs list them.
func Rules() []Rule {
	return []Rule{
		{SingleSourceRestatement, Warning,
			"A claim in the publisher's voice rests on claims of one side only.",
			"A takeaway, headline or sentence in the publisher's own voice restates what only one side said " +
				"(the claims it restates all come from the same side). State it as that side's claim " +
				"(\"according to …\"), or add a source from another side that confirms it."},
		{UnhedgedPartisanClaim, Warning,
			"A claim of a side the desk keeps at a distance is repeated without a hedge.",
			"The claim is attributed to a side the lexicon marks as needing distance (by default, " +
				"pro-Kremlin media), and nothing in the sentence distances the publisher from it. " +
				"Use a distancing cue (\"claims\", \"allegedly\", quotation marks) or say why it is credible."},
		{LoadedLanguage, Warning,
			"Evaluative or loaded wording in the publisher's own voice.",
			"The sentence is in the publisher's voice and uses wording from the lexicon's loaded list " +
				"(\"in its usual manner\", \"flouts the rules\"). Attribute the judgement to a source or state " +
				"the facts it rests on. Desks extend the list with the lexicon key loaded."},
		{AnonymousSource, Info,
			"A claim rests on unnamed sources.",
			"The claim is attributed to unnamed sources (\"sources said\", \"it became known\"). " +
				"Say why the source cannot be named, or name it."},
		{UnattributedClaim, Info,
			"A claim in the publisher's voice has no source.",
			"The claim is stated in the publisher's own voice with no source. That is fine for facts the " +
				"desk has checked; otherwise attribute it."},
	}
}

// RuleIDs returns the ids of all rules, in order.
func RuleIDs() []string {
	var ids []string
	for _, r := range Rules() {
		ids = append(ids, r.ID)
	}
	return ids
}
