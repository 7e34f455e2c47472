package policies

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheck_Embedded(t *testing.T) {
	if errs := Check(context.Background(), nil, nil); len(errs) != 0 {
		t.Fatalf("Check(embedded) = %v, want no errors", errs)
	}
}

func TestCheck_DataSchema(t *testing.T) {
	data := filepath.Join(t.TempDir(), "tenants.yaml")
	writeFile(t, data, `promptgate:
  tiers:
    pro:
      requests_per_minute: 100
  tenants:
    acme:
      tier: gold
      requests_per_minute: -5
      injection_threshold: 1.5
      redact: pii
      shadow: "yes"
      requests_per_mnute: 10
    beta:
      tier: pro
      per_user:
        tokens_per_day: many
  prices:
    claude-x:
      input_usd_per_mtok: 3
      output_usd: 15
`)
	errs := Check(context.Background(), nil, []string{data})
	var got []string
	for _, e := range errs {
		got = append(got, strings.TrimPrefix(e.Error(), data))
	}
	want := []string{
		`:7: tenants.acme.tier: unknown tier "gold"`,
		`:8: tenants.acme.requests_per_minute: must not be negative, got -5`,
		`:9: tenants.acme.injection_threshold: must be at most 1, got 1.5`,
		`:10: tenants.acme.redact: want a list of strings`,
		`:11: tenants.acme.shadow: want true or false`,
		`:12: tenants.acme.requests_per_mnute: unknown field`,
		`:16: tenants.beta.per_user.tokens_per_day: want a number, got "many"`,
		`:20: prices.claude-x.output_usd: unknown field`,
	}
	if len(got) != len(want) {
		t.Fatalf("Check = %d errors, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("error %d = %q, want it to start with %q", i, got[i], want[i])
		}
	}
}

func TestCheck_StrictCompile(t *testing.T) {
	dir := t.TempDir()
	if err := os.CopyFS(dir, Embedded()); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "promptgate", "extra.rego"), "package promptgate.extra\n\nimport data.promptgate.tenant\n\nx if {\n\ty := 1\n\ttrue\n}\n")
	errs := Check(context.Background(), DirFS(dir), nil)
	joined := ""
	for _, e := range errs {
		joined += e.Error() + "\n"
	}
	for _, want := range []string{"extra.rego:3", "import data.promptgate.tenant unused", "extra.rego:6", "assigned var y unused"} {
		if !strings.Contains(joined, want) {
			t.Errorf("Check errors lack %q:\n%s", want, joined)
		}
	}
	// A policy set without the entry points.
	empty := t.TempDir()
	writeFile(t, filepath.Join(empty, "p.rego"), "package other\n\nx := 1\n")
	errs = Check(context.Background(), DirFS(empty), nil)
	if len(errs) != 2 || !strings.Contains(errs[0].Error(), "data.promptgate.prompt.decision is not defined") {
		t.Errorf("Check of a set without entry points = %v", errs)
	}
}

func TestExplain(t *testing.T) {
	e, err := New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var trace bytes.Buffer
	d, err := e.Explain(context.Background(), "prompt", promptFor("acme"), &trace)
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != "allow" {
		t.Errorf("action = %q, want allow", d.Action)
	}
	if !strings.Contains(trace.String(), "prompt.rego") || !strings.Contains(trace.String(), "Enter data.promptgate.prompt.decision") {
		t.Errorf("trace does not follow the prompt policy:\n%.2000s", trace.String())
	}
	if _, err := e.Explain(context.Background(), "other", promptFor("acme"), &trace); err == nil {
		t.Error("Explain of an unknown entry point succeeded")
	}
}

func TestCheck_RedactionOperators(t *testing.T) {
	data := filepath.Join(t.TempDir(), "data.yaml")
	writeFile(t, data, "promptgate:\n  tenants:\n    acme:\n      redaction:\n        pii.email: explode\n        pii.phone: {operator: mask, keep: 4}\n")
	errs := Check(context.Background(), nil, []string{data})
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), `:5: tenants.acme.redaction: redaction "pii.email": unknown redaction operator "explode"`) {
		t.Errorf("Check = %v, want one error naming the unknown operator at line 5", errs)
	}
}
