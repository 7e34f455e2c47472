package policies

import (
	"context"
	"testing"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/promptgate/promptgate/internal/benchcpu"
)

// benchInputs returns n prompt inputs that differ in their token count, as
// calls do, so that the rule cache cannot answer a whole decision from an
// earlier call: what a call reads of input alone (tenant, findings) is
// reused, the rest computed.
func benchInputs(n int, findings ...map[string]any) []ast.Value {
	inputs := make([]ast.Value, n)
	for i := range inputs {
		in := promptFor("bench", findings...).(ast.Object)
		in.Insert(ast.StringTerm("tokens"), ast.ObjectTerm(ast.Item(ast.StringTerm("prompt"), ast.IntNumberTerm(i+1))))
		inputs[i] = in
	}
	return inputs
}

func benchmarkPromptPolicy(b *testing.B, cacheEntries int, want string, findings ...map[string]any) {
	e, err := New(context.Background(), WithCacheEntries(cacheEntries))
	if err != nil {
		b.Fatal(err)
	}
	inputs := benchInputs(4096, findings...)
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	i := 0
	for b.Loop() {
		d, err := e.Prompt(ctx, inputs[i%len(inputs)])
		if err != nil || d.Action != want {
			b.Fatal(d, err)
		}
		i++
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
