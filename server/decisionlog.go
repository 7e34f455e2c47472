package server

import (
	"context"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/promptgate/promptgate/detect"
	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/redact"
)

// DecisionLog writes one JSON line per decision: its id, the tenant, the
// action and reasons, the kinds of findings and how many, the policy
// revision and where the time went. It never holds prompt text or matched
// values, unless LogContent is set, and then with every PII and secret
// finding redacted whatever the policy decided.
type DecisionLog struct {
	// Logger receives the lines; nil discards them.
	Logger *slog.Logger
	// AllowSample is the share of ALLOW decisions logged, from 0 to 1.
	// DENY, REDACT and shadow decisions are always logged.
	AllowSample float64
	// LogContent adds the call's text, redacted, to each line.
	LogContent bool
}

// entry is what one decision line says.
type entry struct {
	method     string
	subject    *pb.Subject
	requestID  string
	model      string
	decision   *pb.Decision
	findings   []finding
	tokens     int64
	detect     time.Duration
	eval       time.Duration
	count      time.Duration
	shadow     *shadowOutcome
	texts      []string // the call's texts, for LogContent
	textsIndex []int    // message index of each text (-1: system)
}

// shadowOutcome is what a decision in shadow would have done.
type shadowOutcome struct {
	whole   bool
	action  string
	reasons []string
}

func (l *DecisionLog) write(ctx context.Context, e *entry) {
	if l == nil || l.Logger == nil {
		return
	}
	d := e.decision
	if d.Action == pb.Action_ACTION_ALLOW && e.shadow == nil && l.AllowSample < 1 && rand.Float64() >= l.AllowSample {
		return
	}
	// The decision is logged even when the caller has gone: it was made,
	// and counters may have been charged for it.
	ctx = context.WithoutCancel(ctx)
	h := l.Logger.Handler()
	if !h.Enabled(ctx, slog.LevelInfo) {
		return
	}
	codes := make([]string, len(d.Reasons))
	for i, r := range d.Reasons {
		codes[i] = r.Code
	}
	kinds := map[string]int{}
	for _, f := range e.findings {
		kinds[f.Kind]++
	}
	attrs := make([]slog.Attr, 0, 20)
	attrs = append(attrs,
		slog.String("decision_id", d.DecisionId),
		slog.String("method", e.method),
		slog.String("request_id", e.requestID),
		slog.String("tenant", e.subject.GetTenant()),
		slog.String("model", e.model),
		slog.String("action", actionName(d.Action)),
		slog.Any("reasons", codes),
		slog.Any("findings", kinds),
		slog.String("policy_revision", d.PolicyRevision),
		slog.Int64("tokens", e.tokens),
		slog.Float64("detect_ms", ms(e.detect)),
		slog.Float64("eval_ms", ms(e.eval)),
		slog.Float64("count_ms", ms(e.count)),
	)
	if rl := d.RateLimit; rl != nil {
		attrs = append(attrs, slog.Group("rate_limit",
			slog.String("name", rl.Name), slog.Int64("limit", rl.Limit), slog.Int64("remaining", rl.Remaining)))
	}
	if s := e.shadow; s != nil {
		attrs = append(attrs, slog.Group("shadow",
			slog.Bool("whole", s.whole), slog.String("would_action", s.action), slog.Any("would_reasons", s.reasons)))
	}
	if l.LogContent {
		attrs = append(attrs, slog.Any("content", redactedTexts(e)))
	}
	// Straight to the handler: the Logger would also look up its caller's
	// source line, which the line does not show.
	r := slog.NewRecord(time.Now(), slog.LevelInfo, "decision", 0)
	r.AddAttrs(attrs...)
	_ = h.Handle(ctx, r)
}

// redactedTexts returns the call's texts with every PII and secret finding
// replaced by its tag.
func redactedTexts(e *entry) []string {
	r := redact.New()
	sensitive := func(kind string) bool {
		return strings.HasPrefix(kind, "pii.") || strings.HasPrefix(kind, "secret.")
	}
	out := make([]string, len(e.texts))
	for i, text := range e.texts {
		var fs []detect.Finding
		for _, f := range e.findings {
			if f.message == e.textsIndex[i] {
				fs = append(fs, f.Finding)
			}
		}
		out[i], _ = r.Redact(text, fs, sensitive)
	}
	return out
}

func actionName(a pb.Action) string {
	return strings.ToLower(strings.TrimPrefix(a.String(), "ACTION_"))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
