package policies

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/cover"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/tester"

	"github.com/promptgate/promptgate/detect"
)

// TestResult is the outcome of one Rego test rule.
type TestResult = tester.Result

// CoverageReport is the line coverage of a policy set by its tests.
type CoverageReport = cover.Report

// TestReport is the outcome of a policy set's tests.
type TestReport struct {
	// Results holds one result per test rule.
	Results []*TestResult
	// Coverage is the policies' line coverage by the tests (test files
	// left out).
	Coverage CoverageReport
}

// RunTests runs the test_ rules of the policy set in fsys (the embedded one
// when fsys is nil) against its own data, with coverage.
func RunTests(ctx context.Context, fsys fs.FS) (*TestReport, error) {
	if fsys == nil {
		fsys = embedded
	}
	src, err := readSource(fsys, ".", nil)
	if err != nil {
		return nil, err
	}
	cov := cover.New()
	results, err := runTests(ctx, src, builtins{scanner: detect.DefaultScanner()}, cov)
	if err != nil {
		return nil, err
	}
	policyModules := src.modules
	if len(src.tests) > 0 {
		policyModules = map[string]*ast.Module{}
		for name, m := range src.modules {
			if !src.tests[name] {
				policyModules[name] = m
			}
		}
	}
	report := cov.Report(policyModules)
	// Tests cover themselves; count the policies only.
	covered, notCovered := 0, 0
	for name, fr := range report.Files {
		if src.tests[name] {
			delete(report.Files, name)
			continue
		}
		covered += fr.CoveredLines
		notCovered += fr.NotCoveredLines
	}
	report.CoveredLines, report.NotCoveredLines = covered, notCovered
	if covered+notCovered > 0 {
		report.Coverage = 100 * float64(covered) / float64(covered+notCovered)
	}
	return &TestReport{Results: results, Coverage: report}, nil
}

// runSourceTests runs src's tests and reports the first failures as one
// error.
func runSourceTests(ctx context.Context, src *source, bi builtins) error {
	results, err := runTests(ctx, src, bi, nil)
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

func runTests(ctx context.Context, src *source, bi builtins, cov *cover.Cover) ([]*TestResult, error) {
	store := inmem.NewFromObjectWithOpts(src.ownData, inmem.OptRoundTripOnWrite(false))
	txn, err := store.NewTransaction(ctx)
	if err != nil {
		return nil, err
	}
	defer store.Abort(ctx, txn)
	runner := tester.NewRunner().
		SetStore(store).
		SetModules(src.modules).
		AddCustomBuiltins(bi.forTester()).
		RaiseBuiltinErrors(true)
	if cov != nil {
		runner = runner.SetCoverageQueryTracer(cov)
	}
	ch, err := runner.RunTests(ctx, txn)
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
