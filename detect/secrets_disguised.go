package detect

import (
	"slices"
	"strings"
)

// Keys written backwards or in ROT13. A model asked to spell a key in
// reverse or to "encode" it with ROT13, or a prompt that hides one so,
// writes "AA…-30ipa-tna-ks" or "fx-nag-ncv03-…": no pattern matches it,
// and a reply that carried it would pass a scan that reads keys only as
// they are. Provider keys begin with a fixed prefix, so their reversal
// ends with that prefix reversed and their ROT13 begins with it rotated;
// at each such place the token is turned back and read by the key's own
// rule, with its validators, and a finding covers the whole token.

// reversible names the built-in rules whose keys are looked for backwards
// and in ROT13, with the prefixes that begin their keys.
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

// disguisedRules returns, for each reversible rule of rs, a rule that
// reads its keys backwards and one that reads them in ROT13.
func disguisedRules(rs []secretRule) []secretRule {
	var out []secretRule
	for _, r := range rs {
		if prefixes, ok := reversible[r.id]; ok {
			out = append(out, reversedRule(r, prefixes), rot13Rule(r, prefixes))
		}
	}
	return out
}

// rot13Rule finds r's keys written in ROT13; its keywords are the rotated
// prefixes. ROT13 moves letters only, so a key keeps its length and its
// digits, and a finding maps byte for byte.
func rot13Rule(r secretRule, prefixes []string) secretRule {
	kws := make([]string, len(prefixes))
	for i, p := range prefixes {
		kws[i] = rot13String(p)
	}
	return secretRule{id: r.id + ".rot13", keywords: kws, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, p := range starts {
			if p < done || p > 0 && isTokenByte(s[p-1]) {
				continue
			}
			te := p
			for te < len(s) && te-p < maxReversedKey && isKeyByte(s[te]) {
				te++
			}
			if te-p < 20 {
				continue
			}
			for _, f := range r.find(rot13String(s[p:te]), []int{0}, nil) {
				f.Start, f.End = p+f.Start, p+f.End
				f.Rule += ".rot13"
				out = append(out, f)
				done = f.End
			}
		}
		return out
	}}
}

// rot13String rotates the letters of s, both cases, by 13.
func rot13String(s string) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return string(b)
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
