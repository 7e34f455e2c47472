package detect

import "testing"

func TestEstimateTokens(t *testing.T) {
	tests := []struct {
		give string
		want int64
	}{
		{"", 0},
		{"a", 1},
		{"abc", 1},
		{"abcd", 2},
		{"Hello, world! How are you today?", 11},
		{"日本語", 3},
		{"héllo", 2 + 1},
	}
	for _, tt := range tests {
		if got := EstimateTokens(tt.give); got != tt.want {
			t.Errorf("EstimateTokens(%q) = %d, want %d", tt.give, got, tt.want)
		}
	}
}
