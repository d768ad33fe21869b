// Package apitest records what the in-process fakes of chat APIs (Telegram's Bot API, Slack's Web
// API) receive, so that the adapters' end-to-end tests can wait for a call and read its
// parameters. It is for tests only.
package apitest

import (
	"context"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/knowledge"
)

// Call is one request a fake API received.
type Call struct {
	Method string
	Params map[string]string
	At     time.Time
}

// Recorder keeps the calls in order and wakes those waiting for one.
type Recorder struct {
	t       testing.TB
	mu      sync.Mutex
	calls   []Call
	changed chan struct{}
}

// NewRecorder returns a recorder that fails t when a wait times out.
func NewRecorder(t testing.TB) *Recorder {
	return &Recorder{t: t, changed: make(chan struct{}, 1)}
}

// Record adds a call.
func (r *Recorder) Record(method string, params map[string]string) {
	r.mu.Lock()
	r.calls = append(r.calls, Call{Method: method, Params: params, At: time.Now()})
	r.mu.Unlock()
	r.Notify()
}

// Notify wakes the waiters after a change that is not a call (an acknowledgement, say).
func (r *Recorder) Notify() {
	select {
	case r.changed <- struct{}{}:
	default:
	}
}

// Count returns how many calls were recorded.
func (r *Recorder) Count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.calls)
}

// Sent returns the calls of a method, in order.
func (r *Recorder) Sent(method string) []Call {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []Call
	for _, c := range r.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// Methods returns the methods called, in order.
func (r *Recorder) Methods() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]string, len(r.calls))
	for i, c := range r.calls {
		out[i] = c.Method
	}
	return out
}

// WaitFor waits until cond holds, or fails the test after ten seconds.
func (r *Recorder) WaitFor(what string, cond func() bool) {
	r.t.Helper()
	deadline := time.After(10 * time.Second)
	for !cond() {
		select {
		case <-r.changed:
		case <-time.After(20 * time.Millisecond):
		case <-deadline:
			r.t.Fatalf("timed out waiting for %s; calls: %v", what, r.Methods())
		}
	}
}

// Open loads the embedded knowledge base and opens the database at path (a new one in a
// temporary folder when path is ""), as `guichet serve` does, failing t on error.
func Open(t testing.TB, path string) (*knowledge.Base, *sqlite.DB) {
	t.Helper()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	if path == "" {
		path = filepath.Join(t.TempDir(), "g.db")
	}
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	return kb, db
}
