// Package prometheus holds Guichet's operational metrics, exported at /metrics in the Prometheus
// format: messages in and out by adapter and kind, latency, errors, rate limiting, feedback, and
// the language model's turns, tokens and grounding-guard rejections, and the backlog of events
// waiting to be handled.
// A nil *Metrics records nothing, so adapters and tests can run without it.
package prometheus

import (
	"math"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the counters and histograms of one Guichet process.
type Metrics struct {
	reg         *prometheus.Registry
	in          *prometheus.CounterVec
	out         *prometheus.CounterVec
	latency     *prometheus.HistogramVec
	errors      *prometheus.CounterVec
	rateLimited *prometheus.CounterVec
	feedback    *prometheus.CounterVec
	duplicates  *prometheus.CounterVec
	modelTurns  *prometheus.CounterVec
	modelTokens *prometheus.CounterVec
	guard       *prometheus.CounterVec
	backlogFull *prometheus.CounterVec
}

// New registers Guichet's metrics, with the Go runtime's, in a registry of their own.
func New() *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		in: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_messages_in_total",
			Help: "Messages received, by adapter."}, []string{"adapter"}),
		out: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_messages_out_total",
			Help: "Replies sent, by adapter and kind (answer, clarify, out_of_scope)."}, []string{"adapter", "kind"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Name: "guichet_reply_seconds",
			Help: "Time from receiving a message to the reply being handed to the network.", Buckets: prometheus.ExponentialBuckets(0.0005, 2, 14)}, []string{"adapter"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_errors_total",
			Help: "Errors, by adapter and operation."}, []string{"adapter", "op"}),
		rateLimited: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_rate_limited_total",
			Help: "Incoming messages refused by the per-user rate limit, by adapter."}, []string{"adapter"}),
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_feedback_total",
			Help: "Feedback given, by adapter and verdict (up, down)."}, []string{"adapter", "verdict"}),
		duplicates: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_duplicates_total",
			Help: "Events delivered again and ignored, by adapter."}, []string{"adapter"}),
		modelTurns: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_model_turns_total",
			Help: "Language-model turns, by outcome (phrased, answered, understood, rejected, error, none)."}, []string{"outcome"}),
		modelTokens: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_model_tokens_total",
			Help: "Language-model tokens billed, by kind (prompt, completion); cached turns cost none."}, []string{"kind"}),
		guard: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_guard_rejections_total",
			Help: "Model answers the grounding guard refused (the deterministic answer was sent), by reason."}, []string{"reason"}),
		backlogFull: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "guichet_backlog_refused_total",
			Help: "Events refused (503, or not read) because the backlog was full; the network delivers them again."}, []string{"adapter"}),
	}
	m.reg.MustRegister(m.in, m.out, m.latency, m.errors, m.rateLimited, m.feedback, m.duplicates, m.modelTurns, m.modelTokens, m.guard, m.backlogFull,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// KnowledgeAge exports guichet_kb_oldest_review_days: how many days ago the knowledge base's
// oldest check was (a fact or rule compared with its sources, or a source with its document),
// counted at each scrape so that it grows day by day in a long-running process and an alert can
// fire before an unchecked rule goes wrong.
func (m *Metrics) KnowledgeAge(oldest time.Time, now func() time.Time) {
	if m == nil {
		return
	}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "guichet_kb_oldest_review_days",
		Help: "Days since the knowledge base's oldest check of a fact, rule or source."},
		func() float64 { return math.Floor(now().Sub(oldest).Hours() / 24) }))
}

// Backlog is what the metrics read of the events waiting to be handled (*queue.Backlog).
type Backlog interface {
	Len() int
	Max() int
	Oldest() (time.Time, bool)
}

// WatchBacklog exports the backlog at each scrape: guichet_backlog_events (waiting or being
// handled), guichet_backlog_limit (GUICHET_MAX_PENDING) and guichet_backlog_oldest_seconds (how
// long the oldest has waited, 0 when none does), so that an alert fires when answers fall behind
// before the backlog fills and events are refused.
func (m *Metrics) WatchBacklog(b Backlog, now func() time.Time) {
	if m == nil {
		return
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "guichet_backlog_events",
			Help: "Events received and not yet handled (waiting in the database, or being answered)."},
			func() float64 { return float64(b.Len()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "guichet_backlog_limit",
			Help: "Events the backlog holds at most (GUICHET_MAX_PENDING); past it new events are refused."},
			func() float64 { return float64(b.Max()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "guichet_backlog_oldest_seconds",
			Help: "How long the oldest event not yet handled has waited; 0 when none waits."},
			func() float64 {
				if at, ok := b.Oldest(); ok {
					return now().Sub(at).Seconds()
				}
				return 0
			}),
	)
}

// WatchInboxCommits exports how the incoming events are written, at each scrape:
// guichet_inbox_commits_total and guichet_inbox_events_committed_total, whose rates' ratio is
// the events per commit (concurrent requests share one commit: the higher, the cheaper each).
func (m *Metrics) WatchInboxCommits(stats func() (commits, events int64)) {
	if m == nil {
		return
	}
	m.reg.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "guichet_inbox_commits_total",
			Help: "Transactions that recorded incoming events."},
			func() float64 { c, _ := stats(); return float64(c) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "guichet_inbox_events_committed_total",
			Help: "Incoming events recorded, over guichet_inbox_commits_total: the events per commit."},
			func() float64 { _, e := stats(); return float64(e) }),
	)
}

// Handler serves the metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

// In counts a received message.
func (m *Metrics) In(adapter string) {
	if m != nil {
		m.in.WithLabelValues(adapter).Inc()
	}
}

// Out counts a reply and its latency.
func (m *Metrics) Out(adapter, kind string, d time.Duration) {
	if m != nil {
		m.out.WithLabelValues(adapter, kind).Inc()
		m.latency.WithLabelValues(adapter).Observe(d.Seconds())
	}
}

// Error counts an error of an operation.
func (m *Metrics) Error(adapter, op string) {
	if m != nil {
		m.errors.WithLabelValues(adapter, op).Inc()
	}
}

// RateLimited counts a message refused by the rate limit.
func (m *Metrics) RateLimited(adapter string) {
	if m != nil {
		m.rateLimited.WithLabelValues(adapter).Inc()
	}
}

// Feedback counts a vote.
func (m *Metrics) Feedback(adapter string, up bool) {
	if m != nil {
		v := "down"
		if up {
			v = "up"
		}
		m.feedback.WithLabelValues(adapter, v).Inc()
	}
}

// Duplicate counts an event delivered twice.
func (m *Metrics) Duplicate(adapter string) {
	if m != nil {
		m.duplicates.WithLabelValues(adapter).Inc()
	}
}

// ModelTurn counts a language-model turn by its outcome.
func (m *Metrics) ModelTurn(outcome string) {
	if m != nil {
		m.modelTurns.WithLabelValues(outcome).Inc()
	}
}

// ModelTokens counts the tokens a turn cost.
func (m *Metrics) ModelTokens(prompt, completion int) {
	if m != nil {
		m.modelTokens.WithLabelValues("prompt").Add(float64(prompt))
		m.modelTokens.WithLabelValues("completion").Add(float64(completion))
	}
}

// BacklogFull counts an event refused because the backlog was full.
func (m *Metrics) BacklogFull(adapter string) {
	if m != nil {
		m.backlogFull.WithLabelValues(adapter).Inc()
	}
}

// GuardRejected counts a model answer the grounding guard refused.
func (m *Metrics) GuardRejected(reason string) {
	if m != nil {
		m.guard.WithLabelValues(reason).Inc()
	}
}
