// Package redact replaces what detectors found in a text. Each kind of
// finding gets an operator, chosen by policy: tag (the default) writes
// [EMAIL_1], numbered per type within one call and the same value always
// getting the same tag; mask keeps the last few characters; hash writes a
// keyed HMAC-SHA256 token that is the same for the same value across calls
// without revealing it; remove deletes the value.
package redact

import (
	"cmp"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/promptgate/promptgate/detect"
)

// Operator names.
const (
	OpTag    = "tag"
	OpMask   = "mask"
	OpHash   = "hash"
	OpRemove = "remove"
)

// MaxKeep bounds Operator.Keep.
const MaxKeep = 16

// Operator says how the findings of one kind are replaced. Its JSON form,
// as policy data holds it, is {"operator": "mask", "keep": 4}.
type Operator struct {
	// Name is OpTag, OpMask, OpHash or OpRemove; empty means OpTag.
	Name string `json:"operator"`
	// Keep is how many trailing characters OpMask leaves visible. A mask
	// never shows more than half of a value, whatever Keep says.
	Keep int `json:"keep,omitempty"`
}

// Validate reports whether o names a known operator with a sane Keep.
func (o Operator) Validate() error {
	switch o.Name {
	case "", OpTag, OpMask, OpHash, OpRemove:
	default:
		return fmt.Errorf("unknown redaction operator %q (want tag, mask, hash or remove)", o.Name)
	}
	if o.Keep < 0 || o.Keep > MaxKeep {
		return fmt.Errorf("redaction keep %d out of range [0, %d]", o.Keep, MaxKeep)
	}
	if o.Keep != 0 && o.Name != OpMask {
		return fmt.Errorf("redaction keep is only for the mask operator, not %q", o.Name)
	}
	return nil
}

// ParseOperators reads operators from policy data decoded from JSON, such
// as data.promptgate.redaction:
//
//	{"pii.credit_card": {"operator": "mask", "keep": 4},
//	 "pii.email": {"operator": "hash"}, "secret": {"operator": "tag"}}
//
// Keys are finding kinds ("pii.email"), families ("pii", "secret") or "*".
// A value may also be the bare operator name: {"pii.phone": "remove"}.
func ParseOperators(data map[string]any) (map[string]Operator, error) {
	ops := make(map[string]Operator, len(data))
	for kind, v := range data {
		var o Operator
		switch v := v.(type) {
		case string:
			o.Name = v
		case map[string]any:
			for k, f := range v {
				switch k {
				case "operator":
					s, ok := f.(string)
					if !ok {
						return nil, fmt.Errorf("redaction %q: operator is %T, want a string", kind, f)
					}
					o.Name = s
				case "keep":
					n, err := toInt(f)
					if err != nil {
						return nil, fmt.Errorf("redaction %q: keep: %w", kind, err)
					}
					o.Keep = n
				default:
					return nil, fmt.Errorf("redaction %q: unknown field %q", kind, k)
				}
			}
		default:
			return nil, fmt.Errorf("redaction %q: got %T, want an object or an operator name", kind, v)
		}
		if err := o.Validate(); err != nil {
			return nil, fmt.Errorf("redaction %q: %w", kind, err)
		}
		ops[kind] = o
	}
	return ops, nil
}

func toInt(v any) (int, error) {
	switch n := v.(type) {
	case int:
		return n, nil
	case int64:
		return int(n), nil
	case float64:
		if n != float64(int(n)) {
			return 0, fmt.Errorf("%v is not a whole number", n)
		}
		return int(n), nil
	case interface{ Int64() (int64, error) }: // json.Number
		i, err := n.Int64()
		return int(i), err
	}
	return 0, fmt.Errorf("got %T, want a number", v)
}

// Option configures a Redactor.
type Option func(*Redactor)

// WithOperators sets the operator for each kind, family or "*" (see
// ParseOperators); kinds without one are tagged.
func WithOperators(ops map[string]Operator) Option {
	return func(r *Redactor) { r.ops = ops }
}

// WithHashKey sets the HMAC key of the hash operator. Without it hash
// tokens use a key made at process start: stable across the calls of one
// process, not across restarts or replicas.
func WithHashKey(key []byte) Option {
	return func(r *Redactor) { r.hashKey = slices.Clone(key) }
}

var processKey = func() []byte {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		panic("redact: no randomness for the hash key: " + err.Error())
	}
	return k
}()

// Redactor redacts the texts of one call. Tags are numbered across every
// text it redacts, so a value repeated in two messages gets one tag. A
// Redactor is not safe for concurrent use; make one per call.
type Redactor struct {
	ops     map[string]Operator
	hashKey []byte
	tags    map[string]string // kind type + "\x00" + value -> tag
	count   map[string]int    // tag type -> last number given
}

// New returns a Redactor for one call; with no options every kind is
// tagged.
func New(opts ...Option) *Redactor {
	r := &Redactor{tags: map[string]string{}, count: map[string]int{}}
	for _, o := range opts {
		o(r)
	}
	if r.hashKey == nil {
		r.hashKey = processKey
	}
	return r
}

// Operator returns the operator that applies to kind: the kind's own, its
// family's ("pii" for "pii.email"), the "*" entry, or tag.
func (r *Redactor) Operator(kind string) Operator {
	if o, ok := r.ops[kind]; ok {
		return o
	}
	if i := strings.IndexByte(kind, '.'); i > 0 {
		if o, ok := r.ops[kind[:i]]; ok {
			return o
		}
	}
	if o, ok := r.ops["*"]; ok {
		return o
	}
	return Operator{Name: OpTag}
}

// Redact returns text with the spans of the findings whose kind redact
// reports true replaced by each kind's operator, and whether anything was
// replaced. Overlapping spans are merged and replaced once, as the kind
// of highest precedence among them (secrets before personal data before
// the rest, then the earliest).
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
		kind, end := f.Kind, f.End
		j := i + 1
		for ; j < len(spans) && spans[j].Start < end; j++ {
			end = max(end, spans[j].End)
			if precedence(spans[j].Kind) > precedence(kind) {
				kind = spans[j].Kind
			}
		}
		b.WriteString(text[pos:f.Start])
		b.WriteString(r.replace(kind, text[f.Start:end]))
		pos = end
		i = j
	}
	b.WriteString(text[pos:])
	return b.String(), true
}

func precedence(kind string) int {
	switch {
	case strings.HasPrefix(kind, "secret."):
		return 2
	case strings.HasPrefix(kind, "pii."):
		return 1
	}
	return 0
}

// replace returns what stands in for value found as kind.
func (r *Redactor) replace(kind, value string) string {
	op := r.Operator(kind)
	switch op.Name {
	case OpRemove:
		return ""
	case OpMask:
		return mask(value, op.Keep)
	case OpHash:
		return r.hash(kind, value)
	}
	return r.tag(kind, value)
}

// tag returns the tag for value found as kind, giving a new number on first
// sight.
func (r *Redactor) tag(kind, value string) string {
	typ := TagType(kind)
	key := typ + "\x00" + value
	if t, ok := r.tags[key]; ok {
		return t
	}
	r.count[typ]++
	t := "[" + typ + "_" + strconv.Itoa(r.count[typ]) + "]"
	r.tags[key] = t
	return t
}

// hash returns [TYPE:hex], the first 64 bits of HMAC-SHA256 over the type
// and the value under the redactor's key.
func (r *Redactor) hash(kind, value string) string {
	typ := TagType(kind)
	m := hmac.New(sha256.New, r.hashKey)
	m.Write([]byte(typ))
	m.Write([]byte{0})
	m.Write([]byte(value))
	sum := m.Sum(nil)
	return "[" + typ + ":" + hex.EncodeToString(sum[:8]) + "]"
}

// mask replaces every character of value but the last keep with '*',
// showing at most half of the value's characters.
func mask(value string, keep int) string {
	n := utf8.RuneCountInString(value)
	keep = min(keep, n/2)
	var b strings.Builder
	b.Grow(len(value))
	i := 0
	for k, c := range value {
		if i >= n-keep {
			b.WriteString(value[k:])
			break
		}
		_ = c
		b.WriteByte('*')
		i++
	}
	return b.String()
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
