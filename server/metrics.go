package server

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"

	pb "github.com/promptgate/promptgate/proto/promptgate/v1"
	"github.com/promptgate/promptgate/store"
)

// Metrics are promptgate's Prometheus metrics. Labels are bounded: method,
// action, reason code, error kind — never tenants or text.
type Metrics struct {
	decisions *prometheus.CounterVec
	reasons   *prometheus.CounterVec
	errors    *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	panics    prometheus.Counter
	reloads   *prometheus.CounterVec
	shadow    *prometheus.CounterVec
	fallbacks *prometheus.CounterVec
	unsettle  prometheus.Counter
	policyOK  prometheus.Gauge
}

// NewMetrics registers promptgate's metrics with reg; a nil reg keeps them
// private.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		decisions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "promptgate_decisions_total", Help: "Decisions made, by method and action.",
		}, []string{"method", "action"}),
		reasons: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "promptgate_decision_reasons_total", Help: "Reasons given in decisions, by method and reason code.",
		}, []string{"method", "code"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "promptgate_errors_total", Help: "Calls answered with an error, by method and kind (invalid_argument, policy, store, panic).",
		}, []string{"method", "kind"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "promptgate_decision_duration_seconds", Help: "Time to decide, by method.",
			Buckets: []float64{.00005, .0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25},
		}, []string{"method"}),
		panics: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "promptgate_panics_total", Help: "Panics recovered at the gRPC boundary.",
		}),
	}
	m.reloads = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "promptgate_policy_reloads_total", Help: "Policy reloads, by result (ok: swapped in; error: rejected, the last good policy stays).",
	}, []string{"result"})
	m.policyOK = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "promptgate_policy_last_reload_ok", Help: "1 when the last policy reload succeeded (or none was tried), 0 when it was rejected.",
	})
	m.policyOK.Set(1)
	m.shadow = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "promptgate_shadow_decisions_total", Help: "Decisions with shadowed reasons, by method and the action that was taken (allow for a whole decision in shadow).",
	}, []string{"method", "action"})
	m.fallbacks = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "promptgate_store_fallbacks_total", Help: "Calls answered by the fail mode while the shared counters were unavailable, by mode (local, closed, open).",
	}, []string{"mode"})
	m.unsettle = prometheus.NewCounter(prometheus.CounterOpts{
		Name: "promptgate_settlements_not_found_total", Help: "CheckResponse settlements that found no open reservation (never made, already settled or expired).",
	})
	if reg != nil {
		reg.MustRegister(m.decisions, m.reasons, m.errors, m.latency, m.panics, m.reloads, m.policyOK, m.shadow, m.fallbacks, m.unsettle)
	}
	return m
}

func (m *Metrics) decision(method string, d *pb.Decision, took time.Duration) {
	m.decisions.WithLabelValues(method, actionName(d.Action)).Inc()
	for _, r := range d.Reasons {
		m.reasons.WithLabelValues(method, r.Code).Inc()
	}
	m.latency.WithLabelValues(method).Observe(took.Seconds())
}

func (m *Metrics) shadowed(method, action string) { m.shadow.WithLabelValues(method, action).Inc() }

func (m *Metrics) fallback(mode store.FailMode) { m.fallbacks.WithLabelValues(string(mode)).Inc() }

func (m *Metrics) unsettled() { m.unsettle.Inc() }

func (m *Metrics) invalid(method string) { m.errors.WithLabelValues(method, "invalid_argument").Inc() }

func (m *Metrics) error(method, kind string) { m.errors.WithLabelValues(method, kind).Inc() }

// reload counts the outcome of a policy reload.
func (m *Metrics) reload(err error) {
	if err != nil {
		m.reloads.WithLabelValues("error").Inc()
		m.policyOK.Set(0)
		return
	}
	m.reloads.WithLabelValues("ok").Inc()
	m.policyOK.Set(1)
}
