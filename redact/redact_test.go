package redact

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/promptgate/promptgate/detect"
)

func all(string) bool { return true }

// find returns a finding of kind for the first occurrence of v in s.
func find(s, kind, v string) detect.Finding {
	i := strings.Index(s, v)
	if i < 0 {
		panic("no " + v + " in " + s)
	}
	return detect.Finding{Kind: kind, Start: i, End: i + len(v)}
}

func TestRedactOperators(t *testing.T) {
	const text = "mail a@example.com or b@example.com, card 4111 1111 1111 1111, a@example.com again"
	fs := []detect.Finding{
		find(text, "pii.email", "a@example.com"),
		find(text, "pii.email", "b@example.com"),
		find(text, "pii.credit_card", "4111 1111 1111 1111"),
		{Kind: "pii.email", Start: strings.LastIndex(text, "a@example.com"), End: strings.LastIndex(text, "a@example.com") + 13},
	}
	tests := []struct {
		name string
		ops  map[string]Operator
		want string
	}{
		{"default tag", nil, "mail [EMAIL_1] or [EMAIL_2], card [CREDIT_CARD_1], [EMAIL_1] again"},
		{"mask card", map[string]Operator{"pii.credit_card": {Name: OpMask, Keep: 4}},
			"mail [EMAIL_1] or [EMAIL_2], card ***************1111, [EMAIL_1] again"},
		{"remove family", map[string]Operator{"pii": {Name: OpRemove}}, "mail  or , card ,  again"},
		{"star then kind", map[string]Operator{"*": {Name: OpRemove}, "pii.email": {Name: OpTag}},
			"mail [EMAIL_1] or [EMAIL_2], card , [EMAIL_1] again"},
		{"mask never shows more than half", map[string]Operator{"pii.email": {Name: OpMask, Keep: 16}, "pii.credit_card": {Name: OpTag}},
			"mail *******le.com or *******le.com, card [CREDIT_CARD_1], *******le.com again"},
	}
	for _, tt := range tests {
		got, changed := New(WithOperators(tt.ops)).Redact(text, fs, all)
		if got != tt.want || !changed {
			t.Errorf("%s: Redact = %q, %v, want %q, true", tt.name, got, changed, tt.want)
		}
	}
}

func TestRedactHash(t *testing.T) {
	const text = "key sk-test-value and mail a@example.com"
	fs := []detect.Finding{find(text, "secret.generic", "sk-test-value"), find(text, "pii.email", "a@example.com")}
	ops := map[string]Operator{"*": {Name: OpHash}}
	a, _ := New(WithOperators(ops), WithHashKey([]byte("k1"))).Redact(text, fs, all)
	b, _ := New(WithOperators(ops), WithHashKey([]byte("k1"))).Redact(text, fs, all)
	c, _ := New(WithOperators(ops), WithHashKey([]byte("k2"))).Redact(text, fs, all)
	if a != b {
		t.Errorf("same key, two calls: %q != %q", a, b)
	}
	if a == c {
		t.Errorf("different keys gave the same tokens: %q", a)
	}
	if strings.Contains(a, "sk-test-value") || strings.Contains(a, "a@example.com") {
		t.Errorf("hash output %q holds a value", a)
	}
	if !strings.HasPrefix(a, "key [GENERIC:") || !strings.Contains(a, " and mail [EMAIL:") {
		t.Errorf("hash output %q, want [TYPE:hex] tokens", a)
	}
	// Without a key the process key still makes tokens stable across calls.
	d, _ := New(WithOperators(ops)).Redact(text, fs, all)
	e, _ := New(WithOperators(ops)).Redact(text, fs, all)
	if d != e || d == a {
		t.Errorf("process key: %q, %q (keyed %q)", d, e, a)
	}
}

func TestRedactTagsAcrossMessages(t *testing.T) {
	r := New()
	m1, _ := r.Redact("from a@x.io", []detect.Finding{{Kind: "pii.email", Start: 5, End: 11}}, all)
	m2, _ := r.Redact("b@x.io then a@x.io", []detect.Finding{{Kind: "pii.email", Start: 0, End: 6}, {Kind: "pii.email", Start: 12, End: 18}}, all)
	if m1 != "from [EMAIL_1]" || m2 != "[EMAIL_2] then [EMAIL_1]" {
		t.Errorf("got %q, %q", m1, m2)
	}
}

func TestRedactOverlapPrefersSecret(t *testing.T) {
	const text = "url https://bob:hunter22@example.com end"
	fs := []detect.Finding{
		find(text, "pii.email", "bob:hunter22@example.com"),
		find(text, "secret.generic", "hunter22"),
	}
	got, _ := New().Redact(text, fs, all)
	if got != "url https://[GENERIC_1] end" {
		t.Errorf("Redact = %q", got)
	}
}

func TestRedactSkips(t *testing.T) {
	const text = "a@example.com"
	tests := []struct {
		name string
		fs   []detect.Finding
		pick func(string) bool
	}{
		{"kind not picked", []detect.Finding{{Kind: "pii.email", Start: 0, End: 13}}, func(string) bool { return false }},
		{"span out of range", []detect.Finding{{Kind: "pii.email", Start: 0, End: 99}}, all},
		{"empty span", []detect.Finding{{Kind: "pii.email", Start: 3, End: 3}}, all},
		{"no findings", nil, all},
	}
	for _, tt := range tests {
		if got, changed := New().Redact(text, tt.fs, tt.pick); got != text || changed {
			t.Errorf("%s: Redact = %q, %v, want the text unchanged", tt.name, got, changed)
		}
	}
}

func TestParseOperators(t *testing.T) {
	tests := []struct {
		give    string
		want    map[string]Operator
		wantErr string
	}{
		{`{"pii.credit_card": {"operator": "mask", "keep": 4}, "secret": {"operator": "tag"}, "pii.phone": "remove"}`,
			map[string]Operator{"pii.credit_card": {Name: OpMask, Keep: 4}, "secret": {Name: OpTag}, "pii.phone": {Name: OpRemove}}, ""},
		{`{"*": {"operator": "hash"}}`, map[string]Operator{"*": {Name: OpHash}}, ""},
		{`{"pii.email": {"operator": "shred"}}`, nil, "unknown redaction operator"},
		{`{"pii.email": {"operator": "mask", "keep": 99}}`, nil, "out of range"},
		{`{"pii.email": {"operator": "tag", "keep": 2}}`, nil, "only for the mask operator"},
		{`{"pii.email": {"operator": "mask", "keep": 1.5}}`, nil, "not a whole number"},
		{`{"pii.email": {"op": "mask"}}`, nil, "unknown field"},
		{`{"pii.email": 3}`, nil, "want an object"},
	}
	for _, tt := range tests {
		var data map[string]any
		if err := json.Unmarshal([]byte(tt.give), &data); err != nil {
			t.Fatal(err)
		}
		got, err := ParseOperators(data)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("ParseOperators(%s) error = %v, want %q", tt.give, err, tt.wantErr)
			}
			continue
		}
		if err != nil || fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("ParseOperators(%s) = %v, %v, want %v", tt.give, got, err, tt.want)
		}
	}
}

func TestTagType(t *testing.T) {
	for give, want := range map[string]string{
		"pii.email":                "EMAIL",
		"secret.anthropic_api_key": "ANTHROPIC_API_KEY",
		"prompt_injection":         "PROMPT_INJECTION",
	} {
		if got := TagType(give); got != want {
			t.Errorf("TagType(%q) = %q, want %q", give, got, want)
		}
	}
}

func ExampleRedactor_Redact() {
	text := "Card 4111 1111 1111 1111, mail jo@example.com"
	findings := detect.NewScanner(detect.NewPIIDetector()).Scan(detect.Input{Text: text})
	r := New(WithOperators(map[string]Operator{"pii.credit_card": {Name: OpMask, Keep: 4}}))
	out, _ := r.Redact(text, findings, func(kind string) bool { return strings.HasPrefix(kind, "pii.") })
	fmt.Println(out)
	// Output: Card ***************1111, mail [EMAIL_1]
}

// BenchmarkRedact_4KiB is the redaction stage of a call: a 4 KiB text with
// a dozen findings of four kinds, tagged, masked and hashed, with a new
// Redactor per call as the server makes one.
func BenchmarkRedact_4KiB(b *testing.B) {
	var sb strings.Builder
	var fs []detect.Finding
	values := []struct{ kind, v string }{
		{"pii.email", "jordan.miles@example.com"},
		{"pii.credit_card", "4111 1111 1111 1111"},
		{"secret.github_token", "ghp_0123456789abcdefghijABCDEFGHIJ012345"},
		{"pii.phone", "+44 20 7946 0958"},
	}
	for i := 0; sb.Len() < 4<<10; i++ {
		sb.WriteString("Please review the quarterly figures before the meeting and send notes to ")
		if i%2 == 0 {
			v := values[(i/2)%len(values)]
			fs = append(fs, detect.Finding{Kind: v.kind, Start: sb.Len(), End: sb.Len() + len(v.v)})
			sb.WriteString(v.v)
		}
		sb.WriteString(". ")
	}
	text := sb.String()
	ops := map[string]Operator{"pii.credit_card": {Name: OpMask, Keep: 4}, "secret": {Name: OpHash}}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out, changed := New(WithOperators(ops)).Redact(text, fs, all)
		if !changed || len(out) == 0 {
			b.Fatal("nothing redacted")
		}
	}
}
