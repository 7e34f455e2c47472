package policies

import "github.com/open-policy-agent/opa/v1/ast"

// localCache is one evaluation's own cache of rule and function values, in
// place of OPA's. OPA's is a trie with a node and a map for every term of
// every key; an evaluation of the prompt policy puts a handful of values,
// each allocating several of those. This keeps a frame's entries in a
// slice, compared in turn while there are few and found by the key's hash
// once there are many (an evaluation without the rule cache puts about a
// hundred).
type localCache struct {
	frames []localFrame // the last is the active one
}

type localFrame struct {
	entries []localEntry
	index   map[int][]int32 // by key hash, once entries outgrow a scan
}

type localEntry struct {
	key   ast.Ref
	value *ast.Term // nil: undefined
}

// localScan is how many entries a frame searches in turn before it keeps
// an index by hash.
const localScan = 16

func newLocalCache() *localCache {
	return &localCache{frames: make([]localFrame, 1, 2)}
}

func (c *localCache) Push() { c.frames = append(c.frames, localFrame{}) }

func (c *localCache) Pop() {
	c.frames[len(c.frames)-1] = localFrame{}
	c.frames = c.frames[:len(c.frames)-1]
}

func (c *localCache) top() *localFrame { return &c.frames[len(c.frames)-1] }

// Get returns the value under ref in the active frame: the value and
// false, nil and true where it was undefined, nil and false where none
// was put.
func (c *localCache) Get(ref ast.Ref) (*ast.Term, bool) {
	if e := c.top().find(ref); e != nil {
		return e.value, e.value == nil
	}
	return nil, false
}

func (f *localFrame) find(ref ast.Ref) *localEntry {
	if f.index == nil {
		for i := range f.entries {
			if f.entries[i].key.Equal(ref) {
				return &f.entries[i]
			}
		}
		return nil
	}
	for _, i := range f.index[ref.Hash()] {
		if f.entries[i].key.Equal(ref) {
			return &f.entries[i]
		}
	}
	return nil
}

// Put sets the value under ref in the active frame; nil marks it
// undefined.
func (c *localCache) Put(ref ast.Ref, value *ast.Term) {
	f := c.top()
	if e := f.find(ref); e != nil {
		e.value = value
		return
	}
	// OPA reuses the slice it builds keys in; the terms stay as they are.
	f.entries = append(f.entries, localEntry{key: append(ast.Ref(nil), ref...), value: value})
	switch n := len(f.entries); {
	case n == localScan+1:
		f.index = make(map[int][]int32, 2*localScan)
		for i := range f.entries {
			h := f.entries[i].key.Hash()
			f.index[h] = append(f.index[h], int32(i))
		}
	case n > localScan+1:
		h := ref.Hash()
		f.index[h] = append(f.index[h], int32(n-1))
	}
}

// Keys returns the keys of the active frame.
func (c *localCache) Keys() []ast.Ref {
	f := c.top()
	keys := make([]ast.Ref, len(f.entries))
	for i := range f.entries {
		keys[i] = f.entries[i].key
	}
	return keys
}
