package telegram_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/telegram"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// lengthQuestions are the fixed questions whose answers' length is measured.
var lengthQuestions = []string{
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

// TestReplyLengths measures the answers to a fixed list of questions as Telegram shows them:
// characters, lines, sources shown and the share of characters the sources take, against the
// same answers with every source listed. No answer shows more than MaxSources sources, and the
// sources' median share goes down. go test -v -run TestReplyLengths prints the figures.
func TestReplyLengths(t *testing.T) {
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, bot.NewMemoryStore())
	now := time.Date(2026, 12, 2, 10, 0, 0, 0, time.UTC)
	var shareNow, shareAll, charsNow, charsAll, linesNow []float64
	for i, q := range lengthQuestions {
		r, err := b.Handle(context.Background(), bot.Message{ConversationID: "len" + string(rune('a'+i)), UserID: "u", Text: q, Time: now})
		if err != nil {
			t.Fatal(err)
		}
		if r.Kind != bot.Answer {
			continue
		}
		text := strings.Join(telegram.RenderHTML(r), "\n\n")
		src := text[strings.LastIndex(text, "<b>"+bot.SourcesTitle(r.Lang)):]
		if n := strings.Count(src, "\n• "); n > telegram.MaxSources {
			t.Errorf("%q shows %d sources; want at most %d", q, n, telegram.MaxSources)
		}
		all := telegram.SourcesHTML(r.Lang, r.Sources)
		withAll := strings.TrimSuffix(text, src) + all
		shareNow = append(shareNow, float64(len(src))/float64(len(text)))
		shareAll = append(shareAll, float64(len(all))/float64(len(withAll)))
		charsNow = append(charsNow, float64(len([]rune(text))))
		charsAll = append(charsAll, float64(len([]rune(withAll))))
		linesNow = append(linesNow, float64(strings.Count(text, "\n")+1))
	}
	if len(shareNow) < 10 {
		t.Fatalf("only %d answers among the questions", len(shareNow))
	}
	t.Logf("answers: %d; median characters %.0f (every source listed: %.0f); median lines %.0f; median share of sources %.0f%% (every source listed: %.0f%%)",
		len(shareNow), median(charsNow), median(charsAll), median(linesNow), 100*median(shareNow), 100*median(shareAll))
	if median(shareNow) > median(shareAll) {
		t.Errorf("the sources' median share went up: %.2f against %.2f", median(shareNow), median(shareAll))
	}
}
