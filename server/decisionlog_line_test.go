package server

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"reflect"
	"testing"
	"time"

	"github.com/promptgate/promptgate/detect"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// TestDecisionLine_AsSlogWritesIt checks that the line promptgate encodes
// itself says what slog's JSON handler says for the same decision, field
// for field and in the same order, but for the time.
func TestDecisionLine_AsSlogWritesIt(t *testing.T) {
	odd := "quote \" backslash \\ newline \n tab \t nul \x00 bad \xff utf-8 é 中文 \u2028 <&>"
	entries := []*entry{
		{method: "CheckPrompt", subject: &pb.Subject{Tenant: "acme"}, requestID: "r1", model: "m",
			decision: &pb.Decision{Action: pb.Action_ACTION_ALLOW, DecisionId: "d1", PolicyRevision: "rev"}},
		{method: "CheckResponse", subject: &pb.Subject{Tenant: odd}, requestID: odd, model: odd, tokens: 1234,
			detect: 1234567 * time.Nanosecond, eval: 89 * time.Microsecond, count: 2 * time.Second,
			decision: &pb.Decision{Action: pb.Action_ACTION_DENY, DecisionId: "d2", PolicyRevision: "rev",
				Reasons:   []*pb.Reason{{Code: "prompt_injection"}, {Code: odd}},
				RateLimit: &pb.RateLimitStatus{Name: "requests_per_minute", Limit: 600, Remaining: 0}},
			findings: []finding{
				{Finding: detect.Finding{Kind: "pii.email"}}, {Finding: detect.Finding{Kind: "secret.jwt"}},
				{Finding: detect.Finding{Kind: "pii.email"}}, {Finding: detect.Finding{Kind: "prompt_injection"}},
			},
			shadow: &shadowOutcome{whole: true, action: "deny", reasons: []string{"a", odd}}},
		{method: "CheckPrompt", subject: nil, decision: &pb.Decision{Action: pb.Action_ACTION_REDACT},
			shadow: &shadowOutcome{action: "redact"},
			texts:  []string{"mail carol@example.com " + odd}, textsIndex: []int{0},
			findings: []finding{{Finding: detect.Finding{Kind: "pii.email", Start: 5, End: 22}}}},
	}
	for i, e := range entries {
		for _, content := range []bool{false, true} {
			var ours, theirs bytes.Buffer
			(&DecisionLog{Writer: &ours, AllowSample: 1, LogContent: content}).write(context.Background(), e)
			(&DecisionLog{Logger: slog.New(slog.NewJSONHandler(&theirs, nil)), AllowSample: 1, LogContent: content}).write(context.Background(), e)
			if bytes.Count(ours.Bytes(), []byte("\n")) != 1 {
				t.Fatalf("entry %d: %q is not one line", i, ours.String())
			}
			o, th := fields(t, ours.Bytes()), fields(t, theirs.Bytes())
			if !reflect.DeepEqual(o, th) {
				t.Errorf("entry %d, content %v:\n ours   %v\n slog's %v", i, content, o, th)
			}
		}
	}
}

// fields parses a line into its key-value pairs in order, without the time.
func fields(t *testing.T, line []byte) [][2]any {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%q: not a JSON object", line)
	}
	var out [][2]any
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatalf("%q: %v", line, err)
		}
		if k == "time" {
			s, _ := v.(string)
			if _, err := time.Parse(time.RFC3339Nano, s); err != nil {
				t.Errorf("time %q: %v", s, err)
			}
			continue
		}
		out = append(out, [2]any{k, v})
	}
	return out
}
