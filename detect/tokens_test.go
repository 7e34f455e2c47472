package detect

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

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

// estimateTokensRef is EstimateTokens a byte at a time.
func estimateTokensRef(text string) int64 {
	var ascii, other int64
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c < utf8.RuneSelf:
			ascii++
		case utf8.RuneStart(c):
			other++
		}
	}
	return (ascii+2)/3 + other
}

// TestEstimateTokens_Bytewise checks the eight-bytes-at-a-time count
// against a byte-at-a-time one, at several lengths and alignments of
// texts that mix ASCII, other scripts, stray and invalid bytes.
func TestEstimateTokens_Bytewise(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", " ", "\n", "é", "日", "😀", "\x80", "\xbf", "\xc0", "\xff", "Ж"}
	// Long runs of non-ASCII bytes fill the per-lane counts.
	texts := []string{prompt4KiB, strings.Repeat("\xff", 5000), strings.Repeat("日本語", 1000), strings.Repeat("\x7f\x80", 9)}
	for range 200 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		for i := range min(len(s), 9) {
			for _, x := range []string{s[i:], s[:len(s)-i]} {
				if got, want := EstimateTokens(x), estimateTokensRef(x); got != want {
					t.Fatalf("EstimateTokens(%.80q, %d bytes) = %d, want %d", x, len(x), got, want)
				}
			}
		}
	}
}

func BenchmarkEstimateTokens_4KiB(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(prompt4KiB)))
	for b.Loop() {
		EstimateTokens(prompt4KiB)
	}
}
