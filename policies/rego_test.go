package policies

import (
	"context"
	"io/fs"
	"strings"
	"testing"
)

// TestRegoUnitTests runs every test_ rule of the embedded policies.
func TestRegoUnitTests(t *testing.T) {
	report, err := RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	results := report.Results
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

// TestRegoCoverage keeps every line of the default policies covered by
// their tests, but for the defaults of data sections that the embedded
// data always has (a replacement data set may leave them out).
func TestRegoCoverage(t *testing.T) {
	report, err := RunTests(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for file, fr := range report.Coverage.Files {
		src, err := fs.ReadFile(Embedded(), file)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(src), "\n")
		for _, r := range fr.NotCovered {
			if r.Start.Row == r.End.Row && strings.HasPrefix(lines[r.Start.Row-1], "default ") {
				continue
			}
			t.Errorf("%s:%d-%d is not covered by any test", file, r.Start.Row, r.End.Row)
		}
	}
}
