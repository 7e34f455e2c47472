// Package memstore keeps rate and cost counters in process memory: the
// embedded default, exact for one replica, and the per-replica fallback of
// store/failover.
//
// It counts the way store/redisstore's scripts do, in integer microseconds
// and the same floating-point steps, so that both answer alike to the same
// calls.
package memstore

import (
	"context"
	"math"
	"sync"
	"time"

	"github.com/promptgate/promptgate/store"
)

// Store is an in-memory store.Store. It is safe for concurrent use.
type Store struct {
	mu           sync.Mutex
	buckets      map[string]*bucket
	days         map[string]*dayCount
	flights      map[string]map[string]int64 // key -> reservation id -> expiry (µs)
	reservations map[resKey]*reservation
	lastSweep    int64
}

// bucket is a minute limit's token bucket.
type bucket struct {
	// level is the bucket's content in units scaled by scale, so that
	// continuous refill stays integral. Settling a call that cost more than
	// reserved can leave it negative.
	level int64
	// at is when level was last brought up to date, in µs since the epoch.
	at int64
}

// dayCount is a day limit's use on one UTC day.
type dayCount struct {
	used int64
	day  int64 // days since the epoch
}

type resKey struct{ tenant, id string }

// reservation is what a Reserve charged, kept until Settle or expiry.
type reservation struct {
	expires int64 // µs since the epoch
	entries []entry
}

type entry struct {
	window store.Window
	key    string
	cost   int64
	day    int64 // the day charged, for day limits
}

// scale is the number of sub-units per unit in a token bucket's level: a
// limit refills one sub-unit every minute/(limit*scale).
const scale = 1000

const (
	minuteMicros = int64(time.Minute / time.Microsecond)
	dayMicros    = int64(24 * time.Hour / time.Microsecond)
	sweepEvery   = minuteMicros
)

// New returns an empty Store.
func New() *Store {
	return &Store{
		buckets:      map[string]*bucket{},
		days:         map[string]*dayCount{},
		flights:      map[string]map[string]int64{},
		reservations: map[resKey]*reservation{},
	}
}

// Charge implements store.Store.
func (s *Store) Charge(_ context.Context, now time.Time, limits []store.Limit) (store.Result, error) {
	if err := store.ValidateCall(store.CallTenant(limits), limits); err != nil {
		return store.Result{}, err
	}
	us := now.UnixMicro()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweep(us)
	return s.charge(us, limits, nil), nil
}

// Reserve implements store.Store.
func (s *Store) Reserve(_ context.Context, now time.Time, r store.Reservation) (store.Result, error) {
	if err := r.Validate(); err != nil {
		return store.Result{}, err
	}
	ttl := r.TTL
	if ttl == 0 {
		ttl = store.DefaultReservationTTL
	}
	us := now.UnixMicro()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweep(us)
	rk := resKey{r.Tenant, r.ID}
	if old, ok := s.reservations[rk]; ok && old.expires > us {
		return store.Result{}, store.ErrReservationExists
	}
	res := &reservation{expires: us + max(int64(ttl/time.Microsecond), 1)}
	out := s.charge(us, r.Limits, res)
	if out.Allowed {
		s.reservations[rk] = res
		for _, e := range res.entries {
			if e.window == store.InFlight && e.cost > 0 {
				f := s.flights[e.key]
				if f == nil {
					f = map[string]int64{}
					s.flights[e.key] = f
				}
				f[r.ID] = res.expires
			}
		}
		// The slots just taken count in the statuses.
		for i, l := range r.Limits {
			if l.Window == store.InFlight {
				out.Statuses[i] = s.flightStatus(l, us, charged)
			}
		}
	}
	return out, nil
}

// charge checks limits at us and, when all have room, charges them and, if
// res is not nil, records the charges in res.
func (s *Store) charge(us int64, limits []store.Limit, res *reservation) store.Result {
	out := store.Result{Allowed: true, Statuses: make([]store.Status, len(limits))}
	for _, l := range limits {
		if !s.fits(l, us) {
			out.Allowed = false
		}
	}
	if !out.Allowed {
		for i, l := range limits {
			out.Statuses[i] = s.status(l, us, checked)
		}
		return out
	}
	for i, l := range limits {
		switch l.Window {
		case store.Minute:
			level, at := s.bucket(l, us)
			s.buckets[l.Key] = &bucket{level: level - l.Cost*scale, at: at}
		case store.Day:
			s.days[l.Key] = &dayCount{used: s.used(l, us) + l.Cost, day: us / dayMicros}
		}
		if res != nil {
			res.entries = append(res.entries, entry{window: l.Window, key: l.Key, cost: l.Cost, day: us / dayMicros})
		}
		out.Statuses[i] = s.status(l, us, charged)
	}
	return out
}

// Settle implements store.Store.
func (s *Store) Settle(_ context.Context, now time.Time, st store.Settlement) (store.SettleResult, error) {
	if err := st.Validate(); err != nil {
		return store.SettleResult{}, err
	}
	us := now.UnixMicro()
	s.mu.Lock()
	defer s.mu.Unlock()
	s.sweep(us)
	out := store.SettleResult{Statuses: make([]store.Status, len(st.Limits))}
	rk := resKey{st.Tenant, st.ID}
	res, ok := s.reservations[rk]
	if ok && res.expires > us {
		out.Found = true
		delete(s.reservations, rk)
		for _, l := range st.Limits {
			e, ok := res.find(l)
			if !ok {
				continue
			}
			switch l.Window {
			case store.Minute:
				level, at := s.bucket(l, us)
				level = min(level-(l.Cost-e.cost)*scale, l.Limit*scale)
				s.buckets[l.Key] = &bucket{level: level, at: at}
			case store.Day:
				// Only the reservation's own day is corrected: its count is
				// gone once the day is over.
				if today := us / dayMicros; today == e.day {
					s.days[l.Key] = &dayCount{used: max(s.used(l, us)+l.Cost-e.cost, 0), day: today}
				}
			case store.InFlight:
				delete(s.flights[l.Key], st.ID)
			}
		}
	}
	for i, l := range st.Limits {
		out.Statuses[i] = s.status(l, us, settled)
	}
	return out, nil
}

func (r *reservation) find(l store.Limit) (entry, bool) {
	for _, e := range r.entries {
		if e.window == l.Window && e.key == l.Key {
			return e, true
		}
	}
	return entry{}, false
}

// Usage implements store.Store.
func (s *Store) Usage(_ context.Context, now time.Time, limits []store.Limit) ([]store.Status, error) {
	if err := store.ValidateCall(store.CallTenant(limits), limits); err != nil {
		return nil, err
	}
	us := now.UnixMicro()
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]store.Status, len(limits))
	for i, l := range limits {
		out[i] = s.status(l, us, checked)
	}
	return out, nil
}

// fits reports whether l has room for its cost at us.
func (s *Store) fits(l store.Limit, us int64) bool {
	switch l.Window {
	case store.Minute:
		level, _ := s.bucket(l, us)
		return level >= l.Cost*scale
	case store.Day:
		return s.used(l, us)+l.Cost <= l.Limit
	default:
		return s.open(l.Key, us)+l.Cost <= l.Limit
	}
}

// phase is when a status is taken, which decides what its OK means.
type phase int

const (
	// checked: before charging, OK when the cost fits.
	checked phase = iota
	// charged: after charging, OK.
	charged
	// settled: after settling, OK when the counter is within its capacity.
	settled
)

// status reports l at us.
func (s *Store) status(l store.Limit, us int64, p phase) store.Status {
	switch l.Window {
	case store.Minute:
		level, _ := s.bucket(l, us)
		return bucketStatus(l, us, level, p)
	case store.Day:
		return dayStatus(l, us, s.used(l, us), p)
	default:
		return s.flightStatus(l, us, p)
	}
}

func bucketStatus(l store.Limit, us, level int64, p phase) store.Status {
	full := l.Limit * scale
	st := store.Status{Limit: l, Remaining: max(level, 0) / scale}
	st.ResetAt = time.UnixMicro(us + refillMicros(full, full-level)).UTC()
	switch p {
	case charged:
		st.OK = true
		return st
	case settled:
		st.OK = level >= 0
		return st
	}
	st.OK = level >= l.Cost*scale
	if !st.OK {
		if l.Cost > l.Limit {
			// It never fits; waiting a window is the honest hint.
			st.RetryAfter = time.Minute
		} else {
			st.RetryAfter = time.Duration(refillMicros(full, l.Cost*scale-level)) * time.Microsecond
		}
	}
	return st
}

// countFits reports a counted limit's OK at phase p: after a charge it
// held; after a settlement while the count is within the limit; on a check
// while the call's cost would fit.
func countFits(p phase, count int64, l store.Limit) bool {
	switch p {
	case charged:
		return true
	case settled:
		return count <= l.Limit
	}
	return count+l.Cost <= l.Limit
}

func dayStatus(l store.Limit, us, used int64, p phase) store.Status {
	next := (us/dayMicros + 1) * dayMicros
	st := store.Status{Limit: l, Remaining: max(l.Limit-used, 0), ResetAt: time.UnixMicro(next).UTC()}
	st.OK = countFits(p, used, l)
	if !st.OK && p == checked {
		st.RetryAfter = time.Duration(next-us) * time.Microsecond
	}
	return st
}

// flightRetry is the RetryAfter of a refused in-flight limit: a slot frees
// when any open call settles, which no store can foresee, so it is a hint,
// shortened when the oldest reservation expires sooner.
const flightRetry = time.Second

func (s *Store) flightStatus(l store.Limit, us int64, p phase) store.Status {
	n := s.open(l.Key, us)
	first, last := int64(math.MaxInt64), us
	for _, exp := range s.flights[l.Key] {
		first, last = min(first, exp), max(last, exp)
	}
	st := store.Status{Limit: l, Remaining: max(l.Limit-n, 0), ResetAt: time.UnixMicro(last).UTC()}
	st.OK = countFits(p, n, l)
	if !st.OK && p == checked {
		st.RetryAfter = flightRetry
		if n > 0 {
			st.RetryAfter = min(st.RetryAfter, time.Duration(first-us)*time.Microsecond)
		}
	}
	return st
}

// bucket returns the level of l's bucket at us, full when new, and the time
// that level is as of: us, or earlier while the refill since is less than a
// sub-unit (which would be lost if the bucket were stamped us). It changes
// nothing: the caller stores what it charges.
func (s *Store) bucket(l store.Limit, us int64) (level, at int64) {
	full := l.Limit * scale
	b, ok := s.buckets[l.Key]
	if !ok {
		return full, us
	}
	level, at = b.level, b.at
	if elapsed := us - at; elapsed > 0 {
		if add := refill(full, elapsed); add > 0 {
			level, at = min(level+add, full), us
		}
	}
	return min(level, full), at // the limit may have shrunk
}

// refill is how many sub-units a bucket of full sub-units gains in elapsed
// µs.
func refill(full, elapsed int64) int64 {
	return int64(math.Floor(float64(elapsed) * float64(full) / float64(minuteMicros)))
}

// refillMicros is how long a bucket of full sub-units takes to gain sub
// sub-units.
func refillMicros(full, sub int64) int64 {
	if sub <= 0 || full <= 0 {
		return 0
	}
	return int64(math.Ceil(float64(sub) * float64(minuteMicros) / float64(full)))
}

// used returns l's count for the UTC day of us.
func (s *Store) used(l store.Limit, us int64) int64 {
	d, ok := s.days[l.Key]
	if !ok || d.day != us/dayMicros {
		return 0
	}
	return d.used
}

// open counts l's open reservations at us, dropping expired ones.
func (s *Store) open(key string, us int64) int64 {
	f := s.flights[key]
	for id, exp := range f {
		if exp <= us {
			delete(f, id)
		}
	}
	if len(f) == 0 {
		delete(s.flights, key)
	}
	return int64(len(f))
}

// sweep drops state that is the same as none: full buckets, past days'
// counts, expired reservations and in-flight slots.
func (s *Store) sweep(us int64) {
	if us-s.lastSweep < sweepEvery && us >= s.lastSweep {
		return
	}
	s.lastSweep = us
	today := us / dayMicros
	for k, b := range s.buckets {
		// A bucket idle for a minute is full at any capacity, whatever its
		// (non-negative) level.
		if b.level >= 0 && us-b.at >= minuteMicros {
			delete(s.buckets, k)
		}
	}
	for k, d := range s.days {
		if d.day < today {
			delete(s.days, k)
		}
	}
	for k, r := range s.reservations {
		if r.expires <= us {
			delete(s.reservations, k)
		}
	}
	for k := range s.flights {
		s.open(k, us)
	}
}
