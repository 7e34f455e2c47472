package detect

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"
)

// interleave puts sep between the characters of s every n bytes.
func interleave(s, sep string, n int) string {
	var b strings.Builder
	for i := 0; i < len(s); i += n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i:min(len(s), i+n)])
	}
	return b.String()
}

// tagged writes s in Unicode tag characters (U+E0020..U+E007E), which
// render as nothing.
func tagged(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		b.WriteRune(0xE0000 + rune(c))
	}
	return b.String()
}

// urlEncodeAll percent-encodes every byte of s.
func urlEncodeAll(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		b.WriteString("%" + strings.ToUpper(hex.EncodeToString([]byte{c})))
	}
	return b.String()
}

func TestObfuscatedSecrets(t *testing.T) {
	key := "sk-ant-api03-" + fake(41, fkUrlB64, 93) + "AA"
	aws := "AKIA" + fake(42, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
	gh := "ghp_" + fake(43, fkAlnum, 36)
	tests := []struct {
		name     string
		value    string // the obfuscated value, all of which must be covered
		kind     string
		wantNone bool
	}{
		{"zero-width space every 8 bytes", interleave(key, "\u200b", 8), KindAnthropicAPIKey, false},
		{"zero-width joiner every byte", interleave(aws, "\u200d", 1), KindAWSAccessKeyID, false},
		{"soft hyphens and word joiners", interleave(gh, "\u00ad\u2060", 5), KindGitHubToken, false},
		{"bidi controls", interleave(gh, "\u202e\u202c", 7), KindGitHubToken, false},
		{"base64", base64.StdEncoding.EncodeToString([]byte(key)), KindAnthropicAPIKey, false},
		{"base64 of a config line", base64.StdEncoding.EncodeToString([]byte("ANTHROPIC_API_KEY=" + key)), KindAnthropicAPIKey, false},
		{"base64 of base64", base64.StdEncoding.EncodeToString([]byte(base64.StdEncoding.EncodeToString([]byte(key)))), KindAnthropicAPIKey, false},
		{"hex", hex.EncodeToString([]byte(gh)), KindGitHubToken, false},
		{"url-encoded", urlEncodeAll(aws), KindAWSAccessKeyID, false},
		{"partly url-encoded", key[:len(key)-2] + "%41%41", KindAnthropicAPIKey, false},
		{"url-encoded inside", gh[:10] + urlEncodeAll(gh[10:13]) + gh[13:], KindGitHubToken, false},
		{"unicode tags", tagged(gh), KindGitHubToken, false},
		{"masked key behind zero-width spaces", interleave("sk-ant-api03-"+strings.Repeat("X", 93)+"AA", "\u200b", 8), "", true},
		{"base64 of prose", base64.StdEncoding.EncodeToString([]byte("nothing secret in this sentence at all")), "", true},
	}
	d := NewSecretDetector()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "please use " + tt.value + " for the deploy"
			at := strings.Index(text, tt.value)
			fs := d.Detect(NewText(text, false), nil)
			if tt.wantNone {
				if len(fs) > 0 {
					t.Fatalf("Detect = %+v, want nothing", fs)
				}
				return
			}
			var covered *Finding
			for i, f := range fs {
				if f.Kind == tt.kind && f.Start <= at && f.End >= at+len(tt.value) {
					covered = &fs[i]
				}
			}
			if covered == nil {
				t.Fatalf("Detect = %+v, want a %s covering [%d, %d)", fs, tt.kind, at, at+len(tt.value))
			}
			// Nothing of the prose around the value is taken.
			if covered.Start != at || covered.End != at+len(tt.value) {
				t.Errorf("finding %+v, want exactly [%d, %d)", *covered, at, at+len(tt.value))
			}
		})
	}
}

func TestObfuscatedSecretFindsOnlyHiddenValues(t *testing.T) {
	// A key in the clear next to unrelated invisible characters is found
	// once, over its own bytes.
	key := "ghp_" + fake(44, fkAlnum, 36)
	text := "token " + key + " and a\u200bword"
	fs := NewSecretDetector().Detect(NewText(text, false), nil)
	if len(fs) != 1 || text[fs[0].Start:fs[0].End] != key {
		t.Fatalf("Detect = %+v, want one finding over the key", fs)
	}
}

func TestObfuscatedPII(t *testing.T) {
	email := "jordan.miles@example.com"
	tests := []struct {
		name, value, kind string
	}{
		{"zero-width space in an address", interleave(email, "\u200b", 6), KindEmail},
		{"zero-width joiners in a card number", interleave("4111 1111 1111 1111", "\u200d", 3), KindCreditCard},
		{"base64 of a sentence", base64.StdEncoding.EncodeToString([]byte("write to " + email + " today")), KindEmail},
		{"url-encoded address", urlEncodeAll(email), KindEmail},
		{"url-encoded at sign", strings.Replace(email, "@", "%40", 1), KindEmail},
	}
	d := NewPIIDetector()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "contact: " + tt.value + " thanks"
			at := strings.Index(text, tt.value)
			fs := d.Detect(NewText(text, false), nil)
			for _, f := range fs {
				if f.Kind == tt.kind && f.Start <= at && f.End >= at+len(tt.value) {
					return
				}
			}
			t.Fatalf("Detect = %+v, want a %s covering [%d, %d)", fs, tt.kind, at, at+len(tt.value))
		})
	}
}

func TestStripInvisible(t *testing.T) {
	s := "a\u200bb\u200b\u200bc\u00e9d\U000E0041"
	v, anchors, ok := stripInvisible(s)
	if !ok || v != "abc\u00e9d" {
		t.Fatalf("stripInvisible(%q) = %q, %v", s, v, ok)
	}
	// Every byte of the view maps to the same byte of the original.
	for i := 0; i < len(v); i++ {
		if o := viewToOriginal(anchors, i); s[o] != v[i] {
			t.Errorf("viewToOriginal(%d) = %d: %q, want %q", i, o, s[o], v[i])
		}
	}
	if _, _, ok := stripInvisible("plain text, caf\u00e9"); ok {
		t.Errorf("stripInvisible reports invisible characters in plain text")
	}
}
