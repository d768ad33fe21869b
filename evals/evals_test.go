package evals_test

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/evals"
	"github.com/guichet/guichet/knowledge"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadErrorsHaveFileAndLine(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"unknown key", "- id: a\n  turns:\n    - user: x\n      expect:\n        contain: [y]\n", "bad.yaml:5: unknown key \"contain\" in expect"},
		{"bad regex", "- id: a\n  turns:\n    - user: x\n      expect:\n        regex: ['(']\n", "bad.yaml:5: bad regex"},
		{"bad kind", "- id: a\n  turns:\n    - user: x\n      expect: {kind: maybe}\n", "bad.yaml:4: kind \"maybe\""},
		{"no turns", "- id: a\n  tags: [x]\n", "bad.yaml:1: case \"a\" has no turns"},
		{"not a list", "- a\n- b\n", "bad.yaml:1: a case must be a mapping"},
		{"header without cases", "now: 2026-11-23\n", "bad.yaml:1: a case file with a header needs cases"},
		{"bad now", "now: 23/11/2026\ncases:\n- id: a\n  turns: [{user: x}]\n", "bad.yaml:1: now \"23/11/2026\": want YYYY-MM-DD"},
		{"unknown header key", "then: 2026-11-23\ncases: []\n", "bad.yaml:1: unknown key \"then\" in a case file"},
		{"unknown case key", "- id: a\n  turn: []\n", "bad.yaml:2: unknown key \"turn\""},
		{"bad audience", "- id: a\n  audience: mayor\n  turns:\n    - user: x\n", "bad.yaml:2: audience \"mayor\": want citizen or staff"},
		{"yaml syntax", "- id: [a\n", "bad.yaml:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, dir, "bad.yaml", tc.content)
			_, err := evals.Load(dir)
			var es evals.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Load = %v; want Errors", err)
			}
			if !strings.Contains(err.Error(), filepath.Join(dir, tc.want)) && !strings.Contains(err.Error(), tc.want) {
				t.Errorf("errors:\n%v\nwant %q", err, tc.want)
			}
		})
	}
	dir := t.TempDir()
	write(t, dir, "a.yaml", "- id: same\n  turns: [{user: x}]\n")
	write(t, dir, "b.yaml", "- id: other\n  turns: [{user: x}]\n- id: same\n  turns: [{user: y}]\n")
	if _, err := evals.Load(dir); err == nil || !strings.Contains(err.Error(), "b.yaml:3: duplicate id \"same\"") {
		t.Errorf("duplicate id: %v", err)
	}
}

// clockResponder answers every message with its time, so a test sees the clock a case ran at.
type clockResponder struct{}

func (clockResponder) Handle(_ context.Context, m bot.Message) (bot.Reply, error) {
	return bot.Reply{Kind: bot.Answer, Lang: "fr", Blocks: []bot.Block{{Kind: bot.Paragraph, Text: m.Time.Format("2006-01-02 15:04")}}}, nil
}

// TestCaseFileNow checks that a case file's `now:` sets the clock of its cases, that a run's own
// clock overrides it, and that a file without one runs at the real time.
func TestCaseFileNow(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "dated.yaml", "# Expectations of 23 November.\nnow: 2026-11-23T10:00\ncases:\n- id: dated\n  turns:\n    - user: x\n      expect: {contains: [\"2026-11-23 10:00\"]}\n")
	write(t, dir, "undated.yaml", "- id: undated\n  turns:\n    - user: x\n")
	cases, err := evals.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 2 || cases[0].Line != 4 {
		t.Fatalf("cases = %+v; want 2, the first at line 4", cases)
	}
	rep := evals.Run(context.Background(), clockResponder{}, cases, evals.Options{})
	replies := map[string]string{}
	for _, r := range rep.Cases {
		replies[r.ID] = r.Turns[0].Reply
	}
	if !strings.Contains(replies["dated"], "2026-11-23 10:00") || rep.Passed != 2 {
		t.Errorf("dated case ran at %q (passed %d); want its file's time", replies["dated"], rep.Passed)
	}
	if today := time.Now().Format("2006-01-02"); !strings.Contains(replies["undated"], today) {
		t.Errorf("undated case ran at %q; want today %s", replies["undated"], today)
	}
	rep = evals.Run(context.Background(), clockResponder{}, cases, evals.Options{Now: time.Date(2027, 3, 1, 9, 0, 0, 0, time.Local)})
	for _, r := range rep.Cases {
		if !strings.Contains(r.Turns[0].Reply, "2027-03-01 09:00") {
			t.Errorf("case %s ran at %q; want the run's clock", r.ID, r.Turns[0].Reply)
		}
	}
}

func TestCheck(t *testing.T) {
	src := knowledge.Source{Title: "Carte d'identité d'un majeur : en cas de perte", URL: "https://www.service-public.gouv.fr/particuliers/vosdroits/F1344"}
	r := bot.Reply{
		Kind: bot.Answer, Lang: "fr",
		Blocks:  []bot.Block{{Kind: bot.Paragraph, Text: "Il faut un timbre fiscal de 25\u00a0€ : l’ancienne carte…"}},
		Options: []bot.Option{{Label: "Pour un enfant mineur"}},
		Sources: []knowledge.Source{src},
		Facts:   []bot.Fact{{Name: "fee", Value: "25 €"}},
		Entries: []string{"fee-loss-theft"},
	}
	pass := []evals.Expect{
		{Kind: "answer"},
		{Contains: []string{"TIMBRE", "l'ancienne"}},
		{ContainsAny: []string{"30 €", "25 €"}},
		{NotContains: []string{"gratuit"}},
		{Cites: []string{"service-public", "F1344"}},
		{OptionsAny: []string{"majeur", "mineur"}},
		{Facts: []string{"fee=25 €", "fee"}},
		{Entries: []string{"fee-loss-theft"}},
		{Lang: "fr"},
		{MaxLatencyMs: 100},
	}
	for i, e := range pass {
		if f := evals.Check(&e, r, time.Millisecond); len(f) > 0 {
			t.Errorf("pass case %d failed: %v", i, f)
		}
	}
	fail := []evals.Expect{
		{Kind: "clarify"},
		{Contains: []string{"gratuit"}},
		{ContainsAny: []string{"30 €"}},
		{NotContains: []string{"timbre"}},
		{Cites: []string{"ants"}},
		{OptionsAny: []string{"perte"}},
		{Facts: []string{"fee=0 €"}},
		{Entries: []string{"fee-first"}},
		{Lang: "en"},
		{MaxLatencyMs: 1},
	}
	for i, e := range fail {
		if f := evals.Check(&e, r, 5*time.Millisecond); len(f) != 1 {
			t.Errorf("fail case %d: failures %v; want one", i, f)
		}
	}
	cases, errs := evals.Parse("x.yaml", []byte("- id: r\n  turns:\n    - user: q\n      expect:\n        regex: ['timbre\\s+fiscal de 25\\s*(€|euros?)']\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if f := evals.Check(cases[0].Turns[0].Expect, r, 0); len(f) > 0 {
		t.Errorf("regex on normalised text failed: %v", f)
	}
}

// echo answers every message with its own text, and "clarify" when it ends with "?".
type echo struct{}

func (echo) Handle(_ context.Context, m bot.Message) (bot.Reply, error) {
	k := bot.Answer
	if strings.HasSuffix(m.Text, "?") {
		k = bot.Clarify
	}
	return bot.Reply{Kind: k, Blocks: []bot.Block{{Kind: bot.Paragraph, Text: m.Text}}}, nil
}

func TestRunReportsAndBaseline(t *testing.T) {
	cases, errs := evals.Parse("c.yaml", []byte(`
- id: good
  tags: [a]
  turns:
    - user: "bonjour"
      expect: {kind: answer, contains: [bonjour]}
- id: bad
  tags: [a, b]
  turns:
    - user: "quoi ?"
      expect: {kind: answer}
    - user: "encore"
`))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var progress bytes.Buffer
	rep := evals.Run(context.Background(), echo{}, cases, evals.Options{Parallel: 2, Progress: &progress})
	if rep.Passed != 1 || rep.Failed != 1 || len(rep.Cases) != 2 || rep.Cases[0].ID != "good" {
		t.Fatalf("report = %+v", rep)
	}
	var text bytes.Buffer
	evals.WriteText(&text, rep)
	out := text.String()
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[len(lines)-1] != "1 passed, 1 failed" {
		t.Errorf("last line = %q", lines[len(lines)-1])
	}
	for _, want := range []string{"Failed cases:", "bad", "kind: got clarify, want answer", "a  1/2", "Latency per turn"} {
		if !strings.Contains(out, want) {
			t.Errorf("text report lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(progress.String(), "[2/2]") {
		t.Errorf("progress = %q", progress.String())
	}

	dir := t.TempDir()
	jsonPath, junitPath := filepath.Join(dir, "r.json"), filepath.Join(dir, "r.xml")
	if err := evals.WriteJSONFile(jsonPath, rep); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	data, _ := os.ReadFile(jsonPath)
	if err := json.Unmarshal(data, &raw); err != nil {
		t.Fatal(err)
	}
	c0 := raw["cases"].([]any)[0].(map[string]any)
	t0 := c0["turns"].([]any)[0].(map[string]any)
	for _, k := range []string{"user", "reply", "kind", "sources", "options", "failures", "latency_ms"} {
		if _, ok := t0[k]; !ok {
			t.Errorf("JSON turn lacks %q", k)
		}
	}
	for _, k := range []string{"id", "passed", "tags", "turns"} {
		if _, ok := c0[k]; !ok {
			t.Errorf("JSON case lacks %q", k)
		}
	}
	if raw["passed"].(float64) != 1 || raw["failed"].(float64) != 1 {
		t.Errorf("JSON totals = %v, %v", raw["passed"], raw["failed"])
	}
	if err := evals.WriteJUnitFile(junitPath, rep); err != nil {
		t.Fatal(err)
	}
	var ju struct {
		Suites []struct {
			Tests    int `xml:"tests,attr"`
			Failures int `xml:"failures,attr"`
			Cases    []struct {
				Name    string `xml:"name,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	data, _ = os.ReadFile(junitPath)
	if err := xml.Unmarshal(data, &ju); err != nil {
		t.Fatal(err)
	}
	if s := ju.Suites[0]; s.Tests != 2 || s.Failures != 1 || s.Cases[1].Failure == nil || s.Cases[0].Failure != nil {
		t.Errorf("junit = %+v", ju)
	}

	base, err := evals.ReadJSONFile(jsonPath)
	if err != nil {
		t.Fatal(err)
	}
	// Now "good" fails and "bad" passes: one regression, one fix, one new case.
	base.Cases = append(base.Cases, evals.Result{ID: "gone", Passed: true})
	cur := evals.Report{Cases: []evals.Result{{ID: "good", Passed: false}, {ID: "bad", Passed: true}, {ID: "new", Passed: true}}}
	d := evals.Compare(base, cur)
	if strings.Join(d.Regressed, ",") != "good" || strings.Join(d.Fixed, ",") != "bad" || strings.Join(d.Added, ",") != "new" || strings.Join(d.Removed, ",") != "gone" {
		t.Errorf("diff = %+v", d)
	}

	if got := evals.Filter(cases, []string{"b"}); len(got) != 1 || got[0].ID != "bad" {
		t.Errorf("Filter = %v", got)
	}
	rep = evals.Run(context.Background(), echo{}, cases[:1], evals.Options{Repeat: 3})
	if len(rep.Cases) != 3 || rep.Passed != 3 {
		t.Errorf("repeat 3: %+v", rep)
	}
}

func TestDraftsAreCases(t *testing.T) {
	fb := []bot.Feedback{
		{ID: 7, Adapter: "telegram", Question: "J'ai perdu ma carte: c'est \"gratuit\" ?", Answer: "Non.\nIl faut un timbre.", Reason: "faux", Time: time.Now()},
		{ID: 8, Adapter: "slack", Question: "- liste ?", Answer: "x", Time: time.Now()},
	}
	var b bytes.Buffer
	if err := evals.WriteDrafts(&b, fb); err != nil {
		t.Fatal(err)
	}
	cases, errs := evals.Parse("drafts.yaml", b.Bytes())
	if len(errs) > 0 {
		t.Fatalf("drafts do not parse: %v\n%s", errs, b.String())
	}
	if len(cases) != 2 || cases[0].Turns[0].User != fb[0].Question || cases[1].Turns[0].User != "- liste ?" {
		t.Errorf("drafts = %+v\n%s", cases, b.String())
	}
	if !strings.Contains(b.String(), "# Reason given: faux") || !strings.Contains(b.String(), "#   answered: Il faut un timbre.") {
		t.Errorf("drafts lack the context:\n%s", b.String())
	}
}
