package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
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
	a, clock, lang, code := setup(ctx, &f, getenv, stderr, level)
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
		fmt.Fprintln(stdout, bot.PlainText(a.bot.Welcome(lang)))
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
	a, clock, lang, code := setup(ctx, &f, getenv, stderr, slog.LevelWarn)
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
func setup(ctx context.Context, f *commonFlags, getenv func(string) string, stderr io.Writer, level slog.Level) (*app, func() time.Time, knowledge.Lang, int) {
	cfg, err := loadConfig(getenv, level)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return nil, nil, "", 2
	}
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

const kbUsage = `Usage: guichet kb check [DIR]
       guichet kb compile [-o FILE]

check: check the knowledge base: schema, unique ids, references, sources of every fact, dates.
Without DIR the embedded knowledge base is checked; with DIR, the *.yaml files in it.

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
	fsys := knowledge.Embedded()
	where := "embedded knowledge base"
	if len(args) > 1 {
		if args[1] == "-h" || args[1] == "--help" {
			cmdKB(nil, stdout, stderr)
			return 0
		}
		fsys = os.DirFS(args[1])
		where = args[1]
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
	return 0
}

func cmdKBCompile(args []string, stdout, stderr io.Writer) int {
	return writeArtifact("kb compile", kbUsage, "knowledge/compiled.bin", "the compiled knowledge base", args, stdout, stderr,
		func(kb *knowledge.Base) ([]byte, string, error) {
			data, err := knowledge.Compile(kb)
			return data, "", err
		})
}
