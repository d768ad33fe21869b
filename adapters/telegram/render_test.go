package telegram_test

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/telegram"
	"github.com/guichet/guichet/bot"
)

var update = flag.Bool("update", false, "rewrite the golden files of rendered messages")

// TestRenderGolden keeps the messages Telegram shows for the fixed questions in
// testdata/render.golden, so that a change of layout or length is seen in review.
func TestRenderGolden(t *testing.T) {
	var out strings.Builder
	for i, r := range apitest.Replies(t) {
		fmt.Fprintf(&out, "=== %s\n", apitest.RenderQuestions[i])
		for _, p := range telegram.RenderHTML(r) {
			fmt.Fprintf(&out, "%s\n--- message end\n", p)
		}
	}
	apitest.Golden(t, "render.golden", []byte(out.String()), *update)
}

// TestReplyLengths measures the answers to a fixed list of questions as Telegram shows them:
// characters, lines, sources shown and the share of characters the sources take, against the
// same answers with every source listed. No answer shows more than MaxSources sources, and the
// sources' median share is below what it is with every source listed. `make lengths` (or go test
// -v -run TestReplyLengths) prints the figures.
func TestReplyLengths(t *testing.T) {
	shown := apitest.Lengths{Network: "telegram"}
	all := apitest.Lengths{Network: "telegram, every source listed"}
	for i, r := range apitest.Replies(t) {
		q := apitest.RenderQuestions[i]
		if r.Kind != bot.Answer {
			continue
		}
		text := strings.Join(telegram.RenderHTML(r), "\n\n")
		src := text[strings.LastIndex(text, "<b>"+bot.SourcesTitle(r.Lang)):]
		n := strings.Count(src, "\n• ")
		if n > telegram.MaxSources {
			t.Errorf("%q shows %d sources; want at most %d", q, n, telegram.MaxSources)
		}
		shown.Add(text, src, n, 0)
		every := telegram.SourcesHTML(r.Lang, r.Sources)
		all.Add(strings.TrimSuffix(text, src)+every, every, len(r.Sources), 0)
	}
	if shown.Answers() < 10 {
		t.Fatalf("only %d answers among the questions", shown.Answers())
	}
	t.Log(shown.String())
	t.Log(all.String())
	if shown.Share() > all.Share() {
		t.Errorf("the sources' median share went up: %.2f against %.2f", shown.Share(), all.Share())
	}
}
