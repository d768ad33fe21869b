package telegram_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/go-telegram/bot/models"
	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/sqlite"

	"github.com/guichet/guichet/adapters/telegram"
	"github.com/guichet/guichet/bot"
)

type env struct {
	api     *fakeAPI
	db      *sqlite.DB
	adapter *telegram.Adapter
	stop    func()
}

// start runs an adapter against a fake Bot API; wrap, when given, stands between the adapter and
// the real core (to slow it down or make it fail).
func start(t testing.TB, cfg telegram.Config, dbPath string, wrap ...func(telegram.Core) telegram.Core) *env {
	t.Helper()
	ctx := context.Background()
	kb, db := apitest.Open(t, dbPath)
	api := newFakeAPI(t)
	cfg.Token = api.token
	cfg.APIURL = api.srv.URL
	cfg.PollTimeout = time.Second
	if cfg.PerChatInterval == 0 {
		cfg.PerChatInterval = time.Millisecond
	}
	if cfg.GlobalInterval == 0 {
		cfg.GlobalInterval = time.Microsecond
	}
	var core telegram.Core = bot.New(kb, db)
	for _, w := range wrap {
		core = w(core)
	}
	a, err := telegram.New(ctx, cfg, core, db)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { a.Run(runCtx); close(done) }()
	e := &env{api: api, db: db, adapter: a}
	e.stop = func() { cancel(); <-done; db.Close() }
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			e.stop()
		}
	})
	return e
}

func TestPrivateQuestionGetsHTMLAnswerWithSourcesAndFeedbackButtons(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(7, "J'ai perdu ma carte d'identité, combien ça coûte ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	m := e.api.Sent("sendMessage")[0]
	if m.Params["chat_id"] != "7" || m.Params["parse_mode"] != "HTML" {
		t.Errorf("params = %v", m.Params)
	}
	text := m.Params["text"]
	for _, want := range []string{"25 €", "<b>Sources :</b>", `<a href="https://www.service-public.gouv.fr/particuliers/vosdroits/F1344">`, "l&#39;ancienne carte"} {
		if !strings.Contains(text, want) {
			t.Errorf("answer lacks %q:\n%s", want, text)
		}
	}
	if kb := m.Params["reply_markup"]; !strings.Contains(kb, `"callback_data":"f:+"`) || !strings.Contains(kb, `"callback_data":"f:-"`) {
		t.Errorf("no feedback buttons: %s", kb)
	}
}

func TestClarifyKeyboardAndCallback(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(8, "combien coûte une clé numérique ?"))
	e.api.WaitFor("a question", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	q := e.api.Sent("sendMessage")[0]
	if !strings.Contains(q.Params["reply_markup"], "Schaerbeek") || !strings.Contains(q.Params["reply_markup"], `"callback_data":"v1:`) {
		t.Fatalf("no options keyboard: %s", q.Params["reply_markup"])
	}
	// Press the option of Ixelles.
	e.api.push(fmt.Sprintf(`"callback_query":{"id":"cb1","from":{"id":8,"is_bot":false,"first_name":"A"},"chat_instance":"x","data":%q,"message":{"message_id":5,"date":1,"chat":{"id":8,"type":"private"},"text":"q"}}`, buttonData(t, q.Params["reply_markup"], "Ixelles")))
	e.api.WaitFor("the answer after the option", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	if len(e.api.Sent("answerCallbackQuery")) != 1 || len(e.api.Sent("editMessageReplyMarkup")) != 1 {
		t.Errorf("callback not answered or keyboard not removed: %v", e.api.Methods())
	}
	if got := e.api.Sent("sendMessage")[1].Params["text"]; !strings.Contains(got, "Ixelles (votre commune) : 5 €") {
		t.Errorf("answer after option:\n%s", got)
	}
}

// buttonData is the callback data of the button of a keyboard whose label contains label.
func buttonData(t *testing.T, markup, label string) string {
	t.Helper()
	var kb models.InlineKeyboardMarkup
	if err := json.Unmarshal([]byte(markup), &kb); err != nil {
		t.Fatalf("keyboard %s: %v", markup, err)
	}
	for _, row := range kb.InlineKeyboard {
		for _, b := range row {
			if strings.Contains(b.Text, label) {
				return b.CallbackData
			}
		}
	}
	t.Fatalf("no button %q in %s", label, markup)
	return ""
}

func TestDuplicateUpdateAnsweredOnce(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	id := e.api.push(privateText(9, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	e.api.pushRaw(id, privateText(9, "Combien coûte la clé numérique à Jette ?"))
	e.api.push(privateText(9, "merci"))
	e.api.WaitFor("the next answer", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	time.Sleep(100 * time.Millisecond)
	if n := len(e.api.Sent("sendMessage")); n != 2 {
		t.Errorf("sent %d messages; want 2 (the duplicate ignored)", n)
	}
}

func TestGroupsAnswerOnlyWhenAddressed(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	group := func(text string) string {
		return fmt.Sprintf(`"message":{"message_id":3,"date":1,"chat":{"id":-100,"type":"group"},"from":{"id":5,"is_bot":false,"first_name":"B"},"text":%q}`, text)
	}
	e.api.push(group("quelqu'un a perdu sa carte d'identité ?"))
	e.api.push(group("/start@other_bot"))
	e.api.push(group("/help@other_bot"))
	e.api.push(group("@guichet_bot combien coûte une carte d'identité perdue ?"))
	e.api.WaitFor("the addressed answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	time.Sleep(100 * time.Millisecond)
	msgs := e.api.Sent("sendMessage")
	if len(msgs) != 1 || !strings.Contains(msgs[0].Params["text"], "25 €") {
		t.Errorf("group messages (another bot's commands must get no reply): %v", msgs)
	}
}

func TestNonTextMessage(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(`"message":{"message_id":1,"date":1,"chat":{"id":11,"type":"private"},"from":{"id":11,"is_bot":false,"first_name":"A","language_code":"en"},"photo":[{"file_id":"x","file_unique_id":"y","width":1,"height":1}]}`)
	e.api.WaitFor("a reply", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	if got := e.api.Sent("sendMessage")[0].Params["text"]; !strings.Contains(got, "only read written messages") {
		t.Errorf("reply to a photo: %q", got)
	}
}

func TestTooManyRequestsWaitsRetryAfter(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.mu.Lock()
	e.api.tooMany = 1
	e.api.mu.Unlock()
	e.api.push(privateText(12, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("the retried message", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	s := e.api.Sent("sendMessage")
	if gap := s[1].At.Sub(s[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %v; want the 1 s retry_after", gap)
	}
}

// TestFeedbackNeverEatsAQuestion gives a 👎, then asks a new question instead of a reason: the
// question is answered and the feedback stays recorded without a reason; the reason buttons,
// offered with the 👎, store the reason chosen.
func TestFeedbackNeverEatsAQuestion(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	down := func(chat int, id string) string {
		return fmt.Sprintf(`"callback_query":{"id":%q,"from":{"id":%d,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":"f:-","message":{"message_id":1,"date":1,"chat":{"id":%d,"type":"private"},"text":"q"}}`, id, chat, chat)
	}
	e.api.push(privateText(31, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	e.api.push(down(31, "cb31"))
	e.api.WaitFor("the reason question", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	if kb := e.api.Sent("sendMessage")[1].Params["reply_markup"]; !strings.Contains(kb, `"callback_data":"r:1"`) || !strings.Contains(kb, "Passer") {
		t.Fatalf("the reason question has no reason buttons: %s", kb)
	}
	e.api.push(privateText(31, "Et à Uccle ?"))
	e.api.WaitFor("the answer to the new question", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	if got := e.api.Sent("sendMessage")[2].Params["text"]; strings.Contains(got, "Merci pour votre retour") || !strings.Contains(got, "Uccle") {
		t.Errorf("the question after 👎 was not answered:\n%s", got)
	}
	// A second 👎, its reason chosen with a button.
	e.api.push(down(31, "cb32"))
	e.api.WaitFor("the reason question again", func() bool { return len(e.api.Sent("sendMessage")) >= 4 })
	e.api.push(`"callback_query":{"id":"cb33","from":{"id":31,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":"r:1","message":{"message_id":4,"date":1,"chat":{"id":31,"type":"private"},"text":"q"}}`)
	e.api.WaitFor("the thanks", func() bool { return len(e.api.Sent("sendMessage")) >= 5 })
	fb, err := e.db.NegativeFeedback(context.Background(), time.Now().Add(-time.Hour), 10)
	if err != nil || len(fb) != 2 {
		t.Fatalf("feedback = %v, %v; want the two 👎", fb, err)
	}
	reasons := []string{fb[0].Reason, fb[1].Reason}
	if !slices.Contains(reasons, "") || !slices.Contains(reasons, "Réponse fausse") {
		t.Errorf("reasons = %q; want one without a reason and one 'Réponse fausse'", reasons)
	}
}

func TestFeedbackWithReasonIsStored(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(13, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	e.api.push(`"callback_query":{"id":"cb2","from":{"id":13,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":"f:-","message":{"message_id":1,"date":1,"chat":{"id":13,"type":"private"},"text":"q"}}`)
	e.api.WaitFor("the reason question", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	e.api.push(privateText(13, "le prix a changé"))
	e.api.WaitFor("the thanks", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	fb, err := e.db.NegativeFeedback(context.Background(), time.Now().Add(-time.Hour), 10)
	if err != nil || len(fb) != 1 {
		t.Fatalf("feedback = %v, %v", fb, err)
	}
	if fb[0].Question != "Combien coûte la clé numérique à Jette ?" || fb[0].Reason != "le prix a changé" || !strings.Contains(fb[0].Answer, "Jette") {
		t.Errorf("feedback = %+v", fb[0])
	}
}

func TestPerUserRateLimit(t *testing.T) {
	e := start(t, telegram.Config{PerUserPerMinute: 2}, "")
	for i := 0; i < 3; i++ {
		e.api.push(privateText(14, "Combien coûte la clé numérique à Jette ?"))
	}
	e.api.WaitFor("three replies", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	if got := e.api.Sent("sendMessage")[2].Params["text"]; !strings.Contains(got, "attendez une minute") {
		t.Errorf("third reply: %q", got)
	}
}

// TestRateLimitCountsOnArrivalWithOneNotice sends a burst: the limit judges the messages as they
// arrive, answers the first ones and sends one notice for all the refused ones; a minute later
// the user is answered again, and a new burst gets a new notice.
func TestRateLimitCountsOnArrivalWithOneNotice(t *testing.T) {
	clk := apitest.NewClock()
	e := start(t, telegram.Config{PerUserPerMinute: 2, PerChatInterval: time.Millisecond, Now: clk.Now}, "")
	ctx := context.Background()
	burst := func(n int) {
		t.Helper()
		var last int64
		for range n {
			last = e.api.push(privateText(51, "Combien coûte la clé numérique à Jette ?"))
		}
		// Recorded and marked handled: each has had its answer, its notice or nothing.
		e.api.WaitFor("the burst recorded and handled", func() bool {
			seq, err := e.db.LastSeq(ctx, telegram.Name)
			p, err2 := e.db.Pending(ctx, telegram.Name)
			return err == nil && err2 == nil && seq >= last && len(p) == 0
		})
	}
	count := func() (msgs, notices int) {
		for _, m := range e.api.Sent("sendMessage") {
			if strings.Contains(m.Params["text"], "attendez une minute") {
				notices++
			}
		}
		return len(e.api.Sent("sendMessage")), notices
	}
	burst(8)
	if msgs, notices := count(); msgs != 3 || notices != 1 {
		t.Errorf("%d messages, %d notices; want 2 answers and 1 notice", msgs, notices)
	}
	clk.Advance(time.Minute)
	burst(3)
	if msgs, notices := count(); msgs != 6 || notices != 2 {
		t.Errorf("a minute on: %d messages, %d notices in all; want 4 answers and 2 notices", msgs, notices)
	}
}

// TestStartButtonsAskTheirTopic presses a button of the welcome: the welcome is a turn of the
// conversation, so the button asks about its topic instead of sending a bare number.
func TestStartButtonsAskTheirTopic(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(21, "/start"))
	e.api.WaitFor("the welcome", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	kb := e.api.Sent("sendMessage")[0].Params["reply_markup"]
	e.api.push(fmt.Sprintf(`"callback_query":{"id":"cb21","from":{"id":21,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":%q,"message":{"message_id":1,"date":1,"chat":{"id":21,"type":"private"},"text":"q"}}`, buttonData(t, kb, "Clé numérique")))
	e.api.WaitFor("the answer to the button", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	got := e.api.Sent("sendMessage")[1].Params["text"]
	if strings.Contains(got, "Je ne peux pas répondre") || !strings.Contains(strings.ToLower(got), "clé numérique") {
		t.Errorf("after the welcome's digital-key button:\n%s", got)
	}
}

func TestCommands(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(15, "/start"))
	e.api.WaitFor("the greeting", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	if got := e.api.Sent("sendMessage")[0].Params["text"]; !strings.Contains(got, "données personnelles") {
		t.Errorf("/start: %q", got)
	}
	e.api.push(privateText(15, "Combien coûte la clé numérique à Jette ?"))
	e.api.push(privateText(15, "/sources"))
	e.api.WaitFor("the sources", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	if got := e.api.Sent("sendMessage")[2].Params["text"]; !strings.Contains(got, "mondiplôme") {
		t.Errorf("/sources: %q", got)
	}
}

func TestChatOrderIsKept(t *testing.T) {
	e := start(t, telegram.Config{PerChatInterval: 5 * time.Millisecond}, "")
	e.api.push(privateText(16, "Combien coûte la clé numérique à Ixelles ?"))
	e.api.push(privateText(16, "Et à Uccle ?"))
	e.api.push(privateText(16, "Et à Jette ?"))
	e.api.WaitFor("three answers", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	s := e.api.Sent("sendMessage")
	for i, want := range []string{"Ixelles (votre commune)", "Uccle (votre commune)", "Jette (votre commune)"} {
		if !strings.Contains(s[i].Params["text"], want) {
			t.Errorf("answer %d lacks %q", i, want)
		}
	}
}

func TestWebhookSecret(t *testing.T) {
	e := start(t, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s3cret"}, "")
	srv := httptest.NewServer(e.adapter.WebhookHandler())
	defer srv.Close()
	body := `{"update_id":5001,` + privateText(17, "Combien coûte la clé numérique à Jette ?") + `}`
	post := func(secret string) int {
		req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		if secret != "" {
			req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if code := post(""); code != http.StatusUnauthorized {
		t.Errorf("no secret: %d; want 401", code)
	}
	if code := post("wrong"); code != http.StatusUnauthorized {
		t.Errorf("wrong secret: %d; want 401", code)
	}
	if code := post("s3cret"); code != http.StatusOK {
		t.Errorf("right secret: %d; want 200", code)
	}
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	// Run registers the webhook while the handler already answers: wait for it rather than race.
	e.api.WaitFor("the webhook registered", func() bool { return len(e.api.Sent("setWebhook")) >= 1 })
	if len(e.api.Sent("setWebhook")) != 1 {
		t.Errorf("setWebhook not called: %v", e.api.Methods())
	}
	if code := post("s3cret"); code != http.StatusOK {
		t.Errorf("retry: %d", code)
	}
	time.Sleep(100 * time.Millisecond)
	if n := len(e.api.Sent("sendMessage")); n != 1 {
		t.Errorf("a webhook retry was answered again: %d messages", n)
	}
}

func TestRestartAnswersNothingTwice(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.db")
	e := start(t, telegram.Config{}, path)
	e.api.push(privateText(18, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	e.stop()
	// A new process on the same database, and a Bot API that delivers the update again.
	e2 := start(t, telegram.Config{}, path)
	e2.api.mu.Lock()
	e2.api.nextID = 2000 // Telegram's update ids keep increasing
	e2.api.mu.Unlock()
	e2.api.pushRaw(1001, privateText(18, "Combien coûte la clé numérique à Jette ?"))
	e2.api.push(privateText(18, "Et à Uccle ?"))
	e2.api.WaitFor("the new answer", func() bool { return len(e2.api.Sent("sendMessage")) >= 1 })
	time.Sleep(100 * time.Millisecond)
	s := e2.api.Sent("sendMessage")
	if len(s) != 1 || !strings.Contains(s[0].Params["text"], "Uccle (votre commune)") {
		t.Errorf("after restart: %d messages, first %q", len(s), s[0].Params["text"])
	}
}

func TestUpdatesRecordedBeforeAStopAreHandledAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	payload := `{"update_id":777,` + privateText(19, "Combien coûte la clé numérique à Jette ?") + `}`
	if _, err := db.Receive(context.Background(), telegram.Name, "777", 777, []byte(payload)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	e := start(t, telegram.Config{}, path)
	e.api.WaitFor("the answer to the recorded update", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	if got := e.api.Sent("sendMessage")[0].Params["text"]; !strings.Contains(got, "Jette (votre commune)") {
		t.Errorf("answer: %q", got)
	}
	time.Sleep(100 * time.Millisecond)
	if p, _ := e.db.Pending(context.Background(), telegram.Name); len(p) != 0 {
		t.Errorf("still pending: %v", p)
	}
}

func TestRenderSplitsUnderTheLimit(t *testing.T) {
	var items []string
	for i := 0; i < 400; i++ {
		items = append(items, fmt.Sprintf("élément <%d> & suite", i))
	}
	r := bot.Reply{Kind: bot.Answer, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: "Intro"}, {Kind: bot.List, Text: "Liste", Items: items}, {Kind: bot.Paragraph, Text: "Fin"}}}
	parts := telegram.RenderHTML(r)
	if len(parts) < 2 {
		t.Fatalf("one part for a long reply")
	}
	joined := strings.Join(parts, "\n")
	for _, p := range parts {
		if n := len([]rune(p)); n > telegram.MaxMessage {
			t.Errorf("part of %d characters", n)
		}
	}
	if !strings.Contains(joined, "élément &lt;399&gt; &amp; suite") || !strings.HasPrefix(parts[0], "Intro") || !strings.HasSuffix(parts[len(parts)-1], "Fin") {
		t.Errorf("content lost or unescaped")
	}
}

// slowCore takes its time to answer, or panics on a given text.
type slowCore struct {
	telegram.Core
	delay   time.Duration
	panicOn string
}

func (c slowCore) Handle(ctx context.Context, m bot.Message) (bot.Reply, error) {
	if m.Text == c.panicOn {
		panic("core failure")
	}
	time.Sleep(c.delay)
	return c.Core.Handle(ctx, m)
}

func TestTypingIndicatorOnlyWhenTheAnswerTakesAMoment(t *testing.T) {
	for _, tc := range []struct {
		name         string
		after, delay time.Duration
		typing       bool
	}{
		{"answer before the moment", 2 * time.Second, 0, false},
		{"answer after the moment", 50 * time.Millisecond, 300 * time.Millisecond, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := start(t, telegram.Config{TypingAfter: tc.after}, "", func(c telegram.Core) telegram.Core {
				return slowCore{Core: c, delay: tc.delay}
			})
			e.api.push(privateText(11, "Combien coûte une carte d'identité ?"))
			e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
			actions := e.api.Sent("sendChatAction")
			if got := len(actions) > 0; got != tc.typing {
				t.Fatalf("typing sent = %v; want %v (calls: %v)", got, tc.typing, e.api.Methods())
			}
			if tc.typing {
				if a := actions[0].Params; a["chat_id"] != "11" || a["action"] != "typing" {
					t.Errorf("chat action = %v", a)
				}
				if m := e.api.Methods(); slices.Index(m, "sendChatAction") > slices.Index(m, "sendMessage") {
					t.Errorf("typing came after the answer: %v", m)
				}
			}
		})
	}
}

func TestPanicInAHandlerGetsAnApologyAndTheChatGoesOn(t *testing.T) {
	e := start(t, telegram.Config{}, "", func(c telegram.Core) telegram.Core {
		return slowCore{Core: c, panicOn: "boom"}
	})
	e.api.push(privateText(12, "boom"))
	e.api.WaitFor("an apology", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	if got := e.api.Sent("sendMessage")[0].Params; got["chat_id"] != "12" || !strings.Contains(got["text"], "Désolé") {
		t.Errorf("apology = %v", got)
	}
	e.api.push(privateText(12, "J'ai perdu ma carte d'identité, combien ça coûte ?"))
	e.api.WaitFor("the next answer", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	if text := e.api.Sent("sendMessage")[1].Params["text"]; !strings.Contains(text, "25 €") {
		t.Errorf("the chat did not go on after the panic: %s", text)
	}
}

func TestAnsweredTurnsAreJournaled(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(20, "Combien coûte la clé numérique à Jette ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	deadline := time.Now().Add(5 * time.Second)
	for {
		st, err := e.db.TurnStats(context.Background(), time.Now().Add(-time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		if st.Questions == 1 && len(st.ByAdapter) == 1 && st.ByAdapter[0].Adapter == telegram.Name {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("journal = %+v", st)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// TestSourcesBeyondThreeBehindAButton checks that an answer with many sources shows a few, and
// that its Sources button sends them all.
func TestSourcesBeyondThreeBehindAButton(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(61, "J'ai perdu ma carte d'identité, combien ça coûte ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	m := e.api.Sent("sendMessage")[0]
	if n := strings.Count(m.Params["text"], "<a href="); n > telegram.MaxSources {
		t.Errorf("the answer shows %d sources", n)
	}
	if !strings.Contains(m.Params["reply_markup"], `"callback_data":"s:"`) {
		t.Fatalf("no Sources button: %s", m.Params["reply_markup"])
	}
	e.api.push(`"callback_query":{"id":"cb61","from":{"id":61,"is_bot":false,"first_name":"A","language_code":"fr"},"chat_instance":"x","data":"s:","message":{"message_id":1,"date":1,"chat":{"id":61,"type":"private"},"text":"q"}}`)
	e.api.WaitFor("the sources", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	if n := strings.Count(e.api.Sent("sendMessage")[1].Params["text"], "\n• "); n <= telegram.MaxSources {
		t.Errorf("the Sources button sent %d sources; want all of them", n)
	}
}

// TestCommandMenuRegisteredAtStart: the menu is set in French by default and in English and
// Dutch for those languages, with the commands Guichet handles, in what the Bot API accepts.
func TestCommandMenuRegisteredAtStart(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.WaitFor("the command menus", func() bool { return len(e.api.Sent("setMyCommands")) >= 3 })
	langs := map[string]bool{}
	for _, c := range e.api.Sent("setMyCommands") {
		langs[c.Params["language_code"]] = true
		var cmds []models.BotCommand
		if err := json.Unmarshal([]byte(c.Params["commands"]), &cmds); err != nil {
			t.Fatalf("commands %q: %v", c.Params["commands"], err)
		}
		var names []string
		for _, b := range cmds {
			names = append(names, b.Command)
			if b.Description == "" || len(b.Description) > 256 || len(b.Command) > 32 || strings.ToLower(b.Command) != b.Command {
				t.Errorf("command %+v not accepted by the Bot API", b)
			}
		}
		if got := strings.Join(names, " "); got != "start help reset sources" {
			t.Errorf("menu %q: commands %q", c.Params["language_code"], got)
		}
	}
	if !langs[""] || !langs["en"] || !langs["nl"] || len(langs) != 3 {
		t.Errorf("menus for %v; want the default, en and nl", langs)
	}
	// Each command of the menu is answered.
	e.api.push(privateText(11, "/sources"))
	e.api.WaitFor("the answer to /sources", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	if got := e.api.Sent("sendMessage")[0].Params["text"]; !strings.Contains(got, "sources") {
		t.Errorf("/sources answered %q", got)
	}
}

// TestButtonsHaveOneAction: every inline button sent (options, feedback, reasons, sources) has its
// text and exactly one action, as the Bot API asks; no empty copy_text rides along.
func TestButtonsHaveOneAction(t *testing.T) {
	e := start(t, telegram.Config{}, "")
	e.api.push(privateText(12, "combien coûte une clé numérique ?"))
	e.api.WaitFor("a question", func() bool { return len(e.api.Sent("sendMessage")) >= 1 })
	e.api.push(privateText(12, "J'ai perdu ma carte d'identité, combien ça coûte ?"))
	e.api.WaitFor("an answer", func() bool { return len(e.api.Sent("sendMessage")) >= 2 })
	e.api.push(`"callback_query":{"id":"cb","from":{"id":12,"is_bot":false,"first_name":"A"},"chat_instance":"x","data":"f:-","message":{"message_id":2,"date":1,"chat":{"id":12,"type":"private"},"text":"q"}}`)
	e.api.WaitFor("the reasons", func() bool { return len(e.api.Sent("sendMessage")) >= 3 })
	var calls []apitest.Call
	calls = append(calls, e.api.Sent("sendMessage")...)
	calls = append(calls, e.api.Sent("editMessageReplyMarkup")...)
	seen := 0
	for _, c := range calls {
		raw := c.Params["reply_markup"]
		if raw == "" {
			continue
		}
		var kb struct {
			InlineKeyboard [][]map[string]any `json:"inline_keyboard"`
		}
		if err := json.Unmarshal([]byte(raw), &kb); err != nil {
			t.Fatalf("reply_markup %s: %v", raw, err)
		}
		for _, row := range kb.InlineKeyboard {
			for _, b := range row {
				seen++
				if text, _ := b["text"].(string); text == "" || len(b) != 2 || b["callback_data"] == nil {
					t.Errorf("button %v: want a text and exactly one action", b)
				}
			}
		}
	}
	if seen < 8 {
		t.Errorf("%d buttons checked; want the options, the feedback and the reasons", seen)
	}
}
