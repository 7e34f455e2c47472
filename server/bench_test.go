package server_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/promptgate/promptgate/internal/benchcpu"
	"github.com/promptgate/promptgate/policies"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/server"
	"github.com/promptgate/promptgate/store/memstore"
)

// benignText returns about n bytes of ordinary prose.
func benignText(n int) string {
	const para = "Our quarterly planning meeting moved to Thursday afternoon. Please review the attached roadmap, " +
		"add comments on the hiring plan, and bring questions about the budget for the new analytics project. "
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(para)
	}
	return b.String()[:n]
}

func benchGuard(b *testing.B) *server.Guard {
	engine, err := policies.New(context.Background())
	if err != nil {
		b.Fatal(err)
	}
	g, err := server.NewGuard(server.GuardConfig{
		Engine: engine, Store: memstore.New(),
		DecisionLog: &server.DecisionLog{}, // no logger: measure the decision, not the log sink
	})
	if err != nil {
		b.Fatal(err)
	}
	return g
}

func benchmarkCheckPrompt(b *testing.B, n int) {
	g := benchGuard(b)
	req := &pb.CheckPromptRequest{
		Subject:  &pb.Subject{Tenant: "bench"},
		Model:    "claude-sonnet-4-5",
		System:   "You are a helpful assistant.",
		Messages: []*pb.Message{{Role: "user", Content: benignText(n)}},
	}
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	b.SetBytes(int64(n))
	// Each call comes from one of many users, so that no policy decision
	// comes whole from the rule cache: what reads only the tenant and the
	// findings is reused, the limits evaluated, as for calls that differ.
	users := make([]string, 20000)
	for i := range users {
		users[i] = fmt.Sprintf("user-%d", i)
	}
	i := 0
	for b.Loop() {
		req.Subject.User = users[i%len(users)]
		i++
		resp, err := g.CheckPrompt(ctx, req)
		if err != nil {
			b.Fatal(err)
		}
		if resp.GetDecision().GetAction() == pb.Action_ACTION_UNSPECIFIED {
			b.Fatal("no action")
		}
	}
}

// BenchmarkCheckPrompt_1KiB is one in-process CheckPrompt: detectors,
// policy evaluation and the in-memory store. The bench tenant's default
// limit of 600 a minute runs out within the benchmark, so most calls are
// denied by the store after a full evaluation, which costs the same.
func BenchmarkCheckPrompt_1KiB(b *testing.B) { benchmarkCheckPrompt(b, 1<<10) }

func BenchmarkCheckPrompt_8KiB(b *testing.B) { benchmarkCheckPrompt(b, 8<<10) }

func BenchmarkCheckResponse_1KiB(b *testing.B) {
	g := benchGuard(b)
	req := &pb.CheckResponseRequest{Subject: &pb.Subject{Tenant: "bench"}, Content: benignText(1 << 10)}
	ctx := context.Background()
	b.ReportAllocs()
	defer benchcpu.Report(b)()
	for b.Loop() {
		if _, err := g.CheckResponse(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
}
