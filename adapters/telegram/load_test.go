package telegram_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/telegram"
)

// loadWebhook posts n updates from c concurrent clients to url over loopback and reports the
// updates accepted per second and the 99th percentile of the HTTP round trip.
func loadWebhook(b *testing.B, url string, n, c int, secret string, chatBase int64) (perSec float64, p99 time.Duration) {
	b.Helper()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	var next atomic.Int64
	lat := make([]time.Duration, n)
	var wg sync.WaitGroup
	start := time.Now()
	for w := 0; w < c; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1) - 1
				if i >= int64(n) {
					return
				}
				body := fmt.Sprintf(`{"update_id":%d,%s}`, 100000+i, privateText(chatBase+i%500, "Combien coûte la clé numérique à Jette ?"))
				req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
				req.Header.Set("Content-Type", "application/json")
				req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
				t0 := time.Now()
				res, err := client.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return float64(n) / elapsed.Seconds(), lat[n*99/100]
}

// BenchmarkWebhookLoad measures webhook mode over loopback, every update recorded in SQLite
// before the 200, then answered by the core and sent to the fake Bot API under Telegram's real
// send limits (one message a second per chat, thirty a second overall), against a bare net/http
// handler measured in the same run.
// Run with: go test -tags sqlite_fts5 -run '^$' -bench WebhookLoad -benchtime 1x ./adapters/telegram/
func BenchmarkWebhookLoad(b *testing.B) {
	const n, c = 3000, 16
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusOK)
	}))
	defer bare.Close()
	e := start(b, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s", PerUserPerMinute: 1000,
		PerChatInterval: time.Second, GlobalInterval: time.Second / 30}, "")
	defer e.stop()
	srv := httptest.NewServer(e.adapter.WebhookHandler())
	defer srv.Close()
	for i := 0; i < b.N; i++ {
		bareRate, bareP99 := loadWebhook(b, bare.URL, n, c, "s", 0)
		rate, p99 := loadWebhook(b, srv.URL, n, c, "s", int64(i)*1000000)
		b.ReportMetric(bareRate, "bare-req/s")
		b.ReportMetric(float64(bareP99.Microseconds()), "bare-p99-µs")
		b.ReportMetric(rate, "webhook-req/s")
		b.ReportMetric(float64(p99.Microseconds()), "webhook-p99-µs")
		b.ReportMetric(rate/bareRate, "ratio")
	}
}
