// Package queue is what every chat adapter needs between the network and Guichet's core: each
// conversation's messages handled one at a time in arrival order while conversations run in
// parallel on a bounded number of workers, a bound on the events waiting (the backlog), and a
// per-user limit on questions, so that one busy user cannot starve the others.
//
// The queue holds what identifies a job (an event's id), not the event: waiting events stay in
// the database, so that a flood costs disk, not memory.
package queue

import (
	"context"
	"sync"
	"time"
)

// Ordered runs jobs one at a time per key (a chat, a conversation), in arrival order, on at most
// workers goroutines, whatever the number of keys waiting. Keys take turns: after one job of a
// key, the next job of that key waits behind the keys already waiting.
type Ordered[K comparable, J any] struct {
	run     func(key K, job J)
	workers int
	backlog *Backlog

	mu sync.Mutex
	// lines are the jobs of each key with one waiting or running, the running one first.
	lines map[K]*line[J]
	// ready are the keys with a job waiting and none running, in the order they became so.
	ready []K
	// active is the number of worker goroutines alive.
	active int
	// stopped tells a queue that starts no more jobs (see Stop).
	stopped bool
	wg      sync.WaitGroup
	// seen are the ids of the events queued by PushOnce, oldest first in order, so that an
	// event is run once however it reaches the queue.
	seen  map[string]bool
	order []string
}

type line[J any] struct {
	jobs    []entry[J]
	running bool
}

type entry[J any] struct {
	job J
	at  time.Time
	// event tells a job that holds a place in the backlog, given back when it has run.
	event bool
}

// maxSeen bounds the ids PushOnce remembers: far more than the events of a restart's recovery
// and of the retries that may race with it.
const maxSeen = 100000

// NewOrdered returns a queue running at most workers jobs at once, its events counted in
// backlog; run runs one job (it may recover a panic, log, or apologise to the key's user).
func NewOrdered[K comparable, J any](workers int, backlog *Backlog, run func(key K, job J)) *Ordered[K, J] {
	d := &Ordered[K, J]{run: run, workers: max(workers, 1), backlog: backlog, lines: map[K]*line[J]{}, seen: map[string]bool{}}
	backlog.watch(d.oldest)
	return d
}

// Admit takes a place in the backlog for an event about to be recorded, and reports false when
// the backlog is full: the event must then be refused, so that its network delivers it again
// later. An admitted event is queued with PushOnce, or its place given back with Release.
func (d *Ordered[K, J]) Admit() bool { return d.backlog.tryTake() }

// AdmitWait is Admit for a reader that can stop reading (long polling, Socket Mode): it waits for
// a place until ctx ends, and returns ctx's error then.
func (d *Ordered[K, J]) AdmitWait(ctx context.Context) error { return d.backlog.take(ctx) }

// Release gives back the place Admit took for an event that is not queued (it could not be
// recorded, or was recorded already).
func (d *Ordered[K, J]) Release() { d.backlog.release() }

// PushOnce queues an admitted event's job for a key unless an event with this id was already
// queued (its place is then given back), and reports whether it queued it. An event recorded
// while the adapter recovers the unhandled ones at start reaches the queue twice (from the
// recovery and from its request): it runs once.
func (d *Ordered[K, J]) PushOnce(key K, id string, job J) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.seen[id] {
		d.backlog.release()
		return false
	}
	d.seen[id] = true
	d.order = append(d.order, id)
	if len(d.order) > maxSeen {
		delete(d.seen, d.order[0])
		d.order = d.order[1:]
	}
	d.push(key, entry[J]{job: job, at: time.Now(), event: true})
	return true
}

// Recover queues the job of an event recorded before a start, as PushOnce does, taking a place
// in the backlog whatever its bound: what the database holds is handled, and new events wait
// until the backlog is back under its bound.
func (d *Ordered[K, J]) Recover(key K, id string, job J) bool {
	d.backlog.force()
	return d.PushOnce(key, id, job)
}

// Push queues a job for a key that is no recorded event (a button's work): it takes no place in
// the backlog.
func (d *Ordered[K, J]) Push(key K, job J) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.push(key, entry[J]{job: job, at: time.Now()})
}

// push adds a job to its key's line, and starts a worker when the key becomes ready and fewer
// than workers run. Called with d.mu held.
func (d *Ordered[K, J]) push(key K, e entry[J]) {
	d.wg.Add(1)
	l := d.lines[key]
	if l == nil {
		l = &line[J]{}
		d.lines[key] = l
	}
	l.jobs = append(l.jobs, e)
	if l.running || len(l.jobs) > 1 {
		return // the key is running or already ready
	}
	d.ready = append(d.ready, key)
	if d.active < d.workers && !d.stopped {
		d.active++
		go d.worker()
	}
}

// worker runs the ready keys' first jobs until none is ready, then ends.
func (d *Ordered[K, J]) worker() {
	d.mu.Lock()
	defer d.mu.Unlock()
	for len(d.ready) > 0 && !d.stopped {
		var zero K
		key := d.ready[0]
		d.ready[0] = zero
		d.ready = d.ready[1:]
		l := d.lines[key]
		e := l.jobs[0]
		l.running = true
		d.mu.Unlock()
		d.run(key, e.job)
		d.mu.Lock()
		l.jobs[0] = entry[J]{}
		l.jobs = l.jobs[1:]
		l.running = false
		if len(l.jobs) > 0 {
			d.ready = append(d.ready, key)
		} else {
			delete(d.lines, key)
		}
		if e.event {
			d.backlog.release()
		}
		d.wg.Done()
	}
	d.active--
}

// oldest is when the oldest job still waiting or running was queued.
func (d *Ordered[K, J]) oldest() (time.Time, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var first time.Time
	for _, l := range d.lines {
		if at := l.jobs[0].at; first.IsZero() || at.Before(first) {
			first = at
		}
	}
	return first, !first.IsZero()
}

// Wait returns when every queued job has run.
func (d *Ordered[K, J]) Wait() { d.wg.Wait() }

// Drain waits for every queued job for at most timeout, and reports whether they all ran.
func (d *Ordered[K, J]) Drain(timeout time.Duration) bool {
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

// Stop starts no more jobs: those running finish, those waiting are left (recorded events stay
// in the database, handled at the next start). It is for a stop after Drain ran out of time, so
// that the workers do not take job after job while the database closes; Wait would then never
// return.
func (d *Ordered[K, J]) Stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopped = true
}

// DefaultMaxPending is the bound of the backlog when none is configured (GUICHET_MAX_PENDING).
const DefaultMaxPending = 10000

// Backlog bounds the events received and not yet handled, across the queues that share it (one
// a network), so that a flood is refused at the door (and delivered again by the network later)
// rather than piling up; it also tells how long the oldest has waited, for monitoring.
type Backlog struct {
	max int

	mu sync.Mutex
	n  int
	// room is closed when a place frees after a reader found the backlog full.
	room   chan struct{}
	queues []func() (time.Time, bool)
}

// NewBacklog returns a backlog of at most max events (DefaultMaxPending when max < 1).
func NewBacklog(max int) *Backlog {
	if max < 1 {
		max = DefaultMaxPending
	}
	return &Backlog{max: max}
}

// Len is the number of events waiting or being handled.
func (b *Backlog) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// Max is the bound.
func (b *Backlog) Max() int { return b.max }

// Oldest is when the oldest event still waiting or being handled was queued; false when none is.
func (b *Backlog) Oldest() (time.Time, bool) {
	b.mu.Lock()
	queues := b.queues
	b.mu.Unlock()
	var first time.Time
	for _, q := range queues {
		if at, ok := q(); ok && (first.IsZero() || at.Before(first)) {
			first = at
		}
	}
	return first, !first.IsZero()
}

func (b *Backlog) watch(q func() (time.Time, bool)) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.queues = append(b.queues[:len(b.queues):len(b.queues)], q)
}

func (b *Backlog) tryTake() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.n >= b.max {
		return false
	}
	b.n++
	return true
}

func (b *Backlog) take(ctx context.Context) error {
	for !b.tryTake() {
		if err := b.WaitRoom(ctx); err != nil {
			return err
		}
	}
	return nil
}

// WaitRoom returns when the backlog has a free place, or ctx ended (with ctx's error), so that
// a reader stops reading while the backlog is full.
func (b *Backlog) WaitRoom(ctx context.Context) error {
	for {
		b.mu.Lock()
		if b.n < b.max {
			b.mu.Unlock()
			return nil
		}
		if b.room == nil {
			b.room = make(chan struct{})
		}
		room := b.room
		b.mu.Unlock()
		select {
		case <-room:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

func (b *Backlog) force() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n++
}

func (b *Backlog) release() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.n--
	if b.room != nil && b.n < b.max {
		close(b.room)
		b.room = nil
	}
}

// Limiter allows n events per user per window (a sliding log, pruned as it goes), and tells a
// user over the limit once per window: someone who sends a burst learns to slow down from one
// notice, not from one per message, and the notices do not add to the flood.
type Limiter[K comparable] struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	users  map[K]*limited
}

// limited is what the limiter remembers of a user: when their allowed events came, oldest first,
// and when they were last told to slow down.
type limited struct {
	log  []time.Time
	told time.Time
}

// Verdict is what the limit decides of an event when it arrives.
type Verdict uint8

const (
	// Allowed is an event within the limit: it is answered.
	Allowed Verdict = iota
	// Notify is the first event over the limit in a window: instead of an answer, its user is
	// told to slow down.
	Notify
	// Silent is an event over the limit from a user already told within the window: it is
	// recorded as handled, with no reply.
	Silent
)

// NewLimiter allows n events per user per window.
func NewLimiter[K comparable](n int, window time.Duration) *Limiter[K] {
	return &Limiter[K]{n: n, window: window, users: map[K]*limited{}}
}

// Judge counts an event of user arriving at now and decides what it gets: Allowed within the
// limit; over it, Notify when the user was not told to slow down within the window, else Silent.
// A refused event does not count against the limit.
func (l *Limiter[K]) Judge(user K, now time.Time) Verdict {
	l.mu.Lock()
	defer l.mu.Unlock()
	u := l.users[user]
	if u == nil {
		u = &limited{}
		l.users[user] = u
	}
	i := 0
	for i < len(u.log) && now.Sub(u.log[i]) >= l.window {
		i++
	}
	u.log = u.log[i:]
	if len(u.log) < l.n {
		u.log = append(u.log, now)
		l.prune(now)
		return Allowed
	}
	if !u.told.IsZero() && now.Sub(u.told) < l.window {
		return Silent
	}
	u.told = now
	return Notify
}

// prune forgets the users with nothing in the window once there are many. Called with l.mu held.
func (l *Limiter[K]) prune(now time.Time) {
	if len(l.users) <= 100000 {
		return
	}
	for k, u := range l.users {
		last := u.told
		if len(u.log) > 0 && u.log[len(u.log)-1].After(last) {
			last = u.log[len(u.log)-1]
		}
		if now.Sub(last) >= l.window {
			delete(l.users, k)
		}
	}
}
