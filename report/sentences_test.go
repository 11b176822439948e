package report

import (
	"bytes"
	"testing"
)

func TestWriteSentencesText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteSentencesText(&buf, sample()); err != nil {
		t.Fatal(err)
	}
	want := "1:1-1:17   heading     Talks in Türkiye\n" +
		"2:1-2:41   sentence    US & Russia “talk”, officials told TASS.\n" +
		"2:42-2:52  sentence    It rained.\n"
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteSentencesJSON(t *testing.T) {
	a := sample()
	a.Sentences = a.Sentences[:2]
	var buf bytes.Buffer
	if err := WriteSentencesJSON(&buf, a); err != nil {
		t.Fatal(err)
	}
	want := `{
  "sentences": [
    {
      "text": "Talks in Türkiye",
      "span": {
        "start": 0,
        "end": 17,
        "line": 1,
        "column": 1,
        "end_line": 1,
        "end_column": 17
      },
      "layout": "heading",
      "non_claim": "heading"
    },
    {
      "text": "US & Russia “talk”, officials told TASS.",
      "span": {
        "start": 19,
        "end": 63,
        "line": 2,
        "column": 1,
        "end_line": 2,
        "end_column": 41
      },
      "layout": "paragraph"
    }
  ]
}
`
	if got := buf.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
