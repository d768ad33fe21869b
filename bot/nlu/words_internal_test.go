package nlu

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/guichet/guichet/knowledge"
)

// TestLeadingFields checks that the bounded split gives the first words of the full split.
func TestLeadingFields(t *testing.T) {
	for _, tc := range []struct {
		s string
		n int
	}{
		{"", 3},
		{" au blanco ", 3},
		{"with my own email?", 2},
		{"changer la date, au blanco... svp", 10},
		{"l'été à Noël — vite", 4},
		{"a b c d e f", 6},
		{"a b c d e f", 0},
	} {
		all := strings.FieldsFunc(tc.s, func(r rune) bool { return r == ' ' || unicode.IsPunct(r) })
		want := all[:min(tc.n, len(all))]
		if got := leadingFields(tc.s, tc.n); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
			t.Errorf("leadingFields(%q, %d) = %q; want %q", tc.s, tc.n, got, want)
		}
	}
}

// TestSpacedIndex checks that a phrase is found as whole words of a padded window, as searching
// it with a space on each side finds it.
func TestSpacedIndex(t *testing.T) {
	for _, tc := range []struct {
		padded, phrase string
	}{
		{" au blanco ", "blanco"},
		{" au blanco ", "blan"},
		{" le blanco au blanco ", "au blanco"},
		{" la date de naissance ", "date"},
		{" dates date ", "date"},
		{" a ", "b"},
		{"  ", ""},
	} {
		want := strings.Index(tc.padded, " "+tc.phrase+" ")
		if want >= 0 {
			want++
		}
		if got := spacedIndex(tc.padded, tc.phrase); got != want {
			t.Errorf("spacedIndex(%q, %q) = %d; want %d", tc.padded, tc.phrase, got, want)
		}
	}
}

// TestWhenClauseOfYesNo checks that a question opening with an auxiliary keeps its yes or no
// whatever "when" clause follows, and that a question of when stays one.
func TestWhenClauseOfYesNo(t *testing.T) {
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"Can we both use it when we register for our digital keys?", true},
		{"Is it fraud to get my key in Uccle when I live in Forest?", true},
		{"Kan ik mijn sleutel ophalen wanneer ik terug ben?", true},
		{"When can I pick up my key?", false},
		{"Can I come?", false},
	} {
		if got := whenClauseOfYesNo(c.q, nil); got != c.want {
			t.Errorf("whenClauseOfYesNo(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

func TestParticiples(t *testing.T) {
	tests := []struct{ in, want string }{
		{"je suis marier depuis 2 ans", "je suis marie depuis 2 ans"},
		{"on a deposer le dossier", "on a depose le dossier"},
		{"elle a ete voler", "elle a ete vole"},
		{"je suis pas obliger", "je suis pas oblige"},
		{"ils m ont appeler", "ils m ont appele"},
		// An infinitive after a preposition or a modal stays one.
		{"un dossier a deposer", "un dossier a deposer"},
		{"je dois payer", "je dois payer"},
		{"je vais aller", "je vais aller"},
	}
	for _, tt := range tests {
		got, changed := participles(strings.Fields(tt.in))
		if !changed {
			got = strings.Fields(tt.in)
		}
		if s := strings.Join(got, " "); s != tt.want {
			t.Errorf("participles(%q) = %q, want %q", tt.in, s, tt.want)
		}
		if changed != (tt.in != tt.want) {
			t.Errorf("participles(%q) reports changed=%v", tt.in, changed)
		}
	}
}

func TestGlued(t *testing.T) {
	tests := []struct {
		in, el, rest string
		ok           bool
	}{
		{"daller", "d", "aller", true},
		{"lattestation", "l", "attestation", true},
		{"dhebergement", "d", "hebergement", true},
		{"jhabite", "j", "habite", true},
		{"quimper", "", "", false},
		{"carte", "", "", false},
	}
	for _, tt := range tests {
		el, rest, ok := glued(tt.in)
		if ok != tt.ok || el != tt.el || rest != tt.rest {
			t.Errorf("glued(%q) = %q, %q, %v; want %q, %q, %v", tt.in, el, rest, ok, tt.el, tt.rest, tt.ok)
		}
	}
}

// TestWordsSpelledByEar checks the words of messages written by ear or without apostrophes: the
// elisions split, the participles restored, the English "n't" read as a negation.
func TestWordsSpelledByEar(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	p := New(kb)
	tests := []struct{ in, want string }{
		{"je suis obliger de faire lattestation dhebergement", "je suis oblige de faire l attestation d hebergement"},
		{"je suis obliger daller au commissariat", "je suis oblige daller au commissariat"}, // "daller" is a French verb
		{"hi i dont have a belgian eid card", "hi i don t have a belgian eid card"},
		{"le dossier dont je parle", "le dossier dont je parle"},
	}
	for _, tt := range tests {
		if _, toks := p.words(tt.in); strings.Join(toks, " ") != tt.want {
			t.Errorf("words(%q) = %q, want %q", tt.in, strings.Join(toks, " "), tt.want)
		}
	}
}
