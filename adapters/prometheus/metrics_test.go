package prometheus_test

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"

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
