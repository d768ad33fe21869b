package bot

import (
	"testing"

	"github.com/guichet/guichet/knowledge"
)

func TestPositiveQuestion(t *testing.T) {
	b := kbBot(t)
	tests := []struct {
		text, want string
		turned     bool
	}{
		{"Je n'ai pas besoin d'adresse mail, si ?", "j ai besoin d adresse mail, si ?", true},
		{"son père n'a pas besoin de venir aussi, si ? On est mariés.", "son pere a besoin de venir aussi, si ? on est maries.", true},
		{"il ne faut pas de timbre, non ?", "il faut de timbre, non ?", true},
		{"I don't need an appointment, do I?", "i need an appointment, do i?", true},
		// No tag: the person's belief is not told, the question stays as it is.
		{"plus besoin d'aller au commissariat ?", "plus besoin d'aller au commissariat ?", false},
		// A statement before a question is not turned.
		{"Je n'ai pas besoin de timbre. C'est combien, si ?", "Je n'ai pas besoin de timbre. C'est combien, si ?", false},
		// The truth of a negative is asked: it is left as it is.
		{"c'est bien vrai que je n'ai pas besoin de justificatif, si ?", "c'est bien vrai que je n'ai pas besoin de justificatif, si ?", false},
		{"est-ce vrai que je n'ai pas besoin de venir, non ?", "est-ce vrai que je n'ai pas besoin de venir, non ?", false},
		{"Il faut une photo ?", "Il faut une photo ?", false},
	}
	for _, tc := range tests {
		got, turned := b.positiveQuestion(tc.text)
		if got != tc.want || turned != tc.turned {
			t.Errorf("positiveQuestion(%q) = %q, %v; want %q, %v", tc.text, got, turned, tc.want, tc.turned)
		}
	}
}

func TestContradicted(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Oui : il faut une adresse e-mail.", "Si : il faut une adresse e-mail."},
		{"fr", "Oui.", "Si."},
		{"fr", "Non.", "Non."},
		{"fr", "Ouistreham est loin.", "Ouistreham est loin."},
		{"en", "Yes.", "Yes."},
	} {
		r := contradicted(Reply{Lang: knowledge.Lang(tc.lang), Blocks: []Block{{Kind: Paragraph, Text: tc.text}}})
		if got := r.Blocks[0].Text; got != tc.want {
			t.Errorf("contradicted(%q, %s) = %q; want %q", tc.text, tc.lang, got, tc.want)
		}
	}
}

func TestRefusalAsked(t *testing.T) {
	b := kbBot(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"La mairie va me refuser le renouvellement ?", true},
		{"Sans pré-demande. Je dois refuser son dossier ?", true},
		{"ils vont la refuser ?", true},
		{"ils ne peuvent pas refuser ma facture ?", false},
		{"je peux refuser qu'on prenne mes empreintes ?", false},
		{"La mairie va me refuser le renouvellement.", false},
		{"ma demande a été refusée, je fais quoi ?", false},
	} {
		if got := b.refusalAsked(tc.text); got != tc.want {
			t.Errorf("refusalAsked(%q) = %v; want %v", tc.text, got, tc.want)
		}
	}
}

// TestNegativeClaim checks that the negation of a claim whose truth is asked turns its verdict,
// and that one in a condition or a concession after the claim does not.
func TestNegativeClaim(t *testing.T) {
	b := kbBot(t)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"c'est bien vrai que je ne peux plus voyager avec ?", true},
		{"c'est bien vrai que je peux y aller même si je n'habite pas là-bas ?", false},
		{"c'est vrai que je peux la faire ailleurs alors que je ne suis pas d'ici ?", false},
		{"c'est vrai que si on n'a pas de passeport on ne peut pas la faire ?", true},
		{"c'est vrai que je peux y aller ?", false},
	} {
		if got := b.negativeClaim(tc.text); got != tc.want {
			t.Errorf("negativeClaim(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
