package prometheus_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/prometheus"
)

func TestNilMetricsRecordNothing(t *testing.T) {
	var m *prometheus.Metrics
	m.ModelTurn("phrased")
	m.ModelTokens(10, 2)
	m.GuardRejected("ungrounded")
	m.In("telegram")
}

func TestModelMetrics(t *testing.T) {
	m := prometheus.New()
	m.ModelTurn("rejected")
	m.ModelTokens(900, 12)
	m.ModelTokens(100, 8)
	m.GuardRejected("ungrounded")
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	body, _ := io.ReadAll(rec.Body)
	for _, want := range []string{
		`guichet_model_turns_total{outcome="rejected"} 1`,
		`guichet_model_tokens_total{kind="prompt"} 1000`,
		`guichet_model_tokens_total{kind="completion"} 20`,
		`guichet_guard_rejections_total{reason="ungrounded"} 1`,
	} {
		if !strings.Contains(string(body), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}

// TestKnowledgeAge checks that the age of the oldest check is counted at each scrape, in whole
// days, so that it grows while the process runs.
func TestKnowledgeAge(t *testing.T) {
	m := prometheus.New()
	oldest := time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)
	now := time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC)
	m.KnowledgeAge(oldest, func() time.Time { return now })
	scrape := func() string {
		rec := httptest.NewRecorder()
		m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
		body, _ := io.ReadAll(rec.Body)
		return string(body)
	}
	if body := scrape(); !strings.Contains(body, "guichet_kb_oldest_review_days 9\n") {
		t.Errorf("/metrics lacks guichet_kb_oldest_review_days 9:\n%s", body)
	}
	now = now.AddDate(0, 6, 0)
	if body := scrape(); !strings.Contains(body, "guichet_kb_oldest_review_days 191\n") {
		t.Errorf("six months later, /metrics lacks guichet_kb_oldest_review_days 191")
	}
	var nilMetrics *prometheus.Metrics
	nilMetrics.KnowledgeAge(oldest, time.Now)
}
