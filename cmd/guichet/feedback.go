package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/guichet/guichet/evals"
)

func cmdFeedback(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 || args[0] != "export" {
		fmt.Fprint(stderr, "Usage: guichet feedback export [flags]\n\nTurn stored negative feedback into draft eval cases. Run \"guichet feedback export --help\" for the flags.\n")
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return 0
		}
		return 2
	}
	fs := flag.NewFlagSet("guichet feedback export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	db := fs.String("db", "", "SQLite database file (overrides GUICHET_DB)")
	since := fs.Duration("since", 30*24*time.Hour, "export feedback given within this `duration`")
	limit := fs.Int("limit", 200, "at most this many cases")
	out := fs.String("out", "", "write the drafts to `FILE` instead of standard output")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: guichet feedback export [flags]\n\nWrite draft eval cases, in the case format, from the negative feedback users gave in the chat adapters.\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args[1:]); done {
		return code
	}
	a, code := openStore(ctx, getenv, *db, stderr)
	if a == nil {
		return code
	}
	defer a.Close()
	fb, err := a.db.NegativeFeedback(ctx, time.Now().Add(-*since), *limit)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	w := stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			fmt.Fprintf(stderr, "guichet: %v\n", err)
			return 1
		}
		defer f.Close()
		w = f
	}
	if err := evals.WriteDrafts(w, fb); err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintf(stderr, "%d draft case(s) written to %s\n", len(fb), *out)
	}
	return 0
}
