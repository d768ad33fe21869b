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

	"github.com/guichet/guichet/adapters/internal/apitest"
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
				body := fmt.Sprintf(`{"update_id":%d,%s}`, chatBase+100000+i, privateText(chatBase+i%500, "Combien coûte la clé numérique à Jette ?"))
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
// handler measured in the same run. The two alternate over several rounds and the medians are
// reported, so that a passing load on the machine weighs on both alike.
// Run with: go test -tags sqlite_fts5 -run '^$' -bench WebhookLoad -benchtime 1x ./adapters/telegram/
func BenchmarkWebhookLoad(b *testing.B) {
	const n, c, rounds = 10000, 16, 5
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
		var bareRate, bareP99, rate, p99, ratio []float64
		for r := range rounds {
			br, bp := loadWebhook(b, bare.URL, n, c, "s", 0)
			wr, wp := loadWebhook(b, srv.URL, n, c, "s", int64(i*rounds+r)*1000000)
			bareRate, bareP99 = append(bareRate, br), append(bareP99, float64(bp.Microseconds()))
			rate, p99 = append(rate, wr), append(p99, float64(wp.Microseconds()))
			ratio = append(ratio, wr/br)
		}
		b.ReportMetric(apitest.Median(bareRate), "bare-req/s")
		b.ReportMetric(apitest.Median(bareP99), "bare-p99-µs")
		b.ReportMetric(apitest.Median(rate), "webhook-req/s")
		b.ReportMetric(apitest.Median(p99), "webhook-p99-µs")
		b.ReportMetric(apitest.Median(ratio), "ratio")
	}
}
