package bot

import "sync"

// convLocks orders the messages of each conversation: one lock per conversation in flight, so
// that a conversation waiting on a slow language model never holds up another one.
type convLocks struct {
	mu sync.Mutex
	m  map[string]*convLock
}

type convLock struct {
	sync.Mutex
	// waiters counts the holders and those waiting; the lock is forgotten when it drops to 0.
	waiters int
}

// lock locks conversation id and returns its unlock.
func (l *convLocks) lock(id string) func() {
	l.mu.Lock()
	if l.m == nil {
		l.m = map[string]*convLock{}
	}
	c := l.m[id]
	if c == nil {
		c = &convLock{}
		l.m[id] = c
	}
	c.waiters++
	l.mu.Unlock()
	c.Lock()
	return func() {
		c.Unlock()
		l.mu.Lock()
		c.waiters--
		if c.waiters == 0 {
			delete(l.m, id)
		}
		l.mu.Unlock()
	}
}
