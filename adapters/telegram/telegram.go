// Package telegram connects Guichet's core to Telegram, on github.com/go-telegram/bot: it turns
// updates into bot.Messages and replies into Telegram HTML with inline keyboards, in polling or
// webhook mode. It keeps each chat's messages in order while chats run in parallel (bounded),
// answers every update once (ids recorded in the database), respects Telegram's send limits and
// retry_after, and limits how many questions a user may ask per minute.
package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/guichet/guichet/adapters/prometheus"
	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// Name is the adapter's name in metrics, logs and stored feedback.
const Name = "telegram"

// Core is what the adapter needs of Guichet's core (*bot.Bot).
type Core interface {
	Handle(ctx context.Context, m bot.Message) (bot.Reply, error)
	Reset(ctx context.Context, conversationID string) error
	LastSources(ctx context.Context, conversationID string) ([]knowledge.Source, error)
	Start(ctx context.Context, conversationID string, lang knowledge.Lang, now time.Time) (bot.Reply, error)
	Answerable(text string, now time.Time) bool
	StandsAlone(ctx context.Context, text string, now time.Time) bool
	CurrentOptions(ctx context.Context, conversationID string, now time.Time) (int, []bot.Option, error)
}

// Store is the storage the adapter uses: the inbox (with the last update id, where polling
// resumes, and each event's content, read when its turn comes), feedback, and the journal of
// answered turns.
type Store interface {
	bot.Inbox
	Event(ctx context.Context, adapter, id string) ([]byte, error)
	LastSeq(ctx context.Context, adapter string) (int64, error)
	bot.FeedbackStore
	bot.TurnJournal
}

// Config configures the adapter. Token is required; the rest has defaults.
type Config struct {
	Token string
	// APIURL is the Bot API base URL (a self-hosted server, or a test server).
	APIURL string
	// WebhookURL and WebhookSecret enable webhook mode; without them the adapter polls.
	WebhookURL    string
	WebhookSecret string
	// PerUserPerMinute is how many questions a user may ask per minute (default 20), counted as
	// they arrive. Past it a user is told once a minute to slow down, and the other questions are
	// recorded as handled without a reply, so that a burst is not answered by a burst of notices.
	PerUserPerMinute int
	// MaxConcurrent bounds the chats handled at once (default 16).
	MaxConcurrent int
	// Backlog bounds the updates received and not yet handled, shared with the other networks
	// (default: a backlog of the adapter's own, of queue.DefaultMaxPending). Past it the webhook
	// answers 503 with Retry-After, and polling waits.
	Backlog *queue.Backlog
	// PerChatInterval and GlobalInterval space the messages sent (defaults 1 s and 1/30 s).
	PerChatInterval, GlobalInterval time.Duration
	// TypingAfter is how long an answer may take before the chat shows "typing" (default 400 ms).
	TypingAfter time.Duration
	// PollTimeout is the long-polling timeout (default 50 s).
	PollTimeout time.Duration
	// Now is the clock messages are dated with, which decides when a case has expired and when a
	// user's minute of questions is over (default time.Now; tests pass their own to skip a
	// silence).
	Now        func() time.Time
	HTTPClient *http.Client
	Log        *slog.Logger
	Metrics    *prometheus.Metrics
}

// Adapter runs Guichet on Telegram.
type Adapter struct {
	cfg     Config
	core    Core
	store   Store
	api     *tg.Bot
	me      *models.User
	log     *slog.Logger
	metrics *prometheus.Metrics
	queue   *queue.Ordered[int64, update]
	send    *sender
	limit   *queue.Limiter[int64]
	ctx     context.Context

	mu   sync.Mutex
	last map[int64]exchange // chat -> the last question and answer, for feedback
	// awaiting maps a chat to the feedback id whose reason its next message gives.
	awaiting map[int64]int64
}

type exchange struct{ question, answer string }

// update is what the queue holds of a recorded update: its id, the update itself waiting in the
// database until its turn, so that a backlog costs little memory.
type update struct {
	id string
	// limit is the per-user limit's verdict on the update when it arrived: over the limit, the
	// sender is told to slow down once per window instead of being answered.
	limit queue.Verdict
}

// New connects to the Bot API (getMe) and prepares the adapter.
func New(ctx context.Context, cfg Config, core Core, store Store) (*Adapter, error) {
	if cfg.Token == "" {
		return nil, errors.New("telegram: no token")
	}
	if (cfg.WebhookURL == "") != (cfg.WebhookSecret == "") {
		return nil, errors.New("telegram: TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET go together")
	}
	if cfg.PerUserPerMinute <= 0 {
		cfg.PerUserPerMinute = 20
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 16
	}
	if cfg.PerChatInterval <= 0 {
		cfg.PerChatInterval = time.Second
	}
	if cfg.GlobalInterval <= 0 {
		cfg.GlobalInterval = time.Second / 30
	}
	if cfg.TypingAfter <= 0 {
		cfg.TypingAfter = 400 * time.Millisecond
	}
	if cfg.PollTimeout <= 0 {
		cfg.PollTimeout = 50 * time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: cfg.PollTimeout + 10*time.Second}
	}
	a := &Adapter{cfg: cfg, core: core, store: store, log: cfg.Log.With("adapter", Name), metrics: cfg.Metrics,
		last: map[int64]exchange{}, awaiting: map[int64]int64{}}
	last, err := store.LastSeq(ctx, Name)
	if err != nil {
		return nil, err
	}
	opts := []tg.Option{
		tg.WithDefaultHandler(a.receive),
		tg.WithNotAsyncHandlers(),
		tg.WithHTTPClient(cfg.PollTimeout, cfg.HTTPClient),
		tg.WithErrorsHandler(func(err error) { a.log.Warn("bot api", "err", err) }),
		tg.WithInitialOffset(last),
	}
	if cfg.APIURL != "" {
		opts = append(opts, tg.WithServerURL(strings.TrimRight(cfg.APIURL, "/")))
	}
	if cfg.WebhookSecret != "" {
		opts = append(opts, tg.WithWebhookSecretToken(cfg.WebhookSecret))
	}
	api, err := tg.New(cfg.Token, opts...)
	if err != nil {
		return nil, fmt.Errorf("telegram: connect to the Bot API: %w", err)
	}
	a.api = api
	if a.me, err = api.GetMe(ctx); err != nil {
		return nil, fmt.Errorf("telegram: getMe: %w", err)
	}
	a.send = newSender(api, cfg.PerChatInterval, cfg.GlobalInterval, a.log, a.metrics)
	a.ctx = context.WithoutCancel(ctx)
	if cfg.Backlog == nil {
		cfg.Backlog = queue.NewBacklog(queue.DefaultMaxPending)
	}
	a.queue = queue.NewOrdered(cfg.MaxConcurrent, cfg.Backlog, a.handle)
	a.limit = queue.NewLimiter[int64](cfg.PerUserPerMinute, time.Minute)
	return a, nil
}

// Run handles updates until ctx ends, then finishes the updates in flight (for at most 10 s;
// those still waiting then stay recorded). Updates recorded but not handled before a stop are
// handled first.
func (a *Adapter) Run(ctx context.Context) error {
	pending, err := a.store.Pending(ctx, Name)
	if err != nil {
		return err
	}
	for _, ev := range pending {
		_, head, ok := readUpdate(ev.Payload)
		if !ok {
			a.log.Error("decode recorded update")
			continue
		}
		a.queue.Recover(head.chat(), ev.ID, update{id: ev.ID})
	}
	a.setMenu(ctx)
	if a.cfg.WebhookURL != "" {
		if _, err := a.api.SetWebhook(ctx, &tg.SetWebhookParams{URL: a.cfg.WebhookURL, SecretToken: a.cfg.WebhookSecret}); err != nil {
			return fmt.Errorf("telegram: setWebhook: %w", err)
		}
		a.log.Info("webhook mode")
		<-ctx.Done() // updates arrive through WebhookHandler
	} else {
		if _, err := a.api.DeleteWebhook(ctx, &tg.DeleteWebhookParams{}); err != nil {
			a.log.Warn("deleteWebhook", "err", err)
		}
		a.log.Info("polling mode")
		a.api.Start(ctx)
	}
	if !a.queue.Drain(10 * time.Second) {
		a.log.Warn("stopping with updates still in flight: they are handled at the next start")
	}
	a.queue.Stop()
	return nil
}

// setMenu registers the command menu, in French by default and in each language Guichet speaks
// for users whose Telegram is in it, so that nobody has to set it up with BotFather. A failure
// leaves the menu as it was and is only logged: Guichet answers without it.
func (a *Adapter) setMenu(ctx context.Context) {
	for _, l := range []knowledge.Lang{knowledge.FR, knowledge.EN, knowledge.NL} {
		p := &tg.SetMyCommandsParams{Commands: menu(l)}
		if l != knowledge.FR {
			p.LanguageCode = string(l)
		}
		if _, err := a.api.SetMyCommands(ctx, p); err != nil {
			a.log.Warn("setMyCommands", "lang", string(l), "err", err)
			return
		}
	}
}

// MaxWebhookBody caps the size of a webhook request.
const MaxWebhookBody = 1 << 20

// RetryAfter is what the webhook's 503 asks Telegram to wait, in seconds, when the backlog is
// full.
const RetryAfter = "5"

// WebhookHandler returns the HTTP handler of /telegram/webhook: it rejects a request without the
// right secret with 401 (the library's handler would answer 200), caps the body, records the
// update in the database and queues it, and answers 200 as soon as the update is safely recorded
// (the answer itself is sent afterwards). A request that cannot be recorded gets 503 so that
// Telegram delivers it again; so does one that comes while the backlog is full, with
// Retry-After, before it is recorded.
func (a *Adapter) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		got := r.Header.Get("X-Telegram-Bot-Api-Secret-Token")
		if subtle.ConstantTimeCompare([]byte(got), []byte(a.cfg.WebhookSecret)) != 1 {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, MaxWebhookBody))
		var head updateHead
		ok := false
		if err == nil {
			body, head, ok = readUpdate(body)
		}
		if !ok || head.ID == 0 {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		if !a.queue.Admit() {
			a.metrics.BacklogFull(Name)
			w.Header().Set("Retry-After", RetryAfter)
			http.Error(w, "busy, try again", http.StatusServiceUnavailable)
			return
		}
		// Only the id, chat and sender are read here; the update is decoded in full when its
		// turn comes.
		if err := a.recordRaw(r.Context(), head.ID, head.chat(), head.user(), body); err != nil {
			http.Error(w, "try again", http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	})
}

// receive is the library's handler in polling mode: while the backlog is full it waits, and so
// polling stops fetching updates.
func (a *Adapter) receive(ctx context.Context, _ *tg.Bot, u *models.Update) {
	if err := a.queue.AdmitWait(ctx); err != nil {
		return // stopping: the update is fetched again at the next start
	}
	if err := a.record(ctx, u); err != nil {
		a.log.Error("record update", "err", err)
	}
}

// record stores an admitted update and queues it for its chat; a duplicate is dropped.
func (a *Adapter) record(ctx context.Context, u *models.Update) error {
	payload, err := json.Marshal(u)
	if err != nil {
		a.queue.Release()
		return fmt.Errorf("telegram: encode update: %w", err)
	}
	return a.recordRaw(ctx, u.ID, chatOf(u), userOf(u), minimize(payload))
}

// recordRaw stores an update, without people's names (see minimize), and queues it for its
// chat, in the place Admit took for it; a duplicate is dropped.
//
// The per-user limit counts the update when it arrives, so that a burst is judged as it comes,
// not as the queue drains it.
func (a *Adapter) recordRaw(ctx context.Context, updateID, chat, user int64, payload []byte) error {
	id := strconv.FormatInt(updateID, 10)
	fresh, err := a.store.Receive(ctx, Name, id, updateID, payload)
	if err != nil {
		a.queue.Release()
		a.metrics.Error(Name, "record")
		return err
	}
	if !fresh {
		a.queue.Release()
		a.metrics.Duplicate(Name)
		return nil
	}
	limit := queue.Allowed
	if user != 0 {
		limit = a.limit.Judge(user, a.cfg.Now())
	}
	a.queue.PushOnce(chat, id, update{id: id, limit: limit})
	return nil
}

// userOf is the sender of an update, 0 when it has none.
func userOf(u *models.Update) int64 {
	switch {
	case u.Message != nil && u.Message.From != nil:
		return u.Message.From.ID
	case u.CallbackQuery != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// langOfUpdate is the language of the sender's Telegram settings.
func langOfUpdate(u *models.Update) knowledge.Lang {
	switch {
	case u.Message != nil && u.Message.From != nil:
		return langOf(u.Message.From.LanguageCode)
	case u.CallbackQuery != nil:
		return langOf(u.CallbackQuery.From.LanguageCode)
	}
	return ""
}

// slowDown tells a user over the limit to wait, when the limit's verdict is to notify them (once
// per window however many messages it refuses); the refused messages are not answered.
func (a *Adapter) slowDown(chat int64, limit queue.Verdict, lang knowledge.Lang) {
	a.metrics.RateLimited(Name)
	if limit == queue.Notify {
		a.send.text(a.ctx, chat, slowDown(lang), nil)
	}
}

func chatOf(u *models.Update) int64 {
	switch {
	case u.Message != nil:
		return u.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message.Message != nil:
		return u.CallbackQuery.Message.Message.Chat.ID
	case u.CallbackQuery != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// handle runs a recorded update in its chat's turn: it reads the update from the database,
// decodes and answers it, and marks it handled. A panic is recovered and logged, and the chat
// gets an apology.
func (a *Adapter) handle(chat int64, up update) {
	payload, err := a.store.Event(a.ctx, Name, up.id)
	if err != nil {
		// Left unhandled in the database: it is handled at the next start.
		a.log.Error("read recorded update", "err", err)
		a.metrics.Error(Name, "read")
		return
	}
	if payload == nil {
		return // handled already
	}
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic while handling an update", "panic", fmt.Sprint(p))
			a.metrics.Error(Name, "panic")
			a.send.text(a.ctx, chat, say("", "apology"), nil)
		}
		if err := a.store.Done(a.ctx, Name, up.id); err != nil {
			a.log.Error("mark update done", "err", err)
		}
	}()
	var u models.Update
	switch err := json.Unmarshal(payload, &u); {
	case err != nil:
		a.log.Error("decode update", "err", err)
	case up.limit != queue.Allowed:
		a.slowDown(chat, up.limit, langOfUpdate(&u))
	default:
		a.process(&u)
	}
}

func (a *Adapter) process(u *models.Update) {
	switch {
	case u.Message != nil:
		a.message(u.Message)
	case u.CallbackQuery != nil:
		a.callback(u.CallbackQuery)
	}
	// Edited messages and other updates are ignored, consistently.
}

func conversationID(chat int64) string { return "telegram:" + strconv.FormatInt(chat, 10) }

func (a *Adapter) message(m *models.Message) {
	ctx := a.ctx
	private := m.Chat.Type == models.ChatTypePrivate
	text := m.Text
	if forOtherBot(text, a.me.Username) {
		return // "/start@other_bot": another bot's command, not Guichet's to answer
	}
	if !private {
		var ok bool
		if text, ok = a.addressed(m); !ok {
			return // group traffic not meant for Guichet
		}
	}
	lang := knowledge.Lang("")
	userID := int64(0)
	if m.From != nil {
		lang = langOf(m.From.LanguageCode)
		userID = m.From.ID
	}
	if text == "" {
		if m.Photo != nil || m.Voice != nil || m.Sticker != nil || m.Document != nil || m.Location != nil || m.Audio != nil || m.Video != nil || m.VideoNote != nil || m.Contact != nil {
			a.send.text(ctx, m.Chat.ID, textOnly(lang), nil)
		}
		return
	}
	a.metrics.In(Name)
	if cmd, _, ok := command(text, a.me.Username); ok {
		a.command(m.Chat.ID, cmd, lang)
		return
	}
	if id, ok := a.takeAwaiting(m.Chat.ID); ok && !a.core.Answerable(text, a.cfg.Now()) {
		// After a 👎, a free text is its reason unless it is a question Guichet answers ("et à
		// Uccle ?"): that is answered, and the feedback stays recorded without a reason.
		if err := a.store.SetFeedbackReason(ctx, id, text); err != nil {
			a.log.Error("store feedback reason", "err", err)
		}
		a.send.text(ctx, m.Chat.ID, thanksFeedback(lang), nil)
		return
	}
	a.ask(m.Chat.ID, userID, text, lang)
}

// ask sends a text to the core and the reply to the chat, with "typing" if it takes a moment.
func (a *Adapter) ask(chat, user int64, text string, lang knowledge.Lang) {
	ctx := a.ctx
	start := time.Now()
	typing := time.AfterFunc(a.cfg.TypingAfter, func() {
		a.send.typing(ctx, chat)
	})
	r, err := a.core.Handle(ctx, bot.Message{ConversationID: conversationID(chat), UserID: strconv.FormatInt(user, 10), Text: text, Lang: lang, Time: a.cfg.Now()})
	typing.Stop()
	if err != nil {
		a.log.Error("core", "err", err)
		a.metrics.Error(Name, "core")
	}
	a.reply(chat, text, r)
	if err := a.store.RecordTurn(ctx, bot.TurnOf(Name, start, r)); err != nil {
		a.log.Error("record turn", "err", err)
	}
	a.metrics.Out(Name, string(r.Kind), time.Since(start))
	a.log.Info("replied", "kind", r.Kind, "topic", r.Topic, "ms", time.Since(start).Milliseconds())
}

// reply sends a reply of the core and remembers it as the chat's last exchange, for feedback.
func (a *Adapter) reply(chat int64, question string, r bot.Reply) {
	a.show(chat, r)
	a.mu.Lock()
	a.last[chat] = exchange{question: question, answer: bot.PlainText(r)}
	if len(a.last) > 10000 {
		for k := range a.last {
			delete(a.last, k)
			break
		}
	}
	a.mu.Unlock()
}

// maxCallbackData is the most bytes Telegram carries in a button's callback_data.
const maxCallbackData = 64

// optionData is what an option's button sends back: the turn of the reply that offered it, then
// the option's own words when they fit in Telegram's 64 bytes ("v7:Ixelles"), otherwise its rank
// ("o7:2"). The turn tells a button of the question in progress from one of a question left
// behind; the words let a stale button whose label stands alone be asked as a new message.
func optionData(turn, i int, o bot.Option) string {
	t := strconv.Itoa(turn)
	if d := "v" + t + ":" + o.Value; len(d) <= maxCallbackData && o.Value != "" {
		return d
	}
	return "o" + t + ":" + strconv.Itoa(i+1)
}

// parseOption reads an option button's data: the turn it belongs to (0 for a button sent before
// buttons carried their turn, "v:Ixelles"), its words or its rank. ok is false for another button.
func parseOption(data string) (turn int, words string, rank int, ok bool) {
	if len(data) < 2 || data[0] != 'v' && data[0] != 'o' {
		return 0, "", 0, false
	}
	head, rest, found := strings.Cut(data[1:], ":")
	if !found {
		return 0, "", 0, false
	}
	if head != "" {
		n, err := strconv.Atoi(head)
		if err != nil || n < 0 {
			return 0, "", 0, false
		}
		turn = n
	}
	if data[0] == 'v' {
		return turn, rest, 0, rest != ""
	}
	rank, err := strconv.Atoi(rest)
	return turn, "", rank, err == nil && rank >= 1
}

// keyboard gives a clarifying question its options, and an answer its 👍/👎 buttons.
func keyboard(r bot.Reply) *inlineKeyboard {
	var rows [][]button
	for i, o := range r.Options {
		rows = append(rows, []button{{Text: o.Label, CallbackData: optionData(r.Turn, i, o)}})
	}
	if r.Kind == bot.Answer && len(r.Sources) > 0 {
		row := []button{{Text: "👍", CallbackData: "f:+"}, {Text: "👎", CallbackData: "f:-"}}
		if _, more := bot.ShownSources(r.Sources); more > 0 {
			row = append(row, button{Text: "📚 " + say(r.Lang, "sources_button"), CallbackData: "s:"})
		}
		rows = append(rows, row)
	}
	if len(rows) == 0 {
		return nil
	}
	return &inlineKeyboard{InlineKeyboard: rows}
}

func (a *Adapter) callback(q *models.CallbackQuery) {
	ctx := a.ctx
	chat := chatOf(&models.Update{CallbackQuery: q})
	msgID := 0
	if q.Message.Message != nil {
		msgID = q.Message.Message.ID
	}
	lang := langOf(q.From.LanguageCode)
	// The choice shows in the chat: Telegram's short notice says what was pressed.
	label := chosen(q)
	a.send.answerCallback(ctx, q.ID, label)
	if msgID != 0 {
		a.send.removeKeyboard(ctx, chat, msgID)
	}
	turn, words, rank, option := parseOption(q.Data)
	switch {
	case option:
		a.metrics.In(Name)
		a.choose(chat, q.From.ID, turn, words, rank, strings.TrimPrefix(label, "✓ "), lang)
	case q.Data == "s:":
		// Every source of the last answer, beyond the few it showed.
		a.command(chat, "sources", lang)
	case q.Data == "f:+" || q.Data == "f:-":
		up := q.Data == "f:+"
		a.mu.Lock()
		ex := a.last[chat]
		a.mu.Unlock()
		id, err := a.store.AddFeedback(ctx, bot.Feedback{Adapter: Name, ConversationID: conversationID(chat),
			Question: ex.question, Answer: ex.answer, Positive: up, Time: time.Now()})
		if err != nil {
			a.log.Error("store feedback", "err", err)
			return
		}
		a.metrics.Feedback(Name, up)
		if up {
			a.send.text(ctx, chat, thanksFeedback(lang), nil)
			return
		}
		a.mu.Lock()
		a.awaiting[chat] = id
		a.mu.Unlock()
		a.send.text(ctx, chat, askReason(lang), reasonKeyboard(lang))
	case strings.HasPrefix(q.Data, "r:"):
		// A reason of the 👎 chosen among the buttons, or "Passer": the feedback stays recorded.
		id, ok := a.takeAwaiting(chat)
		if !ok {
			return // the reason was given already, or a question came in between
		}
		if n, err := strconv.Atoi(strings.TrimPrefix(q.Data, "r:")); err == nil && n >= 1 && n <= reasons {
			if err := a.store.SetFeedbackReason(ctx, id, say(knowledge.FR, "reason_"+strconv.Itoa(n))); err != nil {
				a.log.Error("store feedback reason", "err", err)
			}
		}
		a.send.text(ctx, chat, thanksFeedback(lang), nil)
	}
}

// choose answers an option pressed. An option of the question in progress is sent to the core
// as the user's answer. One of a question left behind (the conversation moved on, was reset, or
// its case expired) is asked as a new message when its words stand alone ("Clé numérique");
// otherwise the user is told the question has moved on and offered the options of the question
// in progress, if there is one.
func (a *Adapter) choose(chat, user int64, turn int, words string, rank int, label string, lang knowledge.Lang) {
	text := words
	if text == "" {
		text = strconv.Itoa(rank)
	}
	now := a.cfg.Now()
	current, opts, err := a.core.CurrentOptions(a.ctx, conversationID(chat), now)
	if err != nil {
		a.log.Error("current options", "err", err)
		a.metrics.Error(Name, "core")
	}
	if err != nil || turn != 0 && turn == current {
		a.ask(chat, user, text, lang)
		return
	}
	if words == "" {
		words = label // a rank alone says nothing: its label may
	}
	if words != "" && a.core.StandsAlone(a.ctx, words, now) {
		a.ask(chat, user, words, lang)
		return
	}
	a.show(chat, bot.Reply{Kind: bot.Clarify, Lang: lang, Options: opts, Turn: current,
		Blocks: []bot.Block{{Kind: bot.Paragraph, Text: movedOn(lang, len(opts) > 0)}}})
}

// show sends a reply as Telegram HTML, split under the size limit, its buttons under the last part.
func (a *Adapter) show(chat int64, r bot.Reply) {
	parts := RenderHTML(r)
	for i, p := range parts {
		var kb *inlineKeyboard
		if i == len(parts)-1 {
			kb = keyboard(r)
		}
		a.send.text(a.ctx, chat, p, kb)
	}
}

// reasons is how many reasons of a 👎 the buttons offer.
const reasons = 4

// reasonKeyboard offers the reasons of a 👎, and a way to give none.
func reasonKeyboard(lang knowledge.Lang) *inlineKeyboard {
	var rows [][]button
	for i := 1; i <= reasons; i++ {
		rows = append(rows, []button{{Text: say(lang, "reason_"+strconv.Itoa(i)), CallbackData: "r:" + strconv.Itoa(i)}})
	}
	rows = append(rows, []button{{Text: say(lang, "reason_skip"), CallbackData: "r:0"}})
	return &inlineKeyboard{InlineKeyboard: rows}
}

// chosen is the label of the option button pressed, to show as the callback's notice; "" for
// other buttons.
func chosen(q *models.CallbackQuery) string {
	if q.Message.Message == nil || q.Message.Message.ReplyMarkup == nil {
		return ""
	}
	for _, row := range q.Message.Message.ReplyMarkup.InlineKeyboard {
		for _, b := range row {
			if _, _, _, option := parseOption(q.Data); option && b.CallbackData == q.Data {
				return "✓ " + b.Text
			}
		}
	}
	return ""
}

func (a *Adapter) takeAwaiting(chat int64) (int64, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	id, ok := a.awaiting[chat]
	delete(a.awaiting, chat)
	return id, ok
}

func (a *Adapter) command(chat int64, cmd string, lang knowledge.Lang) {
	ctx := a.ctx
	switch cmd {
	case "start":
		r, err := a.core.Start(ctx, conversationID(chat), lang, a.cfg.Now())
		if err != nil {
			a.log.Error("start", "err", err)
		}
		a.reply(chat, "/start", r)
	case "help", "aide":
		a.send.text(ctx, chat, help(lang), nil)
	case "reset", "recommencer":
		if err := a.core.Reset(ctx, conversationID(chat)); err != nil {
			a.log.Error("reset", "err", err)
		}
		a.send.text(ctx, chat, resetDone(lang), nil)
	case "sources":
		srcs, err := a.core.LastSources(ctx, conversationID(chat))
		if err != nil || len(srcs) == 0 {
			a.send.text(ctx, chat, noSources(lang), nil)
			return
		}
		a.send.text(ctx, chat, SourcesHTML(lang, srcs), nil)
	default:
		a.send.text(ctx, chat, help(lang), nil)
	}
}

// addressed returns the text of a group message meant for Guichet: a command, a mention of the
// bot, or a reply to one of its messages.
func (a *Adapter) addressed(m *models.Message) (string, bool) {
	text := m.Text
	if strings.HasPrefix(text, "/") {
		return text, true
	}
	mention := "@" + a.me.Username
	if a.me.Username != "" && strings.Contains(strings.ToLower(text), strings.ToLower(mention)) {
		i := strings.Index(strings.ToLower(text), strings.ToLower(mention))
		return strings.TrimSpace(text[:i] + text[i+len(mention):]), true
	}
	if m.ReplyToMessage != nil && m.ReplyToMessage.From != nil && m.ReplyToMessage.From.ID == a.me.ID {
		return text, true
	}
	return "", false
}

// forOtherBot reports whether text is a command addressed by name to another bot.
func forOtherBot(text, botName string) bool {
	if !strings.HasPrefix(text, "/") {
		return false
	}
	first, _, _ := strings.Cut(text[1:], " ")
	_, target, hasTarget := strings.Cut(first, "@")
	return hasTarget && !strings.EqualFold(target, botName)
}

// command parses "/cmd@bot args".
func command(text, botName string) (cmd, args string, ok bool) {
	if !strings.HasPrefix(text, "/") {
		return "", "", false
	}
	first, rest, _ := strings.Cut(text[1:], " ")
	name, target, hasTarget := strings.Cut(first, "@")
	if hasTarget && !strings.EqualFold(target, botName) {
		return "", "", false
	}
	return strings.ToLower(name), strings.TrimSpace(rest), name != ""
}

func langOf(code string) knowledge.Lang {
	switch {
	case strings.HasPrefix(code, "nl"):
		return knowledge.NL
	case strings.HasPrefix(code, "en"):
		return knowledge.EN
	case strings.HasPrefix(code, "fr"):
		return knowledge.FR
	}
	return ""
}
