package queue_test

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/queue"
)

// do runs a job that is a function: what the tests queue.
func do[K comparable](_ K, job func()) { job() }

func TestOrderedKeepsEachKeysOrder(t *testing.T) {
	var mu sync.Mutex
	got := map[string][]int{}
	q := queue.NewOrdered(2, queue.NewBacklog(0), do[string])
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
		if len(seq) != 50 {
			t.Errorf("key %s ran %d jobs; want 50", k, len(seq))
		}
		for i, n := range seq {
			if n != i {
				t.Fatalf("key %s ran %v out of order", k, seq)
			}
		}
	}
}

// TestWorkersAreBounded queues one blocked job for each of many keys: the queue runs at most its
// workers at once and starts no goroutine for the keys that wait, then ends its workers.
func TestWorkersAreBounded(t *testing.T) {
	for _, tc := range []struct{ workers, keys int }{{1, 50}, {4, 1000}, {16, 5000}} {
		t.Run(fmt.Sprintf("%d workers, %d keys", tc.workers, tc.keys), func(t *testing.T) {
			before := runtime.NumGoroutine()
			release := make(chan struct{})
			var running, most atomic.Int64
			q := queue.NewOrdered(tc.workers, queue.NewBacklog(0), do[int])
			for k := range tc.keys {
				q.Push(k, func() {
					n := running.Add(1)
					for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
					}
					<-release
					running.Add(-1)
				})
			}
			deadline := time.Now().Add(5 * time.Second)
			for running.Load() < int64(tc.workers) && time.Now().Before(deadline) {
				time.Sleep(time.Millisecond)
			}
			if n := running.Load(); n != int64(tc.workers) {
				t.Errorf("%d jobs running; want %d", n, tc.workers)
			}
			if extra := runtime.NumGoroutine() - before; extra > tc.workers {
				t.Errorf("%d goroutines for %d waiting keys; want at most %d", extra, tc.keys, tc.workers)
			}
			close(release)
			if !q.Drain(10 * time.Second) {
				t.Fatal("jobs not drained")
			}
			if m := most.Load(); m > int64(tc.workers) {
				t.Errorf("%d jobs ran at once; want at most %d", m, tc.workers)
			}
			for deadline := time.Now().Add(5 * time.Second); runtime.NumGoroutine() > before && time.Now().Before(deadline); {
				time.Sleep(time.Millisecond)
			}
			if extra := runtime.NumGoroutine() - before; extra > 0 {
				t.Errorf("%d goroutines left after the queue emptied; want 0", extra)
			}
		})
	}
}

// TestLimiter judges a burst: the first events within the limit are allowed, the first over it
// notifies, the next ones within the window are silent, and both the allowance and the notice
// come back once the window has passed.
func TestLimiter(t *testing.T) {
	l := queue.NewLimiter[string](2, time.Minute)
	t0 := time.Now()
	tests := []struct {
		user string
		at   time.Duration
		want queue.Verdict
	}{
		{"u", 0, queue.Allowed},
		{"u", time.Second, queue.Allowed},
		{"u", 2 * time.Second, queue.Notify},
		{"v", 2 * time.Second, queue.Allowed},
		{"u", 3 * time.Second, queue.Silent},
		{"u", 59 * time.Second, queue.Silent},
		// The first allowed events leave the window: room again.
		{"u", time.Minute + time.Second, queue.Allowed},
		{"u", time.Minute + 1500*time.Millisecond, queue.Allowed},
		{"u", time.Minute + 1800*time.Millisecond, queue.Silent}, // told 59.8 s ago
		{"u", time.Minute + 2500*time.Millisecond, queue.Notify}, // a window after the notice
		{"u", time.Minute + 2600*time.Millisecond, queue.Silent},
		{"v", time.Minute + 2700*time.Millisecond, queue.Allowed},
		{"v", time.Minute + 2800*time.Millisecond, queue.Allowed},
		{"v", time.Minute + 2900*time.Millisecond, queue.Notify}, // v's notice is v's own
	}
	for i, tc := range tests {
		if got := l.Judge(tc.user, t0.Add(tc.at)); got != tc.want {
			t.Errorf("event %d (%s at %v): Judge = %v; want %v", i, tc.user, tc.at, got, tc.want)
		}
	}
}

func TestDrain(t *testing.T) {
	q := queue.NewOrdered(1, queue.NewBacklog(0), do[int])
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
	b := queue.NewBacklog(1000)
	d := queue.NewOrdered(4, b, do[int])
	var wg sync.WaitGroup
	// The same events pushed from two places at once, as a recovery at start and the requests
	// that recorded them.
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				id := fmt.Sprint("ev", i)
				if !d.Admit() {
					t.Error("backlog full with fewer events than its bound")
					return
				}
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
	d.Admit()
	if d.PushOnce(0, "ev1", func() { t.Error("a repeated event ran") }) {
		t.Error("PushOnce accepted an id already queued")
	}
	d.Wait()
	if n := b.Len(); n != 0 {
		t.Errorf("backlog holds %d events after they all ran; want 0", n)
	}
}

// TestBacklogBound admits events up to the bound, refuses the next, and admits again once one
// has run; a recovered event is queued past the bound; Oldest tells the oldest waiting.
func TestBacklogBound(t *testing.T) {
	b := queue.NewBacklog(3)
	release := make(chan struct{})
	q := queue.NewOrdered(1, b, func(_ int, job chan struct{}) { <-job })
	if _, ok := b.Oldest(); ok {
		t.Error("an empty backlog has an oldest event")
	}
	start := time.Now()
	for i := range 3 {
		if !q.Admit() {
			t.Fatalf("event %d refused under the bound", i)
		}
		q.PushOnce(i, fmt.Sprint("e", i), release)
	}
	steps := []struct {
		name string
		do   func() bool
		want bool
	}{
		{"admit past the bound", q.Admit, false},
		{"room while full", func() bool {
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
			defer cancel()
			return b.WaitRoom(ctx) == nil
		}, false},
		{"recover past the bound", func() bool { return q.Recover(9, "e9", release) }, true},
		{"backlog length", func() bool { return b.Len() == 4 }, true},
		{"oldest", func() bool { at, ok := b.Oldest(); return ok && !at.Before(start) && !at.After(time.Now()) }, true},
	}
	for _, s := range steps {
		if got := s.do(); got != s.want {
			t.Errorf("%s: %v; want %v", s.name, got, s.want)
		}
	}
	waited := make(chan error, 1)
	go func() { waited <- q.AdmitWait(context.Background()) }()
	close(release)
	if err := <-waited; err != nil {
		t.Fatalf("AdmitWait: %v", err)
	}
	q.Release()
	q.Wait()
	if n := b.Len(); n != 0 {
		t.Errorf("backlog holds %d events after they all ran; want 0", n)
	}
	if _, ok := b.Oldest(); ok {
		t.Error("an emptied backlog has an oldest event")
	}
}

// TestStopStartsNoMoreJobs stops a queue with jobs waiting: the running one finishes, no other
// starts, even one pushed after.
func TestStopStartsNoMoreJobs(t *testing.T) {
	q := queue.NewOrdered(1, queue.NewBacklog(0), do[int])
	release := make(chan struct{})
	var ran atomic.Int64
	q.Push(1, func() { <-release; ran.Add(1) })
	for k := range 5 {
		q.Push(k, func() { ran.Add(1) })
	}
	if q.Drain(10 * time.Millisecond) {
		t.Fatal("drained with a job still running")
	}
	q.Stop()
	q.Push(9, func() { ran.Add(1) })
	close(release)
	time.Sleep(50 * time.Millisecond)
	if n := ran.Load(); n != 1 {
		t.Errorf("%d jobs ran; want only the one running when the queue stopped", n)
	}
}
