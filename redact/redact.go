// Package redact replaces what detectors found in a text with tags such as
// [EMAIL_1], numbered per type within one call, the same value always
// getting the same tag.
package redact

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/promptgate/promptgate/detect"
)

// Redactor redacts the texts of one call. Tags are numbered across every
// text it redacts, so a value repeated in two messages gets one tag. A
// Redactor is not safe for concurrent use; make one per call.
type Redactor struct {
	tags  map[string]string // kind + "\x00" + value -> tag
	count map[string]int    // tag type -> last number given
}

// New returns a Redactor for one call.
func New() *Redactor {
	return &Redactor{tags: map[string]string{}, count: map[string]int{}}
}

// Redact returns text with the spans of the findings whose kind redact
// reports true replaced by tags, and whether anything was replaced.
// Overlapping spans are merged into the first one's tag.
func (r *Redactor) Redact(text string, findings []detect.Finding, redact func(kind string) bool) (string, bool) {
	spans := make([]detect.Finding, 0, len(findings))
	for _, f := range findings {
		if f.Start < 0 || f.End > len(text) || f.Start >= f.End || !redact(f.Kind) {
			continue
		}
		spans = append(spans, f)
	}
	if len(spans) == 0 {
		return text, false
	}
	slices.SortFunc(spans, func(a, b detect.Finding) int {
		if c := cmp.Compare(a.Start, b.Start); c != 0 {
			return c
		}
		return cmp.Compare(b.End, a.End)
	})
	var b strings.Builder
	b.Grow(len(text))
	pos := 0
	for i := 0; i < len(spans); {
		f := spans[i]
		end := f.End
		j := i + 1
		for ; j < len(spans) && spans[j].Start < end; j++ {
			end = max(end, spans[j].End)
		}
		b.WriteString(text[pos:f.Start])
		b.WriteString(r.tag(f.Kind, text[f.Start:end]))
		pos = end
		i = j
	}
	b.WriteString(text[pos:])
	return b.String(), true
}

// tag returns the tag for value found as kind, giving a new number on first
// sight.
func (r *Redactor) tag(kind, value string) string {
	key := kind + "\x00" + value
	if t, ok := r.tags[key]; ok {
		return t
	}
	typ := TagType(kind)
	r.count[typ]++
	t := "[" + typ + "_" + strconv.Itoa(r.count[typ]) + "]"
	r.tags[key] = t
	return t
}

// TagType is the upper-case type a kind is tagged with: the part after the
// last dot, so "pii.email" tags as EMAIL and "secret.anthropic_api_key" as
// ANTHROPIC_API_KEY.
func TagType(kind string) string {
	if i := strings.LastIndexByte(kind, '.'); i >= 0 {
		kind = kind[i+1:]
	}
	return strings.ToUpper(kind)
}
