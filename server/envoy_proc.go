package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strconv"
	"strings"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	procmode "github.com/envoyproxy/go-control-plane/envoy/extensions/filters/http/ext_proc/v3"
	extprocv3 "github.com/envoyproxy/go-control-plane/envoy/service/ext_proc/v3"
	typev3 "github.com/envoyproxy/go-control-plane/envoy/type/v3"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"

	"github.com/promptgate/promptgate/detect"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// envoyProc implements envoy.service.ext_proc.v3.ExternalProcessor: the
// request body is checked as a prompt and redacted in place; the reply,
// whole or streamed, is checked as a response and redacted in place, and a
// stream is stopped when the policy denies it midway.
type envoyProc struct {
	extprocv3.UnimplementedExternalProcessorServer
	*envoy
}

const procMethod = "envoy.ext_proc"

// Body modes as Envoy reports them in protocol_config. Unknown (an Envoy
// that does not report it) is handled as STREAMED, whose answers are also
// right for BUFFERED.
const (
	modeBuffered   = procmode.ProcessingMode_BUFFERED
	modePartial    = procmode.ProcessingMode_BUFFERED_PARTIAL
	modeFullDuplex = procmode.ProcessingMode_FULL_DUPLEX_STREAMED
)

// maxChunk bounds the body chunks sent back in FULL_DUPLEX_STREAMED mode,
// as Envoy recommends.
const maxChunk = 64 << 10

// maxHold bounds how much streamed text is held back waiting for a word to
// end; past it, text is released at the hold distance regardless.
const maxHold = 64 << 10

// Process implements ExternalProcessor. One stream is one HTTP request and
// its reply.
func (p *envoyProc) Process(stream extprocv3.ExternalProcessor_ProcessServer) error {
	ctx := stream.Context()
	s := &procStream{envoy: p.envoy}
	for {
		req, err := stream.Recv()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil // Envoy went away; nothing to answer.
			}
			return err
		}
		if pc := req.GetProtocolConfig(); pc != nil {
			s.reqMode, s.respMode = pc.GetRequestBodyMode(), pc.GetResponseBodyMode()
			s.knowModes = true
		}
		if s.stopped {
			continue // an immediate response ended the exchange
		}
		out, err := s.handle(ctx, req)
		if err != nil {
			s.log.LogAttrs(ctx, slog.LevelError, "ext_proc", slog.String("decision_id", s.decisionID), slog.String("error", err.Error()))
			return err
		}
		if req.GetObservabilityMode() {
			continue // Envoy ignores answers in observability mode.
		}
		for _, r := range out {
			if err := stream.Send(r); err != nil {
				return err
			}
		}
	}
}

// procStream is the state of one ext_proc stream.
type procStream struct {
	*envoy
	reqMode, respMode procmode.ProcessingMode_BodySendMode
	knowModes         bool

	api        llmAPI
	id         identity
	sawRequest bool
	// passRequest: the request body is not checked here, because the path
	// is not an LLM call or ext_authz has allowed it already.
	passRequest bool
	// authzCharged: ext_authz already charged this call's limits (it
	// allowed the prompt for ext_proc to redact), so ext_proc checks
	// without counting again.
	authzCharged bool
	reqBody      []byte
	checked      bool
	decisionID   string
	requestID    string
	system       string

	passReply bool
	replyKind replyKind
	replyBody []byte
	stream    *replyStream
	stopped   bool
}

type replyKind uint8

const (
	replyUnknown replyKind = iota
	replyJSON
	replySSE
)

type direction bool

const (
	toUpstream   direction = false // the request
	toDownstream direction = true  // the reply
)

func (s *procStream) handle(ctx context.Context, req *extprocv3.ProcessingRequest) ([]*extprocv3.ProcessingResponse, error) {
	switch r := req.GetRequest().(type) {
	case *extprocv3.ProcessingRequest_RequestHeaders:
		return s.requestHeaders(ctx, req, r.RequestHeaders)
	case *extprocv3.ProcessingRequest_RequestBody:
		return s.requestBody(ctx, r.RequestBody)
	case *extprocv3.ProcessingRequest_RequestTrailers:
		return s.requestTrailers(ctx)
	case *extprocv3.ProcessingRequest_ResponseHeaders:
		return s.responseHeaders(r.ResponseHeaders), nil
	case *extprocv3.ProcessingRequest_ResponseBody:
		return s.responseBody(ctx, r.ResponseBody)
	case *extprocv3.ProcessingRequest_ResponseTrailers:
		return s.responseTrailers(ctx)
	}
	return nil, status.Error(codes.InvalidArgument, "processing request: no request set")
}

func (s *procStream) requestHeaders(ctx context.Context, req *extprocv3.ProcessingRequest, h *extprocv3.HttpHeaders) ([]*extprocv3.ProcessingResponse, error) {
	get := headerMapLookup(h.GetHeaders())
	s.sawRequest = true
	s.api = apiForRequest(get(":method"), get(":path"))
	s.id = s.identify(get)
	s.requestID = s.id.requestID
	if s.api == apiUnknown {
		deny, err := s.requestPolicy(ctx, s.id, get(":method"), s.api, false)
		if err != nil {
			return nil, err
		}
		if deny != nil {
			return s.immediate(deny), nil
		}
		s.passRequest, s.passReply = true, true
		return []*extprocv3.ProcessingResponse{headersResponse(toUpstream, nil)}, nil
	}
	// ext_authz ran first and allowed the prompt as it is: checking it
	// again would charge its limits twice. Dynamic metadata is set by
	// Envoy's filters, never by the client.
	f := req.GetMetadataContext().GetFilterMetadata()[extAuthzNamespace].GetFields()
	if f["action"].GetStringValue() == "allow" && f["decision_id"].GetStringValue() != "" {
		s.passRequest = true
		s.decisionID = f["decision_id"].GetStringValue()
		s.requestID = f["request_id"].GetStringValue()
	}
	// ext_authz allowed a prompt to redact (allow-with-header): ext_proc
	// redacts it, and must not charge its limits a second time.
	if f["action"].GetStringValue() == "redact" && f["decision_id"].GetStringValue() != "" {
		s.authzCharged = true
	}
	if s.knowModes && s.reqMode == procmode.ProcessingMode_NONE {
		s.passRequest = true // Envoy does not send the request body here
	}
	if !s.passRequest {
		if h.GetEndOfStream() {
			return s.immediate(badRequest(badBody("request body is empty"))), nil
		}
		if enc := get("content-encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
			return s.immediate(&denial{status: 415, reason: "invalid_body", message: "a compressed request body cannot be checked"}), nil
		}
	}
	m := &extprocv3.HeaderMutation{}
	if !s.cfg.KeepAcceptEncoding {
		m.RemoveHeaders = append(m.RemoveHeaders, "accept-encoding")
	}
	if !s.passRequest && s.reqMode != modeBuffered {
		// The body may change length; Envoy frames it anew.
		m.RemoveHeaders = append(m.RemoveHeaders, "content-length")
	}
	return []*extprocv3.ProcessingResponse{headersResponse(toUpstream, m)}, nil
}

func (s *procStream) requestBody(ctx context.Context, b *extprocv3.HttpBody) ([]*extprocv3.ProcessingResponse, error) {
	if s.passRequest || s.checked {
		if s.api != apiUnknown && !s.checked && len(s.reqBody)+len(b.GetBody()) <= s.guard.limits.MaxRequestBytes {
			// Keep a copy to learn the system prompt, for the reply's
			// leakage check; the body itself goes on untouched.
			s.reqBody = append(s.reqBody, b.GetBody()...)
			if b.GetEndOfStream() {
				if p, err := parsePrompt(s.api, s.reqBody); err == nil {
					s.system = p.systemText
				}
				s.reqBody = nil
			}
		}
		return s.pass(toUpstream, b), nil
	}
	if !s.sawRequest {
		// With request_header_mode SKIP there is no path to tell the API
		// by; refuse rather than let the prompt through unread.
		return s.immediate(&denial{status: 500, reason: "misconfigured",
			message: "ext_proc must be sent the request headers (request_header_mode SEND) to check the body"}), nil
	}
	s.reqBody = append(s.reqBody, b.GetBody()...)
	if len(s.reqBody) > s.guard.limits.MaxRequestBytes {
		s.guard.metrics.invalid(procMethod)
		return s.immediate(tooLarge("the request body is over " + strconv.Itoa(s.guard.limits.MaxRequestBytes) + " bytes")), nil
	}
	if !b.GetEndOfStream() {
		if s.reqMode == modePartial {
			// Envoy's buffer filled up: the rest would go unread.
			s.guard.metrics.invalid(procMethod)
			return s.immediate(tooLarge("the request body is larger than Envoy is configured to buffer")), nil
		}
		return s.hold(toUpstream), nil
	}
	return s.finishRequest(ctx, true)
}

func (s *procStream) requestTrailers(ctx context.Context) ([]*extprocv3.ProcessingResponse, error) {
	trailers := &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_RequestTrailers{RequestTrailers: &extprocv3.TrailersResponse{}}}
	if s.passRequest || s.checked || s.reqBody == nil {
		return []*extprocv3.ProcessingResponse{trailers}, nil
	}
	if s.reqMode != modeFullDuplex {
		// The held body could only go out with a body answer, and there
		// are no more of those once trailers come.
		return s.immediate(badRequest(badBody("request trailers are not supported"))), nil
	}
	out, err := s.finishRequest(ctx, false)
	if err != nil || s.stopped {
		return out, err
	}
	return append(out, trailers), nil
}

// finishRequest checks the whole request body and lets it go, redacted
// where the policy says so.
func (s *procStream) finishRequest(ctx context.Context, eos bool) ([]*extprocv3.ProcessingResponse, error) {
	count := reserve
	if s.authzCharged {
		count = uncounted
	}
	v, err := s.checkPrompt(ctx, count, s.api, s.id, s.reqBody, "")
	if err != nil {
		return nil, err
	}
	s.checked = true
	if v.deny != nil {
		return s.immediate(v.deny), nil
	}
	s.system = v.body.systemText
	s.decisionID = v.resp.GetDecision().GetDecisionId()
	s.requestID = v.resp.GetRequestId()
	body, changed := s.reqBody, false
	if v.resp.GetDecision().GetAction() == pb.Action_ACTION_REDACT {
		body, changed = v.body.rewrite(s.reqBody, v.resp)
	}
	s.reqBody = nil
	out := s.release(toUpstream, body, changed, eos)
	if len(out) == 0 {
		out = []*extprocv3.ProcessingResponse{bodyResponse(toUpstream, &extprocv3.CommonResponse{})}
	}
	if c := out[0].GetRequestBody().GetResponse(); c != nil && s.reqMode == modeBuffered {
		// The headers are still held: tell the upstream the decision.
		if c.HeaderMutation == nil {
			c.HeaderMutation = &extprocv3.HeaderMutation{}
		}
		c.HeaderMutation.SetHeaders = append(c.HeaderMutation.SetHeaders, procHeader(headerDecisionID, s.decisionID))
	}
	out[0].DynamicMetadata = &structpb.Struct{Fields: map[string]*structpb.Value{
		procNamespace: structpb.NewStructValue(v.metadata(s.id)),
	}}
	return out, nil
}

func (s *procStream) responseHeaders(h *extprocv3.HttpHeaders) []*extprocv3.ProcessingResponse {
	if s.passReply {
		return []*extprocv3.ProcessingResponse{headersResponse(toDownstream, nil)}
	}
	get := headerMapLookup(h.GetHeaders())
	if code, err := strconv.Atoi(get(":status")); err == nil && (code < 200 || code > 299) {
		// Errors and redirects carry no model output.
		s.passReply = true
		return []*extprocv3.ProcessingResponse{headersResponse(toDownstream, nil)}
	}
	if h.GetEndOfStream() {
		s.passReply = true
		return []*extprocv3.ProcessingResponse{headersResponse(toDownstream, nil)}
	}
	if enc := get("content-encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		// promptgate removes accept-encoding so that this does not
		// happen; a reply it cannot read does not go out unread.
		return s.immediate(&denial{status: 502, reason: "reply_unreadable", message: "a compressed reply cannot be checked", decisionID: s.decisionID})
	}
	s.replyKind = replyJSON
	if strings.HasPrefix(strings.ToLower(get("content-type")), "text/event-stream") {
		s.replyKind = replySSE
	}
	m := &extprocv3.HeaderMutation{}
	if s.respMode != modeBuffered {
		m.RemoveHeaders = append(m.RemoveHeaders, "content-length")
	}
	if s.decisionID != "" {
		m.SetHeaders = append(m.SetHeaders, procHeader(headerDecisionID, s.decisionID))
	}
	return []*extprocv3.ProcessingResponse{headersResponse(toDownstream, m)}
}

func (s *procStream) responseBody(ctx context.Context, b *extprocv3.HttpBody) ([]*extprocv3.ProcessingResponse, error) {
	if s.passReply {
		return s.pass(toDownstream, b), nil
	}
	if s.replyKind == replyUnknown {
		// Response headers were not sent to us: tell by the body.
		s.replyKind = replyJSON
		if t := strings.TrimLeft(string(b.GetBody()[:min(len(b.GetBody()), 16)]), " \r\n"); strings.HasPrefix(t, "event:") || strings.HasPrefix(t, "data:") {
			s.replyKind = replySSE
		}
	}
	// In BUFFERED_PARTIAL mode Envoy sends one piece and lets the rest
	// through unseen: that piece is all there is to work on.
	final := b.GetEndOfStream() || s.respMode == modePartial || s.respMode == modeBuffered
	if s.replyKind == replySSE {
		if s.stream == nil {
			s.stream = &replyStream{}
		}
		out, deny, err := s.pushStream(ctx, b.GetBody(), final)
		if err != nil {
			return nil, err
		}
		if deny != nil {
			return s.immediate(deny), nil
		}
		return s.release(toDownstream, out, string(out) != string(b.GetBody()), b.GetEndOfStream()), nil
	}
	s.replyBody = append(s.replyBody, b.GetBody()...)
	if len(s.replyBody) > s.guard.limits.MaxRequestBytes {
		return s.immediate(&denial{status: 502, reason: "reply_unreadable", message: "the reply is too large to check", decisionID: s.decisionID}), nil
	}
	if !final {
		return s.hold(toDownstream), nil
	}
	return s.finishReply(ctx, b.GetEndOfStream())
}

func (s *procStream) responseTrailers(ctx context.Context) ([]*extprocv3.ProcessingResponse, error) {
	trailers := &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ResponseTrailers{ResponseTrailers: &extprocv3.TrailersResponse{}}}
	if s.passReply || s.respMode != modeFullDuplex {
		// Only FULL_DUPLEX_STREAMED can still send body after trailers
		// arrive; in STREAMED mode the body ended with its last chunk.
		return []*extprocv3.ProcessingResponse{trailers}, nil
	}
	var out []*extprocv3.ProcessingResponse
	var err error
	switch {
	case s.stream != nil:
		var held []byte
		var deny *denial
		held, deny, err = s.pushStream(ctx, nil, true)
		if deny != nil {
			return s.immediate(deny), nil
		}
		out = s.release(toDownstream, held, true, false)
	case s.replyBody != nil:
		out, err = s.finishReply(ctx, false)
	}
	if err != nil || s.stopped {
		return out, err
	}
	return append(out, trailers), nil
}

// finishReply checks a whole JSON reply and lets it go, redacted where the
// policy says so. A body that is not a reply promptgate can read goes on
// as it is.
func (s *procStream) finishReply(ctx context.Context, eos bool) ([]*extprocv3.ProcessingResponse, error) {
	body := s.replyBody
	s.replyBody = nil
	rb, err := parseReply(body)
	if err != nil || len(rb.segs) == 0 && rb.usage == nil {
		return s.release(toDownstream, body, false, eos), nil
	}
	var content strings.Builder
	var calls []*pb.ToolCall
	for _, sg := range rb.segs {
		if sg.tool != "" {
			calls = append(calls, &pb.ToolCall{Name: sg.tool, Arguments: sg.text})
			continue
		}
		if content.Len() > 0 {
			content.WriteString("\n\n")
		}
		content.WriteString(sg.text)
	}
	resp, deny, err := s.checkReply(ctx, content.String(), calls, rb.model, rb.usage)
	if err != nil || deny != nil {
		if deny != nil {
			return s.immediate(deny), nil
		}
		return nil, err
	}
	if resp.GetDecision().GetAction() != pb.Action_ACTION_REDACT {
		return s.release(toDownstream, body, false, eos), nil
	}
	// Each text is redacted on its own so that each JSON string gets its
	// own redacted value; the call above was the decision of record.
	var edits []edit
	for _, sg := range rb.segs {
		text := sg.text
		if len(rb.segs) == 1 && sg.tool == "" {
			text = resp.GetContent()
		} else {
			r, deny, err := s.checkReply(ctx, sg.text, nil, rb.model, nil)
			if deny != nil {
				return s.immediate(deny), nil
			}
			if err != nil {
				return nil, err
			}
			text = r.GetContent()
		}
		if text != sg.text {
			edits = append(edits, edit{sg.at, text})
		}
	}
	if len(edits) == 0 {
		return s.release(toDownstream, body, false, eos), nil
	}
	return s.release(toDownstream, applyEdits(body, edits), true, eos), nil
}

// checkReply asks the Guard about a piece of the reply. A DENY is returned
// as a denial; a reply the Guard refuses to read (too large, say) is
// denied too rather than let out unchecked.
func (s *procStream) checkReply(ctx context.Context, content string, calls []*pb.ToolCall, model string, usage *pb.Usage) (*pb.CheckResponseResponse, *denial, error) {
	if len(model) > maxIDBytes {
		model = ""
	}
	resp, err := s.guard.CheckResponse(ctx, &pb.CheckResponseRequest{
		Subject: s.id.subject(), Model: model, RequestId: s.requestID,
		Content: content, Usage: usage, System: s.system, ToolCalls: calls,
	})
	if err != nil {
		if st := status.Convert(err); st.Code() == codes.InvalidArgument {
			return nil, &denial{status: 502, reason: "reply_unreadable", message: st.Message(), decisionID: s.decisionID}, nil
		}
		return nil, nil, err
	}
	if resp.GetDecision().GetAction() == pb.Action_ACTION_DENY {
		return nil, decisionDenial(resp.GetDecision()), nil
	}
	return resp, nil, nil
}

// replyStream is a streamed reply being read event by event.
type replyStream struct {
	buf     []byte      // bytes not yet a whole event
	pending []*sseEvent // whole events not yet let out
	info    streamInfo
}

// pushStream takes a chunk of an event stream and returns the bytes that
// may go out now. The text of each delta stream (a content block, a
// choice, a tool call's arguments) is held back by
// EnvoyConfig.StreamHoldBytes and to its last whitespace, never inside a
// finding, so that a secret split across chunks is seen whole before any
// of it goes out. Events go out in order: one held event holds those after
// it. final lets out everything.
func (s *procStream) pushStream(ctx context.Context, chunk []byte, final bool) ([]byte, *denial, error) {
	rs := s.stream
	rs.buf = append(rs.buf, chunk...)
	for {
		n := nextEvent(rs.buf)
		if n == 0 {
			break
		}
		rs.pending = append(rs.pending, parseEvent(clone(rs.buf[:n]), &rs.info))
		rs.buf = rs.buf[n:]
	}
	if final && len(rs.buf) > 0 {
		rs.pending = append(rs.pending, parseEvent(clone(rs.buf), &rs.info))
		rs.buf = nil
	}
	if len(rs.buf) == 0 {
		rs.buf = nil // let the array go
	}

	k := len(rs.pending)
	if !final {
		k = s.releasable(rs.pending)
	}
	if k == 0 {
		return nil, nil, nil
	}
	out := rs.pending[:k]
	rs.pending = append([]*sseEvent(nil), rs.pending[k:]...)
	return s.releaseEvents(ctx, out, final && len(rs.pending) == 0)
}

// releasable returns how many of the pending events may go out: those
// whose deltas all end before their stream's safe cut.
func (s *procStream) releasable(pending []*sseEvent) int {
	type stream struct {
		text strings.Builder
		ends []int // where each delta ends in text
		cut  int
	}
	streams := map[string]*stream{}
	for _, ev := range pending {
		for _, sg := range ev.segs {
			if !sg.delta {
				continue
			}
			st := streams[sg.channel]
			if st == nil {
				st = &stream{}
				streams[sg.channel] = st
			}
			st.text.WriteString(sg.text)
			st.ends = append(st.ends, st.text.Len())
		}
	}
	hold := s.cfg.StreamHoldBytes
	for _, st := range streams {
		if text := st.text.String(); len(text) >= hold+hold/2 {
			// Only now is there enough to let some out: look where
			// the findings are so that none is cut in two.
			st.cut = safeCut(text, s.guard.scanner.Scan(detect.Input{Text: text}), hold, st.ends)
		}
	}
	pos := map[string]int{} // deltas of each stream seen so far
	for k, ev := range pending {
		for _, sg := range ev.segs {
			if !sg.delta {
				continue // a whole text is complete as it is
			}
			st := streams[sg.channel]
			if st.ends[pos[sg.channel]] > st.cut {
				return k
			}
			pos[sg.channel]++
		}
	}
	return len(pending)
}

// safeCut returns how much of text may go out: all but the last hold
// bytes, cut back to the last whitespace and before an unfinished PEM
// block, and to a delta boundary (ends) that no finding straddles.
func safeCut(text string, findings []detect.Finding, hold int, ends []int) int {
	cut := len(text) - hold
	if cut <= 0 {
		return 0
	}
	if len(text) <= maxHold {
		if i := strings.LastIndexAny(text[:cut], " \t\r\n"); i >= 0 {
			cut = i + 1
		} else {
			cut = 0
		}
		if j := strings.LastIndex(text[:cut], "-----BEGIN"); j >= 0 && !strings.Contains(text[j:], "-----END") {
			cut = j
		}
	}
	for {
		b := 0
		for _, e := range ends {
			if e <= cut {
				b = e
			}
		}
		moved := false
		for _, f := range findings {
			if f.Start < b && b < f.End {
				cut, moved = f.Start, true
			}
		}
		if !moved {
			return b
		}
	}
}

// checkJob is one text of the events going out, checked on its own: the
// deltas of one stream joined, or one whole text.
type checkJob struct {
	refs []segRef
	text string
	tool string
}

// segRef is a text segment of an event.
type segRef struct {
	ev *sseEvent
	i  int
}

// releaseEvents checks the texts of events about to go out and returns
// their bytes, redacted. The deltas of one stream are checked as one text;
// when it is redacted, its first delta carries the redacted text and the
// others carry empty text. last marks the end of the stream: its last
// check carries the stream's usage.
func (s *procStream) releaseEvents(ctx context.Context, evs []*sseEvent, last bool) ([]byte, *denial, error) {
	var jobs []*checkJob
	byChannel := map[string]*checkJob{}
	for _, ev := range evs {
		for i, sg := range ev.segs {
			ref := segRef{ev, i}
			if !sg.delta {
				jobs = append(jobs, &checkJob{refs: []segRef{ref}, text: sg.text, tool: sg.tool})
				continue
			}
			job := byChannel[sg.channel]
			if job == nil {
				job = &checkJob{tool: sg.tool}
				byChannel[sg.channel] = job
				jobs = append(jobs, job)
			}
			job.refs = append(job.refs, ref)
			job.text += sg.text
		}
	}
	var usage *pb.Usage
	if last {
		usage = s.stream.info.usage
		if len(jobs) == 0 {
			// Nothing left to read, but the usage is still reported.
			jobs = append(jobs, &checkJob{})
		}
	}
	texts := map[*sseEvent][]string{}
	for n, job := range jobs {
		var calls []*pb.ToolCall
		if job.tool != "" {
			calls = []*pb.ToolCall{{Name: job.tool}}
		}
		var u *pb.Usage
		if n == len(jobs)-1 {
			u = usage
		}
		resp, deny, err := s.checkReply(ctx, job.text, calls, s.stream.info.model, u)
		if err != nil || deny != nil {
			return nil, deny, err
		}
		if resp.GetDecision().GetAction() != pb.Action_ACTION_REDACT || resp.GetContent() == job.text {
			continue
		}
		for i, ref := range job.refs {
			t := texts[ref.ev]
			if t == nil {
				t = segTexts(ref.ev)
				texts[ref.ev] = t
			}
			t[ref.i] = ""
			if i == 0 {
				t[ref.i] = resp.GetContent()
			}
		}
	}
	var out []byte
	for _, ev := range evs {
		if t, ok := texts[ev]; ok {
			out = append(out, ev.rewrite(t)...)
		} else {
			out = append(out, ev.raw...)
		}
	}
	return out, nil, nil
}

func segTexts(ev *sseEvent) []string {
	out := make([]string, len(ev.segs))
	for i, sg := range ev.segs {
		out[i] = sg.text
	}
	return out
}

func clone(b []byte) []byte { return append([]byte(nil), b...) }

// hold answers a body chunk that is kept until the body is whole: in
// STREAMED mode the chunk is replaced by nothing (the whole body goes out
// with the last chunk); in FULL_DUPLEX_STREAMED mode nothing is answered
// yet.
func (s *procStream) hold(dir direction) []*extprocv3.ProcessingResponse {
	if s.mode(dir) == modeFullDuplex {
		return nil
	}
	return []*extprocv3.ProcessingResponse{bodyResponse(dir, &extprocv3.CommonResponse{
		BodyMutation: &extprocv3.BodyMutation{Mutation: &extprocv3.BodyMutation_Body{Body: []byte{}}},
	})}
}

// pass answers a body chunk that goes on as it is.
func (s *procStream) pass(dir direction, b *extprocv3.HttpBody) []*extprocv3.ProcessingResponse {
	if s.mode(dir) == modeFullDuplex {
		return streamed(dir, b.GetBody(), b.GetEndOfStream())
	}
	return []*extprocv3.ProcessingResponse{bodyResponse(dir, &extprocv3.CommonResponse{})}
}

// release answers the last body chunk (or, for a stream, any chunk) with
// data: everything held so far, possibly changed. In BUFFERED mode the
// headers are still held, so content-length is set to match a changed
// body.
func (s *procStream) release(dir direction, data []byte, changed, eos bool) []*extprocv3.ProcessingResponse {
	switch s.mode(dir) {
	case modeFullDuplex:
		if len(data) == 0 && !eos {
			return nil
		}
		return streamed(dir, data, eos)
	case modeBuffered, modePartial:
		c := &extprocv3.CommonResponse{}
		if changed {
			c.BodyMutation = &extprocv3.BodyMutation{Mutation: &extprocv3.BodyMutation_Body{Body: data}}
			if s.mode(dir) == modeBuffered {
				c.HeaderMutation = &extprocv3.HeaderMutation{SetHeaders: []*corev3.HeaderValueOption{procHeader("content-length", strconv.Itoa(len(data)))}}
			}
		}
		return []*extprocv3.ProcessingResponse{bodyResponse(dir, c)}
	}
	// STREAMED: earlier chunks were replaced by nothing, so this one
	// carries all that goes out now.
	return []*extprocv3.ProcessingResponse{bodyResponse(dir, &extprocv3.CommonResponse{
		BodyMutation: &extprocv3.BodyMutation{Mutation: &extprocv3.BodyMutation_Body{Body: nonNil(data)}},
	})}
}

func nonNil(b []byte) []byte {
	if b == nil {
		return []byte{}
	}
	return b
}

func (s *procStream) mode(dir direction) procmode.ProcessingMode_BodySendMode {
	if dir == toUpstream {
		return s.reqMode
	}
	return s.respMode
}

// immediate ends the exchange with a denial. Sent while a reply is
// streaming, it makes Envoy reset the stream: what went out stays out,
// nothing more follows.
func (s *procStream) immediate(d *denial) []*extprocv3.ProcessingResponse {
	s.stopped = true
	var hs []*corev3.HeaderValueOption
	for _, h := range d.headers(s.guard.now()) {
		hs = append(hs, procHeader(h[0], h[1]))
	}
	return []*extprocv3.ProcessingResponse{{Response: &extprocv3.ProcessingResponse_ImmediateResponse{ImmediateResponse: &extprocv3.ImmediateResponse{
		Status:  &typev3.HttpStatus{Code: typev3.StatusCode(d.status)},
		Headers: &extprocv3.HeaderMutation{SetHeaders: hs},
		Body:    d.body(s.api),
		Details: "promptgate_" + d.reason,
	}}}}
}

func headersResponse(dir direction, m *extprocv3.HeaderMutation) *extprocv3.ProcessingResponse {
	hr := &extprocv3.HeadersResponse{Response: &extprocv3.CommonResponse{HeaderMutation: m}}
	if dir == toUpstream {
		return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_RequestHeaders{RequestHeaders: hr}}
	}
	return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ResponseHeaders{ResponseHeaders: hr}}
}

func bodyResponse(dir direction, c *extprocv3.CommonResponse) *extprocv3.ProcessingResponse {
	br := &extprocv3.BodyResponse{Response: c}
	if dir == toUpstream {
		return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_RequestBody{RequestBody: br}}
	}
	return &extprocv3.ProcessingResponse{Response: &extprocv3.ProcessingResponse_ResponseBody{ResponseBody: br}}
}

// streamed answers in FULL_DUPLEX_STREAMED mode, in chunks of at most
// maxChunk bytes.
func streamed(dir direction, data []byte, eos bool) []*extprocv3.ProcessingResponse {
	var out []*extprocv3.ProcessingResponse
	for {
		n := min(len(data), maxChunk)
		last := n == len(data)
		out = append(out, bodyResponse(dir, &extprocv3.CommonResponse{
			BodyMutation: &extprocv3.BodyMutation{Mutation: &extprocv3.BodyMutation_StreamedResponse{
				StreamedResponse: &extprocv3.StreamedBodyResponse{Body: data[:n], EndOfStream: eos && last},
			}},
		}))
		data = data[n:]
		if last {
			return out
		}
	}
}

func procHeader(k, v string) *corev3.HeaderValueOption {
	return &corev3.HeaderValueOption{
		Header:       &corev3.HeaderValue{Key: k, RawValue: []byte(v)},
		AppendAction: corev3.HeaderValueOption_OVERWRITE_IF_EXISTS_OR_ADD,
	}
}
