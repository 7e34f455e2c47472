package policies

import (
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/tester"
	"github.com/open-policy-agent/opa/v1/types"

	"github.com/promptgate/promptgate/detect"
)

// Custom builtins let policy authors run promptgate's detectors from Rego:
//
//	promptgate.scan(text)   array of {kind, score, rule, start, end}
//	promptgate.tokens(text) the token estimate of text
//
// They are declared with types, so the compiler checks their use, and a
// value of the wrong type at run time makes them undefined rather than an
// error, like most of Rego's own builtins under non-strict evaluation.

var findingType = types.NewObject([]*types.StaticProperty{
	types.NewStaticProperty("kind", types.S),
	types.NewStaticProperty("score", types.N),
	types.NewStaticProperty("rule", types.S),
	types.NewStaticProperty("start", types.N),
	types.NewStaticProperty("end", types.N),
}, nil)

var (
	scanDecl = &rego.Function{
		Name:        "promptgate.scan",
		Description: "Runs promptgate's detectors over a text and returns their findings.",
		Decl:        types.NewFunction(types.Args(types.Named("text", types.S)), types.Named("findings", types.NewArray(nil, findingType))),
		Memoize:     true,
	}
	tokensDecl = &rego.Function{
		Name:        "promptgate.tokens",
		Description: "Returns promptgate's conservative token estimate of a text.",
		Decl:        types.NewFunction(types.Args(types.Named("text", types.S)), types.Named("tokens", types.N)),
		Memoize:     true,
	}
)

// builtins binds the declarations to a scanner.
type builtins struct {
	scanner *detect.Scanner
}

func (b builtins) scan(_ rego.BuiltinContext, text *ast.Term) (*ast.Term, error) {
	s, ok := text.Value.(ast.String)
	if !ok {
		return nil, nil
	}
	fs := b.scanner.Scan(detect.Input{Text: string(s)})
	terms := make([]*ast.Term, len(fs))
	for i, f := range fs {
		terms[i] = ast.ObjectTerm(
			ast.Item(ast.StringTerm("kind"), ast.StringTerm(f.Kind)),
			ast.Item(ast.StringTerm("score"), ast.FloatNumberTerm(f.Score)),
			ast.Item(ast.StringTerm("rule"), ast.StringTerm(f.Rule)),
			ast.Item(ast.StringTerm("start"), ast.IntNumberTerm(f.Start)),
			ast.Item(ast.StringTerm("end"), ast.IntNumberTerm(f.End)),
		)
	}
	return ast.ArrayTerm(terms...), nil
}

func (builtins) tokens(_ rego.BuiltinContext, text *ast.Term) (*ast.Term, error) {
	s, ok := text.Value.(ast.String)
	if !ok {
		return nil, nil
	}
	return ast.IntNumberTerm(int(detect.EstimateTokens(string(s)))), nil
}

// decls are the builtins' declarations for the compiler.
func (builtins) decls() map[string]*ast.Builtin {
	m := map[string]*ast.Builtin{}
	for _, f := range []*rego.Function{scanDecl, tokensDecl} {
		m[f.Name] = &ast.Builtin{Name: f.Name, Description: f.Description, Decl: f.Decl}
	}
	return m
}

// options are the builtins' implementations for a query.
func (b builtins) options() []func(*rego.Rego) {
	return []func(*rego.Rego){
		rego.Function1(scanDecl, b.scan),
		rego.Function1(tokensDecl, b.tokens),
	}
}

// forTester are the builtins for the Rego test runner.
func (b builtins) forTester() []*tester.Builtin {
	decls := b.decls()
	return []*tester.Builtin{
		{Decl: decls[scanDecl.Name], Func: rego.Function1(scanDecl, b.scan)},
		{Decl: decls[tokensDecl.Name], Func: rego.Function1(tokensDecl, b.tokens)},
	}
}
