package policies

import (
	"context"
	"testing"

	"github.com/promptgate/promptgate/internal/benchcpu"
)

// BenchmarkPromptPolicy is the policy evaluation's share of a CheckPrompt:
// one prepared query over a parsed input with one finding.
func BenchmarkPromptPolicy(b *testing.B) {
	e, err := New(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	input := promptFor("bench", map[string]any{
		"kind": "pii.email", "score": 0.99, "rule": "r", "message_index": 0, "start": 0, "end": 5,
	})
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		d, err := e.Prompt(ctx, input)
		if err != nil || d.Action != "redact" {
			b.Fatal(d, err)
		}
	}
}

func BenchmarkPromptPolicy_NoFindings(b *testing.B) {
	e, err := New(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	input := promptFor("bench")
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		if _, err := e.Prompt(ctx, input); err != nil {
			b.Fatal(err)
		}
	}
}
