package nlu

import (
	"testing"

	"github.com/guichet/guichet/knowledge"
)

// FuzzLoadModel feeds the model reader damaged models: it must refuse them with an error, never
// panic or allocate without bound.
func FuzzLoadModel(f *testing.F) {
	f.Add(embeddedModel)
	f.Add(embeddedModel[:len(embeddedModel)/2])
	f.Add(embeddedModel[:len(modelMagic)+10])
	f.Add([]byte(modelMagic))
	f.Add([]byte{})
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		q := build(kb, nil)
		// Any digest: the reader must cope with whatever follows.
		d := &decoder{b: data}
		if len(data) > len(modelMagic) {
			d.b = data[len(modelMagic):]
		}
		digest := d.str()
		if err := q.load(data, digest); err == nil && (q.topics == nil || q.facets == nil || q.features == nil) {
			t.Fatal("a model loaded without its classifiers")
		}
	})
}
