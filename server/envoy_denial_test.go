package server

import (
	"testing"

	"google.golang.org/grpc/codes"
	"google.golang.org/protobuf/types/known/durationpb"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

func TestDecisionDenial(t *testing.T) {
	rl := &pb.RateLimitStatus{Name: "requests_per_minute", Limit: 5, RetryAfter: durationpb.New(0)}
	tests := []struct {
		reason     string
		rateLimit  *pb.RateLimitStatus
		wantStatus int
		wantCode   codes.Code
	}{
		{"prompt_injection", nil, 403, codes.PermissionDenied},
		{"rate_limited", rl, 429, codes.ResourceExhausted},
		{"budget_exhausted", rl, 429, codes.ResourceExhausted},
		{"counters_unavailable", nil, 503, codes.Unavailable},
	}
	for _, tt := range tests {
		d := decisionDenial(&pb.Decision{Action: pb.Action_ACTION_DENY, Reasons: []*pb.Reason{{Code: tt.reason}}, RateLimit: tt.rateLimit})
		if d.status != tt.wantStatus || d.code != tt.wantCode {
			t.Errorf("decisionDenial(%s) = %d %v, want %d %v", tt.reason, d.status, d.code, tt.wantStatus, tt.wantCode)
		}
	}
}
