package knowledge

import (
	"bytes"
	"io/fs"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestQuestionsReadDirectly checks that the examples read without the YAML decoder are those the
// decoder reads, file by file, and that the rest of each file is decoded all the same.
func TestQuestionsReadDirectly(t *testing.T) {
	names, err := fs.Glob(Embedded(), "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	direct := 0
	for _, name := range names {
		data, err := fs.ReadFile(Embedded(), name)
		if err != nil {
			t.Fatal(err)
		}
		var want file
		dec := yaml.NewDecoder(bytes.NewReader(data))
		dec.KnownFields(true)
		if err := dec.Decode(&want); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := decode(name, data, false)
		if got.err != nil {
			t.Fatalf("%s: %v", name, got.err)
		}
		if !reflect.DeepEqual(got.f, want) {
			t.Errorf("%s: read directly, the file differs from the YAML decoder's reading", name)
		}
		if _, _, ok := splitQuestions(data); ok {
			direct++
		}
	}
	if direct == 0 {
		t.Error("no file's examples were read directly")
	}
}

// TestQuestionsUnusualFallBack checks that a questions section written otherwise is left to the
// YAML decoder.
func TestQuestionsUnusualFallBack(t *testing.T) {
	for _, text := range []string{
		"words: []\nquestions:\n  - label: cni.fee\n    examples: [\"a\", \"b\"]\n",
		"words: []\nquestions:\n  - label: cni.fee\n    examples:\n      - 'single'\n",
		"words: []\nquestions:\n  - label: cni.fee\n    examples:\n      - \"esc\\\\aped\"\n",
		"words: []\nquestions:\n  - label: cni.fee\n    examples:\n      - \"a\"\nforms: []\n",
		"words: []\n",
	} {
		if _, _, ok := splitQuestions([]byte(text)); ok {
			t.Errorf("%q: read directly; want the YAML decoder", text)
		}
		d := decode("x.yaml", []byte(text), false)
		if d.err != nil {
			t.Errorf("%q: %v", text, d.err)
		}
	}
}
