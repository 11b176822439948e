package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const (
	evalKey     = "testdata/eval/keys/port-strike.gold.json"
	evalText    = "testdata/eval/keys/port-strike.txt"
	evalBratDir = "testdata/eval/brat"
)

func TestRunEval(t *testing.T) {
	chdirRoot(t)
	bad := t.TempDir()
	write := func(name, s string) string {
		t.Helper()
		p := filepath.Join(bad, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("lone/a.txt", "Text.\n")
	write("malformed/a.txt", "Peskov said so.\n")
	write("malformed/a.ann", "T1\tSource 0 6\tPeskov\nT2\tCue 7 x\tsaid\n")
	write("bytes/a.txt", "“Türkiye,” he said.\n")
	write("bytes/a.ann", "T1\tSource 16 18\the\n") // byte offsets, not characters
	notInText := write("key.gold.json", `{"publisher": "P", "claims": [{"id": "c1", "sentence": "Not there.", "claim": "Not there."}]}`)

	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string // regexps the output must match
		stderr string   // text stderr must contain
	}{
		{"keys", []string{evalKey, evalText}, exitOK,
			[]string{`(?m)^claims 5 found \d+ predicted \d+$`, `(?m)^recall=\d\.\d\d precision=\d\.\d\d source=.* summary=\d\.\d\d .*hedge_f1=\d\.\d\d\nclusters_f1=\d\.\d\d\n\z`}, ""},
		{"clusters below a floor", []string{"--min", "clusters_f1=1.01", evalKey, evalText}, exitShort,
			[]string{`(?m)^clusters_f1=\d\.\d\d  SHORT: clusters_f1 \d\.\d\d<1\.01$`}, ""},
		{"keys below a floor", []string{"--min", "recall=1.01", evalKey, evalText}, exitShort,
			[]string{`(?m)  SHORT: recall \d\.\d\d<1\.01$`}, ""},
		{"keys at floors", []string{"--min", "recall=0", "--min", "hedge_f1=0", evalKey, evalText}, exitOK, nil, ""},
		{"missing key", []string{"testdata/eval/keys/nope.gold.json", evalText}, exitError, nil, "nope.gold.json: no such file"},
		{"missing text", []string{evalKey, "nope.txt"}, exitError, nil, "nope.txt: no such file"},
		{"odd arguments", []string{evalKey, evalText, evalKey}, exitError, nil, "want KEY TEXT pairs, got 3 arguments"},
		{"no arguments", nil, exitError, nil, "no input"},
		{"key sentence not in text", []string{notInText, evalText}, exitError, nil, "key claim c1: sentence not in text"},
		{"unknown metric", []string{"--min", "recal=0.5", evalKey, evalText}, exitError, nil, `unknown metric "recal"`},
		{"bad floor", []string{"--min", "recall", evalKey, evalText}, exitError, nil, `--min "recall": want METRIC=VALUE`},
		{"brat", []string{"--brat", evalBratDir}, exitOK,
			[]string{`(?m)^files 3 attributions 12 predicted \d+ `, `(?m)^content +precision=\d\.\d\d recall=\d\.\d\d f1=\d\.\d\d \(matched \d+\)$`,
				`(?m)^content\+source +precision=`, `(?m)^content\+cue +precision=`,
				`(?m)^joint source +precision=`, `(?m)^joint cue +precision=`, `joint_source_f1=`}, ""},
		{"brat misses", []string{"--brat", evalBratDir, "--misses", "1"}, exitOK,
			[]string{`(?m)^missed: testdata/eval/brat/[a-z-]+\.txt:\d+:\d+: source "`}, ""},
		{"brat below a floor", []string{"--brat", evalBratDir, "--min", "content_f1=1.01"}, exitShort, []string{`SHORT: content_f1 `}, ""},
		{"brat metric of keys", []string{"--brat", evalBratDir, "--min", "recall=0.5"}, exitError, nil, `unknown metric "recall"`},
		{"brat with pairs", []string{"--brat", evalBratDir, evalKey, evalText}, exitError, nil, "--brat takes no KEY TEXT pairs"},
		{"brat lone text", []string{"--brat", filepath.Join(bad, "lone")}, exitError, nil, "a.txt: no a.ann beside it"},
		{"brat malformed", []string{"--brat", filepath.Join(bad, "malformed")}, exitError, nil, `a.ann:2: T2: bad range "7 x"`},
		{"brat byte offsets", []string{"--brat", filepath.Join(bad, "bytes")}, exitError, nil, `a.ann:1: T1: text "he" differs from the text at its offsets, "id"`},
		{"brat missing dir", []string{"--brat", filepath.Join(bad, "none")}, exitError, nil, "no such file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runCmd(t, "", append([]string{"eval"}, tt.args...)...)
			if code != tt.code {
				t.Fatalf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			for _, re := range tt.stdout {
				if !regexp.MustCompile(re).MatchString(stdout) {
					t.Errorf("stdout does not match %s:\n%s", re, stdout)
				}
			}
			if !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr does not contain %q:\n%s", tt.stderr, stderr)
			}
		})
	}
}
