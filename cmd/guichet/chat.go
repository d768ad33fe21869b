package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

func cmdChat(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("guichet chat", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f commonFlags
	f.register(fs)
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: guichet chat [flags]

Chat with Guichet in the terminal. Type a number to pick a suggested answer, /sources to see the
sources of the last answer, /reset to start again, /quit to leave. With input piped in, each line
is one message and each reply is followed by an empty line.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args); done {
		return code
	}
	interactive := isTerminal(stdin)
	level := slog.LevelInfo
	if interactive {
		level = slog.LevelWarn
	}
	a, clock, lang, code := setup(ctx, &f, getenv, stderr, level, false)
	if a == nil {
		return code
	}
	defer a.Close()
	conv := f.conversation
	if conv == "" {
		conv = "terminal"
		if !interactive {
			conv = newConversationID("pipe")
		}
	}
	if interactive {
		// The welcome's topics are the options of the conversation: "3" asks about the third.
		welcome, err := a.bot.Start(ctx, conv, lang, clock())
		if err != nil {
			fmt.Fprintf(stderr, "guichet: %v\n", err)
			return 1
		}
		fmt.Fprintln(stdout, bot.PlainText(welcome))
		fmt.Fprint(stdout, "\n> ")
	}
	in := bufio.NewReader(stdin)
	var last bot.Reply
	for {
		line, err := in.ReadString('\n')
		if line == "" && err != nil {
			if !errors.Is(err, io.EOF) {
				fmt.Fprintf(stderr, "guichet: read input: %v\n", err)
				return 1
			}
			if interactive {
				fmt.Fprintln(stdout)
			}
			return 0
		}
		text := strings.TrimRight(line, "\r\n")
		switch strings.TrimSpace(text) {
		case "/quit", "/exit", "/q":
			return 0
		case "/sources":
			srcs, err := a.bot.LastSources(ctx, conv)
			if err != nil {
				fmt.Fprintf(stderr, "guichet: %v\n", err)
				return 1
			}
			for _, s := range srcs {
				fmt.Fprintln(stdout, "- "+bot.SourceLine(last.Lang, s))
			}
			if interactive {
				fmt.Fprint(stdout, "\n> ")
			} else {
				fmt.Fprintln(stdout)
			}
			continue
		}
		r, err := a.bot.Handle(ctx, bot.Message{ConversationID: conv, UserID: "terminal", Text: text, Lang: lang, Time: clock(), Audience: f.audience()})
		if err != nil {
			a.log.Error("handle message", "err", err)
		}
		last = r
		fmt.Fprintln(stdout, bot.PlainText(r))
		if interactive {
			fmt.Fprint(stdout, "\n> ")
		} else {
			fmt.Fprintln(stdout)
		}
		if ctx.Err() != nil {
			return 0
		}
	}
}

func cmdAsk(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("guichet ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f commonFlags
	f.register(fs)
	asJSON := fs.Bool("json", false, "print the structured reply as JSON (kind, text, options, sources, facts)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: guichet ask [flags] \"question\"\n\nPrint Guichet's answer to one question and exit.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	// (A new conversation each time, unless one is named to continue.)
	a, clock, lang, code := setup(ctx, &f, getenv, stderr, slog.LevelWarn, f.conversation == "")
	if a == nil {
		return code
	}
	defer a.Close()
	conv := f.conversation
	if conv == "" {
		conv = newConversationID("ask")
	}
	r, err := a.bot.Handle(ctx, bot.Message{ConversationID: conv, UserID: "terminal", Text: strings.Join(fs.Args(), " "), Lang: lang, Time: clock(), Audience: f.audience()})
	if err != nil {
		a.log.Error("handle message", "err", err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(jsonReply(r)); err != nil {
			fmt.Fprintf(stderr, "guichet: %v\n", err)
			return 1
		}
		return 0
	}
	fmt.Fprintln(stdout, bot.PlainText(r))
	return 0
}

// replyJSON is the reply as `guichet ask --json` prints it.
type replyJSON struct {
	Kind    bot.Kind           `json:"kind"`
	Lang    knowledge.Lang     `json:"lang"`
	Topic   knowledge.Topic    `json:"topic,omitempty"`
	Text    string             `json:"text"`
	Blocks  []bot.Block        `json:"blocks"`
	Options []bot.Option       `json:"options"`
	Sources []knowledge.Source `json:"sources"`
	Facts   []bot.Fact         `json:"facts"`
	Entries []string           `json:"entries"`
}

func jsonReply(r bot.Reply) replyJSON {
	out := replyJSON{Kind: r.Kind, Lang: r.Lang, Topic: r.Topic, Text: bot.PlainText(r), Blocks: r.Blocks,
		Options: r.Options, Sources: r.Sources, Facts: r.Facts, Entries: r.Entries}
	if out.Options == nil {
		out.Options = []bot.Option{}
	}
	if out.Sources == nil {
		out.Sources = []knowledge.Source{}
	}
	if out.Facts == nil {
		out.Facts = []bot.Fact{}
	}
	if out.Entries == nil {
		out.Entries = []string{}
	}
	return out
}

// setup reads the configuration and flags and opens the app; on failure it has printed why and
// returns a nil app with the exit code.
func setup(ctx context.Context, f *commonFlags, getenv func(string) string, stderr io.Writer, level slog.Level, oneShot bool) (*app, func() time.Time, knowledge.Lang, int) {
	cfg, err := loadConfig(getenv, level)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, nil, "", 2
	}
	cfg.OneShot = oneShot
	if f.db != "" {
		cfg.DB = f.db
	}
	clock, err := f.clock()
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, nil, "", 2
	}
	lang, err := f.language()
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, nil, "", 2
	}
	a, err := openApp(ctx, cfg, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, nil, "", 1
	}
	return a, clock, lang, 0
}

func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

const kbUsage = `Usage: guichet kb check [--stale AGE [--now DAY]] [DIR]
       guichet kb compile [-o FILE]

check: check the knowledge base: schema, unique ids, references, sources of every fact, dates.
Without DIR the embedded knowledge base is checked; with DIR, the *.yaml files in it.
With --stale AGE (such as 180d), also list the facts, rules and sources not checked against
what they rest on within AGE, oldest first with their file:line, and exit 1 when there are any.
--now sets the day the age is counted from (YYYY-MM-DD; today by default).

compile: save the embedded knowledge base in the form Guichet reads at start without decoding its
YAML files (make model runs it).
`

func cmdKB(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "compile" {
		return cmdKBCompile(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "check" {
		fmt.Fprint(stderr, kbUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return 0
		}
		return 2
	}
	flags := flag.NewFlagSet("kb check", flag.ContinueOnError)
	flags.SetOutput(stderr)
	flags.Usage = func() { fmt.Fprint(stderr, kbUsage) }
	stale := flags.String("stale", "", "list the entries not checked within this age (such as 180d)")
	nowFlag := flags.String("now", "", "the day ages are counted from, YYYY-MM-DD (today by default)")
	if err := flags.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fsys := knowledge.Embedded()
	where, dir := "embedded knowledge base", "knowledge/data"
	switch flags.NArg() {
	case 0:
	case 1:
		fsys = os.DirFS(flags.Arg(0))
		where, dir = flags.Arg(0), flags.Arg(0)
	default:
		fmt.Fprint(stderr, kbUsage)
		return 2
	}
	var maxAge int
	today := time.Now()
	if *stale != "" {
		d, err := parseDays(*stale)
		if err != nil {
			fmt.Fprintf(stderr, "guichet: --stale: %v\n", err)
			return 2
		}
		maxAge = d
		if *nowFlag != "" {
			day, err := knowledge.ParseDate(*nowFlag)
			if err != nil || day.MonthOnly {
				fmt.Fprintf(stderr, "guichet: --now %q: want YYYY-MM-DD\n", *nowFlag)
				return 2
			}
			today = day.Time
		}
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		var ps knowledge.Problems
		if errors.As(err, &ps) {
			for _, p := range ps {
				fmt.Fprintln(stderr, p.String())
			}
			fmt.Fprintf(stderr, "%d problem(s) in %s\n", len(ps), where)
			return 1
		}
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	facts := 0
	for _, p := range kb.Procedures {
		facts += len(p.Facts)
	}
	fmt.Fprintf(stdout, "ok: %s has %d procedures, %d facts, %d sources, %d documents, %d communes, %d routes, %d offices\n",
		where, len(kb.Procedures), facts, len(kb.Sources), len(kb.CNI.Documents), len(kb.DigitalKey.Communes),
		len(kb.Nationality.Routes), len(kb.Offices))
	if *stale == "" {
		return 0
	}
	return reportStale(fsys, dir, maxAge, today, stdout, stderr)
}

// reportStale lists the entries of the knowledge base not checked within maxAge days of today,
// oldest first, and returns 1 when there are any.
func reportStale(fsys fs.FS, dir string, maxAge int, today time.Time, stdout, stderr io.Writer) int {
	rs, err := knowledge.LoadReviews(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	day := time.Date(today.Year(), today.Month(), today.Day(), 0, 0, 0, 0, time.UTC)
	cutoff := day.AddDate(0, 0, -maxAge)
	stale := knowledge.Stale(rs, cutoff)
	for _, r := range stale {
		if r.File != "" {
			r.File = path.Join(dir, r.File)
		}
		verb := "reviewed"
		if r.Kind == "source" {
			verb = "checked"
		}
		fmt.Fprintf(stdout, "%s: %s %s: %s %s, %d days ago\n", r.Where(), r.Kind, r.ID, verb,
			r.Date.Format(time.DateOnly), int(day.Sub(r.Date.Time).Hours()/24))
	}
	if len(stale) > 0 {
		fmt.Fprintf(stderr, "%d of %d entries not checked within %d days (before %s)\n", len(stale), len(rs), maxAge, cutoff.Format(time.DateOnly))
		return 1
	}
	fmt.Fprintf(stdout, "ok: all %d entries checked within %d days\n", len(rs), maxAge)
	return 0
}

// parseDays reads an age in days ("180d"), weeks ("26w") or as a plain number of days.
func parseDays(s string) (int, error) {
	unit := 1
	num := s
	switch {
	case strings.HasSuffix(s, "d"):
		num = strings.TrimSuffix(s, "d")
	case strings.HasSuffix(s, "w"):
		num, unit = strings.TrimSuffix(s, "w"), 7
	}
	n, err := strconv.Atoi(num)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("age %q: want a number of days such as 180d (or weeks, 26w)", s)
	}
	return n * unit, nil
}

func cmdKBCompile(args []string, stdout, stderr io.Writer) int {
	return writeArtifact("kb compile", kbUsage, "knowledge/compiled.bin", "the compiled knowledge base", args, stdout, stderr,
		func(kb *knowledge.Base) ([]byte, string, error) {
			data, err := knowledge.Compile(kb)
			return data, "", err
		})
}
