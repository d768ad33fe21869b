package bot

import (
	"strings"
	"testing"

	"github.com/guichet/guichet/knowledge"
)

// TestAsksInvalid checks which way round a validity question is asked, so that its yes or no
// answers it.
func TestAsksInvalid(t *testing.T) {
	b := kbBot(t)
	tests := []struct {
		text string
		want bool
	}{
		{"Ma carte délivrée le 15/03/2012 est-elle encore valable ?", false},
		{"ma carte faite en 2005 est périmée ?", true},
		{"ma carte est fausse ? elle a une date dépassée mais on m'a dit qu'elle était encore bonne", true},
		{"je dois faire changer la date de validité sur ma carte ?", true},
		{"Ma carte a expiré en 2022, elle est encore valable ?", false},
		{"elle n'est plus valable ?", true},
		{"elle reste valable ou il doit la refaire parce qu'il est majeur ?", false},
		{"il doit la refaire ou elle reste valable ?", true},
		{"is my card still valid?", false},
		{"do I have to renew it?", true},
		{"carte de 2012", false},
		// A verb of the cues in any of its forms.
		{"je dois aller en mairie pour qu'ils corrigent la date ?", true},
		{"ils vont me la remplacer ou elle marche encore ?", true},
		{"elle marche encore ou ils vont me la remplacer ?", false},
		// Whether it is extended asks whether it is valid; a card extended, told, asks nothing.
		{"C'est écrit expire en 2023. Elle me soutient que c'est prolongé de 5 ans, c'est vrai ?", false},
		{"je dois faire changer la date de validité sur ma carte qui a été prolongée de 5 ans ?", true},
	}
	for _, tc := range tests {
		if got := b.asksInvalid(knowledge.Normalize(tc.text)); got != tc.want {
			t.Errorf("%q: asks invalid %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestMessagesInEnglishAndDutch checks that every message Guichet writes in French also exists
// in English and in Dutch, with the same verbs, so that an English or Dutch conversation (the
// Brussels key's) is not answered in French.
func TestMessagesInEnglishAndDutch(t *testing.T) {
	for _, lang := range []knowledge.Lang{knowledge.EN, knowledge.NL} {
		for key, fr := range messages[knowledge.FR] {
			other, ok := messages[lang][key]
			if !ok {
				t.Errorf("message %q has no %s text", key, lang)
				continue
			}
			if strings.Count(fr, "%") != strings.Count(other, "%") {
				t.Errorf("message %q: %d verbs in French, %d in %s", key, strings.Count(fr, "%"), strings.Count(other, "%"), lang)
			}
		}
	}
}
