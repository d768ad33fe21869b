package bot_test

import (
	"context"
	"strings"
	"testing"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

func askAs(t *testing.T, b *bot.Bot, audience bot.Audience, conv, text string) bot.Reply {
	t.Helper()
	r, err := b.Handle(context.Background(), bot.Message{ConversationID: conv, UserID: "u", Text: text, Time: now, Audience: audience})
	if err != nil {
		t.Fatalf("Handle(%q): %v", text, err)
	}
	return r
}

func sectionTitles(r bot.Reply) []string {
	var out []string
	for _, s := range r.Details {
		out = append(out, s.Title)
	}
	return out
}

func sectionText(r bot.Reply, title string) string {
	for _, s := range r.Details {
		if s.Title == title {
			return bot.PlainText(bot.Reply{Blocks: s.Blocks})
		}
	}
	return ""
}

func TestStaffDetails(t *testing.T) {
	b := newBot(t)
	for _, tc := range []struct {
		name     string
		text     string
		titles   []string // the detail sections, in order
		contains map[string]string
		facts    []string
	}{
		{
			name:   "fee question gets the checklist, validity, who must come and rules",
			text:   "perte de carte d'identité pour un majeur, combien ça coûte ?",
			titles: []string{"Validité de la carte délivrée aujourd'hui", "Qui doit venir", "Pièces à fournir", "Règles appliquées"},
			contains: map[string]string{
				"Qui doit venir":   "un majeur se présente en personne",
				"Pièces à fournir": "déclaration de perte",
				"Validité de la carte délivrée aujourd'hui": "22/11/2036",
				"Règles appliquées":                         "Tarif (25 €)",
			},
			facts: []string{"fee=25 €", "new_card_valid_until=2036-11-22"},
		},
		{
			name:     "checklist question: the checklist is the answer, not repeated",
			text:     "renouvellement de carte d'identité pour un enfant mineur, quels papiers ?",
			titles:   []string{"Validité de la carte délivrée aujourd'hui", "Qui doit venir", "Règles appliquées"},
			contains: map[string]string{"Règles appliquées": "Tarif (gratuit)", "Qui doit venir": "un mineur, quel que soit son âge"},
			facts:    []string{"new_card_valid_until=2036-11-22"},
		},
		{
			name:     "holder unknown: the checklist waits for it, no validity",
			text:     "vol de carte d'identité, combien ?",
			titles:   []string{"Pièces à fournir", "Règles appliquées"},
			contains: map[string]string{"Pièces à fournir": "dépend du titulaire"},
		},
		{
			name:     "another question on a known situation gets every section",
			text:     "perte de carte d'identité pour un majeur, quel est le délai ?",
			titles:   []string{"Tarif", "Validité de la carte délivrée aujourd'hui", "Qui doit venir", "Pièces à fournir", "Règles appliquées"},
			contains: map[string]string{"Tarif": "25 €", "Pièces à fournir": "originaux"},
			facts:    []string{"fee=25 €"},
		},
		{
			name:     "the holder taken to be an adult from \"l'usager\" alone: staff see it was assumed",
			text:     "l'usager a perdu sa carte d'identité, combien ?",
			titles:   []string{"Validité de la carte délivrée aujourd'hui", "Qui doit venir", "Ce qui a été supposé", "Pièces à fournir", "Règles appliquées"},
			contains: map[string]string{"Ce qui a été supposé": "supposé majeur"},
		},
		{name: "a question first: no details", text: "combien coûte une carte d'identité ?"},
		{name: "another procedure: no details", text: "clé numérique à Jette, combien ?"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := askAs(t, b, bot.Staff, "staff-"+tc.name, tc.text)
			if got := strings.Join(sectionTitles(r), " | "); got != strings.Join(tc.titles, " | ") {
				t.Errorf("sections = %q; want %q", got, strings.Join(tc.titles, " | "))
			}
			for title, want := range tc.contains {
				if got := sectionText(r, title); !strings.Contains(got, want) {
					t.Errorf("section %q lacks %q:\n%s", title, want, got)
				}
			}
			facts := map[string]bool{}
			for _, f := range r.Facts {
				facts[f.Name+"="+f.Value] = true
			}
			for _, f := range tc.facts {
				if !facts[f] {
					t.Errorf("no fact %s in %v", f, r.Facts)
				}
			}
			// A citizen asking the same gets the same answer, without details.
			c := askAs(t, b, bot.Citizen, "citizen-"+tc.name, tc.text)
			if len(c.Details) != 0 {
				t.Errorf("citizen reply has details: %v", sectionTitles(c))
			}
			if bot.PlainText(bot.Reply{Blocks: c.Blocks}) != bot.PlainText(bot.Reply{Blocks: r.Blocks}) {
				t.Errorf("staff answer differs from the citizen's:\n%s\n---\n%s", bot.PlainText(bot.Reply{Blocks: r.Blocks}), bot.PlainText(bot.Reply{Blocks: c.Blocks}))
			}
		})
	}
}

// Without a language model, no message text is kept in the conversation state.
func TestNoHistoryWithoutAModel(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	store := bot.NewMemoryStore()
	b := bot.New(kb, store)
	for _, text := range []string{"J'ai perdu ma carte d'identité", "majeur"} {
		if _, err := b.Handle(context.Background(), bot.Message{ConversationID: "h", Text: text, Time: now}); err != nil {
			t.Fatal(err)
		}
	}
	st, err := store.Load(context.Background(), "h")
	if err != nil || st.Turns != 2 || len(st.History) != 0 {
		t.Errorf("state = %+v, %v; want two turns and no history", st, err)
	}
}
