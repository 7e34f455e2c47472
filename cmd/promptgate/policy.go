package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"

	"github.com/promptgate/promptgate/policies"
)

func policy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "test" {
		return errors.New("policy: want 'policy test [DIR]'")
	}
	flags := flag.NewFlagSet("policy test", flag.ContinueOnError)
	verbose := flags.Bool("v", false, "print every test, not only failures")
	if err := parse(flags, args[1:]); err != nil {
		return err
	}
	if flags.NArg() > 1 {
		return fmt.Errorf("policy test: want at most one DIR, got %d", flags.NArg())
	}
	var fsys fs.FS
	if dir := flags.Arg(0); dir != "" {
		fsys = policies.DirFS(dir)
	}
	results, err := policies.RunTests(ctx, fsys)
	if err != nil {
		return err
	}
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
	fmt.Fprintf(stdout, "%d passed, %d failed\n", len(results)-failed, failed)
	if len(results) == 0 {
		return errors.New("policy test: no tests found")
	}
	if failed > 0 {
		return fmt.Errorf("policy test: %d of %d tests failed", failed, len(results))
	}
	return nil
}
