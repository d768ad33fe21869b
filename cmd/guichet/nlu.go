package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/guichet/guichet/bot/nlu"
	"github.com/guichet/guichet/knowledge"
)

const nluUsage = `Usage: guichet nlu test [flags] [DIR]
       guichet nlu train [-o FILE]

train learns the question examples of the embedded knowledge base and writes the model Guichet
loads at start (make model writes bot/nlu/model.bin, which is built into the binary); without it,
Guichet trains at each start, which takes a moment.

test: cross-validate
Guichet's understanding on the question examples of the knowledge base (the
embedded one, or the YAML files of DIR): the examples are split into folds, and each fold is read
by a parser trained on the others. Prints the accuracy, the macro-F1, the precision, recall, F1 and
support of every label, and the most frequent confusions with examples. Exits 1 when the accuracy
or the macro-F1 is below its minimum.

Flags:
`

func cmdNLU(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "train" {
		return cmdNLUTrain(args[1:], stdout, stderr)
	}
	if len(args) == 0 || args[0] != "test" {
		fmt.Fprint(stderr, nluUsage)
		if len(args) > 0 && (args[0] == "-h" || args[0] == "--help") {
			return 0
		}
		return 2
	}
	fs := flag.NewFlagSet("nlu test", flag.ContinueOnError)
	fs.SetOutput(stderr)
	folds := fs.Int("folds", 5, "number of folds")
	seed := fs.Uint64("seed", 1, "order of the examples in the folds (of the first run)")
	repeats := fs.Int("repeats", 3, "how many times to run the cross-validation, the examples in another order each time; the scores pool every run")
	jsonOut := fs.String("json", "", "also write the evaluation as JSON to this `file`")
	minAcc := fs.Float64("min-accuracy", 0.95, "exit 1 below this accuracy")
	minF1 := fs.Float64("min-macro-f1", 0.95, "exit 1 below this macro-F1")
	confusions := fs.Int("confusions", 10, "how many confusions to print")
	fs.Usage = func() { fmt.Fprint(stderr, nluUsage); fs.PrintDefaults() }
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	fsys := knowledge.Embedded()
	if fs.NArg() > 0 {
		fsys = os.DirFS(fs.Arg(0))
	}
	kb, err := knowledge.Load(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: load the knowledge base: %v\n", err)
		return 1
	}
	ev, err := nlu.CrossValidate(kb, *folds, *repeats, *seed)
	if err != nil {
		fmt.Fprintf(stderr, "guichet: nlu test: %v\n", err)
		return 2
	}
	writeEvaluation(stdout, ev, *confusions)
	if *jsonOut != "" {
		b, err := json.MarshalIndent(ev, "", "  ")
		if err == nil {
			err = os.WriteFile(*jsonOut, append(b, '\n'), 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "guichet: write %s: %v\n", *jsonOut, err)
			return 1
		}
	}
	code := 0
	if ev.Accuracy < *minAcc {
		fmt.Fprintf(stdout, "FAIL: accuracy %.3f is below %.3f\n", ev.Accuracy, *minAcc)
		code = 1
	}
	if ev.MacroF1 < *minF1 {
		fmt.Fprintf(stdout, "FAIL: macro-F1 %.3f is below %.3f\n", ev.MacroF1, *minF1)
		code = 1
	}
	return code
}

func writeEvaluation(w io.Writer, ev nlu.Evaluation, confusions int) {
	fmt.Fprintf(w, "%d examples, %d-fold cross-validation, %d run(s) pooled\n\n", ev.Examples, ev.Folds, ev.Repeats)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "label\tprecision\trecall\tf1\tsupport\t")
	for _, f := range ev.Facets {
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.3f\t%d\t\n", f.Name, f.Precision, f.Recall, f.F1, f.Support)
	}
	tw.Flush()
	if len(ev.Confusions) > 0 && confusions > 0 {
		fmt.Fprintln(w, "\nMost frequent confusions (expected -> got):")
		for i, c := range ev.Confusions {
			if i == confusions {
				break
			}
			fmt.Fprintf(w, "  %d  %s -> %s: %s\n", c.Count, c.Expected, c.Got, quoteAll(c.Examples))
		}
	}
	fmt.Fprintf(w, "\naccuracy %.3f, macro-F1 %.3f\n", ev.Accuracy, ev.MacroF1)
}

func quoteAll(ss []string) string {
	q := make([]string, len(ss))
	for i, s := range ss {
		q[i] = fmt.Sprintf("%q", s)
	}
	return strings.Join(q, ", ")
}

func cmdNLUTrain(args []string, stdout, stderr io.Writer) int {
	return writeArtifact("nlu train", nluUsage, "bot/nlu/model.bin", "the model", args, stdout, stderr,
		func(kb *knowledge.Base) ([]byte, string, error) {
			model, err := nlu.Train(kb).Model(kb)
			return model, fmt.Sprintf(", %d examples", len(nlu.Examples(kb))), err
		})
}

// writeArtifact is a command that builds a file from the embedded knowledge base (the model, the
// compiled base) and writes it where its -o flag says.
func writeArtifact(name, usage, file, what string, args []string, stdout, stderr io.Writer, build func(*knowledge.Base) ([]byte, string, error)) int {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", file, "write "+what+" to this `file`")
	fs.Usage = func() { fmt.Fprint(stderr, usage); fs.PrintDefaults() }
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		fmt.Fprintf(stderr, "guichet: load the knowledge base: %v\n", err)
		return 1
	}
	data, about, err := build(kb)
	if err == nil {
		err = os.WriteFile(*out, data, 0o644)
	}
	if err != nil {
		fmt.Fprintf(stderr, "guichet: %s: %v\n", name, err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s (%d bytes%s)\n", *out, len(data), about)
	return 0
}
