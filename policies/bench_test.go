package policies

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/promptgate/promptgate/internal/benchcpu"
)

// benchInputs makes prompt inputs that differ in their token count, as
// calls do, so that the rule cache cannot answer a whole decision from an
// earlier call: what a call reads of input alone (tenant, findings) is
// reused, the rest computed. Each input is new: a fixed set of them would
// come round again, and a benchmark that ran long enough would find its
// whole decisions cached and measure less than one that ran briefly.
type benchInputs struct {
	items  [][2]*ast.Term // every field but tokens, shared by all inputs
	tokens *ast.Term      // "tokens"
	prompt *ast.Term      // "prompt"
	n      int
	// subjects, when set, replace the subject in turn.
	subjects []*ast.Term
	// newUsers gives every call a user of its own.
	newUsers bool
}

func newBenchInputs(findings ...map[string]any) *benchInputs {
	in := &benchInputs{tokens: ast.StringTerm("tokens"), prompt: ast.StringTerm("prompt")}
	promptFor("bench", findings...).(ast.Object).Foreach(func(k, v *ast.Term) {
		if !k.Equal(in.tokens) {
			in.items = append(in.items, [2]*ast.Term{k, v})
		}
	})
	return in
}

// next returns an input whose token count no earlier input had.
func (in *benchInputs) next() ast.Value {
	in.n++
	tokens := ast.ObjectTerm(ast.Item(in.prompt, ast.IntNumberTerm(in.n)))
	obj := ast.NewObject(append(in.items[:len(in.items):len(in.items)], ast.Item(in.tokens, tokens))...)
	switch {
	case in.newUsers:
		obj.Insert(ast.StringTerm("subject"), benchSubject("bench", fmt.Sprintf("user-%d", in.n), ""))
	case len(in.subjects) > 0:
		obj.Insert(ast.StringTerm("subject"), in.subjects[in.n%len(in.subjects)])
	}
	return obj
}

// withUsers makes the inputs' calls come from users round, in turn.
func (in *benchInputs) withUsers(tenant string, users int) *benchInputs {
	subjects := make([]*ast.Term, users)
	for i := range subjects {
		subjects[i] = benchSubject(tenant, fmt.Sprintf("user-%d", i), "key-1")
	}
	in.subjects = subjects
	return in
}

func benchSubject(tenant, user, apiKeyID string) *ast.Term {
	return ast.ObjectTerm(
		ast.Item(ast.StringTerm("tenant"), ast.StringTerm(tenant)),
		ast.Item(ast.StringTerm("user"), ast.StringTerm(user)),
		ast.Item(ast.StringTerm("api_key_id"), ast.StringTerm(apiKeyID)))
}

func benchmarkPromptPolicy(b *testing.B, cacheEntries int, want string, findings ...map[string]any) {
	runPromptBenchmark(b, newBenchInputs(findings...), want, WithCacheEntries(cacheEntries))
}

func runPromptBenchmark(b *testing.B, inputs *benchInputs, want string, opts ...Option) {
	e, err := New(context.Background(), opts...)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		d, err := e.Prompt(ctx, inputs.next())
		if err != nil || d.Action != want {
			b.Fatal(d, err)
		}
	}
}

// BenchmarkBenchInput is what making an input costs the benchmarks above:
// their time less this is the policy's.
func BenchmarkBenchInput(b *testing.B) {
	inputs := newBenchInputs(benchFinding)
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		_ = inputs.next()
	}
}

var benchFinding = map[string]any{"kind": "pii.email", "score": 0.99, "rule": "r", "message_index": 0, "start": 0, "end": 5}

// BenchmarkPromptPolicy is the policy evaluation's share of a CheckPrompt:
// one prepared query over a parsed input with one finding, with the rule
// cache on (the default).
func BenchmarkPromptPolicy(b *testing.B) {
	benchmarkPromptPolicy(b, DefaultCacheEntries, "redact", benchFinding)
}

func BenchmarkPromptPolicy_NoFindings(b *testing.B) {
	benchmarkPromptPolicy(b, DefaultCacheEntries, "allow")
}

// BenchmarkPromptPolicy_Uncached evaluates every rule on every call.
func BenchmarkPromptPolicy_Uncached(b *testing.B) {
	benchmarkPromptPolicy(b, 0, "redact", benchFinding)
}

// benchLimitsData gives a tenant the limits a paying customer has: tokens
// and dollars per day for the tenant, requests and tokens per minute per
// user and per API key, and a price for the model.
const benchLimitsData = `{"promptgate": {
	"tenants": {"acme": {
		"tokens_per_day": 5000000, "usd_per_day": 250, "max_in_flight": 64,
		"per_user": {"requests_per_minute": 20, "tokens_per_minute": 20000},
		"per_api_key": {"requests_per_day": 100000}
	}},
	"prices": {"m": {"input_usd_per_mtok": 3, "output_usd_per_mtok": 15}}
}}`

// BenchmarkPromptPolicy_Limits is a call of a tenant with tenant, user
// and API key limits, tokens and dollars among them, from one of 64 users.
func BenchmarkPromptPolicy_Limits(b *testing.B) {
	runPromptBenchmark(b, newBenchInputs(benchFinding).withUsers("acme", 64), "redact", benchLimits(b))
}

// benchLimits loads benchLimitsData.
func benchLimits(b *testing.B) Option {
	data := filepath.Join(b.TempDir(), "data.json")
	if err := os.WriteFile(data, []byte(benchLimitsData), 0o600); err != nil {
		b.Fatal(err)
	}
	return WithDataFiles(data)
}

// BenchmarkPromptPolicy_NewUsers is a call from a user not seen before,
// whose counters are computed afresh.
func BenchmarkPromptPolicy_NewUsers(b *testing.B) {
	inputs := newBenchInputs()
	inputs.newUsers = true
	runPromptBenchmark(b, inputs, "allow")
}

// BenchmarkResponsePolicy is a CheckResponse's policy evaluation for the
// tenant of BenchmarkPromptPolicy_Limits: a reply with one finding whose
// usage differs from call to call, so that its settled costs are computed.
func BenchmarkResponsePolicy(b *testing.B) {
	runResponseBenchmark(b, "acme", false, 7, benchLimits(b))
}

// BenchmarkResponsePolicy_NewUsers is a reply to a user not seen before,
// of a tenant with the embedded default limits, none of them per user.
func BenchmarkResponsePolicy_NewUsers(b *testing.B) {
	runResponseBenchmark(b, "bench", true, 1)
}

func runResponseBenchmark(b *testing.B, tenant string, newUsers bool, wantLimits int, opts ...Option) {
	e, err := New(context.Background(), opts...)
	if err != nil {
		b.Fatal(err)
	}
	base, err := ast.InterfaceToValue(map[string]any{
		"model":      "m",
		"content":    "x",
		"findings":   []any{benchFinding},
		"tool_calls": []any{},
	})
	if err != nil {
		b.Fatal(err)
	}
	var items [][2]*ast.Term
	base.(ast.Object).Foreach(func(k, v *ast.Term) { items = append(items, [2]*ast.Term{k, v}) })
	subject := func(n int) *ast.Term {
		user := "user-1"
		if newUsers {
			user = fmt.Sprintf("user-%d", n)
		}
		return benchSubject(tenant, user, "key-1")
	}
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	n := 0
	for b.Loop() {
		n++
		usage := ast.ObjectTerm(
			ast.Item(ast.StringTerm("input_tokens"), ast.IntNumberTerm(n)),
			ast.Item(ast.StringTerm("output_tokens"), ast.IntNumberTerm(100)),
			ast.Item(ast.StringTerm("cache_read_input_tokens"), ast.IntNumberTerm(0)),
			ast.Item(ast.StringTerm("cache_creation_input_tokens"), ast.IntNumberTerm(0)))
		in := ast.NewObject(append(items[:len(items):len(items)], ast.Item(ast.StringTerm("usage"), usage), ast.Item(ast.StringTerm("subject"), subject(n)))...)
		d, err := e.Response(ctx, in)
		if err != nil || d.Action != "redact" || len(d.Limits) != wantLimits {
			b.Fatal(d, err)
		}
	}
}
