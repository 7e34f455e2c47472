// Package memstore keeps rate and cost counters in process memory: the
// embedded default, exact for one replica.
package memstore

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/promptgate/promptgate/store"
)

// Store is an in-memory store.Store. It is safe for concurrent use.
type Store struct {
	mu        sync.Mutex
	counters  map[string]*counter
	lastSweep time.Time
}

// counter is a token bucket (minute limits) or a day count (day limits).
type counter struct {
	// level is the bucket's tokens for minute limits, in units scaled by
	// scale so that continuous refill stays integral; the used amount for
	// day limits.
	level int64
	// at is when level was last brought up to date (minute), or the start of
	// the day it counts (day).
	at time.Time
}

// scale is the number of sub-units per unit in a token bucket's level: a
// limit refills one sub-unit every minute/(limit*scale).
const scale = 1000

// New returns an empty Store.
func New() *Store {
	return &Store{counters: map[string]*counter{}}
}

// Charge implements store.Store.
func (s *Store) Charge(_ context.Context, now time.Time, limits []store.Limit) (store.Result, error) {
	for _, l := range limits {
		if err := l.Validate(); err != nil {
			return store.Result{}, err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweep(now)

	res := store.Result{Allowed: true, Statuses: make([]store.Status, len(limits))}
	levels := make([]int64, len(limits))
	// First pass: bring every counter up to date and check it.
	for i, l := range limits {
		c := s.counter(l, now)
		levels[i] = c.level
		var ok bool
		switch l.Window {
		case store.Minute:
			ok = c.level >= l.Cost*scale
		case store.Day:
			ok = c.level+l.Cost <= l.Limit
		}
		if !ok {
			res.Allowed = false
		}
		res.Statuses[i] = store.Status{Limit: l, OK: ok}
	}
	// Second pass: charge all or nothing, then report.
	for i, l := range limits {
		c := s.counters[key(l)]
		if res.Allowed {
			switch l.Window {
			case store.Minute:
				c.level -= l.Cost * scale
			case store.Day:
				c.level += l.Cost
			}
			levels[i] = c.level
		}
		st := &res.Statuses[i]
		switch l.Window {
		case store.Minute:
			st.Remaining = levels[i] / scale
			st.ResetAt = now.Add(refillTime(l.Limit, l.Limit*scale-levels[i]))
			if !st.OK {
				st.RetryAfter = refillTime(l.Limit, l.Cost*scale-levels[i])
			}
		case store.Day:
			st.Remaining = max(l.Limit-levels[i], 0)
			st.ResetAt = store.NextUTCDay(now)
			if !st.OK {
				st.RetryAfter = st.ResetAt.Sub(now)
			}
		}
	}
	return res, nil
}

// counter returns l's counter brought up to date at now, making it full
// when new.
func (s *Store) counter(l store.Limit, now time.Time) *counter {
	k := key(l)
	c, ok := s.counters[k]
	switch l.Window {
	case store.Minute:
		full := l.Limit * scale
		if !ok {
			c = &counter{level: full, at: now}
			s.counters[k] = c
			return c
		}
		if elapsed := now.Sub(c.at); elapsed > 0 {
			// Refill limit*scale sub-units per minute.
			add := int64(float64(elapsed) / float64(time.Minute) * float64(full))
			if add > 0 {
				c.level = min(c.level+add, full)
				c.at = now
			}
		}
		if c.level > full { // the limit shrank
			c.level = full
		}
	case store.Day:
		day := store.NextUTCDay(now).AddDate(0, 0, -1)
		if !ok {
			c = &counter{at: day}
			s.counters[k] = c
		} else if !c.at.Equal(day) {
			c.level, c.at = 0, day
		}
	}
	return c
}

// refillTime is how long a bucket of capacity limit takes to gain sub
// sub-units.
func refillTime(limit, sub int64) time.Duration {
	if sub <= 0 || limit <= 0 {
		return 0
	}
	perSub := float64(time.Minute) / float64(limit*scale)
	return time.Duration(float64(sub) * perSub)
}

// sweep drops counters that hold no state worth keeping: day counts of past
// days and buckets idle long enough to be full again.
func (s *Store) sweep(now time.Time) {
	if now.Sub(s.lastSweep) < time.Minute {
		return
	}
	s.lastSweep = now
	today := store.NextUTCDay(now).AddDate(0, 0, -1)
	for k, c := range s.counters {
		if c.at.Before(today) && now.Sub(c.at) > 2*time.Minute {
			delete(s.counters, k)
		}
		// Minute buckets refill fully within a minute of idleness.
		if k[0] == 'm' && now.Sub(c.at) > 2*time.Minute {
			delete(s.counters, k)
		}
	}
}

func key(l store.Limit) string {
	return fmt.Sprintf("%c:%s", l.Window[0], l.Key)
}
