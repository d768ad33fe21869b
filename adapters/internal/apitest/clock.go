package apitest

import (
	"sync"
	"time"
)

// Clock is a test's clock, handed to an adapter as its Now: it stands still until the test moves
// it on, so that a silence of half an hour (a case expiring) takes no time.
type Clock struct {
	mu  sync.Mutex
	now time.Time
}

// NewClock returns a clock at the real time.
func NewClock() *Clock { return &Clock{now: time.Now()} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

// Advance moves the clock on by d.
func (c *Clock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}
