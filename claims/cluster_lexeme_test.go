package claims

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestVocab_lexeme(t *testing.T) {
	v := newVocab(nil)
	texts := []string{"Putin", "putin", "talks", "3", "10:00", "three"}
	for i := range 1000 { // enough to grow the table a few times
		texts = append(texts, "w"+strconv.Itoa(i))
	}
	lxs := map[string]*lexeme{}
	for _, text := range texts {
		lx := v.lexeme(text, text[0] >= '0' && text[0] <= '9')
		assert.Equal(t, text, lx.text)
		lxs[text] = lx
	}
	for _, text := range texts {
		assert.Same(t, lxs[text], v.lexeme(text, text[0] >= '0' && text[0] <= '9'), "%q found again", text)
	}
	assert.Same(t, lxs["Putin"].low, lxs["putin"].low, "one lower case, one lowerInfo")
	assert.Equal(t, "3", lxs["three"].number)
}
