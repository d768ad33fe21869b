package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/adapters/slack"
	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/adapters/telegram"
)

// serveConfig is the configuration of `guichet serve`, from the environment.
type serveConfig struct {
	config
	HTTPAddr string
	// MetricsAddr, when set, is a second listener for /metrics and /healthz, so that the public
	// one serves no metrics (GUICHET_METRICS_ADDR).
	MetricsAddr      string
	TelegramToken    string
	TelegramAPIURL   string
	WebhookURL       string
	WebhookSecret    string
	TelegramPerMin   int
	TelegramParallel int
	// Retention is how long what users wrote is kept (GUICHET_RETENTION).
	Retention time.Duration
	// MaxPending bounds the events received and not yet handled, across the networks
	// (GUICHET_MAX_PENDING): past it, new events are refused and their network sends them again.
	MaxPending int

	SlackBotToken      string
	SlackAppToken      string
	SlackSigningSecret string
	SlackAPIURL        string
	SlackTeams         []string
	SlackChannels      []string
	SlackAdmins        []string
}

// validWebhookSecret reports whether Telegram accepts s as a webhook's secret_token: 1 to 256
// characters among A-Z, a-z, 0-9, "_" and "-" (the Bot API's setWebhook).
func validWebhookSecret(s string) bool {
	if len(s) < 1 || len(s) > 256 {
		return false
	}
	for _, r := range s {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return false
		}
	}
	return true
}

func loadServeConfig(getenv func(string) string) (serveConfig, error) {
	base, err := loadConfig(getenv, slog.LevelInfo)
	if err != nil {
		return serveConfig{}, err
	}
	c := serveConfig{config: base, HTTPAddr: getenv("GUICHET_HTTP_ADDR"), MetricsAddr: getenv("GUICHET_METRICS_ADDR"), TelegramToken: getenv("TELEGRAM_BOT_TOKEN"),
		TelegramAPIURL: getenv("TELEGRAM_API_URL"), WebhookURL: getenv("TELEGRAM_WEBHOOK_URL"), WebhookSecret: getenv("TELEGRAM_WEBHOOK_SECRET")}
	if c.HTTPAddr == "" {
		c.HTTPAddr = ":8080"
	}
	if c.Retention, err = parseRetention(getenv("GUICHET_RETENTION")); err != nil {
		return c, err
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		return c, fmt.Errorf("GUICHET_HTTP_ADDR=%q: want host:port, such as :8080", c.HTTPAddr)
	}
	if c.MetricsAddr != "" {
		if _, _, err := net.SplitHostPort(c.MetricsAddr); err != nil {
			return c, fmt.Errorf("GUICHET_METRICS_ADDR=%q: want host:port, such as 127.0.0.1:9090", c.MetricsAddr)
		}
		if c.MetricsAddr == c.HTTPAddr {
			return c, fmt.Errorf("GUICHET_METRICS_ADDR=%q is GUICHET_HTTP_ADDR: leave it unset to serve /metrics there", c.MetricsAddr)
		}
	}
	if (c.WebhookURL == "") != (c.WebhookSecret == "") {
		return c, errors.New("TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET must be set together (or neither, for long polling)")
	}
	if c.WebhookURL != "" && c.TelegramToken == "" {
		return c, errors.New("TELEGRAM_WEBHOOK_URL is set but TELEGRAM_BOT_TOKEN is not")
	}
	if c.WebhookURL != "" && !strings.HasPrefix(c.WebhookURL, "https://") {
		return c, fmt.Errorf("TELEGRAM_WEBHOOK_URL=%q: Telegram calls webhooks over https://", c.WebhookURL)
	}
	if c.WebhookURL != "" && !strings.HasSuffix(c.WebhookURL, "/telegram/webhook") {
		return c, fmt.Errorf("TELEGRAM_WEBHOOK_URL=%q: the public address must end with /telegram/webhook, the path Guichet listens on", c.WebhookURL)
	}
	if c.WebhookSecret != "" && !validWebhookSecret(c.WebhookSecret) {
		return c, errors.New("TELEGRAM_WEBHOOK_SECRET: Telegram accepts 1 to 256 characters among A-Z, a-z, 0-9, _ and -")
	}
	for _, v := range []struct {
		name string
		dst  *int
		def  int
	}{{"TELEGRAM_RATE_PER_MINUTE", &c.TelegramPerMin, 20}, {"TELEGRAM_MAX_CONCURRENT", &c.TelegramParallel, 16},
		{"GUICHET_MAX_PENDING", &c.MaxPending, queue.DefaultMaxPending}} {
		*v.dst = v.def
		if s := getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return c, fmt.Errorf("%s=%q: want a positive whole number", v.name, s)
			}
			*v.dst = n
		}
	}
	return c, loadSlackConfig(&c, getenv)
}

// loadSlackConfig reads the SLACK_ variables: the bot token enables the adapter, with an app
// token (Socket Mode) or a signing secret (HTTP mode).
func loadSlackConfig(c *serveConfig, getenv func(string) string) error {
	c.SlackBotToken, c.SlackAppToken, c.SlackSigningSecret = getenv("SLACK_BOT_TOKEN"), getenv("SLACK_APP_TOKEN"), getenv("SLACK_SIGNING_SECRET")
	c.SlackAPIURL = getenv("SLACK_API_URL")
	if c.SlackBotToken == "" {
		for _, name := range []string{"SLACK_APP_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "SLACK_ALLOWED_TEAMS", "SLACK_ALLOWED_CHANNELS", "SLACK_ADMINS"} {
			if getenv(name) != "" {
				return fmt.Errorf("%s is set but SLACK_BOT_TOKEN is not", name)
			}
		}
		return nil
	}
	if !strings.HasPrefix(c.SlackBotToken, "xoxb-") {
		return errors.New("SLACK_BOT_TOKEN: want the app's bot token, starting with xoxb- (OAuth & Permissions page)")
	}
	if c.SlackAppToken == "" && c.SlackSigningSecret == "" {
		return errors.New("SLACK_BOT_TOKEN is set: also set SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode)")
	}
	if c.SlackAppToken != "" && !strings.HasPrefix(c.SlackAppToken, "xapp-") {
		return errors.New("SLACK_APP_TOKEN: want an app-level token with connections:write, starting with xapp- (Basic Information page)")
	}
	if c.SlackAPIURL != "" {
		if u, err := url.Parse(c.SlackAPIURL); err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("SLACK_API_URL=%q: want an http(s) URL such as https://slack.com/api/", c.SlackAPIURL)
		}
	}
	for _, v := range []struct {
		name string
		dst  *[]string
	}{{"SLACK_ALLOWED_TEAMS", &c.SlackTeams}, {"SLACK_ALLOWED_CHANNELS", &c.SlackChannels}, {"SLACK_ADMINS", &c.SlackAdmins}} {
		for _, id := range strings.Split(getenv(v.name), ",") {
			id = strings.TrimSpace(id)
			if id == "" {
				continue
			}
			if strings.Trim(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") != "" {
				return fmt.Errorf("%s: %q is not a Slack id (such as T0123ABCD, C0123ABCD or U0123ABCD), comma-separated", v.name, id)
			}
			*v.dst = append(*v.dst, id)
		}
	}
	return nil
}

func cmdServe(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("guichet serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "", "HTTP listen address (overrides GUICHET_HTTP_ADDR)")
	db := fs.String("db", "", "SQLite database file (overrides GUICHET_DB)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: guichet serve [flags]

Run every configured chat adapter, with one HTTP listener for /healthz, /metrics and the
webhooks. Configure an adapter with its environment variables (see the README):
TELEGRAM_BOT_TOKEN for Telegram, SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET
for Slack.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args); done {
		return code
	}
	c, err := loadServeConfig(getenv)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: %v\n", err)
		return 2
	}
	if *addr != "" {
		c.HTTPAddr = *addr
	}
	if *db != "" {
		c.DB = *db
	}
	if c.TelegramToken == "" && c.SlackBotToken == "" {
		fmt.Fprint(stderr, "guichet serve: no chat adapter is configured.\n"+
			"Set TELEGRAM_BOT_TOKEN (from @BotFather) to run the Telegram adapter, and/or SLACK_BOT_TOKEN with\n"+
			"SLACK_APP_TOKEN (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) to run the Slack adapter;\n"+
			"see the README for every setting.\n")
		return 2
	}
	a, err := openApp(ctx, c.config, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: %v\n", err)
		return 1
	}
	defer a.Close()
	metrics := a.metrics
	health := func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.db.Ping(ctx); err != nil {
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", health)
	// The metrics go on their own listener when one is set, so that the public one does not
	// show them; /healthz is on both, for a load balancer and for the monitoring.
	private := mux
	if c.MetricsAddr != "" {
		private = http.NewServeMux()
		private.HandleFunc("GET /healthz", health)
	}
	private.Handle("GET /metrics", metrics.Handler())
	// One backlog for every network: GUICHET_MAX_PENDING bounds what waits in all.
	backlog := queue.NewBacklog(c.MaxPending)
	metrics.WatchBacklog(backlog, time.Now)
	metrics.WatchInboxCommits(a.db.CommitStats)

	var runners []func(context.Context) error
	if c.TelegramToken != "" {
		tg, err := telegram.New(ctx, telegram.Config{Token: c.TelegramToken, APIURL: c.TelegramAPIURL,
			WebhookURL: c.WebhookURL, WebhookSecret: c.WebhookSecret, PerUserPerMinute: c.TelegramPerMin,
			MaxConcurrent: c.TelegramParallel, Backlog: backlog, Log: a.log, Metrics: metrics}, a.bot, a.db)
		if err != nil {
			fmt.Fprintf(stderr, "guichet serve: %v\n", err)
			return 1
		}
		if c.WebhookURL != "" {
			mux.Handle("POST /telegram/webhook", tg.WebhookHandler())
		}
		runners = append(runners, tg.Run)
	}
	if c.SlackBotToken != "" {
		sl, err := slack.New(ctx, slack.Config{BotToken: c.SlackBotToken, AppToken: c.SlackAppToken,
			SigningSecret: c.SlackSigningSecret, APIURL: c.SlackAPIURL, AllowedTeams: c.SlackTeams,
			AllowedChannels: c.SlackChannels, Admins: c.SlackAdmins, Backlog: backlog, Log: a.log, Metrics: metrics}, a.bot, a.db)
		if err != nil {
			fmt.Fprintf(stderr, "guichet serve: %v\n", err)
			return 1
		}
		if c.SlackSigningSecret != "" {
			h := sl.Handler()
			for _, path := range []string{"/slack/events", "/slack/commands", "/slack/interactions"} {
				mux.Handle("POST "+path, h)
			}
		}
		runners = append(runners, sl.Run)
	}

	ln, err := net.Listen("tcp", c.HTTPAddr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: listen on GUICHET_HTTP_ADDR=%s: %v\n", c.HTTPAddr, err)
		return 1
	}
	servers := []*http.Server{{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}}
	listeners := []net.Listener{ln}
	if c.MetricsAddr != "" {
		mln, err := net.Listen("tcp", c.MetricsAddr)
		if err != nil {
			ln.Close()
			fmt.Fprintf(stderr, "guichet serve: listen on GUICHET_METRICS_ADDR=%s: %v\n", c.MetricsAddr, err)
			return 1
		}
		servers = append(servers, &http.Server{Handler: private, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second})
		listeners = append(listeners, mln)
	}
	runners = append(runners, func(ctx context.Context) error { purge(ctx, a.db, c.Retention, time.Hour, a.log); return nil })
	var wg sync.WaitGroup
	wg.Add(len(servers) + len(runners))
	for i, srv := range servers {
		go func() {
			defer wg.Done()
			if err := srv.Serve(listeners[i]); err != nil && !errors.Is(err, http.ErrServerClosed) {
				a.log.Error("http server", "err", err)
			}
		}()
	}
	for _, run := range runners {
		go func() {
			defer wg.Done()
			if err := run(ctx); err != nil {
				a.log.Error("adapter stopped", "err", err)
			}
		}()
	}
	a.log.Info("serving", "addr", ln.Addr().String(), "metrics_addr", c.MetricsAddr)
	<-ctx.Done()
	a.log.Info("stopping: finishing the messages in flight")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	for _, srv := range servers {
		srv.Shutdown(shutdown)
	}
	wg.Wait()
	return 0
}

// DefaultRetention is how long what users wrote is kept when GUICHET_RETENTION is not set.
const DefaultRetention = 30 * 24 * time.Hour

// parseRetention reads GUICHET_RETENTION: a number of days ("30d") or a Go duration ("720h"), at
// least an hour.
func parseRetention(s string) (time.Duration, error) {
	if s == "" {
		return DefaultRetention, nil
	}
	d, err := time.ParseDuration(s)
	if days, ok := strings.CutSuffix(s, "d"); ok {
		var n int
		n, err = strconv.Atoi(days)
		d = time.Duration(n) * 24 * time.Hour
	}
	if err != nil || d < time.Hour {
		return 0, fmt.Errorf("GUICHET_RETENTION=%q: want a number of days such as 30d, or a duration of at least 1h", s)
	}
	return d, nil
}

// purge deletes, at start and then at every tick until ctx ends, what users wrote once it is
// older than retention: conversations, handled messages and feedback.
func purge(ctx context.Context, db *sqlite.DB, retention, every time.Duration, log *slog.Logger) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		p, err := db.Purge(ctx, time.Now().Add(-retention))
		if err != nil {
			log.Error("purge", "err", err)
		} else if p != (sqlite.Purged{}) {
			log.Info("purged", "conversations", p.Conversations, "events", p.Events, "feedback", p.Feedback)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
