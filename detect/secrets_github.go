package detect

import "hash/crc32"

// GitHub tokens in the classic format (ghp_ personal, gho_ OAuth, ghu_
// user-to-server, ghs_ server-to-server, ghr_ refresh) are the prefix, 30
// random base62 characters and a checksum: the CRC-32 (IEEE) of the 30
// characters written in base62 (digits, then capitals, then small
// letters), padded on the left with '0' to 6 characters. The checksum
// works for these tokens as Luhn does for card numbers.
//
// A token whose checksum holds is one GitHub could have issued: reported
// with the highest score. One of the same shape whose checksum fails was
// not issued by GitHub as written: a documentation example, a test
// fixture, a hand-made look-alike, or a real token with a character
// changed by a copy. It is still reported, with a lower score and its own
// rule id, rather than dropped: many look-alikes in the wild are close
// copies of real tokens, leaking one costs far more than redacting a
// fake, and a policy that wants to let look-alikes through can tell them
// apart. Tokens longer than the classic 36 characters carry no checksum
// we know of and keep the shape-only score.

const (
	githubTokenScore      = 0.95 // shape only: no checksum to test
	githubChecksumScore   = 0.99 // the checksum holds
	githubBadChecksum     = 0.8  // classic length, but the checksum fails
	githubBadChecksumRule = "github.token.bad_checksum"
)

func githubTokenRule() secretRule {
	return judgedPrefixRule("github.token", KindGitHubToken, []string{"ghp_", "gho_", "ghu_", "ghs_", "ghr_"},
		`gh[pousr]_[A-Za-z0-9]{36,251}`, 256, func(v string) (float64, string, bool) {
			if !highEntropy(v[4:], 3.5) {
				return 0, "", false
			}
			if len(v) != 4+36 {
				return githubTokenScore, "github.token", true
			}
			if githubChecksumOK(v[4:]) {
				return githubChecksumScore, "github.token", true
			}
			return githubBadChecksum, githubBadChecksumRule, true
		})
}

// base62Digits are the digits of the checksum's base62, in order.
const base62Digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// githubChecksumOK reports whether the last 6 characters of the 36 in
// body are the base62 CRC-32 of the first 30.
func githubChecksumOK(body string) bool {
	return len(body) == 36 && body[30:] == githubChecksum(body[:30])
}

// githubChecksum returns the 6-character base62 CRC-32 of random.
func githubChecksum(random string) string {
	c := crc32.ChecksumIEEE([]byte(random))
	var b [6]byte
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = base62Digits[c%62]
		c /= 62
	}
	return string(b[:])
}
