package detect

import "regexp"

// PIIDetector finds personal data: e-mail addresses and payment card
// numbers that pass the Luhn check.
type PIIDetector struct {
	email *regexp.Regexp
	card  *regexp.Regexp
}

// NewPIIDetector returns the PII detector with its built-in rules.
func NewPIIDetector() *PIIDetector {
	return &PIIDetector{
		email: regexp.MustCompile(`[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}`),
		card:  regexp.MustCompile(`\b(?:\d[ \-]?){12,18}\d\b`),
	}
}

// Name implements Detector.
func (d *PIIDetector) Name() string { return "pii" }

// Detect implements Detector. PII is matched on the original text: its
// exact bytes are what a redaction must replace.
func (d *PIIDetector) Detect(t *Text, out []Finding) []Finding {
	s := t.Original
	for _, m := range d.email.FindAllStringIndex(s, -1) {
		out = append(out, Finding{Kind: "pii.email", Score: 0.99, Rule: "pii.email", Start: m[0], End: m[1]})
	}
	for _, m := range d.card.FindAllStringIndex(s, -1) {
		if luhn(s[m[0]:m[1]]) {
			out = append(out, Finding{Kind: "pii.credit_card", Score: 0.95, Rule: "pii.credit_card.luhn", Start: m[0], End: m[1]})
		}
	}
	return out
}

// luhn reports whether the digits of s (separators ignored) pass the Luhn
// checksum and number 13 to 19.
func luhn(s string) bool {
	sum, n := 0, 0
	for i := len(s) - 1; i >= 0; i-- {
		c := s[i]
		if c < '0' || c > '9' {
			continue
		}
		d := int(c - '0')
		if n%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		n++
	}
	return n >= 13 && n <= 19 && sum%10 == 0
}
