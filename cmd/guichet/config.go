package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/guichet/guichet/adapters/prometheus"
	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/evals"
	"github.com/guichet/guichet/knowledge"
)

// config is the configuration shared by the commands, read from the environment.
type config struct {
	DB        string
	LogLevel  slog.Level
	LogFormat string
	LLM       llmConfig
	// CaseTTL is how long a conversation keeps its case without a message (GUICHET_CASE_TTL).
	CaseTTL time.Duration
	// OneShot keeps the conversation in memory rather than in the database: a one-shot answer
	// (`guichet ask` without --conversation) starts a conversation nobody can continue, and
	// writing it would only cost the answer time.
	OneShot bool
}

// loadConfig reads the environment. A bad value is an error naming the variable.
func loadConfig(getenv func(string) string, defaultLevel slog.Level) (config, error) {
	c := config{DB: getenv("GUICHET_DB"), LogLevel: defaultLevel, LogFormat: "text"}
	if c.DB == "" {
		dir, err := defaultDataDir(getenv)
		if err != nil {
			return c, fmt.Errorf("GUICHET_DB is not set and no default data folder was found (%v): set GUICHET_DB to a file path", err)
		}
		c.DB = filepath.Join(dir, "guichet.db")
	}
	if v := getenv("GUICHET_LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			return c, fmt.Errorf("GUICHET_LOG_LEVEL=%q: want debug, info, warn or error", v)
		}
	}
	if v := getenv("GUICHET_LOG_FORMAT"); v != "" {
		if v != "text" && v != "json" {
			return c, fmt.Errorf("GUICHET_LOG_FORMAT=%q: want text or json", v)
		}
		c.LogFormat = v
	}
	c.CaseTTL = bot.DefaultCaseTTL
	if v := getenv("GUICHET_CASE_TTL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < time.Minute {
			return c, fmt.Errorf("GUICHET_CASE_TTL=%q: want a duration of a minute or more, such as 30m or 2h", v)
		}
		c.CaseTTL = d
	}
	llm, err := loadLLMConfig(getenv)
	if err != nil {
		return c, err
	}
	c.LLM = llm
	return c, nil
}

// defaultDataDir is $XDG_DATA_HOME/guichet, or ~/.local/share/guichet.
func defaultDataDir(getenv func(string) string) (string, error) {
	if d := getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "guichet"), nil
	}
	home := getenv("HOME")
	if home == "" {
		h, err := os.UserHomeDir()
		if err != nil {
			return "", err
		}
		home = h
	}
	return filepath.Join(home, ".local", "share", "guichet"), nil
}

func (c config) logger(w io.Writer) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}

// app is what the chat commands run on: the knowledge base, the database and the bot.
type app struct {
	kb  *knowledge.Base
	db  *sqlite.DB
	bot *bot.Bot
	log *slog.Logger
	// metrics are the process's metrics, exported by `guichet serve`.
	metrics *prometheus.Metrics
}

// openStore opens the app for a command that works on the stored data: the configuration from
// the environment, its database overridden by a --db flag when given. On failure it has said why
// on stderr and returns the exit code.
func openStore(ctx context.Context, getenv func(string) string, db string, stderr io.Writer) (*app, int) {
	cfg, err := loadConfig(getenv, slog.LevelWarn)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, 2
	}
	if db != "" {
		cfg.DB = db
	}
	a, err := openApp(ctx, cfg, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, 1
	}
	return a, 0
}

// openApp loads the embedded knowledge base, opens the database and indexes the knowledge base.
func openApp(ctx context.Context, c config, stderr io.Writer) (*app, error) {
	log := c.logger(stderr)
	// Start-up allocates some 20 MiB that all stays live: collecting during it only costs time,
	// which a one-shot `guichet ask` pays in full.
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	// The database opens while the knowledge base loads, and the knowledge base is indexed in it
	// while the core learns its words: each side waits on its own files, on two cores.
	type opened struct {
		db  *sqlite.DB
		err error
	}
	dbc := make(chan opened, 1)
	go func() {
		db, err := sqlite.Open(ctx, c.DB)
		dbc <- opened{db, err}
	}()
	kb, err := knowledge.LoadEmbedded()
	o := <-dbc
	if err != nil {
		if o.db != nil {
			o.db.Close()
		}
		return nil, fmt.Errorf("load knowledge base: %w", err)
	}
	if o.err != nil {
		return nil, fmt.Errorf("open database (GUICHET_DB=%s): %w", c.DB, o.err)
	}
	db := o.db
	indexed := make(chan error, 1)
	go func() { indexed <- db.IndexKnowledge(ctx, kb) }()
	metrics := prometheus.New()
	if r, ok := knowledge.Oldest(kb.Reviews()); ok {
		metrics.KnowledgeAge(r.Date.Time, time.Now)
	}
	opts, err := c.LLM.modelOptions(kb, db, metrics, log)
	var b *bot.Bot
	if err == nil {
		var store bot.Store = db
		if c.OneShot {
			store = bot.NewMemoryStore()
		}
		b = bot.New(kb, store, append([]bot.BotOption{bot.WithSearcher(db), bot.WithLogger(log), bot.WithCaseTTL(c.CaseTTL)}, opts...)...)
	}
	if ierr := <-indexed; err == nil {
		err = ierr
	}
	if err != nil {
		db.Close()
		return nil, err
	}
	return &app{kb: kb, db: db, bot: b, log: log, metrics: metrics}, nil
}

func (a *app) Close() error { return a.db.Close() }

// commonFlags are the flags of the chat commands.
type commonFlags struct {
	db           string
	now          string
	conversation string
	lang         string
	staff        bool
}

func (f *commonFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.db, "db", "", "SQLite database file (overrides GUICHET_DB)")
	fs.StringVar(&f.now, "now", "", "answer as if it were this time (YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time), for reproducible runs")
	fs.StringVar(&f.conversation, "conversation", "", "conversation id to continue (default: a new one, or \"terminal\" for an interactive chat)")
	fs.StringVar(&f.lang, "lang", "", "language hint: fr, en or nl (the text of each message decides first)")
	fs.BoolVar(&f.staff, "staff", false, "answer as to town-hall staff: with the full checklist, fee, validity and rules of the situation")
}

// audience is who the answers are for.
func (f *commonFlags) audience() bot.Audience {
	if f.staff {
		return bot.Staff
	}
	return bot.Citizen
}

// clock returns the time to answer at: --now fixed, or the real time.
func (f *commonFlags) clock() (func() time.Time, error) {
	if f.now == "" {
		return time.Now, nil
	}
	t, err := evals.ParseNow(f.now)
	if err != nil {
		return nil, fmt.Errorf("--now %q: want YYYY-MM-DD or YYYY-MM-DDTHH:MM", f.now)
	}
	return func() time.Time { return t }, nil
}

func (f *commonFlags) language() (knowledge.Lang, error) {
	switch f.lang {
	case "", "fr", "en", "nl":
		return knowledge.Lang(f.lang), nil
	}
	return "", fmt.Errorf("--lang %q: want fr, en or nl", f.lang)
}

// parseFlags parses fs and turns -h into a clean exit.
func parseFlags(fs *flag.FlagSet, args []string) (done bool, code int) {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return true, 0
		}
		return true, 2
	}
	return false, 0
}

func newConversationID(prefix string) string {
	return prefix + ":" + strings.ReplaceAll(time.Now().UTC().Format("20060102T150405.000000000"), ".", "")
}
