package queue_test

import (
	"fmt"
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

func TestPushOnceRunsAnEventOnce(t *testing.T) {
	var mu sync.Mutex
	runs := map[string]int{}
	d := queue.NewOrdered(4, func(_ int, job func()) { job() })
	var wg sync.WaitGroup
	// The same events pushed from two places at once, as a recovery at start and the requests
	// that recorded them.
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				id := fmt.Sprint("ev", i)
				d.PushOnce(i%3, id, func() {
					mu.Lock()
					runs[id]++
					mu.Unlock()
				})
			}
		}()
	}
	wg.Wait()
	d.Wait()
	if len(runs) != 50 {
		t.Fatalf("%d events ran; want 50", len(runs))
	}
	for id, n := range runs {
		if n != 1 {
			t.Errorf("%s ran %d times; want 1", id, n)
		}
	}
	if d.PushOnce(0, "ev1", func() { t.Error("a repeated event ran") }) {
		t.Error("PushOnce accepted an id already queued")
	}
	d.Wait()
}
