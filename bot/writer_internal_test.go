package bot

import (
	"testing"

	"github.com/guichet/guichet/knowledge"
)

// TestDoneWritesAVerdictOnce: two checks that reach the same verdict write it once, and
// paragraphs apart or lists are kept as they are.
func TestDoneWritesAVerdictOnce(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	w := newWriter(kb, knowledge.FR)
	w.para(w.t("yes"))
	w.para(w.t("yes"))
	w.list("Les étapes :", []string{"a", "b"})
	w.list("Les étapes :", []string{"a", "b"})
	w.para("Fin.")
	w.para(w.t("yes"))
	r := w.done(Answer)
	var got []string
	for _, b := range r.Blocks {
		got = append(got, b.Text)
	}
	want := []string{"Oui.", "Les étapes :", "Les étapes :", "Fin.", "Oui."}
	if len(got) != len(want) {
		t.Fatalf("blocks %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("blocks %q, want %q", got, want)
		}
	}
}
