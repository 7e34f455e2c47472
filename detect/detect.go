// Package detect holds promptgate's detectors: pure-Go functions from text to
// findings. Detectors know nothing of tenants, policies or I/O; they normalise
// a text once, run every detector over it, and report what they found with
// byte spans into the caller's original text.
package detect

import (
	"cmp"
	"slices"
)

// Finding is one thing a detector found in a text. It never holds the matched
// value, only where it is, so findings are safe to log.
type Finding struct {
	// Kind names what was found: "prompt_injection",
	// "prompt_injection.<sub>", "pii.<type>" or "secret.<type>".
	Kind string
	// Score is the detector's confidence, from 0 to 1.
	Score float64
	// Rule is the id of the rule that matched.
	Rule string
	// Start and End are UTF-8 byte offsets into the original text, End
	// exclusive.
	Start, End int
}

// Detector finds one family of risks in a text.
type Detector interface {
	// Name identifies the detector in metrics and errors.
	Name() string
	// Detect appends what it finds in t to out and returns the extended
	// slice. It must not keep t or out.
	Detect(t *Text, out []Finding) []Finding
}

// Input is one text to scan with what the caller knows of its origin.
type Input struct {
	// Text is the caller's original text.
	Text string
	// Untrusted marks content the user did not write, read for instructions
	// aimed at the model.
	Untrusted bool
}

// Scanner runs a fixed set of detectors over texts. It is safe for
// concurrent use.
type Scanner struct {
	detectors []Detector
}

// NewScanner returns a Scanner running the given detectors in order.
func NewScanner(detectors ...Detector) *Scanner {
	return &Scanner{detectors: slices.Clone(detectors)}
}

// DefaultScanner returns a Scanner with every built-in detector in its
// default configuration.
func DefaultScanner() *Scanner {
	return NewScanner(NewInjectionDetector(), NewPIIDetector(), NewSecretDetector())
}

// Scan normalises in once and runs every detector over it. Findings come
// sorted by start offset.
func (s *Scanner) Scan(in Input) []Finding {
	t, b := scanText(in.Text, in.Untrusted)
	var out []Finding
	for _, d := range s.detectors {
		out = d.Detect(t, out)
	}
	putBuilder(b)
	sortFindings(out)
	return out
}

// sortFindings orders findings by start, the longer first where two start
// together, keeping the detectors' order otherwise.
func sortFindings(fs []Finding) {
	slices.SortStableFunc(fs, func(a, b Finding) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
}
