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

// disguisable names the built-in rules whose keys are looked for backwards
// and in ROT13, with the prefixes that begin their keys.
var disguisable = map[string][]string{
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

// maxDisguisedKey bounds how much of a token is read as a disguised key.
const maxDisguisedKey = 512

// A disguise is a way of writing a key that the key's own pattern does not
// match. turn undoes it and is its own inverse; mirror says it reverses
// the order of bytes, so that the prefix ends the token instead of
// beginning it.
type disguise struct {
	name   string
	turn   func(string) string
	mirror bool
}

var disguises = []disguise{
	{name: "reversed", turn: reverseBytes, mirror: true},
	{name: "rot13", turn: rot13String},
}

// disguisedRules returns, for each disguisable rule of rs, a rule for each
// disguise.
func disguisedRules(rs []secretRule) []secretRule {
	var out []secretRule
	for _, r := range rs {
		if prefixes, ok := disguisable[r.id]; ok {
			for _, d := range disguises {
				out = append(out, d.rule(r, prefixes))
			}
		}
	}
	return out
}

// rule finds r's keys written in disguise d. Its keywords are the
// disguised prefixes; at each, the token holding it is turned back and
// read by r, and r's findings are mapped onto the token's bytes.
func (d disguise) rule(r secretRule, prefixes []string) secretRule {
	kws := make([]string, len(prefixes))
	for i, p := range prefixes {
		kws[i] = d.turn(p)
	}
	return secretRule{id: r.id + "." + d.name, keywords: kws, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, p := range starts {
			if p < done || !d.mirror && p > 0 && isTokenByte(s[p-1]) {
				continue
			}
			te := p + keyRun(s, p, maxDisguisedKey)
			ts := p
			if d.mirror {
				// The reversed prefix ends the token; the key's body lies
				// before it.
				for ts > 0 && p-ts < maxDisguisedKey && isKeyByte(s[ts-1]) {
					ts--
				}
			}
			if te-ts < 20 {
				continue
			}
			// Where the prefix starts once the token is turned back.
			var fwd []int
			for _, k := range kws {
				if p+len(k) <= te && strings.EqualFold(s[p:p+len(k)], k) {
					at := p - ts
					if d.mirror {
						at = te - p - len(k)
					}
					fwd = append(fwd, at)
				}
			}
			if len(fwd) == 0 {
				continue
			}
			slices.Sort(fwd)
			for _, f := range r.find(d.turn(s[ts:te]), slices.Compact(fwd), nil) {
				if d.mirror {
					f.Start, f.End = te-f.End, te-f.Start
				} else {
					f.Start, f.End = ts+f.Start, ts+f.End
				}
				f.Rule += "." + d.name
				out = append(out, f)
			}
			done = te
		}
		return out
	}}
}

// rot13String rotates the letters of s, both cases, by 13. (The
// normaliser's rot13 turns lower-case text only.)
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

// isKeyByte reports whether c can be part of a key, a token or a URL path.
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
