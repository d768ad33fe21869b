package nlu

import (
	"slices"
	"testing"
)

// TestFoldsStable checks that an example added to one label leaves the folds of every other
// label as they were, and that each label is spread over the folds.
func TestFoldsStable(t *testing.T) {
	byLabel := map[string][]Example{}
	for i := range 40 {
		for _, l := range []string{"a.x", "b.y"} {
			byLabel[l] = append(byLabel[l], Example{Text: l + " message " + string(rune('a'+i%26)) + string(rune('a'+i/26)), Label: l})
		}
	}
	labels := []string{"a.x", "b.y"}
	before := assignFolds(byLabel, labels, 5, 1)
	byLabel["a.x"] = append(byLabel["a.x"], Example{Text: "a new one", Label: "a.x"})
	after := assignFolds(byLabel, labels, 5, 1)
	for k := range before {
		of := func(f []Example) []Example {
			return slices.DeleteFunc(slices.Clone(f), func(e Example) bool { return e.Label != "b.y" })
		}
		if !slices.Equal(of(before[k]), of(after[k])) {
			t.Errorf("fold %d: the examples of another label moved", k)
		}
		if n := len(of(before[k])); n != 8 {
			t.Errorf("fold %d has %d examples of b.y; want 8", k, n)
		}
	}
	if slices.Equal(assignFolds(byLabel, labels, 5, 1)[0], assignFolds(byLabel, labels, 5, 2)[0]) {
		t.Error("another seed deals the same folds")
	}
}
