package detect

import (
	"encoding/base64"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// Secret kinds reported by SecretDetector's built-in rules. Custom rules
// loaded from a gitleaks configuration report "secret.<rule id>".
const (
	KindAnthropicAPIKey    = "secret.anthropic_api_key"
	KindOpenAIAPIKey       = "secret.openai_api_key"
	KindAWSAccessKeyID     = "secret.aws_access_key_id"
	KindAWSSecretAccessKey = "secret.aws_secret_access_key"
	KindGitHubToken        = "secret.github_token"
	KindSlackToken         = "secret.slack_token"
	KindSlackWebhook       = "secret.slack_webhook_url"
	KindStripeKey          = "secret.stripe_key"
	KindGoogleAPIKey       = "secret.google_api_key"
	KindJWT                = "secret.jwt"
	KindPrivateKey         = "secret.private_key"
	KindGenericSecret      = "secret.generic"
)

// SecretDetector finds credentials: provider API keys by their formats,
// JSON web tokens, PEM private keys, and high-entropy values assigned to
// names such as token, secret, password or api_key, in code, config,
// headers, command lines and URLs. One keyword pass over the text decides
// which rules run and where; placeholders and documented example keys are
// left alone. It is safe for concurrent use.
type SecretDetector struct {
	rules    []secretRule
	index    *keywordIndex
	kwRule   []int32 // keyword id -> rule index
	kwLen    []int32 // keyword id -> keyword length
	always   []int   // rules without keywords: run on every text
	nBuiltin int
	allows   []*GitleaksRules // configurations whose allowlists the built-in rules honour
}

// secretRule is one detection rule. find gets the start offsets of the
// rule's keyword occurrences in ascending order (nil for a rule without
// keywords) and appends its findings.
type secretRule struct {
	id       string
	keywords []string
	find     func(s string, starts []int, out []Finding) []Finding
}

// SecretOption configures a SecretDetector.
type SecretOption func(*secretConfig)

type secretConfig struct {
	custom    []secretRule
	allows    []*GitleaksRules
	noBuiltin bool
}

// WithoutBuiltinRules leaves out the built-in rules, so only rules added
// by other options (such as WithGitleaksRules) run.
func WithoutBuiltinRules() SecretOption {
	return func(c *secretConfig) { c.noBuiltin = true }
}

// WithGitleaksRules adds the rules of a gitleaks configuration loaded with
// LoadGitleaksRules. Where they and a built-in rule report the same text,
// a built-in provider rule wins over them and they win over the generic
// rules. The configuration's allowlists apply to the built-in rules too
// (see GitleaksRules.allowsBuiltin).
func WithGitleaksRules(rs *GitleaksRules) SecretOption {
	return func(c *secretConfig) {
		if rs != nil {
			c.custom = append(c.custom, rs.secretRules()...)
			c.allows = append(c.allows, rs)
		}
	}
}

// NewSecretDetector returns the secret detector with its built-in rules
// and any rules the options add.
func NewSecretDetector(opts ...SecretOption) *SecretDetector {
	var c secretConfig
	for _, o := range opts {
		o(&c)
	}
	d := &SecretDetector{}
	if !c.noBuiltin {
		d.rules = append(d.rules, builtinRules()...)
	}
	d.nBuiltin = len(d.rules)
	d.rules = append(d.rules, c.custom...)
	d.allows = c.allows
	var kws []string
	for i, r := range d.rules {
		if len(r.keywords) == 0 {
			d.always = append(d.always, i)
		}
		for _, k := range r.keywords {
			kws = append(kws, strings.ToLower(k))
			d.kwRule = append(d.kwRule, int32(i))
			d.kwLen = append(d.kwLen, int32(len(k)))
		}
	}
	d.index = newKeywordIndex(kws)
	return d
}

// Name implements Detector.
func (d *SecretDetector) Name() string { return "secrets" }

// Detect implements Detector. Secrets are matched on the original text,
// and on the views of it that hide text from a direct reading (see
// findObfuscated): a key split by zero-width characters or encoded in
// base64 is reported over the original bytes that carry it.
func (d *SecretDetector) Detect(t *Text, out []Finding) []Finding {
	first := len(out)
	out = d.find(t.Original, out)
	if mayHide(t) {
		out = findObfuscated(t, d.find, out)
	}
	if len(d.allows) > 0 {
		out = d.dropAllowed(t.Original, out, first)
	}
	return resolveSecretOverlaps(out, first)
}

// dropAllowed removes from out[first:] the built-in rules' findings that a
// loaded gitleaks configuration allowlists. Custom rules have applied
// their allowlists already.
func (d *SecretDetector) dropAllowed(s string, out []Finding, first int) []Finding {
	keep := out[:first]
	for _, f := range out[first:] {
		allowed := false
		if !strings.HasPrefix(f.Rule, "gitleaks.") {
			for _, rs := range d.allows {
				if rs.allowsBuiltin(s, f.Start, f.End) {
					allowed = true
					break
				}
			}
		}
		if !allowed {
			keep = append(keep, f)
		}
	}
	return keep
}

// find appends the secrets in s to out.
func (d *SecretDetector) find(s string, out []Finding) []Finding {
	sc := secretScratchPool.Get().(*secretScratch)
	defer secretScratchPool.Put(sc)
	hits := d.index.scan(s, sc.hits[:0])
	sc.hits = hits[:0]
	if len(hits) > 0 {
		// Group the hits by rule with a counting sort; the scan reports
		// them in order of their start, and each group keeps that order.
		count := grow(sc.count, len(d.rules)+1)
		sc.count = count
		clear(count)
		for _, h := range hits {
			count[d.kwRule[h.id]+1]++
		}
		for r := 1; r < len(count); r++ {
			count[r] += count[r-1]
		}
		starts := grow(sc.starts, len(hits))
		sc.starts = starts
		next := count[:len(d.rules)]
		for _, h := range hits {
			r := d.kwRule[h.id]
			starts[next[r]] = int(h.end - d.kwLen[h.id])
			next[r]++
		}
		// next[r] is now the end of rule r's group, and its start the end
		// of the group before.
		from := int32(0)
		for r := range d.rules {
			to := next[r]
			if to > from {
				out = d.rules[r].find(s, starts[from:to], out)
			}
			from = to
		}
	}
	for _, r := range d.always {
		out = d.rules[r].find(s, nil, out)
	}
	return out
}

// secretScratch holds the buffers of one Detect call. The rules are
// function values, so a buffer handed to them escapes: pooling it keeps
// the call free of allocations.
type secretScratch struct {
	hits   []keywordHit
	count  []int32
	starts []int
}

var secretScratchPool = sync.Pool{New: func() any {
	return &secretScratch{hits: make([]keywordHit, 0, 128), count: make([]int32, 0, 64), starts: make([]int, 0, 128)}
}}

// grow returns b resliced to n elements, reallocated if it is too short.
func grow[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

// resolveSecretOverlaps drops findings in out[first:] that overlap a
// finding of higher precedence: built-in provider rules, then custom
// rules, then the generic rules; identical spans are kept once.
func resolveSecretOverlaps(out []Finding, first int) []Finding {
	fs := out[first:]
	if len(fs) < 2 {
		return out
	}
	rank := func(f Finding) int {
		switch {
		case f.Kind == KindGenericSecret:
			return 2
		case strings.HasPrefix(f.Rule, "gitleaks."):
			return 1
		}
		return 0
	}
	keep := fs[:0]
	for i, f := range fs {
		drop := false
		for j, g := range fs {
			if i == j || f.Start >= g.End || g.Start >= f.End {
				continue
			}
			rf, rg := rank(f), rank(g)
			if rg < rf || rg == rf && (g.End-g.Start > f.End-f.Start || g.End-g.Start == f.End-f.Start && j < i) {
				drop = true
				break
			}
		}
		if !drop {
			keep = append(keep, f)
		}
	}
	return out[:first+len(keep)]
}

// prefixRule builds a rule whose keywords are prefixes of the secret: the
// anchored pattern re runs at each keyword occurrence that starts a word,
// and valid, if set, vets the matched value.
func prefixRule(id, kind string, score float64, keywords []string, pattern string, maxLen int, valid func(v string) bool) secretRule {
	return judgedPrefixRule(id, kind, keywords, pattern, maxLen, func(v string) (float64, string, bool) {
		if valid != nil && !valid(v) {
			return 0, "", false
		}
		return score, id, true
	})
}

// judgedPrefixRule is prefixRule with a judge that scores each matched
// value and names the rule it reports, or turns the value away.
func judgedPrefixRule(id, kind string, keywords []string, pattern string, maxLen int, judge func(v string) (score float64, rule string, ok bool)) secretRule {
	re := regexp.MustCompile(`^(?:` + pattern + `)`)
	// The shortest text the pattern matches: a candidate with fewer
	// key-like bytes in a row is turned away before the regexp runs.
	minLen := minMatchLen(re)
	return secretRule{id: id, keywords: keywords, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, st := range starts {
			if st < done || st > 0 && isTokenByte(s[st-1]) && !afterEscape(s, st) || keyRun(s, st, minLen) < minLen {
				continue
			}
			m := re.FindStringIndex(s[st:min(len(s), st+maxLen)])
			if m == nil {
				continue
			}
			end := st + m[1]
			if end < len(s) && isTokenByte(s[end]) {
				continue
			}
			score, rule, ok := judge(s[st:end])
			if !ok {
				continue
			}
			out = append(out, Finding{Kind: kind, Score: score, Rule: rule, Start: st, End: end})
			done = end
		}
		return out
	}}
}

// afterEscape reports whether s[:st] ends with a %XX escape, which starts
// a word as the character it encodes would: key%3Dsk-ant-...
func afterEscape(s string, st int) bool {
	return st >= 3 && s[st-3] == '%' && isHex(s[st-2]) && isHex(s[st-1])
}

// minMatchLen returns the length of the shortest text re matches.
func minMatchLen(re *regexp.Regexp) int {
	p, err := syntax.Parse(re.String(), syntax.Perl)
	if err != nil {
		return 0
	}
	return minLenOf(p.Simplify())
}

func minLenOf(r *syntax.Regexp) int {
	switch r.Op {
	case syntax.OpLiteral:
		return len(string(r.Rune))
	case syntax.OpCharClass, syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return 1
	case syntax.OpCapture, syntax.OpPlus:
		return minLenOf(r.Sub[0])
	case syntax.OpRepeat:
		return r.Min * minLenOf(r.Sub[0])
	case syntax.OpConcat:
		n := 0
		for _, sub := range r.Sub {
			n += minLenOf(sub)
		}
		return n
	case syntax.OpAlternate:
		n := -1
		for _, sub := range r.Sub {
			if m := minLenOf(sub); n < 0 || m < n {
				n = m
			}
		}
		return max(n, 0)
	}
	return 0
}

// keyRun counts the bytes from s[st] that can be part of a key, a token or
// a URL path, stopping at limit.
func keyRun(s string, st, limit int) int {
	n := 0
	for i := st; i < len(s) && n < limit && isKeyByte(s[i]); i++ {
		n++
	}
	return n
}

// isTokenByte reports whether c can continue a key or token, so a match
// next to it is a piece of something longer.
func isTokenByte(c byte) bool { return byteClass[c]&(bcDigit|bcUpper|bcLower|bcToken) != 0 }

// builtinRules compiles the built-in rules once: they hold no state, so
// every detector shares them.
var builtinRules = sync.OnceValue(builtinSecretRules)

func builtinSecretRules() []secretRule {
	// Provider formats are specific enough that only masked values
	// (sk-ant-api03-XXXX..., AKIA****) are turned away.
	notPlaceholder := func(v string) bool { return !isMasked(v) }
	providers := append([]secretRule{
		prefixRule("anthropic.api_key", KindAnthropicAPIKey, 0.99, []string{"sk-ant-api"},
			`sk-ant-api\d\d-[A-Za-z0-9_-]{86,120}AA`, 140, notPlaceholder),
		prefixRule("anthropic.admin_key", KindAnthropicAPIKey, 0.99, []string{"sk-ant-admin"},
			`sk-ant-admin\d\d-[A-Za-z0-9_-]{86,120}AA`, 140, notPlaceholder),
		prefixRule("anthropic.token", KindAnthropicAPIKey, 0.9, []string{"sk-ant-oat", "sk-ant-ort", "sk-ant-sid"},
			`sk-ant-(?:oat|ort|sid)\d\d-[A-Za-z0-9_-]{80,200}`, 220, notPlaceholder),
		prefixRule("openai.api_key", KindOpenAIAPIKey, 0.99, []string{"sk-"},
			`sk-(?:(?:proj|svcacct|admin|None)-)?[A-Za-z0-9_-]{16,200}T3BlbkFJ[A-Za-z0-9_-]{16,200}`, 420, notPlaceholder),
		prefixRule("openai.project_key", KindOpenAIAPIKey, 0.85, []string{"sk-proj-", "sk-svcacct-", "sk-admin-", "sk-none-"},
			`sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{40,200}`, 220, func(v string) bool { return highEntropy(v[strings.IndexByte(v[3:], '-')+4:], 4.0) }),
		prefixRule("generic.sk_key", KindGenericSecret, 0.7, []string{"sk-"},
			`sk-[A-Za-z0-9]{32,64}`, 70, func(v string) bool { return highEntropy(v[3:], 3.8) && hasDigitAndLetter(v[3:]) }),
		awsRule(),
		githubTokenRule(),
		prefixRule("github.fine_grained_pat", KindGitHubToken, 0.95, []string{"github_pat_"},
			`github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59,200}`, 256, func(v string) bool { return highEntropy(v[11:], 3.5) }),
		prefixRule("slack.token", KindSlackToken, 0.95, []string{"xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-"},
			`xox[bpaors]-\d{8,14}-\d{8,14}(?:-\d{8,14})?-[A-Za-z0-9]{24,64}`, 160, notPlaceholder),
		prefixRule("slack.legacy_token", KindSlackToken, 0.9, []string{"xoxs-", "xoxo-", "xoxp-"},
			`xox[spo]-\d{6,14}-\d{6,14}-\d{6,14}-[a-f0-9]{32,64}`, 160, nil),
		prefixRule("slack.config_token", KindSlackToken, 0.95, []string{"xoxe"},
			`xoxe(?:\.xox[bp])?-\d-[A-Za-z0-9]{140,180}`, 200, notPlaceholder),
		prefixRule("slack.app_token", KindSlackToken, 0.95, []string{"xapp-"},
			`xapp-\d-[A-Z0-9]{8,14}-\d{8,16}-[a-f0-9]{32,80}`, 140, nil),
		slackWebhookRule(),
		prefixRule("stripe.secret_key", KindStripeKey, 0.95, []string{"sk_live_", "rk_live_", "sk_test_", "rk_test_"},
			`[sr]k_(?:live|test)_[A-Za-z0-9]{20,247}`, 260, func(v string) bool { return highEntropy(v[8:], 3.5) }),
		prefixRule("stripe.webhook_secret", KindStripeKey, 0.95, []string{"whsec_"},
			`whsec_[A-Za-z0-9+/=]{32,100}`, 110, func(v string) bool { return highEntropy(v[6:], 3.5) }),
		prefixRule("google.api_key", KindGoogleAPIKey, 0.95, []string{"aiza"},
			`AIza[A-Za-z0-9_-]{35}`, 39, func(v string) bool { return highEntropy(v[4:], 3.5) && !hasSequence(v[4:], 6) }),
		prefixRule("jwt", KindJWT, 0.9, []string{"eyj"},
			`eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*`, 11000, validJWT),
		privateKeyRule(),
	}, providerRules()...)
	return slices.Concat(providers, disguisedRules(providers), []secretRule{
		genericRule(),
		authHeaderRule(),
		basicAuthRule(),
		urlCredentialsRule(),
	})
}

// isMasked reports whether a value in a provider's format was masked or
// filled in as documentation: runs of x, *, #, dots, "EXAMPLE", "your".
func isMasked(v string) bool {
	lv := strings.ToLower(v)
	for _, m := range []string{"xxxx", "****", "####", "....", "…", "example", "your", "<", ">", "{{", "${"} {
		if strings.Contains(lv, m) {
			return true
		}
	}
	return lowVariety(v)
}

// validJWT checks that a token's header decodes to a JSON object naming
// its algorithm, and that a signature follows unless the algorithm is
// "none".
func validJWT(v string) bool {
	dot := strings.IndexByte(v, '.')
	var buf [512]byte
	h := v[:dot]
	if base64.RawURLEncoding.DecodedLen(len(h)) > len(buf) {
		return false
	}
	n, err := base64.RawURLEncoding.Decode(buf[:], []byte(h))
	if err != nil {
		return false
	}
	hdr := string(buf[:n])
	if !strings.HasPrefix(hdr, "{") || !strings.Contains(hdr, `"alg"`) {
		return false
	}
	sig := v[strings.LastIndexByte(v, '.')+1:]
	if sig == "" {
		return strings.Contains(hdr, `"none"`)
	}
	return len(sig) >= 16
}

// awsRule finds AWS access key ids by their prefixes, and secret access
// keys (40 characters of base64) written near an id or named as one.
func awsRule() secretRule {
	id := regexp.MustCompile(`^(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}`)
	return secretRule{id: "aws.access_key_id", keywords: []string{"akia", "asia", "abia", "acca", "secret_access_key", "secretaccesskey", "aws_secret", "secret access key", "secret-access-key"}, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		var ids []int
		for _, st := range starts {
			if st < done {
				continue
			}
			if isUpper(s[st]) && (st == 0 || !isTokenByte(s[st-1])) {
				m := id.FindStringIndex(s[st:min(len(s), st+20)])
				if m != nil && (st+20 == len(s) || !isTokenByte(s[st+20])) {
					v := s[st : st+20]
					if !strings.Contains(v, "EXAMPLE") && highEntropy(v[4:], 3.0) {
						out = append(out, Finding{Kind: KindAWSAccessKeyID, Score: 0.95, Rule: "aws.access_key_id", Start: st, End: st + 20})
						ids = append(ids, st)
						done = st + 20
					}
				}
				continue
			}
			ids = append(ids, st)
		}
		// Secret keys: within a few lines of an id or a secret-key name.
		done = 0
		for _, p := range ids {
			from := max(p-300, done)
			to := min(len(s), p+400)
			for i := from; i+40 <= to; i++ {
				if !isB64(s[i]) || i > 0 && isB64(s[i-1]) {
					continue
				}
				j := i
				for j < len(s) && isB64(s[j]) {
					j++
				}
				if j-i == 40 && (j == len(s) || !isTokenByte(s[j])) && !strings.Contains(s[i:j], "EXAMPLE") &&
					highEntropy(s[i:j], 4.0) && hasDigitAndLetter(s[i:j]) && hasUpperAndLower(s[i:j]) {
					out = append(out, Finding{Kind: KindAWSSecretAccessKey, Score: 0.9, Rule: "aws.secret_access_key", Start: i, End: j})
					done = j
				}
				i = j
			}
		}
		return out
	}}
}

func isB64(c byte) bool { return byteClass[c]&(bcDigit|bcUpper|bcLower|bcB64) != 0 }

// slackWebhookRule finds Slack incoming-webhook and workflow URLs, which
// post to a channel without further credentials.
func slackWebhookRule() secretRule {
	re := regexp.MustCompile(`^hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9]{8,12}/[A-Za-z0-9]{8,12}/(?:\d{10,20}/)?[A-Za-z0-9]{20,32}`)
	return secretRule{id: "slack.webhook_url", keywords: []string{"hooks.slack.com/"}, find: func(s string, starts []int, out []Finding) []Finding {
		for _, st := range starts {
			m := re.FindStringIndex(s[st:min(len(s), st+160)])
			if m == nil {
				continue
			}
			start := st
			for _, p := range []string{"https://", "http://"} {
				if st >= len(p) && strings.EqualFold(s[st-len(p):st], p) {
					start = st - len(p)
				}
			}
			out = append(out, Finding{Kind: KindSlackWebhook, Score: 0.95, Rule: "slack.webhook_url", Start: start, End: st + m[1]})
		}
		return out
	}}
}

// privateKeyRule finds PEM and OpenSSH private key blocks, from the BEGIN
// line to the END line (or the end of the key material when the block was
// cut short). Blocks with no key material are left alone.
func privateKeyRule() secretRule {
	begin := regexp.MustCompile(`^-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----`)
	return secretRule{id: "private_key", keywords: []string{"-----begin"}, find: func(s string, starts []int, out []Finding) []Finding {
		done := 0
		for _, st := range starts {
			if st < done {
				continue
			}
			m := begin.FindStringIndex(s[st:min(len(s), st+80)])
			if m == nil {
				continue
			}
			body := st + m[1]
			end, material := body, 0
			for end < len(s) && end-body < 1<<16 {
				c := s[end]
				if c == '-' && strings.HasPrefix(s[end:], "-----END") {
					e := strings.Index(s[end+8:min(len(s), end+100)], "-----")
					if e >= 0 {
						end += 8 + e + 5
					}
					break
				}
				if isB64(c) || c == '=' {
					material++
				} else if !(c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\\' || c == ':' || c == ',' || c == '-' || c == '"') {
					break
				}
				end++
			}
			if material < 40 {
				continue
			}
			for end > body && (s[end-1] == '\n' || s[end-1] == ' ' || s[end-1] == '\\') {
				end--
			}
			out = append(out, Finding{Kind: KindPrivateKey, Score: 0.99, Rule: "private_key", Start: st, End: end})
			done = end
		}
		return out
	}}
}
