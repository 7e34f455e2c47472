// Package evaldata reads the labelled data sets the detectors are trained
// and measured on: CSV with a header row, JSON, JSON lines, and BIPIA's
// contexts and attacks. The trainer and the evaluator share it, so that
// both read a data set the same way.
package evaldata

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
)

// ReadCSV reads a CSV file whose first row names the columns, as one map
// per row. Short rows leave their missing columns out.
func ReadCSV(path string) ([]map[string]string, error) {
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

// ReadJSON decodes a JSON file into v.
func ReadJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("read %s: %w", path, err)
	}
	return nil
}

// ReadJSONL decodes a file of one JSON value per line.
func ReadJSONL[T any](path string) ([]T, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			return nil, fmt.Errorf("read %s: %w", path, err)
		}
		out = append(out, v)
	}
	return out, sc.Err()
}

// Context is one BIPIA context: a document, the user's question about it,
// and for the code task the error and the code the question is about.
type Context struct {
	Text, Question string
	Error, Code    string
}

// ReadContexts reads a BIPIA contexts file (JSON lines); some fields hold
// lists of lines, which are joined.
func ReadContexts(path string) ([]Context, error) {
	rows, err := ReadJSONL[map[string]json.RawMessage](path)
	if err != nil {
		return nil, err
	}
	out := make([]Context, len(rows))
	for i, raw := range rows {
		out[i] = Context{
			Text: field(raw["context"]), Question: field(raw["question"]),
			Error: field(raw["error"]), Code: field(raw["code"]),
		}
	}
	return out, nil
}

// field reads a JSON string, or a list of strings joined by newlines.
func field(m json.RawMessage) string {
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

// Attack is one BIPIA attack sentence and its category.
type Attack struct {
	Category, Text string
}

// ReadAttacks reads a BIPIA attacks file (category → sentences), in
// category order.
func ReadAttacks(path string) ([]Attack, error) {
	var m map[string][]string
	if err := ReadJSON(path, &m); err != nil {
		return nil, err
	}
	var out []Attack
	for _, c := range slices.Sorted(maps.Keys(m)) {
		for _, t := range m[c] {
			out = append(out, Attack{Category: c, Text: t})
		}
	}
	return out, nil
}
