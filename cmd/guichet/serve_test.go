package main

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
)

func TestServeConfiguration(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want string
	}{
		{"no adapter", nil, "TELEGRAM_BOT_TOKEN"},
		{"no adapter names Slack too", nil, "SLACK_BOT_TOKEN"},
		{"slack bot token alone", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN"},
		{"slack bot token alone names HTTP mode", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET"},
		{"slack app token without bot token", map[string]string{"SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"},
		{"slack signing secret without bot token", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "SLACK_SIGNING_SECRET": "s"}, "SLACK_BOT_TOKEN"},
		{"slack admins without bot token", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "SLACK_ADMINS": "U1"}, "SLACK_BOT_TOKEN"},
		{"slack user token", map[string]string{"SLACK_BOT_TOKEN": "xoxp-1", "SLACK_APP_TOKEN": "xapp-1"}, "SLACK_BOT_TOKEN"},
		{"slack bot token as app token", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-1"}, "SLACK_APP_TOKEN"},
		{"slack api url", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1", "SLACK_API_URL": "slack.com/api"}, "SLACK_API_URL"},
		{"slack channel list", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_ALLOWED_CHANNELS": "C1, #accueil"}, "SLACK_ALLOWED_CHANNELS"},
		{"slack team list", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_ALLOWED_TEAMS": "mairie"}, "SLACK_ALLOWED_TEAMS"},
		{"slack admin list", map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_ADMINS": "U1;U2"}, "SLACK_ADMINS"},
		{"webhook url without secret", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://h/telegram/webhook"}, "TELEGRAM_WEBHOOK_SECRET"},
		{"webhook without token", map[string]string{"TELEGRAM_WEBHOOK_URL": "https://h/w", "TELEGRAM_WEBHOOK_SECRET": "s"}, "TELEGRAM_BOT_TOKEN"},
		{"plain http webhook", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "http://h/w", "TELEGRAM_WEBHOOK_SECRET": "s"}, "TELEGRAM_WEBHOOK_URL"},
		{"webhook on another path", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://h/hook", "TELEGRAM_WEBHOOK_SECRET": "s"}, "/telegram/webhook"},
		{"webhook secret with a forbidden character", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://h/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET": "s3cr3t!"}, "TELEGRAM_WEBHOOK_SECRET"},
		{"bad address", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_HTTP_ADDR": "8080"}, "GUICHET_HTTP_ADDR"},
		{"bad metrics address", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_METRICS_ADDR": "9090"}, "GUICHET_METRICS_ADDR"},
		{"metrics address is the public one", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_HTTP_ADDR": ":8081", "GUICHET_METRICS_ADDR": ":8081"}, "GUICHET_METRICS_ADDR"},
		{"bad rate", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_RATE_PER_MINUTE": "lots"}, "TELEGRAM_RATE_PER_MINUTE"},
		{"bad retention", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_RETENTION": "a month"}, "GUICHET_RETENTION"},
		{"retention too short", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_RETENTION": "10m"}, "GUICHET_RETENTION"},
		{"negative retention in days", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_RETENTION": "-3d"}, "GUICHET_RETENTION"},
		{"backlog bound not a number", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_MAX_PENDING": "10k"}, "GUICHET_MAX_PENDING"},
		{"no backlog", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_MAX_PENDING": "0"}, "GUICHET_MAX_PENDING"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCmd(t, env(t, tc.vars), "", "serve")
			if code != 2 || !strings.Contains(errs, tc.want) {
				t.Errorf("code %d, stderr %q; want 2 naming %s", code, errs, tc.want)
			}
		})
	}
}

// TestServeRunsHealthAndMetrics starts serve against a minimal Bot API and checks the listeners:
// /healthz and /metrics on the public one, or /metrics only on GUICHET_METRICS_ADDR when set.
func TestServeRunsHealthAndMetrics(t *testing.T) {
	for _, separate := range []bool{false, true} {
		t.Run(fmt.Sprintf("separate=%v", separate), func(t *testing.T) { testHealthAndMetrics(t, separate) })
	}
}

func testHealthAndMetrics(t *testing.T, separate bool) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasSuffix(r.URL.Path, "/getMe"):
			fmt.Fprint(w, `{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"G","username":"g_bot"}}`)
		case strings.HasSuffix(r.URL.Path, "/getUpdates"):
			time.Sleep(50 * time.Millisecond)
			fmt.Fprint(w, `{"ok":true,"result":[]}`)
		default:
			fmt.Fprint(w, `{"ok":true,"result":true}`)
		}
	}))
	defer api.Close()
	addr, metricsAddr := freeAddr(t), ""
	vars := map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_URL": api.URL,
		"GUICHET_HTTP_ADDR": addr, "GUICHET_DB": filepath.Join(t.TempDir(), "g.db"), "GUICHET_LOG_LEVEL": "error", "GUICHET_MAX_PENDING": "250"}
	if separate {
		metricsAddr = freeAddr(t)
		vars["GUICHET_METRICS_ADDR"] = metricsAddr
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() {
		done <- run(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, io.Discard, env(t, vars))
	}()
	get := func(url string) (int, string) {
		res, err := http.Get(url)
		if err != nil {
			return 0, err.Error()
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	// Wait for the server to listen: loading the knowledge base and the model takes a few
	// seconds on a busy machine running the other packages' tests at the same time.
	var health string
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if code, b := get("http://" + addr + "/healthz"); code != 0 {
			health = b
			break
		}
	}
	if strings.TrimSpace(health) != "ok" {
		t.Fatalf("/healthz = %q", health)
	}
	at := addr
	if separate {
		at = metricsAddr
		if code, _ := get("http://" + addr + "/metrics"); code != http.StatusNotFound {
			t.Errorf("public /metrics: status %d; want 404 when GUICHET_METRICS_ADDR is set", code)
		}
		if code, b := get("http://" + metricsAddr + "/healthz"); code != http.StatusOK || strings.TrimSpace(b) != "ok" {
			t.Errorf("/healthz on GUICHET_METRICS_ADDR: %d %q", code, b)
		}
	}
	code, b := get("http://" + at + "/metrics")
	if code != http.StatusOK || !strings.Contains(b, "go_goroutines") {
		t.Errorf("/metrics (%d) lacks the runtime metrics", code)
	}
	if !strings.Contains(b, "\nguichet_kb_oldest_review_days ") {
		t.Errorf("/metrics lacks the age of the knowledge base's oldest check")
	}
	for _, want := range []string{"\nguichet_backlog_events 0\n", "\nguichet_backlog_limit 250\n", "\nguichet_backlog_oldest_seconds 0\n", "\nguichet_inbox_commits_total "} {
		if !strings.Contains(b, want) {
			t.Errorf("/metrics lacks %q", strings.TrimSpace(want))
		}
	}
	stopServe(t, cancel, done)
}

func TestServeSlackConfiguration(t *testing.T) {
	c, err := loadServeConfig(env(t, map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s",
		"SLACK_ALLOWED_TEAMS": "T1", "SLACK_ALLOWED_CHANNELS": " C1 ,C2,", "SLACK_ADMINS": "U1"}))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(c.SlackChannels, "|") != "C1|C2" || strings.Join(c.SlackTeams, "|") != "T1" || strings.Join(c.SlackAdmins, "|") != "U1" {
		t.Errorf("lists: %q %q %q", c.SlackTeams, c.SlackChannels, c.SlackAdmins)
	}
}

// TestServeRunsSlackOverHTTP starts serve with only Slack, in HTTP mode, against a minimal Web
// API, and checks that the Slack endpoints are on the shared listener and check signatures.
func TestServeRunsSlackOverHTTP(t *testing.T) {
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprint(w, `{"ok":true,"team_id":"T1","user_id":"UBOT"}`)
	}))
	defer api.Close()
	addr := freeAddr(t)
	getenv := env(t, map[string]string{"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s3cret", "SLACK_API_URL": api.URL + "/api/",
		"GUICHET_HTTP_ADDR": addr, "GUICHET_DB": filepath.Join(t.TempDir(), "g.db"), "GUICHET_LOG_LEVEL": "error"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, io.Discard, getenv) }()
	body := `{"type":"url_verification","challenge":"abc123"}`
	post := func(key string) (int, string) {
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/slack/events", strings.NewReader(body))
		ts := fmt.Sprint(time.Now().Unix())
		mac := hmac.New(sha256.New, []byte(key))
		fmt.Fprintf(mac, "v0:%s:%s", ts, body)
		req.Header.Set("X-Slack-Request-Timestamp", ts)
		req.Header.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			return 0, ""
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	var code int
	var got string
	for i := 0; i < 100; i++ {
		if code, got = post("s3cret"); code != 0 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if code != http.StatusOK || got != "abc123" {
		t.Errorf("url verification: %d %q", code, got)
	}
	if code, _ := post("wrong"); code != http.StatusUnauthorized {
		t.Errorf("bad signature: %d", code)
	}
	stopServe(t, cancel, done)
}

// freeAddr is a loopback address with a free port.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// stopServe stops a running serve and checks that it exits cleanly.
func stopServe(t *testing.T, cancel func(), done <-chan int) {
	t.Helper()
	cancel()
	select {
	case code := <-done:
		if code != 0 {
			t.Errorf("serve exited %d", code)
		}
	case <-time.After(15 * time.Second):
		t.Fatal("serve did not stop")
	}
}

func TestParseRetention(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want time.Duration
	}{
		{"", DefaultRetention},
		{"30d", 30 * 24 * time.Hour},
		{"7d", 7 * 24 * time.Hour},
		{"720h", 720 * time.Hour},
		{"1h", time.Hour},
	} {
		got, err := parseRetention(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("parseRetention(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

// The purge runs at start: what is older than the retention is gone before the first tick.
func TestPurgeRunsAtStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.Save(ctx, "old", bot.State{Turns: 1, Updated: time.Now().Add(-48 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := db.Save(ctx, "recent", bot.State{Turns: 1, Updated: time.Now()}); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { purge(ctx, db, 24*time.Hour, time.Hour, slog.New(slog.DiscardHandler)); close(done) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		old, _ := db.Load(ctx, "old")
		if old.Turns == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the old conversation was not purged at start")
		}
		time.Sleep(10 * time.Millisecond)
	}
	if recent, _ := db.Load(ctx, "recent"); recent.Turns != 1 {
		t.Errorf("the recent conversation was purged: %+v", recent)
	}
	cancel()
	<-done
}
