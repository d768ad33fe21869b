package apitest

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// RenderQuestions are the fixed questions whose answers each network's tests render into golden
// files and measure: the same list everywhere, so that the networks can be compared.
var RenderQuestions = []string{
	"J'ai perdu ma carte d'identité, combien ça coûte ?",
	"On m'a volé ma carte d'identité, je fais quoi ?",
	"quels papiers pour renouveler ma carte d'identité ? je suis majeur",
	"ma carte a été faite en 2012, j'avais 30 ans, elle est encore valable ?",
	"la photo doit faire quelle taille ?",
	"mon fils a 11 ans, on va lui prendre ses empreintes ?",
	"mon avis d'imposition est-il accepté ?",
	"c'est quoi France Identité certifiée ?",
	"j'ai un Android 9, ça marche pour France Identité ?",
	"combien coûte la clé numérique à Ixelles ?",
	"I live in Uccle, how much is a digital key?",
	"je suis mariée à un Français depuis 5 ans, je peux demander la nationalité ?",
	"quel niveau de français pour la naturalisation ?",
	"la pré-demande en ligne est obligatoire ?",
	"où faire ma carte d'identité quand j'habite à Mus ?",
}

// RenderTime is the moment the RenderQuestions are asked, so that dated rules give the same
// answers on every run.
var RenderTime = time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)

// Replies are the core's replies to RenderQuestions, each in a conversation of its own, from the
// embedded knowledge base, as a citizen gets them.
func Replies(t testing.TB) []bot.Reply { return replies(t, bot.Citizen) }

// StaffReplies are the replies to the same questions as town-hall staff get them: with the details
// the counter needs (who must come, what was assumed, the checklist, the rules applied).
func StaffReplies(t testing.TB) []bot.Reply { return replies(t, bot.Staff) }

func replies(t testing.TB, audience bot.Audience) []bot.Reply {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, bot.NewMemoryStore())
	out := make([]bot.Reply, len(RenderQuestions))
	for i, q := range RenderQuestions {
		r, err := b.Handle(context.Background(), bot.Message{ConversationID: "render" + string(rune('a'+i)), UserID: "u", Text: q, Time: RenderTime, Audience: audience})
		if err != nil {
			t.Fatal(err)
		}
		out[i] = r
	}
	return out
}

// Golden compares got with the file testdata/name, or rewrites the file when update is set (the
// tests' -update flag).
func Golden(t testing.TB, name string, got []byte, update bool) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run the test with -update to create it)", err)
	}
	if string(want) != string(got) {
		t.Errorf("%s differs from what is rendered now; if the change is meant, rerun with -update and review the diff", path)
	}
}
