package claims

// Layout says where in the article's layout a sentence stands. The tagger
// and the reports use it: a takeaway bullet or a lede restates the body.
type Layout string

// Layouts a sentence can have.
const (
	LayoutParagraph Layout = "paragraph" // running text
	LayoutListItem  Layout = "list-item" // a bullet or a numbered item
	LayoutHeading   Layout = "heading"   // a title or heading line
)

// NonClaimKind says why a piece of text makes no claim. The empty kind marks
// a sentence that is a claim candidate.
type NonClaimKind string

// Kinds of non-claim text.
const (
	NotNonClaim NonClaimKind = ""            // a claim candidate
	Heading     NonClaimKind = "heading"     // a headline, heading or short unpunctuated line ("Key takeaways:")
	Timestamp   NonClaimKind = "timestamp"   // a live-blog time stamp ("Updated 12:56 p.m.")
	Navigation  NonClaimKind = "navigation"  // a link or promotion line ("Read more about …")
	Dateline    NonClaimKind = "dateline"    // a wire dateline ("ISTANBUL, April 9. /TASS/.")
	Label       NonClaimKind = "label"       // a section label such as "Background:"
	Boilerplate NonClaimKind = "boilerplate" // a copyright or rights line ("© 2025 Reuters. All rights reserved.")
)

// Sentence is one sentence, or one other piece of text the splitter keeps
// apart (a heading, a time stamp), with its exact place in the input.
type Sentence struct {
	Span     Span         // bytes of the sentence in the input, surrounding space trimmed
	Text     string       // the input at Span, byte for byte
	Block    int          // 0-based index of the layout block (paragraph, bullet, line) it belongs to
	Layout   Layout       // where the block stands in the article's layout
	NonClaim NonClaimKind // why it makes no claim, or "" for a claim candidate
}
