package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"slices"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/promptgate/promptgate/policies"
)

func policy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New("policy: want 'policy test|check|eval'")
	}
	switch args[0] {
	case "test":
		return policyTest(ctx, args[1:], stdout)
	case "check":
		return policyCheck(ctx, args[1:], stdout)
	case "eval":
		return policyEval(ctx, args[1:], stdout, stderr)
	}
	return fmt.Errorf("policy: unknown subcommand %q, want test, check or eval", args[0])
}

// dirArg returns the policy directory named by the only argument, or nil
// for the embedded policies.
func dirArg(fs *flag.FlagSet) (fs.FS, error) {
	if fs.NArg() > 1 {
		return nil, fmt.Errorf("%s: want at most one DIR, got %d", fs.Name(), fs.NArg())
	}
	dir := fs.Arg(0)
	if dir == "" {
		return nil, nil
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s: %q is not a directory", fs.Name(), dir)
	}
	return policies.DirFS(dir), nil
}

func policyTest(ctx context.Context, args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("policy test", flag.ContinueOnError)
	verbose := flags.Bool("v", false, "print every test, not only failures")
	coverage := flags.Bool("coverage", false, "print line coverage per file, with the lines not covered")
	if err := parse(flags, args); err != nil {
		return err
	}
	fsys, err := dirArg(flags)
	if err != nil {
		return err
	}
	report, err := policies.RunTests(ctx, fsys)
	if err != nil {
		return err
	}
	results := report.Results
	failed := 0
	for _, r := range results {
		switch {
		case r.Error != nil:
			failed++
			fmt.Fprintf(stdout, "ERROR %s.%s: %v\n", r.Package, r.Name, r.Error)
		case r.Fail:
			failed++
			fmt.Fprintf(stdout, "FAIL  %s.%s (%s)\n", r.Package, r.Name, r.Location)
		case *verbose:
			fmt.Fprintf(stdout, "PASS  %s.%s\n", r.Package, r.Name)
		}
	}
	if *coverage {
		files := make([]string, 0, len(report.Coverage.Files))
		for f := range report.Coverage.Files {
			files = append(files, f)
		}
		slices.Sort(files)
		for _, f := range files {
			fr := report.Coverage.Files[f]
			fmt.Fprintf(stdout, "coverage %6.1f%%  %s", fr.Coverage, f)
			for _, r := range fr.NotCovered {
				fmt.Fprintf(stdout, " %d-%d", r.Start.Row, r.End.Row)
			}
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "coverage %6.1f%%  total\n", report.Coverage.Coverage)
	}
	fmt.Fprintf(stdout, "%d passed, %d failed\n", len(results)-failed, failed)
	if len(results) == 0 {
		return errors.New("policy test: no tests found")
	}
	if failed > 0 {
		return fmt.Errorf("policy test: %d of %d tests failed", failed, len(results))
	}
	return nil
}

func policyCheck(ctx context.Context, args []string, stdout io.Writer) error {
	flags := flag.NewFlagSet("policy check", flag.ContinueOnError)
	var data stringList
	flags.Var(&data, "data", "JSON or YAML data file to validate with the policies (repeatable)")
	if err := parse(flags, args); err != nil {
		return err
	}
	fsys, err := dirArg(flags)
	if err != nil {
		return err
	}
	errs := policies.Check(ctx, fsys, data)
	for _, e := range errs {
		fmt.Fprintln(stdout, e)
	}
	if len(errs) > 0 {
		return fmt.Errorf("policy check: %d problems", len(errs))
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

func policyEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var cfg Config
	flags := flag.NewFlagSet("policy eval", flag.ContinueOnError)
	cfg.policyFlags(flags)
	input := flags.String("input", "", "policy input document, JSON (- for stdin); its schema is in docs/policies.md")
	entry := flags.String("entrypoint", "prompt", "which decision: prompt or response")
	explain := flags.Bool("explain", false, "print the evaluation's trace to stderr")
	if err := parse(flags, args); err != nil {
		return err
	}
	if *input == "" || flags.NArg() > 0 {
		return errors.New("policy eval: want --input FILE and no arguments")
	}
	if err := cfg.Validate(); err != nil {
		return err
	}
	var r io.Reader = os.Stdin
	if *input != "-" {
		f, err := os.Open(*input)
		if err != nil {
			return fmt.Errorf("policy eval: %w", err)
		}
		defer f.Close()
		r = f
	}
	value, err := ast.ValueFromReader(r)
	if err != nil {
		return fmt.Errorf("policy eval: parse --input: %w", err)
	}
	_, engine, err := cfg.detectorsAndPolicies(ctx, slog.New(slog.NewTextHandler(stderr, nil)))
	if err != nil {
		return err
	}
	trace := io.Discard
	if *explain {
		trace = stderr
	}
	d, err := engine.Explain(ctx, *entry, value, trace)
	if err != nil {
		return fmt.Errorf("policy eval: %w", err)
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	return enc.Encode(d)
}
