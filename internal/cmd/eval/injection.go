package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/promptgate/promptgate/detect"
)

func init() {
	suites = append(suites, suite{name: "injection", run: runInjection})
}

var (
	injThreshold = flag.Float64("injection-threshold", 0.5, "injection: score at or above which a prompt is denied (both direct and indirect)")
	injMisses    = flag.Bool("injection-misses", false, "injection: print the texts of misses and false positives (prints data rows)")
)

// injCounts tallies one row of the table.
type injCounts struct {
	pos, tp, neg, fp int
}

func (c *injCounts) add(label, flagged bool) {
	switch {
	case label:
		c.pos++
		if flagged {
			c.tp++
		}
	default:
		c.neg++
		if flagged {
			c.fp++
		}
	}
}

// injTable is the report: rows in the order they were first added.
type injTable struct {
	order []string
	rows  map[string]*injCounts
}

func (t *injTable) row(dataset, category string) *injCounts {
	k := dataset + "\x00" + category
	if t.rows == nil {
		t.rows = map[string]*injCounts{}
	}
	c, ok := t.rows[k]
	if !ok {
		c = &injCounts{}
		t.rows[k] = c
		t.order = append(t.order, k)
	}
	return c
}

func (t *injTable) print() {
	fmt.Printf("%-18s %-44s %7s %7s %7s %7s\n", "dataset", "category", "pos", "TPR", "neg", "FPR")
	for _, k := range t.order {
		ds, cat, _ := strings.Cut(k, "\x00")
		c := t.rows[k]
		tpr, fpr := "-", "-"
		if c.pos > 0 {
			tpr = fmt.Sprintf("%.3f", float64(c.tp)/float64(c.pos))
		}
		if c.neg > 0 {
			fpr = fmt.Sprintf("%.3f", float64(c.fp)/float64(c.neg))
		}
		fmt.Printf("%-18s %-44s %7d %7s %7d %7s\n", ds, cat, c.pos, tpr, c.neg, fpr)
	}
}

// injScanner scores a conversation as the policy sees it: the highest
// score of any prompt-injection finding in any message.
type injScanner struct {
	d *detect.InjectionDetector
}

type injMessage struct {
	text      string
	untrusted bool
}

func (s *injScanner) score(msgs ...injMessage) float64 {
	best := 0.0
	var buf []detect.Finding
	for _, m := range msgs {
		buf = s.d.Detect(detect.NewText(m.text, m.untrusted), buf[:0])
		for _, f := range buf {
			if f.Kind == "prompt_injection" || strings.HasPrefix(f.Kind, "prompt_injection.") {
				best = max(best, f.Score)
			}
		}
	}
	return best
}

func runInjection(root string) error {
	dir := filepath.Join(root, "injection")
	s := &injScanner{d: detect.NewInjectionDetector()}
	thr := *injThreshold
	var tab injTable
	start := time.Now()
	calls := 0
	flag := func(msgs ...injMessage) bool {
		calls += len(msgs)
		return s.score(msgs...) >= thr
	}
	miss := func(what string, text string) {
		if *injMisses {
			fmt.Printf("  %s: %.200q\n", what, text)
		}
	}

	// llm-warden: jailbreaks against benign prompts (role-play system
	// prompts count as benign).
	rows, err := injReadCSV(filepath.Join(dir, "llm-warden", "jailbreak_dataset_test.csv"))
	if err != nil {
		return err
	}
	for _, r := range rows {
		jb := r["type"] == "jailbreak"
		f := flag(injMessage{text: r["prompt"]})
		tab.row("llm-warden test", r["type"]).add(jb, f)
		if jb != f {
			miss("llm-warden "+r["type"], r["prompt"])
		}
	}

	// BIPIA: test attacks inserted into test contexts, the context sent as
	// an untrusted message and the question as the user's; the clean
	// contexts are the negatives.
	bipiaAll := tab.row("BIPIA test", "all tasks, all positions")
	for _, task := range []string{"email", "table", "code"} {
		ctxs, err := injReadContexts(filepath.Join(dir, "bipia", task, "test.jsonl"), task)
		if err != nil {
			return err
		}
		attackFile := "text_attack_test.json"
		if task == "code" {
			attackFile = "code_attack_test.json"
		}
		attacks, err := injReadAttacks(filepath.Join(dir, "bipia", attackFile))
		if err != nil {
			return err
		}
		all := tab.row("BIPIA test", task+" (all positions)")
		for _, c := range ctxs {
			clean := flag(injMessage{text: c.text, untrusted: true}, injMessage{text: c.question})
			all.add(false, clean)
			bipiaAll.add(false, clean)
			if clean {
				miss("bipia clean "+task, c.text)
			}
		}
		for _, a := range attacks {
			cat := tab.row("BIPIA test", task+": "+a.category)
			for pos, where := range []string{"start", "middle", "end"} {
				at := tab.row("BIPIA test", task+" @"+where)
				for _, c := range ctxs {
					text := bipiaInsert(c.text, a.text, pos, task == "code")
					f := flag(injMessage{text: text, untrusted: true}, injMessage{text: c.question})
					all.add(true, f)
					bipiaAll.add(true, f)
					at.add(true, f)
					cat.add(true, f)
				}
			}
		}
	}

	// Benign sets: none of these is an injection.
	var wg []struct {
		Prompt string `json:"prompt"`
	}
	if err := injReadJSON(filepath.Join(dir, "wildguard-benign", "wildguard.json"), &wg); err != nil {
		return err
	}
	for _, r := range wg {
		f := flag(injMessage{text: r.Prompt})
		tab.row("wildguard benign", "all").add(false, f)
		if f {
			miss("wildguard", r.Prompt)
		}
	}
	xs, err := injReadCSV(filepath.Join(dir, "xstest", "xstest_prompts.csv"))
	if err != nil {
		return err
	}
	for _, r := range xs {
		f := flag(injMessage{text: r["prompt"]})
		tab.row("XSTest", "all").add(false, f)
		tab.row("XSTest", "label="+r["label"]).add(false, f)
		if f {
			miss("xstest", r["prompt"])
		}
	}
	for _, name := range []string{"one", "two", "three"} {
		var ni []struct {
			Prompt   string `json:"prompt"`
			Category string `json:"category"`
		}
		if err := injReadJSON(filepath.Join(dir, "notinject", "NotInject_"+name+".json"), &ni); err != nil {
			return err
		}
		for _, r := range ni {
			f := flag(injMessage{text: r.Prompt})
			tab.row("NotInject", "all").add(false, f)
			tab.row("NotInject", r.Category).add(false, f)
			if f {
				miss("notinject", r.Prompt)
			}
		}
	}

	// The repository's own held-out examples: other styles, languages and
	// obfuscations.
	own, err := injReadOwn(filepath.Join("detect", "testdata", "injection", "dev.jsonl"))
	if err == nil {
		for _, r := range own {
			f := flag(injMessage{text: r.Text, untrusted: r.Untrusted})
			kind := r.Kind
			if r.Label == 0 && r.Untrusted {
				kind = "benign document"
			}
			tab.row("own dev", kind).add(r.Label == 1, f)
			if r.Label == 1 {
				tab.row("own dev", "lang="+r.Lang).add(true, f)
			}
			if (r.Label == 1) != f {
				miss("own dev "+r.Kind, r.Text)
			}
		}
	}

	tab.print()
	el := time.Since(start)
	fmt.Printf("threshold %.2f (injection_threshold and indirect_injection_threshold); %d messages scored in %v (%.1f µs per message)\n",
		thr, calls, el.Round(time.Millisecond), float64(el.Microseconds())/float64(max(calls, 1)))
	return nil
}

// bipiaInsert puts attack into context at the start (0), middle (1) or end
// (2): text contexts at a sentence boundary, joined by a space; code
// contexts at a line boundary.
func bipiaInsert(context, attack string, where int, code bool) string {
	if code {
		lines := strings.Split(context, "\n")
		at := []int{0, len(lines) / 2, len(lines)}[where]
		out := append(append(append([]string{}, lines[:at]...), attack), lines[at:]...)
		return strings.Join(out, "\n")
	}
	switch where {
	case 0:
		return attack + " " + context
	case 2:
		return context + " " + attack
	}
	// The sentence boundary closest to the middle.
	best, mid := -1, len(context)/2
	for i := 0; i+1 < len(context); i++ {
		if (context[i] == '.' || context[i] == '!' || context[i] == '?' || context[i] == '\n') && (context[i+1] == ' ' || context[i+1] == '\n') {
			if best < 0 || injAbs(i-mid) < injAbs(best-mid) {
				best = i
			}
		}
	}
	if best < 0 {
		return context + " " + attack
	}
	return context[:best+1] + " " + attack + context[best+1:]
}

func injAbs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

type injContext struct {
	text, question string
}

type injAttack struct {
	category, text string
}

func injReadCSV(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(recs) == 0 {
		return nil, fmt.Errorf("read %s: empty", path)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			if i < len(rec) {
				m[h] = rec[i]
			}
		}
		out = append(out, m)
	}
	return out, nil
}

func injReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

func injReadContexts(path, task string) ([]injContext, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []injContext
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		c := injContext{text: injField(raw["context"]), question: injField(raw["question"])}
		if task == "code" {
			c.question = "I got this error:\n" + injField(raw["error"]) + "\nin this code:\n" + injField(raw["code"]) + "\nHow do I fix it?"
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

func injField(m json.RawMessage) string {
	var s string
	if json.Unmarshal(m, &s) == nil {
		return s
	}
	var l []string
	if json.Unmarshal(m, &l) == nil {
		return strings.Join(l, "\n")
	}
	return ""
}

func injReadAttacks(path string) ([]injAttack, error) {
	var m map[string][]string
	if err := injReadJSON(path, &m); err != nil {
		return nil, err
	}
	cats := make([]string, 0, len(m))
	for k := range m {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	var out []injAttack
	for _, c := range cats {
		for _, t := range m[c] {
			out = append(out, injAttack{category: c, text: t})
		}
	}
	return out, nil
}

type injOwnRow struct {
	Text      string `json:"text"`
	Label     int    `json:"label"`
	Kind      string `json:"kind"`
	Lang      string `json:"lang"`
	Untrusted bool   `json:"untrusted"`
}

func injReadOwn(path string) ([]injOwnRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []injOwnRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r injOwnRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}
