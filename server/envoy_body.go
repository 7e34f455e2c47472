package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// This file reads LLM API bodies as Envoy hands them over: Anthropic
// Messages and OpenAI Chat Completions / Responses requests, their JSON
// replies and their server-sent event streams. It finds every text field
// worth checking together with its byte span in the body, so that a
// redaction rewrites exactly those JSON strings and leaves every other byte
// as the client or the provider wrote it.

// llmAPI is an LLM API recognised by its path.
type llmAPI uint8

const (
	apiUnknown llmAPI = iota
	apiAnthropicMessages
	apiOpenAIChat
	apiOpenAIResponses
)

func (a llmAPI) String() string {
	switch a {
	case apiAnthropicMessages:
		return "anthropic.messages"
	case apiOpenAIChat:
		return "openai.chat_completions"
	case apiOpenAIResponses:
		return "openai.responses"
	}
	return "unknown"
}

// apiForRequest recognises an LLM call by method and path. Paths are matched
// by suffix so that gateways which mount a provider under a prefix
// (/anthropic/v1/messages, Azure's /openai/deployments/x/chat/completions)
// are recognised too; the query string is ignored.
func apiForRequest(method, path string) llmAPI {
	if method != "POST" {
		return apiUnknown
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	path = strings.TrimSuffix(path, "/")
	switch {
	case strings.HasSuffix(path, "/v1/messages"):
		return apiAnthropicMessages
	case strings.HasSuffix(path, "/chat/completions"):
		return apiOpenAIChat
	case strings.HasSuffix(path, "/responses"):
		return apiOpenAIResponses
	}
	return apiUnknown
}

// bodyError is a body promptgate cannot read. Its message names what is
// wrong and where, never what the body says.
type bodyError struct{ msg string }

func (e *bodyError) Error() string { return e.msg }

func badBody(format string, args ...any) error {
	if len(args) == 0 {
		return &bodyError{format}
	}
	return &bodyError{fmt.Sprintf(format, args...)}
}

var errNotJSON = &bodyError{"body is not valid JSON"}

// jval is one value of a JSON document already checked by validJSON: the
// document and the value's byte span. Navigation scans the bytes again
// rather than building a tree, so reading a few fields of a large body
// allocates little.
type jval struct {
	doc  []byte
	s, e int
}

// parseJSON checks doc and returns its top-level value.
func parseJSON(doc []byte) (jval, error) {
	if !validJSON(doc) {
		return jval{}, errNotJSON
	}
	s := skipWS(doc, 0)
	return jval{doc, s, skipValue(doc, s)}, nil
}

func (v jval) ok() bool { return v.doc != nil && v.s < v.e }

// kind is the first byte of the value: '{', '[', '"', 't', 'f', 'n', or a
// digit or '-' for numbers; 0 for no value.
func (v jval) kind() byte {
	if !v.ok() {
		return 0
	}
	return v.doc[v.s]
}

func (v jval) isNull() bool { return v.kind() == 'n' }

// str decodes a string value.
func (v jval) str() (string, bool) { return v.strIn("") }

// strIn is str for a document that src, if not empty, holds as a string:
// a value without escapes is then a substring of src rather than a copy.
func (v jval) strIn(src string) (string, bool) {
	if v.kind() != '"' || v.e-v.s < 2 {
		return "", false
	}
	raw := v.doc[v.s+1 : v.e-1]
	if bytes.IndexByte(raw, '\\') < 0 && utf8.Valid(raw) {
		if src != "" {
			return src[v.s+1 : v.e-1], true
		}
		return string(raw), true
	}
	var s string
	if json.Unmarshal(v.doc[v.s:v.e], &s) != nil {
		return "", false
	}
	return s, true
}

// int decodes a number that holds an integer, as 12 or 12.0 or 1.2e1.
func (v jval) int() (int64, bool) {
	if k := v.kind(); k != '-' && (k < '0' || k > '9') {
		return 0, false
	}
	raw := string(v.doc[v.s:v.e])
	if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
		return n, true
	}
	f, err := strconv.ParseFloat(raw, 64)
	if err != nil || f != float64(int64(f)) {
		return 0, false
	}
	return int64(f), true
}

// keyIs reports whether the string value v, an object key, equals name.
func (v jval) keyIs(name string) bool {
	raw := v.doc[v.s+1 : v.e-1]
	if bytes.IndexByte(raw, '\\') < 0 {
		return string(raw) == name
	}
	s, _ := v.str()
	return s == name
}

// members calls fn for each member of an object, in order, until fn
// returns false.
func (v jval) members(fn func(key, val jval) bool) {
	if v.kind() != '{' {
		return
	}
	b := v.doc
	i := skipWS(b, v.s+1)
	for i < v.e && b[i] == '"' {
		ks, ke := i, skipString(b, i)
		i = skipWS(b, ke)
		if i >= v.e || b[i] != ':' {
			return
		}
		i = skipWS(b, i+1)
		ve := skipValue(b, i)
		if !fn(jval{b, ks, ke}, jval{b, i, ve}) {
			return
		}
		i = skipWS(b, ve)
		if i < v.e && b[i] == ',' {
			i = skipWS(b, i+1)
		}
	}
}

// elems calls fn for each element of an array, in order, until fn returns
// false.
func (v jval) elems(fn func(i int, e jval) bool) {
	if v.kind() != '[' {
		return
	}
	b := v.doc
	i := skipWS(b, v.s+1)
	for n := 0; i < v.e && b[i] != ']'; n++ {
		e := skipValue(b, i)
		if !fn(n, jval{b, i, e}) {
			return
		}
		i = skipWS(b, e)
		if i < v.e && b[i] == ',' {
			i = skipWS(b, i+1)
		}
	}
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// skipValue returns the end of the value starting at b[i], in a document
// validJSON accepted.
func skipValue(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(b) {
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// skipString returns the end of the string starting at b[i] == '"'. A
// quote ends the string unless an odd run of backslashes precedes it.
func skipString(b []byte, i int) int {
	start := i + 1
	i = start
	for {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return len(b)
		}
		i += j
		n := 0
		for k := i - 1; k >= start && b[k] == '\\'; k-- {
			n++
		}
		if n%2 == 0 {
			return i + 1
		}
		i++
	}
}

// reader reads fields off JSON values and keeps the first problem it meets,
// so that the parsers below read straight through and check once.
type reader struct {
	err  error
	path []step // where the reader is, for error messages
	// src is the document as a string, when it arrived as one; the texts
	// of messages are then read as substrings of it.
	src string
}

// fields looks up members of object v in one pass; a member that is absent
// is the zero jval. A key that appears twice is an error: parsers disagree
// on which copy counts, and a guard that reads the first while the provider
// reads the last would check the wrong text.
func (r *reader) fields(v jval, names ...string) (out fieldSet) {
	v.members(func(k, val jval) bool {
		for i, n := range names {
			if !k.keyIs(n) {
				continue
			}
			if out[i].ok() {
				r.fail("%s: duplicate key", r.at(n))
				return false
			}
			out[i] = val
		}
		return true
	})
	return out
}

// fieldSet holds the members fields found, in the order asked for; fields
// takes at most as many names as it holds.
type fieldSet [11]jval

// get returns the member name of object v; see fields.
func (r *reader) get(v jval, name string) (jval, bool) {
	var out jval
	v.members(func(k, val jval) bool {
		if !k.keyIs(name) {
			return true
		}
		if out.ok() {
			r.fail("%s: duplicate key", r.at(name))
			return false
		}
		out = val
		return true
	})
	return out, out.ok() && r.err == nil
}

// str returns the string member name of v: absent or null is "", false;
// any other type is an error.
func (r *reader) str(v jval, name string) (string, jval, bool) {
	f, _ := r.get(v, name)
	s, ok := r.asStr(f, name)
	return s, f, ok
}

// asStr reads f, the member name, as a string: absent or null is "",
// false; any other type is an error.
func (r *reader) asStr(f jval, name string) (string, bool) {
	if !f.ok() || f.isNull() {
		return "", false
	}
	s, ok := f.str()
	if !ok {
		r.fail("%s: want a string", r.at(name))
	}
	return s, ok
}

// int returns the integer member name of v; absent or null is 0.
func (r *reader) int(v jval, name string) int64 {
	f, _ := r.get(v, name)
	return r.asInt(f, name)
}

func (r *reader) asInt(f jval, name string) int64 {
	if !f.ok() || f.isNull() {
		return 0
	}
	n, ok := f.int()
	if !ok {
		r.fail("%s: want an integer", r.at(name))
	}
	return n
}

func (r *reader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = badBody(format, args...)
	}
}

func (r *reader) at(name string) string {
	var b strings.Builder
	for _, st := range r.path {
		b.WriteString(st.name)
		if st.index >= 0 {
			b.WriteString("[" + strconv.Itoa(st.index) + "]")
		}
		b.WriteByte('.')
	}
	b.WriteString(name)
	return b.String()
}

// step is one level of a reader's path: a field, or an element of it when
// index is not -1. Paths are only spelled out for errors.
type step struct {
	name  string
	index int
}

func (r *reader) push(name string, index int) { r.path = append(r.path, step{name, index}) }
func (r *reader) pop()                        { r.path = r.path[:len(r.path)-1] }

// span is the byte span of a JSON string in a body; the zero span is none.
type span struct{ s, e int }

func (s span) none() bool { return s.e == 0 }

// promptBody is a request body read as a CheckPrompt: every text field is
// one message, so the Guard's redaction of a message is the new value of
// exactly one JSON string.
type promptBody struct {
	api    llmAPI
	req    *pb.CheckPromptRequest
	spans  []span // spans[i] is where req.Messages[i] came from
	system span   // where req.System came from
	// systemText is every system and developer text, for the reply's
	// system-prompt leakage check.
	systemText string
	stream     bool
}

func (p *promptBody) add(role string, untrusted bool, v jval, text string) {
	if text == "" {
		return
	}
	p.req.Messages = append(p.req.Messages, &pb.Message{Role: role, Content: text, Untrusted: untrusted})
	p.spans = append(p.spans, span{v.s, v.e})
	if role == "system" || role == "developer" {
		if p.systemText != "" {
			p.systemText += "\n\n"
		}
		p.systemText += text
	}
}

// addString adds v as a message when it is a string; a value of another
// type is an error naming field.
func (p *promptBody) addString(r *reader, field, role string, untrusted bool, v jval) {
	if v.isNull() || !v.ok() {
		return
	}
	s, ok := v.strIn(r.src)
	if !ok {
		r.fail("%s: want a string", r.at(field))
		return
	}
	p.add(role, untrusted, v, s)
}

// parsePrompt reads a request body of api into a CheckPromptRequest whose
// subject the caller fills in.
func parsePrompt(api llmAPI, body []byte) (*promptBody, error) {
	return parsePromptIn(api, body, "")
}

// parsePromptString is parsePrompt for a body that arrived as a string.
// Parsing only reads the body, so it reads the string's bytes in place,
// and the texts of messages share the string's memory: a large body is
// not copied twice.
func parsePromptString(api llmAPI, body string) (*promptBody, error) {
	return parsePromptIn(api, unsafe.Slice(unsafe.StringData(body), len(body)), body)
}

// parsePromptIn is parsePrompt for a body that src, if not empty, holds
// as a string.
func parsePromptIn(api llmAPI, body []byte, src string) (*promptBody, error) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, badBody("request body is empty (is Envoy configured to send it?)")
	}
	root, err := parseJSON(body)
	if err != nil {
		return nil, err
	}
	if root.kind() != '{' {
		return nil, badBody("body is not a JSON object")
	}
	p := &promptBody{api: api, req: &pb.CheckPromptRequest{}}
	r := &reader{src: src}
	// One pass over the top level: its messages are most of the body.
	f := r.fields(root, "model", "stream", "max_tokens", "max_completion_tokens", "max_output_tokens",
		"system", "messages", "tools", "functions", "instructions", "input")
	model, maxTokens, maxCompletion, maxOutput := f[0], f[2], f[3], f[4]
	system, messages, tools, functions, instructions, input := f[5], f[6], f[7], f[8], f[9], f[10]
	p.req.Model, _ = r.asStr(model, "model")
	p.stream = f[1].kind() == 't'
	switch api {
	case apiAnthropicMessages:
		p.req.MaxTokens = r.asInt(maxTokens, "max_tokens")
		anthropicPrompt(r, p, system, messages, tools)
	case apiOpenAIChat:
		p.req.MaxTokens = r.asInt(maxCompletion, "max_completion_tokens")
		if p.req.MaxTokens == 0 {
			p.req.MaxTokens = r.asInt(maxTokens, "max_tokens")
		}
		chatPrompt(r, p, messages, tools, functions)
	case apiOpenAIResponses:
		p.req.MaxTokens = r.asInt(maxOutput, "max_output_tokens")
		responsesPrompt(r, p, instructions, input, tools)
	default:
		return nil, badBody("unknown API")
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(p.req.Messages) == 0 {
		// Nothing to read (an image alone, say): the call is still
		// decided and counted.
		p.req.Messages = []*pb.Message{{Role: "user"}}
		p.spans = []span{{}}
	}
	return p, nil
}

// anthropicPrompt reads a Messages API request: system (a string or text
// blocks), messages with string or block content, and tool definitions.
func anthropicPrompt(r *reader, p *promptBody, sys, msgs, tools jval) {
	switch sys.kind() {
	case '"':
		s, _ := sys.str()
		p.req.System, p.system = s, span{sys.s, sys.e}
		p.systemText = s
	case '[':
		anthropicBlocks(r, p, sys, "system", "system", false)
	case 'n', 0:
	default:
		r.fail("system: want a string or an array")
	}
	if msgs.kind() != '[' {
		r.fail("messages: want an array")
		return
	}
	msgs.elems(func(i int, m jval) bool {
		r.push("messages", i)
		defer r.pop()
		f := r.fields(m, "role", "content")
		role, _ := r.asStr(f[0], "role")
		if role != "user" && role != "assistant" {
			r.fail("%s: want user or assistant", r.at("role"))
			return false
		}
		content := f[1]
		switch content.kind() {
		case '"':
			p.addString(r, "content", role, false, content)
		case '[':
			anthropicBlocks(r, p, content, "content", role, false)
		case 'n', 0:
		default:
			r.fail("%s: want a string or an array", r.at("content"))
		}
		return r.err == nil
	})
	toolDescriptions(r, p, tools, "tools")
}

// anthropicBlocks reads content blocks. Text is the role's own; documents,
// search results and tool results are content the user did not write.
// Images, tool calls and thinking are skipped: pictures are not read, and
// tool calls and thinking are the model's own output, checked on the way
// back.
func anthropicBlocks(r *reader, p *promptBody, blocks jval, field, role string, untrusted bool) {
	blocks.elems(func(i int, b jval) bool {
		r.push(field, i)
		defer r.pop()
		f := r.fields(b, "type", "text", "source", "context", "content")
		typ, _ := r.asStr(f[0], "type")
		switch {
		case typ == "text":
			p.addString(r, "text", role, untrusted, f[1])
		case typ == "document":
			src := r.fields(f[2], "type", "data", "content")
			switch st, _ := r.asStr(src[0], "source.type"); st {
			case "text":
				p.addString(r, "source.data", "user", true, src[1])
			case "content":
				if c := src[2]; c.kind() == '"' {
					p.addString(r, "source.content", "user", true, c)
				} else {
					anthropicBlocks(r, p, c, "source.content", "user", true)
				}
			}
			p.addString(r, "context", "user", true, f[3])
		case typ == "search_result":
			anthropicBlocks(r, p, f[4], "content", "user", true)
		case typ == "tool_result" || strings.HasSuffix(typ, "_tool_result"):
			switch c := f[4]; c.kind() {
			case '"':
				p.addString(r, "content", "tool", true, c)
			case '[':
				anthropicBlocks(r, p, c, "content", "tool", true)
			}
		}
		return r.err == nil
	})
}

// toolDescriptions reads tool definitions' descriptions, written by the
// developer: {description} or, for Chat Completions, {function:
// {description}}.
func toolDescriptions(r *reader, p *promptBody, tools jval, field string) {
	tools.elems(func(i int, t jval) bool {
		r.push(field, i)
		defer r.pop()
		f := r.fields(t, "description", "function")
		d := f[0]
		if fn := f[1]; fn.kind() == '{' {
			r.push("function", -1)
			d, _ = r.get(fn, "description")
			r.pop()
		}
		p.addString(r, "description", "system", false, d)
		return r.err == nil
	})
}

// chatRoles maps Chat Completions roles to promptgate's.
var chatRoles = map[string]string{
	"system": "system", "developer": "developer", "user": "user",
	"assistant": "assistant", "tool": "tool", "function": "tool",
}

// chatPrompt reads a Chat Completions request: messages with string or
// part content, tool results as untrusted, and tool definitions.
func chatPrompt(r *reader, p *promptBody, msgs, tools, functions jval) {
	if msgs.kind() != '[' {
		r.fail("messages: want an array")
		return
	}
	msgs.elems(func(i int, m jval) bool {
		r.push("messages", i)
		defer r.pop()
		f := r.fields(m, "role", "content")
		raw, _ := r.asStr(f[0], "role")
		role, ok := chatRoles[raw]
		if !ok {
			r.fail("%s: unknown role", r.at("role"))
			return false
		}
		untrusted := role == "tool"
		switch content := f[1]; content.kind() {
		case '"':
			p.addString(r, "content", role, untrusted, content)
		case '[':
			content.elems(func(j int, part jval) bool {
				r.push("content", j)
				defer r.pop()
				pf := r.fields(part, "type", "text")
				if typ, _ := r.asStr(pf[0], "type"); typ == "text" {
					p.addString(r, "text", role, untrusted, pf[1])
				}
				return r.err == nil
			})
		case 'n', 0:
		default:
			r.fail("%s: want a string or an array", r.at("content"))
		}
		return r.err == nil
	})
	toolDescriptions(r, p, tools, "tools")
	toolDescriptions(r, p, functions, "functions")
}

// responsesRoles maps Responses API message roles to promptgate's.
var responsesRoles = map[string]string{"system": "system", "developer": "developer", "user": "user", "assistant": "assistant"}

// responsesPrompt reads a Responses API request: instructions, input as a
// string or items (messages with text parts, tool outputs as untrusted),
// and tool definitions.
func responsesPrompt(r *reader, p *promptBody, instructions, in, tools jval) {
	if s, ok := r.asStr(instructions, "instructions"); ok {
		p.req.System, p.system, p.systemText = s, span{instructions.s, instructions.e}, s
	}
	switch in.kind() {
	case 0, 'n':
		// A call may continue a stored conversation with no new input.
	case '"':
		p.addString(r, "input", "user", false, in)
	case '[':
		in.elems(func(i int, item jval) bool {
			r.push("input", i)
			defer r.pop()
			f := r.fields(item, "type", "role", "content", "output")
			typ, _ := r.asStr(f[0], "type")
			switch typ {
			case "", "message":
				raw, _ := r.asStr(f[1], "role")
				role, ok := responsesRoles[raw]
				if !ok {
					r.fail("%s: unknown role", r.at("role"))
					return false
				}
				responsesContent(r, p, f[2], "content", role, false)
			case "function_call_output", "custom_tool_call_output", "computer_call_output", "local_shell_call_output", "mcp_call_output":
				responsesContent(r, p, f[3], "output", "tool", true)
			}
			return r.err == nil
		})
	default:
		r.fail("input: want a string or an array")
	}
	toolDescriptions(r, p, tools, "tools")
}

func responsesContent(r *reader, p *promptBody, c jval, field, role string, untrusted bool) {
	switch c.kind() {
	case '"':
		p.addString(r, field, role, untrusted, c)
	case '[':
		c.elems(func(j int, part jval) bool {
			r.push(field, j)
			defer r.pop()
			f := r.fields(part, "type", "text")
			switch typ, _ := r.asStr(f[0], "type"); typ {
			case "input_text", "output_text", "text":
				p.addString(r, "text", role, untrusted, f[1])
			}
			return r.err == nil
		})
	}
}

// rewrite returns body with the messages the Guard redacted written back
// into their JSON strings, and whether anything changed.
func (p *promptBody) rewrite(body []byte, resp *pb.CheckPromptResponse) ([]byte, bool) {
	var edits []edit
	if !p.system.none() && resp.GetSystem() != p.req.GetSystem() {
		edits = append(edits, edit{p.system, resp.GetSystem()})
	}
	for i, m := range resp.GetMessages() {
		if i < len(p.spans) && !p.spans[i].none() && m.GetContent() != p.req.Messages[i].GetContent() {
			edits = append(edits, edit{p.spans[i], m.GetContent()})
		}
	}
	if len(edits) == 0 {
		return body, false
	}
	return applyEdits(body, edits), true
}

// edit replaces the JSON string at at with text.
type edit struct {
	at   span
	text string
}

// applyEdits returns doc with each edit's span replaced by its text as a
// JSON string. Spans must not overlap.
func applyEdits(doc []byte, edits []edit) []byte {
	slices.SortFunc(edits, func(a, b edit) int { return a.at.s - b.at.s })
	grow := 0
	for _, e := range edits {
		grow += len(e.text) + 8 - (e.at.e - e.at.s)
	}
	out := make([]byte, 0, len(doc)+max(grow, 0))
	pos := 0
	for _, e := range edits {
		out = append(out, doc[pos:e.at.s]...)
		out = appendJSONString(out, e.text)
		pos = e.at.e
	}
	return append(out, doc[pos:]...)
}

// appendJSONString appends s as a JSON string. Unlike encoding/json it
// leaves <, > and & alone: the result goes to an API, not into HTML.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, s[start:i]...)
				dst = append(dst, `\ufffd`...)
				i += size
				start = i
				continue
			}
			i += size
			continue
		}
		dst = append(dst, s[start:i]...)
		switch c {
		case '"', '\\':
			dst = append(dst, '\\', c)
		case '\n':
			dst = append(dst, '\\', 'n')
		case '\r':
			dst = append(dst, '\\', 'r')
		case '\t':
			dst = append(dst, '\\', 't')
		default:
			dst = append(dst, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		}
		i++
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}

// segment is one text of a reply: a JSON string in a body, or in an
// event's data.
type segment struct {
	at   span
	text string
	// tool names the tool whose arguments the text is; "" for text the
	// user reads.
	tool string
}

// replyBody is a provider's JSON reply read for CheckResponse.
type replyBody struct {
	segs  []segment
	usage *pb.Usage
	model string
}

// parseReply reads a JSON reply of any of the three APIs, recognised by its
// shape, so that a reply is read even when its request was not seen.
func parseReply(body []byte) (*replyBody, error) {
	root, err := parseJSON(body)
	if err != nil {
		return nil, err
	}
	if root.kind() != '{' {
		return nil, badBody("reply is not a JSON object")
	}
	r := &reader{}
	out := &replyBody{}
	out.model, _, _ = r.str(root, "model")
	out.segs = replySegments(r, root, out.segs)
	if u, ok := r.get(root, "usage"); ok {
		out.usage = readUsage(r, u)
	}
	if r.err != nil {
		return nil, r.err
	}
	return out, nil
}

// replySegments appends the texts of a reply object: Anthropic content
// blocks, Chat Completions choices, Responses API output items.
func replySegments(r *reader, root jval, segs []segment) []segment {
	if c, ok := r.get(root, "content"); ok && c.kind() == '[' {
		c.elems(func(_ int, b jval) bool {
			switch typ, _, _ := r.str(b, "type"); typ {
			case "text":
				segs = addSegment(r, segs, b, "text", "")
			case "tool_use", "server_tool_use":
				name, _, _ := r.str(b, "name")
				if in, ok := r.get(b, "input"); ok {
					segs = stringLeaves(in, name, segs, 0)
				}
			}
			return r.err == nil
		})
	}
	if ch, ok := r.get(root, "choices"); ok {
		ch.elems(func(_ int, c jval) bool {
			m, ok := r.get(c, "message")
			if !ok {
				return true
			}
			segs = addSegment(r, segs, m, "content", "")
			if calls, ok := r.get(m, "tool_calls"); ok {
				calls.elems(func(_ int, call jval) bool {
					fn, _ := r.get(call, "function")
					name, _, _ := r.str(fn, "name")
					segs = addSegment(r, segs, fn, "arguments", name)
					return r.err == nil
				})
			}
			return r.err == nil
		})
	}
	if out, ok := r.get(root, "output"); ok && out.kind() == '[' {
		out.elems(func(_ int, item jval) bool {
			segs = responsesItem(r, item, segs)
			return r.err == nil
		})
	}
	return segs
}

// responsesItem appends the texts of one Responses API output item.
func responsesItem(r *reader, item jval, segs []segment) []segment {
	switch typ, _, _ := r.str(item, "type"); typ {
	case "message":
		if c, ok := r.get(item, "content"); ok {
			c.elems(func(_ int, part jval) bool {
				if t, _, _ := r.str(part, "type"); t == "output_text" {
					segs = addSegment(r, segs, part, "text", "")
				}
				return r.err == nil
			})
		}
	case "function_call", "custom_tool_call":
		name, _, _ := r.str(item, "name")
		field := "arguments"
		if typ == "custom_tool_call" {
			field = "input"
		}
		segs = addSegment(r, segs, item, field, name)
	}
	return segs
}

func addSegment(r *reader, segs []segment, obj jval, field, tool string) []segment {
	s, v, ok := r.str(obj, field)
	if !ok || s == "" {
		return segs
	}
	return append(segs, segment{at: span{v.s, v.e}, text: s, tool: tool})
}

// stringLeaves appends every string value (not key) inside v, for a tool
// call's structured input; depth is bounded by the document's.
func stringLeaves(v jval, tool string, segs []segment, depth int) []segment {
	if depth > 64 {
		return segs
	}
	switch v.kind() {
	case '"':
		if s, ok := v.str(); ok && s != "" {
			segs = append(segs, segment{at: span{v.s, v.e}, text: s, tool: tool})
		}
	case '{':
		v.members(func(_, val jval) bool {
			segs = stringLeaves(val, tool, segs, depth+1)
			return true
		})
	case '[':
		v.elems(func(_ int, e jval) bool {
			segs = stringLeaves(e, tool, segs, depth+1)
			return true
		})
	}
	return segs
}

// readUsage reads a usage object of any of the three APIs into promptgate's
// terms, where input tokens exclude the ones read from the cache (OpenAI
// counts cached tokens inside prompt_tokens / input_tokens).
func readUsage(r *reader, u jval) *pb.Usage {
	if u.kind() != '{' {
		return nil
	}
	out := &pb.Usage{
		InputTokens:              r.int(u, "input_tokens"),
		OutputTokens:             r.int(u, "output_tokens"),
		CacheReadInputTokens:     r.int(u, "cache_read_input_tokens"),
		CacheCreationInputTokens: r.int(u, "cache_creation_input_tokens"),
	}
	if n := r.int(u, "prompt_tokens"); n > 0 {
		out.InputTokens = n
	}
	if n := r.int(u, "completion_tokens"); n > 0 {
		out.OutputTokens = n
	}
	for _, details := range []string{"prompt_tokens_details", "input_tokens_details"} {
		if d, ok := r.get(u, details); ok {
			if cached := r.int(d, "cached_tokens"); cached > 0 && cached <= out.InputTokens {
				out.CacheReadInputTokens = cached
				out.InputTokens -= cached
			}
		}
	}
	return out
}

// sseEvent is one server-sent event of a streamed reply.
type sseEvent struct {
	raw []byte // as received, with its terminating blank line
	// data is the event's data (its data lines joined), dataAt where it
	// sits in raw when it is one line, else -1.
	data   []byte
	dataAt int
	name   string
	segs   []streamSeg
}

// streamSeg is a text in an event: a delta of a longer text when delta
// is set (text_delta, chat.completion.chunk content, output_text.delta),
// else a whole text (the Responses API's *.done events repeat the text).
type streamSeg struct {
	segment
	channel string // which text a delta continues
	delta   bool
}

// nextEvent returns the length of the first complete event in buf, or 0.
func nextEvent(buf []byte) int {
	best := 0
	for _, sep := range [][]byte{[]byte("\n\n"), []byte("\r\n\r\n"), []byte("\r\r")} {
		if i := bytes.Index(buf, sep); i >= 0 && (best == 0 || i+len(sep) < best) {
			best = i + len(sep)
		}
	}
	return best
}

// parseEvent reads raw, one event, and the usage and model it reports
// into st.
func parseEvent(raw []byte, st *streamInfo) *sseEvent {
	ev := &sseEvent{raw: raw, dataAt: -1}
	lines := 0
	for pos := 0; pos < len(raw); {
		end := bytes.IndexAny(raw[pos:], "\r\n")
		if end < 0 {
			end = len(raw) - pos
		}
		line := raw[pos : pos+end]
		switch {
		case bytes.HasPrefix(line, []byte("data:")):
			v := line[5:]
			off := pos + 5
			if len(v) > 0 && v[0] == ' ' {
				v, off = v[1:], off+1
			}
			if lines > 0 {
				ev.data = append(ev.data, '\n')
				ev.dataAt = -1
			} else {
				ev.dataAt = off
			}
			ev.data = append(ev.data, v...)
			lines++
		case bytes.HasPrefix(line, []byte("event:")):
			ev.name = strings.TrimSpace(string(line[6:]))
		}
		pos += end
		if pos < len(raw) && raw[pos] == '\r' {
			pos++
		}
		if pos < len(raw) && raw[pos] == '\n' {
			pos++
		}
	}
	if lines == 0 {
		return ev
	}
	if lines == 1 {
		// Keep a view into raw rather than a copy.
		ev.data = raw[ev.dataAt : ev.dataAt+len(ev.data)]
	}
	root, err := parseJSON(ev.data)
	if err != nil || root.kind() != '{' {
		return ev // [DONE] and the like
	}
	ev.segs = eventSegments(root, st)
	return ev
}

// streamInfo is what a stream's events say about the whole reply.
type streamInfo struct {
	usage *pb.Usage
	model string
	tools map[string]string // channel -> tool name
}

func (st *streamInfo) tool(channel, name string) {
	if name == "" {
		return
	}
	if st.tools == nil {
		st.tools = map[string]string{}
	}
	st.tools[channel] = name
}

// mergeUsage takes the non-zero counts of u: streams report input counts
// at the start and cumulative output counts at the end.
func (st *streamInfo) mergeUsage(u *pb.Usage) {
	if u == nil {
		return
	}
	if st.usage == nil {
		st.usage = &pb.Usage{}
	}
	if u.InputTokens > 0 {
		st.usage.InputTokens = u.InputTokens
	}
	if u.OutputTokens > 0 {
		st.usage.OutputTokens = u.OutputTokens
	}
	if u.CacheReadInputTokens > 0 {
		st.usage.CacheReadInputTokens = u.CacheReadInputTokens
	}
	if u.CacheCreationInputTokens > 0 {
		st.usage.CacheCreationInputTokens = u.CacheCreationInputTokens
	}
}

// eventSegments reads the texts of one event's data, recognising Anthropic
// Messages events, Chat Completions chunks and Responses API events by
// their shape.
func eventSegments(root jval, st *streamInfo) []streamSeg {
	r := &reader{}
	var segs []streamSeg
	whole := func(ss []segment) {
		for _, s := range ss {
			segs = append(segs, streamSeg{segment: s})
		}
	}
	typ, _, _ := r.str(root, "type")
	if m, _, ok := r.str(root, "model"); ok {
		st.model = m
	}
	switch {
	// Anthropic Messages.
	case typ == "message_start":
		msg, _ := r.get(root, "message")
		if m, _, ok := r.str(msg, "model"); ok {
			st.model = m
		}
		if u, ok := r.get(msg, "usage"); ok {
			st.mergeUsage(readUsage(r, u))
		}
	case typ == "message_delta":
		if u, ok := r.get(root, "usage"); ok {
			st.mergeUsage(readUsage(r, u))
		}
	case typ == "content_block_start":
		ch := "a" + strconv.FormatInt(r.int(root, "index"), 10)
		cb, _ := r.get(root, "content_block")
		if t, _, _ := r.str(cb, "type"); t == "tool_use" || t == "server_tool_use" {
			name, _, _ := r.str(cb, "name")
			st.tool(ch, name)
		} else if t == "text" {
			if s, v, ok := r.str(cb, "text"); ok && s != "" {
				segs = append(segs, streamSeg{segment{span{v.s, v.e}, s, ""}, ch, true})
			}
		}
	case typ == "content_block_delta":
		ch := "a" + strconv.FormatInt(r.int(root, "index"), 10)
		d, _ := r.get(root, "delta")
		field := ""
		switch t, _, _ := r.str(d, "type"); t {
		case "text_delta":
			field = "text"
		case "input_json_delta":
			field = "partial_json"
		}
		if field != "" {
			if s, v, ok := r.str(d, field); ok && s != "" {
				segs = append(segs, streamSeg{segment{span{v.s, v.e}, s, st.tools[ch]}, ch, true})
			}
		}
	// OpenAI Responses.
	case typ == "response.output_text.delta" || typ == "response.function_call_arguments.delta":
		out := strconv.FormatInt(r.int(root, "output_index"), 10)
		ch := "r" + out + "." + strconv.FormatInt(r.int(root, "content_index"), 10)
		if typ != "response.output_text.delta" {
			ch = "f" + out
		}
		if s, v, ok := r.str(root, "delta"); ok && s != "" {
			segs = append(segs, streamSeg{segment{span{v.s, v.e}, s, st.tools[ch]}, ch, true})
		}
	case typ == "response.output_text.done":
		whole(addSegment(r, nil, root, "text", ""))
	case typ == "response.function_call_arguments.done":
		whole(addSegment(r, nil, root, "arguments", st.tools["f"+strconv.FormatInt(r.int(root, "output_index"), 10)]))
	case typ == "response.content_part.done" || typ == "response.content_part.added":
		if part, ok := r.get(root, "part"); ok {
			whole(addSegment(r, nil, part, "text", ""))
		}
	case typ == "response.output_item.added" || typ == "response.output_item.done":
		if item, ok := r.get(root, "item"); ok {
			if t, _, _ := r.str(item, "type"); t == "function_call" {
				name, _, _ := r.str(item, "name")
				st.tool("f"+strconv.FormatInt(r.int(root, "output_index"), 10), name)
			}
			whole(responsesItem(r, item, nil))
		}
	case strings.HasPrefix(typ, "response."):
		if resp, ok := r.get(root, "response"); ok && resp.kind() == '{' {
			if m, _, ok := r.str(resp, "model"); ok {
				st.model = m
			}
			if u, ok := r.get(resp, "usage"); ok {
				st.mergeUsage(readUsage(r, u))
			}
			whole(replySegments(r, resp, nil))
		}
	// OpenAI Chat Completions.
	default:
		if ch, ok := r.get(root, "choices"); ok {
			ch.elems(func(_ int, c jval) bool {
				n := strconv.FormatInt(r.int(c, "index"), 10)
				d, _ := r.get(c, "delta")
				if s, v, ok := r.str(d, "content"); ok && s != "" {
					segs = append(segs, streamSeg{segment{span{v.s, v.e}, s, ""}, "c" + n, true})
				}
				if calls, ok := r.get(d, "tool_calls"); ok {
					calls.elems(func(_ int, call jval) bool {
						tc := "t" + n + "." + strconv.FormatInt(r.int(call, "index"), 10)
						fn, _ := r.get(call, "function")
						name, _, _ := r.str(fn, "name")
						st.tool(tc, name)
						if s, v, ok := r.str(fn, "arguments"); ok && s != "" {
							segs = append(segs, streamSeg{segment{span{v.s, v.e}, s, st.tools[tc]}, tc, true})
						}
						return true
					})
				}
				return true
			})
		}
		if u, ok := r.get(root, "usage"); ok && u.kind() == '{' {
			st.mergeUsage(readUsage(r, u))
		}
	}
	if r.err != nil {
		// A malformed event is passed on as it is, unread: promptgate
		// does not fix providers' streams.
		return nil
	}
	return segs
}

// rewrite returns ev's bytes with each segment's text replaced by texts[i]
// where that differs.
func (ev *sseEvent) rewrite(texts []string) []byte {
	var edits []edit
	for i, s := range ev.segs {
		if texts[i] != s.text {
			edits = append(edits, edit{s.at, texts[i]})
		}
	}
	if len(edits) == 0 {
		return ev.raw
	}
	data := applyEdits(ev.data, edits)
	if ev.dataAt >= 0 {
		out := make([]byte, 0, len(ev.raw)+len(data)-len(ev.data))
		out = append(out, ev.raw[:ev.dataAt]...)
		out = append(out, data...)
		return append(out, ev.raw[ev.dataAt+len(ev.data):]...)
	}
	// Several data lines: write the event anew, one data line (the
	// rewritten JSON has no raw newlines in it).
	var out []byte
	if ev.name != "" {
		out = append(out, "event: "+ev.name+"\n"...)
	}
	out = append(out, "data: "...)
	out = append(out, bytes.ReplaceAll(data, []byte("\n"), []byte(" "))...)
	return append(out, "\n\n"...)
}
