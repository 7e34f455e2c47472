// Package store defines promptgate's rate and cost counters: the limits a
// call is charged against and the Store that checks and charges them in one
// atomic step. Implementations live in store/memstore (in-process, the
// embedded default) and store/redisstore (shared by replicas); store/failover
// wraps a shared store with a fail mode for when it is unreachable.
package store

import (
	"context"
	"errors"
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
	// InFlight limits count open reservations: a call holds one from its
	// Reserve until its Settle (or until the reservation expires), and at
	// most Limit may be open at once. Their Cost is 0 or 1. Charge, which
	// opens no reservation, only checks them.
	InFlight Window = "in_flight"
)

// Limit is one counter a call is charged against, as policy lists them.
type Limit struct {
	// Name says what is limited, e.g. "requests_per_minute".
	Name string
	// Key identifies the counter, e.g. "tenant:acme:requests_per_minute".
	// Keys of one tenant share Tenant so that a clustered store can keep them
	// together.
	Key string
	// Tenant is the tenant the counter belongs to. All limits of one call
	// share one tenant, which is what lets a clustered store charge them in
	// one atomic step.
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
	case l.Window != Minute && l.Window != Day && l.Window != InFlight:
		return fmt.Errorf("limit %q: unknown window %q", l.Name, l.Window)
	case l.Window == InFlight && l.Cost > 1:
		return fmt.Errorf("limit %q: in-flight cost %d, want 0 or 1", l.Name, l.Cost)
	case l.Limit > MaxLimit || l.Cost > MaxLimit:
		return fmt.Errorf("limit %q: limit or cost above %d", l.Name, int64(MaxLimit))
	case l.Window == Minute && (l.Limit > MaxMinuteLimit || l.Cost > MaxMinuteLimit):
		return fmt.Errorf("limit %q: per-minute limit or cost above %d", l.Name, int64(MaxMinuteLimit))
	}
	return nil
}

// MaxLimit bounds a limit's capacity and cost, 2^50 (over a billion dollars
// in micro-dollars), so that counters stay exact in every store: Redis
// scripts count in doubles, exact to 2^53.
const MaxLimit = 1 << 50

// MaxMinuteLimit bounds the capacity and cost of a Minute limit, whose
// bucket counts in thousandths of a unit: about a trillion a minute.
const MaxMinuteLimit = MaxLimit / 1000

// ValidateCall reports limits that cannot be counted together in one call:
// an invalid limit, a limit of another tenant than tenant, or one counter
// listed twice.
func ValidateCall(tenant string, limits []Limit) error {
	type wk struct {
		w Window
		k string
	}
	seen := make(map[wk]bool, len(limits))
	for _, l := range limits {
		if err := l.Validate(); err != nil {
			return err
		}
		if l.Tenant != tenant {
			return fmt.Errorf("limit %q: tenant %q, want the call's tenant %q", l.Name, l.Tenant, tenant)
		}
		k := wk{l.Window, l.Key}
		if seen[k] {
			return fmt.Errorf("limit %q: counter %s %q listed twice", l.Name, l.Window, l.Key)
		}
		seen[k] = true
	}
	return nil
}

// CallTenant returns the tenant of a call's limits: the first limit's, or
// "" when there are none.
func CallTenant(limits []Limit) string {
	if len(limits) == 0 {
		return ""
	}
	return limits[0].Tenant
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

// Result is the outcome of a Charge or Reserve.
type Result struct {
	// Allowed reports whether every limit had room, and so all were charged.
	Allowed bool
	// Statuses holds one Status per limit, in the order given.
	Statuses []Status
	// Fallback is the fail mode that answered because the shared counters
	// were unavailable; empty when they answered. With FailOpen the call was
	// allowed and with FailClosed refused, both without counting: their
	// statuses know no Remaining or ResetAt.
	Fallback FailMode
}

// DefaultReservationTTL is how long a reservation stays open when
// Reservation.TTL is zero.
const DefaultReservationTTL = 10 * time.Minute

// Reservation charges a call's estimated costs until it is settled.
type Reservation struct {
	// Tenant is the tenant of the call; every limit must share it.
	Tenant string
	// ID identifies the call within its tenant (the request id); Settle
	// finds the reservation by it.
	ID string
	// Limits are the call's limits with their estimated costs.
	Limits []Limit
	// TTL is how long the reservation stays open; zero means
	// DefaultReservationTTL. A reservation never settled expires as
	// charged, and releases its in-flight slots.
	TTL time.Duration
}

// Validate reports a reservation that cannot be made.
func (r Reservation) Validate() error {
	if err := validateID(r.ID); err != nil {
		return err
	}
	if r.TTL < 0 {
		return fmt.Errorf("reservation %q: negative ttl %v", r.ID, r.TTL)
	}
	return ValidateCall(r.Tenant, r.Limits)
}

// Settlement replaces a reservation's estimates with real costs.
type Settlement struct {
	// Tenant and ID name the reservation.
	Tenant, ID string
	// Limits are the call's limits with their real costs. A reserved limit
	// (matched by Window and Key) is corrected by the difference, refunded
	// or charged, even past its capacity, since the spending happened; a
	// day limit only while its reservation's day is still the counter's. An
	// in-flight limit listed here releases its slot. Reserved limits not
	// listed keep their reserved cost (and in-flight slots stay held until
	// the reservation expires); listed limits that were not reserved are
	// left alone and only reported.
	Limits []Limit
}

// Validate reports a settlement that cannot be made.
func (s Settlement) Validate() error {
	if err := validateID(s.ID); err != nil {
		return err
	}
	return ValidateCall(s.Tenant, s.Limits)
}

// SettleResult is the outcome of a Settle.
type SettleResult struct {
	// Found reports whether an open reservation was settled; false when it
	// was never made, already settled, or expired, and then nothing changed.
	Found bool
	// Statuses holds one Status per settled limit, in the order given, after
	// settling. Here OK reports whether the counter is still within its
	// capacity (a real cost above the estimate can overdraw it).
	Statuses []Status
	// Fallback is as in Result.
	Fallback FailMode
}

func validateID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("reservation has no id")
	case len(id) > 256:
		return fmt.Errorf("reservation id of %d bytes, want at most 256", len(id))
	}
	return nil
}

// Store checks and charges counters. Time is the caller's now, except where
// an implementation documents its own clock (store/redisstore uses the Redis
// server's by default).
type Store interface {
	// Charge checks every limit at time now and, only if all have room for
	// their cost, charges them all: all or nothing.
	Charge(ctx context.Context, now time.Time, limits []Limit) (Result, error)
	// Reserve is Charge that also records the charged costs under r.ID until
	// Settle or the reservation's expiry, and takes an in-flight slot from
	// each InFlight limit. It fails with ErrReservationExists when r.ID is
	// already open, charging nothing.
	Reserve(ctx context.Context, now time.Time, r Reservation) (Result, error)
	// Settle corrects an open reservation to real costs and closes it.
	// Settling again is harmless: the second finds nothing.
	Settle(ctx context.Context, now time.Time, s Settlement) (SettleResult, error)
	// Usage reports the state of limits at now without charging them, one
	// status per limit in the order given; a status is OK when its Cost
	// would fit.
	Usage(ctx context.Context, now time.Time, limits []Limit) ([]Status, error)
}

// ErrUnavailable reports that the shared counters did not answer in time.
// The call may or may not have been counted.
var ErrUnavailable = errors.New("counters unavailable")

// ErrReservationExists reports a Reserve whose id is already open.
var ErrReservationExists = errors.New("reservation already open")

// FailMode is what a store does while its shared counters are unavailable.
type FailMode string

const (
	// FailLocal counts in per-replica memory until the shared counters are
	// back: limits hold per replica rather than across them.
	FailLocal FailMode = "local"
	// FailClosed refuses every call.
	FailClosed FailMode = "closed"
	// FailOpen allows every call uncounted.
	FailOpen FailMode = "open"
)

// ParseFailMode parses a fail mode name; empty means FailLocal.
func ParseFailMode(s string) (FailMode, error) {
	switch m := FailMode(s); m {
	case "":
		return FailLocal, nil
	case FailLocal, FailClosed, FailOpen:
		return m, nil
	}
	return "", fmt.Errorf("unknown fail mode %q, want local, closed or open", s)
}

// Tightest returns the status to report for a result: the first limit that
// refused, else the one with the least remaining relative to its capacity.
// It returns false when there are no statuses.
func (r Result) Tightest() (Status, bool) {
	return Tightest(r.Statuses)
}

// Tightest returns the first status that is not OK, else the one with the
// least remaining relative to its capacity. It returns false when there are
// no statuses.
func Tightest(statuses []Status) (Status, bool) {
	if len(statuses) == 0 {
		return Status{}, false
	}
	best := -1
	for i, s := range statuses {
		if !s.OK {
			return s, true
		}
		if best < 0 || fraction(s) < fraction(statuses[best]) {
			best = i
		}
	}
	return statuses[best], true
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
