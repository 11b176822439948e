package claims

import "testing"

func TestSource_Label(t *testing.T) {
	tests := []struct {
		text, name, want string
	}{
		{"who", "Juanita Broaddrick", "who (Juanita Broaddrick)"},
		{"the diplomat", "Alexander Darchiev", "the diplomat (Alexander Darchiev)"},
		{"Peskov", "Dmitry Peskov", "Peskov"}, // a name as written says enough
		{"he", "he", "he"},
		{"they", "", "they"},
		{"He", "Dmitry Peskov", "He (Dmitry Peskov)"},                               // a pronoun that starts a sentence
		{"The diplomat", "Alexander Darchiev", "The diplomat (Alexander Darchiev)"}, // so a description
		{"The Kremlin", "Kremlin", "The Kremlin"},                                   // a name after its article
		{"Ambassador Darchiev", "Alexander Darchiev", "Ambassador Darchiev"},
	}
	for _, tt := range tests {
		if got := (&Source{Text: tt.text, Name: tt.name}).Label(); got != tt.want {
			t.Errorf("Label of %q named %q = %q, want %q", tt.text, tt.name, got, tt.want)
		}
	}
}
