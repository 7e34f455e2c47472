package redisstore

import (
	"sync"
	"time"
)

// breaker stops calling Redis after repeated failures, so that an outage
// costs callers nothing rather than a timeout each: after threshold failures
// in a row it opens for cooldown, then lets one call through as a probe; the
// probe's success closes it, its failure opens it again.
type breaker struct {
	threshold int
	cooldown  time.Duration

	mu        sync.Mutex
	failures  int
	openUntil time.Time // zero while closed
	probing   bool
}

func newBreaker(threshold int, cooldown time.Duration) *breaker {
	return &breaker{threshold: max(threshold, 1), cooldown: cooldown}
}

// allow reports whether a call may go to Redis now; true for a probe too.
func (b *breaker) allow(now time.Time) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.openUntil.IsZero():
		return true
	case now.Before(b.openUntil) || b.probing:
		return false
	}
	b.probing = true
	return true
}

// outcome is what a call that allow let through came to.
type outcome int

const (
	succeeded outcome = iota
	failed
	// neither says nothing of Redis, e.g. the caller gave up first.
	neither
)

func (b *breaker) done(now time.Time, o outcome) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch o {
	case succeeded:
		b.failures, b.openUntil, b.probing = 0, time.Time{}, false
	case failed:
		b.failures++
		if b.probing || b.failures >= b.threshold {
			b.openUntil = now.Add(b.cooldown)
		}
		b.probing = false
	case neither:
		b.probing = false
	}
}

// closed reports whether calls go through: no outage is known.
func (b *breaker) closed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.openUntil.IsZero()
}
