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
	"strings"

	"github.com/guichet/guichet/evals"
)

func cmdEval(ctx context.Context, args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	fs := flag.NewFlagSet("guichet eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var f commonFlags
	fs.StringVar(&f.now, "now", "", "fix the clock of every message (YYYY-MM-DD or YYYY-MM-DDTHH:MM), for reproducible runs")
	jsonOut := fs.String("json", "", "write the report as JSON to `FILE`")
	junitOut := fs.String("junit", "", "write the report as JUnit XML to `FILE`")
	baseline := fs.String("baseline", "", "compare with an earlier --json report `FILE`: what regressed, what was fixed")
	tags := fs.String("tags", "", "run only the cases with one of these comma-separated `tags`")
	repeat := fs.Int("repeat", 1, "run every case `N` times (for non-deterministic modes)")
	parallel := fs.Int("parallel", 4, "how many cases run at once")
	quiet := fs.Bool("quiet", false, "no progress lines")
	withModel := fs.Bool("llm", false, "run the cases through the language-model path (GUICHET_LLM_MODEL and OPENAI_* set the model); the report adds guard rejections and tokens")
	fs.Usage = func() {
		fmt.Fprint(stderr, `Usage: guichet eval [flags] PATH...

Run the answer evals of PATH (YAML case files, or folders of them) against Guichet's core, each
case in a fresh conversation. Prints the failed cases, pass rates by tag, latency and, last,
"N passed, N failed". Exit status: 0 all passed, 1 some failed, 2 invalid case files or flags.

Flags:
`)
		fs.PrintDefaults()
	}
	if done, code := parseFlags(fs, args); done {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return 2
	}
	if *repeat < 1 || *parallel < 1 {
		fmt.Fprintln(stderr, "guichet eval: --repeat and --parallel must be at least 1")
		return 2
	}
	clock, err := f.clock()
	if err != nil {
		fmt.Fprintf(stderr, "guichet eval: %v\n", err)
		return 2
	}
	cases, err := evals.Load(fs.Args()...)
	if err != nil {
		var es evals.Errors
		if errors.As(err, &es) {
			for _, e := range es {
				fmt.Fprintln(stderr, e.Error())
			}
			fmt.Fprintf(stderr, "%d problem(s) in the case files\n", len(es))
		} else {
			fmt.Fprintf(stderr, "guichet eval: %v\n", err)
		}
		return 2
	}
	var tagList []string
	if *tags != "" {
		tagList = strings.Split(*tags, ",")
	}
	cases = evals.Filter(cases, tagList)
	if len(cases) == 0 {
		fmt.Fprintf(stderr, "guichet eval: no case has the tags %s\n", *tags)
		return 2
	}
	var base *evals.Report
	if *baseline != "" {
		b, err := evals.ReadJSONFile(*baseline)
		if err != nil {
			fmt.Fprintf(stderr, "guichet eval: %v\n", err)
			return 2
		}
		base = &b
	}

	cfg, err := loadConfig(getenv, slog.LevelWarn)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 2
	}
	mode := "deterministic"
	switch {
	case *withModel && cfg.LLM.Model == "":
		fmt.Fprintln(stderr, "guichet eval --llm: GUICHET_LLM_MODEL is not set: set it to the model to evaluate (with OPENAI_BASE_URL and OPENAI_API_KEY; see the README)")
		return 2
	case *withModel:
		mode = "llm:" + cfg.LLM.Model
		if *repeat > 1 {
			cfg.LLM.Cache = 0 // every repeat asks the model again
		}
	default:
		cfg.LLM = llmConfig{} // the evals of the deterministic core stay reproducible
	}
	// The evals write their conversations to a database of their own, removed afterwards.
	dir, err := os.MkdirTemp("", "guichet-eval-")
	if err != nil {
		fmt.Fprintf(stderr, "guichet eval: %v\n", err)
		return 1
	}
	defer os.RemoveAll(dir)
	cfg.DB = filepath.Join(dir, "eval.db")
	a, err := openApp(ctx, cfg, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %v\n", err)
		return 1
	}
	defer a.Close()

	opts := evals.Options{Parallel: *parallel, Repeat: *repeat}
	if f.now != "" {
		opts.Now = clock()
	}
	if !*quiet {
		opts.Progress = stderr
	}
	rep := evals.Run(ctx, a.bot, cases, opts)
	rep.Config = evals.Config(caseSetVersion(fs.Args()), opts.Now, *repeat, tagList, mode)
	evals.WriteText(stdout, rep)
	if base != nil {
		evals.WriteDiff(stdout, evals.Compare(*base, rep), *baseline)
	}
	for _, out := range []struct {
		path  string
		write func(string, evals.Report) error
	}{{*jsonOut, evals.WriteJSONFile}, {*junitOut, evals.WriteJUnitFile}} {
		if out.path == "" {
			continue
		}
		if err := os.MkdirAll(filepath.Dir(out.path), 0o755); err != nil {
			fmt.Fprintf(stderr, "guichet eval: %v\n", err)
			return 1
		}
		if err := out.write(out.path, rep); err != nil {
			fmt.Fprintf(stderr, "guichet eval: %v\n", err)
			return 1
		}
	}
	if rep.Failed > 0 {
		return 1
	}
	return 0
}

// caseSetVersion reads the VERSION file of the first folder given, if any: reports of different
// case-set versions are not comparable.
func caseSetVersion(paths []string) string {
	for _, p := range paths {
		dir := p
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			dir = filepath.Dir(p)
		}
		if data, err := os.ReadFile(filepath.Join(dir, "VERSION")); err == nil {
			return strings.TrimSpace(string(data))
		}
	}
	return "unversioned"
}
