package policies

import (
	"context"
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
	tokens *ast.Term // "tokens"
	prompt *ast.Term // "prompt"
	n      int
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
	return ast.NewObject(append(in.items[:len(in.items):len(in.items)], ast.Item(in.tokens, tokens))...)
}

func benchmarkPromptPolicy(b *testing.B, cacheEntries int, want string, findings ...map[string]any) {
	e, err := New(context.Background(), WithCacheEntries(cacheEntries))
	if err != nil {
		b.Fatal(err)
	}
	inputs := newBenchInputs(findings...)
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
