package nlu

import (
	"slices"
	"strings"
	"testing"
	"unicode"
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
