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
