package server

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"sync"
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
	// Writer, when set, receives the lines as JSON, one per Write, in the
	// form slog's JSON handler gives them, encoded by promptgate at a
	// fraction of the cost.
	Writer io.Writer
	// Logger receives the lines when Writer is nil; with neither, they
	// are discarded.
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
	if l == nil || l.Writer == nil && l.Logger == nil {
		return
	}
	d := e.decision
	if d.Action == pb.Action_ACTION_ALLOW && e.shadow == nil && l.AllowSample < 1 && rand.Float64() >= l.AllowSample {
		return
	}
	if l.Writer != nil {
		l.writeLine(e)
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

// writeLine encodes e's line as slog's JSON handler would, with the same
// keys in the same order, and writes it in one Write.
func (l *DecisionLog) writeLine(e *entry) {
	lb := linePool.Get().(*lineBuf)
	defer linePool.Put(lb)
	d := e.decision
	b := append(lb.b[:0], `{"time":"`...)
	b = time.Now().AppendFormat(b, time.RFC3339Nano)
	b = append(b, `","level":"INFO","msg":"decision","decision_id":`...)
	b = appendJSONString(b, d.DecisionId)
	b = appendKey(b, "method")
	b = appendJSONString(b, e.method)
	b = appendKey(b, "request_id")
	b = appendJSONString(b, e.requestID)
	b = appendKey(b, "tenant")
	b = appendJSONString(b, e.subject.GetTenant())
	b = appendKey(b, "model")
	b = appendJSONString(b, e.model)
	b = appendKey(b, "action")
	b = appendJSONString(b, actionName(d.Action))
	b = appendKey(b, "reasons")
	b = append(b, '[')
	for i, r := range d.Reasons {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, r.Code)
	}
	b = append(b, ']')
	b = appendKey(b, "findings")
	b = appendKindCounts(b, e.findings)
	b = appendKey(b, "policy_revision")
	b = appendJSONString(b, d.PolicyRevision)
	b = appendKey(b, "tokens")
	b = strconv.AppendInt(b, e.tokens, 10)
	b = appendKey(b, "detect_ms")
	b = strconv.AppendFloat(b, ms(e.detect), 'f', -1, 64)
	b = appendKey(b, "eval_ms")
	b = strconv.AppendFloat(b, ms(e.eval), 'f', -1, 64)
	b = appendKey(b, "count_ms")
	b = strconv.AppendFloat(b, ms(e.count), 'f', -1, 64)
	if rl := d.RateLimit; rl != nil {
		b = append(b, `,"rate_limit":{"name":`...)
		b = appendJSONString(b, rl.Name)
		b = appendKey(b, "limit")
		b = strconv.AppendInt(b, rl.Limit, 10)
		b = appendKey(b, "remaining")
		b = strconv.AppendInt(b, rl.Remaining, 10)
		b = append(b, '}')
	}
	if s := e.shadow; s != nil {
		b = append(b, `,"shadow":{"whole":`...)
		b = strconv.AppendBool(b, s.whole)
		b = appendKey(b, "would_action")
		b = appendJSONString(b, s.action)
		b = appendKey(b, "would_reasons")
		b = appendStrings(b, s.reasons)
		b = append(b, '}')
	}
	if l.LogContent {
		b = appendKey(b, "content")
		b = appendStrings(b, redactedTexts(e))
	}
	b = append(b, "}\n"...)
	lb.b = b
	_, _ = l.Writer.Write(b)
}

type lineBuf struct{ b []byte }

var linePool = sync.Pool{New: func() any { return &lineBuf{b: make([]byte, 0, 1024)} }}

func appendKey(b []byte, k string) []byte {
	b = append(b, ',', '"')
	b = append(b, k...)
	return append(b, '"', ':')
}

// appendKindCounts appends the number of findings of each kind as a JSON
// object with its keys sorted, as encoding/json writes a map.
func appendKindCounts(b []byte, fs []finding) []byte {
	var room [8]string
	kinds := room[:0]
	for _, f := range fs {
		if !slices.Contains(kinds, f.Kind) {
			kinds = append(kinds, f.Kind)
		}
	}
	slices.Sort(kinds)
	b = append(b, '{')
	for i, k := range kinds {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		n := 0
		for _, f := range fs {
			if f.Kind == k {
				n++
			}
		}
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(n), 10)
	}
	return append(b, '}')
}

func appendStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
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
