package policies

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/profiler"
	"github.com/open-policy-agent/opa/v1/rego"
)

// cacheTestData gives the embedded policies something to branch on: tiers,
// per-user and per-key limits, prices, model and tool lists, deny lists and
// shadow rules, so that a value cached under the wrong input would show.
const cacheTestData = `{"promptgate": {
  "tenants": {
    "default": {"tier": "free", "requests_per_minute": 100},
    "acme": {"tier": "pro", "deny": ["secret"], "allowed_models": ["claude-*"],
      "per_user": {"requests_per_minute": 5, "tokens_per_day": 1000},
      "denied_tools": ["shell"], "max_allowed_output_tokens": 2000},
    "globex": {"shadow_rules": ["pii_detected", "prompt_injection"], "injection_threshold": 0.8,
      "per_api_key": {"usd_per_day": 2.5}, "allowed_tools": ["search"],
      "redaction": {"pii.email": "mask"}, "envoy_unknown_paths": "deny"},
    "initech": {"shadow": true, "denied_models": ["gpt-*"], "response_deny": ["pii.credit_card"]}
  },
  "tiers": {
    "free": {"tokens_per_minute": 5000, "max_output_tokens": 512},
    "pro": {"tokens_per_day": 100000, "usd_per_day": 10}
  },
  "prices": {
    "claude-x": {"input_usd_per_mtok": 3, "output_usd_per_mtok": 15, "cache_read_usd_per_mtok": 0.3},
    "default": {"input_usd_per_mtok": 1, "output_usd_per_mtok": 2}
  }
}}`

func randomSubject(r *rand.Rand) map[string]any {
	pick := func(xs ...string) string { return xs[r.IntN(len(xs))] }
	return map[string]any{
		"tenant":     pick("acme", "globex", "initech", "nobody", "default"),
		"user":       pick("", "", "u1", "u2"),
		"api_key_id": pick("", "k1", "k/2"),
	}
}

func randomFindings(r *rand.Rand) []any {
	kinds := []string{"pii.email", "pii.credit_card", "secret.openai_api_key", "prompt_injection", "prompt_injection.indirect", "prompt_injection.jailbreak", "toxicity"}
	var fs []any
	for range r.IntN(3) {
		fs = append(fs, map[string]any{
			"kind": kinds[r.IntN(len(kinds))], "score": float64(r.IntN(11)) / 10, "rule": "r",
			"message_index": r.IntN(2), "start": 0, "end": 3,
		})
	}
	return fs
}

func mustValue(t *testing.T, x any) ast.Value {
	t.Helper()
	v, err := ast.InterfaceToValue(x)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestRuleCache_SameDecisions evaluates a few thousand random prompt,
// response and Envoy inputs, the same ones on an engine with the rule cache
// and on one without, and wants the same decision every time: a value
// reused under input it does not fit would show as a difference.
func TestRuleCache_SameDecisions(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data.json")
	writeFile(t, data, cacheTestData)
	cached, err := New(ctx, WithDataFiles(data), WithCacheEntries(64)) // small, so that it also clears
	if err != nil {
		t.Fatal(err)
	}
	plain, err := New(ctx, WithDataFiles(data), WithCacheEntries(0))
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	models := []string{"claude-x", "gpt-4o", "other"}
	for i := range 3000 {
		var input ast.Value
		var eval func(*Engine) (Decision, error)
		switch i % 3 {
		case 0:
			input = mustValue(t, map[string]any{
				"subject": randomSubject(r), "model": models[r.IntN(3)], "max_tokens": []int{0, 100, 4000}[r.IntN(3)],
				"messages": []any{map[string]any{"role": "user", "content": "x", "untrusted": false}},
				"findings": randomFindings(r), "tokens": map[string]any{"prompt": r.IntN(5)},
			})
			eval = func(e *Engine) (Decision, error) { return e.Prompt(ctx, input) }
		case 1:
			var calls []any
			for range r.IntN(3) {
				calls = append(calls, map[string]any{"name": []string{"shell", "search", "mail"}[r.IntN(3)], "arguments": "{}"})
			}
			input = mustValue(t, map[string]any{
				"subject": randomSubject(r), "model": models[r.IntN(3)], "content": "x",
				"findings": randomFindings(r), "tool_calls": calls,
				"usage": map[string]any{"input_tokens": r.IntN(3) * 10, "output_tokens": r.IntN(3), "cache_read_input_tokens": r.IntN(2), "cache_creation_input_tokens": 0},
			})
			eval = func(e *Engine) (Decision, error) { return e.Response(ctx, input) }
		default:
			input = mustValue(t, map[string]any{
				"subject": randomSubject(r), "api": []string{"unknown", "anthropic"}[r.IntN(2)], "truncated": r.IntN(2) == 0,
			})
			eval = func(e *Engine) (Decision, error) { return e.Envoy(ctx, input) }
		}
		want, werr := eval(plain)
		got, gerr := eval(cached)
		want.Revision, got.Revision = "", ""
		if fmt.Sprint(werr) != fmt.Sprint(gerr) || !reflect.DeepEqual(got, want) {
			t.Fatalf("call %d, input %v:\ncached   %+v, %v\nuncached %+v, %v", i, input, got, gerr, want, werr)
		}
	}
	if c := cached.current.Load().cache; c.len() > c.max {
		t.Errorf("cache holds %d entries, bound %d", c.len(), c.max)
	}
}

// TestRuleCache_WhatItLeavesAlone checks the rules the cache must compute
// on every call: those that read the whole input, call a builtin whose
// result changes between calls, or use with.
func TestRuleCache_WhatItLeavesAlone(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.CopyFS(dir, Embedded()); err != nil {
		t.Fatal(err)
	}
	// The prompt decision gains fields computed in ways the cache must see
	// through; each is checked below against the input of its call.
	writeFile(t, filepath.Join(dir, "promptgate", "extra.rego"), `package promptgate.extra

import rego.v1

whole := object.get(input, "note", "none")

dynamic := input[key] if key := "note"

passed := echo(input)

echo(x) := object.get(x, "note", "none")

now := time.now_ns()

under_with := v if v := tenant_of with input.subject.tenant as "swapped"

tenant_of := input.subject.tenant

data_only := count(data.promptgate.tenants)
`)
	prompt := filepath.Join(dir, "promptgate", "prompt.rego")
	src, err := os.ReadFile(prompt)
	if err != nil {
		t.Fatal(err)
	}
	src = append(src, []byte(`
decision_extra := {"whole": extra.whole, "dynamic": extra.dynamic, "passed": extra.passed, "now": extra.now, "under_with": extra.under_with, "data_only": extra.data_only}
`)...)
	src = []byte(strings.Replace(string(src), "import data.promptgate.tenant\n", "import data.promptgate.tenant\nimport data.promptgate.extra\n", 1))
	if err := os.WriteFile(prompt, src, 0o600); err != nil {
		t.Fatal(err)
	}
	e, err := New(ctx, WithDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	p := e.current.Load()
	for _, tt := range []struct {
		rule      string
		cacheable bool
	}{
		{"data.promptgate.extra.whole", false},
		{"data.promptgate.extra.dynamic", false},
		{"data.promptgate.extra.passed", false},
		{"data.promptgate.extra.now", false},
		{"data.promptgate.extra.under_with", false},
		{"data.promptgate.prompt.decision_extra", false},
		{"data.promptgate.extra.echo", true}, // a function: its arguments are part of its key
		{"data.promptgate.extra.tenant_of", true},
		{"data.promptgate.extra.data_only", true},
		{"data.promptgate.tenant.config", true},
	} {
		ref := ast.MustParseRef(tt.rule)
		if got := p.cache.node(ref) != nil; got != tt.cacheable {
			t.Errorf("cacheable(%s) = %v, want %v", tt.rule, got, tt.cacheable)
		}
	}
	if paths := p.cache.nodePaths(ast.MustParseRef("data.promptgate.tenant.config")); !reflect.DeepEqual(paths, []string{"subject.tenant"}) {
		t.Errorf("tenant.config reads %v, want [subject.tenant]", paths)
	}

	// Evaluated twice with different notes, the extra fields follow the
	// input, and now moves on.
	extra, err := rego.New(rego.Query("data.promptgate.prompt.decision_extra"), rego.Compiler(p.compiler), rego.Store(p.store)).PrepareForEval(ctx)
	if err != nil {
		t.Fatal(err)
	}
	// A function called with the whole input is cached while the input is
	// small, and not once it holds a long text: entries must not keep
	// prompts alive.
	echoEntries := func() int {
		n := 0
		p.cache.each(func(e cacheEntry) {
			if name, ok := e.key[0].Value.(ast.Ref); ok && name.String() == "data.promptgate.extra.echo" {
				n++
			}
		})
		return n
	}
	for _, tt := range []struct {
		note string
		want int
	}{{"short", 1}, {strings.Repeat("long ", 2000), 1}, {"short too", 2}} {
		input := mustValue(t, map[string]any{"subject": map[string]any{"tenant": "t", "user": "", "api_key_id": ""}, "note": tt.note})
		if _, err := extra.Eval(ctx, p.evalOptions(input)...); err != nil {
			t.Fatal(err)
		}
		if got := echoEntries(); got != tt.want {
			t.Errorf("after a note of %d bytes: %d cached calls of echo, want %d", len(tt.note), got, tt.want)
		}
	}

	var last any
	for _, note := range []string{"first", "second", "second"} {
		input := mustValue(t, map[string]any{"subject": map[string]any{"tenant": "t", "user": "", "api_key_id": ""}, "note": note})
		rs, err := extra.Eval(ctx, p.evalOptions(input)...)
		if err != nil || len(rs) != 1 {
			t.Fatalf("eval = %v, %v", rs, err)
		}
		j, err := ast.JSON(rs[0].Expressions[0].Value.(ast.Value))
		if err != nil {
			t.Fatal(err)
		}
		got := j.(map[string]any)
		for _, k := range []string{"whole", "dynamic", "passed"} {
			if got[k] != note {
				t.Errorf("note %q: %s = %v, want %q", note, k, got[k], note)
			}
		}
		if got["under_with"] != "swapped" {
			t.Errorf("note %q: under_with = %v, want swapped", note, got["under_with"])
		}
		if got["now"] == last {
			t.Errorf("note %q: now = %v again", note, got["now"])
		}
		last = got["now"]
	}
}

// each calls fn for every entry of the cache.
func (rc *ruleCache) each(fn func(cacheEntry)) {
	rc.mu.RLock()
	defer rc.mu.RUnlock()
	for _, gen := range []map[int][]cacheEntry{rc.cur, rc.old} {
		for _, es := range gen {
			for _, e := range es {
				fn(e)
			}
		}
	}
}

func (rc *ruleCache) len() int {
	n := 0
	rc.each(func(cacheEntry) { n++ })
	return n
}

// TestRuleCache_KeepsWhatIsUsed checks the cache's eviction: values that
// calls keep finding stay while a stream of one-off values passes through,
// and the cache never holds more than its bound.
func TestRuleCache_KeepsWhatIsUsed(t *testing.T) {
	rc := &ruleCache{max: 64, cur: map[int][]cacheEntry{}}
	node := &cacheNode{}
	none := func(int) ast.Value { return nil }
	hot := ast.MustParseRef("data.promptgate.tenant.config")
	rc.put(hot.Hash(), hot, none, node, ast.StringTerm("settings"))
	for i := range 1000 {
		cold := ast.MustParseRef(fmt.Sprintf("data.promptgate.limits.counters[%d]", i))
		rc.put(cold.Hash(), cold, none, node, ast.IntNumberTerm(i))
		if i%20 == 0 {
			if _, ok := rc.get(hot.Hash(), hot, none, node); !ok {
				t.Fatalf("after %d one-off values the value in use was dropped", i+1)
			}
		}
		if n := rc.len(); n > rc.max {
			t.Fatalf("cache holds %d entries, bound %d", n, rc.max)
		}
	}
	first := ast.MustParseRef("data.promptgate.limits.counters[0]")
	if _, ok := rc.get(first.Hash(), first, none, node); ok {
		t.Error("a one-off value outlived a thousand others")
	}
}

// nodePaths lists the input paths the value key names depends on.
func (rc *ruleCache) nodePaths(key ast.Ref) []string {
	var out []string
	for _, i := range rc.node(key).paths {
		out = append(out, rc.paths[i].String())
	}
	return out
}

// TestRuleCache_NewUserEvaluatesLittle counts, with OPA's profiler, the
// expressions the embedded prompt policy evaluates for a call from a user
// not seen before: with the cache only the user's limits and the decision
// around them are evaluated, without it every rule is.
func TestRuleCache_NewUserEvaluatesLittle(t *testing.T) {
	ctx := context.Background()
	evals := func(cacheEntries int) int {
		e, err := New(ctx, WithCacheEntries(cacheEntries))
		if err != nil {
			t.Fatal(err)
		}
		p := e.current.Load()
		from := func(user string) ast.Value {
			return mustValue(t, map[string]any{
				"subject": map[string]any{"tenant": "acme", "user": user, "api_key_id": ""}, "model": "m", "max_tokens": 0,
				"messages": []any{}, "findings": []any{}, "tokens": map[string]any{"prompt": 12},
			})
		}
		if _, err := p.eval(ctx, p.prompt, from("first")); err != nil {
			t.Fatal(err)
		}
		prof := profiler.New()
		if _, err := p.prompt.Eval(ctx, append(p.evalOptions(from("second")), rego.EvalQueryTracer(prof))...); err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, s := range prof.ReportTopNResults(1000, []string{"num_eval"}) {
			n += s.NumEval
		}
		return n
	}
	cached, uncached := evals(DefaultCacheEntries), evals(0)
	t.Logf("expressions evaluated for a new user's call: %d with the rule cache, %d without", cached, uncached)
	if cached > 30 || uncached < 3*cached {
		t.Errorf("a new user's call evaluates %d expressions with the cache and %d without; want at most 30, and a third or less of the uncached", cached, uncached)
	}
}

// TestRuleCache_ColdNodes checks that a node whose values are not found
// again stops using the cache, is measured again one window in coldSpan,
// and comes back once its values are found again.
func TestRuleCache_ColdNodes(t *testing.T) {
	var u nodeUse
	window := func(w int, wantUsed bool, hit bool) {
		t.Helper()
		for i := range useWindow {
			if got := u.lookup(); got != wantUsed {
				t.Fatalf("window %d, lookup %d: cache used = %v, want %v", w, i, got, wantUsed)
			}
			if got := u.storing(); got != wantUsed {
				t.Fatalf("window %d, lookup %d: storing = %v, want %v", w, i, got, wantUsed)
			}
			if hit {
				u.hits.Add(1)
			}
		}
	}
	window(0, true, false) // never found again: cold from the next window
	for w := 1; w < coldSpan; w++ {
		window(w, false, false)
	}
	window(coldSpan, true, true) // measured again, and found: warm
	window(coldSpan+1, true, useWindow%2 == 0)
	window(coldSpan+2, true, false)
	window(coldSpan+3, false, false)

	// Through the engine: one user after another, the values that depend
	// on the user stop being stored after a window while the tenant's
	// settings stay in use.
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data.json")
	writeFile(t, data, cacheTestData)
	e, err := New(ctx, WithDataFiles(data))
	if err != nil {
		t.Fatal(err)
	}
	p := e.current.Load()
	userCounters := ast.MustParseRef("data.promptgate.limits.user_counters")
	stored := func() int {
		n := 0
		p.cache.each(func(e cacheEntry) {
			if e.key.HasPrefix(userCounters) {
				n++
			}
		})
		return n
	}
	eval := func(user string) {
		in := mustValue(t, map[string]any{
			"subject": map[string]any{"tenant": "acme", "user": user, "api_key_id": ""}, "model": "m", "max_tokens": 0,
			"messages": []any{}, "findings": []any{}, "tokens": map[string]any{"prompt": 12},
		})
		if _, err := p.eval(ctx, p.prompt, in); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 4 * useWindow {
		eval(fmt.Sprintf("user-%d", i))
	}
	if n := stored(); n > useWindow {
		t.Errorf("after %d calls from as many users, %d values of user_counters stored; want at most a window's %d", 4*useWindow, n, useWindow)
	}
	if !p.cache.node(userCounters).use.cold.Load() {
		t.Error("user_counters, never found again, is not cold")
	}
	if p.cache.node(ast.MustParseRef("data.promptgate.tenant.config")).use.cold.Load() {
		t.Error("tenant.config, found on every call, turned cold")
	}
	// The decision, which reads the user too, comes back once one user
	// calls again and again (and then answers whole, so that user_counters
	// is no longer looked up).
	decision := p.cache.node(ast.MustParseRef("data.promptgate.prompt.decision"))
	if !decision.use.cold.Load() {
		t.Error("the decision, never found again, is not cold")
	}
	for range coldSpan * useWindow {
		eval("regular")
	}
	if decision.use.cold.Load() {
		t.Error("the decision stays cold while one user calls again and again")
	}
}
