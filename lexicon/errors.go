package lexicon

import "github.com/claimtrace/claimtrace/internal/yamlnode"

// Error is one problem in a lexicon file, at a position: "file:line:column:
// msg".
type Error = yamlnode.Error

// ErrorList is a list of lexicon errors. Load and Merge return one, sorted by
// position, when a lexicon is invalid; use errors.As to reach each Error.
type ErrorList = yamlnode.ErrorList
