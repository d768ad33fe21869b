package queue_test

import (
	"sync"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/queue"
)

func TestOrderedKeepsEachKeysOrder(t *testing.T) {
	var mu sync.Mutex
	got := map[string][]int{}
	q := queue.NewOrdered(2, func(_ string, job func()) { job() })
	for i := 0; i < 50; i++ {
		for _, k := range []string{"a", "b", "c"} {
			q.Push(k, func() {
				mu.Lock()
				got[k] = append(got[k], i)
				mu.Unlock()
			})
		}
	}
	q.Wait()
	for k, seq := range got {
		for i, n := range seq {
			if n != i {
				t.Fatalf("key %s ran %v out of order", k, seq)
			}
		}
	}
}

func TestLimiter(t *testing.T) {
	l := queue.NewLimiter[string](2, time.Minute)
	t0 := time.Now()
	tests := []struct {
		user string
		at   time.Duration
		want bool
	}{
		{"u", 0, true},
		{"u", time.Second, true},
		{"u", 2 * time.Second, false},
		{"v", 2 * time.Second, true},
		{"u", time.Minute + time.Second, true},
	}
	for i, tc := range tests {
		if got := l.Allow(tc.user, t0.Add(tc.at)); got != tc.want {
			t.Errorf("event %d: Allow = %v; want %v", i, got, tc.want)
		}
	}
}

func TestDrain(t *testing.T) {
	q := queue.NewOrdered(1, func(_ int, job func()) { job() })
	release := make(chan struct{})
	q.Push(1, func() { <-release })
	if q.Drain(10 * time.Millisecond) {
		t.Error("drained with a job still running")
	}
	close(release)
	if !q.Drain(time.Second) {
		t.Error("not drained after the job ended")
	}
}
