package nlu_test

import (
	"bytes"
	"testing"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

func embeddedKB(t testing.TB) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// TestModelIsCurrent fails when the model built into Guichet is not the one its examples, words
// and code give: run `make model` and commit bot/nlu/model.bin.
func TestModelIsCurrent(t *testing.T) {
	kb := embeddedKB(t)
	p := nlu.New(kb)
	if p.Trained() {
		t.Fatal("the built-in model was trained on other examples or words: run `make model`")
	}
	built, err := p.Model(kb)
	if err != nil {
		t.Fatal(err)
	}
	fresh, err := nlu.Train(kb).Model(kb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(built, fresh) {
		t.Fatal("training on the current examples gives another model than the built-in one (the training code changed?): run `make model`")
	}
}

// TestLoadedModelReadsAsTrained checks that a saved model gives the labels of the one trained.
func TestLoadedModelReadsAsTrained(t *testing.T) {
	kb := embeddedKB(t)
	loaded, trained := nlu.New(kb), nlu.Train(kb)
	for _, e := range nlu.Examples(kb)[:300] {
		a, b := loaded.Parse(e.Text, now).Label, trained.Parse(e.Text, now).Label
		if a != b {
			t.Errorf("%q: loaded model reads %s, trained one %s", e.Text, a, b)
		}
	}
}
