package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRunSaveAndCompare(t *testing.T) {
	msg := func(s string) []injMessage { return []injMessage{{text: s}} }
	var before injRun
	before.add("set a", true, 0.9, msg("attack one"))
	before.add("set a", true, 0.2, msg("attack two"))
	before.add("set a", false, 0.1, msg("harmless"))
	before.add("set a", false, 0.6, msg("harmless")) // a repeat: its own case
	before.add("set b", false, 0.7, msg("harmless")) // the same text in another set
	before.add("set b", false, 0.4, []injMessage{{text: "doc", untrusted: true}, {text: "question"}})
	path := filepath.Join(t.TempDir(), "run.tsv")
	if err := before.save(path); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(b), "harmless") || strings.Contains(string(b), "attack") {
		t.Fatalf("saved run holds texts:\n%s", b)
	}
	old, err := readRun(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(old) != 6 {
		t.Fatalf("read %d cases, want 6", len(old))
	}

	var after injRun
	after.add("set a", true, 0.3, msg("attack one"))                                // lost
	after.add("set a", true, 0.6, msg("attack two"))                                // caught
	after.add("set a", false, 0.1, msg("harmless"))                                 // same
	after.add("set a", false, 0.8, msg("harmless"))                                 // the repeat, newly flagged
	after.add("set b", false, 0.2, msg("harmless"))                                 // cleared
	after.add("set b", false, 0.9, []injMessage{{text: "doc"}, {text: "question"}}) // not untrusted: another case
	sets, counts, changed := after.compare(old, 0.5)
	if strings.Join(sets, "|") != "set a|set b" {
		t.Fatalf("sets %q", sets)
	}
	if got, want := *counts["set a"], (injChange{caught: 1, lost: 1}); got != want {
		t.Errorf("set a: %+v, want %+v", got, want)
	}
	if got, want := *counts["set b"], (injChange{cleared: 1, missing: 1}); got != want {
		t.Errorf("set b: %+v, want %+v", got, want)
	}
	var whats []string
	for _, c := range changed {
		whats = append(whats, c.what)
	}
	if got, want := strings.Join(whats, ","), "lost,caught,cleared"; got != want {
		t.Errorf("changed %s, want %s", got, want)
	}

	if err := os.WriteFile(path, []byte("set a\t1\tabc\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readRun(path); err == nil || !strings.Contains(err.Error(), ":1: want 4") {
		t.Errorf("short line: err %v", err)
	}
}
