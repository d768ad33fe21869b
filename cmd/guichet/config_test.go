package main

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestCaseTTLReachesTheBot runs `guichet ask` twice in one conversation, the second time after a
// silence: GUICHET_CASE_TTL (30 minutes when unset) decides whether the first message's loss is
// still the case.
func TestCaseTTLReachesTheBot(t *testing.T) {
	start := time.Date(2026, 11, 23, 10, 0, 0, 0, time.Local)
	tests := []struct {
		name    string
		ttl     string
		silence time.Duration
		kept    bool
	}{
		{"unset, 10 minutes of silence", "", 10 * time.Minute, true},
		{"unset, 40 minutes of silence", "", 40 * time.Minute, false},
		{"5m, 10 minutes of silence", "5m", 10 * time.Minute, false},
		{"2h, 40 minutes of silence", "2h", 40 * time.Minute, true},
	}
	const loss = "Pour un remplacement après une perte, il faut"
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			getenv := env(t, map[string]string{"GUICHET_DB": filepath.Join(t.TempDir(), "g.db"), "GUICHET_CASE_TTL": tc.ttl})
			at := func(d time.Duration) string { return start.Add(d).Format("2006-01-02T15:04") }
			if code, _, errs := runCmd(t, getenv, "", "ask", "--conversation", "guichet:ttl", "--now", at(0), "j'ai perdu ma carte d'identité"); code != 0 {
				t.Fatalf("first message: code %d, %s", code, errs)
			}
			code, out, errs := runCmd(t, getenv, "", "ask", "--conversation", "guichet:ttl", "--now", at(tc.silence), "ça coûte combien ?")
			if code != 0 {
				t.Fatalf("second message: code %d, %s", code, errs)
			}
			if got := strings.Contains(out, loss); got != tc.kept {
				t.Errorf("loss kept = %v; want %v:\n%s", got, tc.kept, out)
			}
		})
	}
}
