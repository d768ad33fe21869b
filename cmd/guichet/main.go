// Command guichet runs Guichet: a chat in the terminal, one-shot answers, and checks of the
// knowledge base. It wires the pieces (knowledge base, storage, bot) and holds no logic of its own.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}

const usage = `Guichet answers questions on the French identity card, France Identité, the Brussels
digital key and French nationality, from its knowledge base, with sources.

Usage:
  guichet chat [flags]             chat in the terminal (or one message per line on stdin)
  guichet ask [flags] "question"   print one answer and exit
  guichet kb check [DIR]           check the knowledge base (the embedded one, or the YAML files of DIR)
  guichet kb compile [-o FILE]     save the embedded knowledge base in the form read at start (make model)
  guichet eval [flags] PATH...     run the answer evals of PATH (YAML case files or folders)
  guichet nlu test [flags] [DIR]   cross-validate the understanding on the knowledge base's question examples
  guichet feedback export [flags]  turn users' negative feedback into draft eval cases
  guichet data delete --user ID   delete what one person wrote (right to erasure)
  guichet serve [flags]            run the configured chat adapters (Telegram, Slack), /healthz and /metrics

Run "guichet COMMAND --help" for the flags of a command. Configuration is by environment
variables; see the README.
`

// run is the whole program, with its inputs and outputs passed in so that tests can drive it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "chat":
		return cmdChat(ctx, args[1:], stdin, stdout, stderr, getenv)
	case "ask":
		return cmdAsk(ctx, args[1:], stdout, stderr, getenv)
	case "kb":
		return cmdKB(args[1:], stdout, stderr)
	case "eval":
		return cmdEval(ctx, args[1:], stdout, stderr, getenv)
	case "nlu":
		return cmdNLU(args[1:], stdout, stderr)
	case "feedback":
		return cmdFeedback(ctx, args[1:], stdout, stderr, getenv)
	case "data":
		return cmdData(ctx, args[1:], stdout, stderr, getenv)
	case "serve":
		return cmdServe(ctx, args[1:], stderr, getenv)
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "guichet: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
}
