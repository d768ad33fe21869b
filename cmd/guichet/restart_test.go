package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// childEnv, when set in a test binary's environment, makes it run `guichet serve` instead of
// the tests: BenchmarkRestarts starts and kills such processes.
const childEnv = "GUICHET_TEST_SERVE_CHILD"

func TestMain(m *testing.M) {
	if os.Getenv(childEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := run(ctx, []string{"serve"}, os.Stdin, os.Stdout, os.Stderr, os.Getenv)
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

var (
	restartCycles = flag.Int("cycles", 30, "how many times BenchmarkRestarts stops guichet serve under load")
	restartSignal = flag.String("signal", "kill", "how BenchmarkRestarts stops guichet serve: kill (SIGKILL) or term (SIGTERM)")
)

// answerLog is a Bot API that records the texts sent to each chat.
type answerLog struct {
	mu    sync.Mutex
	texts map[string][]string // by chat id
}

func (a *answerLog) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	method := r.URL.Path[strings.LastIndex(r.URL.Path, "/")+1:]
	_ = r.ParseMultipartForm(1 << 20) // the client library sends its parameters as a form
	params := map[string]string{"chat_id": r.FormValue("chat_id"), "text": r.FormValue("text")}
	switch method {
	case "getMe":
		fmt.Fprint(w, `{"ok":true,"result":{"id":42,"is_bot":true,"first_name":"Guichet","username":"guichet_bot"}}`)
	case "sendMessage":
		a.mu.Lock()
		a.texts[params["chat_id"]] = append(a.texts[params["chat_id"]], params["text"])
		n := len(a.texts)
		a.mu.Unlock()
		fmt.Fprintf(w, `{"ok":true,"result":{"message_id":%d,"date":0,"chat":{"id":%s,"type":"private"},"text":"x"}}`, n, params["chat_id"])
	default:
		fmt.Fprint(w, `{"ok":true,"result":true}`)
	}
}

// tally counts, over the chats of ids, those that got no answer and those that got the same
// text twice.
func (a *answerLog) tally(ids []int64) (unanswered, twice int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, id := range ids {
		texts := a.texts[fmt.Sprint(id)]
		if len(texts) == 0 {
			unanswered++
			continue
		}
		seen := map[string]bool{}
		for _, t := range texts {
			if seen[t] {
				twice++
				break
			}
			seen[t] = true
		}
	}
	return unanswered, twice
}

// BenchmarkRestarts starts guichet serve in webhook mode (a child process of this test binary),
// posts updates to it from 16 clients from the moment it starts, as Telegram does after an
// outage, and stops it with -signal (SIGKILL by default) after a random moment, -cycles times
// (30); an update that got no 200 is posted again at the next start, as Telegram does. It then
// starts it once more, waits until every update is answered, and reports the updates answered
// twice (the same text sent twice to its chat) and those never answered.
// Run with: go test -tags sqlite_fts5 -run '^$' -bench Restarts -benchtime 1x -timeout 20m ./cmd/guichet/
func BenchmarkRestarts(b *testing.B) {
	sig := map[string]os.Signal{"kill": os.Kill, "term": syscall.SIGTERM}[*restartSignal]
	if sig == nil {
		b.Fatalf("-signal=%q: want kill or term", *restartSignal)
	}
	const clients = 16
	for range b.N {
		log := &answerLog{texts: map[string][]string{}}
		api := httptest.NewServer(log)
		dir := b.TempDir()
		var acked []int64
		var pending []int64 // posted without a 200 yet
		next := int64(1)
		cycle := func(last bool) {
			addr := freeAddr(b)
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), childEnv+"=1", "TELEGRAM_BOT_TOKEN=1:x", "TELEGRAM_API_URL="+api.URL,
				"TELEGRAM_WEBHOOK_URL=https://guichet.example/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET=s",
				"GUICHET_HTTP_ADDR="+addr, "GUICHET_DB="+filepath.Join(dir, "g.db"), "GUICHET_LOG_LEVEL=error")
			var stderr strings.Builder
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				b.Fatal(err)
			}
			exited := make(chan struct{})
			go func() { cmd.Wait(); close(exited) }()
			// This cycle's updates: those left without a 200, then one new one per client.
			batch := append(pending, make([]int64, clients)...)
			for i := len(pending); i < len(batch); i++ {
				batch[i] = next
				next++
			}
			pending = nil
			var mu sync.Mutex
			var wg sync.WaitGroup
			work := make(chan int64, len(batch))
			for _, id := range batch {
				work <- id
			}
			close(work)
			for range clients {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for id := range work {
						ok := postUntil(addr, id, exited)
						mu.Lock()
						if ok {
							acked = append(acked, id)
						} else {
							pending = append(pending, id)
						}
						mu.Unlock()
					}
				}()
			}
			if last {
				wg.Wait()
				deadline := time.Now().Add(2 * time.Minute)
				for {
					if unanswered, _ := log.tally(acked); unanswered == 0 || time.Now().After(deadline) {
						break
					}
					time.Sleep(100 * time.Millisecond)
				}
				time.Sleep(2 * time.Second) // an answer sent twice would come now
				cmd.Process.Signal(syscall.SIGTERM)
			} else {
				time.Sleep(time.Duration(200+rand.IntN(1300)) * time.Millisecond)
				cmd.Process.Signal(sig)
			}
			select {
			case <-exited:
			case <-time.After(30 * time.Second):
				cmd.Process.Kill()
				b.Fatalf("guichet serve did not stop: %s", stderr.String())
			}
			wg.Wait()
		}
		for range *restartCycles {
			cycle(false)
		}
		cycle(true)
		api.Close()
		unanswered, twice := log.tally(acked)
		b.ReportMetric(float64(len(acked)), "updates")
		b.ReportMetric(float64(twice), "answered-twice")
		b.ReportMetric(float64(unanswered), "unanswered")
		if len(pending) > 0 {
			b.Errorf("%d updates never got a 200", len(pending))
		}
	}
}

// postUntil posts update id to the webhook at addr until it gets a 200 (true), or the process
// behind it has exited (false).
func postUntil(addr string, id int64, exited <-chan struct{}) bool {
	body := fmt.Sprintf(`{"update_id":%d,"message":{"message_id":1,"date":1,"chat":{"id":%d,"type":"private"},"from":{"id":%d,"is_bot":false,"first_name":"A"},"text":"Combien coûte la clé numérique à Jette ?"}}`, id, id, id)
	for {
		select {
		case <-exited:
			return false
		default:
		}
		req, _ := http.NewRequest(http.MethodPost, "http://"+addr+"/telegram/webhook", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", "s")
		res, err := http.DefaultClient.Do(req)
		if err == nil {
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return true
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
}
