package evals_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/evals"
	"github.com/guichet/guichet/knowledge"
)

// minCases is the size the project's case set must keep; it only grows.
const minCases = 475

// TestCaseSet runs the project's own cases against the core, as `guichet eval` does, with the
// clock of the case set: every case must pass, so that a regression fails CI.
func TestCaseSet(t *testing.T) {
	cases, err := evals.Load("cases")
	if err != nil {
		t.Fatalf("load the case set: %v", err)
	}
	if len(cases) < minCases {
		t.Fatalf("the case set has %d cases; want at least %d", len(cases), minCases)
	}
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "eval.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.IndexKnowledge(ctx, kb); err != nil {
		t.Fatal(err)
	}
	b := bot.New(kb, db, bot.WithSearcher(db))
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
	rep := evals.Run(ctx, b, cases, evals.Options{Now: now, Parallel: 4})
	for _, c := range rep.Cases {
		if c.Passed {
			continue
		}
		var fails []string
		for i, tr := range c.Turns {
			for _, f := range tr.Failures {
				fails = append(fails, f+" (turn "+string(rune('1'+i))+")")
			}
		}
		t.Errorf("case %s (%s) failed: %s\nlast reply:\n%s", c.ID, c.File, strings.Join(fails, "; "), c.Turns[len(c.Turns)-1].Reply)
	}
	t.Logf("%d passed, %d failed", rep.Passed, rep.Failed)
}
