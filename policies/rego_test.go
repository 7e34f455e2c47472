package policies

import (
	"context"
	"testing"
)

// TestRegoUnitTests runs every test_ rule of the embedded policies.
func TestRegoUnitTests(t *testing.T) {
	results, err := RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(results) < 20 {
		t.Fatalf("ran %d Rego tests, want at least 20: are the *_test.rego files embedded?", len(results))
	}
	for _, r := range results {
		if r.Error != nil {
			t.Errorf("%s.%s: error: %v", r.Package, r.Name, r.Error)
		} else if r.Fail {
			t.Errorf("%s.%s: failed", r.Package, r.Name)
		}
	}
}
