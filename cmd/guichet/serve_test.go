package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestServeConfiguration(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		want string
	}{
		{"no adapter", nil, "TELEGRAM_BOT_TOKEN"},
		{"webhook url without secret", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "https://h/telegram/webhook"}, "TELEGRAM_WEBHOOK_SECRET"},
		{"webhook without token", map[string]string{"TELEGRAM_WEBHOOK_URL": "https://h/w", "TELEGRAM_WEBHOOK_SECRET": "s"}, "TELEGRAM_BOT_TOKEN"},
		{"plain http webhook", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_WEBHOOK_URL": "http://h/w", "TELEGRAM_WEBHOOK_SECRET": "s"}, "TELEGRAM_WEBHOOK_URL"},
		{"bad address", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "GUICHET_HTTP_ADDR": "8080"}, "GUICHET_HTTP_ADDR"},
		{"bad rate", map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_RATE_PER_MINUTE": "lots"}, "TELEGRAM_RATE_PER_MINUTE"},
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

// TestServeRunsHealthAndMetrics starts serve against a minimal Bot API and checks the listener.
func TestServeRunsHealthAndMetrics(t *testing.T) {
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
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	getenv := env(t, map[string]string{"TELEGRAM_BOT_TOKEN": "1:x", "TELEGRAM_API_URL": api.URL,
		"GUICHET_HTTP_ADDR": addr, "GUICHET_DB": filepath.Join(t.TempDir(), "g.db"), "GUICHET_LOG_LEVEL": "error"})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan int)
	go func() { done <- run(ctx, []string{"serve"}, strings.NewReader(""), io.Discard, io.Discard, getenv) }()
	var health string
	for i := 0; i < 100; i++ {
		res, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			b, _ := io.ReadAll(res.Body)
			res.Body.Close()
			health = string(b)
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	if strings.TrimSpace(health) != "ok" {
		t.Fatalf("/healthz = %q", health)
	}
	res, err := http.Get("http://" + addr + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !strings.Contains(string(b), "go_goroutines") {
		t.Errorf("/metrics lacks the runtime metrics")
	}
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
