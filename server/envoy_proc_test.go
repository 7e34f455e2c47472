package server_test

import (
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	procmode "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/http/ext_proc/v3"
	extprocv3 "github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/promptgate/promptgate/server"
)

func headerMap(kv map[string]string) *corev3.HeaderMap {
	m := &corev3.HeaderMap{}
	for k, v := range kv {
		m.Headers = append(m.Headers, &corev3.HeaderValue{Key: k, RawValue: []byte(v)})
	}
	return m
}

func reqHeaders(path string, headers map[string]string, eos bool) *extprocv3.ProcessingRequest {
	h := map[string]string{":method": "POST", ":path": path, "content-type": "application/json", "accept-encoding": "gzip", "content-length": "123"}
	for k, v := range headers {
		h[k] = v
	}
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_RequestHeaders{
		RequestHeaders: &extprocv3.HttpHeaders{Headers: headerMap(h), EndOfStream: eos},
	}}
}

func reqBody(body string, eos bool) *extprocv3.ProcessingRequest {
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_RequestBody{
		RequestBody: &extprocv3.HttpBody{Body: []byte(body), EndOfStream: eos},
	}}
}

func respHeaders(status, contentType string) *extprocv3.ProcessingRequest {
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_ResponseHeaders{
		ResponseHeaders: &extprocv3.HttpHeaders{Headers: headerMap(map[string]string{":status": status, "content-type": contentType})},
	}}
}

func respBody(body string, eos bool) *extprocv3.ProcessingRequest {
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_ResponseBody{
		ResponseBody: &extprocv3.HttpBody{Body: []byte(body), EndOfStream: eos},
	}}
}

// withModes marks m, the first message of a stream, with the body modes
// Envoy is configured with.
func withModes(m *extprocv3.ProcessingRequest, req, resp procmode.ProcessingMode_BodySendMode) *extprocv3.ProcessingRequest {
	m.ProtocolConfig = &extprocv3.ProtocolConfiguration{RequestBodyMode: req, ResponseBodyMode: resp}
	return m
}

// exchange plays msgs to Process as Envoy would and returns every answer.
func exchange(t *testing.T, es *envoyServer, msgs ...*extprocv3.ProcessingRequest) []*extprocv3.ProcessingResponse {
	t.Helper()
	stream, err := es.proc.Process(envoyCtx(t))
	if err != nil {
		t.Fatal(err)
	}
	sent := make(chan error, 1)
	go func() {
		for _, m := range msgs {
			if err := stream.Send(m); err != nil {
				sent <- err
				return
			}
		}
		sent <- stream.CloseSend()
	}()
	var out []*extprocv3.ProcessingResponse
	for {
		r, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("Process: %v", err)
		}
		out = append(out, r)
	}
	if err := <-sent; err != nil && !errors.Is(err, io.EOF) {
		t.Fatal(err)
	}
	return out
}

// forwarded is what Envoy lets through in one direction: the chunks it
// sent, as changed by the answers to them in the given body mode. It also
// returns an immediate response, if one came.
func forwarded(t *testing.T, mode procmode.ProcessingMode_BodySendMode, downstream bool, chunks []string, resps []*extprocv3.ProcessingResponse) (string, *extprocv3.ImmediateResponse) {
	t.Helper()
	var out strings.Builder
	i := 0
	for _, r := range resps {
		if ir := r.GetImmediateResponse(); ir != nil {
			return out.String(), ir
		}
		br := r.GetRequestBody()
		if downstream {
			br = r.GetResponseBody()
		}
		if br == nil {
			continue
		}
		m := br.GetResponse().GetBodyMutation()
		if mode == procmode.ProcessingMode_FULL_DUPLEX_STREAMED {
			if m.GetStreamedResponse() == nil {
				t.Fatalf("answer %v in FULL_DUPLEX_STREAMED mode without a streamed_response", r)
			}
			out.Write(m.GetStreamedResponse().GetBody())
			continue
		}
		if i >= len(chunks) {
			t.Fatalf("more body answers than chunks sent")
		}
		if _, ok := m.GetMutation().(*extprocv3.BodyMutation_Body); ok {
			out.Write(m.GetBody())
		} else {
			out.WriteString(chunks[i])
		}
		i++
	}
	if mode != procmode.ProcessingMode_FULL_DUPLEX_STREAMED && i != len(chunks) {
		t.Fatalf("%d body answers for %d chunks", i, len(chunks))
	}
	return out.String(), nil
}

func split(s string, n int) []string {
	var out []string
	size := (len(s) + n - 1) / n
	for len(s) > size {
		out, s = append(out, s[:size]), s[size:]
	}
	return append(out, s)
}

func bodyChunks(chunks []string, body func(string, bool) *extprocv3.ProcessingRequest) []*extprocv3.ProcessingRequest {
	var out []*extprocv3.ProcessingRequest
	for i, c := range chunks {
		out = append(out, body(c, i == len(chunks)-1))
	}
	return out
}

var bodyModes = []procmode.ProcessingMode_BodySendMode{
	procmode.ProcessingMode_BUFFERED,
	procmode.ProcessingMode_STREAMED,
	procmode.ProcessingMode_FULL_DUPLEX_STREAMED,
}

func TestEnvoyProc_RequestRedactionKeepsTheJSON(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	body := `{"model":"claude-sonnet-4-5","max_tokens":1024,"temperature":0.70,"metadata":{"user_id":"u-1"},` +
		`"system":"Escalate to ops@example.org.",` +
		`"messages":[{"role":"user","content":[{"type":"image","source":{"type":"base64","media_type":"image/png","data":"iVBORw0KGgo="}},` +
		`{"type":"text","text":"My address is jane.doe@example.com \u2014 \"quoted\"\nthanks"}]},` +
		`{"role":"assistant","content":"Noted, 1e3 times."}],"stream":false}`
	want := strings.Replace(strings.Replace(body, "ops@example.org", "[EMAIL_1]", 1),
		`jane.doe@example.com \u2014 \"quoted\"\nthanks`, `[EMAIL_2] — \"quoted\"\nthanks`, 1)
	for _, mode := range bodyModes {
		t.Run(mode.String(), func(t *testing.T) {
			chunks := []string{body}
			if mode != procmode.ProcessingMode_BUFFERED {
				chunks = split(body, 3)
			}
			msgs := append([]*extprocv3.ProcessingRequest{withModes(reqHeaders(pathAnthropic, nil, false), mode, procmode.ProcessingMode_NONE)},
				bodyChunks(chunks, reqBody)...)
			resps := exchange(t, es, msgs...)
			hm := resps[0].GetRequestHeaders().GetResponse().GetHeaderMutation()
			if !contains(hm.GetRemoveHeaders(), "accept-encoding") {
				t.Errorf("request headers: remove %v, want accept-encoding removed so the reply can be read", hm.GetRemoveHeaders())
			}
			if mode != procmode.ProcessingMode_BUFFERED && !contains(hm.GetRemoveHeaders(), "content-length") {
				t.Errorf("request headers: remove %v, want content-length removed", hm.GetRemoveHeaders())
			}
			got, ir := forwarded(t, mode, false, chunks, resps[1:])
			if ir != nil {
				t.Fatalf("immediate response %v", ir)
			}
			if got != want {
				t.Fatalf("forwarded body:\n%s\nwant:\n%s", got, want)
			}
			if !json.Valid([]byte(got)) {
				t.Fatalf("forwarded body is not JSON")
			}
			last := resps[len(resps)-1].GetRequestBody().GetResponse()
			if mode == procmode.ProcessingMode_BUFFERED {
				h := headerValues(last.GetHeaderMutation().GetSetHeaders())
				if h["content-length"] != strconv.Itoa(len(want)) {
					t.Errorf("content-length = %q, want %d", h["content-length"], len(want))
				}
				if h["x-promptgate-decision-id"] == "" {
					t.Errorf("headers set %v, want x-promptgate-decision-id upstream", h)
				}
			}
			var md *structpb.Struct
			for _, r := range resps {
				if r.GetDynamicMetadata() != nil {
					md = r.GetDynamicMetadata()
				}
			}
			f := md.GetFields()["promptgate"].GetStructValue().GetFields()
			if f["action"].GetStringValue() != "redact" || f["decision_id"].GetStringValue() == "" {
				t.Errorf("dynamic metadata = %v, want promptgate.action redact with a decision id", md)
			}
		})
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func TestEnvoyProc_RequestDenials(t *testing.T) {
	es := startEnvoy(t, envoyOptions{data: `{"promptgate":{"tenants":{"acme":{"requests_per_minute":1}}}}`})
	tests := []struct {
		name       string
		headers    map[string]string
		body       string
		wantStatus int
		wantReason string
	}{
		{"injection", nil, anthropicBody(injectionText), 403, "prompt_injection"},
		{"bad JSON", nil, `{"messages":`, 400, "invalid_body"},
		{"first of acme", map[string]string{"x-promptgate-tenant": "acme"}, anthropicBody("hello"), 0, ""},
		{"over acme's limit", map[string]string{"x-promptgate-tenant": "acme"}, anthropicBody("hello"), 429, "rate_limited"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			chunks := split(tt.body, 2)
			resps := exchange(t, es, append([]*extprocv3.ProcessingRequest{
				withModes(reqHeaders(pathAnthropic, tt.headers, false), procmode.ProcessingMode_STREAMED, procmode.ProcessingMode_NONE),
			}, bodyChunks(chunks, reqBody)...)...)
			got, ir := forwarded(t, procmode.ProcessingMode_STREAMED, false, chunks[:len(resps)-1], resps[1:])
			if tt.wantStatus == 0 {
				if ir != nil || got != tt.body {
					t.Fatalf("forwarded %q, immediate %v; want the body unchanged", got, ir)
				}
				return
			}
			if ir == nil {
				t.Fatalf("no immediate response; forwarded %q", got)
			}
			if got != "" {
				t.Errorf("forwarded %q before the denial, want nothing", got)
			}
			if int(ir.GetStatus().GetCode()) != tt.wantStatus {
				t.Errorf("status = %d, want %d", ir.GetStatus().GetCode(), tt.wantStatus)
			}
			h := headerValues(ir.GetHeaders().GetSetHeaders())
			if h["x-promptgate-reason"] != tt.wantReason {
				t.Errorf("reason = %q, want %q", h["x-promptgate-reason"], tt.wantReason)
			}
			if tt.wantStatus == 429 && (h["retry-after"] == "" || h["ratelimit-limit"] != "1" || h["ratelimit-remaining"] != "0") {
				t.Errorf("429 headers = %v, want retry-after and ratelimit-limit 1, -remaining 0", h)
			}
			if _, msg := providerError(t, pathAnthropic, string(ir.GetBody())); !strings.Contains(msg, tt.wantReason) {
				t.Errorf("body message %q does not name %q", msg, tt.wantReason)
			}
		})
	}
}

// testKey is an Anthropic API key the secret detector knows.
var testKey = "sk-ant-api03-" + strings.Repeat("Ab3_", 23) + "xyzAA"

func TestEnvoyProc_ResponseJSONRedaction(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	anthropicReply := `{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",` +
		`"content":[{"type":"text","text":"Your key is ` + testKey + `, keep it safe."},` +
		`{"type":"tool_use","id":"tu_1","name":"send_mail","input":{"to":"jane.doe@example.com","n":3}}],` +
		`"stop_reason":"tool_use","usage":{"input_tokens":12,"output_tokens":40,"cache_read_input_tokens":0}}`
	chatReply := `{"id":"c1","object":"chat.completion","model":"gpt-4.1","choices":[{"index":0,"message":{"role":"assistant",` +
		`"content":"Your key is ` + testKey + `.","tool_calls":[{"id":"t1","type":"function","function":{"name":"send_mail","arguments":"{\"to\":\"jane.doe@example.com\"}"}}]},"finish_reason":"tool_calls"}],` +
		`"usage":{"prompt_tokens":12,"completion_tokens":30,"total_tokens":42,"prompt_tokens_details":{"cached_tokens":4}}}`
	tests := []struct {
		name, path, request, reply, want string
	}{
		{"anthropic", pathAnthropic, anthropicBody("hello"), anthropicReply,
			strings.Replace(strings.Replace(anthropicReply, testKey, "[ANTHROPIC_API_KEY_1]", 1), "jane.doe@example.com", "[EMAIL_1]", 1)},
		{"openai", pathChat, chatBody("hello"), chatReply,
			strings.Replace(strings.Replace(chatReply, testKey, "[ANTHROPIC_API_KEY_1]", 1), "jane.doe@example.com", "[EMAIL_1]", 1)},
	}
	for _, tt := range tests {
		for _, mode := range bodyModes {
			t.Run(tt.name+"/"+mode.String(), func(t *testing.T) {
				chunks := []string{tt.reply}
				if mode != procmode.ProcessingMode_BUFFERED {
					chunks = split(tt.reply, 4)
				}
				msgs := []*extprocv3.ProcessingRequest{
					withModes(reqHeaders(tt.path, nil, false), procmode.ProcessingMode_BUFFERED, mode),
					reqBody(tt.request, true),
					respHeaders("200", "application/json"),
				}
				resps := exchange(t, es, append(msgs, bodyChunks(chunks, respBody)...)...)
				got, ir := forwarded(t, mode, true, chunks, resps[3:])
				if ir != nil {
					t.Fatalf("immediate response %v", ir)
				}
				if got != tt.want {
					t.Fatalf("reply:\n%s\nwant:\n%s", got, tt.want)
				}
				h := headerValues(resps[2].GetResponseHeaders().GetResponse().GetHeaderMutation().GetSetHeaders())
				if h["x-promptgate-decision-id"] == "" {
					t.Errorf("reply headers %v: want x-promptgate-decision-id", h)
				}
			})
		}
	}
}

// sse builds an Anthropic Messages stream whose text deltas are parts.
func anthropicSSE(parts ...string) string {
	var b strings.Builder
	b.WriteString("event: message_start\ndata: {\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"model\":\"claude-sonnet-4-5\",\"usage\":{\"input_tokens\":25,\"output_tokens\":1}}}\n\n")
	b.WriteString("event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":{\"type\":\"text\",\"text\":\"\"}}\n\n")
	b.WriteString("event: ping\ndata: {\"type\": \"ping\"}\n\n")
	for _, p := range parts {
		d, _ := json.Marshal(map[string]any{"type": "content_block_delta", "index": 0, "delta": map[string]any{"type": "text_delta", "text": p}})
		b.WriteString("event: content_block_delta\ndata: " + string(d) + "\n\n")
	}
	b.WriteString("event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n")
	b.WriteString("event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\"},\"usage\":{\"output_tokens\":90}}\n\n")
	b.WriteString("event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
	return b.String()
}

func chatSSE(parts ...string) string {
	var b strings.Builder
	b.WriteString(`data: {"id":"c1","object":"chat.completion.chunk","model":"gpt-4.1","choices":[{"index":0,"delta":{"role":"assistant","content":""}}]}` + "\n\n")
	for _, p := range parts {
		d, _ := json.Marshal(map[string]any{"id": "c1", "object": "chat.completion.chunk", "model": "gpt-4.1",
			"choices": []any{map[string]any{"index": 0, "delta": map[string]any{"content": p}}}})
		b.WriteString("data: " + string(d) + "\n\n")
	}
	b.WriteString(`data: {"id":"c1","object":"chat.completion.chunk","model":"gpt-4.1","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}` + "\n\n")
	b.WriteString(`data: {"id":"c1","object":"chat.completion.chunk","model":"gpt-4.1","choices":[],"usage":{"prompt_tokens":20,"completion_tokens":80}}` + "\n\n")
	b.WriteString("data: [DONE]\n\n")
	return b.String()
}

// sseText reads a stream as an SDK would and returns the text it shows.
func sseText(t *testing.T, stream string) string {
	t.Helper()
	var out strings.Builder
	for _, ev := range strings.Split(stream, "\n\n") {
		for _, line := range strings.Split(ev, "\n") {
			data, ok := strings.CutPrefix(line, "data: ")
			if !ok || data == "[DONE]" {
				continue
			}
			var v struct {
				Type    string
				Delta   struct{ Type, Text string }
				Choices []struct {
					Delta struct{ Content string }
				}
			}
			if err := json.Unmarshal([]byte(data), &v); err != nil {
				t.Fatalf("event data %q is not JSON: %v", data, err)
			}
			out.WriteString(v.Delta.Text)
			for _, c := range v.Choices {
				out.WriteString(c.Delta.Content)
			}
		}
	}
	return out.String()
}

func TestEnvoyProc_SSESecretSplitAcrossChunks(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	lead := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 12)
	// The key arrives in two deltas, and the chunk boundary falls inside
	// the event that holds its second half.
	half := len(testKey) / 2
	parts := append(words(lead), "Here it is: "+testKey[:half], testKey[half:]+" and that is all.", " Bye.")
	wantText := lead + "Here it is: [ANTHROPIC_API_KEY_1] and that is all. Bye."
	for _, tt := range []struct {
		name   string
		stream string
		mode   procmode.ProcessingMode_BodySendMode
	}{
		{"anthropic streamed", anthropicSSE(parts...), procmode.ProcessingMode_STREAMED},
		{"anthropic full duplex", anthropicSSE(parts...), procmode.ProcessingMode_FULL_DUPLEX_STREAMED},
		{"anthropic buffered", anthropicSSE(parts...), procmode.ProcessingMode_BUFFERED},
		{"openai streamed", chatSSE(parts...), procmode.ProcessingMode_STREAMED},
	} {
		t.Run(tt.name, func(t *testing.T) {
			path := pathAnthropic
			if strings.HasPrefix(tt.name, "openai") {
				path = pathChat
			}
			var chunks []string
			if tt.mode == procmode.ProcessingMode_BUFFERED {
				chunks = []string{tt.stream}
			} else {
				// Cut in the middle of the second half of the key.
				at := strings.Index(tt.stream, testKey[half:]) + 10
				chunks = append(split(tt.stream[:at], 3), tt.stream[at:])
			}
			msgs := []*extprocv3.ProcessingRequest{
				withModes(reqHeaders(path, nil, false), procmode.ProcessingMode_BUFFERED, tt.mode),
				reqBody(anthropicBody("hello"), true),
				respHeaders("200", "text/event-stream; charset=utf-8"),
			}
			resps := exchange(t, es, append(msgs, bodyChunks(chunks, respBody)...)...)
			got, ir := forwarded(t, tt.mode, true, chunks, resps[3:])
			if ir != nil {
				t.Fatalf("immediate response %v", ir)
			}
			for _, piece := range []string{testKey[:half], testKey[half:], testKey[half-8 : half+8]} {
				if strings.Contains(got, piece) {
					t.Fatalf("the stream let part of the key out (%q):\n%s", piece, got)
				}
			}
			if text := sseText(t, got); text != wantText {
				t.Errorf("stream text = %q, want %q", text, wantText)
			}
			if tt.mode != procmode.ProcessingMode_BUFFERED {
				// Streaming is kept: text goes out as it comes, not
				// when the stream ends.
				n := len(chunks) - 1
				early, _ := forwarded(t, tt.mode, true, chunks[:n], answersTo(resps[3:], n))
				if !strings.Contains(sseText(t, early), "The quick brown fox") {
					t.Errorf("nothing let out before the last chunk (%q): the stream is being held whole", early)
				}
			}
		})
	}
}

// words splits s into deltas of a word each, as models stream.
func words(s string) []string {
	var out []string
	for s != "" {
		i := strings.IndexByte(s[1:], ' ') + 1
		if i == 0 {
			i = len(s)
		}
		out, s = append(out, s[:i]), s[i:]
	}
	return out
}

// answersTo returns the answers up to and including the one to the nth
// response body chunk.
func answersTo(resps []*extprocv3.ProcessingResponse, n int) []*extprocv3.ProcessingResponse {
	for i, r := range resps {
		if r.GetResponseBody() != nil {
			if n--; n == 0 {
				return resps[:i+1]
			}
		}
	}
	return resps
}

func TestEnvoyProc_SSEDenyStopsTheStream(t *testing.T) {
	es := startEnvoy(t, envoyOptions{data: `{"promptgate":{"tenants":{"strict":{"deny":["secret"]}}}}`})
	lead := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 12)
	stream := anthropicSSE(append(words(lead), "Use "+testKey+" now.", " More text after the key.")...)
	at := strings.Index(stream, "Use sk-ant")
	chunks := []string{stream[:at], stream[at : at+200], stream[at+200:]}
	msgs := []*extprocv3.ProcessingRequest{
		withModes(reqHeaders(pathAnthropic, map[string]string{"x-promptgate-tenant": "strict"}, false),
			procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_STREAMED),
		reqBody(anthropicBody("hello"), true),
		respHeaders("200", "text/event-stream"),
	}
	resps := exchange(t, es, append(msgs, bodyChunks(chunks, respBody)...)...)
	got, ir := forwarded(t, procmode.ProcessingMode_STREAMED, true, chunks, resps[3:])
	if ir == nil {
		t.Fatalf("no immediate response; the stream went on: %q", got)
	}
	if ir.GetStatus().GetCode() != 403 {
		t.Errorf("status = %d, want 403", ir.GetStatus().GetCode())
	}
	if _, msg := providerError(t, pathAnthropic, string(ir.GetBody())); !strings.Contains(msg, "secret_detected") {
		t.Errorf("denial message %q, want secret_detected", msg)
	}
	if !strings.Contains(sseText(t, got), "The quick brown fox") {
		t.Errorf("text before the key was not let out: %q", got)
	}
	if strings.Contains(got, "sk-ant") || strings.Contains(got, "More text after") {
		t.Errorf("the stream went on past the denial: %q", got)
	}
	if last := resps[len(resps)-1]; last.GetImmediateResponse() == nil {
		t.Errorf("answers after the immediate response: %v", last)
	}
}

func TestEnvoyProc_PassThroughAndAfterExtAuthz(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	t.Run("unknown path", func(t *testing.T) {
		resps := exchange(t, es,
			withModes(reqHeaders("/v1/models", nil, false), procmode.ProcessingMode_STREAMED, procmode.ProcessingMode_STREAMED),
			reqBody("not json", true),
			respHeaders("200", "application/json"),
			respBody(`{"data":["`+testKey+`"]}`, true),
		)
		if len(resps) != 4 {
			t.Fatalf("%d answers, want 4", len(resps))
		}
		for _, r := range resps[1:] {
			if m := r.GetRequestBody().GetResponse().GetBodyMutation(); m != nil {
				t.Errorf("request body changed: %v", m)
			}
			if m := r.GetResponseBody().GetResponse().GetBodyMutation(); m != nil {
				t.Errorf("response body changed: %v", m)
			}
		}
	})
	t.Run("allowed by ext_authz", func(t *testing.T) {
		h := withModes(reqHeaders(pathAnthropic, nil, false), procmode.ProcessingMode_STREAMED, procmode.ProcessingMode_BUFFERED)
		h.MetadataContext = &corev3.Metadata{FilterMetadata: map[string]*structpb.Struct{
			"envoy.filters.http.ext_authz": {Fields: map[string]*structpb.Value{
				"action": structpb.NewStringValue("allow"), "decision_id": structpb.NewStringValue("d-1"),
			}},
		}}
		// A body ext_authz already allowed goes on chunk by chunk, not
		// held and not checked (or charged) again.
		body := `{"system":"Secret canary 1234.","messages":[{"role":"user","content":"hello"}]}`
		reply := `{"type":"message","content":[{"type":"text","text":"mail jane.doe@example.com"}]}`
		resps := exchange(t, es, h, reqBody(body[:20], false), reqBody(body[20:], true),
			respHeaders("200", "application/json"), respBody(reply, true))
		for _, r := range resps[1:3] {
			if m := r.GetRequestBody().GetResponse().GetBodyMutation(); m != nil {
				t.Errorf("request chunk changed or held: %v", m)
			}
		}
		if got := resps[3].GetResponseHeaders().GetResponse().GetHeaderMutation().GetSetHeaders(); headerValues(got)["x-promptgate-decision-id"] != "d-1" {
			t.Errorf("reply headers %v, want ext_authz's decision id", got)
		}
		got, _ := forwarded(t, procmode.ProcessingMode_BUFFERED, true, []string{reply}, resps[4:])
		if strings.Contains(got, "jane.doe") || !strings.Contains(got, "[EMAIL_1]") {
			t.Errorf("reply = %s, want the address redacted", got)
		}
	})
	t.Run("provider error passes", func(t *testing.T) {
		errBody := `{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}`
		resps := exchange(t, es,
			withModes(reqHeaders(pathAnthropic, nil, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_BUFFERED),
			reqBody(anthropicBody("hello"), true),
			respHeaders("529", "application/json"),
			respBody(errBody, true),
		)
		if got, ir := forwarded(t, procmode.ProcessingMode_BUFFERED, true, []string{errBody}, resps[3:]); got != errBody || ir != nil {
			t.Errorf("error reply = %q, %v; want it unchanged", got, ir)
		}
	})
}

func reqTrailers() *extprocv3.ProcessingRequest {
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_RequestTrailers{RequestTrailers: &extprocv3.HttpTrailers{}}}
}

func respTrailers() *extprocv3.ProcessingRequest {
	return &extprocv3.ProcessingRequest{Request: &extprocv3.ProcessingRequest_ResponseTrailers{ResponseTrailers: &extprocv3.HttpTrailers{}}}
}

func TestEnvoyProc_TrailersAndEdges(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	full := procmode.ProcessingMode_FULL_DUPLEX_STREAMED
	t.Run("full duplex with trailers", func(t *testing.T) {
		// The body ends with trailers, not end_of_stream: the held
		// request goes out before the trailers' answer, and so does the
		// held tail of the reply.
		body := anthropicBody("Write to jane.doe@example.com please")
		stream := anthropicSSE(words("Your key is " + testKey + " so keep it.")...)
		resps := exchange(t, es,
			withModes(reqHeaders(pathAnthropic, nil, false), full, full),
			reqBody(body[:30], false), reqBody(body[30:], false), reqTrailers(),
			respHeaders("200", "text/event-stream"),
			respBody(stream[:len(stream)/2], false), respBody(stream[len(stream)/2:], false), respTrailers(),
		)
		var up, down strings.Builder
		var order []string
		for _, r := range resps {
			switch {
			case r.GetRequestBody() != nil:
				up.Write(r.GetRequestBody().GetResponse().GetBodyMutation().GetStreamedResponse().GetBody())
				order = append(order, "req_body")
			case r.GetResponseBody() != nil:
				down.Write(r.GetResponseBody().GetResponse().GetBodyMutation().GetStreamedResponse().GetBody())
				order = append(order, "resp_body")
			case r.GetRequestTrailers() != nil:
				order = append(order, "req_trailers")
			case r.GetResponseTrailers() != nil:
				order = append(order, "resp_trailers")
			case r.GetImmediateResponse() != nil:
				t.Fatalf("immediate response %v", r.GetImmediateResponse())
			}
		}
		if want := strings.Replace(body, "jane.doe@example.com", "[EMAIL_1]", 1); up.String() != want {
			t.Errorf("request = %s, want %s", up.String(), want)
		}
		if text := sseText(t, down.String()); text != "Your key is [ANTHROPIC_API_KEY_1] so keep it." {
			t.Errorf("reply text = %q", text)
		}
		joined := strings.Join(order, " ")
		if !strings.Contains(joined, "req_body req_trailers") || !strings.HasSuffix(joined, "resp_body resp_trailers") {
			t.Errorf("answers in order %v, want the held body before each trailers answer", order)
		}
	})
	t.Run("partial buffer", func(t *testing.T) {
		resps := exchange(t, es,
			withModes(reqHeaders(pathAnthropic, nil, false), procmode.ProcessingMode_BUFFERED_PARTIAL, procmode.ProcessingMode_NONE),
			reqBody(`{"messages":[{"role":"user","content":"aaaa`, false))
		if ir := resps[len(resps)-1].GetImmediateResponse(); ir == nil || ir.GetStatus().GetCode() != 413 {
			t.Errorf("a request cut short by Envoy's buffer = %v, want 413", resps[len(resps)-1])
		}
	})
	t.Run("no body", func(t *testing.T) {
		resps := exchange(t, es, withModes(reqHeaders(pathAnthropic, nil, true), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_NONE))
		if ir := resps[0].GetImmediateResponse(); ir == nil || ir.GetStatus().GetCode() != 400 {
			t.Errorf("a POST without a body = %v, want 400", resps[0])
		}
	})
	t.Run("streamed request with trailers", func(t *testing.T) {
		resps := exchange(t, es,
			withModes(reqHeaders(pathAnthropic, nil, false), procmode.ProcessingMode_STREAMED, procmode.ProcessingMode_NONE),
			reqBody(anthropicBody("hi"), false), reqTrailers())
		if ir := resps[len(resps)-1].GetImmediateResponse(); ir == nil || ir.GetStatus().GetCode() != 400 {
			t.Errorf("trailers after a held STREAMED body = %v, want 400 (the body could not go out)", resps[len(resps)-1])
		}
	})
	t.Run("request headers skipped", func(t *testing.T) {
		// Without the path the API is unknown: refused, not let through.
		resps := exchange(t, es, withModes(reqBody(anthropicBody(injectionText), true), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_NONE))
		if ir := resps[0].GetImmediateResponse(); ir == nil || ir.GetStatus().GetCode() != 500 {
			t.Errorf("a body without request headers = %v, want 500 misconfigured", resps[0])
		}
	})
	t.Run("compressed reply", func(t *testing.T) {
		h := respHeaders("200", "application/json")
		h.GetResponseHeaders().Headers.Headers = append(h.GetResponseHeaders().Headers.Headers, &corev3.HeaderValue{Key: "content-encoding", RawValue: []byte("gzip")})
		resps := exchange(t, es,
			withModes(reqHeaders(pathAnthropic, nil, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_BUFFERED),
			reqBody(anthropicBody("hi"), true), h, respBody("\x1f\x8b", true))
		if ir := resps[len(resps)-1].GetImmediateResponse(); ir == nil || ir.GetStatus().GetCode() != 502 {
			t.Errorf("a compressed reply = %v, want 502 rather than unread", resps[len(resps)-1])
		}
	})
	t.Run("response headers skipped", func(t *testing.T) {
		// Without response headers the reply is recognised by its body.
		stream := chatSSE("mail ", "jane.doe@example.com", " today")
		resps := exchange(t, es,
			withModes(reqHeaders(pathChat, nil, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_BUFFERED),
			reqBody(chatBody("hi"), true), respBody(stream, true))
		got, _ := forwarded(t, procmode.ProcessingMode_BUFFERED, true, []string{stream}, resps[2:])
		if text := sseText(t, got); text != "mail [EMAIL_1] today" {
			t.Errorf("reply text = %q, want the address redacted", text)
		}
	})
}

func TestEnvoyProc_SSEInterleavedChoices(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	// Two choices stream at once (n=2); choice 0 writes a key in two
	// deltas with choice 1's deltas between them.
	half := len(testKey) / 2
	var b strings.Builder
	chunk := func(choice int, text string) {
		d, _ := json.Marshal(map[string]any{"object": "chat.completion.chunk",
			"choices": []any{map[string]any{"index": choice, "delta": map[string]any{"content": text}}}})
		b.WriteString("data: " + string(d) + "\n\n")
	}
	lead := words(strings.Repeat("Some harmless words to stream first. ", 10))
	for _, w := range lead {
		chunk(0, w)
		chunk(1, w)
	}
	chunk(0, "key "+testKey[:half])
	for _, w := range words("and a few words from the other choice in between") {
		chunk(1, w)
	}
	chunk(0, testKey[half:]+" end.")
	chunk(1, " done.")
	b.WriteString("data: [DONE]\n\n")
	stream := b.String()
	chunks := split(stream, 40)
	msgs := []*extprocv3.ProcessingRequest{
		withModes(reqHeaders(pathChat, nil, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_STREAMED),
		reqBody(chatBody("hello"), true),
		respHeaders("200", "text/event-stream"),
	}
	resps := exchange(t, es, append(msgs, bodyChunks(chunks, respBody)...)...)
	got, ir := forwarded(t, procmode.ProcessingMode_STREAMED, true, chunks, resps[3:])
	if ir != nil {
		t.Fatalf("immediate response %v", ir)
	}
	if strings.Contains(got, testKey[:half]) || strings.Contains(got, testKey[half:]) {
		t.Fatalf("part of the key went out:\n%s", got)
	}
	texts := map[int]string{}
	for _, ev := range strings.Split(got, "\n\n") {
		data, ok := strings.CutPrefix(ev, "data: ")
		if !ok || data == "[DONE]" {
			continue
		}
		var v struct {
			Choices []struct {
				Index int
				Delta struct{ Content string }
			}
		}
		if err := json.Unmarshal([]byte(data), &v); err != nil {
			t.Fatalf("event %q: %v", data, err)
		}
		for _, c := range v.Choices {
			texts[c.Index] += c.Delta.Content
		}
	}
	leadText := strings.Join(lead, "")
	if want := leadText + "key [ANTHROPIC_API_KEY_1] end."; texts[0] != want {
		t.Errorf("choice 0 = %q, want %q", texts[0], want)
	}
	if want := leadText + "and a few words from the other choice in between done."; texts[1] != want {
		t.Errorf("choice 1 = %q, want %q", texts[1], want)
	}
}

func TestEnvoyProc_ResponsesStreamRedactsRepeatedText(t *testing.T) {
	es := startEnvoy(t, envoyOptions{})
	full := "Mail jane.doe@example.com today."
	var b strings.Builder
	ev := func(v map[string]any) {
		d, _ := json.Marshal(v)
		b.WriteString("event: " + v["type"].(string) + "\ndata: " + string(d) + "\n\n")
	}
	ev(map[string]any{"type": "response.created", "response": map[string]any{"id": "r1", "object": "response", "model": "gpt-4.1", "output": []any{}}})
	for _, w := range words(full) {
		ev(map[string]any{"type": "response.output_text.delta", "output_index": 0, "content_index": 0, "delta": w})
	}
	ev(map[string]any{"type": "response.output_text.done", "output_index": 0, "content_index": 0, "text": full})
	ev(map[string]any{"type": "response.content_part.done", "output_index": 0, "content_index": 0, "part": map[string]any{"type": "output_text", "text": full}})
	ev(map[string]any{"type": "response.completed", "response": map[string]any{"id": "r1", "object": "response", "model": "gpt-4.1",
		"output": []any{map[string]any{"type": "message", "role": "assistant", "content": []any{map[string]any{"type": "output_text", "text": full}}}},
		"usage":  map[string]any{"input_tokens": 10, "output_tokens": 8}}})
	stream := b.String()
	chunks := split(stream, 5)
	msgs := []*extprocv3.ProcessingRequest{
		withModes(reqHeaders(pathResponses, nil, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_STREAMED),
		reqBody(`{"model":"gpt-4.1","input":"hi","stream":true}`, true),
		respHeaders("200", "text/event-stream"),
	}
	resps := exchange(t, es, append(msgs, bodyChunks(chunks, respBody)...)...)
	got, ir := forwarded(t, procmode.ProcessingMode_STREAMED, true, chunks, resps[3:])
	if ir != nil {
		t.Fatalf("immediate response %v", ir)
	}
	if strings.Contains(got, "jane.doe") {
		t.Fatalf("the address went out:\n%s", got)
	}
	if n := strings.Count(got, "[EMAIL_1]"); n != 4 {
		t.Errorf("[EMAIL_1] appears %d times, want 4 (deltas, text.done, part.done, completed):\n%s", n, got)
	}
	for _, ev := range strings.Split(strings.TrimSpace(got), "\n\n") {
		_, data, _ := strings.Cut(ev, "\ndata: ")
		if !json.Valid([]byte(data)) {
			t.Errorf("event data is not JSON: %q", ev)
		}
	}
}

// TestEnvoyProc_UsageSettlesTheReservation: the request reserves its
// estimate (prompt plus max_tokens); the provider's reply, JSON or SSE,
// carries the real usage, which settles the counters to it.
func TestEnvoyProc_UsageSettlesTheReservation(t *testing.T) {
	tokensUsed := func(t *testing.T, es *envoyServer) int64 {
		t.Helper()
		return tenantCounter(t, es.guard, "acme", "tokens_per_day").GetUsed()
	}
	jsonReply := `{"id":"msg_1","type":"message","role":"assistant","model":"claude-sonnet-4-5",` +
		`"content":[{"type":"text","text":"Hello there."}],"stop_reason":"end_turn",` +
		`"usage":{"input_tokens":12,"output_tokens":40}}`
	for _, tt := range []struct {
		name, contentType, reply string
		real                     int64
	}{
		{"json", "application/json", jsonReply, 12 + 40},
		// input from message_start, output from the final message_delta
		{"sse", "text/event-stream", anthropicSSE("Hello ", "there."), 25 + 90},
	} {
		t.Run(tt.name, func(t *testing.T) {
			es := startEnvoy(t, envoyOptions{data: `{"promptgate":{"tenants":{"acme":{"tokens_per_day":100000}}}}`})
			request := func(id string) []*extprocv3.ProcessingRequest {
				return []*extprocv3.ProcessingRequest{
					withModes(reqHeaders(pathAnthropic, map[string]string{"x-promptgate-tenant": "acme", "x-request-id": id}, false),
						procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_BUFFERED),
					reqBody(anthropicBody("hello"), true),
				}
			}
			// A call whose reply never comes keeps its reservation.
			exchange(t, es, request("unanswered")...)
			reserved := tokensUsed(t, es)
			if reserved < 256 {
				t.Fatalf("reserved %d tokens, want at least max_tokens 256", reserved)
			}
			// A call whose reply comes is settled to the reply's usage.
			exchange(t, es, append(request("answered"), respHeaders("200", tt.contentType), respBody(tt.reply, true))...)
			if got := tokensUsed(t, es); got != reserved+tt.real {
				t.Errorf("tokens used = %d, want the unanswered call's reservation %d plus the answered call's real %d", got, reserved, tt.real)
			}
		})
	}
}

// TestEnvoyProc_UnknownPathByPolicy: ext_proc asks the Envoy request
// policy about paths that are not LLM calls, like ext_authz.
func TestEnvoyProc_UnknownPathByPolicy(t *testing.T) {
	es := startEnvoy(t, envoyOptions{data: `{"promptgate":{"tenants":{"locked":{"envoy_unknown_paths":"deny"}}}}`})
	resps := exchange(t, es, reqHeaders("/v1/models", map[string]string{"x-promptgate-tenant": "locked"}, true))
	ir := resps[0].GetImmediateResponse()
	if ir == nil || ir.GetStatus().GetCode() != 403 {
		t.Fatalf("unknown path for a tenant that denies them: %v, want an immediate 403", resps[0])
	}
	resps = exchange(t, es, reqHeaders("/v1/models", map[string]string{"x-promptgate-tenant": "open"}, true))
	if resps[0].GetImmediateResponse() != nil {
		t.Fatalf("unknown path for the default tenant: %v, want it passed", resps[0])
	}
}

// TestEnvoy_RedactAfterAuthzChargesOnce: with ext_authz allowing prompts to
// redact (allow-with-header), ext_authz charges the call and ext_proc
// redacts it without charging again.
func TestEnvoy_RedactAfterAuthzChargesOnce(t *testing.T) {
	es := startEnvoy(t, envoyOptions{
		data:  `{"promptgate":{"tenants":{"acme":{"requests_per_day":100}}}}`,
		envoy: server.EnvoyConfig{AllowRedactWithHeader: true},
	})
	body := anthropicBody("mail jane.doe@example.com please")
	headers := map[string]string{"x-promptgate-tenant": "acme", "content-type": "application/json"}
	resp, err := es.authz.Check(envoyCtx(t), checkReq(pathAnthropic, headers, body))
	if err != nil {
		t.Fatal(err)
	}
	ok := resp.GetOkResponse()
	if ok == nil {
		t.Fatalf("ext_authz = %v, want allowed with the redact header", resp)
	}
	decisionID := resp.GetDynamicMetadata().GetFields()["decision_id"].GetStringValue()
	h := withModes(reqHeaders(pathAnthropic, headers, false), procmode.ProcessingMode_BUFFERED, procmode.ProcessingMode_BUFFERED)
	h.MetadataContext = &corev3.Metadata{FilterMetadata: map[string]*structpb.Struct{
		"envoy.filters.http.ext_authz": {Fields: map[string]*structpb.Value{
			"action": structpb.NewStringValue("redact"), "decision_id": structpb.NewStringValue(decisionID),
		}},
	}}
	resps := exchange(t, es, h, reqBody(body, true))
	got, ir := forwarded(t, procmode.ProcessingMode_BUFFERED, false, []string{body}, resps[1:])
	if ir != nil || strings.Contains(got, "jane.doe") || !strings.Contains(got, "[EMAIL_1]") {
		t.Fatalf("ext_proc request = %s (%v), want the address redacted", got, ir)
	}
	if used := tenantCounter(t, es.guard, "acme", "requests_per_day").GetUsed(); used != 1 {
		t.Errorf("requests_per_day used = %d after one call through both filters, want 1", used)
	}
}
