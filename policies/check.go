package policies

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/topdown"
	"go.yaml.in/yaml/v3"

	"github.com/promptgate/promptgate/redact"
)

// Check compiles the policy set in fsys (the embedded one when nil)
// strictly — unused imports and variables, shadowed names, deprecated
// builtins are errors — and validates its data and the data files against
// the schema of data.promptgate in docs/policies.md. Each problem is one
// error naming its file and line.
func Check(ctx context.Context, fsys fs.FS, dataFiles []string) []error {
	if fsys == nil {
		fsys = embedded
	}
	src, err := readSource(fsys, ".", dataFiles)
	if err != nil {
		return []error{err}
	}
	var errs []error
	compiler := ast.NewCompiler().WithStrict(true).WithBuiltins(builtins{}.decls())
	compiler.Compile(src.modules)
	for _, e := range compiler.Errors {
		errs = append(errs, e)
	}
	if len(errs) == 0 {
		for _, q := range []string{PromptQuery, ResponseQuery} {
			ref := ast.MustParseRef(q)
			if len(compiler.GetRulesExact(ref)) == 0 {
				errs = append(errs, fmt.Errorf("entry point %s is not defined", q))
			}
		}
	}

	// Validate each data document where it was written, against the tiers
	// known from all of them.
	type doc struct {
		name   string
		prefix []string // where the file's top level sits in data
		node   *yaml.Node
	}
	var docs []doc
	_ = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if b := path.Base(p); b != "data.json" && b != "data.yaml" && b != "data.yml" {
			return nil
		}
		raw, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		var prefix []string
		if dir := path.Dir(p); dir != "." {
			prefix = strings.Split(dir, "/")
		}
		docs = append(docs, doc{p, prefix, parseNode(raw)})
		return nil
	})
	for _, f := range dataFiles {
		raw, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		docs = append(docs, doc{f, nil, parseNode(raw)})
	}
	tiers := map[string]bool{}
	pgData, _ := src.data["promptgate"].(map[string]any)
	if t, ok := pgData["tiers"].(map[string]any); ok {
		for name := range t {
			tiers[name] = true
		}
	}
	for _, d := range docs {
		if d.node == nil {
			continue // readSource already reported a parse error
		}
		pg := d.node
		if !slices.Equal(d.prefix, []string{"promptgate"}) {
			if len(d.prefix) > 0 {
				continue // data elsewhere in the tree is the policy author's
			}
			if pg = field(d.node, "promptgate"); pg == nil {
				continue
			}
		}
		v := &validator{file: d.name, tiers: tiers}
		v.promptgate(pg)
		errs = append(errs, v.errs...)
	}
	return errs
}

func parseNode(raw []byte) *yaml.Node {
	var n yaml.Node
	if err := yaml.Unmarshal(raw, &n); err != nil || len(n.Content) == 0 {
		return nil
	}
	return n.Content[0]
}

// field returns the value of key in a mapping node, or nil.
func field(n *yaml.Node, key string) *yaml.Node {
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return n.Content[i+1]
		}
	}
	return nil
}

type validator struct {
	file  string
	tiers map[string]bool
	errs  []error
}

func (v *validator) errorf(n *yaml.Node, path, format string, args ...any) {
	v.errs = append(v.errs, fmt.Errorf("%s:%d: %s: %s", v.file, n.Line, path, fmt.Sprintf(format, args...)))
}

// settingKinds are the fields a tenant or tier may set, by the kind of
// value each takes.
var settingKinds = map[string]string{
	"tier":                         "string",
	"envoy_unknown_paths":          "allow_or_deny",
	"envoy_truncated_bodies":       "allow_or_deny",
	"requests_per_minute":          "count",
	"requests_per_day":             "count",
	"tokens_per_minute":            "count",
	"tokens_per_day":               "count",
	"usd_per_day":                  "amount",
	"max_in_flight":                "count",
	"max_output_tokens":            "positive",
	"max_allowed_output_tokens":    "positive",
	"injection_threshold":          "fraction",
	"indirect_injection_threshold": "fraction",
	"redact":                       "strings",
	"deny":                         "strings",
	"response_redact":              "strings",
	"response_deny":                "strings",
	"shadow":                       "bool",
	"shadow_rules":                 "strings",
	"allowed_models":               "strings",
	"denied_models":                "strings",
	"allowed_tools":                "strings",
	"denied_tools":                 "strings",
	"redaction":                    "redaction",
	"per_user":                     "limits",
	"per_api_key":                  "limits",
}

var limitFields = []string{"requests_per_minute", "requests_per_day", "tokens_per_minute", "tokens_per_day", "usd_per_day", "max_in_flight"}

var priceFields = []string{"input_usd_per_mtok", "output_usd_per_mtok", "cache_read_usd_per_mtok", "cache_write_usd_per_mtok"}

func (v *validator) promptgate(n *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		v.errorf(n, "promptgate", "want an object")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key, val := n.Content[i].Value, n.Content[i+1]
		switch key {
		case "tenants", "tiers":
			v.each(val, key, v.settings)
		case "prices":
			v.each(val, key, func(n *yaml.Node, p string) {
				v.object(n, p, priceFields, func(n *yaml.Node, p, _ string) { v.number(n, p, 0, -1) })
			})
		}
	}
}

// each validates every entry of a mapping node.
func (v *validator) each(n *yaml.Node, path string, f func(*yaml.Node, string)) {
	if n.Kind != yaml.MappingNode {
		v.errorf(n, path, "want an object")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		f(n.Content[i+1], path+"."+n.Content[i].Value)
	}
}

// object validates a mapping whose keys must be among fields.
func (v *validator) object(n *yaml.Node, path string, fields []string, f func(*yaml.Node, string, string)) {
	if n.Kind != yaml.MappingNode {
		v.errorf(n, path, "want an object")
		return
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		key := n.Content[i].Value
		if !slices.Contains(fields, key) {
			v.errorf(n.Content[i], path+"."+key, "unknown field (want one of %s)", strings.Join(fields, ", "))
			continue
		}
		f(n.Content[i+1], path+"."+key, key)
	}
}

func (v *validator) settings(n *yaml.Node, path string) {
	fields := make([]string, 0, len(settingKinds))
	for k := range settingKinds {
		fields = append(fields, k)
	}
	slices.Sort(fields)
	v.object(n, path, fields, func(n *yaml.Node, p, key string) {
		switch settingKinds[key] {
		case "string":
			if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
				v.errorf(n, p, "want a string")
			} else if !v.tiers[n.Value] {
				v.errorf(n, p, "unknown tier %q", n.Value)
			}
		case "allow_or_deny":
			if n.Kind != yaml.ScalarNode || (n.Value != "allow" && n.Value != "deny") {
				v.errorf(n, p, "want \"allow\" or \"deny\"")
			}
		case "count", "amount":
			v.number(n, p, 0, -1)
		case "positive":
			v.number(n, p, 1, -1)
		case "fraction":
			v.number(n, p, 0, 1)
		case "bool":
			if n.Tag != "!!bool" {
				v.errorf(n, p, "want true or false")
			}
		case "strings":
			if n.Kind != yaml.SequenceNode {
				v.errorf(n, p, "want a list of strings")
				return
			}
			for i, e := range n.Content {
				if e.Kind != yaml.ScalarNode || e.Tag != "!!str" {
					v.errorf(e, fmt.Sprintf("%s[%d]", p, i), "want a string")
				}
			}
		case "limits":
			v.object(n, p, limitFields, func(n *yaml.Node, p, _ string) { v.number(n, p, 0, -1) })
		case "redaction":
			var ops map[string]any
			if n.Kind != yaml.MappingNode || n.Decode(&ops) != nil {
				v.errorf(n, p, "want an object of kind: operator")
				return
			}
			if _, err := redact.ParseOperators(ops); err != nil {
				v.errorf(n, p, "%v", err)
			}
		}
	})
}

// number checks a number within [lo, hi]; hi < 0 means no upper bound.
func (v *validator) number(n *yaml.Node, path string, lo, hi float64) {
	var f float64
	if n.Kind != yaml.ScalarNode || (n.Tag != "!!int" && n.Tag != "!!float") || n.Decode(&f) != nil {
		v.errorf(n, path, "want a number, got %s", describe(n))
		return
	}
	switch {
	case f < lo && lo == 0:
		v.errorf(n, path, "must not be negative, got %v", f)
	case f < lo:
		v.errorf(n, path, "must be at least %v, got %v", lo, f)
	case hi >= 0 && f > hi:
		v.errorf(n, path, "must be at most %v, got %v", hi, f)
	}
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "an object"
	case yaml.SequenceNode:
		return "a list"
	}
	return fmt.Sprintf("%q", n.Value)
}

// Explain evaluates the entry point ("prompt" or "response") over input
// and writes the evaluation's trace to w.
func (e *Engine) Explain(ctx context.Context, entry string, input ast.Value, w io.Writer) (Decision, error) {
	p := e.current.Load()
	var q rego.PreparedEvalQuery
	switch entry {
	case "prompt":
		q = p.prompt
	case "response":
		q = p.response
	default:
		return Decision{}, errors.New(`entry point: want "prompt" or "response"`)
	}
	tracer := topdown.NewBufferTracer()
	rs, err := q.Eval(ctx, rego.EvalParsedInput(input), rego.EvalQueryTracer(tracer), rego.EvalGenerateJSON(rawResult))
	topdown.PrettyTraceWithLocation(w, *tracer)
	if err != nil {
		return Decision{}, fmt.Errorf("evaluate policy: %w", err)
	}
	if len(rs) == 0 || len(rs[0].Expressions) == 0 {
		return Decision{}, ErrUndefined
	}
	d, err := parseDecision(rs[0].Expressions[0].Value)
	d.Revision = p.revision
	return d, err
}
