package slack_test

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/queue"
	"github.com/guichet/guichet/adapters/slack"
)

// TestFullBacklogRefusesOverHTTP fills the backlog while the core is stuck: a new event gets 503
// with Retry-After and a /guichet question is asked to come again; once there is room, the
// event Slack sends again is answered, and each event once.
func TestFullBacklogRefusesOverHTTP(t *testing.T) {
	backlog := queue.NewBacklog(1)
	gate := make(chan struct{})
	e := startWith(t, slack.Config{Backlog: backlog}, false, "", slowCore{gate: gate})
	first := mention("C1", "U1", "1700000001.000100", "combien coûte une carte d'identité perdue ?")
	second := mention("C2", "U2", "1700000002.000100", "Combien coûte la clé numérique à Jette ?")
	if code := e.event(t, "EvB1", "T1", first, nil); code != http.StatusOK {
		t.Fatalf("first event: %d; want 200", code)
	}
	steps := []struct {
		name       string
		send       func() (int, http.Header, string)
		wantCode   int
		wantHeader string
		wantBody   string
	}{
		{"an event while full", func() (int, http.Header, string) {
			return e.postFull(t, "/slack/events", eventBody("EvB2", "T1", second), "application/json")
		}, http.StatusServiceUnavailable, slack.RetryAfter, ""},
		{"a command while full", func() (int, http.Header, string) {
			return e.postFull(t, "/slack/commands", commandForm("T1", "C3", "U3", "Combien coûte la clé numérique à Uccle ?", e.api.responseURL("rb")), form)
		}, http.StatusOK, "", "trop de questions"},
	}
	for _, s := range steps {
		code, header, body := s.send()
		if code != s.wantCode || header.Get("Retry-After") != s.wantHeader || !strings.Contains(body, s.wantBody) {
			t.Errorf("%s: %d, Retry-After %q, body %q; want %d, %q, containing %q", s.name, code, header.Get("Retry-After"), body, s.wantCode, s.wantHeader, s.wantBody)
		}
	}
	close(gate)
	deadline := time.Now().Add(10 * time.Second)
	for {
		code := e.event(t, "EvB2", "T1", second, map[string]string{"X-Slack-Retry-Num": "1"})
		if code == http.StatusOK {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the event sent again: %d", code)
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.api.WaitFor("both answers", func() bool { return len(e.api.Sent("chat.postMessage")) >= 2 })
	for backlog.Len() > 0 && time.Now().Before(deadline) {
		time.Sleep(5 * time.Millisecond)
	}
	threads := map[string]int{}
	for _, m := range e.api.Sent("chat.postMessage") {
		threads[m.Params["channel"]+"/"+m.Params["thread_ts"]]++
	}
	want := map[string]int{"C1/1700000001.000100": 1, "C2/1700000002.000100": 1}
	if fmt.Sprint(threads) != fmt.Sprint(want) {
		t.Errorf("answers by thread %v; want %v", threads, want)
	}
}

// TestSocketModeStopsReadingWhenFull fills the backlog while the core is stuck: the next
// envelope is neither read nor acknowledged until there is room, then it is, and answered once.
func TestSocketModeStopsReadingWhenFull(t *testing.T) {
	backlog := queue.NewBacklog(1)
	gate := make(chan struct{})
	e := startWith(t, slack.Config{Backlog: backlog}, true, "", slowCore{gate: gate})
	e.api.envelopes <- envelope("env-b1", "events_api", eventBody("EvSB1", "T1", mention("C1", "U1", "1700000011.000100", "combien coûte une carte d'identité perdue ?")))
	e.api.WaitFor("the first ack", func() bool { _, ok := e.api.ackOf("env-b1"); return ok })
	e.api.envelopes <- envelope("env-b2", "events_api", eventBody("EvSB2", "T1", direct("D1", "U2", "1700000012.000100", "Combien coûte la clé numérique à Jette ?")))
	// The second envelope waits: nothing frees the backlog while the gate is shut.
	time.Sleep(200 * time.Millisecond)
	if _, acked := e.api.ackOf("env-b2"); acked {
		t.Error("an envelope was acknowledged while the backlog was full")
	}
	if n := backlog.Len(); n != 1 {
		t.Errorf("backlog holds %d; want its bound 1", n)
	}
	close(gate)
	e.api.WaitFor("the second ack and both answers", func() bool {
		_, acked := e.api.ackOf("env-b2")
		return acked && len(e.api.Sent("chat.postMessage")) >= 2
	})
	for deadline := time.Now().Add(10 * time.Second); backlog.Len() > 0 && time.Now().Before(deadline); {
		time.Sleep(5 * time.Millisecond)
	}
	if n := len(e.api.Sent("chat.postMessage")); n != 2 {
		t.Errorf("%d answers to two events; want 2", n)
	}
}
