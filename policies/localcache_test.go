package policies

import (
	"fmt"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
)

func TestLocalCache(t *testing.T) {
	c := newLocalCache()
	key := func(i int) ast.Ref { return ast.MustParseRef(fmt.Sprintf("data.p.r%d", i)) }
	// Enough keys that the frame turns from scanning to an index.
	const n = 3 * localScan
	for i := range n {
		ref := key(i)
		if i%5 == 0 {
			c.Put(ref, nil)
		} else {
			c.Put(ref, ast.IntNumberTerm(i))
		}
		// OPA reuses the slice a key is built in.
		ref[2] = ast.StringTerm("changed")
	}
	check := func(i int) {
		t.Helper()
		v, undefined := c.Get(key(i))
		switch {
		case i%5 == 0 && (v != nil || !undefined):
			t.Errorf("r%d = %v, %v; want undefined", i, v, undefined)
		case i%5 != 0 && (v == nil || undefined || !v.Equal(ast.IntNumberTerm(i))):
			t.Errorf("r%d = %v, %v; want %d", i, v, undefined, i)
		}
	}
	for i := range n {
		check(i)
	}
	if v, undefined := c.Get(ast.MustParseRef("data.p.changed")); v != nil || undefined {
		t.Errorf("a key changed after Put was found: %v, %v", v, undefined)
	}
	if got := len(c.Keys()); got != n {
		t.Errorf("%d keys, want %d", got, n)
	}

	// A pushed frame starts empty and its values go with it.
	c.Push()
	if v, undefined := c.Get(key(1)); v != nil || undefined {
		t.Errorf("a new frame has r1 = %v, %v", v, undefined)
	}
	c.Put(key(1), ast.StringTerm("inner"))
	if v, _ := c.Get(key(1)); v == nil || !v.Equal(ast.StringTerm("inner")) {
		t.Errorf("inner r1 = %v", v)
	}
	c.Pop()
	check(1)

	// A value put again replaces the first, before and after the index.
	for _, i := range []int{1, n - 1} {
		c.Put(key(i), ast.StringTerm("again"))
		if v, _ := c.Get(key(i)); v == nil || !v.Equal(ast.StringTerm("again")) {
			t.Errorf("r%d put again = %v", i, v)
		}
	}
	if got := len(c.Keys()); got != n {
		t.Errorf("%d keys after putting two again, want %d", got, n)
	}
}
