package bot

import (
	"testing"
	"time"

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

// kbBot is a bot over the embedded knowledge base, for the readings that need only its cues.
func kbBot(t *testing.T) *Bot {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	return New(kb, nil)
}

func TestParentAlone(t *testing.T) {
	b := kbBot(t)
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"je peux faire seule la carte d identite de notre fils de 7 ans ?", true},
		{"je peux faire la carte de notre fille de 10 ans toute seule, sans qu il vienne ?", true},
		{"je peux emmener ma fille seule a la mairie ?", true},
		{"ma fille de 16 ans peut aller deposer sa demande toute seule ?", false},
		{"j ai 17 ans, je peux y aller tout seul ?", false}, // no child named: the writer is the minor
		{"je peux deposer le dossier de mon fils toute seule, sans l emmener ?", false},
		{"mon fils est grand. il peut y aller seul ?", false},
	} {
		if got := b.parentAlone(tc.norm); got != tc.want {
			t.Errorf("parentAlone(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestBringsChild(t *testing.T) {
	b := kbBot(t)
	for _, tc := range []struct {
		norm string
		want bool
	}{
		{"faut vraiment que j amene mon bebe de 4 mois au rdv en mairie ?", true},
		{"je dois emmener ma fille ?", true},
		{"je dois amener quels papiers pour mon fils ?", false},
		{"il faut amener le livret de famille ?", false},
	} {
		if got := b.bringsChild(tc.norm); got != tc.want {
			t.Errorf("bringsChild(%q) = %v, want %v", tc.norm, got, tc.want)
		}
	}
}

func TestTwoQuestions(t *testing.T) {
	b := kbBot(t)
	now := time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		text, second string
	}{
		{"Ma carte expire en février. Le renouvellement c'est payant ? Et la nouvelle, elle sera valable combien de temps ?", "Et la nouvelle, elle sera valable combien de temps ?"},
		{"pour un renouvellement, combien ça coûte et quels papiers il faut ?", "quels papiers il faut ?"},
		{"Pour la naturalisation par décret, il faut combien d'années en France et quel niveau de français ?", "quel niveau de francais ?"},
		// One question: a story before it, a claim checked again, a relative "où", an "et"
		// inside a clause.
		{"J'ai déposé mon dossier il y a 10 mois et toujours rien. C'est normal ? Ils ont combien de temps pour répondre ?", ""},
		{"26 € à Watermael-Boitsfort pour une clé numérique ?? c'est une blague ou c'est vrai ?", ""},
		{"c'est quoi le nom de la démarche où l'agent compare mes empreintes et où je montre un QR code ?", ""},
		{"combien de temps entre le rdv en mairie et le moment où on récupère la carte ?", ""},
		{"J'habite Schaerbeek et j'ai la carte orange. Je paie combien pour la clé numérique ?", ""},
	} {
		if _, got := b.twoQuestions(tc.text, now); got != tc.second {
			t.Errorf("twoQuestions(%q) second = %q, want %q", tc.text, got, tc.second)
		}
	}
}
