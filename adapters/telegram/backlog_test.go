package telegram_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/adapters/telegram"
	"github.com/guichet/guichet/bot"
)

// gatedCore holds every answer until its gate opens: a core far slower than the arrivals.
type gatedCore struct {
	telegram.Core
	gate <-chan struct{}
}

func (c gatedCore) Handle(ctx context.Context, m bot.Message) (bot.Reply, error) {
	<-c.gate
	return c.Core.Handle(ctx, m)
}

// TestWebhookFloodPastTheBacklog floods the webhook with more updates than the backlog holds
// while the core is stuck: the backlog's bound is admitted, the rest get 503 with Retry-After,
// and once Telegram has delivered them again every update is answered exactly once.
func TestWebhookFloodPastTheBacklog(t *testing.T) {
	for _, tc := range []struct {
		name                  string
		bound, chats, perChat int
	}{
		{"one chat", 3, 1, 10},
		{"many chats", 8, 12, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			backlog := queue.NewBacklog(tc.bound)
			gate := make(chan struct{})
			e := start(t, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s",
				PerUserPerMinute: 1000, MaxConcurrent: 4, Backlog: backlog}, "",
				func(c telegram.Core) telegram.Core { return gatedCore{c, gate} })
			srv := httptest.NewServer(e.adapter.WebhookHandler())
			defer srv.Close()
			post := func(id int64) (int, string) {
				body := fmt.Sprintf(`{"update_id":%d,%s}`, id, privateText(500+id%int64(tc.chats), "Combien coûte la clé numérique à Jette ?"))
				req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(body))
				req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s")
				res, err := http.DefaultClient.Do(req)
				if err != nil {
					t.Error(err)
					return 0, ""
				}
				res.Body.Close()
				return res.StatusCode, res.Header.Get("Retry-After")
			}
			n := tc.chats * tc.perChat
			codes := make([]int, n)
			var wg sync.WaitGroup
			for i := range n {
				wg.Go(func() {
					code, retry := post(int64(9000 + i))
					codes[i] = code
					if code == http.StatusServiceUnavailable && retry != telegram.RetryAfter {
						t.Errorf("503 with Retry-After %q; want %q", retry, telegram.RetryAfter)
					}
				})
			}
			wg.Wait()
			var ok, refused []int
			for i, c := range codes {
				switch c {
				case http.StatusOK:
					ok = append(ok, i)
				case http.StatusServiceUnavailable:
					refused = append(refused, i)
				default:
					t.Errorf("update %d: status %d", i, c)
				}
			}
			if len(ok) != tc.bound || len(refused) != n-tc.bound {
				t.Errorf("%d accepted and %d refused; want %d and %d", len(ok), len(refused), tc.bound, n-tc.bound)
			}
			if got := backlog.Len(); got != tc.bound {
				t.Errorf("backlog holds %d; want its bound %d", got, tc.bound)
			}
			close(gate)
			// Telegram delivers each refused update again until it is accepted.
			deadline := time.Now().Add(20 * time.Second)
			for _, i := range refused {
				for {
					code, _ := post(int64(9000 + i))
					if code == http.StatusOK {
						break
					}
					if code != http.StatusServiceUnavailable || time.Now().After(deadline) {
						t.Fatalf("update %d: status %d on delivering it again", i, code)
					}
					if got := backlog.Len(); got > tc.bound {
						t.Fatalf("backlog holds %d; want at most %d", got, tc.bound)
					}
					time.Sleep(5 * time.Millisecond)
				}
			}
			e.api.WaitFor("every answer", func() bool { return len(e.api.Sent("sendMessage")) >= n })
			for backlog.Len() > 0 && time.Now().Before(deadline) {
				time.Sleep(5 * time.Millisecond)
			}
			perChat := map[string]int{}
			for _, m := range e.api.Sent("sendMessage") {
				perChat[m.Params["chat_id"]]++
			}
			if len(perChat) != tc.chats {
				t.Errorf("%d chats answered; want %d", len(perChat), tc.chats)
			}
			for chat, got := range perChat {
				if got != tc.perChat {
					t.Errorf("chat %s got %d answers; want %d, one an update", chat, got, tc.perChat)
				}
			}
			if p, _ := e.db.Pending(context.Background(), telegram.Name); len(p) != 0 {
				t.Errorf("%d updates still pending", len(p))
			}
		})
	}
}

// TestRecoveryPastTheBacklog restarts on a database holding more unhandled updates than the
// backlog's bound: every one is answered, and new updates are refused until there is room.
func TestRecoveryPastTheBacklog(t *testing.T) {
	path := t.TempDir() + "/g.db"
	// The updates are recorded with no adapter running, as a crash leaves them: one running would
	// recover and answer those it finds when it starts.
	_, db := apitest.Open(t, path)
	const recorded = 6
	for i := range recorded {
		payload := fmt.Sprintf(`{"update_id":%d,%s}`, 700+i, privateText(int64(30+i), "Combien coûte la clé numérique à Jette ?"))
		if _, err := db.Receive(context.Background(), telegram.Name, fmt.Sprint(700+i), int64(700+i), []byte(payload)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	backlog := queue.NewBacklog(2)
	gate := make(chan struct{})
	e2 := start(t, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s", Backlog: backlog}, path,
		func(c telegram.Core) telegram.Core { return gatedCore{c, gate} })
	srv := httptest.NewServer(e2.adapter.WebhookHandler())
	defer srv.Close()
	for deadline := time.Now().Add(10 * time.Second); backlog.Len() < recorded && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if got := backlog.Len(); got != recorded {
		t.Fatalf("backlog holds %d after the recovery; want the %d recorded", got, recorded)
	}
	req, _ := http.NewRequest(http.MethodPost, srv.URL, strings.NewReader(fmt.Sprintf(`{"update_id":800,%s}`, privateText(40, "Et à Uccle ?"))))
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a new update while the recovered ones wait: %d; want 503", res.StatusCode)
	}
	close(gate)
	e2.api.WaitFor("the recovered answers", func() bool { return len(e2.api.Sent("sendMessage")) >= recorded })
	for deadline := time.Now().Add(10 * time.Second); backlog.Len() > 0 && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
	if n := len(e2.api.Sent("sendMessage")); n != recorded {
		t.Errorf("%d answers; want %d", n, recorded)
	}
}
