package evals

import (
	"fmt"
	"io"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/guichet/guichet/bot"
)

// WriteDrafts turns negative feedback into draft cases in the case format, for a maintainer to
// complete: each keeps the user's question, and in comments the answer they disliked and their
// reason. The expectations are left for the maintainer to write from the knowledge base.
func WriteDrafts(w io.Writer, fb []bot.Feedback) error {
	if len(fb) == 0 {
		_, err := fmt.Fprintln(w, "# No negative feedback in this period.")
		return err
	}
	fmt.Fprintf(w, "# Draft eval cases from %d negative feedback(s), exported %s.\n", len(fb), time.Now().UTC().Format(time.DateOnly))
	fmt.Fprintln(w, "# Complete each `expect` with the facts a correct answer must state, then move the case")
	fmt.Fprintln(w, "# into evals/cases/ and bump evals/cases/VERSION.")
	for _, f := range fb {
		fmt.Fprintln(w)
		fmt.Fprintf(w, "# Feedback %d, %s, %s.\n", f.ID, f.Adapter, f.Time.UTC().Format("2006-01-02 15:04"))
		if f.Reason != "" {
			fmt.Fprintf(w, "# Reason given: %s\n", oneLine(f.Reason))
		}
		for _, l := range strings.Split(strings.TrimSpace(f.Answer), "\n") {
			fmt.Fprintf(w, "#   answered: %s\n", l)
		}
		q, err := yaml.Marshal(f.Question)
		if err != nil {
			return fmt.Errorf("encode question: %w", err)
		}
		fmt.Fprintf(w, "- id: feedback-%d\n  tags: [feedback]\n  turns:\n    - user: %s      expect:\n        kind: answer\n", f.ID, q)
		if _, err := fmt.Fprintln(w, "        contains: []  # the facts the answer must state"); err != nil {
			return err
		}
	}
	return nil
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
