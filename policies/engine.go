// Package policies loads, compiles and evaluates promptgate's Rego
// policies. The default policy set is embedded in the binary; a directory
// can replace it and data files can be merged over its data. Each entry
// point is prepared once and evaluated many times with parsed input.
package policies

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"math"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/metrics"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
	"github.com/open-policy-agent/opa/v1/topdown"

	"github.com/promptgate/promptgate/detect"
)

//go:embed promptgate
var embedded embed.FS

// Embedded returns the default policy set: its Rego and data, rooted at
// "promptgate".
func Embedded() fs.FS { return embedded }

// The entry points every policy set must define.
const (
	PromptQuery   = "data.promptgate.prompt.decision"
	ResponseQuery = "data.promptgate.response.decision"
)

// EnvoyQuery is the optional entry point for Envoy requests that cannot be
// checked as a prompt (an unknown path, a truncated body). A policy set
// without it gets EnvoyDefault.
const EnvoyQuery = "data.promptgate.envoy.decision"

// Errors of evaluation, distinct so that callers can count them.
var (
	// ErrUndefined means the policy produced no decision for the input.
	ErrUndefined = errors.New("policy decision is undefined")
	// ErrBadDecision means the policy's decision does not follow the
	// schema in docs/policies.md.
	ErrBadDecision = errors.New("policy decision is malformed")
)

// Engine evaluates the prompt and response policies. It is safe for
// concurrent use; Reload swaps in a new policy set atomically between
// calls.
type Engine struct {
	opts    options
	current atomic.Pointer[prepared]

	mu     sync.Mutex // serialises reloads and guards status
	status Status
}

// Status describes the engine's policy set and its last reload.
type Status struct {
	// Revision is the running policy set's content hash.
	Revision string `json:"revision"`
	// LoadedAt is when the running policy set was swapped in.
	LoadedAt time.Time `json:"loaded_at"`
	// LastError is why the last reload was rejected; empty when it
	// succeeded.
	LastError string `json:"last_error,omitempty"`
	// LastAttempt is when a reload was last tried.
	LastAttempt time.Time `json:"last_attempt"`
	// Reloads and Failures count reloads swapped in and rejected.
	Reloads  int `json:"reloads"`
	Failures int `json:"failures"`
}

type prepared struct {
	revision string
	compiler *ast.Compiler
	store    storage.Store
	cache    *ruleCache // nil when caching is off
	prompt   rego.PreparedEvalQuery
	response rego.PreparedEvalQuery
	envoy    rego.PreparedEvalQuery
}

type options struct {
	cacheEntries int
	dir          string
	dataFiles    []string
	scanner      *detect.Scanner
}

// WithScanner sets the detectors behind the promptgate.scan builtin; the
// default is detect.DefaultScanner().
func WithScanner(s *detect.Scanner) Option { return func(o *options) { o.scanner = s } }

// WithCacheEntries bounds how many rule values the engine keeps across
// calls, each under the input paths the rule reads (see ruleCache); 0 turns
// the cache off. The default is DefaultCacheEntries.
func WithCacheEntries(n int) Option { return func(o *options) { o.cacheEntries = n } }

// DefaultCacheEntries is the default bound of the rule cache.
const DefaultCacheEntries = 16384

// Option configures an Engine.
type Option func(*options)

// WithDir loads the policy set from dir instead of the embedded one.
func WithDir(dir string) Option { return func(o *options) { o.dir = dir } }

// WithDataFiles deep-merges each JSON or YAML file into data, in order.
func WithDataFiles(files ...string) Option {
	return func(o *options) { o.dataFiles = append(o.dataFiles, files...) }
}

// New loads and compiles a policy set.
func New(ctx context.Context, opts ...Option) (*Engine, error) {
	e := &Engine{opts: options{cacheEntries: DefaultCacheEntries}}
	for _, o := range opts {
		o(&e.opts)
	}
	if e.opts.scanner == nil {
		e.opts.scanner = detect.DefaultScanner()
	}
	if _, err := e.Reload(ctx); err != nil {
		return nil, err
	}
	e.status.Reloads = 0 // the first load is not a reload
	return e, nil
}

// Reload reads the policy set again, compiles it, runs its own tests and,
// when all pass, swaps it in between calls. On error the running policy set
// stays and the error is kept in Status. A reload that finds the same
// content as the running set changes nothing and reports false.
func (e *Engine) Reload(ctx context.Context) (changed bool, err error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	now := time.Now()
	e.status.LastAttempt = now
	defer func() {
		if err != nil {
			e.status.LastError = err.Error()
			e.status.Failures++
		}
	}()
	src, err := e.read()
	if err != nil {
		return false, err
	}
	if cur := e.current.Load(); cur != nil && cur.revision == src.revision {
		e.status.LastError = ""
		return false, nil
	}
	bi := builtins{scanner: e.opts.scanner}
	p, err := prepare(ctx, src, bi, e.opts.cacheEntries)
	if err != nil {
		return false, err
	}
	if len(src.tests) > 0 {
		if err := runSourceTests(ctx, src, bi); err != nil {
			return false, err
		}
	}
	e.current.Store(p)
	e.status.Revision = p.revision
	e.status.LoadedAt = now
	e.status.LastError = ""
	e.status.Reloads++
	return true, nil
}

// Status returns the engine's status.
func (e *Engine) Status() Status {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.status
}

// Watched returns the paths whose changes should trigger a reload: the
// policy directory, if any, and the data files.
func (e *Engine) Watched() []string {
	var paths []string
	if e.opts.dir != "" {
		paths = append(paths, e.opts.dir)
	}
	return append(paths, e.opts.dataFiles...)
}

func (e *Engine) read() (*source, error) {
	if e.opts.dir != "" {
		return readSource(os.DirFS(e.opts.dir), ".", e.opts.dataFiles)
	}
	return readSource(embedded, ".", e.opts.dataFiles)
}

// Revision is a content hash of the running policy set and its data.
func (e *Engine) Revision() string { return e.current.Load().revision }

func prepare(ctx context.Context, src *source, bi builtins, cacheEntries int) (*prepared, error) {
	store := inmem.NewFromObjectWithOpts(src.data, inmem.OptRoundTripOnWrite(false), inmem.OptReturnASTValuesOnRead(true))
	compiler := ast.NewCompiler().WithEnablePrintStatements(false).WithBuiltins(bi.decls())
	mods := map[string]*ast.Module{}
	for name, m := range src.modules {
		if !src.tests[name] {
			mods[name] = m
		}
	}
	compiler.Compile(mods)
	if compiler.Failed() {
		return nil, fmt.Errorf("compile policies: %w", compiler.Errors)
	}
	p := &prepared{revision: src.revision, compiler: compiler, store: store}
	if cacheEntries > 0 {
		p.cache = newRuleCache(compiler, cacheEntries)
	}
	for _, q := range []struct {
		query string
		dst   *rego.PreparedEvalQuery
	}{{PromptQuery, &p.prompt}, {ResponseQuery, &p.response}, {EnvoyQuery, &p.envoy}} {
		opts := append([]func(*rego.Rego){
			rego.Query(q.query),
			rego.Compiler(compiler),
			rego.Store(store),
		}, bi.options()...)
		pq, err := rego.New(opts...).PrepareForEval(ctx)
		if err != nil {
			return nil, fmt.Errorf("prepare %s: %w", q.query, err)
		}
		*q.dst = pq
	}
	return p, nil
}

// Decision is what a policy decided, as docs/policies.md specifies.
type Decision struct {
	// Action is "allow", "deny" or "redact".
	Action string `json:"action"`
	// Reasons say why.
	Reasons []Reason `json:"reasons"`
	// RedactKinds are the finding kinds to redact.
	RedactKinds []string `json:"redact_kinds"`
	// Redaction holds the redaction operator for kinds or families
	// ("pii.email", "pii", "*"), as policy data writes it; a kind not
	// listed is tagged.
	Redaction map[string]any `json:"redaction,omitempty"`
	// Limits are the counters to charge.
	Limits []Limit `json:"limits"`
	// MaxTokens is the effective output limit (prompt decisions only).
	MaxTokens int64 `json:"max_tokens,omitempty"`
	// Shadow puts the whole decision in shadow: logged and counted, and
	// the caller is allowed.
	Shadow bool `json:"shadow"`
	// ShadowRules are reason codes logged but not acted on (limit reasons
	// among them are applied by the caller, which charges the limits).
	ShadowRules []string `json:"shadow_rules,omitempty"`
	// ShadowReasons are what the policy would have done but for
	// ShadowRules.
	ShadowReasons []Reason `json:"shadow_reasons,omitempty"`
	// Revision is the policy revision the decision was made under.
	Revision string `json:"policy_revision"`
}

// Reason is one cause of a decision.
type Reason struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

// Limit is a counter the policy charges the call against.
type Limit struct {
	Name string `json:"name"`
	Key  string `json:"key"`
	// Scope says whose counter it is ("tenant", "user", "api_key"), for
	// reports; optional.
	Scope  string `json:"scope,omitempty"`
	Limit  int64  `json:"limit"`
	Window string `json:"window"`
	Cost   int64  `json:"cost"`
}

// Prompt evaluates the prompt policy over input.
func (e *Engine) Prompt(ctx context.Context, input ast.Value) (Decision, error) {
	p := e.current.Load()
	return p.eval(ctx, p.prompt, input)
}

// Envoy evaluates the Envoy request policy over input (see
// docs/policies.md). A policy set that does not define it gets the
// default: unknown paths pass, truncated bodies are denied.
func (e *Engine) Envoy(ctx context.Context, input ast.Value) (Decision, error) {
	p := e.current.Load()
	d, err := p.eval(ctx, p.envoy, input)
	if errors.Is(err, ErrUndefined) {
		return envoyDefault(input, p.revision), nil
	}
	return d, err
}

// envoyDefault is the Envoy decision of a policy set that makes none.
func envoyDefault(input ast.Value, revision string) Decision {
	d := Decision{Action: "allow", Revision: revision}
	if obj, ok := input.(ast.Object); ok {
		if t := obj.Get(ast.StringTerm("truncated")); t != nil && t.Value.Compare(ast.Boolean(true)) == 0 {
			d.Action = "deny"
			d.Reasons = []Reason{{Code: "body_truncated", Message: "the request body was cut short, and what was cut off cannot be screened"}}
		}
	}
	return d
}

// Response evaluates the response policy over input.
func (e *Engine) Response(ctx context.Context, input ast.Value) (Decision, error) {
	p := e.current.Load()
	return p.eval(ctx, p.response, input)
}

func (p *prepared) evalOptions(input ast.Value) []rego.EvalOption {
	// Room for the cancel eval adds.
	opts := make([]rego.EvalOption, 0, 5)
	// OPA's metrics would time every stage of every evaluation; promptgate
	// measures calls itself.
	opts = append(opts, rego.EvalParsedInput(input), rego.EvalGenerateJSON(rawResult), rego.EvalMetrics(metrics.NoOp()))
	if p.cache != nil {
		opts = append(opts, rego.EvalVirtualCache(p.cache.forEval(input)))
	} else {
		opts = append(opts, rego.EvalVirtualCache(newLocalCache()))
	}
	return opts
}

func (p *prepared) eval(ctx context.Context, q rego.PreparedEvalQuery, input ast.Value) (Decision, error) {
	// Without a cancel of its own, OPA starts a goroutine per evaluation
	// to watch ctx; a callback registered on ctx does the same work
	// without one, and costs nothing on a context that cannot end.
	if err := ctx.Err(); err != nil {
		return Decision{}, fmt.Errorf("evaluate policy: %w", err)
	}
	cancel := topdown.NewCancel()
	stop := context.AfterFunc(ctx, cancel.Cancel)
	defer stop()
	rs, err := q.Eval(ctx, append(p.evalOptions(input), rego.EvalExternalCancel(cancel))...)
	if err != nil {
		return Decision{}, fmt.Errorf("evaluate policy: %w", err)
	}
	switch {
	case len(rs) == 0 || len(rs[0].Expressions) == 0:
		return Decision{}, ErrUndefined
	case len(rs) > 1:
		return Decision{}, fmt.Errorf("%w: %d results", ErrBadDecision, len(rs))
	}
	d, err := parseDecision(rs[0].Expressions[0].Value)
	if err != nil {
		return Decision{}, err
	}
	d.Revision = p.revision
	return d, nil
}

// rawResult hands the evaluation's result back as the ast.Value it is: the
// decision is read from it directly, with no conversion of the whole
// document to Go maps first.
func rawResult(t *ast.Term, _ *rego.EvalContext) (any, error) { return t.Value, nil }

func parseDecision(v any) (Decision, error) {
	obj, ok := v.(ast.Object)
	if !ok {
		return Decision{}, fmt.Errorf("%w: not an object", ErrBadDecision)
	}
	var d Decision
	var err error
	if d.Action, err = str(obj, "action"); err != nil {
		return Decision{}, err
	}
	switch d.Action {
	case "allow", "deny", "redact":
	default:
		return Decision{}, fmt.Errorf("%w: unknown action %q", ErrBadDecision, d.Action)
	}
	if d.Reasons, err = reasonList(obj, "reasons"); err != nil {
		return Decision{}, err
	}
	if d.ShadowReasons, err = reasonList(obj, "shadow_reasons"); err != nil {
		return Decision{}, err
	}
	if d.RedactKinds, err = stringList(obj, "redact_kinds"); err != nil {
		return Decision{}, err
	}
	if d.ShadowRules, err = stringList(obj, "shadow_rules"); err != nil {
		return Decision{}, err
	}
	if t := obj.Get(decisionField("redaction")); t != nil {
		r, ok := t.Value.(ast.Object)
		if !ok {
			return Decision{}, fmt.Errorf("%w: redaction is not an object", ErrBadDecision)
		}
		if r.Len() > 0 {
			j, err := ast.JSON(r)
			if err != nil {
				return Decision{}, fmt.Errorf("%w: redaction: %v", ErrBadDecision, err)
			}
			d.Redaction = j.(map[string]any)
		}
	}
	if t := obj.Get(decisionField("shadow")); t != nil {
		b, ok := t.Value.(ast.Boolean)
		if !ok {
			return Decision{}, fmt.Errorf("%w: shadow is not a boolean", ErrBadDecision)
		}
		d.Shadow = bool(b)
	}
	limits := list(obj, "limits")
	for i, l := range limits {
		lo, ok := l.Value.(ast.Object)
		if !ok {
			return Decision{}, fmt.Errorf("%w: limits[%d] is not an object", ErrBadDecision, i)
		}
		var lim Limit
		if lim.Name, err = str(lo, "name"); err == nil {
			if lim.Key, err = str(lo, "key"); err == nil {
				if lim.Window, err = str(lo, "window"); err == nil {
					if lim.Limit, err = integer(lo, "limit"); err == nil {
						lim.Cost, err = integer(lo, "cost")
					}
				}
			}
		}
		if err != nil {
			return Decision{}, fmt.Errorf("limits[%d]: %w", i, err)
		}
		if t := lo.Get(decisionField("scope")); t != nil {
			if s, ok := t.Value.(ast.String); ok {
				lim.Scope = string(s)
			}
		}
		if d.Limits == nil {
			d.Limits = make([]Limit, 0, len(limits))
		}
		d.Limits = append(d.Limits, lim)
	}
	if obj.Get(decisionField("max_tokens")) != nil {
		if d.MaxTokens, err = integer(obj, "max_tokens"); err != nil {
			return Decision{}, err
		}
	}
	return d, nil
}

// decisionFields are the decision's field names as terms, made once.
var decisionFields = func() map[string]*ast.Term {
	m := map[string]*ast.Term{}
	for _, k := range []string{"action", "reasons", "shadow_reasons", "redact_kinds", "shadow_rules", "redaction",
		"shadow", "limits", "name", "key", "window", "limit", "cost", "scope", "max_tokens", "code", "message"} {
		m[k] = ast.StringTerm(k)
	}
	return m
}()

func decisionField(name string) *ast.Term {
	if t, ok := decisionFields[name]; ok {
		return t
	}
	return ast.StringTerm(name)
}

func str(obj ast.Object, key string) (string, error) {
	if t := obj.Get(decisionField(key)); t != nil {
		if s, ok := t.Value.(ast.String); ok {
			return string(s), nil
		}
	}
	return "", fmt.Errorf("%w: %s is missing or not a string", ErrBadDecision, key)
}

func reasonList(obj ast.Object, key string) ([]Reason, error) {
	var out []Reason
	for i, r := range list(obj, key) {
		ro, ok := r.Value.(ast.Object)
		if !ok {
			return nil, fmt.Errorf("%w: %s[%d] is not an object", ErrBadDecision, key, i)
		}
		code, err := str(ro, "code")
		if err != nil {
			return nil, fmt.Errorf("%s[%d]: %w", key, i, err)
		}
		msg, _ := str(ro, "message")
		out = append(out, Reason{Code: code, Message: msg})
	}
	return out, nil
}

func stringList(obj ast.Object, key string) ([]string, error) {
	var out []string
	for i, k := range list(obj, key) {
		s, ok := k.Value.(ast.String)
		if !ok {
			return nil, fmt.Errorf("%w: %s[%d] is not a string", ErrBadDecision, key, i)
		}
		out = append(out, string(s))
	}
	return out, nil
}

// list returns the elements of an array, or of a set in its sorted order;
// anything else is empty, as a missing list is.
func list(obj ast.Object, key string) []*ast.Term {
	t := obj.Get(decisionField(key))
	if t == nil {
		return nil
	}
	switch v := t.Value.(type) {
	case *ast.Array:
		out := make([]*ast.Term, v.Len())
		for i := range out {
			out[i] = v.Elem(i)
		}
		return out
	case ast.Set:
		sorted := v.Sorted()
		out := make([]*ast.Term, sorted.Len())
		for i := range out {
			out[i] = sorted.Elem(i)
		}
		return out
	}
	return nil
}

// integer reads a whole number; a fractional one is rounded up, since
// limits and costs are charged conservatively.
func integer(obj ast.Object, key string) (int64, error) {
	t := obj.Get(decisionField(key))
	if t == nil {
		return 0, fmt.Errorf("%w: %s is missing or not a number", ErrBadDecision, key)
	}
	n, ok := t.Value.(ast.Number)
	if !ok {
		return 0, fmt.Errorf("%w: %s is missing or not a number", ErrBadDecision, key)
	}
	if i, ok := n.Int64(); ok {
		return i, nil
	}
	f, ok := n.Float64()
	if !ok || math.IsNaN(f) || math.Abs(f) > math.MaxInt64/2 {
		return 0, fmt.Errorf("%w: %s is out of range", ErrBadDecision, key)
	}
	return int64(math.Ceil(f)), nil
}
