package detect

import "regexp"

// InjectionDetector finds prompt-injection and jailbreak attempts: text
// that tries to override the model's instructions, extract its system
// prompt or switch it into an unrestricted persona.
type InjectionDetector struct {
	rules []phraseRule
}

type phraseRule struct {
	id    string
	kind  string
	score float64
	re    *regexp.Regexp
}

// NewInjectionDetector returns the injection detector with its built-in
// phrase families.
func NewInjectionDetector() *InjectionDetector {
	// Patterns run over Text.Norm: lower case, NFKC, single spaces.
	mk := func(id, kind string, score float64, pattern string) phraseRule {
		return phraseRule{id: id, kind: kind, score: score, re: regexp.MustCompile(pattern)}
	}
	return &InjectionDetector{rules: []phraseRule{
		mk("override.ignore_previous", "prompt_injection", 0.95,
			`\b(ignore|disregard|forget|skip|override)( all| any| the| your| my)*( previous| prior| above| earlier| preceding| initial| original)( \w+)?( instructions?| prompts?| rules?| directions?| guidelines?| context)`),
		mk("extraction.system_prompt", "prompt_injection.system_prompt_extraction", 0.9,
			`\b(print|reveal|show|repeat|output|display|tell me|give me|what is|what are|leak|dump)( me)?( \w+){0,3} (system|initial|hidden|secret|original) (prompt|instructions?|message)`),
		mk("jailbreak.developer_mode", "prompt_injection.jailbreak", 0.9,
			`\b(developer mode|dan mode|do anything now|jailbreak(ed)? mode|you are now (dan|unrestricted|unfiltered))`),
		mk("delimiter.fake_role", "prompt_injection", 0.8,
			`(<\|im_start\|>|\[/?inst\]|###\s*(system|instruction)s?\b|</?(system|user|assistant)>)`),
	}}
}

// Name implements Detector.
func (d *InjectionDetector) Name() string { return "injection" }

// Detect implements Detector.
func (d *InjectionDetector) Detect(t *Text, out []Finding) []Finding {
	for _, r := range d.rules {
		for _, m := range r.re.FindAllStringIndex(t.Norm, -1) {
			start, end := t.Span(m[0], m[1])
			out = append(out, Finding{Kind: r.kind, Score: r.score, Rule: r.id, Start: start, End: end})
		}
	}
	if t.Hidden > 0 {
		out = append(out, Finding{Kind: "prompt_injection.hidden_text", Score: 0.5, Rule: "hidden.invisible_characters", Start: 0, End: len(t.Original)})
	}
	return out
}
