package claims

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/jdkato/prose/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/claimtrace/claimtrace/internal/newsgen"
)

// proseStarts runs prose.NewDocument's sentence segmenter over text, as
// the splitter did before it built the model once, and returns the byte
// offset at which each of its sentences starts. It is the reference that
// punkt.starts must match.
//
// prose returns sentence text only (jdkato/prose@v2.0.0:types.go); each
// sentence is the input between two breaks with its white space trimmed, so
// a cursor walked forward through the text recovers each offset.
func proseStarts(text string) ([]int, error) {
	pd, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithTokenization(false), prose.WithExtraction(false))
	if err != nil {
		return nil, fmt.Errorf("prose: %w", err)
	}
	var starts []int
	cur := 0
	for _, ps := range pd.Sentences() {
		if ps.Text == "" {
			continue // the empty sentence prose returns for trailing space
		}
		cur += len(text[cur:]) - len(strings.TrimLeftFunc(text[cur:], unicode.IsSpace))
		if !strings.HasPrefix(text[cur:], ps.Text) {
			i := strings.Index(text[cur:], ps.Text)
			if i < 0 {
				return nil, fmt.Errorf("prose sentence %q not found after byte %d", ps.Text, cur)
			}
			cur += i
		}
		starts = append(starts, cur)
		cur += len(ps.Text)
	}
	return starts, nil
}

// equalityInputs returns the texts on which punkt must find exactly
// prose's breaks: every Golden Rule, the reference article, the split
// golden inputs, the fuzz corpus and generated news text.
func equalityInputs(t *testing.T) map[string]string {
	t.Helper()
	in := map[string]string{}
	b, err := os.ReadFile(filepath.Join("..", "testdata", "golden_rules_en.json"))
	require.NoError(t, err)
	var rules []struct {
		ID    int    `json:"id"`
		Input string `json:"input"`
	}
	require.NoError(t, json.Unmarshal(b, &rules))
	require.Len(t, rules, 48)
	var all strings.Builder
	for _, r := range rules {
		in[fmt.Sprintf("golden-rule-%02d", r.ID)] = r.Input
		all.WriteString(r.Input + "\n\n")
	}
	in["golden-rules-joined"] = all.String()

	ref, err := os.ReadFile(filepath.Join("..", "testdata", "rbc-ukraine-istanbul.txt"))
	require.NoError(t, err)
	in["reference"] = string(ref)
	files, err := filepath.Glob(filepath.Join("..", "testdata", "split", "*.txt"))
	require.NoError(t, err)
	for _, f := range files {
		src, err := os.ReadFile(f)
		require.NoError(t, err)
		in["split/"+filepath.Base(f)] = string(src)
	}
	for name, text := range fuzzSeeds(t) {
		in["fuzz/"+name] = text
	}
	in["generated-corpus-120KB"] = string(newsgen.Corpus(ref, 120<<10))
	var arts strings.Builder
	for i, a := range newsgen.Batch(20) {
		if i < 3 {
			in[fmt.Sprintf("generated-article-%02d", i+1)] = string(a)
		}
		arts.Write(a)
		arts.WriteString("\n\n")
	}
	in["generated-articles-joined"] = arts.String()
	return in
}

// fuzzSeeds reads the committed FuzzSegmenter corpus: files holding one
// Go string literal after the "go test fuzz v1" line.
func fuzzSeeds(t *testing.T) map[string]string {
	t.Helper()
	dir := filepath.Join("testdata", "fuzz", "FuzzSegmenter")
	ents, err := os.ReadDir(dir)
	require.NoError(t, err)
	out := map[string]string{}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		require.NoError(t, err)
		lines := strings.SplitN(string(b), "\n", 2)
		require.Len(t, lines, 2, e.Name())
		lit := strings.TrimSpace(lines[1])
		lit = strings.TrimSuffix(strings.TrimPrefix(lit, "string("), ")")
		var s string
		_, err = fmt.Sscanf(lit, "%q", &s)
		require.NoError(t, err, e.Name())
		out[e.Name()] = s
	}
	return out
}

// TestPunkt_matchesProse proves that the model built once finds exactly
// the sentence starts that prose.NewDocument finds, on every input.
func TestPunkt_matchesProse(t *testing.T) {
	p, err := newPunkt()
	require.NoError(t, err)
	for name, text := range equalityInputs(t) {
		t.Run(name, func(t *testing.T) {
			t.Parallel() // prose reloads its model on every call
			want, err := proseStarts(text)
			require.NoError(t, err)
			assert.Equal(t, want, p.starts(text))
		})
	}
}

// FuzzPunkt_matchesProse checks the same equality on any input.
func FuzzPunkt_matchesProse(f *testing.F) {
	for _, s := range []string{"Hello World. My name is Jonas.", "He said “no.” Then he left…", "U.S. officials met at 10 a.m. Mr. Smith said so!", " \n\n "} {
		f.Add(s)
	}
	p, err := newPunkt()
	require.NoError(f, err)
	f.Fuzz(func(t *testing.T, text string) {
		want, err := proseStarts(text)
		if err != nil {
			t.Skip(err) // the cursor walk failed: prose gave no offsets to compare
		}
		assert.Equal(t, want, p.starts(text))
	})
}

// TestLoadTraining checks that the fast decoder of Punkt's training data
// gives sentences.LoadTraining's Storage, on prose's English model and on
// inputs that take its fallback.
func TestLoadTraining(t *testing.T) {
	english, err := data.Asset("data/english.json")
	require.NoError(t, err)
	inputs := map[string]string{
		"english":  string(english),
		"compact":  `{"AbbrevTypes":{"dr":1,"mr":1},"OrthoContext":{"the":96}}`,
		"spaced":   " {\n\t\"SentStarters\" : { \"however\" : 1 } , \"Collocations\": {}\r\n}\n",
		"escape":   `{"AbbrevTypes":{"a\"b":1,"\u00e9":1}}`,
		"negative": `{"OrthoContext":{"x":-3}}`,
		"null":     `{"AbbrevTypes":null}`,
		"unknown":  `{"Other":{"x":1},"AbbrevTypes":{"y":1}}`,
		"float":    `{"OrthoContext":{"x":1.5}}`,
		"invalid":  `{"AbbrevTypes":{"x":1}`,
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			want, wantErr := sentences.LoadTraining([]byte(in))
			got, err := loadTraining([]byte(in))
			if wantErr != nil {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, want, got)
		})
	}
}
