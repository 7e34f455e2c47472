package storetest

import (
	"context"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/promptgate/promptgate/store"
)

// Callers is how many callers the benchmarks run at once.
const Callers = 50

// callLimits are the limits of a typical call of tenant: the five the
// default policy lists, with capacities no benchmark exhausts.
func callLimits(tenant string) []store.Limit {
	l := func(name string, w store.Window, cost int64) store.Limit {
		return store.Limit{Name: name, Key: "tenant:" + tenant + ":" + name, Tenant: tenant, Limit: store.MaxMinuteLimit, Window: w, Cost: cost}
	}
	return []store.Limit{
		l("requests_per_minute", store.Minute, 1),
		l("requests_per_day", store.Day, 1),
		l("tokens_per_minute", store.Minute, 1_500),
		l("tokens_per_day", store.Day, 1_500),
		l("usd_per_day", store.Day, 4_500),
	}
}

// BenchCharge measures Charge of a typical call from Callers concurrent
// callers, spread over tenants tenants, and reports latency percentiles.
func BenchCharge(b *testing.B, s store.Store, tenants int) {
	bench(b, tenants, func(ctx context.Context, limits []store.Limit, _ string) error {
		res, err := s.Charge(ctx, time.Now(), limits)
		if err == nil && !res.Allowed {
			err = fmt.Errorf("charge refused")
		}
		return err
	})
}

// BenchReserveSettle measures a Reserve and its Settle (two store calls)
// from Callers concurrent callers.
func BenchReserveSettle(b *testing.B, s store.Store, tenants int) {
	bench(b, tenants, func(ctx context.Context, limits []store.Limit, id string) error {
		tenant := limits[0].Tenant
		res, err := s.Reserve(ctx, time.Now(), store.Reservation{Tenant: tenant, ID: id, Limits: limits})
		if err != nil {
			return err
		}
		if !res.Allowed {
			return fmt.Errorf("reserve refused")
		}
		_, err = s.Settle(ctx, time.Now(), store.Settlement{Tenant: tenant, ID: id, Limits: limits})
		return err
	})
}

func bench(b *testing.B, tenants int, op func(ctx context.Context, limits []store.Limit, id string) error) {
	calls := make([][]store.Limit, tenants)
	for i := range calls {
		calls[i] = callLimits("bench-" + strconv.Itoa(i))
	}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		next      atomic.Int64
		failed    atomic.Pointer[error]
	)
	b.SetParallelism((Callers + runtime.GOMAXPROCS(0) - 1) / runtime.GOMAXPROCS(0))
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		ctx := context.Background()
		var mine []time.Duration
		for pb.Next() {
			n := next.Add(1)
			start := time.Now()
			err := op(ctx, calls[int(n)%tenants], "bench-"+strconv.FormatInt(n, 10)+"-"+strconv.FormatInt(start.UnixNano(), 36))
			mine = append(mine, time.Since(start))
			if err != nil {
				failed.CompareAndSwap(nil, &err)
			}
		}
		mu.Lock()
		latencies = append(latencies, mine...)
		mu.Unlock()
	})
	b.StopTimer()
	if err := failed.Load(); err != nil {
		b.Fatal(*err)
	}
	slices.Sort(latencies)
	if n := len(latencies); n > 0 {
		b.ReportMetric(float64(latencies[n/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(latencies[n*99/100].Microseconds()), "p99-µs")
	}
}
