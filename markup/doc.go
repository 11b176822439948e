// Package markup turns Markdown and HTML input into analysis text: the
// input with every byte that is not prose replaced by a space, so the text
// has exactly the input's length and every span found in it is a span of
// the original file. It also reads the claimtrace suppression comments a
// desk writes into its drafts.
package markup
