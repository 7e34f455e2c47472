package policies

import (
	"context"
	"fmt"
	"io/fs"
	"os"

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
	store := inmem.NewFromObjectWithOpts(src.data, inmem.OptRoundTripOnWrite(false))
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
