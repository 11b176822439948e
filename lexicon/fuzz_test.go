package lexicon

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// FuzzLoad checks that Load never panics, and that any lexicon it accepts
// comes back equal, apart from positions, from WriteYAML and Load.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(""))
	if src, err := os.ReadFile("../testdata/lexicon/trade-dispute.yaml"); err == nil {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		l, err := Load(bytes.NewReader(src), "fuzz.yaml")
		if err != nil {
			return
		}
		var buf bytes.Buffer
		if err := l.WriteYAML(&buf); err != nil {
			t.Fatalf("write: %v", err)
		}
		got, err := Load(bytes.NewReader(buf.Bytes()), "again.yaml")
		if err != nil {
			t.Fatalf("load written lexicon: %v\n%s", err, buf.String())
		}
		clearPos(l)
		clearPos(got)
		if !reflect.DeepEqual(l, got) {
			t.Fatalf("round trip changed the lexicon:\n%+v\n%+v\n%s", l, got, buf.String())
		}
	})
}
