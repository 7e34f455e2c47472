package main

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"os"
	"strconv"
	"strings"
)

var (
	injSave = flag.String("injection-save", "", "injection: write every scored case's score to this file (no texts), for -injection-diff")
	injDiff = flag.String("injection-diff", "", "injection: compare with a run saved by -injection-save: per data set, the cases whose decision changed (with -injection-misses, their texts)")
)

// injRecord is one scored case of a run: its data set, its label, an id
// from its texts (the same case has the same id in every run), its score
// and, for this run only, its first message's text.
type injRecord struct {
	set   string
	label bool
	id    string
	score float64
	text  string
}

// injRun holds the cases of a run, for saving and for comparing with a
// saved run.
type injRun struct {
	recs []injRecord
	seen map[string]int // how many cases of an id so far: repeats get #2, #3, …
}

// add records a scored case of a data set: its messages, its label and its
// score.
func (r *injRun) add(set string, label bool, score float64, msgs []injMessage) {
	h := fnv.New64a()
	for _, m := range msgs {
		fmt.Fprintf(h, "%t\x00%s\x00", m.untrusted, m.text)
	}
	id := fmt.Sprintf("%016x", h.Sum64())
	if r.seen == nil {
		r.seen = map[string]int{}
	}
	k := set + "\x00" + id
	r.seen[k]++
	if n := r.seen[k]; n > 1 {
		id += "#" + strconv.Itoa(n)
	}
	r.recs = append(r.recs, injRecord{set: set, label: label, id: id, score: score, text: msgs[0].text})
}

// save writes the run as tab-separated lines: data set, label, id, score.
func (r *injRun) save(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, c := range r.recs {
		fmt.Fprintf(w, "%s\t%d\t%s\t%.6f\n", c.set, b2i(c.label), c.id, c.score)
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// injChange counts, for one data set, the cases whose decision changed
// between a saved run and this one.
type injChange struct {
	caught, lost     int // attacks now flagged, attacks no longer flagged
	flagged, cleared int // harmless cases now flagged, no longer flagged
	missing          int // cases the saved run does not hold
}

// injChanged is a case whose decision changed: what happened to it
// ("caught", "lost", "newly flagged", "cleared") and its scores.
type injChanged struct {
	rec      injRecord
	what     string
	was, now float64
}

// readRun reads a run saved by save: each case's score by data set and id.
func readRun(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	old := map[string]float64{}
	s := bufio.NewScanner(f)
	for line := 1; s.Scan(); line++ {
		cols := strings.Split(s.Text(), "\t")
		if len(cols) != 4 {
			return nil, fmt.Errorf("%s:%d: want 4 tab-separated columns, have %d", path, line, len(cols))
		}
		score, err := strconv.ParseFloat(cols[3], 64)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: score: %v", path, line, err)
		}
		old[cols[0]+"\x00"+cols[2]] = score
	}
	return old, s.Err()
}

// compare sets the run against an earlier one (scores by data set and id)
// at threshold thr: the data sets in order, what changed in each, and the
// cases whose decision changed.
func (r *injRun) compare(old map[string]float64, thr float64) (sets []string, counts map[string]*injChange, changed []injChanged) {
	counts = map[string]*injChange{}
	for _, c := range r.recs {
		ch, ok := counts[c.set]
		if !ok {
			ch = &injChange{}
			counts[c.set] = ch
			sets = append(sets, c.set)
		}
		was, ok := old[c.set+"\x00"+c.id]
		if !ok {
			ch.missing++
			continue
		}
		before, now := was >= thr, c.score >= thr
		if before == now {
			continue
		}
		what := ""
		switch {
		case c.label && now:
			ch.caught++
			what = "caught"
		case c.label:
			ch.lost++
			what = "lost"
		case now:
			ch.flagged++
			what = "newly flagged"
		default:
			ch.cleared++
			what = "cleared"
		}
		changed = append(changed, injChanged{rec: c, what: what, was: was, now: c.score})
	}
	return sets, counts, changed
}

// diff compares the run with the one saved at path, at threshold thr, and
// prints per data set the changed decisions; with texts, each changed
// case's text too.
func (r *injRun) diff(path string, thr float64, texts bool) error {
	old, err := readRun(path)
	if err != nil {
		return err
	}
	sets, counts, changed := r.compare(old, thr)
	fmt.Printf("\ncompared with %s at threshold %.2f\n", path, thr)
	if texts {
		for _, c := range changed {
			fmt.Printf("  %s, %s (%.3f -> %.3f): %.200q\n", c.rec.set, c.what, c.was, c.now, c.rec.text)
		}
	}
	fmt.Printf("%-18s %8s %8s %8s %8s %8s\n", "dataset", "caught", "lost", "flagged", "cleared", "new")
	for _, set := range sets {
		ch := counts[set]
		fmt.Printf("%-18s %8d %8d %8d %8d %8d\n", set, ch.caught, ch.lost, ch.flagged, ch.cleared, ch.missing)
	}
	fmt.Println("caught/lost: attacks now flagged/no longer flagged; flagged/cleared: harmless cases now flagged/no longer flagged; new: cases the saved run does not hold")
	return nil
}

// b2i is 1 for true, 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
