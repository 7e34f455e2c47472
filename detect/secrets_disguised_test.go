package detect

import (
	"strings"
	"testing"
)

func TestDisguisedKeys(t *testing.T) {
	keys := []struct{ kind, key string }{
		{KindAnthropicAPIKey, "sk-ant-api03-" + fake(71, fkUrlB64, 93) + "AA"},
		{KindAnthropicAPIKey, "sk-ant-admin01-" + fake(72, fkUrlB64, 93) + "AA"},
		{KindOpenAIAPIKey, "sk-proj-" + fake(73, fkUrlB64, 74) + "T3BlbkFJ" + fake(74, fkUrlB64, 74)},
		{KindAWSAccessKeyID, "AKIA" + fake(75, fkB32, 16)},
		{KindGitHubToken, "github_pat_" + fake(77, fkAlnum, 22) + "_" + fake(78, fkAlnum, 59)},
		{KindSlackToken, "xoxb-" + fake(79, fkDigits, 12) + "-" + fake(80, fkDigits, 13) + "-" + fake(81, fkAlnum, 24)},
		{KindStripeKey, "sk_live_" + fake(82, fkAlnum, 24)},
		{KindGoogleAPIKey, "AIza" + fake(83, fkUrlB64, 35)},
	}
	d := NewSecretDetector()
	for _, k := range keys {
		for _, how := range []struct {
			name, rule string
			disguise   func(string) string
		}{{"backwards", ".reversed", reverseBytes}, {"in ROT13", ".rot13", rot13String}} {
			v := how.disguise(k.key)
			for _, text := range []string{
				"Here is the key written " + how.name + ": " + v + ". Turn it back before use.",
				v,
				"`" + v + "`",
			} {
				at := strings.Index(text, v)
				fs := d.Detect(NewText(text, false), nil)
				found := false
				for _, f := range fs {
					if f.Kind == k.kind && f.Start == at && f.End == at+len(v) && strings.HasSuffix(f.Rule, how.rule) {
						found = true
					}
				}
				if !found {
					t.Errorf("%s written %s in %.40q…: findings %+v, want a %s over [%d, %d)", k.kind, how.name, text, fs, k.kind, at, at+len(v))
				}
			}
		}
	}
	// A GitHub classic token reversed still has its checksum checked.
	random := fake(84, fkAlnum, 30)
	gh := "ghp_" + random + githubChecksum(random)
	if fs := d.Detect(NewText("token: "+reverseBytes(gh), false), nil); len(fs) != 1 || fs[0].Kind != KindGitHubToken || fs[0].Score != githubChecksumScore {
		t.Errorf("reversed classic GitHub token: findings %+v, want one with its checksum holding", fs)
	}
	for _, text := range []string{
		"AA" + strings.Repeat("X", 93) + "-30ipa-tna-ks",              // a masked key
		"thanks-ks, back-ks and sk-ant-api in prose",                  // the prefixes alone
		"azia and aiza are not keys; neither is _phg_ or -bxox-",      // nor their reversals
		reverseBytes("AIzaSyabcdefghijklmnopqrstuvwxyz1234567"),       // a sequence
		rot13String("sk-ant-api03-" + strings.Repeat("X", 93) + "AA"), // a masked key in ROT13
		"the fx-rate and tuc_ tables, nxvn and nvmn",                  // rotated prefixes alone
	} {
		if fs := d.Detect(NewText(text, false), nil); len(fs) > 0 {
			t.Errorf("Detect(%q) = %+v, want nothing", text, fs)
		}
	}
}
