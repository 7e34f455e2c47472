package redisstore_test

import (
	"testing"
	"time"

	"github.com/promptgate/promptgate/internal/redistest"
	"github.com/promptgate/promptgate/store/redisstore"
	"github.com/promptgate/promptgate/store/storetest"
)

// The benchmarks run storetest.Callers concurrent callers against one
// redis-server, or a 3-master Cluster, on this machine.

func BenchmarkCharge(b *testing.B) {
	srv := redistest.Start(b)
	s := open(b, srv.URL(), redisstore.WithTimeout(time.Second))
	b.Run("Standalone/OneTenant", func(b *testing.B) { storetest.BenchCharge(b, s, 1) })
	b.Run("Standalone/ManyTenants", func(b *testing.B) { storetest.BenchCharge(b, s, 64) })
	b.Run("Standalone/ReserveSettle", func(b *testing.B) { storetest.BenchReserveSettle(b, s, 64) })
	c := redistest.StartCluster(b, 3)
	cs := open(b, c.URL(), redisstore.WithTimeout(time.Second))
	b.Run("Cluster/ManyTenants", func(b *testing.B) { storetest.BenchCharge(b, cs, 64) })
	b.Run("Cluster/ReserveSettle", func(b *testing.B) { storetest.BenchReserveSettle(b, cs, 64) })
}
