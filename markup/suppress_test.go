package markup

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestDirectives(t *testing.T) {
	src := "A.\n<!-- claimtrace-disable-next-line loaded-language, anonymous-source -->\n\nB.\n" +
		"<!-- claimtrace-disable -->\nC.\n<!-- claimtrace-enable -->\n<!-- plain -->\n<!--claimtrace-frobnicate x-->\n"
	ds, ps := Directives([]byte(src))
	require.Len(t, ds, 3)
	assert.Equal(t, Directive{Kind: DisableNextLine, Rules: []string{"loaded-language", "anonymous-source"}, Start: 3, End: 74, Line: 2, Target: 4}, ds[0])
	assert.Equal(t, Disable, ds[1].Kind)
	assert.Empty(t, ds[1].Rules)
	assert.Equal(t, 5, ds[1].Line)
	assert.Equal(t, Enable, ds[2].Kind)
	assert.Equal(t, []Problem{{Start: 152, Line: 9, Msg: `unknown claimtrace comment "claimtrace-frobnicate" (want claimtrace-disable-next-line, claimtrace-disable or claimtrace-enable)`}}, ps)
}

func TestSuppressions_Suppressed(t *testing.T) {
	src := "L1\n<!-- claimtrace-disable-next-line r1 -->\nL3\n<!-- claimtrace-disable r2 -->\nL5\n" +
		"<!-- claimtrace-disable -->\nL7\n<!-- claimtrace-enable r1 -->\nL9\n<!-- claimtrace-enable -->\nL11\r\nL12"
	ds, ps := Directives([]byte(src))
	require.Empty(t, ps)
	s := NewSuppressions(ds)
	lines := newLineIndex(src)
	at := func(line int) int { return lines[line-1] }
	tests := []struct {
		rule string
		line int
		want bool
	}{
		{"r1", 1, false},
		{"r1", 3, true},
		{"r2", 3, false},
		{"r2", 5, true},
		{"r1", 5, false},
		{"r1", 7, true},
		{"r3", 7, true},
		{"r1", 9, false},
		{"r2", 9, true},
		{"r3", 9, true},
		{"r1", 11, false},
		{"r2", 11, false},
		{"r3", 12, false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, s.Suppressed(tt.rule, at(tt.line), tt.line), "%s on line %d", tt.rule, tt.line)
	}
	var none *Suppressions
	assert.False(t, none.Suppressed("r1", 0, 1))
}

func FuzzDirectives(f *testing.F) {
	for _, s := range []string{
		"<!-- claimtrace-disable-next-line a, b -->\n\nx", "<!-- claimtrace-disable -->x<!-- claimtrace-enable a -->",
		"<!--claimtrace-->", "<!-- claimtrace-disable-next-line -->", "<!-- claimtrace-enable\r\n a\r-->\r",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ds, ps := Directives([]byte(s))
		lines := newLineIndex(s)
		prev := -1
		for _, d := range ds {
			if d.Start < prev || d.Start < 0 || d.End > len(s) || d.Start >= d.End {
				t.Fatalf("directive %+v out of order or bounds (len %d)", d, len(s))
			}
			if s[d.Start:d.Start+4] != "<!--" || s[d.End-3:d.End] != "-->" {
				t.Fatalf("directive %+v is not a comment: %q", d, s[d.Start:d.End])
			}
			if d.Line < 1 || d.Line > len(lines) || (d.Kind == DisableNextLine && d.Target <= d.Line) {
				t.Fatalf("directive %+v: bad line", d)
			}
			for _, r := range d.Rules {
				if r == "" {
					t.Fatalf("empty rule in %+v", d)
				}
			}
			prev = d.End
		}
		for _, p := range ps {
			if p.Line < 1 || p.Line > len(lines) {
				t.Fatalf("problem %+v: bad line", p)
			}
		}
		sup := NewSuppressions(ds)
		for i := range lines {
			sup.Suppressed("r", lines[i], i+1)
		}
	})
}

func TestScan(t *testing.T) {
	src := "<!-- claimtrace-disable-next-line loaded-language -->\nA.\n\n```\n<!-- claimtrace-disable -->\n```\n\nSee `<!-- claimtrace-enable -->`.\n"
	analysis, ds, ps := Scan(Markdown, []byte(src))
	assert.Equal(t, Mask(Markdown, []byte(src)), analysis)
	require.Len(t, ds, 1, "comments in code are text")
	assert.Equal(t, DisableNextLine, ds[0].Kind)
	assert.Empty(t, ps)

	_, ds, _ = Scan(HTML, []byte("<!-- claimtrace-disable -->"))
	assert.Len(t, ds, 1)
	_, ds, _ = Scan(Text, []byte("<!-- claimtrace-disable -->"))
	assert.Empty(t, ds, "plain text has no directives")
}
