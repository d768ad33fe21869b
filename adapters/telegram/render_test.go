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
// sources' median share goes down. go test -v -run TestReplyLengths prints the figures.
func TestReplyLengths(t *testing.T) {
	var shareNow, shareAll, charsNow, charsAll, linesNow []float64
	for i, r := range apitest.Replies(t) {
		q := apitest.RenderQuestions[i]
		if r.Kind != bot.Answer {
			continue
		}
		text := strings.Join(telegram.RenderHTML(r), "\n\n")
		src := text[strings.LastIndex(text, "<b>"+bot.SourcesTitle(r.Lang)):]
		if n := strings.Count(src, "\n• "); n > telegram.MaxSources {
			t.Errorf("%q shows %d sources; want at most %d", q, n, telegram.MaxSources)
		}
		all := telegram.SourcesHTML(r.Lang, r.Sources)
		withAll := strings.TrimSuffix(text, src) + all
		shareNow = append(shareNow, float64(len(src))/float64(len(text)))
		shareAll = append(shareAll, float64(len(all))/float64(len(withAll)))
		charsNow = append(charsNow, float64(len([]rune(text))))
		charsAll = append(charsAll, float64(len([]rune(withAll))))
		linesNow = append(linesNow, float64(strings.Count(text, "\n")+1))
	}
	if len(shareNow) < 10 {
		t.Fatalf("only %d answers among the questions", len(shareNow))
	}
	t.Logf("answers: %d; median characters %.0f (every source listed: %.0f); median lines %.0f; median share of sources %.0f%% (every source listed: %.0f%%)",
		len(shareNow), median(charsNow), median(charsAll), median(linesNow), 100*median(shareNow), 100*median(shareAll))
	if median(shareNow) > median(shareAll) {
		t.Errorf("the sources' median share went up: %.2f against %.2f", median(shareNow), median(shareAll))
	}
}
