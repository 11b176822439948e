package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimtrace/claimtrace/claims"
)

// sample returns a small analysis over text with curly quotes, a non-ASCII
// name and CRLF line endings, so byte offsets and character columns differ.
func sample() Analysis {
	text := "Talks in Türkiye\r\nUS & Russia “talk”, officials told TASS. It rained.\r\n"
	doc := claims.NewDocument("t.txt", []byte(text))
	at := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	sent1 := at("US & Russia “talk”, officials told TASS.")
	sent2 := at("It rained.")
	return Analysis{
		Doc: doc, Publisher: "P", SideOrder: []string{"US"},
		Sentences: []claims.Sentence{
			{Span: at("Talks in Türkiye"), Text: "Talks in Türkiye", Layout: claims.LayoutHeading, NonClaim: claims.Heading},
			{Span: sent1, Text: doc.Slice(sent1), Layout: claims.LayoutParagraph},
			{Span: sent2, Text: doc.Slice(sent2), Layout: claims.LayoutParagraph},
		},
		Claims: []claims.Claim{
			{
				ID: "c01", Sentence: sent1, Span: at("US & Russia “talk”"),
				Source: &claims.Source{Text: "officials", Span: at("officials"), Name: "officials", Type: claims.TypeOfficial,
					Via: &claims.Conduit{Text: "TASS", Span: at("TASS")}},
				Sides: []string{"US"}, Cue: "told", CueSpan: at("told"), Stance: claims.Asserts,
				Hedged: true, Hedges: []string{"scare-quotes"}, Quote: claims.QuotePartial, Layout: claims.LayoutParagraph, Cluster: "k1",
			},
			{
				ID: "c02", Sentence: sent2, Span: sent2, Sides: []string{"P"}, Stance: claims.Asserts,
				Quote: claims.QuoteNone, Layout: claims.LayoutParagraph,
			},
		},
	}
}

func TestWriteJSON(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, []Analysis{sample()}); err != nil {
		t.Fatal(err)
	}
	want := `{
  "schema": "claimtrace/v1",
  "documents": [
    {
      "path": "t.txt",
      "publisher": "P",
      "claims": [
        {
          "id": "c01",
          "sentence": "US & Russia “talk”, officials told TASS.",
          "text": "US & Russia “talk”",
          "span": {
            "start": 19,
            "end": 41,
            "line": 2,
            "column": 1,
            "end_line": 2,
            "end_column": 19
          },
          "source": {
            "text": "officials",
            "type": "official",
            "span": {
              "start": 43,
              "end": 52,
              "line": 2,
              "column": 21,
              "end_line": 2,
              "end_column": 30
            },
            "name": "officials",
            "via": {
              "text": "TASS",
              "span": {
                "start": 58,
                "end": 62,
                "line": 2,
                "column": 36,
                "end_line": 2,
                "end_column": 40
              }
            }
          },
          "source_type": "official",
          "sides": [
            "US"
          ],
          "cue": "told",
          "stance": "asserts",
          "hedged": true,
          "hedges": [
            "scare-quotes"
          ],
          "quote": "partial",
          "layout": "paragraph",
          "cluster": "k1"
        },
        {
          "id": "c02",
          "sentence": "It rained.",
          "text": "It rained.",
          "span": {
            "start": 64,
            "end": 74,
            "line": 2,
            "column": 42,
            "end_line": 2,
            "end_column": 52
          },
          "source": null,
          "source_type": "publisher",
          "sides": [
            "P"
          ],
          "cue": null,
          "stance": "asserts",
          "hedged": false,
          "hedges": [],
          "quote": "none",
          "layout": "paragraph"
        }
      ],
      "non_claims": [
        {
          "text": "Talks in Türkiye",
          "kind": "heading",
          "span": {
            "start": 0,
            "end": 17,
            "line": 1,
            "column": 1,
            "end_line": 1,
            "end_column": 17
          }
        }
      ],
      "clusters": [
        {
          "id": "k1",
          "claims": [
            "c01"
          ],
          "asserted_by": [
            "US"
          ],
          "disputed_by": [],
          "no_comment": []
        }
      ],
      "sides": [
        {
          "side": "US",
          "attributed": 1,
          "hedged": 1,
          "confirmed_by_other_sides": 0,
          "disputed_by_other_sides": 0,
          "disputes": 0,
          "no_comment": 0
        },
        {
          "side": "P",
          "attributed": 1,
          "hedged": 0,
          "confirmed_by_other_sides": 0,
          "disputed_by_other_sides": 0,
          "disputes": 0,
          "no_comment": 0
        }
      ]
    }
  ]
}
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteJSON_empty(t *testing.T) {
	var buf bytes.Buffer
	a := Analysis{Doc: claims.NewDocument("e.txt", nil), Publisher: "P"}
	if err := WriteJSON(&buf, []Analysis{a}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	d := got["documents"].([]any)[0].(map[string]any)
	for _, k := range []string{"claims", "non_claims", "clusters", "sides"} {
		if _, ok := d[k].([]any); !ok {
			t.Errorf("%s = %v, want a list", k, d[k])
		}
	}
}

func TestWriteJSON_badSpan(t *testing.T) {
	a := sample()
	a.Claims[1].Span = claims.Span{Start: 60, End: 1000}
	var buf bytes.Buffer
	err := WriteJSON(&buf, []Analysis{sample(), a})
	if err == nil || !strings.Contains(err.Error(), "c02") {
		t.Errorf("err = %v, want an error naming c02", err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes on error, want none", buf.Len())
	}
}
