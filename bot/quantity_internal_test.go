package bot

import (
	"slices"
	"strings"
	"testing"

	"github.com/guichet/guichet/knowledge"
)

// TestQuantities checks which quantities a question claims and which ones only tell the
// situation, and that a fact's own text gives its numbers in any form.
func TestQuantities(t *testing.T) {
	b := kbBot(t)
	tests := []struct {
		text  string
		asked bool
		want  []quantity
	}{
		{"le resultat arrive sous 2 semaines, c est bien ca ?", true, []quantity{{dim: duration, value: 2 * 10080, bound: 0}}},
		{"c est 4 chiffres comme pour ma carte bleue ?", true, []quantity{{dim: digits, value: 4, bound: 0}}},
		{"j ai une heure pour valider ?", true, []quantity{{dim: duration, value: 60, bound: 0}}},
		{"ca prend moins de 3 jours ?", true, []quantity{{dim: duration, value: 3 * 1440, bound: -1}}},
		{"il faut au moins 48h ?", true, []quantity{{dim: duration, value: 48 * 60, bound: 1}}},
		{"is it valid for 14 days?", true, []quantity{{dim: duration, value: 14 * 1440, bound: 0}}},
		{"l usager devra revenir tous les 15 jours ?", true, []quantity{{dim: duration, value: 15 * 1440, every: true}}},
		// The time passed or to come, and a clock time, are the situation's.
		{"j ai recu le lien il y a 3 semaines, il marche encore ?", true, nil},
		{"je suis passe depuis 10 jours et rien", true, nil},
		{"mon rdv est dans 2 semaines", true, nil},
		{"i got it 3 days ago", true, nil},
		{"c est ouvert jusqu a 17h ?", true, nil},
		{"rendez-vous a 17h30", true, nil},
		{"il faut mettre a jour l appli ?", true, nil},
		// A count of photos: claimed as a rule, or held; one photo named is no count.
		{"on m a dit qu il fallait 2 photos, c est vrai ?", true, []quantity{{dim: photos, value: 2}}},
		{"do i need two photos?", true, []quantity{{dim: photos, value: 2}}},
		{"j ai deja 3 photos, ca suffit ?", true, []quantity{{dim: photos, value: 3, held: true}}},
		{"il faut une seule photo ?", true, []quantity{{dim: photos, value: 1}}},
		{"une photo sur fond blanc ca passe ?", true, nil},
		// A long duration after a word of validity is a rule claimed; after others, a story.
		{"i read that the key is valid for 10 years, is that right?", true, []quantity{{dim: duration, value: 10 * yearMinutes, long: true}}},
		{"la cle est valable 5 ans ?", true, []quantity{{dim: duration, value: 5 * yearMinutes, long: true}}},
		{"mon fils de 12 ans peut la faire ?", true, nil},
		// A fact's text.
		{knowledge.Normalize("Une seule photo d'identité suffit ; elle doit respecter ces règles :"), false, []quantity{{dim: photos, value: 1}}},
		{knowledge.Normalize("Le code personnel, choisi dans l'application, a six chiffres : avec la carte"), false, []quantity{{dim: digits, value: 6, bound: 0}}},
		{knowledge.Normalize("Le résultat est notifié dans les 48 heures après le passage en mairie."), false, []quantity{{dim: duration, value: 48 * 60, bound: 0}}},
	}
	for _, tt := range tests {
		if got := b.quantities(tt.text, tt.asked); !slices.Equal(got, tt.want) {
			t.Errorf("quantities(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestYearsAgo checks the spans back a spouse's becoming French is told in, which decide whether
// it came after the wedding.
func TestYearsAgo(t *testing.T) {
	tests := []struct {
		span string
		want int
	}{
		{"l an dernier", 1},
		{"l annee derniere", 1},
		{"cette annee", 0},
		{"il y a 3 ans", 3},
		{"il y a une an", 1},
		{"il y a deux ans", 2},
		{"il y a quatre ans", 4},
		{"il y a six ans", 6},
		{"last year", 1},
		{"this year", 0},
		{"bientot", -1},
	}
	for _, tc := range tests {
		if got := yearsAgo(tc.span); got != tc.want {
			t.Errorf("yearsAgo(%q) = %d, want %d", tc.span, got, tc.want)
		}
	}
}

// TestConditionsToldSpouseLater checks that a spouse French fewer years ago than the wedding
// reads as French after it, and only then.
func TestConditionsToldSpouseLater(t *testing.T) {
	tests := []struct {
		norm  string
		after bool
	}{
		{"mon mari a ete naturalise l an dernier, on est maries depuis 10 ans", true},
		{"ma femme est devenue francaise il y a quatre ans, maries depuis 6 ans", true},
		{"ma femme est devenue francaise il y a 8 ans, on est maries depuis 5 ans", false},
		{"on est maries depuis 5 ans", false},
	}
	for _, tc := range tests {
		if got := strings.Contains(conditionsTold(tc.norm), " apres"); got != tc.after {
			t.Errorf("conditionsTold(%q) tells French after the wedding: %v, want %v", tc.norm, got, tc.after)
		}
	}
}
