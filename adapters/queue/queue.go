// Package queue is what every chat adapter needs between the network and Guichet's core: each
// conversation's messages handled one at a time in arrival order while conversations run in
// parallel (bounded), and a per-user limit on questions, so that one busy user cannot starve
// the others.
package queue

import (
	"sync"
	"time"
)

// Ordered runs jobs one at a time per key (a chat, a conversation), in arrival order, with at
// most max keys at once.
type Ordered[K comparable] struct {
	run  func(key K, job func())
	sem  chan struct{}
	mu   sync.Mutex
	busy map[K][]func() // key -> jobs waiting behind the running one
	wg   sync.WaitGroup
	// seen are the ids of the events queued by PushOnce, oldest first in order, so that an
	// event is run once however it reaches the queue.
	seen  map[string]bool
	order []string
}

// maxSeen bounds the ids PushOnce remembers: far more than the events of a restart's recovery
// and of the retries that may race with it.
const maxSeen = 100000

// NewOrdered returns a queue running at most max keys at once; run runs one job (it may recover
// a panic, log, or apologise to the key's user).
func NewOrdered[K comparable](max int, run func(key K, job func())) *Ordered[K] {
	return &Ordered[K]{run: run, sem: make(chan struct{}, max), busy: map[K][]func(){}, seen: map[string]bool{}}
}

// PushOnce queues a job for a key unless an event with this id was already queued, and reports
// whether it queued it. An event recorded while the adapter recovers the unhandled ones at start
// reaches the queue twice (from the recovery and from its request): it runs once.
func (d *Ordered[K]) PushOnce(key K, id string, job func()) bool {
	d.mu.Lock()
	if d.seen[id] {
		d.mu.Unlock()
		return false
	}
	d.seen[id] = true
	d.order = append(d.order, id)
	if len(d.order) > maxSeen {
		delete(d.seen, d.order[0])
		d.order = d.order[1:]
	}
	d.mu.Unlock()
	d.Push(key, job)
	return true
}

// Push queues a job for a key.
func (d *Ordered[K]) Push(key K, job func()) {
	d.mu.Lock()
	d.wg.Add(1)
	if q, running := d.busy[key]; running {
		d.busy[key] = append(q, job)
		d.mu.Unlock()
		return
	}
	d.busy[key] = nil
	d.mu.Unlock()
	go d.loop(key, job)
}

// loop runs a key's jobs until its queue is empty.
func (d *Ordered[K]) loop(key K, job func()) {
	for {
		d.sem <- struct{}{}
		d.run(key, job)
		<-d.sem
		d.wg.Done()
		d.mu.Lock()
		q := d.busy[key]
		if len(q) == 0 {
			delete(d.busy, key)
			d.mu.Unlock()
			return
		}
		job, d.busy[key] = q[0], q[1:]
		d.mu.Unlock()
	}
}

// Wait returns when every queued job has run.
func (d *Ordered[K]) Wait() { d.wg.Wait() }

// Limiter allows n events per user per window (a sliding log, pruned as it goes).
type Limiter[K comparable] struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	seen   map[K][]time.Time
}

// NewLimiter allows n events per user per window.
func NewLimiter[K comparable](n int, window time.Duration) *Limiter[K] {
	return &Limiter[K]{n: n, window: window, seen: map[K][]time.Time{}}
}

// Allow records an event of user at now and reports whether it is within the limit.
func (l *Limiter[K]) Allow(user K, now time.Time) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	log := l.seen[user]
	i := 0
	for i < len(log) && now.Sub(log[i]) >= l.window {
		i++
	}
	log = log[i:]
	if len(log) >= l.n {
		l.seen[user] = log
		return false
	}
	l.seen[user] = append(log, now)
	if len(l.seen) > 100000 {
		for k, v := range l.seen {
			if len(v) == 0 || now.Sub(v[len(v)-1]) >= l.window {
				delete(l.seen, k)
			}
		}
	}
	return true
}

// Drain waits for every queued job for at most timeout, and reports whether they all ran.
func (d *Ordered[K]) Drain(timeout time.Duration) bool {
	done := make(chan struct{})
	go func() { d.wg.Wait(); close(done) }()
	t := time.NewTimer(timeout)
	defer t.Stop()
	select {
	case <-done:
		return true
	case <-t.C:
		return false
	}
}
