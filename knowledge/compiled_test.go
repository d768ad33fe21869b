package knowledge_test

import (
	"bytes"
	"testing"

	"github.com/guichet/guichet/knowledge"
)

// TestCompiledIsCurrent fails when the knowledge base's files changed and the compiled form built
// into Guichet was not made again: start-up would then decode the files, slowly but right.
func TestCompiledIsCurrent(t *testing.T) {
	want, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := knowledge.CompiledCurrent(want); err != nil || !ok {
		t.Fatalf("knowledge/compiled.bin is not the compiled knowledge base of knowledge/data (%v): run make model", err)
	}
	got, err := knowledge.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	sameBase(t, got, want)
}

// sameBase fails unless got holds the same knowledge as want, and its indexes point into it.
func sameBase(t *testing.T, got, want *knowledge.Base) {
	t.Helper()
	g, err := knowledge.Compile(got)
	if err != nil {
		t.Fatal(err)
	}
	w, err := knowledge.Compile(want)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(g, w) {
		t.Fatal("the compiled base holds other knowledge than the files")
	}
	id := want.Procedures[0].Facts[0].ID
	if f, ok := got.Fact(id); !ok || f != &got.Procedures[0].Facts[0] {
		t.Errorf("Fact(%q) does not point into the compiled base's procedures", id)
	}
	for _, o := range want.Offices {
		og, ok := got.Office(o.ID)
		if !ok {
			t.Fatalf("office %s missing", o.ID)
		}
		if og.Location().String() != o.Location().String() {
			t.Errorf("office %s: time zone %s, want %s", o.ID, og.Location(), o.Location())
		}
	}
}

// TestCompiledRoundTrip checks that a compiled base reads back as the same base, and that one
// compiled from other files, or damaged, is not read.
func TestCompiledRoundTrip(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	data, err := knowledge.Compile(kb)
	if err != nil {
		t.Fatal(err)
	}
	got, err := knowledge.DecodeCompiled(data, kb.Digest)
	if err != nil {
		t.Fatal(err)
	}
	sameBase(t, got, kb)
	if _, err := knowledge.DecodeCompiled(data, "other"); err != knowledge.ErrStaleCompiled {
		t.Errorf("another digest: err = %v, want ErrStaleCompiled", err)
	}
	for _, bad := range [][]byte{nil, []byte("guichet-kb-2\n"), data[:len(data)/2], []byte("not a compiled base")} {
		if _, err := knowledge.DecodeCompiled(bad, kb.Digest); err == nil {
			t.Errorf("a damaged compiled base (%d bytes) was read", len(bad))
		}
	}
}
