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
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/guichet/guichet/adapters/telegram"
)

// serveConfig is the configuration of `guichet serve`, from the environment.
type serveConfig struct {
	config
	HTTPAddr         string
	TelegramToken    string
	TelegramAPIURL   string
	WebhookURL       string
	WebhookSecret    string
	TelegramPerMin   int
	TelegramParallel int
}

func loadServeConfig(getenv func(string) string) (serveConfig, error) {
	base, err := loadConfig(getenv, slog.LevelInfo)
	if err != nil {
		return serveConfig{}, err
	}
	c := serveConfig{config: base, HTTPAddr: getenv("GUICHET_HTTP_ADDR"), TelegramToken: getenv("TELEGRAM_BOT_TOKEN"),
		TelegramAPIURL: getenv("TELEGRAM_API_URL"), WebhookURL: getenv("TELEGRAM_WEBHOOK_URL"), WebhookSecret: getenv("TELEGRAM_WEBHOOK_SECRET")}
	if c.HTTPAddr == "" {
		c.HTTPAddr = ":8080"
	}
	if _, _, err := net.SplitHostPort(c.HTTPAddr); err != nil {
		return c, fmt.Errorf("GUICHET_HTTP_ADDR=%q: want host:port, such as :8080", c.HTTPAddr)
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
	for _, v := range []struct {
		name string
		dst  *int
		def  int
	}{{"TELEGRAM_RATE_PER_MINUTE", &c.TelegramPerMin, 20}, {"TELEGRAM_MAX_CONCURRENT", &c.TelegramParallel, 16}} {
		*v.dst = v.def
		if s := getenv(v.name); s != "" {
			n, err := strconv.Atoi(s)
			if err != nil || n < 1 {
				return c, fmt.Errorf("%s=%q: want a positive whole number", v.name, s)
			}
			*v.dst = n
		}
	}
	return c, nil
}

func cmdServe(ctx context.Context, args []string, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("guichet serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "", "HTTP listen address (overrides GUICHET_HTTP_ADDR)")
	db := fs.String("db", "", "SQLite database file (overrides GUICHET_DB)")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: guichet serve [flags]

Run every configured chat adapter, with one HTTP listener for /healthz, /metrics and the
webhooks. Configure an adapter with its environment variables (see the README), for instance
TELEGRAM_BOT_TOKEN for Telegram.

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
	if c.TelegramToken == "" {
		fmt.Fprint(stderr, "guichet serve: no chat adapter is configured.\nSet TELEGRAM_BOT_TOKEN (from @BotFather) to run the Telegram adapter; see the README for every setting.\n")
		return 2
	}
	a, err := openApp(ctx, c.config, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: %v\n", err)
		return 1
	}
	defer a.Close()
	metrics := a.metrics
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := a.db.Ping(ctx); err != nil {
			http.Error(w, "database unavailable", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.Handle("GET /metrics", metrics.Handler())

	tgAdapter, err := telegram.New(ctx, telegram.Config{Token: c.TelegramToken, APIURL: c.TelegramAPIURL,
		WebhookURL: c.WebhookURL, WebhookSecret: c.WebhookSecret, PerUserPerMinute: c.TelegramPerMin,
		MaxConcurrent: c.TelegramParallel, Log: a.log, Metrics: metrics}, a.bot, a.db)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: %v\n", err)
		return 1
	}
	if c.WebhookURL != "" {
		mux.Handle("POST /telegram/webhook", tgAdapter.WebhookHandler())
	}

	ln, err := net.Listen("tcp", c.HTTPAddr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet serve: listen on GUICHET_HTTP_ADDR=%s: %v\n", c.HTTPAddr, err)
		return 1
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 10 * time.Second}
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			a.log.Error("http server", "err", err)
		}
	}()
	go func() {
		defer wg.Done()
		if err := tgAdapter.Run(ctx); err != nil {
			a.log.Error("telegram", "err", err)
		}
	}()
	a.log.Info("serving", "addr", ln.Addr().String())
	<-ctx.Done()
	a.log.Info("stopping: finishing the messages in flight")
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	srv.Shutdown(shutdown)
	wg.Wait()
	return 0
}
