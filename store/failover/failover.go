// Package failover keeps counting when the shared counters are away. A
// Store wraps a shared store (store/redisstore) and, while that one answers
// store.ErrUnavailable, answers by its fail mode instead: per-replica
// in-memory counters (store.FailLocal, the default), refusal
// (store.FailClosed) or admission (store.FailOpen). Every call is tried on
// the shared store first, so recovery needs nothing but Redis coming back;
// the shared store's own timeout and circuit breaker keep those tries cheap
// during an outage.
package failover

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/memstore"
)

// Store is a store.Store that survives the outage of the store it wraps.
// It is safe for concurrent use.
type Store struct {
	shared store.Store
	mode   store.FailMode
	local  *memstore.Store
	log    *slog.Logger

	degraded  atomic.Bool
	fallbacks atomic.Uint64
	failures  atomic.Uint64
}

// Option configures a Store.
type Option func(*Store)

// WithLogger logs the moments the shared counters go away and come back.
func WithLogger(l *slog.Logger) Option { return func(s *Store) { s.log = l } }

// New wraps shared with fail mode mode (store.FailLocal when empty).
func New(shared store.Store, mode store.FailMode, opts ...Option) (*Store, error) {
	m, err := store.ParseFailMode(string(mode))
	if err != nil {
		return nil, err
	}
	s := &Store{shared: shared, mode: m, local: memstore.New(), log: slog.New(slog.DiscardHandler)}
	for _, o := range opts {
		o(s)
	}
	return s, nil
}

// Mode is the store's fail mode.
func (s *Store) Mode() store.FailMode { return s.mode }

// Degraded reports whether the shared counters are away: the last call
// found them unavailable, or the shared store itself says so (a
// redisstore's open circuit breaker). Readiness probes and metrics read it.
func (s *Store) Degraded() bool {
	if h, ok := s.shared.(interface{ Healthy() bool }); ok && !h.Healthy() {
		return true
	}
	return s.degraded.Load()
}

// Stats are counts since the Store was made, for metrics.
type Stats struct {
	// Fallbacks is how many calls the fail mode answered.
	Fallbacks uint64
	// Failures is how many calls found the shared counters unavailable
	// (every fallback, and settles that had nothing to fall back on).
	Failures uint64
}

// Stats returns the store's counts.
func (s *Store) Stats() Stats {
	return Stats{Fallbacks: s.fallbacks.Load(), Failures: s.failures.Load()}
}

// Charge implements store.Store.
func (s *Store) Charge(ctx context.Context, now time.Time, limits []store.Limit) (store.Result, error) {
	res, err := s.shared.Charge(ctx, now, limits)
	if !s.unavailable(err) {
		return res, err
	}
	return s.fallback(func() (store.Result, error) { return s.local.Charge(ctx, now, limits) }, limits)
}

// Reserve implements store.Store.
func (s *Store) Reserve(ctx context.Context, now time.Time, r store.Reservation) (store.Result, error) {
	res, err := s.shared.Reserve(ctx, now, r)
	if !s.unavailable(err) {
		return res, err
	}
	return s.fallback(func() (store.Result, error) { return s.local.Reserve(ctx, now, r) }, r.Limits)
}

// Settle implements store.Store. In fail mode local, a reservation made in
// the local counters during an outage is settled there, whether or not the
// shared counters are back; in the other modes a settle while they are away
// is lost, and the reservation expires as charged.
func (s *Store) Settle(ctx context.Context, now time.Time, st store.Settlement) (store.SettleResult, error) {
	res, err := s.shared.Settle(ctx, now, st)
	down := s.unavailable(err)
	switch {
	case err != nil && !down:
		return res, err
	case !down && res.Found:
		return res, nil
	case s.mode != store.FailLocal:
		if !down {
			return res, nil
		}
		s.fallbacks.Add(1)
		u := unknown(st.Limits, true, s.mode)
		return store.SettleResult{Statuses: u.Statuses, Fallback: s.mode}, nil
	}
	local, err := s.local.Settle(ctx, now, st)
	if err != nil {
		return store.SettleResult{}, fmt.Errorf("local counters: %w", err)
	}
	if !down && !local.Found {
		return res, nil
	}
	s.fallbacks.Add(1)
	local.Fallback = store.FailLocal
	return local, nil
}

// Usage implements store.Store. It reports the shared counters only: while
// they are away it fails with store.ErrUnavailable, whatever the mode,
// since one replica's local counters would be a misleading answer.
func (s *Store) Usage(ctx context.Context, now time.Time, limits []store.Limit) ([]store.Status, error) {
	st, err := s.shared.Usage(ctx, now, limits)
	s.unavailable(err)
	return st, err
}

// unavailable reports whether err means the shared counters are away, and
// records the shared store's health either way.
func (s *Store) unavailable(err error) bool {
	down := errors.Is(err, store.ErrUnavailable)
	if down {
		s.failures.Add(1)
		if !s.degraded.Swap(true) {
			s.log.Warn("shared counters unavailable, answering by fail mode",
				slog.String("fail_mode", string(s.mode)), slog.String("error", err.Error()))
		}
		return true
	}
	if err == nil && s.degraded.Swap(false) {
		s.log.Info("shared counters back", slog.String("fail_mode", string(s.mode)))
	}
	return false
}

// fallback answers a call by the fail mode; local runs it on the local
// counters.
func (s *Store) fallback(local func() (store.Result, error), limits []store.Limit) (store.Result, error) {
	s.fallbacks.Add(1)
	switch s.mode {
	case store.FailLocal:
		res, err := local()
		if err != nil {
			return res, fmt.Errorf("local counters: %w", err)
		}
		res.Fallback = store.FailLocal
		return res, nil
	case store.FailOpen:
		return unknown(limits, true, store.FailOpen), nil
	default:
		return unknown(limits, false, store.FailClosed), nil
	}
}

// closedRetry is the RetryAfter of a call refused in fail mode closed: a
// hint, since no one knows when the shared counters come back.
const closedRetry = time.Second

// unknown is a result that knows nothing of the counters.
func unknown(limits []store.Limit, allowed bool, mode store.FailMode) store.Result {
	res := store.Result{Allowed: allowed, Statuses: make([]store.Status, len(limits)), Fallback: mode}
	for i, l := range limits {
		res.Statuses[i] = store.Status{Limit: l, OK: allowed}
		if !allowed {
			res.Statuses[i].RetryAfter = closedRetry
		}
	}
	return res
}
