package server_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/store"
	"github.com/promptgate/promptgate/store/memstore"
)

// TestReserveThenSettle drives a token budget through gRPC: CheckPrompt
// reserves the estimate (prompt plus max_tokens), CheckResponse settles it
// to the provider's real usage, and the difference comes back.
func TestReserveThenSettle(t *testing.T) {
	ts := startServer(t, serverOptions{data: `{"promptgate":{"tenants":{"acme":{"tokens_per_day":1000,"max_in_flight":5}}}}`})
	ctx := callCtx(t)
	ask := func(id string) *pb.CheckPromptResponse {
		t.Helper()
		resp, err := ts.client.CheckPrompt(ctx, &pb.CheckPromptRequest{
			Subject: &pb.Subject{Tenant: "acme"}, RequestId: id, MaxTokens: 500,
			Messages: []*pb.Message{{Role: "user", Content: "Summarise the meeting notes."}},
		})
		if err != nil {
			t.Fatal(err)
		}
		return resp
	}
	first := ask("call-1")
	if first.GetDecision().GetAction() != pb.Action_ACTION_ALLOW || first.GetRequestId() != "call-1" {
		t.Fatalf("first call: %v, request id %q", first.GetDecision(), first.GetRequestId())
	}
	reserved := 1000 - tokensLeft(t, ts, "acme")
	if reserved < 500 || reserved > 540 {
		t.Fatalf("reserved %d tokens, want max_tokens 500 plus a small prompt estimate", reserved)
	}
	second := ask("call-2")
	if d := second.GetDecision(); d.GetAction() != pb.Action_ACTION_DENY || d.GetReasons()[0].GetCode() != "budget_exhausted" {
		t.Fatalf("second call with %d tokens left: %v, want DENY budget_exhausted", 1000-reserved, d)
	}

	// The same id cannot reserve twice while open.
	_, err := ts.client.CheckPrompt(ctx, &pb.CheckPromptRequest{
		Subject: &pb.Subject{Tenant: "acme"}, RequestId: "call-1",
		Messages: []*pb.Message{{Role: "user", Content: "again"}}, MaxTokens: 1,
	})
	if st := status.Convert(err); st.Code() != codes.AlreadyExists {
		t.Fatalf("reusing an open request_id: %v, want ALREADY_EXISTS", err)
	}

	resp, err := ts.client.CheckResponse(ctx, &pb.CheckResponseRequest{
		Subject: &pb.Subject{Tenant: "acme"}, RequestId: "call-1", Content: "The meeting agreed on Thursday.",
		Usage: &pb.Usage{InputTokens: 30, OutputTokens: 60, CacheReadInputTokens: 10},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rl := resp.GetDecision().GetRateLimit(); rl.GetName() == "" {
		t.Errorf("CheckResponse rate_limit = %v, want the settled counters' state", rl)
	}
	if left := tokensLeft(t, ts, "acme"); left != 900 {
		t.Errorf("after settling 100 real tokens: %d left, want 900", left)
	}
	// Settling again changes nothing.
	if _, err := ts.client.CheckResponse(ctx, &pb.CheckResponseRequest{
		Subject: &pb.Subject{Tenant: "acme"}, RequestId: "call-1", Usage: &pb.Usage{OutputTokens: 1},
	}); err != nil {
		t.Fatal(err)
	}
	if left := tokensLeft(t, ts, "acme"); left != 900 {
		t.Errorf("after a second settlement: %d left, want 900", left)
	}
	if third := ask("call-3"); third.GetDecision().GetAction() != pb.Action_ACTION_ALLOW {
		t.Errorf("after the refund: %v, want ALLOW", third.GetDecision())
	}
}

// tenantCounter reads one of a tenant's counters through GetUsage and
// checks that it adds up.
func tenantCounter(t *testing.T, client pb.GuardServiceClient, tenant, name string) *pb.Counter {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	u, err := client.GetUsage(ctx, &pb.GetUsageRequest{Subject: &pb.Subject{Tenant: tenant}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range u.GetCounters() {
		if c.GetName() == name && c.GetScope() == "tenant" {
			if c.GetUsed()+c.GetRemaining() != c.GetLimit() || !c.GetResetAt().AsTime().After(time.Now()) {
				t.Errorf("counter %v is inconsistent", c)
			}
			return c
		}
	}
	t.Fatalf("GetUsage = %v, no tenant %s counter", u, name)
	return nil
}

// tokensLeft is what remains of the tenant's tokens_per_day.
func tokensLeft(t *testing.T, ts *testServer, tenant string) int64 {
	t.Helper()
	return tenantCounter(t, ts.client, tenant, "tokens_per_day").GetRemaining()
}

func TestGetUsage(t *testing.T) {
	ts := startServer(t, serverOptions{data: `{"promptgate":{"tenants":{"acme":{"requests_per_minute":10,"per_user":{"requests_per_day":3}}}}}`})
	ctx := callCtx(t)
	for range 2 {
		req := prompt("acme", "hello")
		req.Subject.User = "bob"
		if _, err := ts.client.CheckPrompt(ctx, req); err != nil {
			t.Fatal(err)
		}
	}
	u, err := ts.client.GetUsage(ctx, &pb.GetUsageRequest{Subject: &pb.Subject{Tenant: "acme", User: "bob"}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]*pb.Counter{}
	for _, c := range u.GetCounters() {
		got[c.GetScope()+"/"+c.GetName()] = c
	}
	if c := got["user/requests_per_day"]; c.GetLimit() != 3 || c.GetUsed() != 2 || c.GetRemaining() != 1 {
		t.Errorf("user/requests_per_day = %v, want limit 3, used 2, remaining 1", c)
	}
	if c := got["tenant/requests_per_minute"]; c.GetLimit() != 10 || c.GetRemaining() < 8 {
		t.Errorf("tenant/requests_per_minute = %v, want limit 10, about 8 remaining", c)
	}
	if u.GetPolicyRevision() == "" {
		t.Error("no policy revision")
	}
	// Reading usage charges nothing.
	u2, err := ts.client.GetUsage(ctx, &pb.GetUsageRequest{Subject: &pb.Subject{Tenant: "acme", User: "bob"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range u2.GetCounters() {
		if c.GetScope() == "user" && c.GetUsed() != 2 {
			t.Errorf("after a second GetUsage: %v, want used still 2", c)
		}
	}
	if _, err := ts.client.GetUsage(ctx, &pb.GetUsageRequest{}); status.Code(err) != codes.InvalidArgument {
		t.Errorf("GetUsage without a tenant = %v, want INVALID_ARGUMENT", err)
	}
}

// fallbackStore answers as a fail mode does while Redis is away.
type fallbackStore struct {
	store.Store
	mode store.FailMode
}

func (f fallbackStore) Reserve(_ context.Context, _ time.Time, r store.Reservation) (store.Result, error) {
	return store.Result{Allowed: f.mode == store.FailOpen, Fallback: f.mode, Statuses: make([]store.Status, len(r.Limits))}, nil
}

func (fallbackStore) Degraded() bool { return true }

func TestFailModes(t *testing.T) {
	for _, tt := range []struct {
		mode       store.FailMode
		wantAction pb.Action
		wantReason string
	}{
		{store.FailClosed, pb.Action_ACTION_DENY, "counters_unavailable"},
		{store.FailOpen, pb.Action_ACTION_ALLOW, ""},
	} {
		t.Run(string(tt.mode), func(t *testing.T) {
			ts := startServer(t, serverOptions{store: fallbackStore{memstore.New(), tt.mode}})
			resp, err := ts.client.CheckPrompt(callCtx(t), prompt("acme", "hello"))
			if err != nil {
				t.Fatal(err)
			}
			d := resp.GetDecision()
			if d.GetAction() != tt.wantAction || (tt.wantReason != "" && d.GetReasons()[0].GetCode() != tt.wantReason) {
				t.Errorf("decision = %v, want %v %s", d, tt.wantAction, tt.wantReason)
			}
			if d.GetRateLimit() != nil {
				t.Errorf("rate_limit = %v, want none: nothing was counted", d.GetRateLimit())
			}
			_, body := httpGet(t, "http://"+ts.httpAddr+"/readyz")
			if !strings.Contains(body, `"counters_degraded":true`) {
				t.Errorf("/readyz = %s, want counters_degraded true", body)
			}
			_, metrics := httpGet(t, "http://"+ts.httpAddr+"/metrics")
			for _, want := range []string{`promptgate_store_fallbacks_total{mode="` + string(tt.mode) + `"} 1`, "promptgate_store_degraded 1"} {
				if !strings.Contains(metrics, want) {
					t.Errorf("/metrics lacks %s", want)
				}
			}
		})
	}
}
