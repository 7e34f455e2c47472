package detect

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

func loadFixtureRules(t *testing.T) *GitleaksRules {
	t.Helper()
	f, err := os.Open("testdata/secrets/gitleaks_rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rs, err := LoadGitleaksRules(f)
	if err != nil {
		t.Fatalf("LoadGitleaksRules: %v", err)
	}
	return rs
}

func TestLoadGitleaksRules(t *testing.T) {
	rs := loadFixtureRules(t)
	if got, want := strings.Join(rs.IDs(), ","), "acme-api-key,widget-token,zed-key"; got != want {
		t.Errorf("IDs() = %q, want %q", got, want)
	}
	if rs.Title != "team rules" {
		t.Errorf("Title = %q", rs.Title)
	}
	skipped := map[string]string{}
	for _, s := range rs.Skipped {
		skipped[s.ID] = s.Reason
	}
	for id, want := range map[string]string{
		"lookahead-rule": "not supported by RE2",
		"pem-file":       "file paths",
		"bad-group":      "secretGroup 3",
	} {
		if !strings.Contains(skipped[id], want) {
			t.Errorf("Skipped[%q] = %q, want it to mention %q", id, skipped[id], want)
		}
	}
	if len(rs.Skipped) != 3 {
		t.Errorf("Skipped = %v, want 3 rules", rs.Skipped)
	}
}

func TestLoadGitleaksRulesBadTOML(t *testing.T) {
	if _, err := LoadGitleaksRules(strings.NewReader("[[rules]\nid = ")); err == nil {
		t.Error("LoadGitleaksRules(bad TOML) = nil error, want one")
	}
}

func TestGitleaksRulesDetect(t *testing.T) {
	d := NewSecretDetector(WithoutBuiltinRules(), WithGitleaksRules(loadFixtureRules(t)))
	acme := "acme_" + fake(40, "abcdefghijklmnopqrstuvwxyz0123456789", 24)
	widget := fake(41, fkAlnum, 32)
	zed := "zed-" + fake(42, "abcdefghijklmnopqrstuvwxyz0123456789", 16)
	tests := []struct {
		give string
		want []string
	}{
		{"key " + acme + " here", []string{"secret.acme_api_key:" + acme}},
		{"key acme_aaaaaaaaaaaaaaaaaaaaaaaa here", nil}, // below the entropy threshold
		{"WIDGET_TOKEN = '" + widget + "'", []string{"secret.widget_token:" + widget}},
		{"widget_token: " + widget + " # see example.com", nil}, // line allowlist
		{"widget_token: dummy" + widget[5:], nil},               // global regex allowlist
		{"widget_token: " + widget[:10] + "notasecret" + widget[:10], nil},
		{zed, []string{"secret.zed_key:" + zed}},
		{"zed-test1234abcd5678", nil}, // rule stopword
		{"no keywords at all: " + acme[5:], nil},
	}
	for _, tt := range tests {
		got := secretFind(d, tt.give)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Detect(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestGitleaksRulesOverGeneric(t *testing.T) {
	// The custom rule names the credential better than the generic one.
	widget := fake(44, fkAlnum, 32)
	got := secretFind(NewSecretDetector(WithGitleaksRules(loadFixtureRules(t))), "WIDGET_TOKEN = '"+widget+"'")
	if strings.Join(got, "|") != "secret.widget_token:"+widget {
		t.Errorf("got %q, want the custom rule's finding", got)
	}
}

func TestGitleaksRulesYieldToBuiltin(t *testing.T) {
	// A custom rule that also matches a GitHub token reports nothing of
	// its own: the built-in finding covers the same bytes.
	rs, err := LoadGitleaksRules(strings.NewReader(`
[[rules]]
id = "gh"
regex = '''ghp_[A-Za-z0-9]{36}'''
keywords = ["ghp_"]
`))
	if err != nil {
		t.Fatal(err)
	}
	tok := "ghp_" + fake(43, fkAlnum, 36)
	got := secretFind(NewSecretDetector(WithGitleaksRules(rs)), "token "+tok)
	if strings.Join(got, "|") != KindGitHubToken+":"+tok {
		t.Errorf("got %q, want only the built-in finding", got)
	}
	only := secretFind(NewSecretDetector(WithoutBuiltinRules(), WithGitleaksRules(rs)), "token "+tok)
	if strings.Join(only, "|") != "secret.gh:"+tok {
		t.Errorf("WithoutBuiltinRules: got %q, want the custom finding", only)
	}
}

// A value a team allowlists in its gitleaks configuration is let go by the
// built-in rules too, but only where the configuration says so.
func TestGitleaksAllowlistsApplyToBuiltin(t *testing.T) {
	allowed := "ghp_" + fake(51, fkAlnum, 36)
	other := "ghp_" + fake(52, fkAlnum, 36)
	rs, err := LoadGitleaksRules(strings.NewReader(`
[[allowlists]]
regexTarget = "line"
regexes = ['''sample-app''']

[[allowlists]]
targetRules = ["acme"]
regexes = ['''` + other + `''']

[[rules]]
id = "github-pat"
regex = '''ghp_[0-9a-zA-Z]{36}'''
keywords = ["ghp_"]
[[rules.allowlists]]
regexes = ['''^` + allowed + `$''']

[[rules]]
id = "acme"
regex = '''acme_[a-z]{8}'''
keywords = ["acme_"]
`))
	if err != nil {
		t.Fatal(err)
	}
	d := NewSecretDetector(WithGitleaksRules(rs))
	for _, tt := range []struct {
		text string
		want string
	}{
		// github-pat finds the same secret, and its allowlist lets it go.
		{"token " + allowed, ""},
		// The allowlist aimed at acme would let other go, but acme does
		// not find it.
		{"token " + other, KindGitHubToken + ":" + other},
		// The global allowlist names no rule: it applies to every rule.
		{"sample-app token " + other, ""},
		{"sample-app\nprod token " + other, KindGitHubToken + ":" + other},
	} {
		if got := strings.Join(secretFind(d, tt.text), "|"); got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.text, got, tt.want)
		}
	}
	// Without the configuration the built-in rule reports the value.
	if got := secretFind(NewSecretDetector(), "token "+allowed); strings.Join(got, "|") != KindGitHubToken+":"+allowed {
		t.Errorf("built-in rules alone: got %q", got)
	}
}

// Of a long line, allowlists read only the part around the secret: a
// line allowlist's word far from it does not let it go, and a text of
// many secrets on one line is not read once per secret.
func TestGitleaksAllowlistsLongLine(t *testing.T) {
	tok := "ghp_" + fake(53, fkAlnum, 36)
	rs, err := LoadGitleaksRules(strings.NewReader(`
[allowlist]
regexTarget = "line"
regexes = ['''sample-app''']
`))
	if err != nil {
		t.Fatal(err)
	}
	d := NewSecretDetector(WithGitleaksRules(rs))
	pad := strings.Repeat("lorem ipsum ", 200)
	if got := secretFind(d, "sample-app "+pad+"token "+tok); strings.Join(got, "|") != KindGitHubToken+":"+tok {
		t.Errorf("allowlist word 2 KiB away: got %q, want the token reported", got)
	}
	if got := secretFind(d, pad+"sample-app token "+tok+" "+pad); len(got) != 0 {
		t.Errorf("allowlist word next to the token: got %q, want nothing", got)
	}
	var many strings.Builder
	for i := range 3000 {
		many.WriteString("token ghp_" + fake(uint32(1000+i), fkAlnum, 36) + " ")
	}
	if got := secretFind(d, many.String()); len(got) != 3000 {
		t.Errorf("3000 tokens on one line: got %d findings", len(got))
	}
}

// The --secret-rules flag of promptgate serve loads a gitleaks file this
// way and reports the rules it had to skip.
func ExampleLoadGitleaksRules() {
	const config = `
[[rules]]
id = "acme-api-key"
regex = '''\b(acme_[a-z0-9]{24})\b'''
keywords = ["acme_"]

[[rules]]
id = "needs-lookahead"
regex = '''token(?=[0-9])'''
`
	rules, err := LoadGitleaksRules(strings.NewReader(config))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range rules.Skipped {
		fmt.Printf("skipped %s: %s\n", s.ID, s.Reason)
	}
	d := NewSecretDetector(WithGitleaksRules(rules))
	text := "deploy with acme_0a1b2c3d4e5f6a7b8c9d0e1f"
	for _, f := range d.Detect(NewText(text, false), nil) {
		fmt.Println(f.Kind, f.Rule, f.Start, f.End)
	}
	// Output:
	// skipped needs-lookahead: regex not supported by RE2: invalid or unsupported Perl syntax: "(?="
	// secret.acme_api_key gitleaks.acme-api-key 12 41
}

func TestGitleaksRulesWindows(t *testing.T) {
	rs, err := LoadGitleaksRules(strings.NewReader(`
[[rules]]
id = "pem"
regex = '''-----BEGIN PRIVATE KEY-----[\s\S]{64,}?-----END PRIVATE KEY-----'''
keywords = ["-----begin"]

[[rules]]
id = "kv"
regex = '''(?i)acme[_-]?token\s*=\s*([a-z0-9]{20})\b'''
secretGroup = 1
keywords = ["acme"]
`))
	if err != nil {
		t.Fatal(err)
	}
	d := NewSecretDetector(WithoutBuiltinRules(), WithGitleaksRules(rs))
	pem := fakePEM("PRIVATE KEY")
	body := strings.Repeat(fake(70, fkB64, 64)+"\n", 40) // 2.6 KiB between BEGIN and END
	pem = strings.Replace(pem, "\n", "\n"+body, 1)
	tok := fake(71, "abcdefghijklmnopqrstuvwxyz0123456789", 20)
	text := strings.Repeat("filler words here ", 300) + "\nACME_TOKEN = " + tok + "\n" + strings.Repeat("more text ", 300) + pem
	got := secretFind(d, text)
	slices.Sort(got)
	want := []string{"secret.kv:" + tok, "secret.pem:" + pem}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %d findings %.80q, want the token and the whole key block", len(got), got)
	}
}
