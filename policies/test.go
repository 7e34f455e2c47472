package policies

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"
)

// TestResult is the outcome of one Rego test rule.
type TestResult = tester.Result

// RunTests runs the test_ rules of the policy set in fsys (the embedded one
// when fsys is nil) against its own data and returns one result per test.
func RunTests(ctx context.Context, fsys fs.FS) ([]*TestResult, error) {
	if fsys == nil {
		fsys = embedded
	}
	src, err := readSource(fsys, ".", nil)
	if err != nil {
		return nil, err
	}
	return runTests(ctx, src)
}

// runSourceTests runs src's tests and reports the first failures as one
// error.
func runSourceTests(ctx context.Context, src *source) error {
	results, err := runTests(ctx, src)
	if err != nil {
		return err
	}
	var failed []string
	for _, r := range results {
		switch {
		case r.Error != nil:
			failed = append(failed, fmt.Sprintf("%s.%s: %v", r.Package, r.Name, r.Error))
		case r.Fail:
			failed = append(failed, fmt.Sprintf("%s.%s failed", r.Package, r.Name))
		}
	}
	if len(failed) > 0 {
		if len(failed) > 3 {
			failed = append(failed[:3], fmt.Sprintf("and %d more", len(failed)-3))
		}
		return fmt.Errorf("policy tests fail: %s", strings.Join(failed, "; "))
	}
	return nil
}

func runTests(ctx context.Context, src *source) ([]*TestResult, error) {
	store := inmem.NewFromObjectWithOpts(src.ownData, inmem.OptRoundTripOnWrite(false))
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	ch, err := tester.NewRunner().
		SetStore(store).
		SetModules(src.modules).
		RaiseBuiltinErrors(true).
		RunTests(ctx, txn)
	if err != nil {
		return nil, fmt.Errorf("run policy tests: %w", err)
	}
	var results []*TestResult
	for r := range ch {
		results = append(results, r)
	}
	return results, nil
}

// DirFS is os.DirFS, named here so that callers need not import os for it.
func DirFS(dir string) fs.FS { return os.DirFS(dir) }
