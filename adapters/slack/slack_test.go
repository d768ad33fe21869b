package slack_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/slack"
	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
)

type env struct {
	api     *fakeSlack
	db      *sqlite.DB
	adapter *slack.Adapter
	// srv serves the adapter's HTTP endpoints (HTTP mode).
	srv  *httptest.Server
	stop func()
}

// slowCore makes the core take a while, as a loaded server would.
type slowCore struct {
	slack.Core
	delay   time.Duration
	panicOn string
	// gate, when set, holds every answer until it is closed.
	gate <-chan struct{}
}

func (c slowCore) Handle(ctx context.Context, m bot.Message) (bot.Reply, error) {
	if c.panicOn != "" && m.Text == c.panicOn {
		panic("core failure")
	}
	if c.gate != nil {
		<-c.gate
	}
	time.Sleep(c.delay)
	return c.Core.Handle(ctx, m)
}

// start runs an adapter against a fake Slack: in Socket Mode when socket is true, else over
// HTTP with the signing secret. dbPath "" is a new database.
func start(t testing.TB, cfg slack.Config, socket bool, dbPath string, delay time.Duration) *env {
	t.Helper()
	return startWith(t, cfg, socket, dbPath, slowCore{delay: delay})
}

// startWith is start with a core that may be slow or fail (the real core is put inside it).
func startWith(t testing.TB, cfg slack.Config, socket bool, dbPath string, wrap slowCore) *env {
	t.Helper()
	ctx := context.Background()
	kb, db := apitest.Open(t, dbPath)
	api := newFakeSlack(t)
	cfg.BotToken = botToken
	cfg.APIURL = api.apiURL()
	if socket {
		cfg.AppToken = appToken
	} else {
		cfg.SigningSecret = secret
	}
	if cfg.RestartAfter == 0 {
		cfg.RestartAfter = 10 * time.Millisecond
	}
	if cfg.AckWithin == 0 {
		// An answer asked inline must come inline even when the race detector and the other
		// packages' tests slow the core past Slack's own deadline; the tests of the deadline set
		// theirs.
		cfg.AckWithin = 20 * time.Second
	}
	wrap.Core = bot.New(kb, db)
	var core slack.Core = wrap
	a, err := slack.New(ctx, cfg, core, db)
	if err != nil {
		t.Fatal(err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() { a.Run(runCtx); close(done) }()
	e := &env{api: api, db: db, adapter: a}
	if !socket {
		e.srv = httptest.NewServer(a.Handler())
	}
	e.stop = func() {
		cancel()
		<-done
		if e.srv != nil {
			e.srv.Close()
		}
		db.Close()
	}
	t.Cleanup(func() {
		select {
		case <-done:
		default:
			e.stop()
		}
	})
	return e
}

// post sends a signed request to one of the adapter's endpoints and returns the status and body.
func (e *env) post(t testing.TB, path, body, contentType string, at time.Time, header map[string]string) (int, string) {
	t.Helper()
	req := signed(e.srv.URL+path, body, contentType, at, secret)
	for k, v := range header {
		req.Header.Set(k, v)
	}
	code, _, b := do(t, req)
	return code, b
}

// postFull is post now, with the response's headers.
func (e *env) postFull(t testing.TB, path, body, contentType string) (int, http.Header, string) {
	t.Helper()
	return do(t, signed(e.srv.URL+path, body, contentType, time.Now(), secret))
}

// do sends a request and returns the response's status, headers and body.
func do(t testing.TB, req *http.Request) (int, http.Header, string) {
	t.Helper()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header, string(b)
}

const form = "application/x-www-form-urlencoded"

func (e *env) command(t testing.TB, team, channel, user, text string) (int, string) {
	return e.post(t, "/slack/commands", commandForm(team, channel, user, text, e.api.responseURL("r1")), form, time.Now(), nil)
}

func (e *env) event(t testing.TB, id, team, inner string, header map[string]string) int {
	code, _ := e.post(t, "/slack/events", eventBody(id, team, inner), "application/json", time.Now(), header)
	return code
}

// press sends a block_actions interaction for the button with actionID found in blocks.
func (e *env) press(t testing.TB, blocks, actionID, channel string, ephemeral bool) int {
	t.Helper()
	value := buttonValue(t, blocks, actionID)
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":%q},"trigger_id":"trig-2",
		"response_url":%q,"container":{"type":"message","channel_id":%q,"is_ephemeral":%t},
		"actions":[{"type":"button","action_id":%q,"block_id":"b","value":%q,"action_ts":"1"}]}`,
		channel, e.api.responseURL("r2"), channel, ephemeral, actionID, value)
	code, _ := e.post(t, "/slack/interactions", "payload="+urlEscape(payload), form, time.Now(), nil)
	return code
}

// button is a button of a message's blocks, as a test reads it.
type testButton struct{ ActionID, Value, Label string }

// buttonsOf reads the buttons of a message's blocks (JSON); other elements (the text of a
// context block) are skipped.
func buttonsOf(t testing.TB, blocks string) []testButton {
	t.Helper()
	var bs []struct {
		Elements []json.RawMessage `json:"elements"`
	}
	if err := json.Unmarshal([]byte(blocks), &bs); err != nil {
		t.Fatalf("blocks: %v", err)
	}
	var out []testButton
	for _, b := range bs {
		for _, raw := range b.Elements {
			var el struct {
				Type     string          `json:"type"`
				ActionID string          `json:"action_id"`
				Value    string          `json:"value"`
				Text     json.RawMessage `json:"text"`
			}
			if err := json.Unmarshal(raw, &el); err != nil {
				t.Fatalf("block element %s: %v", raw, err)
			}
			if el.Type != "button" {
				continue
			}
			var text struct {
				Text string `json:"text"`
			}
			json.Unmarshal(el.Text, &text)
			out = append(out, testButton{ActionID: el.ActionID, Value: el.Value, Label: text.Text})
		}
	}
	return out
}

// buttonValue finds a button's value in a message's blocks (JSON), by its action id or, as
// "label:…", by its label.
func buttonValue(t testing.TB, blocks, actionID string) string {
	t.Helper()
	for _, b := range buttonsOf(t, blocks) {
		if b.ActionID == actionID || strings.HasPrefix(actionID, "label:") && b.Label == strings.TrimPrefix(actionID, "label:") {
			return b.Value
		}
	}
	t.Fatalf("no button %s in %s", actionID, blocks)
	return ""
}

// actionIDOf is the action id of the button labelled label.
func actionIDOf(t testing.TB, blocks, label string) string {
	t.Helper()
	for _, b := range buttonsOf(t, blocks) {
		if b.Label == label {
			return b.ActionID
		}
	}
	t.Fatalf("no button %q in %s", label, blocks)
	return ""
}

// answers are the messages sent through response_urls, but for those that take the place of the
// message whose button was pressed (the choice shown).
func (e *env) answers() []apitest.Call {
	var out []apitest.Call
	for _, c := range e.api.Sent("response_url") {
		if c.Params["replace_original"] != "true" {
			out = append(out, c)
		}
	}
	return out
}

// unescapeJSON undoes encoding/json's HTML escapes, to compare with what Slack shows.
func unescapeJSON(s string) string {
	return strings.NewReplacer(`\u003c`, "<", `\u003e`, ">", `\u0026`, "&").Replace(s)
}

func urlEscape(s string) string {
	r := strings.NewReplacer("%", "%25", "&", "%26", "+", "%2B", "=", "%3D", "\n", "%0A", "\t", "%09", " ", "%20", "#", "%23")
	return r.Replace(s)
}

// TestReplayedSignedRequestsAnsweredOnce sends the same signed slash command three times and
// the same signed button press twice: each is answered once.
func TestReplayedSignedRequestsAnsweredOnce(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	at := time.Now()
	body := commandForm("T1", "C1", "U1", "combien coûte une clé numérique ?", e.api.responseURL("r1"))
	var answers int
	for range 3 {
		code, reply := e.post(t, "/slack/commands", body, form, at, nil)
		if code != http.StatusOK {
			t.Fatalf("status %d", code)
		}
		if strings.Contains(reply, "blocks") {
			answers++
		}
	}
	if answers != 1 {
		t.Errorf("the same signed command was answered %d times; want 1", answers)
	}
	// A fresh command (another trigger, another signature) is answered.
	if code, reply := e.command(t, "T1", "C1", "U1", "combien coûte une clé numérique ?"); code != http.StatusOK || !strings.Contains(reply, "blocks") {
		t.Errorf("a new command: %d %q", code, reply)
	}
	// A button press replayed.
	_, first := e.post(t, "/slack/commands", commandForm("T1", "C1", "U1", "combien coûte une clé numérique ?", e.api.responseURL("r2")), form, at, nil)
	var m struct {
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(first), &m); err != nil {
		t.Fatalf("question %q: %v", first, err)
	}
	value := buttonValue(t, unescapeJSON(string(m.Blocks)), "guichet:opt:1")
	payload := fmt.Sprintf(`{"type":"block_actions","team":{"id":"T1"},"user":{"id":"U1"},"channel":{"id":"C1"},"trigger_id":"trig-9",
		"response_url":%q,"container":{"type":"message","is_ephemeral":true},"actions":[{"action_id":"guichet:opt:1","block_id":"b","value":%q,"type":"button","action_ts":"1"}]}`,
		e.api.responseURL("r3"), value)
	press := url.Values{"payload": {payload}}.Encode()
	for range 2 {
		if code, _ := e.post(t, "/slack/interactions", press, form, at, nil); code != http.StatusOK {
			t.Fatalf("press: %d", code)
		}
	}
	e.api.WaitFor("the answer to the press", func() bool { return len(e.answers()) >= 1 })
	time.Sleep(200 * time.Millisecond)
	if n := len(e.answers()); n != 1 {
		t.Errorf("the same signed press was answered %d times; want 1", n)
	}
}

// TestEachSlashCommandIsACase sends two /guichet for two citizens: the second does not inherit
// the first one's loss.
func TestEachSlashCommandIsACase(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	if code, body := e.command(t, "T1", "C1", "U1", "perte carte d'identité majeur, combien ?"); code != http.StatusOK || !strings.Contains(body, "25 €") {
		t.Fatalf("first case: %d %s", code, body)
	}
	code, body := e.command(t, "T1", "C1", "U1", "quels papiers pour une carte d'identité ?")
	if code != http.StatusOK {
		t.Fatalf("second case: %d", code)
	}
	if strings.Contains(body, "perte") && strings.Contains(body, "25 €") {
		t.Errorf("the second case got the first one's loss:\n%s", unescapeJSON(body))
	}
	if !strings.Contains(body, "Première demande") {
		t.Errorf("the second case does not ask which request it is:\n%s", unescapeJSON(body))
	}
}

func TestSlashCommandAnsweredPrivatelyWithDetailsAndShareButton(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	code, body := e.command(t, "T1", "C1", "U1", "J'ai perdu ma carte d'identité, combien ça coûte ?")
	if code != http.StatusOK {
		t.Fatalf("status %d", code)
	}
	var m struct {
		ResponseType string          `json:"response_type"`
		Text         string          `json:"text"`
		Blocks       json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(body), &m); err != nil {
		t.Fatalf("inline answer %q: %v", body, err)
	}
	blocks := unescapeJSON(string(m.Blocks))
	if m.ResponseType != "ephemeral" {
		t.Errorf("response_type %q", m.ResponseType)
	}
	for _, want := range []string{"25 €", "Pièces à fournir", "Règles appliquées", "Version à donner à l'usager", "<https://www.service-public.gouv.fr/particuliers/vosdroits/F1344|", "Partager dans le canal", "guichet:fb:down"} {
		if !strings.Contains(blocks, want) {
			t.Errorf("answer lacks %q:\n%s", want, blocks)
		}
	}
	// Sharing posts the answer to the channel through the response_url, visible to all.
	if code := e.press(t, blocks, "guichet:share", "C1", true); code != http.StatusOK {
		t.Fatalf("share: %d", code)
	}
	e.api.WaitFor("the shared answer", func() bool { return len(e.api.Sent("response_url")) >= 1 })
	shared := e.api.Sent("response_url")[0].Params
	shared["blocks"] = unescapeJSON(shared["blocks"])
	if shared["response_type"] != "in_channel" || !strings.Contains(shared["blocks"], "Partagé par <@U1>") || !strings.Contains(shared["blocks"], "25 €") || strings.Contains(shared["blocks"], "guichet:fb") {
		t.Errorf("shared message: %v", shared)
	}
	st, _ := e.db.TurnStats(context.Background(), time.Now().Add(-time.Hour))
	if st.Questions != 1 || st.ByAdapter[0].Adapter != "slack" {
		t.Errorf("journal: %+v", st)
	}
}

func TestSlowAnswerFollowsThroughResponseURL(t *testing.T) {
	e := start(t, slack.Config{AckWithin: 20 * time.Millisecond}, false, "", 300*time.Millisecond)
	t0 := time.Now()
	code, body := e.command(t, "T1", "C1", "U1", "Combien coûte la clé numérique à Jette ?")
	if code != http.StatusOK || body != "" || time.Since(t0) > 250*time.Millisecond {
		t.Fatalf("ack: %d %q after %v; want an empty 200 at once", code, body, time.Since(t0))
	}
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("response_url")) >= 1 })
	r := e.api.Sent("response_url")[0].Params
	if r["response_type"] != "ephemeral" || !strings.Contains(r["blocks"], "Jette") {
		t.Errorf("late answer: %v", r)
	}
}

func TestRequestsMustBeSignedAndRecent(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	challenge := `{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`
	tests := []struct {
		name   string
		body   string
		at     time.Time
		key    string
		status int
		want   string
	}{
		{"url verification", challenge, time.Now(), secret, http.StatusOK, "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"},
		{"bad signature", challenge, time.Now(), "another secret", http.StatusUnauthorized, ""},
		{"stale timestamp", challenge, time.Now().Add(-6 * time.Minute), secret, http.StatusUnauthorized, ""},
		{"timestamp from the future", challenge, time.Now().Add(6 * time.Minute), secret, http.StatusUnauthorized, ""},
		{"too large", `{"type":"url_verification","challenge":"` + strings.Repeat("x", slack.MaxBody) + `"}`, time.Now(), secret, http.StatusRequestEntityTooLarge, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			req := signed(e.srv.URL+"/slack/events", tc.body, "application/json", tc.at, tc.key)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			if res.StatusCode != tc.status || !strings.Contains(string(b), tc.want) {
				t.Errorf("%d %q; want %d %q", res.StatusCode, b, tc.status, tc.want)
			}
		})
	}
	// Unsigned requests never reach the core.
	for _, path := range []string{"/slack/commands", "/slack/interactions", "/slack/events"} {
		res, err := http.Post(e.srv.URL+path, form, strings.NewReader(commandForm("T1", "C1", "U1", "carte perdue", e.api.responseURL("x"))))
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusUnauthorized {
			t.Errorf("unsigned %s: %d", path, res.StatusCode)
		}
	}
	if st, _ := e.db.TurnStats(context.Background(), time.Now().Add(-time.Hour)); st.Questions != 0 {
		t.Errorf("the core answered unsigned requests: %+v", st)
	}
}

func TestMentionAnsweredInThreadOnceDespiteRetries(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	inner := mention("C1", "U1", "1700000001.000100", "combien coûte une carte d'identité perdue ?")
	if code := e.event(t, "Ev1", "T1", inner, nil); code != http.StatusOK {
		t.Fatalf("event: %d", code)
	}
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	for _, h := range []map[string]string{{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"}, nil} {
		if code := e.event(t, "Ev1", "T1", inner, h); code != http.StatusOK {
			t.Fatalf("retry: %d", code)
		}
	}
	time.Sleep(200 * time.Millisecond)
	posts := e.api.Sent("chat.postMessage")
	if len(posts) != 1 {
		t.Fatalf("%d messages; want 1", len(posts))
	}
	p := posts[0].Params
	if p["channel"] != "C1" || p["thread_ts"] != "1700000001.000100" || !strings.Contains(p["blocks"], "25 €") {
		t.Errorf("answer: %v", p)
	}
}

func TestDirectMessagesAnsweredAndOtherMessagesIgnored(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	ignored := []string{
		`{"type":"message","channel_type":"im","bot_id":"B9","user":"U9","text":"carte perdue","ts":"1.1","channel":"D1"}`,
		`{"type":"message","channel_type":"im","subtype":"message_changed","channel":"D1","ts":"1.2","message":{"type":"message","user":"U1","text":"carte perdue","edited":{"user":"U1","ts":"1.3"}}}`,
		`{"type":"message","channel_type":"im","subtype":"file_share","user":"U1","text":"","ts":"1.4","channel":"D1"}`,
		`{"type":"message","channel_type":"channel","user":"U1","text":"carte perdue","ts":"1.5","channel":"C1"}`,
		`{"type":"message","channel_type":"im","user":"UBOT","text":"ma propre réponse","ts":"1.6","channel":"D1"}`,
		`{"type":"reaction_added","user":"U1","reaction":"thumbsup","item":{"type":"message","channel":"C1","ts":"1.1"},"event_ts":"1.7"}`,
	}
	for i, inner := range ignored {
		if code := e.event(t, fmt.Sprintf("EvI%d", i), "T1", inner, nil); code != http.StatusOK {
			t.Errorf("event %d: %d", i, code)
		}
	}
	e.event(t, "EvD", "T1", direct("D1", "U1", "1700000002.000100", "Combien coûte la clé numérique à Jette ?"), nil)
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	time.Sleep(100 * time.Millisecond)
	posts := e.api.Sent("chat.postMessage")
	if len(posts) != 1 || posts[0].Params["channel"] != "D1" || posts[0].Params["thread_ts"] != "" || !strings.Contains(posts[0].Params["blocks"], "Jette") {
		t.Errorf("posts: %v", posts)
	}
}

func TestAllowlistsRefuseBeforeTheCore(t *testing.T) {
	e := start(t, slack.Config{AllowedTeams: []string{"T1"}, AllowedChannels: []string{"C1"}}, false, "", 0)
	tests := []struct {
		name, team, channel string
		refused             bool
	}{
		{"other workspace", "T2", "C1", true},
		{"other channel", "T1", "C2", true},
		{"direct message in the workspace", "T1", "D7", false},
		{"allowed channel", "T1", "C1", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, body := e.command(t, tc.team, tc.channel, "U1", "Combien coûte la clé numérique à Jette ?")
			if got := strings.Contains(body, "pas ouvert"); got != tc.refused {
				t.Errorf("refused = %v; body %s", got, body)
			}
		})
	}
	e.event(t, "EvA", "T1", mention("C2", "U1", "1.1", "carte perdue"), nil)
	e.event(t, "EvB", "T2", mention("C1", "U1", "1.2", "carte perdue"), nil)
	e.api.WaitFor("the refusal", func() bool { return len(e.api.Sent("chat.postEphemeral")) >= 1 })
	time.Sleep(100 * time.Millisecond)
	if n := len(e.api.Sent("chat.postMessage")); n != 0 {
		t.Errorf("%d answers in refused places", n)
	}
	if n := len(e.api.Sent("chat.postEphemeral")); n != 1 {
		t.Errorf("%d refusals; want 1 (none to another workspace)", n)
	}
	if st, _ := e.db.TurnStats(context.Background(), time.Now().Add(-time.Hour)); st.Questions != 2 {
		t.Errorf("the core answered %d questions; want the 2 allowed", st.Questions)
	}
}

func TestOptionButtonContinuesTheConversation(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	e.event(t, "EvO", "T1", direct("D1", "U1", "1700000003.000100", "combien coûte une clé numérique ?"), nil)
	e.api.WaitFor("the question", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	blocks := e.api.Sent("chat.postMessage")[0].Params["blocks"]
	id := actionIDOf(t, blocks, "Ixelles")
	if code := e.press(t, blocks, id, "D1", false); code != http.StatusOK {
		t.Fatalf("press: %d", code)
	}
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 2 })
	if got := e.api.Sent("chat.postMessage")[1].Params; got["channel"] != "D1" || !strings.Contains(got["blocks"], "Ixelles (votre commune) : 5 €") {
		t.Errorf("answer after the option: %v", got)
	}
}

func TestNegativeFeedbackOpensAFormAndStoresTheReason(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	e.event(t, "EvF", "T1", direct("D1", "U1", "1700000004.000100", "Combien coûte la clé numérique à Jette ?"), nil)
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	blocks := e.api.Sent("chat.postMessage")[0].Params["blocks"]
	e.press(t, blocks, "guichet:fb:down", "D1", false)
	e.api.WaitFor("the form", func() bool { return len(e.api.Sent("views.open")) >= 1 })
	open := e.api.Sent("views.open")[0].Params
	var view struct {
		CallbackID      string `json:"callback_id"`
		PrivateMetadata string `json:"private_metadata"`
	}
	json.Unmarshal([]byte(open["view"]), &view)
	if open["trigger_id"] != "trig-2" || view.PrivateMetadata == "" {
		t.Fatalf("views.open: %v", open)
	}
	submit := fmt.Sprintf(`{"type":"view_submission","team":{"id":"T1"},"user":{"id":"U1"},"view":{"id":"V1","type":"modal","callback_id":%q,"private_metadata":%q,
		"state":{"values":{"reason":{"reason_text":{"type":"plain_text_input","value":"le tarif a changé"}}}}}}`, view.CallbackID, view.PrivateMetadata)
	if code, body := e.post(t, "/slack/interactions", "payload="+urlEscape(submit), form, time.Now(), nil); code != http.StatusOK || body != "" {
		t.Fatalf("submission: %d %q", code, body)
	}
	fb, err := e.db.NegativeFeedback(context.Background(), time.Now().Add(-time.Hour), 10)
	if err != nil || len(fb) != 1 {
		t.Fatalf("feedback: %v %v", fb, err)
	}
	if f := fb[0]; f.Adapter != "slack" || f.Reason != "le tarif a changé" || f.Question != "Combien coûte la clé numérique à Jette ?" || !strings.Contains(f.Answer, "Jette") {
		t.Errorf("feedback: %+v", f)
	}
}

func TestAdminCommands(t *testing.T) {
	e := start(t, slack.Config{Admins: []string{"UADMIN"}}, false, "", 0)
	e.command(t, "T1", "C1", "U1", "Combien coûte la clé numérique à Jette ?")
	e.command(t, "T1", "C1", "U1", "Quelle est la météo demain ?")
	ctx := context.Background()
	if _, err := e.db.AddFeedback(ctx, bot.Feedback{Adapter: "telegram", Question: "carte perdue à Lyon", Reason: "mauvais tarif", Time: time.Now()}); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		user, text string
		want       []string
	}{
		{"U1", "admin stats", []string{"réservée aux administrateurs"}},
		{"UADMIN", "admin stats", []string{"7 derniers jours : 2 questions", "slack 2", "réponses 1", "hors sujet ou refusées 1"}},
		{"UADMIN", "admin feedback", []string{"telegram", "« carte perdue à Lyon »", "mauvais tarif"}},
	}
	for _, tc := range tests {
		t.Run(tc.user+" "+tc.text, func(t *testing.T) {
			_, body := e.command(t, "T1", "C1", tc.user, tc.text)
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("lacks %q: %s", w, body)
				}
			}
		})
	}
}

func TestRateLimitedPostWaitsRetryAfter(t *testing.T) {
	e := start(t, slack.Config{}, false, "", 0)
	e.api.mu.Lock()
	e.api.tooMany = 1
	e.api.mu.Unlock()
	e.event(t, "EvR", "T1", direct("D1", "U1", "1.1", "Combien coûte la clé numérique à Jette ?"), nil)
	e.api.WaitFor("the retried message", func() bool { return len(e.api.Sent("chat.postMessage")) >= 2 })
	s := e.api.Sent("chat.postMessage")
	if gap := s[1].At.Sub(s[0].At); gap < 900*time.Millisecond {
		t.Errorf("retried after %v; want the 1 s Retry-After", gap)
	}
}

func TestEventsRecordedBeforeAStopAreHandledAtStart(t *testing.T) {
	path := filepath.Join(t.TempDir(), "g.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	payload := `{"team":"T1","channel":"D1","user":"U1","text":"Combien coûte la clé numérique à Jette ?","direct":true}`
	if _, err := db.Receive(context.Background(), slack.Name, "EvP", 1, []byte(payload)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	e := start(t, slack.Config{}, false, path, 0)
	e.api.WaitFor("the answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	// Delivered again by Slack after the restart: answered once.
	e.event(t, "EvP", "T1", direct("D1", "U1", "1.1", "Combien coûte la clé numérique à Jette ?"), map[string]string{"X-Slack-Retry-Num": "2"})
	time.Sleep(100 * time.Millisecond)
	if n := len(e.api.Sent("chat.postMessage")); n != 1 {
		t.Errorf("%d answers; want 1", n)
	}
}

func TestPanicInTheCoreGetsAnApology(t *testing.T) {
	e := startWith(t, slack.Config{}, false, "", slowCore{panicOn: "boom"})
	e.event(t, "EvP1", "T1", direct("D1", "U1", "1700000003.000100", "boom"), nil)
	e.api.WaitFor("an apology", func() bool { return len(e.api.Sent("chat.postMessage")) >= 1 })
	if p := e.api.Sent("chat.postMessage")[0].Params; p["channel"] != "D1" || !strings.Contains(p["blocks"], "Désolé") {
		t.Errorf("apology = %v", p)
	}
	e.event(t, "EvP2", "T1", direct("D1", "U1", "1700000004.000100", "Combien coûte la clé numérique à Jette ?"), nil)
	e.api.WaitFor("the next answer", func() bool { return len(e.api.Sent("chat.postMessage")) >= 2 })
	if p := e.api.Sent("chat.postMessage")[1].Params; !strings.Contains(p["blocks"], "Jette") {
		t.Errorf("the conversation did not go on after the panic: %v", p)
	}
}

// A /guichet question recorded but not answered before a stop is answered through its
// response_url at the next start.
func TestCommandRecordedBeforeAStopIsAnsweredAtStart(t *testing.T) {
	got := make(chan string, 4)
	hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		got <- string(b)
		w.Write([]byte("ok"))
	}))
	defer hook.Close()
	path := filepath.Join(t.TempDir(), "g.db")
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	payload := fmt.Sprintf(`{"team":"T1","channel":"C1","user":"U1","text":"J'ai perdu ma carte d'identité, combien ça coûte ?","response_url":%q}`, hook.URL+"/r1")
	if _, err := db.Receive(context.Background(), slack.Name, "command:trig-9", 1, []byte(payload)); err != nil {
		t.Fatal(err)
	}
	db.Close()
	start(t, slack.Config{}, false, path, 0)
	select {
	case body := <-got:
		body = unescapeJSON(body)
		if !strings.Contains(body, `"response_type":"ephemeral"`) || !strings.Contains(body, "25 €") {
			t.Errorf("answer through response_url = %s", body)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("no answer through the response_url")
	}
}
