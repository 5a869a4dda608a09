package admin

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
)

// Metric names, as /metrics shows them.
const (
	MetricQuestions     = "healthbot_questions_total"
	MetricAnswerSeconds = "healthbot_answer_duration_seconds"
	MetricLLMErrors     = "healthbot_llm_errors_total"
	MetricIndexPassages = "healthbot_index_passages"
)

// Metrics are healthbot's Prometheus metrics, in a registry of their own
// (with the Go runtime's and the process's).
type Metrics struct {
	reg       *prometheus.Registry
	questions *prometheus.CounterVec
	latency   prometheus.Histogram
	llmErrors prometheus.Counter
}

// NewMetrics returns the metrics; indexPassages reports the number of
// passages in the index being searched, read at each scrape.
func NewMetrics(indexPassages func() float64) *Metrics {
	m := &Metrics{
		reg: prometheus.NewRegistry(),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: MetricQuestions,
			Help: "Questions answered, by intent (question, figure, trend, draft, help) and mode (llm, extractive).",
		}, []string{"intent", "mode"}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{
			Name:    MetricAnswerSeconds,
			Help:    "Time from a question to its whole answer, in seconds.",
			Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 90, 120},
		}),
		llmErrors: prometheus.NewCounter(prometheus.CounterOpts{
			Name: MetricLLMErrors,
			Help: "Failed requests to the chat model (the answer was then extracted from the sources).",
		}),
	}
	m.reg.MustRegister(m.questions, m.latency, m.llmErrors,
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{
			Name: MetricIndexPassages,
			Help: "Passages in the search index in use.",
		}, indexPassages),
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
	)
	return m
}

// Answered counts an answered question and its latency.
func (m *Metrics) Answered(intent, mode string, took time.Duration) {
	m.questions.WithLabelValues(intent, mode).Inc()
	m.latency.Observe(took.Seconds())
}

// LLMError counts a failed request to the chat model.
func (m *Metrics) LLMError() { m.llmErrors.Inc() }
