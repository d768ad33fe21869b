// Package slack connects Guichet to Slack for town-hall staff, on github.com/slack-go/slack: the
// /guichet slash command (a private answer with a button to share it), mentions answered in their
// thread, direct messages, Block Kit replies with the complete details a counter needs, 👍/👎
// feedback with a form for what was wrong, and administrators' commands for feedback and usage
// statistics.
//
// It runs in Socket Mode (no public URL: fits a town hall's firewall) or over HTTP with every
// request's signature checked. Each event is answered once (ids recorded in the database), each
// conversation in order, teams and channels outside the allowlists never reach the core, and
// Slack's rate limits are respected.
package slack

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/slack-go/slack"

	"github.com/guichet/guichet/adapters/prometheus"
	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/bot"
)

// Name is the adapter's name in metrics, logs, stored feedback and the turn journal.
const Name = "slack"

// Core is what the adapter needs of Guichet's core (*bot.Bot).
type Core interface {
	Handle(ctx context.Context, m bot.Message) (bot.Reply, error)
	StandsAlone(ctx context.Context, text string, now time.Time) bool
	CurrentOptions(ctx context.Context, conversationID string, now time.Time) (int, []bot.Option, error)
}

// Store is the storage the adapter uses: the inbox that makes each event answered once (and
// keeps each event's content until its turn), feedback, and the journal of answered turns.
type Store interface {
	bot.Inbox
	Event(ctx context.Context, adapter, id string) ([]byte, error)
	bot.FeedbackStore
	bot.TurnJournal
}

// Config configures the adapter. BotToken and one of AppToken or SigningSecret are required.
type Config struct {
	// BotToken (xoxb-…) calls the Web API.
	BotToken string
	// AppToken (xapp-…) enables Socket Mode.
	AppToken string
	// SigningSecret checks the requests Slack sends over HTTP (Handler).
	SigningSecret string
	// APIURL is the Web API base URL (default Slack's).
	APIURL string
	// AllowedTeams and AllowedChannels, when not empty, are the only workspaces and channels
	// where Guichet answers; direct messages are allowed in allowed workspaces.
	AllowedTeams, AllowedChannels []string
	// Admins are the user ids allowed to run /guichet admin.
	Admins []string
	// PerUserPerMinute is how many questions a user may ask per minute (default 20), counted as
	// they arrive. Past it a user is told once a minute to slow down, and the other questions are
	// recorded as handled without a reply, so that a burst is not answered by a burst of notices.
	PerUserPerMinute int
	// MaxConcurrent bounds the conversations handled at once (default 16).
	MaxConcurrent int
	// Backlog bounds the events received and not yet handled, shared with the other networks
	// (default: a backlog of the adapter's own, of queue.DefaultMaxPending). Past it HTTP events
	// get 503 with Retry-After, Socket Mode stops reading, and /guichet asks to try again later.
	Backlog *queue.Backlog
	// AckWithin is how long a slash command waits for its answer before acknowledging empty
	// and answering through response_url (default 2 s, under Slack's 3 s).
	AckWithin time.Duration
	// RestartAfter is the first wait before the Socket Mode client is restarted after it
	// stopped (doubling up to a minute; default 1 s).
	RestartAfter time.Duration
	// Now is the clock messages are dated with, which decides when a case has expired and when a
	// user's minute of questions is over (default time.Now; tests pass their own to skip a
	// silence).
	Now        func() time.Time
	HTTPClient *http.Client
	Log        *slog.Logger
	Metrics    *prometheus.Metrics
}

// Adapter runs Guichet on Slack.
type Adapter struct {
	cfg     Config
	core    Core
	store   Store
	api     *slack.Client
	botUser string
	log     *slog.Logger
	metrics *prometheus.Metrics
	queue   *queue.Ordered[string, job]
	backlog *queue.Backlog
	limit   *queue.Limiter[string]
	send    *sender
	ctx     context.Context

	mu sync.Mutex
	// last maps a conversation to its last question and reply, for sharing and feedback.
	last map[string]exchange
	// signed remembers the signatures of the requests accepted within the window a signature
	// is valid for, so that a replayed request is answered once.
	signed replays
}

type exchange struct {
	question string
	reply    bot.Reply
}

// New checks the configuration, calls auth.test and prepares the adapter.
func New(ctx context.Context, cfg Config, core Core, store Store) (*Adapter, error) {
	switch {
	case cfg.BotToken == "":
		return nil, errors.New("slack: no bot token")
	case cfg.AppToken == "" && cfg.SigningSecret == "":
		return nil, errors.New("slack: an app token (Socket Mode) or a signing secret (HTTP) is required")
	}
	if cfg.PerUserPerMinute <= 0 {
		cfg.PerUserPerMinute = 20
	}
	if cfg.MaxConcurrent <= 0 {
		cfg.MaxConcurrent = 16
	}
	if cfg.AckWithin <= 0 {
		cfg.AckWithin = 2 * time.Second
	}
	if cfg.RestartAfter <= 0 {
		cfg.RestartAfter = time.Second
	}
	if cfg.Log == nil {
		cfg.Log = slog.New(slog.DiscardHandler)
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = &http.Client{Timeout: 30 * time.Second}
	}
	opts := []slack.Option{slack.OptionHTTPClient(cfg.HTTPClient)}
	if cfg.APIURL != "" {
		opts = append(opts, slack.OptionAPIURL(strings.TrimRight(cfg.APIURL, "/")+"/"))
	}
	if cfg.AppToken != "" {
		opts = append(opts, slack.OptionAppLevelToken(cfg.AppToken))
	}
	a := &Adapter{cfg: cfg, core: core, store: store, api: slack.New(cfg.BotToken, opts...),
		log: cfg.Log.With("adapter", Name), metrics: cfg.Metrics, last: map[string]exchange{}}
	auth, err := a.api.AuthTestContext(ctx)
	if err != nil {
		return nil, fmt.Errorf("slack: auth.test with SLACK_BOT_TOKEN: %w", err)
	}
	a.botUser = auth.UserID
	a.send = &sender{api: a.api, log: a.log, metrics: a.metrics}
	a.ctx = context.WithoutCancel(ctx)
	if cfg.Backlog == nil {
		cfg.Backlog = queue.NewBacklog(queue.DefaultMaxPending)
	}
	a.backlog = cfg.Backlog
	a.queue = queue.NewOrdered(cfg.MaxConcurrent, cfg.Backlog, a.handle)
	a.limit = queue.NewLimiter[string](cfg.PerUserPerMinute, time.Minute)
	return a, nil
}

// SocketMode reports whether the adapter receives events over Socket Mode (else over HTTP).
func (a *Adapter) SocketMode() bool { return a.cfg.AppToken != "" }

// Run handles events until ctx ends, then finishes those in flight (for at most 10 s; those
// still waiting then stay recorded). Events recorded but not handled before a stop are handled
// first.
func (a *Adapter) Run(ctx context.Context) error {
	pending, err := a.store.Pending(ctx, Name)
	if err != nil {
		return err
	}
	for _, ev := range pending {
		a.recoverEvent(ev.ID, ev.Payload)
	}
	if a.SocketMode() {
		a.log.Info("socket mode")
		a.runSocket(ctx)
	} else {
		a.log.Info("http mode")
		<-ctx.Done() // events arrive through Handler
	}
	if !a.queue.Drain(10 * time.Second) {
		a.log.Warn("stopping with events still in flight: they are handled at the next start")
	}
	a.queue.Stop()
	return nil
}

// job is what the queue holds: a recorded event's id (the event waits in the database until its
// turn, so that a backlog costs little memory), or the work of a button.
type job struct {
	id string
	// h is a slash command's acknowledgement, still waiting for the answer.
	h *handoff
	// do is the work of a button or a refusal, which are not recorded.
	do func()
	// limit is the per-user limit's verdict on the event when it arrived.
	limit queue.Verdict
}

// handle runs one queued job; a panic is recovered and logged.
func (a *Adapter) handle(_ string, j job) {
	defer func() {
		if p := recover(); p != nil {
			a.log.Error("panic while handling an event", "panic", fmt.Sprint(p))
			a.metrics.Error(Name, "panic")
		}
	}()
	if j.do != nil {
		j.do()
		return
	}
	a.handleRecorded(j.id, j.h, j.limit)
}

// allowed reports whether Guichet answers in a workspace and channel; direct messages are
// allowed in allowed workspaces.
func (a *Adapter) allowed(team, channel string, direct bool) bool {
	if len(a.cfg.AllowedTeams) > 0 && !slices.Contains(a.cfg.AllowedTeams, team) {
		return false
	}
	return direct || len(a.cfg.AllowedChannels) == 0 || slices.Contains(a.cfg.AllowedChannels, channel)
}

func (a *Adapter) admin(user string) bool { return slices.Contains(a.cfg.Admins, user) }

func (a *Adapter) remember(conv, question string, r bot.Reply) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.last[conv] = exchange{question: question, reply: r}
	if len(a.last) > 10000 {
		for k := range a.last {
			delete(a.last, k)
			break
		}
	}
}

func (a *Adapter) recall(conv string) (exchange, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	ex, ok := a.last[conv]
	return ex, ok
}
