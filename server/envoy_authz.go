package server

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"github.com/open-policy-agent/opa/v1/ast"
	"hash"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"

	corev3 "github.com/envoyproxy/go-control-plane/envoy/config/core/v3"
	authv3 "github.com/envoyproxy/go-control-plane/envoy/service/auth/v3"
	typev3 "github.com/envoyproxy/go-control-plane/envoy/type/v3"
	rpcstatus "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
)

// EnvoyConfig configures the Envoy ext_authz and ext_proc services.
type EnvoyConfig struct {
	// TenantHeader names the request header holding the tenant; empty is
	// x-promptgate-tenant. Clients can set any header they like: an
	// operator sets this one at the edge (from a JWT claim, a route) and
	// strips the client's own.
	TenantHeader string
	// UserHeader names the header holding the end user; empty is
	// x-promptgate-user.
	UserHeader string
	// APIKeyHeaders name the headers that may hold the caller's API key,
	// tried in order; "authorization" is read as "Bearer <key>". Empty is
	// x-api-key, authorization. A key is only ever used as a salted hash.
	APIKeyHeaders []string
	// KeySalt keys the HMAC that turns an API key into api_key_id. Set it
	// to a secret shared by the replicas, so that ids agree between them
	// and cannot be recomputed from a leaked key list.
	KeySalt string
	// DefaultTenant is the tenant of a request without a tenant header;
	// empty is "default".
	DefaultTenant string
	// AllowRedactWithHeader lets ext_authz allow a prompt the policy would
	// redact, marked with x-promptgate-action: redact, instead of
	// answering 403 redaction_required. ext_authz cannot rewrite a body;
	// ext_proc can, so set this only where ext_proc follows.
	AllowRedactWithHeader bool
	// KeepAcceptEncoding leaves the client's accept-encoding on requests
	// ext_proc handles. By default it is removed so that replies come back
	// uncompressed and can be read; a compressed reply is refused.
	KeepAcceptEncoding bool
	// StreamHoldBytes is how much of a streamed reply's text ext_proc holds
	// back, so that a secret split across chunks is caught whole; zero is
	// 256. Text is also held back to the last whitespace, so a key or an
	// address being written is never let out in part.
	StreamHoldBytes int
}

// Envoy header and metadata names.
const (
	headerDecisionID  = "x-promptgate-decision-id"
	headerAction      = "x-promptgate-action"
	headerReason      = "x-promptgate-reason"
	headerPartialBody = "x-envoy-auth-partial-body"
	// extAuthzNamespace is where Envoy puts ext_authz's dynamic metadata;
	// ext_proc reads it when Envoy forwards it.
	extAuthzNamespace = "envoy.filters.http.ext_authz"
	// procNamespace is where ext_proc's dynamic metadata goes.
	procNamespace = "promptgate"
)

func (c EnvoyConfig) withDefaults() EnvoyConfig {
	if c.TenantHeader == "" {
		c.TenantHeader = "x-promptgate-tenant"
	}
	if c.UserHeader == "" {
		c.UserHeader = "x-promptgate-user"
	}
	if len(c.APIKeyHeaders) == 0 {
		c.APIKeyHeaders = []string{"x-api-key", "authorization"}
	}
	if c.DefaultTenant == "" {
		c.DefaultTenant = "default"
	}
	if c.StreamHoldBytes <= 0 {
		c.StreamHoldBytes = 256
	}
	c.TenantHeader = strings.ToLower(c.TenantHeader)
	c.UserHeader = strings.ToLower(c.UserHeader)
	for i, h := range c.APIKeyHeaders {
		c.APIKeyHeaders[i] = strings.ToLower(h)
	}
	return c
}

// envoy is what the two Envoy services share: the Guard and how to read
// identities and answer denials.
type envoy struct {
	guard *Guard
	cfg   EnvoyConfig
	log   *slog.Logger
	// keyHashes holds keyID's HMACs, keyed once: after its first use, a
	// Reset HMAC starts from its keyed state without hashing the key again.
	keyHashes sync.Pool
}

func newEnvoy(g *Guard, cfg EnvoyConfig) *envoy {
	e := &envoy{guard: g, cfg: cfg.withDefaults(), log: g.log}
	key := []byte("promptgate api_key_id\x00" + e.cfg.KeySalt)
	e.keyHashes.New = func() any { return hmac.New(sha256.New, key) }
	return e
}

// identity is who makes a call, read from its headers.
type identity struct {
	tenant, user, keyID, requestID string
}

func (id identity) subject() *pb.Subject {
	return &pb.Subject{Tenant: id.tenant, User: id.user, ApiKeyId: id.keyID}
}

// identify reads the caller from headers (get returns a header by its
// lower-case name).
func (e *envoy) identify(get func(string) string) identity {
	id := identity{
		tenant: strings.TrimSpace(get(e.cfg.TenantHeader)),
		user:   strings.TrimSpace(get(e.cfg.UserHeader)),
	}
	if id.tenant == "" {
		id.tenant = e.cfg.DefaultTenant
	}
	if rid := get("x-request-id"); len(rid) <= maxIDBytes {
		id.requestID = rid
	}
	for _, h := range e.cfg.APIKeyHeaders {
		key := strings.TrimSpace(get(h))
		if h == "authorization" {
			scheme, rest, ok := strings.Cut(key, " ")
			if !ok || !strings.EqualFold(scheme, "bearer") {
				continue
			}
			key = strings.TrimSpace(rest)
		}
		if key != "" {
			id.keyID = e.keyID(key)
			break
		}
	}
	return id
}

// keyID is the api_key_id of an API key: a keyed hash, so that limits can
// be kept per key without the key itself being kept, logged or passed on.
func (e *envoy) keyID(key string) string {
	m := e.keyHashes.Get().(hash.Hash)
	m.Reset()
	m.Write([]byte(key))
	var sum [sha256.Size]byte
	m.Sum(sum[:0])
	e.keyHashes.Put(m)
	return hex.EncodeToString(sum[:16])
}

// denial is an HTTP answer refusing a call.
type denial struct {
	status     int
	code       codes.Code // for ext_authz's top-level status
	reason     string     // a reason code: prompt_injection, rate_limited, invalid_body, …
	message    string     // for people; never holds request text
	decisionID string
	rateLimit  *pb.RateLimitStatus
}

func badRequest(err error) *denial {
	return &denial{status: 400, code: codes.InvalidArgument, reason: "invalid_body", message: err.Error()}
}

func tooLarge(msg string) *denial {
	return &denial{status: 413, code: codes.InvalidArgument, reason: "body_too_large", message: msg}
}

// decisionDenial turns a DENY decision into an answer: 429 for limits, 503
// when the counters are unavailable, 403 for everything else.
func decisionDenial(d *pb.Decision) *denial {
	out := &denial{status: 403, code: codes.PermissionDenied, reason: "denied", decisionID: d.GetDecisionId()}
	if rs := d.GetReasons(); len(rs) > 0 {
		out.reason, out.message = rs[0].GetCode(), rs[0].GetMessage()
	}
	if (out.reason == "rate_limited" || out.reason == "budget_exhausted") && d.GetRateLimit() != nil {
		out.status, out.code, out.rateLimit = 429, codes.ResourceExhausted, d.GetRateLimit()
	}
	if out.reason == "counters_unavailable" {
		// The counters are away and the fail mode is closed: a retry may
		// succeed, and the fault is not the caller's.
		out.status, out.code = 503, codes.Unavailable
	}
	return out
}

// headers are the HTTP headers of a denial.
func (d *denial) headers(now time.Time) [][2]string {
	h := [][2]string{{"content-type", "application/json"}, {headerReason, d.reason}}
	if d.decisionID != "" {
		h = append(h, [2]string{headerDecisionID, d.decisionID})
	}
	if rl := d.rateLimit; rl != nil {
		retry := ceilSeconds(rl.GetRetryAfter().AsDuration())
		h = append(h,
			[2]string{"retry-after", strconv.FormatInt(max(retry, 1), 10)},
			[2]string{"ratelimit-limit", strconv.FormatInt(rl.GetLimit(), 10)},
			[2]string{"ratelimit-remaining", strconv.FormatInt(max(rl.GetRemaining(), 0), 10)},
			[2]string{"ratelimit-reset", strconv.FormatInt(max(ceilSeconds(rl.GetResetAt().AsTime().Sub(now)), 0), 10)},
		)
	}
	return h
}

func ceilSeconds(d time.Duration) int64 { return int64((d + time.Second - 1) / time.Second) }

// body is the JSON error a denial answers with, shaped like the provider's
// own errors so that SDKs raise their usual exception with our message.
func (d *denial) body(api llmAPI) []byte {
	msg := "promptgate: " + d.reason
	if d.message != "" {
		msg += ": " + d.message
	}
	if d.decisionID != "" {
		msg += " (decision_id " + d.decisionID + ")"
	}
	var b []byte
	if api == apiAnthropicMessages {
		typ := map[int]string{400: "invalid_request_error", 403: "permission_error", 413: "request_too_large", 415: "invalid_request_error", 429: "rate_limit_error"}[d.status]
		if typ == "" {
			typ = "api_error"
		}
		b = append(b, `{"type":"error","error":{"type":`...)
		b = appendJSONString(b, typ)
		b = append(b, `,"message":`...)
		b = appendJSONString(b, msg)
		return append(b, "}}"...)
	}
	typ := map[int]string{400: "invalid_request_error", 403: "permission_error", 413: "invalid_request_error", 415: "invalid_request_error", 429: "rate_limit_error"}[d.status]
	if typ == "" {
		typ = "server_error"
	}
	b = append(b, `{"error":{"message":`...)
	b = appendJSONString(b, msg)
	b = append(b, `,"type":`...)
	b = appendJSONString(b, typ)
	b = append(b, `,"param":null,"code":`...)
	b = appendJSONString(b, d.reason)
	return append(b, "}}"...)
}

// requestPolicy asks the Envoy request policy about a request that cannot
// be checked as a prompt: an unknown path, or a body Envoy cut short. It
// returns the denial, or nil to let the request pass unchecked.
func (e *envoy) requestPolicy(ctx context.Context, id identity, method string, api llmAPI, truncated bool) (*denial, error) {
	input := ast.NewObject(
		item("subject", subjectTerm(id.subject())),
		item("method", ast.StringTerm(method)),
		item("api", ast.StringTerm(api.String())),
		item("truncated", ast.InternedTerm(truncated)),
	)
	d, err := e.guard.engine.Envoy(ctx, input)
	if err != nil {
		return nil, e.guard.policyError(ctx, "envoy.request", newID(), err)
	}
	if d.Action != "deny" {
		return nil, nil
	}
	out := &denial{status: 403, code: codes.PermissionDenied, reason: "denied"}
	if len(d.Reasons) > 0 {
		out.reason, out.message = d.Reasons[0].Code, d.Reasons[0].Message
	}
	if out.reason == "body_truncated" {
		out.status, out.code = 413, codes.InvalidArgument
	}
	return out, nil
}

// promptVerdict is the outcome of checking a request body.
type promptVerdict struct {
	// deny, when set, is the answer; resp may then be nil (the body was
	// refused before any decision).
	deny *denial
	resp *pb.CheckPromptResponse
	body *promptBody
	// tokens is the prompt's token estimate, as the Guard charges it.
	tokens int64
}

// checkPrompt reads a request body of api, as bytes or, when body is
// empty, as text, and asks the Guard about it, exactly as a CheckPrompt
// call would. An error is a failure to decide (store or policy), for
// Envoy's failure mode to handle; everything else is a verdict.
func (e *envoy) checkPrompt(ctx context.Context, count counting, api llmAPI, id identity, body []byte, text string) (promptVerdict, error) {
	method := procMethod
	if count == chargeOnly {
		method = "envoy.ext_authz"
	}
	var p *promptBody
	var err error
	if len(body) == 0 {
		p, err = parsePromptString(api, text)
	} else {
		p, err = parsePrompt(api, body)
	}
	if err != nil {
		var be *bodyError
		if !errors.As(err, &be) {
			return promptVerdict{}, err
		}
		e.guard.metrics.invalid(method)
		return promptVerdict{deny: badRequest(err)}, nil
	}
	p.req.Subject = id.subject()
	p.req.RequestId = id.requestID
	p.req.Labels = map[string]string{"via": "envoy", "api": api.String()}
	resp, tokens, err := e.guard.checkPrompt(ctx, p.req, count)
	if err != nil {
		if st := status.Convert(err); st.Code() == codes.InvalidArgument || st.Code() == codes.AlreadyExists {
			// Validation names the field and never echoes its value.
			return promptVerdict{deny: &denial{status: 400, code: codes.InvalidArgument, reason: "invalid_request", message: st.Message()}}, nil
		}
		return promptVerdict{}, err
	}
	v := promptVerdict{resp: resp, body: p, tokens: tokens}
	if resp.GetDecision().GetAction() == pb.Action_ACTION_DENY {
		v.deny = decisionDenial(resp.GetDecision())
	}
	return v, nil
}

// metadata is what a checked call tells the filters after promptgate.
func (v promptVerdict) metadata(id identity) *structpb.Struct {
	d := v.resp.GetDecision()
	return &structpb.Struct{Fields: map[string]*structpb.Value{
		"action":           structpb.NewStringValue(actionName(d.GetAction())),
		"decision_id":      structpb.NewStringValue(d.GetDecisionId()),
		"request_id":       structpb.NewStringValue(v.resp.GetRequestId()),
		"tenant":           structpb.NewStringValue(id.tenant),
		"estimated_tokens": structpb.NewNumberValue(float64(v.tokens)),
		"max_tokens":       structpb.NewNumberValue(float64(v.resp.GetMaxTokens())),
		"policy_revision":  structpb.NewStringValue(d.GetPolicyRevision()),
	}}
}

// envoyAuthz implements envoy.service.auth.v3.Authorization.
type envoyAuthz struct {
	authv3.UnimplementedAuthorizationServer
	*envoy
}

// Check implements Authorization: it reads the request's body as a prompt
// of the LLM API its path names and answers with the Guard's verdict.
func (a *envoyAuthz) Check(ctx context.Context, req *authv3.CheckRequest) (*authv3.CheckResponse, error) {
	const method = "envoy.ext_authz"
	h := req.GetAttributes().GetRequest().GetHttp()
	get := authzHeaders(h)
	api := apiForRequest(h.GetMethod(), h.GetPath())
	truncated := api != apiUnknown && strings.EqualFold(get(headerPartialBody), "true")
	if api == apiUnknown || truncated {
		// Nothing to screen as a prompt: the policy decides.
		deny, err := a.requestPolicy(ctx, a.identify(get), h.GetMethod(), api, truncated)
		if err != nil {
			return nil, err
		}
		if deny != nil {
			return a.deniedCheck(api, deny), nil
		}
		return &authv3.CheckResponse{Status: &rpcstatus.Status{Code: int32(codes.OK)}}, nil
	}
	if enc := get("content-encoding"); enc != "" && !strings.EqualFold(enc, "identity") {
		a.guard.metrics.invalid(method)
		return a.deniedCheck(api, &denial{status: 415, code: codes.InvalidArgument, reason: "invalid_body",
			message: "a compressed request body cannot be checked"}), nil
	}
	id := a.identify(get)
	// ext_authz never sees the reply, so its charge of the estimate is
	// final rather than a reservation left to expire; ext_proc reserves
	// and settles.
	v, err := a.checkPrompt(ctx, chargeOnly, api, id, h.GetRawBody(), h.GetBody())
	if err != nil {
		return nil, err
	}
	if v.deny != nil {
		return a.deniedCheck(api, v.deny), nil
	}
	d := v.resp.GetDecision()
	ok := &authv3.OkHttpResponse{Headers: []*corev3.HeaderValueOption{authzHeader(headerDecisionID, d.GetDecisionId())}}
	if d.GetAction() == pb.Action_ACTION_REDACT {
		if !a.cfg.AllowRedactWithHeader {
			return a.deniedCheck(api, &denial{status: 403, code: codes.PermissionDenied, reason: "redaction_required",
				message:    "the prompt holds " + reasonCodes(d) + " that must be redacted, which ext_authz cannot do",
				decisionID: d.GetDecisionId()}), nil
		}
		ok.Headers = append(ok.Headers, authzHeader(headerAction, "redact"))
	}
	return &authv3.CheckResponse{
		Status:          &rpcstatus.Status{Code: int32(codes.OK)},
		HttpResponse:    &authv3.CheckResponse_OkResponse{OkResponse: ok},
		DynamicMetadata: v.metadata(id),
	}, nil
}

func reasonCodes(d *pb.Decision) string {
	var out []string
	for _, r := range d.GetReasons() {
		out = append(out, r.GetCode())
	}
	if len(out) == 0 {
		return "findings"
	}
	return strings.Join(out, ", ")
}

func (a *envoyAuthz) deniedCheck(api llmAPI, d *denial) *authv3.CheckResponse {
	var hs []*corev3.HeaderValueOption
	for _, h := range d.headers(a.guard.now()) {
		hs = append(hs, authzHeader(h[0], h[1]))
	}
	return &authv3.CheckResponse{
		Status: &rpcstatus.Status{Code: int32(d.code), Message: d.reason},
		HttpResponse: &authv3.CheckResponse_DeniedResponse{DeniedResponse: &authv3.DeniedHttpResponse{
			Status:  &typev3.HttpStatus{Code: typev3.StatusCode(d.status)},
			Headers: hs,
			Body:    string(d.body(api)),
		}},
	}
}

func authzHeader(k, v string) *corev3.HeaderValueOption {
	return &corev3.HeaderValueOption{
		Header:       &corev3.HeaderValue{Key: k, Value: v},
		AppendAction: corev3.HeaderValueOption_OVERWRITE_IF_EXISTS_OR_ADD,
	}
}

// authzHeaders returns a lookup of the request's headers, whether Envoy sent
// them as a map or, with encode_raw_headers, as a list.
func authzHeaders(h *authv3.AttributeContext_HttpRequest) func(string) string {
	if m := h.GetHeaderMap(); m != nil && len(h.GetHeaders()) == 0 {
		return headerMapLookup(m)
	}
	hs := h.GetHeaders()
	return func(k string) string { return hs[k] }
}

func headerMapLookup(m *corev3.HeaderMap) func(string) string {
	return func(k string) string {
		for _, h := range m.GetHeaders() {
			if strings.EqualFold(h.GetKey(), k) {
				if v := h.GetRawValue(); len(v) > 0 {
					return string(v)
				}
				return h.GetValue()
			}
		}
		return ""
	}
}
