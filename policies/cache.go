package policies

import (
	"maps"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/topdown"
)

// A ruleCache keeps, for the lifetime of one policy revision, the values of
// rules and function calls across evaluations, each under the part of the
// input it reads. OPA caches a rule's value within one evaluation; this
// carries it to the next call that has the same values at those input
// paths. A tenant's settings are computed once per tenant, the limits of
// those settings once, the reasons for a set of findings once, and a call
// pays only for the rules that read what changes from call to call (the
// token count, say).
//
// Which input paths a rule reads is found from the compiled policies: the
// input references in the rule and, transitively, in every rule and
// function it refers to. A rule that reads the whole input (input[x], or
// input passed around as a value), uses with, or calls a builtin whose
// result is not a function of its arguments (time.now_ns, http.send,
// rand.intn, print) is never cached, and neither is any rule that refers
// to it. Data is fixed within a revision; a change of data is a new
// revision with a new cache.
type ruleCache struct {
	rules *ast.TreeNode
	// nodes holds the cacheable rule-tree nodes: their rules, and every
	// rule below them, read only the input paths listed.
	nodes map[*ast.TreeNode]*cacheNode
	// paths are the input paths any cacheable rule reads, without the
	// leading "input".
	paths []ast.Ref
	max   int

	// Entries live in two generations. New ones go to cur; when cur holds
	// half the bound it becomes old and a new cur starts, dropping the
	// old old. A value found in old moves to cur, so what calls keep
	// using (a tenant's settings) stays while one-off values (a user's
	// limits) age out.
	mu      sync.RWMutex
	cur     map[int][]cacheEntry
	old     map[int][]cacheEntry
	curSize int
}

type cacheNode struct {
	paths []int // indexes into ruleCache.paths
	use   nodeUse
}

// nodeUse watches how often a node's values are found again. Values of a
// rule that reads what changes with every call (the token count), or what
// recurs too seldom to stay cached (the limits of one user among many),
// are never found again: storing them costs a lookup, a store and room
// that values in use would have had. A node whose values were found in
// fewer than one lookup in coldHitRate over a window of useWindow lookups
// turns cold: its rules are then evaluated without the cache, but for one
// window in coldSpan, in which it is measured again.
type nodeUse struct {
	lookups atomic.Uint64
	hits    atomic.Uint64 // in the window being measured
	cold    atomic.Bool
}

const (
	useWindow   = 256
	coldSpan    = 8
	coldHitRate = 16
)

// lookup counts a lookup of the node's values and reports whether the
// cache is to be used for it.
func (u *nodeUse) lookup() bool {
	n := u.lookups.Add(1) - 1
	w := n / useWindow
	if n%useWindow == 0 && n > 0 && u.measured(w-1) {
		// The first lookup of a window closes the last, which was measured.
		u.cold.Store(u.hits.Swap(0) < useWindow/coldHitRate)
	}
	return u.measured(w)
}

// measured reports whether window w uses the cache: every window of a
// node that is not cold, one in coldSpan of a cold one. The state changes
// only between windows, so it is the state during w.
func (u *nodeUse) measured(w uint64) bool { return !u.cold.Load() || w%coldSpan == 0 }

// storing reports whether a value computed now is to be stored.
func (u *nodeUse) storing() bool {
	n := u.lookups.Load()
	return n == 0 || u.measured((n-1)/useWindow)
}

type cacheEntry struct {
	key       ast.Ref
	inputs    []ast.Value // the input's values at the node's paths; nil where undefined
	value     *ast.Term
	undefined bool
}

// nondeterministic lists builtins whose result is not a function of their
// arguments alone, or that have effects, besides those OPA marks
// Nondeterministic.
var nondeterministic = map[string]bool{
	ast.Print.Name:      true,
	ast.Trace.Name:      true,
	ast.OPARuntime.Name: true,
	ast.NowNanos.Name:   true,
}

func newRuleCache(c *ast.Compiler, maxEntries int) *ruleCache {
	rc := &ruleCache{rules: c.RuleTree, max: maxEntries, cur: map[int][]cacheEntry{}}
	rc.analyse(c)
	return rc
}

// ruleReads is what one rule, with the rules it refers to, reads of the
// input: a set of paths, or everything.
type ruleReads struct {
	paths map[string]ast.Ref
	all   bool // the whole input, or something not a function of data and input
}

func (r *ruleReads) add(o *ruleReads) {
	if o.all {
		r.all = true
		return
	}
	for k, p := range o.paths {
		r.paths[k] = p
	}
}

func (rc *ruleCache) analyse(c *ast.Compiler) {
	reads := map[*ast.Rule]*ruleReads{}
	var visit func(r *ast.Rule) *ruleReads
	visit = func(r *ast.Rule) *ruleReads {
		if got, ok := reads[r]; ok {
			return got
		}
		rr := &ruleReads{paths: map[string]ast.Ref{}}
		reads[r] = rr // Rego forbids recursion; this only guards the walk
		for rule := r; rule != nil && !rr.all; rule = rule.Else {
			ast.WalkExprs(rule, func(e *ast.Expr) bool {
				if len(e.With) > 0 {
					rr.all = true
				}
				return rr.all
			})
			ast.WalkRefs(rule, func(ref ast.Ref) bool {
				if rr.all {
					return true
				}
				switch {
				case ref.HasPrefix(ast.InputRootRef):
					p := ref.GroundPrefix()
					if len(p) < 2 {
						rr.all = true
						break
					}
					rr.paths[p.String()] = p[1:].Copy()
				case ref.HasPrefix(ast.DefaultRootRef):
					for _, dep := range rulesUnder(c.RuleTree, ref) {
						rr.add(visit(dep))
					}
				default:
					name := ref.String()
					if b, ok := ast.BuiltinMap[name]; ok && (b.Nondeterministic || nondeterministic[name]) {
						rr.all = true
					}
				}
				return rr.all
			})
		}
		return rr
	}

	index := map[string]int{}
	rc.nodes = map[*ast.TreeNode]*cacheNode{}
	var walk func(n *ast.TreeNode) *ruleReads
	walk = func(n *ast.TreeNode) *ruleReads {
		nr := &ruleReads{paths: map[string]ast.Ref{}}
		for _, r := range n.Values {
			nr.add(visit(r))
		}
		for _, child := range n.Children {
			nr.add(walk(child))
		}
		if !nr.all {
			rc.nodes[n] = &cacheNode{paths: pathIndexes(nr.paths, index, &rc.paths)}
		}
		return nr
	}
	walk(c.RuleTree)
}

// pathIndexes numbers a node's input paths, leaving out those under another
// of its paths (input.subject covers input.subject.tenant).
func pathIndexes(paths map[string]ast.Ref, index map[string]int, all *[]ast.Ref) []int {
	keys := slices.Sorted(maps.Keys(paths))
	var out []int
	for i, k := range keys {
		if i > 0 && covered(k, keys[:i]) {
			continue
		}
		n, ok := index[k]
		if !ok {
			n = len(*all)
			index[k] = n
			*all = append(*all, paths[k])
		}
		out = append(out, n)
	}
	return out
}

func covered(k string, shorter []string) bool {
	for _, s := range shorter {
		if strings.HasPrefix(k, s) && (k[len(s)] == '.' || k[len(s)] == '[') {
			return true
		}
	}
	return false
}

// rulesUnder returns the rules a data reference may evaluate: those at the
// node its ground prefix leads to and below it, or at the first node with
// rules on the way there.
func rulesUnder(tree *ast.TreeNode, ref ast.Ref) []*ast.Rule {
	node := tree
	for _, t := range ref.GroundPrefix() {
		next := node.Child(t.Value)
		if next == nil {
			return nil // base data, or nothing
		}
		node = next
		if len(node.Values) > 0 {
			break
		}
	}
	var rules []*ast.Rule
	node.DepthFirst(func(n *ast.TreeNode) bool {
		rules = append(rules, n.Values...)
		return false
	})
	return rules
}

// node returns the cacheable node that key, a cache key OPA built from a
// rule's path (and a function's arguments, or a partial rule's keys),
// names; nil when there is none.
func (rc *ruleCache) node(key ast.Ref) *cacheNode {
	if len(key) > 0 {
		// A function call's key is its name, a ref in one term, then its
		// arguments.
		if name, ok := key[0].Value.(ast.Ref); ok {
			key = name
		}
	}
	n := rc.rules
	for _, t := range key {
		if n = n.Child(t.Value); n == nil {
			return nil
		}
		if len(n.Values) > 0 {
			break
		}
	}
	return rc.nodes[n]
}

func (rc *ruleCache) get(h int, key ast.Ref, inputs func(int) ast.Value, node *cacheNode) (cacheEntry, bool) {
	rc.mu.RLock()
	e, found := find1(rc.cur[h], key, inputs, node)
	if !found {
		e, found = find1(rc.old[h], key, inputs, node)
		if found {
			rc.mu.RUnlock()
			rc.mu.Lock()
			if _, there := find1(rc.cur[h], key, inputs, node); !there {
				rc.add(h, e)
			}
			rc.mu.Unlock()
			return e, true
		}
	}
	rc.mu.RUnlock()
	return e, found
}

func find1(es []cacheEntry, key ast.Ref, inputs func(int) ast.Value, node *cacheNode) (cacheEntry, bool) {
	for _, e := range es {
		if e.matches(key, inputs, node) {
			return e, true
		}
	}
	return cacheEntry{}, false
}

// add puts e in the current generation, starting a new one when it is
// full. The caller holds mu.
func (rc *ruleCache) add(h int, e cacheEntry) {
	if rc.curSize >= max(rc.max/2, 1) {
		rc.old, rc.cur, rc.curSize = rc.cur, make(map[int][]cacheEntry, len(rc.cur)), 0
	}
	rc.cur[h] = append(rc.cur[h], e)
	rc.curSize++
}

func (e cacheEntry) matches(key ast.Ref, inputs func(int) ast.Value, node *cacheNode) bool {
	if !e.key.Equal(key) {
		return false
	}
	for i, p := range node.paths {
		v := inputs(p)
		if (v == nil) != (e.inputs[i] == nil) || v != nil && v.Compare(e.inputs[i]) != 0 {
			return false
		}
	}
	return true
}

func (rc *ruleCache) put(h int, key ast.Ref, inputs func(int) ast.Value, node *cacheNode, value *ast.Term) {
	// An entry keeps its key, the input values it was computed from and its
	// value alive; a function called with a message's text, or a rule that
	// reads every message, would hold whole prompts. Those are computed per
	// call instead.
	budget := maxEntryBytes
	for _, t := range key {
		if !fits(t.Value, &budget) {
			return
		}
	}
	for _, p := range node.paths {
		if v := inputs(p); v != nil && !fits(v, &budget) {
			return
		}
	}
	if value != nil && !fits(value.Value, &budget) {
		return
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if _, there := find1(rc.cur[h], key, inputs, node); there {
		return
	}
	e := cacheEntry{
		// OPA reuses the slice it builds keys in; the terms stay as they are.
		key:       append(ast.Ref(nil), key...),
		inputs:    make([]ast.Value, len(node.paths)),
		value:     value,
		undefined: value == nil,
	}
	for i, p := range node.paths {
		e.inputs[i] = inputs(p)
	}
	rc.add(h, e)
}

// maxEntryBytes bounds, roughly, what one cache entry holds.
const maxEntryBytes = 4 << 10

// fits reports whether v's size, roughly counted, is within what is left
// of budget, and takes it from budget. It stops counting once over.
func fits(v ast.Value, budget *int) bool {
	switch x := v.(type) {
	case ast.String:
		*budget -= len(x) + 16
	case ast.Number:
		*budget -= len(x) + 16
	case ast.Ref:
		for _, t := range x {
			if !fits(t.Value, budget) {
				return false
			}
		}
	case *ast.Array:
		x.Until(func(t *ast.Term) bool { return !fits(t.Value, budget) })
	case ast.Object:
		x.Until(func(k, v *ast.Term) bool { return !fits(k.Value, budget) || !fits(v.Value, budget) })
	case ast.Set:
		x.Until(func(t *ast.Term) bool { return !fits(t.Value, budget) })
	default:
		*budget -= 16
	}
	return *budget >= 0
}

// forEval returns the virtual cache of one evaluation of input: OPA's own,
// with the revision's values behind it.
func (rc *ruleCache) forEval(input ast.Value) topdown.VirtualCache {
	return &evalCache{
		local:  newLocalCache(),
		shared: rc,
		input:  input,
		values: make([]inputValue, len(rc.paths)),
	}
}

// evalCache is one evaluation's virtual cache. Only its outermost frame
// shares values: a with statement pushes a frame in which data or input
// differ.
type evalCache struct {
	local  *localCache
	shared *ruleCache
	depth  int
	input  ast.Value
	values []inputValue // the input's value at each path, looked up once
}

type inputValue struct {
	looked bool
	value  ast.Value
	hash   int
}

func (e *evalCache) inputAt(i int) ast.Value { return e.lookup(i).value }

func (e *evalCache) lookup(i int) *inputValue {
	iv := &e.values[i]
	if !iv.looked {
		iv.looked = true
		if v := find(e.input, e.shared.paths[i]); v != nil {
			iv.value = v
			iv.hash = v.Hash()
		}
	}
	return iv
}

// find returns the value at path in v, or nil where there is none.
func find(v ast.Value, path ast.Ref) ast.Value {
	for _, t := range path {
		var next *ast.Term
		switch x := v.(type) {
		case ast.Object:
			next = x.Get(t)
		case *ast.Array:
			if n, ok := t.Value.(ast.Number); ok {
				if i, ok := n.Int(); ok && i >= 0 && i < x.Len() {
					next = x.Elem(i)
				}
			}
		}
		if next == nil {
			return nil
		}
		v = next.Value
	}
	return v
}

func (e *evalCache) hash(key ast.Ref, node *cacheNode) int {
	h := key.Hash()
	for _, p := range node.paths {
		h = h*31 + e.lookup(p).hash
	}
	return h
}

func (e *evalCache) Push() { e.depth++; e.local.Push() }
func (e *evalCache) Pop()  { e.depth--; e.local.Pop() }

func (e *evalCache) Get(ref ast.Ref) (*ast.Term, bool) {
	v, undefined := e.local.Get(ref)
	if v != nil || undefined || e.depth > 0 || e.input == nil {
		return v, undefined
	}
	node := e.shared.node(ref)
	if node == nil || !node.use.lookup() {
		return nil, false
	}
	if entry, ok := e.shared.get(e.hash(ref, node), ref, e.inputAt, node); ok {
		node.use.hits.Add(1)
		return entry.value, entry.undefined
	}
	return nil, false
}

func (e *evalCache) Put(ref ast.Ref, value *ast.Term) {
	e.local.Put(ref, value)
	if e.depth > 0 || e.input == nil {
		return
	}
	if node := e.shared.node(ref); node != nil && node.use.storing() {
		e.shared.put(e.hash(ref, node), ref, e.inputAt, node, value)
	}
}

func (e *evalCache) Keys() []ast.Ref { return e.local.Keys() }
