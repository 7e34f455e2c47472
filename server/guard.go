// Package server serves promptgate over gRPC: the GuardService, gRPC health
// and reflection, and over HTTP the health, readiness and metrics
// endpoints. It validates requests and wires the detectors, the policy
// engine and the counter store together for each call.
package server

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/durationpb"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/promptgate/promptgate/detect"
	"github.com/promptgate/promptgate/policies"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/redact"
	"github.com/promptgate/promptgate/store"
)

// Guard implements promptgate.v1.GuardService.
type Guard struct {
	pb.UnimplementedGuardServiceServer

	scanner   *detect.Scanner
	engine    *policies.Engine
	store     store.Store
	limits    Limits
	log       *slog.Logger
	decisions *DecisionLog
	metrics   *Metrics
	shadow    bool
	hashKey   []byte
	now       func() time.Time
}

// GuardConfig holds what a Guard is made of.
type GuardConfig struct {
	// Scanner runs the detectors; nil takes detect.DefaultScanner().
	Scanner *detect.Scanner
	// Engine evaluates the policies. Required.
	Engine *policies.Engine
	// Store charges the rate and cost limits. Required.
	Store store.Store
	// Limits bound request sizes; zero fields take DefaultLimits'.
	Limits Limits
	// Logger receives operational messages; nil discards them.
	Logger *slog.Logger
	// DecisionLog receives one line per decision; nil writes every
	// decision, without content, to Logger.
	DecisionLog *DecisionLog
	// Metrics counts decisions; nil counts into a private registry.
	Metrics *Metrics
	// Shadow puts every decision in shadow: the would-be decision is
	// logged and counted, the caller is allowed, and limits are charged
	// but not enforced.
	Shadow bool
	// RedactHashKey keys the hash redaction operator, so that a value gives
	// the same token on every replica and across restarts; nil takes a
	// random key per process.
	RedactHashKey []byte
	// Now is the clock; nil is time.Now.
	Now func() time.Time
}

// NewGuard returns a Guard.
func NewGuard(cfg GuardConfig) (*Guard, error) {
	if cfg.Engine == nil {
		return nil, errors.New("new guard: no policy engine")
	}
	if cfg.Store == nil {
		return nil, errors.New("new guard: no store")
	}
	g := &Guard{
		scanner:   cfg.Scanner,
		engine:    cfg.Engine,
		store:     cfg.Store,
		limits:    cfg.Limits,
		log:       cfg.Logger,
		decisions: cfg.DecisionLog,
		metrics:   cfg.Metrics,
		shadow:    cfg.Shadow,
		hashKey:   cfg.RedactHashKey,
		now:       cfg.Now,
	}
	if g.scanner == nil {
		g.scanner = detect.DefaultScanner()
	}
	if g.limits.MaxMessageBytes <= 0 {
		g.limits.MaxMessageBytes = DefaultLimits.MaxMessageBytes
	}
	if g.limits.MaxRequestBytes <= 0 {
		g.limits.MaxRequestBytes = DefaultLimits.MaxRequestBytes
	}
	if g.log == nil {
		g.log = slog.New(slog.DiscardHandler)
	}
	if g.decisions == nil {
		g.decisions = &DecisionLog{Logger: g.log, AllowSample: 1}
	}
	if g.metrics == nil {
		g.metrics = NewMetrics(nil)
	}
	if g.now == nil {
		g.now = time.Now
	}
	return g, nil
}

// finding is a detector finding placed in a call: -1 is the system prompt,
// else the index of the message (always 0 for a response's content; tool
// call i's arguments are 1+i).
type finding struct {
	detect.Finding
	message int
}

// CheckPrompt implements GuardService. It reserves the call's estimated
// cost under its request id, for CheckResponse to settle.
func (g *Guard) CheckPrompt(ctx context.Context, req *pb.CheckPromptRequest) (*pb.CheckPromptResponse, error) {
	resp, _, err := g.checkPrompt(ctx, req, reserve)
	return resp, err
}

// counting is how a prompt's cost is taken from its limits.
type counting int

const (
	// reserve holds the estimate under the request id until a settlement
	// with the real usage, or until it expires as charged.
	reserve counting = iota
	// chargeOnly takes the estimate for good, for callers that will never
	// settle (Envoy's ext_authz sees no reply).
	chargeOnly
	// uncounted charges nothing: the call was already charged (ext_proc
	// redacting a prompt ext_authz allowed for it).
	uncounted
)

// checkPrompt decides on req and returns, besides the response, the
// prompt's token estimate, which Envoy's filters are told.
func (g *Guard) checkPrompt(ctx context.Context, req *pb.CheckPromptRequest, count counting) (*pb.CheckPromptResponse, int64, error) {
	const method = "CheckPrompt"
	start := g.now()
	if err := g.limits.validatePrompt(req); err != nil {
		g.metrics.invalid(method)
		return nil, 0, err
	}
	e := &entry{method: method, subject: req.GetSubject(), requestID: req.GetRequestId(), model: req.GetModel()}
	if e.requestID == "" {
		e.requestID = newID()
	}
	decisionID := newID()

	// Detect.
	if sys := req.GetSystem(); sys != "" {
		e.scan(g.scanner, sys, false, -1)
		e.tokens += detect.EstimateTokens(sys) + detect.MessageOverheadTokens
	}
	for i, m := range req.GetMessages() {
		e.scan(g.scanner, m.GetContent(), m.GetUntrusted(), i)
		e.tokens += detect.EstimateTokens(m.GetContent()) + detect.MessageOverheadTokens
	}
	detected := g.now()

	// Decide.
	d, err := g.engine.Prompt(ctx, promptInput(req, e.findings, e.tokens))
	if err != nil {
		return nil, 0, g.policyError(ctx, method, decisionID, err)
	}
	decided := g.now()
	shadowAll := g.shadow || d.Shadow
	shadowed := d.ShadowReasons

	// Count: only calls the policy lets through are charged. In shadow,
	// what the policy would deny is not charged either, so that shadow
	// counters match what enforcement would see. The estimate is reserved
	// under the request id; CheckResponse settles it to the real usage.
	var rl *pb.RateLimitStatus
	if d.Action != "deny" && len(d.Limits) > 0 && count != uncounted {
		limits := storeLimits(req.GetSubject().GetTenant(), d.Limits)
		var res store.Result
		var err error
		if count == chargeOnly {
			res, err = g.store.Charge(ctx, decided, limits)
		} else {
			res, err = g.store.Reserve(ctx, decided, store.Reservation{Tenant: req.GetSubject().GetTenant(), ID: e.requestID, Limits: limits})
		}
		switch {
		case errors.Is(err, store.ErrReservationExists):
			g.metrics.invalid(method)
			return nil, 0, status.Error(codes.AlreadyExists, "request_id: a call with this id is already open; use a new id per call")
		case err != nil:
			g.log.LogAttrs(ctx, slog.LevelError, "reserve limits", slog.String("decision_id", decisionID), slog.String("error", err.Error()))
			g.metrics.error(method, "store")
			return nil, 0, status.Errorf(codes.Unavailable, "rate-limit counters unavailable (decision_id %s)", decisionID)
		}
		if res.Fallback != "" {
			g.metrics.fallback(res.Fallback)
		}
		switch res.Fallback {
		case store.FailClosed:
			// Nothing was counted: deny, and name the outage, not a limit.
			d.Action = "deny"
			d.Reasons = []policies.Reason{{Code: "counters_unavailable", Message: "rate-limit counters are unavailable and the fail mode is closed"}}
		case store.FailOpen:
			// Nothing was counted: allow, with no limit status to report.
		default:
			if st, ok := res.Tightest(); ok {
				rl = rateLimitStatus(st)
			}
			if !res.Allowed {
				st, _ := res.Tightest()
				reason := limitReason(st)
				if shadowAll || slices.Contains(d.ShadowRules, reason.Code) {
					shadowed = append(shadowed, reason)
				} else {
					d.Action = "deny"
					d.Reasons = []policies.Reason{reason}
				}
			}
		}
	}
	counted := g.now()

	g.applyShadow(method, e, &d, shadowed, shadowAll)

	resp := &pb.CheckPromptResponse{
		Decision:  decisionProto(d, e.findings, decisionID, rl),
		Messages:  req.GetMessages(),
		System:    req.GetSystem(),
		MaxTokens: d.MaxTokens,
		RequestId: e.requestID,
	}
	if d.Action == "redact" {
		r, err := g.redactor(d)
		if err != nil {
			return nil, 0, g.policyError(ctx, method, decisionID, err)
		}
		redactPrompt(r, resp, e.findings, d.RedactKinds)
	}
	if g.decisions.LogContent {
		e.texts, e.textsIndex = promptTexts(req)
	}
	e.decision, e.detect, e.eval, e.count = resp.Decision, detected.Sub(start), decided.Sub(detected), counted.Sub(decided)
	g.decisions.write(ctx, e)
	g.metrics.decision(method, resp.Decision, g.now().Sub(start))
	return resp, e.tokens, nil
}

// CheckResponse implements GuardService.
func (g *Guard) CheckResponse(ctx context.Context, req *pb.CheckResponseRequest) (*pb.CheckResponseResponse, error) {
	const method = "CheckResponse"
	start := g.now()
	if err := g.limits.validateResponse(req); err != nil {
		g.metrics.invalid(method)
		return nil, err
	}
	e := &entry{method: method, subject: req.GetSubject(), requestID: req.GetRequestId(), model: req.GetModel()}
	decisionID := newID()
	e.scan(g.scanner, req.GetContent(), false, 0)
	for i, c := range req.GetToolCalls() {
		e.scan(g.scanner, c.GetArguments(), false, 1+i)
	}
	e.tokens = detect.EstimateTokens(req.GetContent())
	detected := g.now()
	d, err := g.engine.Response(ctx, responseInput(req, e.findings))
	if err != nil {
		return nil, g.policyError(ctx, method, decisionID, err)
	}
	decided := g.now()
	rl := g.settle(ctx, req, d.Limits, decided, decisionID)
	settled := g.now()
	g.applyShadow(method, e, &d, d.ShadowReasons, g.shadow || d.Shadow)
	resp := &pb.CheckResponseResponse{
		Decision: decisionProto(d, e.findings, decisionID, rl),
		Content:  req.GetContent(),
	}
	if d.Action == "redact" {
		r, err := g.redactor(d)
		if err != nil {
			return nil, g.policyError(ctx, method, decisionID, err)
		}
		resp.Content, _ = r.Redact(req.GetContent(), plain(e.findings, 0), kindSet(d.RedactKinds))
	}
	if g.decisions.LogContent {
		e.texts, e.textsIndex = []string{req.GetContent()}, []int{0}
	}
	e.decision, e.detect, e.eval, e.count = resp.Decision, detected.Sub(start), decided.Sub(detected), settled.Sub(decided)
	g.decisions.write(ctx, e)
	g.metrics.decision(method, resp.Decision, g.now().Sub(start))
	return resp, nil
}

// applyShadow puts what is in shadow out of force and on record: the whole
// decision when whole (global or tenant shadow), else only the shadowed
// reasons. The caller then gets ALLOW, or what the enforced rules decide;
// the decision line and promptgate_shadow_decisions_total say what would
// have happened.
func (g *Guard) applyShadow(method string, e *entry, d *policies.Decision, shadowed []policies.Reason, whole bool) {
	if whole && d.Action != "allow" {
		shadowed = append(shadowed, d.Reasons...)
		e.shadow = &shadowOutcome{whole: true, action: d.Action}
		d.Action, d.Reasons = "allow", nil
	}
	if len(shadowed) == 0 {
		return
	}
	if e.shadow == nil {
		e.shadow = &shadowOutcome{action: d.Action}
	}
	e.shadow.reasons = codesOf(shadowed)
	g.metrics.shadowed(method, e.shadow.action)
}

// decisionProto is the API's form of a decision.
func decisionProto(d policies.Decision, findings []finding, decisionID string, rl *pb.RateLimitStatus) *pb.Decision {
	return &pb.Decision{
		Action:         action(d.Action),
		Reasons:        reasons(d.Reasons),
		Findings:       pbFindings(findings),
		DecisionId:     decisionID,
		PolicyRevision: d.Revision,
		RateLimit:      rl,
	}
}

// settle corrects the reservation of req's call to the real costs the
// response policy lists. A settlement that fails leaves the reservation
// standing as charged, which errs on the safe side, so it is logged and
// counted but does not fail the call.
func (g *Guard) settle(ctx context.Context, req *pb.CheckResponseRequest, limits []policies.Limit, now time.Time, decisionID string) *pb.RateLimitStatus {
	if len(limits) == 0 || req.GetRequestId() == "" {
		return nil
	}
	tenant := req.GetSubject().GetTenant()
	res, err := g.store.Settle(ctx, now, store.Settlement{Tenant: tenant, ID: req.GetRequestId(), Limits: storeLimits(tenant, limits)})
	if err != nil {
		g.log.LogAttrs(ctx, slog.LevelWarn, "settle limits", slog.String("decision_id", decisionID), slog.String("error", err.Error()))
		g.metrics.error("CheckResponse", "settle")
		return nil
	}
	if res.Fallback != "" {
		g.metrics.fallback(res.Fallback)
	}
	if !res.Found {
		g.metrics.unsettled()
		return nil
	}
	if st, ok := (store.Result{Allowed: true, Statuses: res.Statuses}).Tightest(); ok && res.Fallback != store.FailOpen && res.Fallback != store.FailClosed {
		return rateLimitStatus(st)
	}
	return nil
}

// GetUsage implements GuardService: the counters the policy lists for a
// call of the subject, read without charging them.
func (g *Guard) GetUsage(ctx context.Context, req *pb.GetUsageRequest) (*pb.GetUsageResponse, error) {
	const method = "GetUsage"
	if err := validateSubject(req.GetSubject()); err != nil {
		g.metrics.invalid(method)
		return nil, err
	}
	if err := validateID("model", req.GetModel()); err != nil {
		g.metrics.invalid(method)
		return nil, err
	}
	probe := &pb.CheckPromptRequest{Subject: req.GetSubject(), Model: req.GetModel()}
	d, err := g.engine.Prompt(ctx, promptInput(probe, nil, 0))
	if err != nil {
		return nil, g.policyError(ctx, method, "", err)
	}
	limits := storeLimits(req.GetSubject().GetTenant(), d.Limits)
	for i := range limits {
		limits[i].Cost = 0
	}
	resp := &pb.GetUsageResponse{PolicyRevision: d.Revision}
	if len(limits) == 0 {
		return resp, nil
	}
	sts, err := g.store.Usage(ctx, g.now(), limits)
	if err != nil {
		g.metrics.error(method, "store")
		return nil, status.Error(codes.Unavailable, "rate-limit counters unavailable")
	}
	for i, st := range sts {
		resp.Counters = append(resp.Counters, &pb.Counter{
			Name:      st.Limit.Name,
			Scope:     d.Limits[i].Scope,
			Limit:     st.Limit.Limit,
			Used:      max(st.Limit.Limit-st.Remaining, 0),
			Remaining: st.Remaining,
			ResetAt:   timestamppb.New(st.ResetAt),
		})
	}
	return resp, nil
}

// scan runs the detectors over one text of the call.
func (e *entry) scan(s *detect.Scanner, text string, untrusted bool, index int) {
	if text == "" {
		return
	}
	for _, f := range s.Scan(detect.Input{Text: text, Untrusted: untrusted}) {
		e.findings = append(e.findings, finding{f, index})
	}
}

func promptTexts(req *pb.CheckPromptRequest) ([]string, []int) {
	var texts []string
	var index []int
	if req.GetSystem() != "" {
		texts, index = append(texts, req.GetSystem()), append(index, -1)
	}
	for i, m := range req.GetMessages() {
		texts, index = append(texts, m.GetContent()), append(index, i)
	}
	return texts, index
}

// redactor returns a Redactor for one call with the operators the
// policy chose.
func (g *Guard) redactor(d policies.Decision) (*redact.Redactor, error) {
	var opts []redact.Option
	if len(d.Redaction) > 0 {
		ops, err := redact.ParseOperators(d.Redaction)
		if err != nil {
			return nil, fmt.Errorf("%w: redaction: %v", policies.ErrBadDecision, err)
		}
		opts = append(opts, redact.WithOperators(ops))
	}
	if g.hashKey != nil {
		opts = append(opts, redact.WithHashKey(g.hashKey))
	}
	return redact.New(opts...), nil
}

// redactPrompt replaces the redacted kinds' spans in the system prompt and
// messages of resp, with one Redactor so that tags are numbered across the
// whole call.
func redactPrompt(r *redact.Redactor, resp *pb.CheckPromptResponse, findings []finding, kinds []string) {
	in := kindSet(kinds)
	if resp.System != "" {
		resp.System, _ = r.Redact(resp.System, plain(findings, -1), in)
	}
	msgs := make([]*pb.Message, len(resp.Messages))
	for i, m := range resp.Messages {
		content, changed := r.Redact(m.GetContent(), plain(findings, i), in)
		if !changed {
			msgs[i] = m
			continue
		}
		msgs[i] = &pb.Message{Role: m.GetRole(), Content: content, Untrusted: m.GetUntrusted()}
	}
	resp.Messages = msgs
}

// policyError logs a failed evaluation and answers INTERNAL: a policy that
// cannot decide never lets a call through.
func (g *Guard) policyError(ctx context.Context, method, decisionID string, err error) error {
	g.log.LogAttrs(ctx, slog.LevelError, "policy evaluation failed",
		slog.String("decision_id", decisionID), slog.String("method", method), slog.String("error", err.Error()))
	g.metrics.error(method, "policy")
	return status.Errorf(codes.Internal, "policy evaluation failed (decision_id %s)", decisionID)
}

func storeLimits(tenant string, ls []policies.Limit) []store.Limit {
	out := make([]store.Limit, len(ls))
	for i, l := range ls {
		out[i] = store.Limit{
			Name: l.Name, Key: l.Key, Tenant: tenant,
			Limit: l.Limit, Window: store.Window(l.Window), Cost: l.Cost,
		}
	}
	return out
}

// codesOf returns the distinct codes of rs, in order.
func codesOf(rs []policies.Reason) []string {
	out := make([]string, 0, len(rs))
	for _, r := range rs {
		if !slices.Contains(out, r.Code) {
			out = append(out, r.Code)
		}
	}
	return out
}

func plain(findings []finding, message int) []detect.Finding {
	var out []detect.Finding
	for _, f := range findings {
		if f.message == message {
			out = append(out, f.Finding)
		}
	}
	return out
}

func kindSet(kinds []string) func(string) bool {
	set := make(map[string]bool, len(kinds))
	for _, k := range kinds {
		set[k] = true
	}
	return func(k string) bool { return set[k] }
}

func action(a string) pb.Action {
	switch a {
	case "allow":
		return pb.Action_ACTION_ALLOW
	case "deny":
		return pb.Action_ACTION_DENY
	case "redact":
		return pb.Action_ACTION_REDACT
	}
	return pb.Action_ACTION_UNSPECIFIED
}

func reasons(rs []policies.Reason) []*pb.Reason {
	out := make([]*pb.Reason, len(rs))
	for i, r := range rs {
		out[i] = &pb.Reason{Code: r.Code, Message: r.Message}
	}
	return out
}

func pbFindings(fs []finding) []*pb.Finding {
	out := make([]*pb.Finding, len(fs))
	for i, f := range fs {
		out[i] = &pb.Finding{
			Kind: f.Kind, Score: f.Score, Rule: f.Rule,
			MessageIndex: int32(f.message), Start: int32(f.Start), End: int32(f.End),
		}
	}
	return out
}

func rateLimitStatus(st store.Status) *pb.RateLimitStatus {
	return &pb.RateLimitStatus{
		Name:       st.Limit.Name,
		Limit:      st.Limit.Limit,
		Remaining:  st.Remaining,
		ResetAt:    timestamppb.New(st.ResetAt),
		RetryAfter: durationpb.New(st.RetryAfter),
	}
}

// limitReason explains a refused charge: request counts and per-minute
// rates are rate limits; daily token and dollar allowances are budgets.
func limitReason(st store.Status) policies.Reason {
	code := "rate_limited"
	if st.Limit.Window == store.Day && !strings.HasPrefix(st.Limit.Name, "requests") {
		code = "budget_exhausted"
	}
	retry := (st.RetryAfter + time.Second - 1).Truncate(time.Second)
	return policies.Reason{Code: code, Message: st.Limit.Name + " exceeded; retry after " + retry.String()}
}

// newID returns a random 128-bit identifier in hex.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
