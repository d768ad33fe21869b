package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

func env(t *testing.T, vars map[string]string) func(string) string {
	t.Helper()
	dir := t.TempDir()
	return func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		switch k {
		case "XDG_DATA_HOME":
			return dir
		}
		return ""
	}
}

func runCmd(t *testing.T, getenv func(string) string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(stdin), &out, &errb, getenv)
	return code, out.String(), errb.String()
}

func TestKBCheck(t *testing.T) {
	code, out, errs := runCmd(t, env(t, nil), "", "kb", "check")
	if code != 0 || !strings.Contains(out, "ok: embedded knowledge base has") {
		t.Fatalf("kb check = %d\n%s\n%s", code, out, errs)
	}
	dir := t.TempDir()
	bad := "sources:\n  - {id: s1, publisher: P, title: T, scope: national, checked: 2026-02-30}\n  - {id: s1, publisher: P, title: T, scope: planet, checked: 2026-01-01}\n"
	if err := os.WriteFile(filepath.Join(dir, "bad.yaml"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs = runCmd(t, env(t, nil), "", "kb", "check", dir)
	if code != 1 || !strings.Contains(errs, "bad.yaml:2:") || !strings.Contains(errs, "bad.yaml:3: id \"s1\" is already defined") {
		t.Errorf("kb check of a bad folder = %d\n%s", code, errs)
	}
}

func TestKBCompile(t *testing.T) {
	file := filepath.Join(t.TempDir(), "compiled.bin")
	code, out, errs := runCmd(t, env(t, nil), "", "kb", "compile", "-o", file)
	if code != 0 || !strings.Contains(out, "wrote "+file) {
		t.Fatalf("kb compile = %d\n%s\n%s", code, out, errs)
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	want, err := knowledge.Compile(kb)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("kb compile wrote another compiled base than the embedded files give")
	}
	if code, _, _ := runCmd(t, env(t, nil), "", "kb", "compile", "-o", filepath.Join(t.TempDir(), "no", "such", "dir")); code != 1 {
		t.Errorf("kb compile into a missing folder = %d, want 1", code)
	}
}

// TestAskKeepsOnlyNamedConversations checks that a one-shot answer writes no conversation, which
// nobody could continue, while one named with --conversation is kept for its follow-up.
func TestAskKeepsOnlyNamedConversations(t *testing.T) {
	path := filepath.Join(t.TempDir(), "guichet.db")
	getenv := env(t, map[string]string{"GUICHET_DB": path})
	kept := func() int64 {
		t.Helper()
		db, err := sqlite.Open(context.Background(), path)
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		p, err := db.Purge(context.Background(), time.Now().Add(time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		return p.Conversations
	}
	if code, _, errs := runCmd(t, getenv, "", "ask", "--now", "2026-11-23T10:00", "J'ai perdu ma carte d'identité"); code != 0 {
		t.Fatalf("ask = %d: %s", code, errs)
	}
	if n := kept(); n != 0 {
		t.Errorf("a one-shot ask kept %d conversation(s), want 0", n)
	}
	for _, q := range []string{"J'ai perdu ma carte d'identité", "ça coûte combien ?"} {
		if code, _, errs := runCmd(t, getenv, "", "ask", "--conversation", "c1", "--now", "2026-11-23T10:00", q); code != 0 {
			t.Fatalf("ask --conversation = %d: %s", code, errs)
		}
	}
	if n := kept(); n != 1 {
		t.Errorf("ask --conversation kept %d conversation(s), want 1", n)
	}
}

func TestAskJSON(t *testing.T) {
	code, out, errs := runCmd(t, env(t, nil), "", "ask", "--json", "--now", "2026-11-23T10:00", "J'ai perdu ma carte d'identité, combien ça coûte ?")
	if code != 0 {
		t.Fatalf("ask = %d: %s", code, errs)
	}
	var r struct {
		Kind    string `json:"kind"`
		Text    string `json:"text"`
		Options []any  `json:"options"`
		Sources []struct {
			Title string `json:"title"`
			URL   string `json:"url"`
		} `json:"sources"`
		Facts []struct{ Name, Value string } `json:"facts"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("ask --json printed invalid JSON: %v\n%s", err, out)
	}
	if r.Kind != "answer" || !strings.Contains(r.Text, "25 €") || len(r.Sources) == 0 || r.Options == nil {
		t.Errorf("ask --json = %+v", r)
	}
	found := false
	for _, f := range r.Facts {
		if f.Name == "fee" && f.Value == "25 €" {
			found = true
		}
	}
	if !found {
		t.Errorf("facts %v lack fee=25 €", r.Facts)
	}
}

func TestChatPiped(t *testing.T) {
	getenv := env(t, nil)
	in := "Combien coûte la clé numérique à Ixelles ?\nEt à Uccle ?\n/sources\n\n1\n"
	code, out, errs := runCmd(t, getenv, in, "chat", "--now", "2026-11-23T10:00")
	if code != 0 {
		t.Fatalf("chat = %d: %s", code, errs)
	}
	for _, want := range []string{"Ixelles (votre commune) : 5 €", "Uccle (votre commune) : 10 €", "- mondiplôme", "aucun texte"} {
		if !strings.Contains(out, want) {
			t.Errorf("chat output lacks %q:\n%s", want, out)
		}
	}
}

func TestBadConfiguration(t *testing.T) {
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"log level", map[string]string{"GUICHET_LOG_LEVEL": "loud"}, []string{"ask", "bonjour"}, "GUICHET_LOG_LEVEL"},
		{"log format", map[string]string{"GUICHET_LOG_FORMAT": "xml"}, []string{"ask", "bonjour"}, "GUICHET_LOG_FORMAT"},
		{"case ttl", map[string]string{"GUICHET_CASE_TTL": "half an hour"}, []string{"ask", "bonjour"}, "GUICHET_CASE_TTL"},
		{"case ttl too short", map[string]string{"GUICHET_CASE_TTL": "10s"}, []string{"ask", "bonjour"}, "GUICHET_CASE_TTL"},
		{"now flag", nil, []string{"ask", "--now", "tomorrow", "bonjour"}, "--now"},
		{"lang flag", nil, []string{"ask", "--lang", "de", "bonjour"}, "--lang"},
		{"unknown command", nil, []string{"dance"}, "unknown command"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, errs := runCmd(t, env(t, tc.vars), "", tc.args...)
			if code == 0 || !strings.Contains(errs, tc.want) {
				t.Errorf("code %d, stderr %q; want failure naming %s", code, errs, tc.want)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"chat", "--help"}, {"ask", "--help"}, {"kb", "--help"}} {
		code, out, errs := runCmd(t, env(t, nil), "", args...)
		if code != 0 || (out+errs) == "" {
			t.Errorf("%v: code %d", args, code)
		}
	}
}

func TestDatabaseLocationFromEnvironment(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x", "mine.db")
	code, _, errs := runCmd(t, env(t, map[string]string{"GUICHET_DB": path}), "", "ask", "bonjour")
	if code != 0 {
		t.Fatal(errs)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("GUICHET_DB not used: %v", err)
	}
}

func TestEvalExitCodes(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.yaml")
	os.WriteFile(good, []byte("- id: g\n  tags: [cni]\n  turns:\n    - user: \"J'ai perdu ma carte d'identité, combien ?\"\n      expect: {kind: answer, contains: [\"25 €\"], facts: [\"fee=25 €\"]}\n"), 0o644)
	bad := filepath.Join(dir, "bad", "bad.yaml")
	os.MkdirAll(filepath.Dir(bad), 0o755)
	os.WriteFile(bad, []byte("- id: b\n  tags: [cni]\n  turns:\n    - user: \"J'ai perdu ma carte d'identité, combien ?\"\n      expect: {contains: [\"37 €\"]}\n"), 0o644)
	invalid := filepath.Join(dir, "invalid.yaml")
	os.WriteFile(invalid, []byte("- id: i\n  turns:\n    - user: x\n      expect: {colour: red}\n"), 0o644)

	jsonPath := filepath.Join(dir, "out", "r.json")
	code, out, errs := runCmd(t, env(t, nil), "", "eval", "--now", "2026-11-23T10:00", "--json", jsonPath, "--junit", filepath.Join(dir, "out", "j.xml"), good)
	if code != 0 || !strings.HasSuffix(strings.TrimSpace(out), "1 passed, 0 failed") {
		t.Fatalf("good cases: code %d\n%s\n%s", code, out, errs)
	}
	if _, err := os.Stat(jsonPath); err != nil {
		t.Error(err)
	}
	code, out, _ = runCmd(t, env(t, nil), "", "eval", "--quiet", "--baseline", jsonPath, good, filepath.Join(dir, "bad"))
	if code != 1 || !strings.Contains(out, "0 regressed") || !strings.Contains(out, "new       b") {
		t.Errorf("failing case: code %d\n%s", code, out)
	}
	code, _, errs = runCmd(t, env(t, nil), "", "eval", invalid)
	if code != 2 || !strings.Contains(errs, "invalid.yaml:4: unknown key \"colour\"") {
		t.Errorf("invalid file: code %d\n%s", code, errs)
	}
	code, _, _ = runCmd(t, env(t, nil), "", "eval", "--tags", "nope", good)
	if code != 2 {
		t.Errorf("no case with the tags: code %d; want 2", code)
	}
}

func TestFeedbackExport(t *testing.T) {
	getenv, a := storeApp(t)
	ctx := context.Background()
	for _, f := range []bot.Feedback{
		{Adapter: "telegram", ConversationID: "t:1", Question: "combien pour une carte perdue ?", Answer: "25 €", Positive: false, Reason: "je suis en Guyane"},
		{Adapter: "slack", ConversationID: "s:1", Question: "horaires Valenciennes", Answer: "…", Positive: true},
	} {
		if _, err := a.db.AddFeedback(ctx, f); err != nil {
			t.Fatal(err)
		}
	}
	a.Close()
	code, out, errs := runCmd(t, getenv, "", "feedback", "export")
	if code != 0 {
		t.Fatalf("export: %d %s", code, errs)
	}
	if !strings.Contains(out, `user: combien pour une carte perdue ?`) || !strings.Contains(out, "# Reason given: je suis en Guyane") || strings.Contains(out, "horaires Valenciennes") {
		t.Errorf("export:\n%s", out)
	}
	draft := filepath.Join(t.TempDir(), "drafts.yaml")
	if code, _, errs := runCmd(t, getenv, "", "feedback", "export", "--out", draft); code != 0 {
		t.Fatal(errs)
	}
	// The drafts are valid case files.
	if code, _, errs := runCmd(t, env(t, nil), "", "eval", "--quiet", draft); code == 2 {
		t.Errorf("drafts are not valid case files: %s", errs)
	}
}

func TestNLUTest(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "nlu.json")
	getenv := func(string) string { return "" }
	code, stdout, stderr := runCmd(t, getenv, "", "nlu", "test", "--folds", "2", "--json", out, "--min-accuracy", "0.99", "--min-macro-f1", "0")
	if code != 1 || !strings.Contains(stdout, "FAIL: accuracy") || !strings.Contains(stdout, "macro-F1") {
		t.Fatalf("exit %d (want 1 below the minimum accuracy)\n%s%s", code, stdout, stderr)
	}
	var ev struct {
		Accuracy float64 `json:"accuracy"`
		MacroF1  float64 `json:"macro_f1"`
		Facets   []struct {
			Name      string  `json:"name"`
			Precision float64 `json:"precision"`
			Recall    float64 `json:"recall"`
			F1        float64 `json:"f1"`
			Support   int     `json:"support"`
		} `json:"facets"`
		Confusions []struct {
			Expected, Got string
			Count         int
			Examples      []string
		} `json:"confusions"`
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &ev); err != nil {
		t.Fatal(err)
	}
	if ev.Accuracy <= 0.5 || ev.MacroF1 <= 0.5 || len(ev.Facets) < 30 || len(ev.Confusions) == 0 || ev.Confusions[0].Count == 0 || len(ev.Confusions[0].Examples) == 0 {
		t.Errorf("evaluation: accuracy %.2f, macro-F1 %.2f, %d labels, %d confusions", ev.Accuracy, ev.MacroF1, len(ev.Facets), len(ev.Confusions))
	}
	for _, f := range ev.Facets {
		if f.Support == 0 || f.F1 < 0 || f.F1 > 1 {
			t.Errorf("label %+v", f)
		}
	}
	if code, _, _ := runCmd(t, getenv, "", "nlu", "test", "--folds", "1"); code != 2 {
		t.Errorf("one fold: exit %d; want 2", code)
	}
}

// TestKBCheckStale runs `kb check --stale` on a copy of the knowledge base where one fact and one
// source were last checked long ago: both are listed, oldest first, at their file and line, and
// the command fails; the entries checked recently are not listed.
func TestKBCheckStale(t *testing.T) {
	dir := t.TempDir()
	kbfs := knowledge.Embedded()
	names, err := fs.Glob(kbfs, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	edits := map[string][2]string{
		// The first fact of the identity card (cni.payment) and the source sp-f1341.
		"cni.yaml":     {"      - id: cni.payment\n        reviewed: 2026-11-23\n", "      - id: cni.payment\n        reviewed: 2025-03-01\n"},
		"sources.yaml": {"F1341\n    scope: national\n    published: 2025-09-29\n    checked: 2026-11-23\n", "F1341\n    scope: national\n    published: 2025-09-29\n    checked: 2024-12-31\n"},
	}
	for _, name := range names {
		data, err := fs.ReadFile(kbfs, name)
		if err != nil {
			t.Fatal(err)
		}
		if e, ok := edits[name]; ok {
			if !bytes.Contains(data, []byte(e[0])) {
				t.Fatalf("%s: %q not found", name, e[0])
			}
			data = bytes.Replace(data, []byte(e[0]), []byte(e[1]), 1)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, out, errs := runCmd(t, env(t, nil), "", "kb", "check", "--stale", "180d", "--now", "2026-12-02", dir)
	if code != 1 {
		t.Fatalf("kb check --stale = %d, want 1\n%s\n%s", code, out, errs)
	}
	listed := strings.Split(strings.TrimSpace(out), "\n")[1:]
	want := []string{
		filepath.Join(dir, "sources.yaml") + ":",
		filepath.Join(dir, "cni.yaml") + ":",
	}
	if len(listed) != 2 || !strings.HasPrefix(listed[0], want[0]) || !strings.Contains(listed[0], "source sp-f1341: checked 2024-12-31, 701 days ago") ||
		!strings.HasPrefix(listed[1], want[1]) || !strings.Contains(listed[1], "fact cni.payment: reviewed 2025-03-01, 641 days ago") {
		t.Errorf("stale entries:\n%s\nwant sp-f1341 then cni.payment", out)
	}
	if !strings.Contains(errs, "2 of ") {
		t.Errorf("summary = %q", errs)
	}
	// The line given is the entry's own.
	data, _ := os.ReadFile(filepath.Join(dir, "cni.yaml"))
	line := strings.Split(strings.TrimPrefix(listed[1], want[1]), ":")[0]
	n, err := strconv.Atoi(line)
	if err != nil || n < 1 || !strings.Contains(strings.Split(string(data), "\n")[n-1], "id: cni.payment") {
		t.Errorf("line %q of cni.yaml is not cni.payment's", line)
	}

	// Within a longer age, nothing is stale; a bad age is refused.
	code, out, errs = runCmd(t, env(t, nil), "", "kb", "check", "--stale", "800d", "--now", "2026-12-02", dir)
	if code != 0 || !strings.Contains(out, "ok: all ") {
		t.Errorf("kb check --stale 800d = %d\n%s\n%s", code, out, errs)
	}
	for _, bad := range [][]string{{"--stale", "soon"}, {"--stale", "-3d"}, {"--stale", "10d", "--now", "2026-13-01"}} {
		code, _, errs = runCmd(t, env(t, nil), "", append([]string{"kb", "check"}, bad...)...)
		if code != 2 || !strings.Contains(errs, "--") {
			t.Errorf("kb check %v = %d, %q; want 2 with the flag named", bad, code, errs)
		}
	}
}

func TestDataDelete(t *testing.T) {
	getenv, a := storeApp(t)
	ctx := context.Background()
	if _, err := a.db.Receive(ctx, "telegram", "1", 1, []byte(`{"message":{"from":{"id":42},"chat":{"id":42},"text":"x"}}`)); err != nil {
		t.Fatal(err)
	}
	if _, err := a.db.AddFeedback(ctx, bot.Feedback{Adapter: "telegram", ConversationID: "telegram:42", Question: "q", Answer: "a"}); err != nil {
		t.Fatal(err)
	}
	a.Close()
	code, out, errs := runCmd(t, getenv, "", "data", "delete", "--user", "telegram:42")
	if code != 0 || !strings.Contains(out, "1 message(s), 0 conversation(s), 1 feedback") {
		t.Errorf("delete: %d %q %s", code, out, errs)
	}
	for _, bad := range []string{"", "42", "telegram:abc", "telegram:4%", "slack:u42", "irc:42"} {
		if code, _, errs := runCmd(t, getenv, "", "data", "delete", "--user", bad); code != 2 || !strings.Contains(errs, "--user") {
			t.Errorf("--user %q: code %d, %s; want a refusal naming --user", bad, code, errs)
		}
	}
	if code, _, _ := runCmd(t, getenv, "", "data"); code != 2 {
		t.Errorf("data without subcommand: code %d; want 2", code)
	}
}

// storeApp opens the app on a new database named by GUICHET_DB in the environment it returns, for
// tests that fill the database and then run a command on it.
func storeApp(t *testing.T) (func(string) string, *app) {
	t.Helper()
	getenv := env(t, map[string]string{"GUICHET_DB": filepath.Join(t.TempDir(), "g.db")})
	cfg, err := loadConfig(getenv, 0)
	if err != nil {
		t.Fatal(err)
	}
	a, err := openApp(context.Background(), cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	return getenv, a
}
