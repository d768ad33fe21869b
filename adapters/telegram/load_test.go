package telegram_test

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	tg "github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/adapters/telegram"
)

// loadWebhook posts n updates from c concurrent clients to url over loopback and reports the
// updates accepted per second and the 99th percentile of the HTTP round trip.
func loadWebhook(b *testing.B, url string, n, c int, secret string, chatBase int64) (perSec float64, p99 time.Duration) {
	b.Helper()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	defer client.CloseIdleConnections()
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
				t0 := time.Now()
				if code := postUpdate(client, url, secret, chatBase+100000+i, chatBase+i%500); code != http.StatusOK {
					b.Errorf("status %d", code)
					return
				}
				lat[i] = time.Since(t0)
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	return float64(n) / elapsed.Seconds(), lat[n*99/100]
}

// postUpdate posts one update with a question to a webhook and returns the status (0 when the
// request failed).
func postUpdate(client *http.Client, url, secret string, id, chat int64) int {
	body := fmt.Sprintf(`{"update_id":%d,%s}`, id, privateText(chat, "Combien coûte la clé numérique à Jette ?"))
	req, _ := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	res, err := client.Do(req)
	if err != nil {
		return 0
	}
	io.Copy(io.Discard, res.Body)
	res.Body.Close()
	return res.StatusCode
}

// libraryWebhook serves go-telegram/bot's own webhook handler, its updates handed to a default
// handler that does nothing: what the library does before any answer, without recording.
func libraryWebhook(b *testing.B, secret string) *httptest.Server {
	b.Helper()
	lib, err := tg.New("123:secret", tg.WithSkipGetMe(), tg.WithWebhookSecretToken(secret),
		tg.WithDefaultHandler(func(context.Context, *tg.Bot, *models.Update) {}))
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { lib.StartWebhook(ctx); close(done) }()
	srv := httptest.NewServer(lib.WebhookHandler())
	b.Cleanup(func() { srv.Close(); cancel(); <-done })
	return srv
}

// BenchmarkWebhookLoad measures webhook mode over loopback, every update recorded in SQLite
// before the 200, then answered by the core and sent to the fake Bot API under Telegram's real
// send limits (one message a second per chat, thirty a second overall), against two baselines
// measured in the same run: a bare net/http handler, and go-telegram/bot's own WebhookHandler
// (which records nothing). The three alternate over several rounds and the medians are
// reported, so that a passing load on the machine weighs on all alike; events-per-commit is how
// many updates the inbox recorded in one transaction, on average.
// Run with: go test -tags sqlite_fts5 -run '^$' -bench WebhookLoad -benchtime 1x ./adapters/telegram/
func BenchmarkWebhookLoad(b *testing.B) {
	for _, c := range []int{16, 64} {
		b.Run(fmt.Sprintf("clients=%d", c), func(b *testing.B) { benchWebhookLoad(b, c) })
	}
}

func benchWebhookLoad(b *testing.B, c int) {
	const n, rounds = 10000, 5
	bare := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.Copy(io.Discard, r.Body)
		w.WriteHeader(http.StatusOK)
	}))
	defer bare.Close()
	lib := libraryWebhook(b, "s")
	// The backlog holds every round's updates: what is measured is recording them, not refusing
	// them (BenchmarkWebhookFlood is about that).
	e := start(b, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s", PerUserPerMinute: 1000,
		PerChatInterval: time.Second, GlobalInterval: time.Second / 30, Backlog: queue.NewBacklog(2 * rounds * n)}, "")
	defer e.stop()
	srv := httptest.NewServer(e.adapter.WebhookHandler())
	defer srv.Close()
	for i := 0; i < b.N; i++ {
		var bareRate, libRate, rate, p99, vsBare, vsLib, perCommit []float64
		for r := range rounds {
			br, _ := loadWebhook(b, bare.URL, n, c, "s", 0)
			lr, _ := loadWebhook(b, lib.URL, n, c, "s", 0)
			commits, events := e.db.CommitStats()
			wr, wp := loadWebhook(b, srv.URL, n, c, "s", int64(i*rounds+r)*1000000)
			commits2, events2 := e.db.CommitStats()
			bareRate, libRate = append(bareRate, br), append(libRate, lr)
			rate, p99 = append(rate, wr), append(p99, float64(wp.Microseconds()))
			vsBare, vsLib = append(vsBare, wr/br), append(vsLib, wr/lr)
			perCommit = append(perCommit, float64(events2-events)/float64(commits2-commits))
		}
		b.ReportMetric(apitest.Median(bareRate), "bare-req/s")
		b.ReportMetric(apitest.Median(libRate), "library-req/s")
		b.ReportMetric(apitest.Median(rate), "webhook-req/s")
		b.ReportMetric(apitest.Median(p99), "webhook-p99-µs")
		b.ReportMetric(apitest.Median(vsBare), "ratio-bare")
		b.ReportMetric(apitest.Median(vsLib), "ratio-library")
		b.ReportMetric(apitest.Median(perCommit), "events/commit")
	}
}

// floodFor is how long BenchmarkWebhookFlood floods the webhook.
var floodFor = flag.Duration("flood", 30*time.Second, "how long BenchmarkWebhookFlood floods the webhook")

// BenchmarkWebhookFlood floods the webhook for -flood (30 s) from 16 and then 64 clients, each
// update a new one, while answers go out under Telegram's send limits (thirty a second): the
// backlog fills to its bound (queue.DefaultMaxPending) and the rest is refused with 503. It
// reports the process's resident memory before and at its peak during the flood (sampled from
// /proc every 50 ms), and the updates accepted and refused.
// Run with: go test -tags sqlite_fts5 -run '^$' -bench WebhookFlood -benchtime 1x -timeout 10m ./adapters/telegram/
func BenchmarkWebhookFlood(b *testing.B) {
	for _, c := range []int{16, 64} {
		b.Run(fmt.Sprintf("clients=%d", c), func(b *testing.B) {
			for range b.N {
				benchFlood(b, c)
			}
		})
	}
}

func benchFlood(b *testing.B, c int) {
	e := start(b, telegram.Config{WebhookURL: "https://example.invalid/telegram/webhook", WebhookSecret: "s", PerUserPerMinute: 1000,
		PerChatInterval: time.Second, GlobalInterval: time.Second / 30}, "")
	defer e.stop()
	srv := httptest.NewServer(e.adapter.WebhookHandler())
	defer srv.Close()
	before := rssMiB(b)
	var peak atomic.Int64
	peak.Store(int64(before))
	stop := make(chan struct{})
	sampled := make(chan struct{})
	go func() {
		defer close(sampled)
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-stop:
				return
			case <-t.C:
				if m := int64(rssMiB(b)); m > peak.Load() {
					peak.Store(m)
				}
			}
		}
	}()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: c}}
	defer client.CloseIdleConnections()
	var next, accepted, refused atomic.Int64
	deadline := time.Now().Add(*floodFor)
	var wg sync.WaitGroup
	for range c {
		wg.Go(func() {
			for time.Now().Before(deadline) {
				i := next.Add(1)
				switch code := postUpdate(client, srv.URL, "s", 50000000+i, i%5000); code {
				case http.StatusOK:
					accepted.Add(1)
				case http.StatusServiceUnavailable:
					refused.Add(1)
				default:
					b.Errorf("status %d", code)
					return
				}
			}
		})
	}
	wg.Wait()
	close(stop)
	<-sampled
	b.ReportMetric(before, "rss-before-MiB")
	b.ReportMetric(float64(peak.Load()), "rss-peak-MiB")
	b.ReportMetric(float64(accepted.Load()), "accepted")
	b.ReportMetric(float64(refused.Load()), "refused-503")
}

// rssMiB is the process's resident memory, from /proc/self/status.
func rssMiB(b *testing.B) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if rest, ok := strings.CutPrefix(s.Text(), "VmRSS:"); ok {
			kb, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			if err != nil {
				b.Fatal(err)
			}
			return kb / 1024
		}
	}
	b.Fatal("no VmRSS in /proc/self/status")
	return 0
}
