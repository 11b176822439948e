package eval

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/claimtrace/claimtrace/claims"
)

func TestReadAnn(t *testing.T) {
	ann := "T1\tSource 0 5\tPeskov\n" +
		"T2\tCue 6 10\tsaid\n" +
		"T3\tContent 11 16;18 22\ttalks will\n" +
		"T4\tAttribution 6 10\tsaid\n" +
		"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1 \n" +
		"#1\tAnnotatorNotes T3\tcheck this\n" +
		"A1\tNegated E1\n"
	a, err := ReadAnn(strings.NewReader(ann), "a.ann")
	require.NoError(t, err)
	assert.Equal(t, []Range{{11, 16}, {18, 22}}, a.TextBounds[2].Ranges)
	assert.Equal(t, []Attribution{{ID: "E1", Line: 5, Source: []Range{{0, 5}}, Cue: []Range{{6, 10}}, Content: []Range{{11, 16}, {18, 22}}}},
		a.Attributions())
	assert.Len(t, a.Others, 2)
}

func TestReadAnn_errors(t *testing.T) {
	tests := []struct {
		name, ann, want string
	}{
		{"no tab", "T1 Source 0 5 x\n", "a.ann:1: want an ID, a tab and the annotation"},
		{"bad id", "X1\tSource 0 5\tx\n", `a.ann:1: bad annotation ID "X1"`},
		{"bad range", "T1\tSource 5 0\tx\n", `a.ann:1: T1: bad range "5 0"`},
		{"range not numbers", "T1\tSource a b\tx\n", `a.ann:1: T1: bad range "a b"`},
		{"missing text", "T1\tSource 0 5\n", "a.ann:1: T1: want TYPE START END, a tab and the text"},
		{"half a range", "T1\tSource 0 5;7\tx\n", `a.ann:1: T1: want START END in "7"`},
		{"duplicate", "T1\tCue 0 1\ta\nT1\tCue 2 3\tb\n", "a.ann:2: T1 already defined on line 1"},
		{"undefined argument", "T1\tCue 0 1\ta\nE1\tAttribution:T1 Content:T9\n", "a.ann:2: E1: Content argument T9 is not defined"},
		{"bad argument", "T1\tCue 0 1\ta\nE1\tAttribution:T1 Content\n", `a.ann:2: E1: want ROLE:ID, got "Content"`},
		{"relation arity", "R1\tSource Arg1:T1\n", "a.ann:1: R1: want TYPE ARG1:ID ARG2:ID"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadAnn(strings.NewReader(tt.ann), "a.ann")
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestReadAnn_continuation(t *testing.T) {
	// A span's text with a newline in it, as PolNeAR writes a few.
	ann := "T1\tContent 0 9\tab cd\nefg\nT2\tCue 10 11\tx\n"
	a, err := ReadAnn(strings.NewReader(ann), "a.ann")
	require.NoError(t, err)
	assert.Equal(t, "ab cd\nefg", a.TextBounds[0].Text)
	// A paragraph break inside the span: the blank line is part of the text.
	a, err = ReadAnn(strings.NewReader("T1\tContent 0 10\tab cd\n\nefg\nT2\tCue 11 12\tx\n"), "a.ann")
	require.NoError(t, err)
	assert.Equal(t, "ab cd\n\nefg", a.TextBounds[0].Text)
	_, err = ReadAnn(strings.NewReader("T1\tContent 0 3\tabc\nmore\n"), "a.ann")
	assert.ErrorContains(t, err, "a.ann:2: want an ID", "a complete text takes no continuation")
}

func TestAnn_Check(t *testing.T) {
	// Offsets count characters: “ and ü are one each, three and two bytes.
	text := "“Türkiye,” he said, “wants talks.”"
	ann := "T1\tSource 11 13\the\nT2\tCue 14 18\tsaid\nT3\tContent 20 34\t“wants talks.”\nT4\tContent 0 10\t“Türkiye,”\n"
	a, err := ReadAnn(strings.NewReader(ann), "a.ann")
	require.NoError(t, err)
	require.NoError(t, a.Check(text))
	spans, err := NewCharOffsets(text).Spans(a.TextBounds[2].Ranges)
	require.NoError(t, err)
	assert.Equal(t, "“wants talks.”", text[spans[0].Start:spans[0].End])

	bytesAnn := "T1\tSource 16 18\the\n" // the byte offsets of "he": wrong
	a, err = ReadAnn(strings.NewReader(bytesAnn), "b.ann")
	require.NoError(t, err)
	assert.ErrorContains(t, a.Check(text), `b.ann:1: T1: text "he" differs from the text at its offsets, "id"`)
	a, err = ReadAnn(strings.NewReader("T1\tSource 30 40\tx\n"), "c.ann")
	require.NoError(t, err)
	assert.ErrorContains(t, a.Check(text), "c.ann:1: T1: range 30-40 outside the text (34 characters)")
}

func TestBratTally_Add(t *testing.T) {
	text := "Peskov said talks will go on. Prices rose. “No deal,” she said. “We wait.” Rain, officials said, fell."
	doc := claims.NewDocument("d.txt", []byte(text))
	span := func(s string, from int) claims.Span {
		i := strings.Index(text[from:], s)
		require.GreaterOrEqual(t, i, 0, s)
		return claims.Span{Start: from + i, End: from + i + len(s)}
	}
	// Offsets in characters: “ and ” are one character, three bytes each.
	ann := "T1\tSource 0 6\tPeskov\nT2\tCue 7 11\tsaid\nT3\tContent 12 29\ttalks will go on.\nT4\tAttribution 7 11\tsaid\n" +
		"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n" +
		"T5\tContent 43 53;64 74\t“No deal,” “We wait.”\nT6\tSource 54 57\tshe\nT7\tCue 58 62\tsaid\nT8\tAttribution 58 62\tsaid\n" +
		"E2\tAttribution:T8 Content:T5 Source:T6 Cue:T7\n" +
		"T9\tContent 75 79;97 102\tRain fell.\nT10\tSource 81 90\tofficials\nT11\tCue 91 95\tsaid\nT12\tAttribution 91 95\tsaid\n" +
		"E3\tAttribution:T12 Content:T9 Source:T10 Cue:T11\n"
	a, err := ReadAnn(strings.NewReader(ann), "d.ann")
	require.NoError(t, err)
	peskov := &claims.Source{Text: "Peskov", Span: span("Peskov", 0)}
	she := &claims.Source{Text: "she", Span: span("she", 0)}
	herCue := span("said", span("she", 0).End)
	got := []claims.Claim{
		{Span: span("talks will go on.", 0), Source: peskov, Cue: "said", CueSpan: span("said", 0)},
		{Span: span("Prices rose.", 0), Source: peskov}, // no such attribution
		{Span: span("“No deal,”", 0), Source: she, Cue: "said", CueSpan: herCue},
		{Span: span("“We wait.”", 0), Source: she, Cue: "said", CueSpan: herCue}, // same quotation
		{Span: span("Rain, officials said, fell.", 0)},                           // the publisher's voice: no attribution
	}
	var tl BratTally
	require.NoError(t, tl.Add(doc, a, got))
	assert.Equal(t, 3, tl.Gold)
	assert.Equal(t, 3, tl.Pred, "the two quoted sentences are one attribution")
	assert.Equal(t, []int{2, 2, 2}, []int{tl.Content, tl.Source, tl.Cue})
	require.Len(t, tl.Missed, 1)
	assert.Equal(t, `d.txt:1:76: source "officials" cue "said" content "Rain … fell."`, tl.Missed[0].String())
	require.Len(t, tl.Spurious, 1)
	assert.Equal(t, "Prices rose.", tl.Spurious[0].Content)
	s := tl.Scores()
	assert.Equal(t, BratScore{Name: "content", Matched: 2, Precision: 2.0 / 3, Recall: 2.0 / 3, F1: 2.0 / 3}, s[0])

	bad, err := ReadAnn(strings.NewReader("T1\tSource 0 6\tPesko\n"), "e.ann")
	require.NoError(t, err)
	assert.ErrorContains(t, (&BratTally{}).Add(doc, bad, nil), "e.ann:1: T1: text")
}

func TestBratTally_joint(t *testing.T) {
	// One predicted claim spans two annotated contents and shares more
	// bytes with the one whose source it does not name: matched on
	// content alone, its source is wrong; matched jointly, it is right.
	text := "Murphy said he supports the bill, which aides said is designed to help kids."
	doc := claims.NewDocument("d.txt", []byte(text))
	// tb is a text-bound annotation of the n-th (from 0) occurrence of s.
	tb := func(id, kind, s string, n int) string {
		i := -1
		for range n + 1 {
			i += 1 + strings.Index(text[i+1:], s)
		}
		return fmt.Sprintf("%s\t%s %d %d\t%s\n", id, kind, i, i+len(s), s)
	}
	ann := tb("T1", "Source", "Murphy", 0) + tb("T2", "Cue", "said", 0) + tb("T3", "Content", "he supports the bill", 0) +
		tb("T4", "Attribution", "said", 0) + "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n" +
		tb("T5", "Source", "aides", 0) + tb("T6", "Cue", "said", 1) + tb("T7", "Content", "is designed to help kids", 0) +
		tb("T8", "Attribution", "said", 1) + "E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
	a, err := ReadAnn(strings.NewReader(ann), "d.ann")
	require.NoError(t, err)
	span := func(s string) claims.Span { i := strings.Index(text, s); return claims.Span{Start: i, End: i + len(s)} }
	got := []claims.Claim{{
		Span:   span("he supports the bill, which aides said is designed to help kids."),
		Source: &claims.Source{Text: "Murphy", Span: span("Murphy")}, Cue: "said", CueSpan: span("said"),
	}}
	var tl BratTally
	require.NoError(t, tl.Add(doc, a, got))
	assert.Equal(t, []int{1, 0, 0}, []int{tl.Content, tl.Source, tl.Cue}, "content-first matching takes the aides' claim")
	assert.Equal(t, []int{1, 1}, []int{tl.JointSource, tl.JointCue})
	s := tl.Scores()
	require.Len(t, s, 5)
	assert.Equal(t, BratScore{Name: "joint source", Matched: 1, Precision: 1, Recall: 0.5, F1: 2.0 / 3}, s[3])
	assert.Contains(t, tl.Named(), Score{Name: "joint_source_f1", Value: 2.0 / 3})
}

func TestBratTally_agentless(t *testing.T) {
	// "is said to" names no one: the agentless claim has no source mention,
	// which matches an annotation without a source.
	text := "The deal is said to be close."
	doc := claims.NewDocument("d.txt", []byte(text))
	ann := "T1\tCue 9 19\tis said to\nT2\tContent 0 8;20 28\tThe deal be close\nT3\tAttribution 9 19\tis said to\n" +
		"E1\tAttribution:T3 Cue:T1 Content:T2\n"
	a, err := ReadAnn(strings.NewReader(ann), "d.ann")
	require.NoError(t, err)
	cue := claims.Span{Start: 9, End: 19}
	got := []claims.Claim{{Span: claims.Span{Start: 0, End: 29}, Cue: "is said to", CueSpan: cue, Agentless: true}}
	var tl BratTally
	require.NoError(t, tl.Add(doc, a, got))
	assert.Equal(t, []int{1, 1, 1}, []int{tl.Content, tl.Source, tl.Cue})
	assert.Empty(t, tl.WrongSource)
}

func FuzzReadAnn(f *testing.F) {
	for _, s := range []string{
		"T1\tSource 0 5\tPeskov\nT2\tCue 6 10\tsaid\nT3\tContent 11 16;18 22\ttalks will\nT4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
		"T1\tContent 0 9\tab cd\nefg\n\n#1\tAnnotatorNotes T1\tnote\nA1\tNegated T1\nR1\tSource Arg1:T1 Arg2:T1\n*\tEquiv T1 T1\n",
		"T1\tDiscard 0 3\tab\r\n\r\nN1\tReference T1 Wiki:1\tx\n",
		"E1\tAttribution-no-source:T1\nT1\tAttribution 0 1\tx\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		a, err := ReadAnn(strings.NewReader(in), "f.ann")
		_ = a.Attributions()
		_ = a.Check(in)
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := WriteAnn(&buf, a); err != nil {
			t.Fatal(err)
		}
		b, err := ReadAnn(bytes.NewReader(buf.Bytes()), "f.ann")
		if err != nil {
			t.Fatalf("written form does not read back: %v\n%q", err, buf.String())
		}
		if !reflect.DeepEqual(withoutLines(a), withoutLines(b)) {
			t.Fatalf("round trip differs:\nread   %+v\nreread %+v\nwritten %q", a, b, buf.String())
		}
	})
}

// withoutLines returns a copy of a with line numbers zeroed, since written
// files group annotations by kind.
func withoutLines(a *Ann) Ann {
	c := Ann{Name: a.Name}
	for _, x := range a.TextBounds {
		x.Line = 0
		c.TextBounds = append(c.TextBounds, x)
	}
	for _, x := range a.Events {
		x.Line = 0
		c.Events = append(c.Events, x)
	}
	for _, x := range a.Relations {
		x.Line = 0
		c.Relations = append(c.Relations, x)
	}
	for _, x := range a.Others {
		x.Line = 0
		c.Others = append(c.Others, x)
	}
	return c
}
