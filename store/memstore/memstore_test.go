package memstore_test

import (
	"testing"

	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/memstore"
	"github.com/promptgate/promptgate/store/storetest"
)

func TestContract(t *testing.T) {
	s := memstore.New()
	storetest.Run(t, func(*testing.T) store.Store { return s })
}

func BenchmarkCharge(b *testing.B) {
	s := memstore.New()
	b.Run("OneTenant", func(b *testing.B) { storetest.BenchCharge(b, s, 1) })
	b.Run("ManyTenants", func(b *testing.B) { storetest.BenchCharge(b, s, 64) })
	b.Run("ReserveSettle", func(b *testing.B) { storetest.BenchReserveSettle(b, s, 64) })
}
