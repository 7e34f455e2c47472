package server_test

import (
	"context"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/promptgate/promptgate/internal/redistest"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/failover"
	"github.com/promptgate/promptgate/store/redisstore"
)

// redisReplicas starts n promptgate servers counting in the Redis at url,
// behind the local fail mode, as n replicas behind a load balancer.
func redisReplicas(t *testing.T, n int, url, data string) []*testServer {
	t.Helper()
	var out []*testServer
	for range n {
		rs, err := redisstore.Open(url)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { rs.Close() })
		// As serve does: load the script up front, so that no call meets
		// NOSCRIPT.
		if err := rs.Load(context.Background()); err != nil {
			t.Fatal(err)
		}
		fs, err := failover.New(rs, store.FailLocal)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, startServer(t, serverOptions{data: data, store: fs}))
	}
	return out
}

// evalshaCalls reads how many EVALSHA calls the Redis at addr has served.
func evalshaCalls(t *testing.T, addr string) int {
	t.Helper()
	info, err := redistest.Do(addr, "INFO", "commandstats")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(info, "\n") {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(line), "cmdstat_evalsha:calls="); ok {
			n, _ := strconv.Atoi(rest[:strings.IndexByte(rest, ',')])
			return n
		}
	}
	return 0
}

// concurrently runs f for i from 0 to n-1, at most limit at once, each
// with a bounded context, and waits for all.
func concurrently(n, limit int, f func(ctx context.Context, i int)) {
	var wg sync.WaitGroup
	sem := make(chan struct{}, limit)
	for i := range n {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
			defer cancel()
			f(ctx, i)
		}()
	}
	wg.Wait()
}

// hammer sends calls CheckPrompt calls for tenant across the replicas,
// at most 200 at once, and returns how many were allowed.
func hammer(t *testing.T, replicas []*testServer, tenant string, calls int) (allowed int64) {
	t.Helper()
	var failed atomic.Int64
	concurrently(calls, 200, func(ctx context.Context, i int) {
		resp, err := replicas[i%len(replicas)].client.CheckPrompt(ctx, prompt(tenant, "hello"))
		if err != nil {
			failed.Add(1)
			return
		}
		if resp.GetDecision().GetAction() == pb.Action_ACTION_ALLOW {
			atomic.AddInt64(&allowed, 1)
		}
	})
	if n := failed.Load(); n > 0 {
		t.Fatalf("%d of %d calls failed", n, calls)
	}
	return allowed
}

// TestReplicas_ExactDailyLimit: four replicas sharing one Redis admit
// exactly a tenant's daily limit out of 2,000 concurrent calls, on a
// standalone Redis and on a three-master Cluster, in one EVALSHA a call.
// Exactness holds while Redis answers within the store's timeout; a call
// past it is answered by the fail mode, here per replica. With 200 calls in
// flight on two shared cores Redis can fall behind the 50 ms default, so
// the test gives it a timeout that only a dead Redis would miss.
func TestReplicas_ExactDailyLimit(t *testing.T) {
	const patient = "?timeout=5s"
	const data = `{"promptgate":{"tenants":{"acme":{"requests_per_day":500}}}}`
	t.Run("standalone", func(t *testing.T) {
		rds := redistest.Start(t)
		replicas := redisReplicas(t, 4, rds.URL()+patient, data)
		before := evalshaCalls(t, rds.Addr)
		if got := hammer(t, replicas, "acme", 2000); got != 500 {
			t.Errorf("admitted %d of 2000, want exactly 500", got)
		}
		if got := evalshaCalls(t, rds.Addr) - before; got != 2000 {
			t.Errorf("Redis served %d EVALSHA for 2000 calls, want one a call", got)
		}
	})
	t.Run("cluster", func(t *testing.T) {
		c := redistest.StartCluster(t, 3)
		replicas := redisReplicas(t, 4, c.URL()+patient, data)
		if got := hammer(t, replicas, "acme", 2000); got != 500 {
			t.Errorf("admitted %d of 2000, want exactly 500", got)
		}
	})
}

// TestReplicas_RedisOutage kills Redis under load: every call still
// answers, promptly, in the local fail mode, and counting goes back to
// Redis when it returns.
func TestReplicas_RedisOutage(t *testing.T) {
	rds := redistest.Start(t)
	replicas := redisReplicas(t, 2, rds.URL(), `{"promptgate":{"tenants":{"acme":{"requests_per_day":100000}}}}`)
	var slowest atomic.Int64
	var errs atomic.Int64
	call := func(i int) {
		start := time.Now()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := replicas[i%2].client.CheckPrompt(ctx, prompt("acme", "hello")); err != nil {
			errs.Add(1)
		}
		if d := time.Since(start); d.Nanoseconds() > slowest.Load() {
			slowest.Store(d.Nanoseconds())
		}
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 60 {
				if w == 0 && i == 20 {
					rds.Kill()
				}
				call(i)
			}
		}()
	}
	wg.Wait()
	if n := errs.Load(); n > 0 {
		t.Errorf("%d calls failed during the outage, want every one answered by the fail mode", n)
	}
	// A generous bound that tells a timeout or hang from the fail mode's
	// prompt answer (the store's own timeout is 50 ms).
	if d := time.Duration(slowest.Load()); d > time.Second {
		t.Errorf("slowest call took %v during the outage, want well under a second", d)
	}
	_, body := httpGet(t, "http://"+replicas[0].httpAddr+"/readyz")
	if !strings.Contains(body, `"counters_degraded":true`) {
		t.Errorf("/readyz during the outage = %s, want counters_degraded true", body)
	}

	rds.Restart()
	deadline := time.Now().Add(15 * time.Second)
	for {
		call(0)
		if evalshaCalls(t, rds.Addr) > 0 {
			break // counting is back in Redis
		}
		if time.Now().After(deadline) {
			t.Fatal("counting did not return to Redis within 15s of its restart")
		}
		time.Sleep(50 * time.Millisecond)
	}
	_, body = httpGet(t, "http://"+replicas[0].httpAddr+"/readyz")
	if !strings.Contains(body, `"counters_degraded":false`) {
		t.Errorf("/readyz after recovery = %s, want counters_degraded false", body)
	}
}

// TestReplicas_TokenBucket: with a per-minute bucket instead of a day
// limit, what four replicas admit lies between the bucket's capacity and
// the capacity plus what refilled while the calls ran.
func TestReplicas_TokenBucket(t *testing.T) {
	rds := redistest.Start(t)
	replicas := redisReplicas(t, 4, rds.URL()+"?timeout=5s", `{"promptgate":{"tenants":{"acme":{"requests_per_minute":300}}}}`)
	start := time.Now()
	got := hammer(t, replicas, "acme", 2000)
	elapsed := time.Since(start)
	refill := int64(300 * elapsed.Seconds() / 60)
	if got < 300 || got > 300+refill+1 {
		t.Errorf("admitted %d in %v, want between 300 and %d (capacity plus refill)", got, elapsed, 300+refill+1)
	}
}

// TestReplicas_ReserveSettleExact: calls reserve their estimate on one
// replica and settle random real usage on another; the token counter ends
// at exactly the real total.
func TestReplicas_ReserveSettleExact(t *testing.T) {
	rds := redistest.Start(t)
	replicas := redisReplicas(t, 3, rds.URL()+"?timeout=5s", `{"promptgate":{"tenants":{"acme":{"tokens_per_day":100000000}}}}`)
	var total atomic.Int64
	concurrently(300, 50, func(ctx context.Context, i int) {
		id := "call-" + strconv.Itoa(i)
		req := prompt("acme", "hello")
		req.RequestId, req.MaxTokens = id, int64(100+i%500)
		if _, err := replicas[i%3].client.CheckPrompt(ctx, req); err != nil {
			t.Error(err)
			return
		}
		// Deterministic "random" usage, different for every call.
		in, out := int64(7+(i*37)%211), int64(1+(i*91)%600)
		if _, err := replicas[(i+1)%3].client.CheckResponse(ctx, &pb.CheckResponseRequest{
			Subject: &pb.Subject{Tenant: "acme"}, RequestId: id, Content: "ok",
			Usage: &pb.Usage{InputTokens: in, OutputTokens: out},
		}); err != nil {
			t.Error(err)
			return
		}
		total.Add(in + out)
	})
	if used := tenantCounter(t, replicas[0].client, "acme", "tokens_per_day").GetUsed(); used != total.Load() {
		t.Errorf("tokens counted = %d, real total = %d: want them equal", used, total.Load())
	}
}
