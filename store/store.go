// Package store defines promptgate's rate and cost counters: the limits a
// call is charged against and the Store that checks and charges them in one
// atomic step. Implementations live in store/memstore (in-process, the
// embedded default) and store/redisstore (shared by replicas).
package store

import (
	"context"
	"fmt"
	"time"
)

// Window is how a limit's capacity comes back.
type Window string

const (
	// Minute limits are token buckets: capacity Limit, refilled continuously
	// at Limit per minute, like the LLM providers' own limits.
	Minute Window = "minute"
	// Day limits are fixed UTC calendar days.
	Day Window = "day"
)

// Limit is one counter a call is charged against, as policy lists them.
type Limit struct {
	// Name says what is limited, e.g. "requests_per_minute".
	Name string
	// Key identifies the counter, e.g. "tenant:acme:requests_per_minute".
	// Keys of one tenant share Tenant so that a clustered store can keep them
	// together.
	Key string
	// Tenant is the tenant the counter belongs to.
	Tenant string
	// Limit is the capacity, in the limit's unit (requests, tokens,
	// micro-dollars).
	Limit int64
	// Window is how capacity comes back.
	Window Window
	// Cost is what this call takes from the counter.
	Cost int64
}

// Validate reports a limit that cannot be counted.
func (l Limit) Validate() error {
	switch {
	case l.Name == "":
		return fmt.Errorf("limit has no name")
	case l.Key == "":
		return fmt.Errorf("limit %q has no key", l.Name)
	case l.Limit < 0:
		return fmt.Errorf("limit %q: negative limit %d", l.Name, l.Limit)
	case l.Cost < 0:
		return fmt.Errorf("limit %q: negative cost %d", l.Name, l.Cost)
	case l.Window != Minute && l.Window != Day:
		return fmt.Errorf("limit %q: unknown window %q", l.Name, l.Window)
	}
	return nil
}

// Status is the state of one limit after a Charge.
type Status struct {
	// Limit is the limit the status is for.
	Limit Limit
	// OK reports whether the limit had room for the call's cost.
	OK bool
	// Remaining is what is left after the call (nothing was taken when the
	// Charge was refused).
	Remaining int64
	// ResetAt is when the counter is whole again.
	ResetAt time.Time
	// RetryAfter is how long until the cost would fit; zero when it fits
	// now.
	RetryAfter time.Duration
}

// Result is the outcome of a Charge.
type Result struct {
	// Allowed reports whether every limit had room, and so all were charged.
	Allowed bool
	// Statuses holds one Status per limit, in the order given.
	Statuses []Status
}

// Store checks and charges counters.
type Store interface {
	// Charge checks every limit at time now and, only if all have room for
	// their cost, charges them all: all or nothing.
	Charge(ctx context.Context, now time.Time, limits []Limit) (Result, error)
}

// Tightest returns the status to report for a result: the first limit that
// refused, else the one with the least remaining relative to its capacity.
// It returns false when there are no statuses.
func (r Result) Tightest() (Status, bool) {
	if len(r.Statuses) == 0 {
		return Status{}, false
	}
	best := -1
	for i, s := range r.Statuses {
		if !s.OK {
			return s, true
		}
		if best < 0 || fraction(s) < fraction(r.Statuses[best]) {
			best = i
		}
	}
	return r.Statuses[best], true
}

func fraction(s Status) float64 {
	if s.Limit.Limit == 0 {
		return 0
	}
	return float64(s.Remaining) / float64(s.Limit.Limit)
}

// NextUTCDay returns the start of the UTC day after t.
func NextUTCDay(t time.Time) time.Time {
	y, m, d := t.UTC().Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)
}
