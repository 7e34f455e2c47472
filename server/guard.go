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
	"log/slog"
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

	scanner *detect.Scanner
	engine  *policies.Engine
	store   store.Store
	limits  Limits
	log     *slog.Logger
	metrics *Metrics
	now     func() time.Time
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
	// Logger receives one decision line per call; nil discards.
	Logger *slog.Logger
	// Metrics counts decisions; nil counts into a private registry.
	Metrics *Metrics
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
		scanner: cfg.Scanner,
		engine:  cfg.Engine,
		store:   cfg.Store,
		limits:  cfg.Limits,
		log:     cfg.Logger,
		metrics: cfg.Metrics,
		now:     cfg.Now,
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
	if g.metrics == nil {
		g.metrics = NewMetrics(nil)
	}
	if g.now == nil {
		g.now = time.Now
	}
	return g, nil
}

// finding is a detector finding placed in a call: -1 is the system prompt,
// else the index of the message (always 0 for a response).
type finding struct {
	detect.Finding
	message int
}

// CheckPrompt implements GuardService.
func (g *Guard) CheckPrompt(ctx context.Context, req *pb.CheckPromptRequest) (*pb.CheckPromptResponse, error) {
	start := g.now()
	if err := g.limits.validatePrompt(req); err != nil {
		g.metrics.invalid("CheckPrompt")
		return nil, err
	}
	requestID := req.GetRequestId()
	if requestID == "" {
		requestID = newID()
	}
	decisionID := newID()

	// Detect.
	var findings []finding
	tokens := int64(0)
	if sys := req.GetSystem(); sys != "" {
		for _, f := range g.scanner.Scan(detect.Input{Text: sys}) {
			findings = append(findings, finding{f, -1})
		}
		tokens += detect.EstimateTokens(sys) + detect.MessageOverheadTokens
	}
	for i, m := range req.GetMessages() {
		for _, f := range g.scanner.Scan(detect.Input{Text: m.GetContent(), Untrusted: m.GetUntrusted()}) {
			findings = append(findings, finding{f, i})
		}
		tokens += detect.EstimateTokens(m.GetContent()) + detect.MessageOverheadTokens
	}
	detected := g.now()

	// Decide.
	d, err := g.engine.Prompt(ctx, promptInput(req, findings, tokens))
	if err != nil {
		return nil, g.policyError(ctx, "CheckPrompt", decisionID, err)
	}
	decided := g.now()

	// Count: only calls the policy lets through are charged.
	var rl *pb.RateLimitStatus
	if d.Action != "deny" && len(d.Limits) > 0 {
		limits := make([]store.Limit, len(d.Limits))
		for i, l := range d.Limits {
			limits[i] = store.Limit{
				Name: l.Name, Key: l.Key, Tenant: req.GetSubject().GetTenant(),
				Limit: l.Limit, Window: store.Window(l.Window), Cost: l.Cost,
			}
		}
		res, err := g.store.Charge(ctx, decided, limits)
		if err != nil {
			g.log.LogAttrs(ctx, slog.LevelError, "charge limits", slog.String("decision_id", decisionID), slog.String("error", err.Error()))
			g.metrics.error("CheckPrompt", "store")
			return nil, status.Errorf(codes.Unavailable, "rate-limit store: %v (decision_id %s)", err, decisionID)
		}
		if st, ok := res.Tightest(); ok {
			rl = rateLimitStatus(st)
		}
		if !res.Allowed {
			st, _ := res.Tightest()
			d.Action = "deny"
			d.Reasons = []policies.Reason{limitReason(st)}
		}
	}
	counted := g.now()

	resp := &pb.CheckPromptResponse{
		Decision: &pb.Decision{
			Action:         action(d.Action),
			Reasons:        reasons(d.Reasons),
			Findings:       pbFindings(findings),
			DecisionId:     decisionID,
			PolicyRevision: d.Revision,
			RateLimit:      rl,
		},
		Messages:  req.GetMessages(),
		System:    req.GetSystem(),
		MaxTokens: d.MaxTokens,
		RequestId: requestID,
	}
	if d.Action == "redact" {
		g.redactPrompt(resp, findings, d.RedactKinds)
	}
	g.logDecision(ctx, "CheckPrompt", req.GetSubject(), resp.Decision, findings,
		detected.Sub(start), decided.Sub(detected), counted.Sub(decided))
	g.metrics.decision("CheckPrompt", resp.Decision, g.now().Sub(start))
	return resp, nil
}

// CheckResponse implements GuardService.
func (g *Guard) CheckResponse(ctx context.Context, req *pb.CheckResponseRequest) (*pb.CheckResponseResponse, error) {
	start := g.now()
	if err := g.limits.validateResponse(req); err != nil {
		g.metrics.invalid("CheckResponse")
		return nil, err
	}
	decisionID := newID()
	var findings []finding
	for _, f := range g.scanner.Scan(detect.Input{Text: req.GetContent()}) {
		findings = append(findings, finding{f, 0})
	}
	detected := g.now()
	d, err := g.engine.Response(ctx, responseInput(req, findings))
	if err != nil {
		return nil, g.policyError(ctx, "CheckResponse", decisionID, err)
	}
	decided := g.now()
	resp := &pb.CheckResponseResponse{
		Decision: &pb.Decision{
			Action:         action(d.Action),
			Reasons:        reasons(d.Reasons),
			Findings:       pbFindings(findings),
			DecisionId:     decisionID,
			PolicyRevision: d.Revision,
		},
		Content: req.GetContent(),
	}
	if d.Action == "redact" {
		kinds := kindSet(d.RedactKinds)
		resp.Content, _ = redact.New().Redact(req.GetContent(), plain(findings, 0), kinds)
	}
	g.logDecision(ctx, "CheckResponse", req.GetSubject(), resp.Decision, findings,
		detected.Sub(start), decided.Sub(detected), 0)
	g.metrics.decision("CheckResponse", resp.Decision, g.now().Sub(start))
	return resp, nil
}

// redactPrompt replaces the redacted kinds' spans in the system prompt and
// messages of resp, with one Redactor so that tags are numbered across the
// whole call.
func (g *Guard) redactPrompt(resp *pb.CheckPromptResponse, findings []finding, kinds []string) {
	r := redact.New()
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

func (g *Guard) logDecision(ctx context.Context, method string, s *pb.Subject, d *pb.Decision, findings []finding, detect, eval, count time.Duration) {
	codes := make([]string, len(d.Reasons))
	for i, r := range d.Reasons {
		codes[i] = r.Code
	}
	kinds := map[string]int{}
	for _, f := range findings {
		kinds[f.Kind]++
	}
	attrs := []slog.Attr{
		slog.String("decision_id", d.DecisionId),
		slog.String("method", method),
		slog.String("tenant", s.GetTenant()),
		slog.String("action", strings.ToLower(strings.TrimPrefix(d.Action.String(), "ACTION_"))),
		slog.Any("reasons", codes),
		slog.Any("findings", kinds),
		slog.String("policy_revision", d.PolicyRevision),
		slog.Float64("detect_ms", ms(detect)),
		slog.Float64("eval_ms", ms(eval)),
		slog.Float64("count_ms", ms(count)),
	}
	if d.RateLimit != nil {
		attrs = append(attrs, slog.String("rate_limit", d.RateLimit.Name), slog.Int64("remaining", d.RateLimit.Remaining))
	}
	// The decision is logged even when the caller has gone: it happened.
	g.log.LogAttrs(context.WithoutCancel(ctx), slog.LevelInfo, "decision", attrs...)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

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
	return policies.Reason{
		Code:    code,
		Message: st.Limit.Name + " exceeded; retry after " + (st.RetryAfter + time.Second - 1).Truncate(time.Second).String(),
	}
}

// newID returns a random 128-bit identifier in hex.
func newID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}
