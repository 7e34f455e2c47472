// Command eval measures promptgate's detectors on labelled public data and
// prints one table per detector family. It reads the data from
// ../shared/data, or from the directory PROMPTGATE_EVAL_DATA names; it is
// not part of the tests, which need nothing outside the repository.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// suite measures one detector family on the data under root.
type suite struct {
	name string
	run  func(root string) error
}

// suites are registered by the files of this package, one per family.
var suites []suite

func main() {
	only := flag.String("only", "", "run only the named suite")
	flag.Parse()
	root := os.Getenv("PROMPTGATE_EVAL_DATA")
	if root == "" {
		root = filepath.Join("..", "shared", "data")
	}
	if _, err := os.Stat(root); err != nil {
		fmt.Fprintf(os.Stderr, "eval: data directory: %v (set PROMPTGATE_EVAL_DATA)\n", err)
		os.Exit(1)
	}
	failed := false
	for _, s := range suites {
		if *only != "" && s.name != *only {
			continue
		}
		if err := s.run(root); err != nil {
			fmt.Fprintf(os.Stderr, "eval %s: %v\n", s.name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}
