package nlu

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestFeatureDirectory checks that a loaded model finds each of its features through the bucket
// directory where a search of all the hashes finds it, including at the ends of the hash range
// and in empty buckets, and misses the hashes it does not hold.
func TestFeatureDirectory(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	trained := NewFeatures()
	add := func(h uint64) {
		if _, ok := trained.index[h]; !ok {
			trained.index[h] = int32(len(trained.hashes))
			trained.hashes = append(trained.hashes, h)
		}
	}
	add(0)
	add(math.MaxUint64)
	add(1<<(64-dirBits) - 1) // the last hash of the first bucket
	add(1 << (64 - dirBits)) // the first of the second
	for range 5000 {
		add(r.Uint64() >> 3) // the top eighth of the buckets stays empty but for the maximum
	}
	var e encoder
	trained.encode(&e, trained.order())
	d := &decoder{b: e.b}
	loaded := decodeFeatures(d)
	if d.err != nil || loaded.dir == nil {
		t.Fatalf("decode: %v, directory %v", d.err, loaded.dir != nil)
	}
	sorted := slices.Clone(trained.hashes)
	slices.Sort(sorted)
	for i, h := range sorted {
		if got, ok := loaded.number(h); !ok || int(got) != i {
			t.Fatalf("hash %#x: number %d, %v; want %d", h, got, ok, i)
		}
	}
	for range 5000 {
		h := r.Uint64()
		_, want := slices.BinarySearch(sorted, h)
		if _, ok := loaded.number(h); ok != want {
			t.Fatalf("hash %#x: found %v, want %v", h, ok, want)
		}
	}
}

// TestTrainingOrderIgnoresNumbering checks that an example's place in training depends on its
// own features and label, not on the numbers the table gave them: a table that met other
// examples first numbers the same features differently, and an example added would otherwise
// reorder, and retrain differently, every example after it.
func TestTrainingOrderIgnoresNumbering(t *testing.T) {
	examples := [][]string{
		{"ma", "carte", "est", "perdue"},
		{"combien", "coute", "la", "cle"},
		{"devenir", "francais", "par", "mariage"},
	}
	alone, after := NewFeatures(), NewFeatures()
	after.Vector(true, []string{"une", "phrase", "avant", "qui", "numerote", "autrement"}, nil)
	for _, toks := range examples {
		a, b := alone.Vector(true, toks, nil), after.Vector(true, toks, nil)
		if slices.Equal(a.rows, b.rows) {
			t.Fatalf("%v: the two tables number its features alike; the test needs them apart", toks)
		}
		if ka, kb := vectorKey(a, "x", alone.hashes), vectorKey(b, "x", after.hashes); ka != kb {
			t.Errorf("%v: key %#x in one table, %#x in the other", toks, ka, kb)
		}
		if vectorKey(a, "x", alone.hashes) == vectorKey(a, "y", alone.hashes) {
			t.Errorf("%v: the label does not change the key", toks)
		}
	}
}
