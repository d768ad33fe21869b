package evals_test

import (
	"context"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/evals"
	"github.com/guichet/guichet/knowledge"
)

// minCases is the size the project's case set must keep; it only grows.
const minCases = 475

// blindDir holds cases written by people who saw neither Guichet's code nor its other cases, in
// the words people use, one folder per batch (a, b, c…): each measures, when it arrives, how
// Guichet answers questions it was not tuned on; afterwards it guards against regressions.
const blindDir = "cases/blind"

// minBlindPassed is how many blind cases must pass. It only goes up, as Guichet's understanding
// improves, until every blind case passes and the set joins the main one.
const minBlindPassed = 35449

// runCases runs cases against the core, as `guichet eval` does, each at its file's time.
func runCases(t *testing.T, cases []evals.Case) evals.Report {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "eval.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.IndexKnowledge(ctx, kb); err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, db, bot.WithSearcher(db))
	// No clock is fixed: every case file states the time its expectations hold at.
	return evals.Run(ctx, b, cases, evals.Options{Parallel: 4})
}

// describe is a failed case's checks and last reply, for the test log.
func describe(c evals.Result) string {
	var fails []string
	for i, tr := range c.Turns {
		for _, f := range tr.Failures {
			fails = append(fails, f+" (turn "+string(rune('1'+i))+")")
		}
	}
	return "case " + c.ID + " (" + c.File + ") failed: " + strings.Join(fails, "; ") + "\nlast reply:\n" + c.Turns[len(c.Turns)-1].Reply
}

// TestCaseSet runs the project's own cases: every case must pass, so that a regression fails CI.
func TestCaseSet(t *testing.T) {
	var paths []string
	err := filepath.WalkDir("cases", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path == blindDir {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".yaml") {
			paths = append(paths, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	cases, err := evals.Load(paths...)
	if err != nil {
		t.Fatalf("load the case set: %v", err)
	}
	if len(cases) < minCases {
		t.Fatalf("the case set has %d cases; want at least %d", len(cases), minCases)
	}
	rep := runCases(t, cases)
	for _, c := range rep.Cases {
		if !c.Passed {
			t.Error(describe(c))
		}
	}
	t.Logf("%d passed, %d failed", rep.Passed, rep.Failed)
}

// TestBlindSet runs the blind cases: at least minBlindPassed must pass.
func TestBlindSet(t *testing.T) {
	cases, err := evals.Load(blindDir)
	if err != nil {
		t.Fatalf("load the blind cases: %v", err)
	}
	rep := runCases(t, cases)
	t.Logf("blind cases: %d of %d pass (%.0f%%)", rep.Passed, len(cases), 100*float64(rep.Passed)/float64(len(cases)))
	if rep.Passed < minBlindPassed {
		for _, c := range rep.Cases {
			if !c.Passed {
				t.Log(describe(c))
			}
		}
		t.Errorf("%d blind cases pass; want at least %d", rep.Passed, minBlindPassed)
	}
}
