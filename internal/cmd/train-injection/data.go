package main

import (
	"path/filepath"

	"github.com/promptgate/promptgate/internal/evaldata"
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
// repository's own train examples in ownPaths.
func loadTrain(dir string, ownPaths ...string) (*trainData, error) {
	d := &trainData{}
	rows, err := evaldata.ReadCSV(filepath.Join(dir, "llm-warden", "jailbreak_dataset_train.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.warden = append(d.warden, wardenRow{text: r["prompt"], jailbreak: r["type"] == "jailbreak"})
	}
	rows, err = evaldata.ReadCSV(filepath.Join(dir, "giskard", "prompt_injections.csv"))
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		d.giskard = append(d.giskard, r["prompt"])
	}
	for _, task := range []string{"email", "table", "code"} {
		cs, err := evaldata.ReadContexts(filepath.Join(dir, "bipia", task, "train.jsonl"))
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			q := c.Question
			if task == "code" {
				q = "Error:\n" + c.Error + "\nCode:\n" + c.Code
			}
			d.contexts = append(d.contexts, context{task: task, text: c.Text, question: q})
		}
	}
	for _, f := range []struct {
		name string
		code bool
	}{{"text_attack_train.json", false}, {"code_attack_train.json", true}} {
		as, err := evaldata.ReadAttacks(filepath.Join(dir, "bipia", f.name))
		if err != nil {
			return nil, err
		}
		for _, a := range as {
			d.attacks = append(d.attacks, attack{category: a.Category, text: a.Text, code: f.code})
		}
	}
	own, err := readOwnRows(ownPaths...)
	if err != nil {
		return nil, err
	}
	d.own = own
	return d, nil
}

// readOwnRows reads the repository's labelled rows in the files at paths,
// in order.
func readOwnRows(paths ...string) ([]ownRow, error) {
	var rows []ownRow
	for _, p := range paths {
		rs, err := evaldata.ReadJSONL[ownRow](p)
		if err != nil {
			return nil, err
		}
		rows = append(rows, rs...)
	}
	return rows, nil
}
