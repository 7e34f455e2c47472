package server

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	"google.golang.org/protobuf/encoding/protojson"
	"google.golang.org/protobuf/proto"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/policies"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/store/memstore"
)

type msg struct {
	role, content string
	untrusted     bool
}

func messagesOf(p *promptBody) []msg {
	var out []msg
	for _, m := range p.req.GetMessages() {
		out = append(out, msg{m.GetRole(), m.GetContent(), m.GetUntrusted()})
	}
	return out
}

func TestParsePrompt_WhereTextComesFrom(t *testing.T) {
	tests := []struct {
		name       string
		api        llmAPI
		body       string
		wantSystem string
		want       []msg
		wantMax    int64
	}{
		{
			name: "anthropic", api: apiAnthropicMessages,
			body: `{"model":"m","max_tokens":300,"system":[{"type":"text","text":"Be brief."}],
				"tools":[{"name":"calc","description":"Adds.","input_schema":{}}],
				"messages":[
				{"role":"user","content":[{"type":"image","source":{"type":"base64","data":"AAAA"}},{"type":"text","text":"What is this?"},
					{"type":"document","source":{"type":"text","data":"doc text"},"context":"doc context"}]},
				{"role":"assistant","content":[{"type":"thinking","thinking":"hmm"},{"type":"text","text":"Let me look."},{"type":"tool_use","id":"t","name":"web","input":{"q":"x"}}]},
				{"role":"user","content":[{"type":"tool_result","tool_use_id":"t","content":[{"type":"text","text":"result"},{"type":"image","source":{}}]},
					{"type":"search_result","source":"s","title":"t","content":[{"type":"text","text":"found"}]}]}]}`,
			want: []msg{
				{"system", "Be brief.", false},
				{"user", "What is this?", false}, {"user", "doc text", true}, {"user", "doc context", true},
				{"assistant", "Let me look.", false},
				{"tool", "result", true}, {"user", "found", true},
				{"system", "Adds.", false},
			},
			wantMax: 300,
		},
		{
			name: "anthropic system string", api: apiAnthropicMessages,
			body:       `{"system":"You are terse.","messages":[{"role":"user","content":"hi"}]}`,
			wantSystem: "You are terse.",
			want:       []msg{{"user", "hi", false}},
		},
		{
			name: "chat", api: apiOpenAIChat,
			body: `{"max_tokens":10,"max_completion_tokens":20,"messages":[
				{"role":"developer","content":"Be terse."},
				{"role":"user","content":[{"type":"text","text":"a"},{"type":"image_url","image_url":{"url":"x"}},{"type":"text","text":"b"}]},
				{"role":"assistant","content":null,"tool_calls":[{"id":"1","type":"function","function":{"name":"f","arguments":"{}"}}]},
				{"role":"tool","tool_call_id":"1","content":"out"},
				{"role":"function","name":"f","content":"old out"}],
				"tools":[{"type":"function","function":{"name":"f","description":"Does f."}}]}`,
			want: []msg{
				{"developer", "Be terse.", false}, {"user", "a", false}, {"user", "b", false},
				{"tool", "out", true}, {"tool", "old out", true}, {"system", "Does f.", false},
			},
			wantMax: 20,
		},
		{
			name: "responses", api: apiOpenAIResponses,
			body: `{"instructions":"Be kind.","max_output_tokens":50,"input":[
				{"role":"user","content":[{"type":"input_text","text":"q"},{"type":"input_file","file_data":"x"}]},
				{"type":"message","role":"assistant","content":[{"type":"output_text","text":"a"}]},
				{"type":"function_call","call_id":"c","name":"f","arguments":"{}"},
				{"type":"function_call_output","call_id":"c","output":"fo"}],
				"tools":[{"type":"function","name":"f","description":"Does f."},{"type":"web_search"}]}`,
			wantSystem: "Be kind.",
			want:       []msg{{"user", "q", false}, {"assistant", "a", false}, {"tool", "fo", true}, {"system", "Does f.", false}},
			wantMax:    50,
		},
		{
			name: "nothing to read", api: apiOpenAIChat,
			body: `{"messages":[{"role":"user","content":[{"type":"image_url","image_url":{"url":"x"}}]}]}`,
			want: []msg{{"user", "", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := parsePrompt(tt.api, []byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			ps, err := parsePromptString(tt.api, tt.body)
			if err != nil || !proto.Equal(ps.req, p.req) || !slices.Equal(ps.spans, p.spans) {
				t.Errorf("parsePromptString = %v, %v; want %v as parsePrompt reads it", ps, err, p)
			}
			if got := messagesOf(p); fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("messages = %v\nwant %v", got, tt.want)
			}
			if p.req.GetSystem() != tt.wantSystem || p.req.GetMaxTokens() != tt.wantMax {
				t.Errorf("system, max_tokens = %q, %d; want %q, %d", p.req.GetSystem(), p.req.GetMaxTokens(), tt.wantSystem, tt.wantMax)
			}
			// Every message points at the JSON string it came from.
			for i, sp := range p.spans {
				if sp.none() {
					continue
				}
				var s string
				if err := json.Unmarshal([]byte(tt.body[sp.s:sp.e]), &s); err != nil || s != p.req.Messages[i].GetContent() {
					t.Errorf("span of message %d = %q, want its JSON string", i, tt.body[sp.s:sp.e])
				}
			}
		})
	}
}

func TestParsePrompt_Errors(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"not JSON", `{"messages":`, "body is not valid JSON"},
		{"empty", `  `, "request body is empty (is Envoy configured to send it?)"},
		{"array", `[]`, "body is not a JSON object"},
		{"no messages", `{"model":"m"}`, "messages: want an array"},
		{"bad role", `{"messages":[{"role":"wizard","content":"x"}]}`, "messages[0].role: want user or assistant"},
		{"content type", `{"messages":[{"role":"user","content":5}]}`, "messages[0].content: want a string or an array"},
		{"text type", `{"messages":[{"role":"user","content":[{"type":"text","text":7}]}]}`, "messages[0].content[0].text: want a string"},
		{"max_tokens type", `{"max_tokens":"many","messages":[]}`, "max_tokens: want an integer"},
		{"max_tokens fraction", `{"max_tokens":1.5,"messages":[]}`, "max_tokens: want an integer"},
		{"duplicate", `{"messages":[],"messages":[{"role":"user","content":"x"}]}`, "messages: duplicate key"},
		// An escaped key is the same key: a guard that missed it would
		// read the first copy while the provider reads the second.
		{"escaped duplicate", `{"messages":[],"mess\u0061ges":[{"role":"user","content":"x"}]}`, "messages: duplicate key"},
		{"nested duplicate", `{"messages":[{"role":"user","content":"a","content":"b"}]}`, "messages[0].content: duplicate key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parsePrompt(apiAnthropicMessages, []byte(tt.body))
			if err == nil || err.Error() != tt.want {
				t.Errorf("parsePrompt(%s) = %v, want %q", tt.body, err, tt.want)
			}
		})
	}
	// An escaped key alone is read like the plain one.
	p, err := parsePrompt(apiAnthropicMessages, []byte(`{"mess\u0061ges":[{"role":"user","cont\u0065nt":"hidden"}]}`))
	if err != nil || len(p.req.Messages) != 1 || p.req.Messages[0].GetContent() != "hidden" {
		t.Errorf("escaped keys: %v, %v; want the message read", messagesOf(p), err)
	}
}

func TestAppendJSONString(t *testing.T) {
	for _, s := range []string{"", "plain", `"quoted" \back\slash`, "tab\tnl\ncr\r\x00\x1f\x7f", "<tag> & ü — 😀", "bad \xff utf8", "\u2028"} {
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("appendJSONString(%q) = %s, not JSON: %v", s, got, err)
			continue
		}
		want := strings.ToValidUTF8(s, "\ufffd")
		if back != want {
			t.Errorf("appendJSONString(%q) decodes to %q, want %q", s, back, want)
		}
	}
	if got := string(appendJSONString(nil, "a<b")); got != `"a<b"` {
		t.Errorf("appendJSONString(a<b) = %s, want < left alone", got)
	}
}

func TestSafeCut(t *testing.T) {
	// ends: event boundaries every 10 bytes.
	text := "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjjjjjjjj"
	var ends []int
	for i := 10; i < len(text); i += 10 {
		ends = append(ends, i)
	}
	ends = append(ends, len(text))
	tests := []struct {
		name     string
		text     string
		findings []detect.Finding
		hold     int
		want     int
	}{
		{"too short", text, nil, 100, 0},
		{"at a boundary", text, nil, 20, 30},
		{"not inside a finding", text, []detect.Finding{{Start: 22, End: 34}}, 20, 20},
		{"word held", "aaaa bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb", nil, 10, 0},
		{"open PEM held", "aaaa bbbb -----BEGIN PRIVATE KEY----- ccc ddd eee fff ggg", nil, 5, 10},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := ends
			if tt.text != text {
				e = nil
				for i := 10; i < len(tt.text); i += 10 {
					e = append(e, i)
				}
				e = append(e, len(tt.text))
			}
			if got := safeCut(tt.text, tt.findings, tt.hold, e); got != tt.want {
				t.Errorf("safeCut = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestParseReply_Usage(t *testing.T) {
	tests := []struct {
		name, body string
		want       *pb.Usage
		texts      []string
	}{
		{"anthropic", `{"type":"message","content":[{"type":"text","text":"hi"}],"usage":{"input_tokens":10,"output_tokens":5,"cache_read_input_tokens":3,"cache_creation_input_tokens":2}}`,
			&pb.Usage{InputTokens: 10, OutputTokens: 5, CacheReadInputTokens: 3, CacheCreationInputTokens: 2}, []string{"hi"}},
		{"chat", `{"object":"chat.completion","choices":[{"message":{"content":"a"}},{"message":{"content":"b"}}],"usage":{"prompt_tokens":10,"completion_tokens":5,"prompt_tokens_details":{"cached_tokens":4}}}`,
			&pb.Usage{InputTokens: 6, OutputTokens: 5, CacheReadInputTokens: 4}, []string{"a", "b"}},
		{"responses", `{"object":"response","output":[{"type":"reasoning","summary":[]},{"type":"message","content":[{"type":"output_text","text":"r"}]},{"type":"function_call","name":"f","arguments":"{\"x\":1}"}],"usage":{"input_tokens":10,"output_tokens":5,"input_tokens_details":{"cached_tokens":1}}}`,
			&pb.Usage{InputTokens: 9, OutputTokens: 5, CacheReadInputTokens: 1}, []string{"r", `{"x":1}`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rb, err := parseReply([]byte(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(rb.usage) != fmt.Sprint(tt.want) {
				t.Errorf("usage = %v, want %v", rb.usage, tt.want)
			}
			var texts []string
			for _, s := range rb.segs {
				texts = append(texts, s.text)
			}
			if fmt.Sprint(texts) != fmt.Sprint(tt.texts) {
				t.Errorf("texts = %q, want %q", texts, tt.texts)
			}
		})
	}
}

// FuzzParsePrompt checks that no body makes the parser panic, that a body
// read as a string reads the same, and that writing any text back into the
// fields it found keeps the body JSON.
func FuzzParsePrompt(f *testing.F) {
	for _, s := range []string{
		`{"system":"s","messages":[{"role":"user","content":"hi"}]}`,
		`{"messages":[{"role":"user","content":[{"type":"text","text":"a\"b"},{"type":"tool_result","content":[{"type":"text","text":"c"}]}]}]}`,
		`{"messages":[{"role":"tool","content":"x"}],"tools":[{"function":{"description":"d"}}]}`,
		`{"input":[{"role":"user","content":[{"type":"input_text","text":"q"}]}],"instructions":"i"}`,
		`{"mess\u0061ges":[]}`, `[]`, `"x"`, `{"messages":[{"role":"user","content":{}}]}`,
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Fuzz(func(t *testing.T, body []byte, which uint8) {
		api := []llmAPI{apiAnthropicMessages, apiOpenAIChat, apiOpenAIResponses}[int(which)%3]
		p, err := parsePrompt(api, body)
		ps, errs := parsePromptString(api, string(body))
		if fmt.Sprint(errs) != fmt.Sprint(err) || err == nil && (!proto.Equal(ps.req, p.req) || !slices.Equal(ps.spans, p.spans)) {
			t.Fatalf("parsePromptString(%q) = %v, %v; want %v, %v as parsePrompt reads it", body, ps, errs, p, err)
		}
		if err != nil {
			return
		}
		resp := &pb.CheckPromptResponse{System: p.req.GetSystem() + "\"[X]\n"}
		for _, m := range p.req.GetMessages() {
			resp.Messages = append(resp.Messages, &pb.Message{Role: m.GetRole(), Content: m.GetContent() + "\\[EMAIL_1]"})
		}
		out, _ := p.rewrite(body, resp)
		if !json.Valid(out) {
			t.Fatalf("rewrite of %q is not JSON: %q", body, out)
		}
	})
}

// FuzzStreamEvents checks that no event stream makes the reader panic and
// that rewriting an event's texts keeps its data JSON.
func FuzzStreamEvents(f *testing.F) {
	f.Add([]byte("event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":{\"type\":\"text_delta\",\"text\":\"hi\"}}\n\n"))
	f.Add([]byte("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"a\",\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"f\",\"arguments\":\"{\"}}]}}]}\n\ndata: [DONE]\n\n"))
	f.Add([]byte("data: {\"type\":\"response.completed\",\"response\":{\"output\":[{\"type\":\"message\",\"content\":[{\"type\":\"output_text\",\"text\":\"t\"}]}]}}\r\n\r\n"))
	f.Add([]byte("data: {\"type\":\"response.output_text.delta\",\ndata: \"delta\":\"x\"}\n\n"))
	f.Fuzz(func(t *testing.T, stream []byte) {
		var st streamInfo
		for len(stream) > 0 {
			n := nextEvent(stream)
			if n == 0 {
				n = len(stream)
			}
			ev := parseEvent(stream[:n], &st)
			texts := make([]string, len(ev.segs))
			for i := range texts {
				texts[i] = "[X]\"\n"
			}
			out := ev.rewrite(texts)
			if len(ev.segs) > 0 {
				again := parseEvent(out, &st)
				if len(again.segs) != len(ev.segs) {
					t.Fatalf("rewritten event %q reads as %d texts, want %d", out, len(again.segs), len(ev.segs))
				}
			}
			stream = stream[n:]
		}
	})
}

// benchAuthz is an ext_authz service over the embedded policies, with
// limits high enough never to refuse a benchmark.
func benchAuthz(b *testing.B) *envoyAuthz {
	b.Helper()
	f := filepath.Join(b.TempDir(), "data.json")
	if err := os.WriteFile(f, []byte(`{"promptgate":{"tenants":{"default":{"requests_per_minute":1000000000000}}}}`), 0o600); err != nil {
		b.Fatal(err)
	}
	engine, err := policies.New(context.Background(), policies.WithDataFiles(f))
	if err != nil {
		b.Fatal(err)
	}
	g, err := NewGuard(GuardConfig{Engine: engine, Store: memstore.New()})
	if err != nil {
		b.Fatal(err)
	}
	return &envoyAuthz{envoy: newEnvoy(g, EnvoyConfig{})}
}

// benchBody is an Anthropic Messages request of about size bytes: a
// system prompt, a tool, and a conversation of ordinary prose.
func benchBody(size int) []byte {
	prose := "Could you summarise the quarterly report for the sales team and list three risks to next quarter's plan? "
	var msgs []any
	n := 300
	for i := 0; n < size; i++ {
		role := []string{"user", "assistant"}[i%2]
		text := strings.Repeat(prose, 2)
		msgs = append(msgs, map[string]any{"role": role, "content": []any{map[string]any{"type": "text", "text": text}}})
		n += len(text) + 60
	}
	if len(msgs)%2 == 0 {
		msgs = append(msgs, map[string]any{"role": "user", "content": "Thanks."})
	}
	body, _ := json.Marshal(map[string]any{
		"model": "claude-sonnet-4-5", "max_tokens": 1024,
		"system":   "You are a helpful analyst. Answer briefly.",
		"tools":    []any{map[string]any{"name": "search", "description": "Searches the company wiki.", "input_schema": map[string]any{"type": "object"}}},
		"messages": msgs,
	})
	return body
}

func benchmarkEnvoyCheck(b *testing.B, size int) {
	a := benchAuthz(b)
	body := benchBody(size)
	req := &authv3.CheckRequest{Attributes: &authv3.AttributeContext{Request: &authv3.AttributeContext_Request{
		Http: &authv3.AttributeContext_HttpRequest{Method: "POST", Path: "/v1/messages",
			Headers: map[string]string{"content-type": "application/json", "x-api-key": "sk-ant-bench", "x-promptgate-tenant": "bench"},
			RawBody: body},
	}}}
	ctx := context.Background()
	resp, err := a.Check(ctx, req)
	if err != nil || resp.GetOkResponse() == nil {
		b.Fatalf("Check = %v, %v; want an allow", resp, err)
	}
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := a.Check(ctx, req); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEnvoyCheck_1KiB(b *testing.B) { benchmarkEnvoyCheck(b, 1<<10) }
func BenchmarkEnvoyCheck_8KiB(b *testing.B) { benchmarkEnvoyCheck(b, 8<<10) }

// BenchmarkEnvoyCheck_LoadPayload8KiB is the ext_authz 8 KiB row of make
// bench in one process: its committed payloads (one 8 KiB message each),
// sent as 4096 users in turn.
func BenchmarkEnvoyCheck_LoadPayload8KiB(b *testing.B) {
	raw, err := os.ReadFile(filepath.Join("..", "bench", "payloads", "authz_8k.json"))
	if err != nil {
		b.Fatal(err)
	}
	var payloads []json.RawMessage
	if err := json.Unmarshal(raw, &payloads); err != nil {
		b.Fatal(err)
	}
	reqs := make([]*authv3.CheckRequest, 4096)
	for u := range reqs {
		reqs[u] = &authv3.CheckRequest{}
		if err := protojson.Unmarshal(payloads[u%len(payloads)], reqs[u]); err != nil {
			b.Fatal(err)
		}
		reqs[u].Attributes.Request.Http.Headers["x-promptgate-user"] = fmt.Sprintf("u%d", u)
	}
	a := benchAuthz(b)
	ctx := context.Background()
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := a.Check(ctx, reqs[i%len(reqs)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

func TestStreamEvents_UsageAndTools(t *testing.T) {
	tests := []struct {
		name   string
		stream string
		want   *pb.Usage
		tools  map[string]string
	}{
		{"anthropic", "event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"model\":\"claude\",\"usage\":{\"input_tokens\":25,\"cache_read_input_tokens\":5,\"output_tokens\":1}}}\n\n" +
			"data: {\"type\":\"content_block_start\",\"index\":1,\"content_block\":{\"type\":\"tool_use\",\"id\":\"t\",\"name\":\"send_mail\",\"input\":{}}}\n\n" +
			"data: {\"type\":\"content_block_delta\",\"index\":1,\"delta\":{\"type\":\"input_json_delta\",\"partial_json\":\"{\\\"to\\\":\"}}\n\n" +
			"data: {\"type\":\"message_delta\",\"delta\":{},\"usage\":{\"output_tokens\":90}}\n\n",
			&pb.Usage{InputTokens: 25, OutputTokens: 90, CacheReadInputTokens: 5}, map[string]string{"a1": "send_mail"}},
		{"chat", "data: {\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,\"delta\":{\"tool_calls\":[{\"index\":0,\"function\":{\"name\":\"lookup\",\"arguments\":\"\"}}]}}]}\n\n" +
			"data: {\"object\":\"chat.completion.chunk\",\"choices\":[],\"usage\":{\"prompt_tokens\":20,\"completion_tokens\":80,\"prompt_tokens_details\":{\"cached_tokens\":8}}}\n\ndata: [DONE]\n\n",
			&pb.Usage{InputTokens: 12, OutputTokens: 80, CacheReadInputTokens: 8}, map[string]string{"t0.0": "lookup"}},
		{"responses", "data: {\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":{\"type\":\"function_call\",\"name\":\"calc\",\"arguments\":\"\"}}\n\n" +
			"data: {\"type\":\"response.completed\",\"response\":{\"model\":\"gpt\",\"output\":[],\"usage\":{\"input_tokens\":7,\"output_tokens\":3}}}\n\n",
			&pb.Usage{InputTokens: 7, OutputTokens: 3}, map[string]string{"f0": "calc"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var st streamInfo
			buf := []byte(tt.stream)
			for n := nextEvent(buf); n > 0; n = nextEvent(buf) {
				parseEvent(buf[:n], &st)
				buf = buf[n:]
			}
			if fmt.Sprint(st.usage) != fmt.Sprint(tt.want) {
				t.Errorf("usage = %v, want %v", st.usage, tt.want)
			}
			if fmt.Sprint(st.tools) != fmt.Sprint(tt.tools) {
				t.Errorf("tools = %v, want %v", st.tools, tt.tools)
			}
		})
	}
}

// BenchmarkParsePrompt_8KiB is the Envoy-specific share of a Check: reading
// the body into a CheckPromptRequest.
func BenchmarkParsePrompt_8KiB(b *testing.B) {
	body := benchBody(8 << 10)
	b.SetBytes(int64(len(body)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := parsePrompt(apiAnthropicMessages, body); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKeyID_ReusesHMACs checks that keyID, whose keyed HMACs are reused,
// gives each key the hash of a fresh HMAC, whatever the keys before it
// and from several goroutines at once.
func TestKeyID_ReusesHMACs(t *testing.T) {
	e := newEnvoy(&Guard{}, EnvoyConfig{KeySalt: "pepper"})
	want := func(key string) string {
		m := hmac.New(sha256.New, []byte("promptgate api_key_id\x00pepper"))
		m.Write([]byte(key))
		return hex.EncodeToString(m.Sum(nil)[:16])
	}
	keys := []string{"sk-key-one", "", "sk-key-two", strings.Repeat("k", 200), "sk-key-one"}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 50 {
				for _, k := range keys {
					if got := e.keyID(k); got != want(k) {
						t.Errorf("keyID(%q) = %s, want %s", k, got, want(k))
						return
					}
				}
			}
		})
	}
	wg.Wait()
}
