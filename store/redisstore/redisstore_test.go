package redisstore_test

import (
	"context"
	"errors"
	"net"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/promptgate/promptgate/internal/redistest"
	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/redisstore"
	"github.com/promptgate/promptgate/store/storetest"
)

// open opens a Store on url for the length of the test.
func open(t testing.TB, url string, opts ...redisstore.Option) *redisstore.Store {
	t.Helper()
	s, err := redisstore.Open(url, opts...)
	if err != nil {
		t.Fatalf("Open(%q): %v", url, err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

// contract runs the contract suite against the Redis at url; a generous
// timeout keeps a loaded test machine from looking like an outage.
func contract(t *testing.T, url string) {
	storetest.Run(t, func(t *testing.T) store.Store {
		return open(t, url, redisstore.WithCallerClock(), redisstore.WithTimeout(5*time.Second))
	})
}

func TestContractStandalone(t *testing.T) {
	contract(t, redistest.Start(t).URL())
}

// With Redis's own clock (the default), replicas still count exactly.
func TestServerClockConcurrent(t *testing.T) {
	srv := redistest.Start(t)
	storetest.RunOwnClock(t, func(t *testing.T) store.Store {
		return open(t, srv.URL(), redisstore.WithTimeout(5*time.Second))
	})
}

func TestContractSentinel(t *testing.T) {
	master := redistest.Start(t)
	sentinel := redistest.StartSentinel(t, master, "pgmaster")
	contract(t, sentinel.URL()+"?master_name=pgmaster")
}

func TestCluster(t *testing.T) {
	c := redistest.StartCluster(t, 3)
	t.Run("Contract", func(t *testing.T) { contract(t, c.URL()) })
	t.Run("ServerClock", func(t *testing.T) {
		storetest.RunOwnClock(t, func(t *testing.T) store.Store {
			return open(t, c.URL(), redisstore.WithTimeout(5*time.Second))
		})
	})
	t.Run("OneRoundTrip", func(t *testing.T) { testOneRoundTrip(t, c.URL(), c.Addrs()...) })
	t.Run("SpreadOverMasters", func(t *testing.T) {
		// Tenants land on different masters, each tenant's keys on one.
		s := open(t, c.URL())
		for i := range 30 {
			tenant := "spread-" + strconv.Itoa(i)
			l := func(name string, w store.Window) store.Limit {
				return store.Limit{Name: name, Key: tenant + ":" + name, Tenant: tenant, Limit: 10, Window: w, Cost: 1}
			}
			if _, err := s.Reserve(context.Background(), time.Now(), store.Reservation{
				Tenant: tenant, ID: "r", Limits: []store.Limit{
					l("rpm", store.Minute), l("rpd", store.Day), l("flight", store.InFlight),
				},
			}); err != nil {
				t.Fatalf("Reserve for %s: %v", tenant, err)
			}
		}
		for _, addr := range c.Addrs() {
			n, err := redistest.Do(addr, "DBSIZE")
			if err != nil {
				t.Fatal(err)
			}
			if n == "0" {
				t.Errorf("master %s holds no keys: tenants are not spread", addr)
			}
		}
	})
}

func TestOneRoundTrip(t *testing.T) {
	srv := redistest.Start(t)
	testOneRoundTrip(t, srv.URL(), srv.Addr)
}

// testOneRoundTrip checks in Redis's own command statistics that each call
// is one EVALSHA and nothing else.
func testOneRoundTrip(t *testing.T, url string, nodes ...string) {
	s := open(t, url, redisstore.WithTimeout(5*time.Second))
	ctx := context.Background()
	if err := s.Load(ctx); err != nil {
		t.Fatal(err)
	}
	tenant := "roundtrip"
	limits := []store.Limit{
		{Name: "rpm", Key: "roundtrip:rpm", Tenant: tenant, Limit: 1000, Window: store.Minute, Cost: 1},
		{Name: "tpd", Key: "roundtrip:tpd", Tenant: tenant, Limit: 1_000_000, Window: store.Day, Cost: 500},
		{Name: "flight", Key: "roundtrip:flight", Tenant: tenant, Limit: 100, Window: store.InFlight, Cost: 1},
	}
	// Warm the connections and the cluster's slot map, then count.
	if _, err := s.Charge(ctx, time.Now(), limits); err != nil {
		t.Fatal(err)
	}
	stopMonitors := make([]func() map[string]int, len(nodes))
	for i, n := range nodes {
		if _, err := redistest.Do(n, "CONFIG", "RESETSTAT"); err != nil {
			t.Fatal(err)
		}
		stopMonitors[i] = redistest.Monitor(t, n)
	}
	const charges, reservations = 40, 20
	for range charges {
		if _, err := s.Charge(ctx, time.Now(), limits); err != nil {
			t.Fatal(err)
		}
	}
	for i := range reservations {
		id := "rt-" + strconv.Itoa(i)
		if _, err := s.Reserve(ctx, time.Now(), store.Reservation{Tenant: tenant, ID: id, Limits: limits}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Settle(ctx, time.Now(), store.Settlement{Tenant: tenant, ID: id, Limits: limits}); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Usage(ctx, time.Now(), limits); err != nil {
			t.Fatal(err)
		}
	}
	want := charges + 3*reservations
	// What clients sent, by MONITOR: every call one EVALSHA, nothing else.
	sent := map[string]int{}
	for _, stop := range stopMonitors {
		for cmd, n := range stop() {
			sent[cmd] += n
		}
	}
	if got := sent["evalsha"]; got != want {
		t.Errorf("clients sent %d EVALSHA for %d store calls, want %d", got, want, want)
	}
	for cmd, n := range sent {
		if cmd != "evalsha" {
			t.Errorf("clients sent %d %s, want nothing besides EVALSHA", n, cmd)
		}
	}
	// And what Redis ran, by INFO commandstats.
	evalsha := 0
	for _, n := range nodes {
		info, err := redistest.Do(n, "INFO", "commandstats")
		if err != nil {
			t.Fatal(err)
		}
		evalsha += commandCalls(info)["evalsha"]
	}
	if evalsha != want {
		t.Errorf("cmdstat_evalsha calls = %d for %d store calls, want %d", evalsha, want, want)
	}
}

var cmdstatRE = regexp.MustCompile(`(?m)^cmdstat_([a-z|_-]+):calls=(\d+)`)

func commandCalls(info string) map[string]int {
	out := map[string]int{}
	for _, m := range cmdstatRE.FindAllStringSubmatch(info, -1) {
		n, _ := strconv.Atoi(m[2])
		out[m[1]] = n
	}
	return out
}

func TestServerClock(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL())
	l := store.Limit{Name: "rpd", Key: "clock:rpd", Tenant: "clock", Limit: 10, Window: store.Day, Cost: 1}
	// A caller clock decades off is ignored: the day is Redis's.
	before := time.Now()
	res, err := s.Charge(context.Background(), time.Date(2001, 1, 1, 0, 0, 0, 0, time.UTC), []store.Limit{l})
	if err != nil {
		t.Fatal(err)
	}
	after := time.Now()
	got := res.Statuses[0].ResetAt
	if !got.Equal(store.NextUTCDay(before)) && !got.Equal(store.NextUTCDay(after)) {
		t.Errorf("ResetAt = %v, want the next UTC midnight after %v by Redis's clock", got, before)
	}
}

func TestNoScript(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL())
	l := store.Limit{Name: "rpd", Key: "noscript:rpd", Tenant: "noscript", Limit: 10, Window: store.Day, Cost: 1}
	ctx := context.Background()
	for i := range 3 {
		// Redis forgets its scripts after a restart or failover; the store
		// loads them again.
		if _, err := redistest.Do(srv.Addr, "SCRIPT", "FLUSH"); err != nil {
			t.Fatal(err)
		}
		res, err := s.Charge(ctx, time.Now(), []store.Limit{l})
		if err != nil {
			t.Fatalf("Charge after SCRIPT FLUSH: %v", err)
		}
		if got, want := res.Statuses[0].Remaining, int64(9-i); got != want {
			t.Errorf("Remaining = %d, want %d: charged once per call", got, want)
		}
	}
}

// outageBound tells a store that gives up in time from one that hangs: far
// above the 50ms timeout, far below anything a caller would wait.
const outageBound = 500 * time.Millisecond

func TestOutage(t *testing.T) {
	for _, tt := range []struct {
		name          string
		break_, mend_ func(*redistest.Server)
	}{
		{"Killed", (*redistest.Server).Kill, (*redistest.Server).Restart},
		{"Hung", (*redistest.Server).Pause, (*redistest.Server).Resume},
	} {
		t.Run(tt.name, func(t *testing.T) {
			srv := redistest.Start(t)
			s := open(t, srv.URL(), redisstore.WithBreaker(3, 100*time.Millisecond))
			l := []store.Limit{{Name: "rpd", Key: "outage:rpd", Tenant: "outage", Limit: 1000, Window: store.Day, Cost: 1}}
			ctx := context.Background()
			if _, err := s.Charge(ctx, time.Now(), l); err != nil {
				t.Fatal(err)
			}
			tt.break_(srv)
			var wg sync.WaitGroup
			errs := make(chan error, 200)
			for range 200 {
				wg.Go(func() {
					start := time.Now()
					_, err := s.Charge(ctx, time.Now(), l)
					if d := time.Since(start); d > outageBound {
						errs <- errors.New("a call took " + d.String())
					}
					if !errors.Is(err, store.ErrUnavailable) {
						errs <- errors.New("error " + errString(err) + ", want ErrUnavailable")
					}
				})
			}
			wg.Wait()
			close(errs)
			for err := range errs {
				t.Error(err)
				break
			}
			if s.Healthy() {
				t.Errorf("Healthy() = true during the outage, want false")
			}
			tt.mend_(srv)
			// Recovery is automatic: the breaker probes until Redis answers.
			deadline := time.Now().Add(10 * time.Second)
			for {
				_, err := s.Charge(ctx, time.Now(), l)
				if err == nil {
					break
				}
				if time.Now().After(deadline) {
					t.Fatalf("still failing 10s after Redis came back: %v", err)
				}
				time.Sleep(10 * time.Millisecond) // poll interval, bounded by the deadline
			}
			if !s.Healthy() {
				t.Errorf("Healthy() = false after recovery, want true")
			}
		})
	}
}

func errString(err error) string {
	if err == nil {
		return "nil"
	}
	return err.Error()
}

func TestCallerCancel(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL())
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	l := []store.Limit{{Name: "rpd", Key: "cancel:rpd", Tenant: "cancel", Limit: 10, Window: store.Day, Cost: 1}}
	_, err := s.Charge(ctx, time.Now(), l)
	if !errors.Is(err, context.Canceled) || errors.Is(err, store.ErrUnavailable) {
		t.Errorf("Charge with a canceled context: error %v, want context.Canceled and not ErrUnavailable", err)
	}
	if !s.Healthy() {
		t.Errorf("Healthy() = false after callers gave up, want true: that says nothing of Redis")
	}
}

// TestKeysExpire checks that every key the store writes expires: a bucket
// once it would be full again, a day count after its day, a reservation and
// its in-flight slot after the reservation's life, each with a margin.
func TestKeysExpire(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL())
	tenant := "ttl"
	ttl := 2 * time.Minute
	limits := []store.Limit{
		{Name: "rpm", Key: "ttl:rpm", Tenant: tenant, Limit: 60, Window: store.Minute, Cost: 30},
		{Name: "rpd", Key: "ttl:rpd", Tenant: tenant, Limit: 10, Window: store.Day, Cost: 1},
		{Name: "flight", Key: "ttl:flight", Tenant: tenant, Limit: 10, Window: store.InFlight, Cost: 1},
	}
	now := time.Now()
	if _, err := s.Reserve(context.Background(), now, store.Reservation{Tenant: tenant, ID: "r1", Limits: limits, TTL: ttl}); err != nil {
		t.Fatal(err)
	}
	keys, err := redistest.DoAny(srv.Addr, "KEYS", "*")
	if err != nil {
		t.Fatal(err)
	}
	const margin = time.Minute
	untilMidnight := store.NextUTCDay(now).Sub(now)
	bounds := map[string]time.Duration{
		":m:": 30*time.Second + margin, // half a bucket comes back in 30s
		":d:": untilMidnight + margin,
		":f:": ttl + margin,
		":r:": ttl + margin,
	}
	seen := 0
	for _, k := range keys.([]any) {
		key := k.(string)
		pttl, err := redistest.Do(srv.Addr, "PTTL", key)
		if err != nil {
			t.Fatal(err)
		}
		ms, _ := strconv.ParseInt(pttl, 10, 64)
		d := time.Duration(ms) * time.Millisecond
		for part, most := range bounds {
			if !strings.Contains(key, part) {
				continue
			}
			seen++
			// A second of slack for the script's rounding up to whole ms
			// and for Redis's clock reading a moment after this test's.
			if d <= 0 || d > most+time.Second {
				t.Errorf("key %s expires in %v, want within (0, %v]", key, d, most)
			}
		}
	}
	if seen != 4 {
		t.Errorf("found %d of the 4 keys a reservation writes: %v", seen, keys)
	}
}

// TestSentinelFailover kills the master behind a Sentinel: once Sentinel
// has promoted the replica, the store counts on, from the replica's copy.
func TestSentinelFailover(t *testing.T) {
	master := redistest.Start(t)
	_, port, _ := net.SplitHostPort(master.Addr)
	replica := redistest.Start(t, "--replicaof", "127.0.0.1", port)
	poll(t, "replica in sync", func() bool {
		info, err := redistest.Do(replica.Addr, "INFO", "replication")
		return err == nil && strings.Contains(info, "master_link_status:up")
	})
	sentinel := redistest.StartSentinel(t, master, "pgfail")
	poll(t, "sentinel knows the replica", func() bool {
		r, err := redistest.DoAny(sentinel.Addr, "SENTINEL", "REPLICAS", "pgfail")
		a, ok := r.([]any)
		return err == nil && ok && len(a) == 1
	})
	s := open(t, sentinel.URL()+"?master_name=pgfail", redisstore.WithBreaker(1000, time.Millisecond))
	ctx := context.Background()
	l := []store.Limit{{Name: "rpd", Key: "sentinel:rpd", Tenant: "sentinel", Limit: 100, Window: store.Day, Cost: 1}}
	for range 5 {
		if _, err := s.Charge(ctx, time.Now(), l); err != nil {
			t.Fatal(err)
		}
	}
	// The replica has every charge before the master goes. WAIT would
	// wait only for the writes of the connection that sends it, and a
	// new connection has written nothing: the replica's offset is read
	// instead, until it reaches the master's.
	want := replOffset(t, master.Addr)
	poll(t, "the replica at the master's offset", func() bool {
		return replOffset(t, replica.Addr) >= want
	})
	if n, err := redistest.Do(replica.Addr, "DBSIZE"); err != nil || n == "0" {
		t.Fatalf("replica keys before the failover = %q, %v: the charges did not reach it", n, err)
	}
	// The master hangs rather than exits: it keeps its port until the
	// test ends. A dead master frees the port, and a Redis that another
	// test (in this process or another package's) starts on it would be
	// taken for the master come back, and the replica would copy its empty
	// data set; holding the port after the kill left a moment for that.
	master.Pause()
	// Charges wait for Sentinel to name the replica: until then the client
	// may still dial the old master's address.
	_, replicaPort, _ := net.SplitHostPort(replica.Addr)
	poll(t, "sentinel names the replica master", func() bool {
		r, err := redistest.DoAny(sentinel.Addr, "SENTINEL", "GET-MASTER-ADDR-BY-NAME", "pgfail")
		a, ok := r.([]any)
		return err == nil && ok && len(a) == 2 && a[1] == replicaPort
	})
	var res store.Result
	poll(t, "a charge after failover", func() bool {
		var err error
		res, err = s.Charge(ctx, time.Now(), l)
		return err == nil
	})
	if got := res.Statuses[0].Remaining; got != 94 {
		t.Errorf("remaining after failover = %d, want 94: the 5 charges before it and this one\nreplica:%s\nsentinel:%s", got, replica.Log(), sentinel.Log())
	}
}

// replOffset returns the replication offset a server reports: the
// master's, or how far a replica has read it.
func replOffset(t *testing.T, addr string) int64 {
	t.Helper()
	info, err := redistest.Do(addr, "INFO", "replication")
	if err != nil {
		t.Fatalf("INFO replication on %s: %v", addr, err)
	}
	for line := range strings.Lines(info) {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "master_repl_offset:"); ok {
			n, err := strconv.ParseInt(v, 10, 64)
			if err != nil {
				t.Fatalf("master_repl_offset on %s: %v", addr, err)
			}
			return n
		}
	}
	t.Fatalf("INFO replication on %s has no master_repl_offset", addr)
	return 0
}

// poll waits for cond, failing the test after 30s.
func poll(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: not within 30s", what)
		}
		time.Sleep(20 * time.Millisecond) // poll interval, bounded by the deadline
	}
}

// TestConcurrentCallsShareRoundTrips checks that calls made at once share
// round trips to Redis, and that every one of them is still counted once.
func TestConcurrentCallsShareRoundTrips(t *testing.T) {
	srv := redistest.Start(t)
	s := open(t, srv.URL(), redisstore.WithTimeout(5*time.Second))
	ctx := context.Background()
	if err := s.Load(ctx); err != nil {
		t.Fatal(err)
	}
	l := []store.Limit{{Name: "rpd", Key: "batch:rpd", Tenant: "batch", Limit: 1_000_000, Window: store.Day, Cost: 1}}
	before := redisstore.RoundTrips(s)
	const workers, each = 50, 40
	var wg sync.WaitGroup
	errs := make(chan error, workers)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range each {
				if _, err := s.Charge(ctx, time.Now(), l); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	trips := redisstore.RoundTrips(s) - before
	if trips >= workers*each {
		t.Errorf("%d calls made %d round trips, want fewer", workers*each, trips)
	}
	st, err := s.Usage(ctx, time.Now(), l)
	if err != nil {
		t.Fatal(err)
	}
	if used := l[0].Limit - st[0].Remaining; used != workers*each {
		t.Errorf("counted %d calls, want %d", used, workers*each)
	}
	t.Logf("%d calls in %d round trips", workers*each, trips)
}
