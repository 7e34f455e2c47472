package policies

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"sigs.k8s.io/yaml"
)

// source is a policy set as read from files: Rego modules and one merged
// data document, with a content hash of it all.
type source struct {
	modules  map[string]*ast.Module // by file name
	tests    map[string]bool        // file names of *_test.rego modules
	data     map[string]any         // the policy set's own data with the data files merged in
	ownData  map[string]any         // the policy set's own data, which its tests run against
	revision string
}

// readSource reads every .rego file and every data.json / data.yaml /
// data.yml file under root of fsys. A data file's directory is its place
// in the data tree, as in OPA bundles: promptgate/data.json is
// data.promptgate. Then each of dataFiles is deep-merged at the top.
func readSource(fsys fs.FS, root string, dataFiles []string) (*source, error) {
	src := &source{modules: map[string]*ast.Module{}, tests: map[string]bool{}, data: map[string]any{}}
	h := sha256.New()
	var paths []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read policies: %w", err)
	}
	slices.Sort(paths)
	for _, p := range paths {
		base := path.Base(p)
		isData := base == "data.json" || base == "data.yaml" || base == "data.yml"
		if !isData && !strings.HasSuffix(p, ".rego") {
			continue
		}
		b, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("read policies: %w", err)
		}
		rel := strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		fmt.Fprintf(h, "%s\x00%d\x00", rel, len(b))
		h.Write(b)
		if !isData {
			m, err := ast.ParseModuleWithOpts(rel, string(b), ast.ParserOptions{RegoVersion: ast.RegoV1, ProcessAnnotation: true})
			if err != nil {
				return nil, fmt.Errorf("parse %s: %w", rel, err)
			}
			src.modules[rel] = m
			if strings.HasSuffix(rel, "_test.rego") {
				src.tests[rel] = true
			}
			continue
		}
		doc, err := decodeData(rel, b)
		if err != nil {
			return nil, err
		}
		dir := path.Dir(rel)
		if dir != "." {
			for _, part := range slices.Backward(strings.Split(dir, "/")) {
				doc = map[string]any{part: doc}
			}
		}
		src.data = merge(src.data, doc)
	}
	src.ownData = src.data
	if len(dataFiles) > 0 {
		src.data = deepCopy(src.ownData).(map[string]any)
	}
	for _, f := range dataFiles {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read data: %w", err)
		}
		fmt.Fprintf(h, "--data\x00%s\x00%d\x00", f, len(b))
		h.Write(b)
		doc, err := decodeData(f, b)
		if err != nil {
			return nil, err
		}
		src.data = merge(src.data, doc)
	}
	if len(src.modules) == 0 {
		return nil, fmt.Errorf("read policies: no .rego files under %q", root)
	}
	src.revision = hex.EncodeToString(h.Sum(nil))[:16]
	return src, nil
}

// decodeData decodes a JSON or YAML document whose top level must be an
// object. Numbers stay exact (json.Number).
func decodeData(name string, b []byte) (map[string]any, error) {
	if strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml") {
		j, err := yaml.YAMLToJSON(b)
		if err != nil {
			return nil, fmt.Errorf("parse data %s: %w", name, err)
		}
		b = j
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("parse data %s: %w", name, err)
	}
	if dec.More() {
		return nil, fmt.Errorf("parse data %s: more than one document", name)
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("parse data %s: top level is not an object", name)
	}
	return obj, nil
}

// merge deep-merges src into dst: objects merge key by key, anything else
// in src replaces what dst holds. It returns dst.
func merge(dst, src map[string]any) map[string]any {
	for k, v := range src {
		if sv, ok := v.(map[string]any); ok {
			if dv, ok := dst[k].(map[string]any); ok {
				dst[k] = merge(dv, sv)
				continue
			}
		}
		dst[k] = v
	}
	return dst
}

// deepCopy copies the maps and slices of a decoded JSON document.
func deepCopy(v any) any {
	switch v := v.(type) {
	case map[string]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			m[k] = deepCopy(e)
		}
		return m
	case []any:
		l := make([]any, len(v))
		for i, e := range v {
			l[i] = deepCopy(e)
		}
		return l
	}
	return v
}
