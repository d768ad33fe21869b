package telegram

import (
	"sync"
	"time"
)

// dispatcher runs jobs one at a time per chat, in arrival order, with at most max chats at once.
type dispatcher struct {
	run  func(chat int64, job func())
	sem  chan struct{}
	mu   sync.Mutex
	busy map[int64][]func() // chat -> jobs waiting behind the running one
	wg   sync.WaitGroup
}

func newDispatcher(max int, run func(chat int64, job func())) *dispatcher {
	return &dispatcher{run: run, sem: make(chan struct{}, max), busy: map[int64][]func(){}}
}

// push queues a job for a chat.
func (d *dispatcher) push(chat int64, job func()) {
	d.mu.Lock()
	d.wg.Add(1)
	if q, running := d.busy[chat]; running {
		d.busy[chat] = append(q, job)
		d.mu.Unlock()
		return
	}
	d.busy[chat] = nil
	d.mu.Unlock()
	go d.loop(chat, job)
}

// loop runs a chat's jobs until its queue is empty.
func (d *dispatcher) loop(chat int64, job func()) {
	for {
		d.sem <- struct{}{}
		d.run(chat, job)
		<-d.sem
		d.wg.Done()
		d.mu.Lock()
		q := d.busy[chat]
		if len(q) == 0 {
			delete(d.busy, chat)
			d.mu.Unlock()
			return
		}
		job, d.busy[chat] = q[0], q[1:]
		d.mu.Unlock()
	}
}

// wait returns when every queued job has run.
func (d *dispatcher) wait() { d.wg.Wait() }

// limiter allows n events per user per window (a sliding log, pruned as it goes).
type limiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	seen   map[int64][]time.Time
}

func newLimiter(n int, window time.Duration) *limiter {
	return &limiter{n: n, window: window, seen: map[int64][]time.Time{}}
}

func (l *limiter) allow(user int64, now time.Time) bool {
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
