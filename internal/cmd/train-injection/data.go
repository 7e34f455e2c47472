package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type wardenRow struct {
	text      string
	jailbreak bool
}

type context struct {
	task     string // email, table, code
	text     string
	question string
}

type attack struct {
	category string
	text     string
	code     bool
}

// ownRow is one of the repository's labelled examples.
type ownRow struct {
	Text      string `json:"text"`
	Label     int    `json:"label"`
	Kind      string `json:"kind"`
	Lang      string `json:"lang"`
	Untrusted bool   `json:"untrusted"`
	Inject    string `json:"inject"`
	Variant   string `json:"variant"`
}

type trainData struct {
	warden   []wardenRow
	giskard  []string
	contexts []context
	attacks  []attack
	own      []ownRow
}

// loadTrain reads the train side of the data under dir and the
// repository's own train examples.
func loadTrain(dir, ownPath string) (*trainData, error) {
	d := &trainData{}
	rows, err := readCSV(filepath.Join(dir, "llm-warden", "jailbreak_dataset_train.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.warden = append(d.warden, wardenRow{text: r["prompt"], jailbreak: r["type"] == "jailbreak"})
	}
	rows, err = readCSV(filepath.Join(dir, "giskard", "prompt_injections.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.giskard = append(d.giskard, r["prompt"])
	}
	for _, task := range []string{"email", "table", "code"} {
		cs, err := readContexts(filepath.Join(dir, "bipia", task, "train.jsonl"), task)
		if err != nil {
			return nil, err
		}
		d.contexts = append(d.contexts, cs...)
	}
	for _, f := range []struct {
		name string
		code bool
	}{{"text_attack_train.json", false}, {"code_attack_train.json", true}} {
		as, err := readAttacks(filepath.Join(dir, "bipia", f.name), f.code)
		if err != nil {
			return nil, err
		}
		d.attacks = append(d.attacks, as...)
	}
	own, err := readOwn(ownPath)
	if err != nil {
		return nil, err
	}
	d.own = own
	return d, nil
}

func readCSV(path string) ([]map[string]string, error) {
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

// readContexts reads BIPIA contexts; the code task holds lists of lines.
func readContexts(path, task string) ([]context, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []context
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		c := context{task: task, text: joinField(raw["context"]), question: joinField(raw["question"])}
		if task == "code" {
			c.question = "Error:\n" + joinField(raw["error"]) + "\nCode:\n" + joinField(raw["code"])
		}
		out = append(out, c)
	}
	return out, sc.Err()
}

// joinField reads a JSON string, or a list of strings joined by newlines.
func joinField(m json.RawMessage) string {
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

func readAttacks(path string, code bool) ([]attack, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string][]string
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	cats := make([]string, 0, len(m))
	for k := range m {
		cats = append(cats, k)
	}
	sort.Strings(cats)
	var out []attack
	for _, c := range cats {
		for _, t := range m[c] {
			out = append(out, attack{category: c, text: t, code: code})
		}
	}
	return out, nil
}

func readOwn(path string) ([]ownRow, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []ownRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var r ownRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		out = append(out, r)
	}
	return out, sc.Err()
}
