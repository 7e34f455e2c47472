package policies

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
)

func promptFor(tenant string, findings ...map[string]any) ast.Value {
	fs := make([]any, len(findings))
	for i, f := range findings {
		fs[i] = f
	}
	v, err := ast.InterfaceToValue(map[string]any{
		"subject":    map[string]any{"tenant": tenant, "user": "", "api_key_id": ""},
		"model":      "m",
		"max_tokens": 0,
		"messages":   []any{map[string]any{"role": "user", "content": "x", "untrusted": false}},
		"findings":   fs,
		"tokens":     map[string]any{"prompt": 3},
	})
	if err != nil {
		panic(err)
	}
	return v
}

func writeFile(t *testing.T, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
}

func TestPromptDecision_Embedded(t *testing.T) {
	e, err := New(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	d, err := e.Prompt(context.Background(), promptFor("acme", map[string]any{
		"kind": "pii.email", "score": 0.9, "rule": "r", "message_index": 0, "start": 0, "end": 1,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if d.Action != "redact" || len(d.RedactKinds) != 1 || d.RedactKinds[0] != "pii.email" {
		t.Errorf("decision = %+v, want redact of pii.email", d)
	}
	if d.MaxTokens != 4096 || len(d.Limits) != 1 || d.Limits[0].Name != "requests_per_minute" || d.Limits[0].Cost != 1 {
		t.Errorf("decision = %+v, want max_tokens 4096 and one requests_per_minute limit", d)
	}
	if d.Revision == "" || d.Revision != e.Revision() {
		t.Errorf("revision = %q, engine's %q", d.Revision, e.Revision())
	}
}

func TestReload_DataFile(t *testing.T) {
	ctx := context.Background()
	data := filepath.Join(t.TempDir(), "data.json")
	writeFile(t, data, `{"promptgate":{"tenants":{"acme":{"requests_per_minute":5}}}}`)
	e, err := New(ctx, WithDataFiles(data))
	if err != nil {
		t.Fatal(err)
	}
	limitOf := func() int64 {
		d, err := e.Prompt(ctx, promptFor("acme"))
		if err != nil {
			t.Fatal(err)
		}
		return d.Limits[0].Limit
	}
	if got := limitOf(); got != 5 {
		t.Fatalf("limit = %d, want 5", got)
	}
	rev := e.Revision()

	// Reloading unchanged files changes nothing.
	if changed, err := e.Reload(ctx); changed || err != nil {
		t.Fatalf("Reload of unchanged files = %v, %v; want false, nil", changed, err)
	}

	writeFile(t, data, `{"promptgate":{"tenants":{"acme":{"requests_per_minute":9}}}}`)
	if changed, err := e.Reload(ctx); !changed || err != nil {
		t.Fatalf("Reload = %v, %v; want true, nil", changed, err)
	}
	if got := limitOf(); got != 9 {
		t.Errorf("limit after reload = %d, want 9", got)
	}
	if e.Revision() == rev {
		t.Error("revision did not change with the data")
	}
	rev = e.Revision()

	// A broken edit is rejected and the last good policy stays.
	writeFile(t, data, `{"promptgate":{"tenants":`)
	if _, err := e.Reload(ctx); err == nil || !strings.Contains(err.Error(), "data.json") {
		t.Fatalf("Reload of broken JSON = %v, want an error naming the file", err)
	}
	if got := limitOf(); got != 9 {
		t.Errorf("limit after a broken reload = %d, want 9", got)
	}
	st := e.Status()
	if st.Revision != rev || st.LastError == "" || st.Failures != 1 || st.Reloads != 1 {
		t.Errorf("status = %+v, want revision %s, an error, 1 failure, 1 reload", st, rev)
	}
}

func TestReload_PolicyDir(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.CopyFS(dir, Embedded()); err != nil {
		t.Fatal(err)
	}
	e, err := New(ctx, WithDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	rev := e.Revision()
	prompt := filepath.Join(dir, "promptgate", "prompt.rego")
	orig, err := os.ReadFile(prompt)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		edit func(string) string
		want string
	}{
		{"parse error", func(s string) string { return s + "\nthis is not rego\n" }, "parse"},
		{"compile error", func(s string) string { return s + "\nbad := undefined_function(1)\n" }, "compile"},
		{"failing test", func(s string) string {
			return strings.Replace(s, `"code": "prompt_injection",`, `"code": "injection",`, 1)
		}, "policy tests fail"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			writeFile(t, prompt, tt.edit(string(orig)))
			_, err := e.Reload(ctx)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("Reload = %v, want an error holding %q", err, tt.want)
			}
			if e.Revision() != rev {
				t.Errorf("revision changed to %s after a rejected reload", e.Revision())
			}
		})
	}
	// Undefined and malformed decisions are errors, never a silent allow.
	writeFile(t, prompt, "package promptgate.prompt\n\ndecision := {\"action\": \"maybe\"}\n")
	testFiles, _ := filepath.Glob(filepath.Join(dir, "promptgate", "*_test.rego"))
	for _, f := range testFiles {
		os.Remove(f)
	}
	if _, err := e.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Prompt(ctx, promptFor("acme")); !errors.Is(err, ErrBadDecision) {
		t.Errorf("Prompt with a malformed decision = %v, want ErrBadDecision", err)
	}
	writeFile(t, prompt, "package promptgate.prompt\n\ndecision := 1 if false\n")
	if _, err := e.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := e.Prompt(ctx, promptFor("acme")); !errors.Is(err, ErrUndefined) {
		t.Errorf("Prompt with an undefined decision = %v, want ErrUndefined", err)
	}
}

func TestWatch(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	data := filepath.Join(t.TempDir(), "tenants.yaml")
	writeFile(t, data, "promptgate:\n  tenants:\n    acme:\n      requests_per_minute: 5\n")
	e, err := New(ctx, WithDataFiles(data))
	if err != nil {
		t.Fatal(err)
	}
	reports := make(chan error, 10)
	watching := make(chan error, 1)
	go func() {
		watching <- Watch(ctx, e, slog.New(slog.DiscardHandler), func(err error) { reports <- err })
	}()
	// Editors replace files by rename; do the same.
	tmp := data + ".tmp"
	writeFile(t, tmp, "promptgate:\n  tenants:\n    acme:\n      requests_per_minute: 7\n")
	// The watcher may not be watching yet; rewrite until a report comes.
	deadline := time.After(10 * time.Second)
	for done := false; !done; {
		if err := os.Rename(tmp, data); err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		select {
		case err := <-reports:
			if err != nil {
				t.Fatalf("reload: %v", err)
			}
			done = true
		case <-time.After(300 * time.Millisecond):
			writeFile(t, tmp, "promptgate:\n  tenants:\n    acme:\n      requests_per_minute: 7\n")
		case <-deadline:
			t.Fatal("no reload within 10s of the edit")
		}
	}
	d, err := e.Prompt(ctx, promptFor("acme"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Limits[0].Limit != 7 {
		t.Errorf("limit after the watched edit = %d, want 7", d.Limits[0].Limit)
	}
	cancel()
	if err := <-watching; err != nil {
		t.Errorf("Watch = %v", err)
	}
}

// TestEnvoy_DefaultWithoutTheEntryPoint: a policy set that does not define
// the Envoy entry point gets the default: unknown paths pass, truncated
// bodies are denied.
func TestEnvoy_DefaultWithoutTheEntryPoint(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if err := os.CopyFS(dir, Embedded()); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"envoy.rego", "envoy_test.rego"} {
		if err := os.Remove(filepath.Join(dir, "promptgate", f)); err != nil {
			t.Fatal(err)
		}
	}
	e, err := New(ctx, WithDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		truncated  bool
		wantAction string
	}{{false, "allow"}, {true, "deny"}} {
		input, _ := ast.InterfaceToValue(map[string]any{"subject": map[string]any{"tenant": "t"}, "api": "unknown", "truncated": tt.truncated})
		d, err := e.Envoy(ctx, input)
		if err != nil || d.Action != tt.wantAction {
			t.Errorf("Envoy(truncated %v) = %+v, %v; want %s", tt.truncated, d, err, tt.wantAction)
		}
	}
}

// TestPrompt_ContextEndsEvaluation checks that a call whose context ends
// stops its policy evaluation, before it starts and while it runs.
func TestPrompt_ContextEndsEvaluation(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "prompt.rego"), `package promptgate.prompt

decision := {"action": "allow", "reasons": [], "limits": [], "n": n}

n := count([x | some x in numbers.range(1, 20000000); x % 7 == 0])
`)
	writeFile(t, filepath.Join(dir, "response.rego"), "package promptgate.response\n\ndecision := {\"action\": \"allow\"}\n")
	e, err := New(context.Background(), WithDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := e.Prompt(ctx, promptFor("acme")); !errors.Is(err, context.Canceled) {
		t.Errorf("Prompt with an ended context = %v, want context.Canceled", err)
	}
	ctx, cancel = context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = e.Prompt(ctx, promptFor("acme"))
	if err == nil {
		t.Fatal("Prompt outlived its context's deadline and decided")
	}
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("Prompt took %v after a 50ms deadline", took)
	}
}
