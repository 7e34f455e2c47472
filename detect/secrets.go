package detect

import "regexp"

// SecretDetector finds credentials: API keys of the LLM providers and
// other services.
type SecretDetector struct {
	rules []secretRule
}

type secretRule struct {
	id   string
	kind string
	re   *regexp.Regexp
}

// NewSecretDetector returns the secret detector with its built-in rules.
func NewSecretDetector() *SecretDetector {
	mk := func(id, kind, pattern string) secretRule {
		return secretRule{id: id, kind: kind, re: regexp.MustCompile(pattern)}
	}
	return &SecretDetector{rules: []secretRule{
		mk("anthropic.api_key", "secret.anthropic_api_key", `\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_\-]{80,110}\b`),
		mk("openai.api_key", "secret.openai_api_key", `\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,200}T3BlbkFJ[A-Za-z0-9_\-]{20,200}\b`),
	}}
}

// Name implements Detector.
func (d *SecretDetector) Name() string { return "secrets" }

// Detect implements Detector.
func (d *SecretDetector) Detect(t *Text, out []Finding) []Finding {
	for _, r := range d.rules {
		for _, m := range r.re.FindAllStringIndex(t.Original, -1) {
			out = append(out, Finding{Kind: r.kind, Score: 0.99, Rule: r.id, Start: m[0], End: m[1]})
		}
	}
	return out
}
