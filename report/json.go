package report

import (
	"io"

	"github.com/claimtrace/claimtrace/claims"
)

// Schema names the version of the JSON contract WriteJSON writes. Fields may
// be added under the same schema; renaming or dropping one bumps it.
const Schema = "claimtrace/v1"

// WriteJSON writes as in the claimtrace/v1 JSON contract (DESIGN.md, "The
// JSON contract"), indented by two spaces, with HTML escaping off so that
// quotes and ampersands print as written.
//
// Beyond the contract's fields, every span also carries "end_line" and
// "end_column" (the position of its end offset), and every claim its
// "layout". A claim's "cluster" is omitted when it has none, and its
// "provenance" when empty. Each document also carries "matrix", the
// confirmation matrix's non-zero cells (see Matrix) as {"claimant",
// "respondent", "confirmed", "disputed", "no_comment"}, omitted when it has
// none. Nothing is written when an error occurs.
func WriteJSON(w io.Writer, as []Analysis) error {
	docs := make([]jsonDocument, 0, len(as))
	for i := range as {
		d, err := newJSONDocument(&as[i])
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	// Every span was checked above and nothing else can fail to encode, so
	// the output is streamed, a claim at a time, instead of being built
	// whole in memory (tens of megabytes for a 5 MB document).
	return newJSONAppender(w, "  ").report(docs)
}

type jsonDocument struct {
	Path      string         `json:"path"`
	Publisher string         `json:"publisher"`
	Claims    []jsonClaim    `json:"claims"`
	NonClaims []jsonNonClaim `json:"non_claims"`
	Clusters  []jsonCluster  `json:"clusters"`
	Sides     []jsonSide     `json:"sides"`
	Matrix    []jsonCell     `json:"matrix,omitempty"` // omitted when no side met another's claims
	// analysis, when set, holds the claims and the sentences, which the
	// writer converts one at a time instead of keeping a converted copy of
	// them all (tens of megabytes for a 5 MB document); Claims and
	// NonClaims are then nil.
	analysis *Analysis
	// clusters, when set, are the clusters, which the writer converts one
	// at a time as it does the claims; Clusters is then nil.
	clusters []ClusterSummary
}

// withClaims returns d with Claims, NonClaims and Clusters converted in
// full, as encoding/json needs them.
func (d jsonDocument) withClaims() jsonDocument {
	if a := d.analysis; a != nil {
		d.Claims = make([]jsonClaim, len(a.Claims))
		for i := range a.Claims {
			// A converter each, as a converter reuses its memory.
			d.Claims[i] = *newClaimConverter(a).convert(&a.Claims[i])
		}
		d.NonClaims = []jsonNonClaim{}
		cur := a.Doc.Cursor()
		for i := range a.Sentences {
			if s := &a.Sentences[i]; s.NonClaim != claims.NotNonClaim {
				d.NonClaims = append(d.NonClaims, newJSONNonClaim(a.Doc, &cur, s))
			}
		}
		d.analysis = nil
	}
	if d.clusters != nil {
		d.Clusters = make([]jsonCluster, len(d.clusters))
		for i, k := range d.clusters {
			d.Clusters[i] = jsonCluster(k)
		}
		d.clusters = nil
	}
	return d
}

type jsonSpan struct {
	Start     int `json:"start"`      // byte offset
	End       int `json:"end"`        // byte offset, exclusive
	Line      int `json:"line"`       // 1-based line of Start
	Column    int `json:"column"`     // 1-based column of Start, in Unicode characters
	EndLine   int `json:"end_line"`   // 1-based line of End
	EndColumn int `json:"end_column"` // 1-based column of End, in Unicode characters
}

type jsonClaim struct {
	ID       string      `json:"id"`
	Sentence string      `json:"sentence"`
	Text     string      `json:"text"`
	Span     jsonSpan    `json:"span"`
	Source   *jsonSource `json:"source"`
	// SourceType is the source's type, "anonymous" for an agentless
	// report (whose source is null), or "publisher".
	SourceType string   `json:"source_type"`
	Sides      []string `json:"sides"`
	Cue        *string  `json:"cue"`
	Stance     string   `json:"stance"`
	Hedged     bool     `json:"hedged"`
	Hedges     []string `json:"hedges"`
	Quote      string   `json:"quote"`
	Layout     string   `json:"layout"`
	Cluster    string   `json:"cluster,omitempty"`
	// Provenance lists the attributed claims a claim in the publisher's
	// voice restates; omitted when empty.
	Provenance []string `json:"provenance,omitempty"`
}

type jsonSource struct {
	Text string       `json:"text"`
	Type string       `json:"type"`
	Span jsonSpan     `json:"span"`
	Name string       `json:"name"`
	Via  *jsonConduit `json:"via,omitempty"`
}

type jsonConduit struct {
	Text string   `json:"text"`
	Span jsonSpan `json:"span"`
}

type jsonNonClaim struct {
	Text string   `json:"text"`
	Kind string   `json:"kind"`
	Span jsonSpan `json:"span"`
}

type jsonCluster struct {
	ID         string   `json:"id"`
	Claims     []string `json:"claims"`
	AssertedBy []string `json:"asserted_by"`
	DisputedBy []string `json:"disputed_by"`
	NoComment  []string `json:"no_comment"`
}

type jsonCell struct {
	Claimant   string `json:"claimant"`
	Respondent string `json:"respondent"`
	Confirmed  int    `json:"confirmed"`
	Disputed   int    `json:"disputed"`
	NoComment  int    `json:"no_comment"`
}

type jsonSide struct {
	Side                  string `json:"side"`
	Attributed            int    `json:"attributed"`
	Hedged                int    `json:"hedged"`
	ConfirmedByOtherSides int    `json:"confirmed_by_other_sides"`
	DisputedByOtherSides  int    `json:"disputed_by_other_sides"`
	Disputes              int    `json:"disputes"`
	NoComment             int    `json:"no_comment"`
}

// newJSONDocument converts one analysis to its JSON form.
func newJSONDocument(a *Analysis) (jsonDocument, error) {
	if err := a.check(); err != nil {
		return jsonDocument{}, err
	}
	doc := a.Doc
	d := jsonDocument{
		Path: doc.Path, Publisher: a.Publisher, analysis: a,
		Sides: []jsonSide{},
	}
	g := group(a.Claims, a.Publisher)
	d.clusters = g.clusters()
	order := g.order(a.SideOrder)
	for _, s := range g.summaries(order) {
		d.Sides = append(d.Sides, jsonSide(s))
	}
	for _, c := range g.matrix(order) {
		if c.Confirmed+c.Disputed+c.NoComment > 0 {
			d.Matrix = append(d.Matrix, jsonCell(c))
		}
	}
	return d, nil
}

// newJSONNonClaim converts s, a non-claim sentence of doc, finding its
// positions with cur.
func newJSONNonClaim(doc *claims.Document, cur *claims.Cursor, s *claims.Sentence) jsonNonClaim {
	return jsonNonClaim{Text: doc.Slice(s.Span), Kind: string(s.NonClaim), Span: newJSONSpan(cur, s.Span)}
}

// claimConverter converts the claims of one analysis to their JSON form,
// one at a time and each into the same memory, so that streaming tens of
// thousands of claims allocates nothing per claim.
type claimConverter struct {
	a   *Analysis
	cur claims.Cursor // finds positions, asked for in text order
	pub []string      // the sides of a claim without any: the publisher
	jc  jsonClaim
	src jsonSource
	via jsonConduit
}

// newClaimConverter returns a converter for the claims of a.
func newClaimConverter(a *Analysis) *claimConverter {
	return &claimConverter{a: a, cur: a.Doc.Cursor(), pub: []string{a.Publisher}}
}

// convert returns the JSON form of c, a claim of the analysis. It holds
// until the next call, which overwrites it.
func (v *claimConverter) convert(c *claims.Claim) *jsonClaim {
	doc := v.a.Doc
	v.jc = jsonClaim{
		ID: c.ID, Sentence: doc.Slice(c.Sentence), Text: doc.Slice(c.Span),
		SourceType: string(c.SourceType()), Sides: nonNil(c.Sides), Stance: string(c.Stance), Hedged: c.Hedged, Hedges: nonNil(c.Hedges),
		Quote: string(c.Quote), Layout: string(c.Layout), Cluster: c.Cluster, Provenance: c.Provenance,
	}
	if len(c.Sides) == 0 {
		v.jc.Sides = v.pub
	}
	if c.Cue != "" {
		v.jc.Cue = &c.Cue
	}
	// The source's positions come first when it stands first ("X said
	// that …"), so that the cursor walks forward through the text.
	s := c.Source
	sourceFirst := s != nil && s.Span.Start < c.Span.Start
	if sourceFirst {
		v.source(s)
	}
	v.jc.Span = newJSONSpan(&v.cur, c.Span)
	if s != nil && !sourceFirst {
		v.source(s)
	}
	return &v.jc
}

// source sets the source of the claim being converted to s.
func (v *claimConverter) source(s *claims.Source) {
	v.src = jsonSource{Text: s.Text, Type: string(s.Type), Span: newJSONSpan(&v.cur, s.Span), Name: s.Name}
	if s.Via != nil {
		v.via = jsonConduit{Text: s.Via.Text, Span: newJSONSpan(&v.cur, s.Via.Span)}
		v.src.Via = &v.via
	}
	v.jc.Source = &v.src
}

// newJSONSpan expands a byte span with the line and column of both ends,
// found by cur.
func newJSONSpan(cur *claims.Cursor, s claims.Span) jsonSpan {
	start, end := cur.Position(s.Start), cur.Position(s.End)
	return jsonSpan{Start: s.Start, End: s.End, Line: start.Line, Column: start.Column, EndLine: end.Line, EndColumn: end.Column}
}

// nonNil returns list, or an empty list for nil, so JSON shows [] not null.
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
