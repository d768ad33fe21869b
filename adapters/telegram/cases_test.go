package telegram_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/telegram"
)

// callback is the update of a button pressed by the user of a private chat, on a message whose
// keyboard is markup (the keyboard Telegram sends back with the message, "" for none).
func callback(chat int64, id, data, markup string) string {
	if markup == "" {
		markup = `{"inline_keyboard":[]}`
	}
	return fmt.Sprintf(`"callback_query":{"id":%q,"from":{"id":%d,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":%q,"message":{"message_id":1,"date":1,"chat":{"id":%d,"type":"private"},"text":"q","reply_markup":%s}}`,
		id, chat, data, chat, markup)
}

// sent is the text and keyboard of the n-th message sent (from 1), once it has been.
func (e *env) sent(n int) (text, markup string) {
	e.api.WaitFor(fmt.Sprintf("message %d", n), func() bool { return len(e.api.Sent("sendMessage")) >= n })
	p := e.api.Sent("sendMessage")[n-1].Params
	return p["text"], p["reply_markup"]
}

// TestStaleButtons presses an option of a question left behind. A label that stands alone is
// asked as a new message; another one says the question has moved on and offers the options of
// the question in progress, if there is one, whose buttons work.
func TestStaleButtons(t *testing.T) {
	tests := append(apitest.StaleCases(),
		apitest.StaleCase{Name: "after /reset", First: "combien coûte une clé numérique ?", Label: "Ixelles", Then: "/reset",
			Want: []string{"plus en cours"}, Absent: []string{"Je ne peux pas répondre"}},
		apitest.StaleCase{Name: "after /recommencer", First: "combien coûte une clé numérique ?", Label: "Ixelles", Then: "/recommencer",
			Want: []string{"plus en cours"}, Absent: []string{"Je ne peux pas répondre"}},
		apitest.StaleCase{Name: "a label that stands alone", First: "/start", Label: "Clé numérique", Then: "combien coûte une carte d'identité ?",
			Want: []string{"clé numérique"}, Absent: []string{"question précédente", "Je ne peux pas répondre"}},
	)
	for i, tc := range tests {
		t.Run(tc.Name, func(t *testing.T) {
			clk := apitest.NewClock()
			e := start(t, telegram.Config{Now: clk.Now}, "")
			chat := int64(700 + i)
			e.api.push(privateText(chat, tc.First))
			_, old := e.sent(1)
			n := 1
			if tc.Then != "" {
				e.api.push(privateText(chat, tc.Then))
				n++
				e.sent(n)
			}
			clk.Advance(tc.Wait)
			e.api.push(callback(chat, "cb-old", buttonData(t, old, tc.Label), old))
			n++
			text, markup := e.sent(n)
			tc.Check(t, text)
			if cb := e.api.Sent("answerCallbackQuery"); len(cb) != 1 || !strings.HasPrefix(cb[0].Params["text"], "✓ "+tc.Label) {
				t.Errorf("the callback's notice = %v; want ✓ %s", cb, tc.Label)
			}
			if tc.Option == "" {
				if strings.Contains(markup, `"callback_data":"v`) {
					t.Errorf("options offered with no question in progress: %s", markup)
				}
				return
			}
			e.api.push(callback(chat, "cb-new", buttonData(t, markup, tc.Option), markup))
			n++
			if got, _ := e.sent(n); !strings.Contains(got, tc.Answer) {
				t.Errorf("the offered %q button brings:\n%s\nwant %q", tc.Option, got, tc.Answer)
			}
		})
	}
}

// TestButtonsCarryTheirTurn: each option's callback data names the turn of the reply that offered
// it and fits in Telegram's 64 bytes; the next question's buttons carry the next turn.
func TestButtonsCarryTheirTurn(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(81, "/start"))
	_, welcome := e.sent(1)
	e.api.push(privateText(81, "combien coûte une clé numérique ?"))
	_, communes := e.sent(2)
	for _, tc := range []struct {
		markup, label, want string
	}{
		{welcome, "Clé numérique", "v1:clé numérique"},
		{communes, "Bruxelles", "v2:Ville de Bruxelles"},
		{communes, "Hors de Bruxelles", "v2:hors de Bruxelles"},
	} {
		got := buttonData(t, tc.markup, tc.label)
		if got != tc.want || len(got) > 64 {
			t.Errorf("button %q: callback data %q; want %q, at most 64 bytes", tc.label, got, tc.want)
		}
	}
}

// TestCaseExpiresOnTelegram: a chat's case lasts while it goes on and ends after half an hour of
// silence (the default GUICHET_CASE_TTL), on the adapter's clock.
func TestCaseExpiresOnTelegram(t *testing.T) {
	clk := apitest.NewClock()
	e := start(t, telegram.Config{Now: clk.Now}, "")
	e.api.push(privateText(82, "j'ai perdu ma carte d'identité"))
	e.sent(1)
	clk.Advance(10 * time.Minute)
	e.api.push(privateText(82, "ça coûte combien ?"))
	if got, _ := e.sent(2); !strings.Contains(got, "remplacement après une perte, il faut un timbre fiscal de 25 €") {
		t.Errorf("within the case, the loss is kept:\n%s", got)
	}
	clk.Advance(31 * time.Minute)
	e.api.push(privateText(82, "ça coûte combien ?"))
	if got, _ := e.sent(3); strings.Contains(got, "Pour un remplacement après une perte, il faut") {
		t.Errorf("after 31 minutes of silence, the loss of the last case is still applied:\n%s", got)
	}
}

// TestSkipAReasonAndRestart: "Passer" after a 👎 keeps the vote without a reason and lets the next
// message be a message again; /recommencer forgets the case.
func TestSkipAReasonAndRestart(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(83, "j'ai perdu ma carte d'identité, combien ça coûte ?"))
	e.sent(1)
	e.api.push(callback(83, "cb-down", "f:-", ""))
	_, reasons := e.sent(2)
	e.api.push(callback(83, "cb-skip", buttonData(t, reasons, "Passer"), reasons))
	if got, _ := e.sent(3); !strings.Contains(got, "Merci pour votre retour") {
		t.Errorf("after Passer: %q; want the thanks", got)
	}
	fb, err := e.db.NegativeFeedback(context.Background(), time.Now().Add(-time.Hour), 10)
	if err != nil || len(fb) != 1 || fb[0].Reason != "" {
		t.Fatalf("feedback = %+v, %v; want one 👎 without a reason", fb, err)
	}
	// The reason was skipped: the next text is not taken for one.
	e.api.push(privateText(83, "le prix a changé"))
	if got, _ := e.sent(4); strings.Contains(got, "Merci pour votre retour") {
		t.Errorf("a message after Passer was taken as the reason: %q", got)
	}
	if fb, _ := e.db.NegativeFeedback(context.Background(), time.Now().Add(-time.Hour), 10); len(fb) != 1 || fb[0].Reason != "" {
		t.Errorf("feedback = %+v; want the reason left empty", fb)
	}
	e.api.push(privateText(83, "/recommencer"))
	if got, _ := e.sent(5); !strings.Contains(got, "on recommence") {
		t.Errorf("/recommencer: %q", got)
	}
	e.api.push(privateText(83, "ça coûte combien ?"))
	if got, _ := e.sent(6); strings.Contains(got, "Pour un remplacement après une perte, il faut") {
		t.Errorf("after /recommencer, the loss of the last case is still applied:\n%s", got)
	}
}
