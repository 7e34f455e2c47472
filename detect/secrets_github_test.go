package detect

import (
	"hash/crc32"
	"math/big"
	"strings"
	"testing"
)

// refGitHubChecksum computes the checksum another way: math/big's base 62
// digits run 0-9, a-z, A-Z, so swapping the case of its letters gives
// the 0-9, A-Z, a-z order of the token format.
func refGitHubChecksum(random string) string {
	d := new(big.Int).SetUint64(uint64(crc32.ChecksumIEEE([]byte(random)))).Text(62)
	var b strings.Builder
	for _, c := range d {
		switch {
		case c >= 'a' && c <= 'z':
			c -= 'a' - 'A'
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		b.WriteRune(c)
	}
	return strings.Repeat("0", 6-b.Len()) + b.String()
}

func TestGitHubChecksum(t *testing.T) {
	for seed := uint32(0); seed < 500; seed++ {
		random := fake(seed+1000, fkAlnum, 30)
		if got, want := githubChecksum(random), refGitHubChecksum(random); got != want {
			t.Fatalf("githubChecksum(%q) = %q, want %q", random, got, want)
		}
	}
	// Small checksums are padded with zeros on the left.
	for _, c := range []string{"", "a"} {
		if got := githubChecksum(c); len(got) != 6 {
			t.Errorf("githubChecksum(%q) = %q, want 6 characters", c, got)
		}
	}
	if got := githubChecksum(""); got != "000000" { // CRC-32 of nothing is 0
		t.Errorf("githubChecksum(\"\") = %q, want 000000", got)
	}
}

func TestGitHubTokenScores(t *testing.T) {
	random := fake(77, fkAlnum, 30)
	valid := "ghp_" + random + githubChecksum(random)
	// One character of the random part changed: the checksum no longer
	// holds, as in a token copied with a typo or made up for a document.
	flip := func(s string, i int) string {
		c := byte('A')
		if s[i] == 'A' {
			c = 'B'
		}
		return s[:i] + string(c) + s[i+1:]
	}
	tests := []struct {
		name      string
		give      string
		wantScore float64
		wantRule  string
	}{
		{"checksum holds", valid, githubChecksumScore, "github.token"},
		{"other prefixes", "gho_" + valid[4:], githubChecksumScore, "github.token"},
		{"random part changed", flip(valid, 10), githubBadChecksum, githubBadChecksumRule},
		{"checksum changed", flip(valid, 38), githubBadChecksum, githubBadChecksumRule},
		{"longer than classic", "ghs_" + fake(78, fkAlnum, 60), githubTokenScore, "github.token"},
		{"not random", "ghp_" + strings.Repeat("ab", 18), 0, ""},
	}
	d := NewSecretDetector()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := "export GH=" + tt.give + "\n"
			fs := d.Detect(NewText(s, false), nil)
			if tt.wantRule == "" {
				if len(fs) != 0 {
					t.Fatalf("Detect = %+v, want nothing", fs)
				}
				return
			}
			if len(fs) != 1 || s[fs[0].Start:fs[0].End] != tt.give || fs[0].Kind != KindGitHubToken {
				t.Fatalf("Detect = %+v, want one %s over the token", fs, KindGitHubToken)
			}
			if fs[0].Score != tt.wantScore || fs[0].Rule != tt.wantRule {
				t.Errorf("score %v rule %q, want %v %q", fs[0].Score, fs[0].Rule, tt.wantScore, tt.wantRule)
			}
		})
	}
}
