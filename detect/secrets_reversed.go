package detect

import (
	"slices"
	"strings"
)

// Keys written backwards. A model asked to spell a key in reverse, or a
// prompt that hides one so, writes "AA…-30ipa-tna-ks": no pattern matches
// it, and a reply that carried it would pass a scan that reads only
// forwards. Provider keys begin with a fixed prefix, so their reversal
// ends with that prefix reversed; at each such ending the token before it
// is turned around and read by the key's own rule, with its validators,
// and a finding covers the whole reversed token.

// reversible names the built-in rules whose keys are looked for backwards,
// with the prefixes that begin their keys.
var reversible = map[string][]string{
	"anthropic.api_key":       {"sk-ant-api"},
	"anthropic.admin_key":     {"sk-ant-admin"},
	"openai.api_key":          {"sk-"},
	"openai.project_key":      {"sk-proj-", "sk-svcacct-", "sk-admin-"},
	"aws.access_key_id":       {"akia", "asia"},
	"github.token":            {"ghp_", "gho_", "ghu_", "ghs_", "ghr_"},
	"github.fine_grained_pat": {"github_pat_"},
	"slack.token":             {"xoxb-", "xoxp-"},
	"stripe.secret_key":       {"sk_live_", "rk_live_"},
	"google.api_key":          {"aiza"},
}

// maxReversedKey bounds how far back a reversed key is read.
const maxReversedKey = 512

// reversedRules returns a rule for each reversible rule of rs.
func reversedRules(rs []secretRule) []secretRule {
	var out []secretRule
	for _, r := range rs {
		if prefixes, ok := reversible[r.id]; ok {
			out = append(out, reversedRule(r, prefixes))
		}
	}
	return out
}

// reversedRule finds r's keys written backwards; its keywords are the
// reversed prefixes.
func reversedRule(r secretRule, prefixes []string) secretRule {
	kws := make([]string, len(prefixes))
	for i, p := range prefixes {
		kws[i] = reverseBytes(p)
	}
	return secretRule{id: r.id + ".reversed", keywords: kws, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, p := range starts {
			if p < done {
				continue
			}
			// The reversed prefix ends the token; the key's body lies
			// before it.
			te := p
			for te < len(s) && te-p < 64 && isKeyByte(s[te]) {
				te++
			}
			ts := p
			for ts > 0 && p-ts < maxReversedKey && isKeyByte(s[ts-1]) {
				ts--
			}
			if te-ts < 20 {
				continue
			}
			var fwd []int
			for _, k := range kws {
				if p+len(k) <= te && strings.EqualFold(s[p:p+len(k)], k) {
					fwd = append(fwd, te-p-len(k))
				}
			}
			if len(fwd) == 0 {
				continue
			}
			slices.Sort(fwd)
			for _, f := range r.find(reverseBytes(s[ts:te]), fwd, nil) {
				f.Start, f.End = te-f.End, te-f.Start
				f.Rule += ".reversed"
				out = append(out, f)
			}
			done = te
		}
		return out
	}}
}

// isKeyByte reports whether c can be part of a key: what keyRun counts.
func isKeyByte(c byte) bool {
	return isAlnum(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == '+' || c == '=' || c == ':'
}

func reverseBytes(s string) string {
	b := make([]byte, len(s))
	for i := range len(s) {
		b[len(s)-1-i] = s[i]
	}
	return string(b)
}
