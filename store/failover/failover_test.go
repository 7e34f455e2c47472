package failover_test

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/promptgate/promptgate/internal/redistest"
	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/failover"
	"github.com/promptgate/promptgate/store/redisstore"
	"github.com/promptgate/promptgate/store/storetest"
)

func openRedis(t *testing.T, url string, opts ...redisstore.Option) *redisstore.Store {
	t.Helper()
	s, err := redisstore.Open(url, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func newFailover(t *testing.T, shared store.Store, mode store.FailMode) *failover.Store {
	t.Helper()
	s, err := failover.New(shared, mode)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// While Redis is up, the wrapper is the shared store.
func TestContract(t *testing.T) {
	srv := redistest.Start(t)
	storetest.Run(t, func(t *testing.T) store.Store {
		return newFailover(t, openRedis(t, srv.URL(), redisstore.WithCallerClock(), redisstore.WithTimeout(5*time.Second)), store.FailLocal)
	})
}

func TestNewRejectsUnknownMode(t *testing.T) {
	if _, err := failover.New(nil, "sideways"); err == nil {
		t.Errorf(`New(mode "sideways") error = nil, want an error`)
	}
}

// callBound tells a call that gave up in time from one that hangs: far
// above the store's 50ms timeout, far below anything a caller would wait.
const callBound = 500 * time.Millisecond

// TestOutageUnderLoad kills (or hangs) Redis while replicas charge it, and
// checks that every call still answers, fast, by the fail mode, and that
// counting goes back to Redis once it is back.
func TestOutageUnderLoad(t *testing.T) {
	outages := []struct {
		name        string
		break_, fix func(*redistest.Server)
	}{
		{"Killed", (*redistest.Server).Kill, (*redistest.Server).Restart},
		{"Hung", (*redistest.Server).Pause, (*redistest.Server).Resume},
	}
	for _, mode := range []store.FailMode{store.FailLocal, store.FailOpen, store.FailClosed} {
		for _, o := range outages {
			t.Run(string(mode)+"/"+o.name, func(t *testing.T) {
				testOutage(t, mode, o.break_, o.fix)
			})
		}
	}
}

func testOutage(t *testing.T, mode store.FailMode, breakRedis, fixRedis func(*redistest.Server)) {
	srv := redistest.Start(t)
	const replicas, workers = 4, 8
	stores := make([]*failover.Store, replicas)
	for i := range stores {
		stores[i] = newFailover(t, openRedis(t, srv.URL(), redisstore.WithBreaker(3, 50*time.Millisecond)), mode)
	}
	tenant := "outage"
	load := []store.Limit{{Name: "requests_per_day", Key: "outage:rpd", Tenant: tenant, Limit: 1 << 40, Window: store.Day, Cost: 1}}

	var (
		stop      atomic.Bool
		calls     atomic.Int64
		byMode    sync.Map // store.FailMode -> *atomic.Int64
		mu        sync.Mutex
		slowest   time.Duration
		firstErr  error
		wrongMode error
		wg        sync.WaitGroup
	)
	count := func(m store.FailMode) *atomic.Int64 {
		v, _ := byMode.LoadOrStore(m, new(atomic.Int64))
		return v.(*atomic.Int64)
	}
	for w := range workers {
		wg.Go(func() {
			s := stores[w%replicas]
			for !stop.Load() {
				start := time.Now()
				res, err := s.Charge(context.Background(), time.Now(), load)
				d := time.Since(start)
				mu.Lock()
				slowest = max(slowest, d)
				if err != nil && firstErr == nil {
					firstErr = err
				}
				if err == nil && res.Fallback != "" && res.Fallback != mode {
					wrongMode = fmt.Errorf("answered by %q in mode %q", res.Fallback, mode)
				}
				if err == nil && res.Allowed != (mode != store.FailClosed || res.Fallback == "") {
					wrongMode = fmt.Errorf("mode %q, fallback %q: Allowed = %v", mode, res.Fallback, res.Allowed)
				}
				mu.Unlock()
				calls.Add(1)
				count(res.Fallback).Add(1)
				// Pace the load like callers, not a busy loop: on a small
				// machine a busy loop starves the very calls it times.
				time.Sleep(time.Millisecond)
			}
		})
	}
	defer func() { stop.Store(true); wg.Wait() }()

	waitFor := func(what string, cond func() bool) {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for !cond() {
			if time.Now().After(deadline) {
				t.Fatalf("waiting for %s: not within 10s", what)
			}
			time.Sleep(5 * time.Millisecond) // poll interval, bounded by the deadline
		}
	}
	waitFor("calls before the outage", func() bool { return count("").Load() >= 200 })
	breakRedis(srv)
	waitFor("every replica answering by the fail mode", func() bool {
		for _, s := range stores {
			if s.Stats().Fallbacks < 50 {
				return false
			}
		}
		return true
	})
	for i, s := range stores {
		if !s.Degraded() {
			t.Errorf("replica %d: Degraded() = false during the outage, want true", i)
		}
	}
	fixRedis(srv)
	sharedBefore := count("").Load()
	waitFor("calls answered by Redis again", func() bool { return count("").Load() >= sharedBefore+200 })
	stop.Store(true)
	wg.Wait()
	// Every replica comes back on its own, at the latest when its breaker
	// next probes.
	for i, s := range stores {
		waitFor(fmt.Sprintf("replica %d answered by Redis", i), func() bool {
			res, err := s.Charge(context.Background(), time.Now(), load)
			return err == nil && res.Fallback == "" && !s.Degraded()
		})
	}

	mu.Lock()
	defer mu.Unlock()
	if firstErr != nil {
		t.Errorf("a call failed: %v", firstErr)
	}
	if wrongMode != nil {
		t.Error(wrongMode)
	}
	if slowest > callBound {
		t.Errorf("slowest call took %v, want under %v: a hang, not a timeout", slowest, callBound)
	}
	t.Logf("%d calls, %d by Redis, %d by fail mode %s; slowest %v", calls.Load(), count("").Load(), count(mode).Load(), mode, slowest)

	// Counting is Redis's again: charges through the wrapper show there.
	fresh := []store.Limit{{Name: "requests_per_day", Key: "outage:after", Tenant: tenant, Limit: 100, Window: store.Day, Cost: 1}}
	for range 7 {
		res, err := stores[0].Charge(context.Background(), time.Now(), fresh)
		if err != nil || res.Fallback != "" {
			t.Fatalf("Charge after recovery = fallback %q, %v; want Redis to answer", res.Fallback, err)
		}
	}
	st, err := stores[1].Usage(context.Background(), time.Now(), fresh)
	if err != nil {
		t.Fatal(err)
	}
	if got := st[0].Remaining; got != 93 {
		t.Errorf("Redis remaining after 7 charges = %d, want 93", got)
	}
}

// TestLocalCounts checks that fail mode local counts exactly per replica,
// reservations included, and settles a reservation made during the outage
// once Redis is back.
func TestLocalCounts(t *testing.T) {
	srv := redistest.Start(t)
	s := newFailover(t, openRedis(t, srv.URL()), store.FailLocal)
	srv.Kill()
	ctx := context.Background()
	now := time.Now()
	tenant := "local"
	rpd := store.Limit{Name: "requests_per_day", Key: "local:rpd", Tenant: tenant, Limit: 5, Window: store.Day, Cost: 1}
	admitted := 0
	for range 10 {
		res, err := s.Charge(ctx, now, []store.Limit{rpd})
		if err != nil {
			t.Fatal(err)
		}
		if res.Fallback != store.FailLocal {
			t.Fatalf("Fallback = %q, want local", res.Fallback)
		}
		if res.Allowed {
			admitted++
		}
	}
	if admitted != 5 {
		t.Errorf("local counters admitted %d of 10 against a limit of 5, want 5", admitted)
	}
	if _, err := s.Usage(ctx, now, []store.Limit{rpd}); !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("Usage during the outage: error %v, want ErrUnavailable", err)
	}

	tpd := store.Limit{Name: "tokens_per_day", Key: "local:tpd", Tenant: tenant, Limit: 10_000, Window: store.Day, Cost: 4_000}
	res, err := s.Reserve(ctx, now, store.Reservation{Tenant: tenant, ID: "during", Limits: []store.Limit{tpd}})
	if err != nil || !res.Allowed || res.Fallback != store.FailLocal {
		t.Fatalf("Reserve during the outage = %+v, %v; want allowed by local", res, err)
	}
	srv.Restart()
	// Wait out the breaker's cooldown: poll until Redis answers.
	deadline := time.Now().Add(10 * time.Second)
	for {
		res, err := s.Charge(ctx, now, []store.Limit{{Name: "probe", Key: "local:probe", Tenant: tenant, Limit: 1 << 30, Window: store.Day, Cost: 1}})
		if err == nil && res.Fallback == "" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Redis not answering 10s after restart: %v", err)
		}
		time.Sleep(10 * time.Millisecond) // poll interval, bounded by the deadline
	}
	sr, err := s.Settle(ctx, now, store.Settlement{Tenant: tenant, ID: "during", Limits: []store.Limit{{
		Name: tpd.Name, Key: tpd.Key, Tenant: tenant, Limit: tpd.Limit, Window: tpd.Window, Cost: 1_000,
	}}})
	if err != nil || !sr.Found || sr.Fallback != store.FailLocal {
		t.Fatalf("Settle after recovery of a local reservation = %+v, %v; want found in local", sr, err)
	}
	if got := sr.Statuses[0].Remaining; got != 9_000 {
		t.Errorf("local remaining after settle = %d, want 9000", got)
	}
}

// Errors that are not an outage are the caller's to see.
func TestPassesOtherErrors(t *testing.T) {
	srv := redistest.Start(t)
	s := newFailover(t, openRedis(t, srv.URL()), store.FailOpen)
	bad := []store.Limit{{Name: "x", Key: "k", Tenant: "t", Limit: 1, Window: "fortnight", Cost: 1}}
	res, err := s.Charge(context.Background(), time.Now(), bad)
	if err == nil || res.Allowed {
		t.Errorf("Charge of an invalid limit = %v, %v; want an error, not fail-open", res.Allowed, err)
	}
	if s.Degraded() {
		t.Errorf("Degraded() = true after a bad call, want false")
	}
}
