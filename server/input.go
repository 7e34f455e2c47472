package server

import (
	"github.com/open-policy-agent/opa/v1/ast"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// The policy input is built as an ast.Value directly, with no JSON round
// trip per call. Its schema is documented in docs/policies.md.

func promptInput(req *pb.CheckPromptRequest, findings []finding, tokens int64) ast.Value {
	msgs := make([]*ast.Term, len(req.GetMessages()))
	for i, m := range req.GetMessages() {
		msgs[i] = ast.ObjectTerm(
			item("role", ast.StringTerm(m.GetRole())),
			item("content", ast.StringTerm(m.GetContent())),
			item("untrusted", ast.InternedTerm(m.GetUntrusted())),
		)
	}
	return ast.NewObject(
		item("subject", subjectTerm(req.GetSubject())),
		item("model", ast.StringTerm(req.GetModel())),
		item("system", ast.StringTerm(req.GetSystem())),
		item("messages", ast.ArrayTerm(msgs...)),
		item("max_tokens", intTerm(req.GetMaxTokens())),
		item("labels", labelsTerm(req.GetLabels())),
		item("request_id", ast.StringTerm(req.GetRequestId())),
		item("findings", findingsTerm(findings)),
		item("tokens", ast.ObjectTerm(item("prompt", intTerm(tokens)))),
	)
}

func responseInput(req *pb.CheckResponseRequest, findings []finding) ast.Value {
	u := req.GetUsage()
	return ast.NewObject(
		item("subject", subjectTerm(req.GetSubject())),
		item("model", ast.StringTerm(req.GetModel())),
		item("request_id", ast.StringTerm(req.GetRequestId())),
		item("content", ast.StringTerm(req.GetContent())),
		item("system", ast.StringTerm(req.GetSystem())),
		item("findings", findingsTerm(findings)),
		item("tool_calls", toolCallsTerm(req.GetToolCalls())),
		item("usage", ast.ObjectTerm(
			item("input_tokens", intTerm(u.GetInputTokens())),
			item("output_tokens", intTerm(u.GetOutputTokens())),
			item("cache_read_input_tokens", intTerm(u.GetCacheReadInputTokens())),
			item("cache_creation_input_tokens", intTerm(u.GetCacheCreationInputTokens())),
		)),
	)
}

// inputKeys are the input's field names as terms, made once: terms are
// never changed once built, so every input can share them.
var inputKeys = func() map[string]*ast.Term {
	m := map[string]*ast.Term{}
	for _, k := range []string{
		"subject", "tenant", "user", "api_key_id", "model", "system", "messages", "role", "content", "untrusted",
		"max_tokens", "labels", "request_id", "findings", "tokens", "prompt", "kind", "score", "rule",
		"message_index", "start", "end", "tool_calls", "name", "arguments", "usage", "input_tokens",
		"output_tokens", "cache_read_input_tokens", "cache_creation_input_tokens", "method", "api", "truncated",
	} {
		m[k] = ast.StringTerm(k)
	}
	return m
}()

func item(k string, v *ast.Term) [2]*ast.Term {
	kt, ok := inputKeys[k]
	if !ok {
		kt = ast.StringTerm(k)
	}
	return ast.Item(kt, v)
}

// intTerm is a number term, shared for the small numbers OPA keeps.
func intTerm[T int | int64](n T) *ast.Term { return ast.InternedTerm(int(n)) }

func subjectTerm(s *pb.Subject) *ast.Term {
	return ast.ObjectTerm(
		item("tenant", ast.StringTerm(s.GetTenant())),
		item("user", ast.StringTerm(s.GetUser())),
		item("api_key_id", ast.StringTerm(s.GetApiKeyId())),
	)
}

func labelsTerm(labels map[string]string) *ast.Term {
	items := make([][2]*ast.Term, 0, len(labels))
	for k, v := range labels {
		items = append(items, item(k, ast.StringTerm(v)))
	}
	return ast.ObjectTerm(items...)
}

func findingsTerm(findings []finding) *ast.Term {
	terms := make([]*ast.Term, len(findings))
	for i, f := range findings {
		terms[i] = ast.ObjectTerm(
			item("kind", ast.StringTerm(f.Kind)),
			item("score", ast.FloatNumberTerm(f.Score)),
			item("rule", ast.StringTerm(f.Rule)),
			item("message_index", intTerm(f.message)),
			item("start", intTerm(f.Start)),
			item("end", intTerm(f.End)),
		)
	}
	return ast.ArrayTerm(terms...)
}

func toolCallsTerm(calls []*pb.ToolCall) *ast.Term {
	terms := make([]*ast.Term, len(calls))
	for i, c := range calls {
		terms[i] = ast.ObjectTerm(
			item("name", ast.StringTerm(c.GetName())),
			item("arguments", ast.StringTerm(c.GetArguments())),
		)
	}
	return ast.ArrayTerm(terms...)
}
