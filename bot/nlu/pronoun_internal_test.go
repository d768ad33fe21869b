package nlu

import "testing"

func TestObjectPronoun(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"comment je l obtiens", true},
		{"comment je fais pour la renouveler a temps", true},
		{"comment le faire", true},
		{"on la renouvelle ou", true},
		{"combien coute la carte", false},
		{"il faut passer a la mairie", false},
		{"le prix de la demande", false},
		{"je l ai perdue hier", true},
	} {
		if got := objectPronoun(tokens(tc.text)); got != tc.want {
			t.Errorf("objectPronoun(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
