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

// fakeBacklog is a backlog of a fixed state.
type fakeBacklog struct {
	n, max int
	oldest time.Time
}

func (b fakeBacklog) Len() int                  { return b.n }
func (b fakeBacklog) Max() int                  { return b.max }
func (b fakeBacklog) Oldest() (time.Time, bool) { return b.oldest, !b.oldest.IsZero() }

// TestBacklogMetrics checks the backlog's size, bound and oldest wait, and the events per commit
// of the inbox, as a scrape reads them.
func TestBacklogMetrics(t *testing.T) {
	now := time.Date(2026, 12, 2, 15, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		backlog fakeBacklog
		want    []string
	}{
		{"waiting", fakeBacklog{n: 42, max: 100, oldest: now.Add(-90 * time.Second)}, []string{
			"guichet_backlog_events 42\n", "guichet_backlog_limit 100\n", "guichet_backlog_oldest_seconds 90\n",
			`guichet_backlog_refused_total{adapter="telegram"} 2`,
			"guichet_inbox_commits_total 10\n", "guichet_inbox_events_committed_total 160\n",
		}},
		{"empty", fakeBacklog{max: 100}, []string{"guichet_backlog_events 0\n", "guichet_backlog_oldest_seconds 0\n"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := prometheus.New()
			m.WatchBacklog(tc.backlog, func() time.Time { return now })
			m.WatchInboxCommits(func() (int64, int64) { return 10, 160 })
			m.BacklogFull("telegram")
			m.BacklogFull("telegram")
			rec := httptest.NewRecorder()
			m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
			body, _ := io.ReadAll(rec.Body)
			for _, want := range tc.want {
				if !strings.Contains(string(body), want) {
					t.Errorf("/metrics lacks %q", want)
				}
			}
		})
	}
	var nilMetrics *prometheus.Metrics
	nilMetrics.WatchBacklog(fakeBacklog{}, time.Now)
	nilMetrics.WatchInboxCommits(func() (int64, int64) { return 0, 0 })
	nilMetrics.BacklogFull("slack")
}
