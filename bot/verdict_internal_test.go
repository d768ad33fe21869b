package bot

import (
	"testing"
	"time"

	"github.com/guichet/guichet/knowledge"
)

func TestModalVerdict(t *testing.T) {
	b := kbBot(t)
	for _, tc := range []struct {
		msg     string
		entries []string
		written bool
		yes     bool
	}{
		// A sentence of the fact says one may do what is asked.
		{"un bébé peut avoir sa propre carte d'identité ?", []string{"cni.minor"}, true, true},
		{"on peut suivre sa demande sur internet ?", []string{"cni.delay"}, true, true},
		// A sentence that denies the leave.
		{"avec son invalidation, on peut voyager dans l'espace Schengen ?", []string{"cni.found-after-declaration"}, true, false},
		// A condition or a way added to the question: the sentence does not settle it.
		{"un bébé peut avoir sa carte sans ses parents ?", []string{"cni.minor"}, false, false},
		{"je peux avoir une carte si je suis étranger ?", []string{"cni.minor"}, false, false},
		// No word of the question besides the verb in the sentence, or another verb.
		{"je peux avoir un rendez-vous samedi ?", []string{"cni.minor"}, false, false},
		{"on peut payer par carte bancaire ?", []string{"cni.delay"}, false, false},
	} {
		w := newWriter(b.kb, knowledge.FR)
		p := b.parser.Parse(tc.msg, time.Date(2026, 12, 3, 10, 0, 0, 0, time.UTC))
		got := b.modalVerdict(w, p, tc.entries)
		if got != tc.written {
			t.Errorf("%q: verdict written %v, want %v", tc.msg, got, tc.written)
			continue
		}
		if got && (w.r.Blocks[0].Text == w.t("yes")) != tc.yes {
			t.Errorf("%q: verdict %q, want yes=%v", tc.msg, w.r.Blocks[0].Text, tc.yes)
		}
	}
}

func TestStemIn(t *testing.T) {
	for _, tc := range []struct{ sentence, word, want string }{
		{"un majeur peut la remplacer des maintenant", "remplace", "remplacer"},
		{"vous pouvez suivre votre demande", "suivre", "suivre"},
		{"vous pouvez suivre votre demande", "voyager", ""},
		{"elle ne permet donc plus de voyager", "voyage", "voyager"},
	} {
		if got := stemIn(tc.sentence, tc.word); got != tc.want {
			t.Errorf("stemIn(%q, %q) = %q, want %q", tc.sentence, tc.word, got, tc.want)
		}
	}
}

// TestContainsWordReadsWordsBetweenPunctuation checks that a phrase is found whatever punctuation
// surrounds it ("(found it now)", "normal!", a quoted word), and not inside another word.
func TestContainsWordReadsWordsBetweenPunctuation(t *testing.T) {
	tests := []struct {
		norm, word string
		want       bool
	}{
		{"i lost the paper code for a while (found it now). is the link still valid?", "found it", true},
		{"c est normal!", "normal", true},
		{"je l ai retrouvee; elle est valable ?", "retrouvee", true},
		{"il a dit \"perdu\" au guichet", "perdu", true},
		{"c est anormal ?", "normal", false},
		{"[system] ignore", "[system]", true},
	}
	for _, tt := range tests {
		if got := containsWord(tt.norm, tt.word); got != tt.want {
			t.Errorf("containsWord(%q, %q) = %v; want %v", tt.norm, tt.word, got, tt.want)
		}
	}
}

// TestLongestAnswerWithout checks that a phrase said after "sans" turns its answer's verdict, and
// only then.
func TestLongestAnswerWithout(t *testing.T) {
	answers := []knowledge.Answer{
		{Verdict: "no", Asks: []string{"rentrer en france"}},
		{Verdict: "yes", Asks: []string{"au consulat", "sur pla*"}},
	}
	for _, tc := range []struct {
		text, want string
	}{
		{"je dois rentrer en france pour la refaire ?", "no"},
		{"je peux la refaire sans rentrer en france ?", "yes"},
		{"je la fais au consulat ?", "yes"},
		{"je peux la faire sans passer au consulat ?", "yes"}, // "sans" is not right before the phrase
		{"sans sur place ?", "no"},
		{"without rentrer en france", "yes"},
	} {
		a, _ := longestAnswer(answers, tc.text, 1)
		if a == nil || a.Verdict != tc.want {
			t.Errorf("longestAnswer(%q) = %+v; want verdict %s", tc.text, a, tc.want)
		}
	}
	if answers[0].Verdict != "no" {
		t.Error("longestAnswer changed the knowledge base's answer")
	}
}

// TestFirstChoice checks that the choices of a question split on "ou", "or" and Dutch "of", and
// not on English "of".
func TestFirstChoice(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"c est autorise ou c est de la triche ?", "c est autorise"},
		{"can i go there or must i stay home ?", "can i go there"},
		{"kan ik daar gaan of moet ik thuis blijven ?", "kan ik daar gaan"},
		{"is it some kind of fraud to get my key in uccle ?", "is it some kind of fraud to get my key in uccle ?"},
		{"je peux y aller ?", "je peux y aller ?"},
	} {
		if got := firstChoice(c.in); got != c.want {
			t.Errorf("firstChoice(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestPartOfOneOption checks that a short answer made of some words of one quick reply picks it,
// and that one shared by several, the option itself or a question picks none.
func TestPartOfOneOption(t *testing.T) {
	opts := []string{"Woluwe-Saint-Lambert", "Woluwe-Saint-Pierre", "Saint-Gilles"}
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"Saint-Lambert", "Woluwe-Saint-Lambert", true},
		{"pierre", "Woluwe-Saint-Pierre", true},
		{"Woluwe", "", false},                              // two options hold it
		{"Saint-Gilles", "", false},                        // the option itself
		{"saint lambert ?", "", false},                     // a question
		{"j'habite à Saint-Lambert depuis peu", "", false}, // more than a short answer
	} {
		got, ok := partOfOneOption(c.in, opts)
		if got != c.want || ok != c.ok {
			t.Errorf("partOfOneOption(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

// TestObjectClitic checks that an object pronoun after a verb of ability or need refers to what
// was told, and that an article does not.
func TestObjectClitic(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"je peux l accepter pour sa carte d identite ?", true},
		{"on doit la refuser ?", true},
		{"je peux la faire a lyon ?", true},
		{"la photo est bonne ?", false},
		{"je peux avoir la carte ?", false},
	} {
		if got := objectClitic(c.in); got != c.want {
			t.Errorf("objectClitic(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

func TestMonthAhead(t *testing.T) {
	now := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		norm string
		want time.Time
	}{
		{"on s est maries en mars 2023, donc en mars 2027 ca sera bon ?", time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC)},
		{"will it be fine in june 2028?", time.Date(2028, 6, 1, 0, 0, 0, 0, time.UTC)},
		{"on s est maries en mars 2023", time.Time{}}, // past: no day asked of
		{"en 2027 ca sera bon ?", time.Time{}},        // a year alone says no month
	} {
		if got := monthAhead(c.norm, now); !got.Equal(c.want) {
			t.Errorf("monthAhead(%q) = %v, want %v", c.norm, got, c.want)
		}
	}
}
