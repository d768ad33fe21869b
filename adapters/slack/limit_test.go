package slack_test

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/internal/apitest"
	"github.com/guichet/guichet/adapters/slack"
)

// slowDownText is what a user over the per-user limit is told.
const slowDownText = "attendez une minute"

// handledAll waits until every event the inbox recorded is marked handled: by then each has had
// its answer, its notice, or nothing, so that what was sent can be counted.
func (e *env) handledAll(t testing.TB) {
	t.Helper()
	e.api.WaitFor("every recorded event handled", func() bool {
		pending, err := e.db.Pending(context.Background(), slack.Name)
		if err != nil {
			t.Fatal(err)
		}
		return len(pending) == 0
	})
}

// inbox counts the events of the database at path that the inbox recorded, and those marked
// handled, read as the file holds them.
func inbox(t testing.TB, path string) (recorded, handled int) {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if err := db.QueryRow("SELECT COUNT(*), COUNT(done_at) FROM inbox WHERE adapter = ?", slack.Name).Scan(&recorded, &handled); err != nil {
		t.Fatal(err)
	}
	return recorded, handled
}

// threadsAnswered are the threads that got chat.postMessage, each once however many messages
// its answer took.
func (e *env) threadsAnswered() []string {
	var out []string
	for _, c := range e.api.Sent("chat.postMessage") {
		if ts := c.Params["thread_ts"]; !slices.Contains(out, ts) {
			out = append(out, ts)
		}
	}
	return out
}

// TestBurstOfMentionsGetsTheAllowedAnswersAndOneNotice sends, within a few seconds, 8 mentions
// from one user and 2 from another, interleaved, with a limit of 3 a minute: the first user's
// first 3 are answered in their threads, the 4th gets the one notice (privately, in its thread),
// the other 4 nothing; the other user gets both answers. A minute on, the first user is answered
// again, and a new burst gets a new notice.
func TestBurstOfMentionsGetsTheAllowedAnswersAndOneNotice(t *testing.T) {
	clk := apitest.NewClock()
	path := filepath.Join(t.TempDir(), "g.db")
	e := start(t, slack.Config{Now: clk.Now, PerUserPerMinute: 3}, false, path, 0)
	ts := func(user string, i int) string {
		return fmt.Sprintf("1700000100.%s%05d", map[string]string{"U1": "1", "U2": "2"}[user], i)
	}
	send := func(user string, i int) {
		t.Helper()
		id := fmt.Sprintf("Ev%s-%d", user, i)
		if code := e.event(t, id, "T1", mention("C1", user, ts(user, i), "combien coûte une carte d'identité après une perte ?"), nil); code != http.StatusOK {
			t.Fatalf("event %s: status %d", id, code)
		}
	}
	for i := 1; i <= 8; i++ {
		send("U1", i)
		if i == 2 || i == 6 {
			send("U2", i)
		}
		clk.Advance(500 * time.Millisecond)
	}
	e.handledAll(t)

	want := []string{ts("U1", 1), ts("U1", 2), ts("U2", 2), ts("U1", 3), ts("U2", 6)}
	got := e.threadsAnswered()
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("threads answered %v; want %v", got, want)
	}
	notices := e.api.Sent("chat.postEphemeral")
	if len(notices) != 1 {
		t.Fatalf("%d notices; want 1: %v", len(notices), notices)
	}
	n := notices[0].Params
	if n["user"] != "U1" || n["channel"] != "C1" || n["thread_ts"] != ts("U1", 4) || !strings.Contains(n["text"], slowDownText) {
		t.Errorf("notice %v; want one to U1 in the thread of the 4th mention, asking to wait", n)
	}

	// A minute after the first answer, the first user has room again; past it, a new notice.
	clk.Advance(time.Minute)
	for i := 9; i <= 12; i++ {
		send("U1", i)
	}
	e.handledAll(t)
	for i := 9; i <= 11; i++ {
		if !slices.Contains(e.threadsAnswered(), ts("U1", i)) {
			t.Errorf("mention %d, a minute on, not answered", i)
		}
	}
	if slices.Contains(e.threadsAnswered(), ts("U1", 12)) {
		t.Error("mention 12, over the limit again, answered")
	}
	if notices := e.api.Sent("chat.postEphemeral"); len(notices) != 2 || notices[1].Params["thread_ts"] != ts("U1", 12) {
		t.Errorf("notices after the second burst: %v; want a second one, in the thread of mention 12", notices)
	}
	if recorded, handled := inbox(t, path); recorded != 14 || handled != 14 {
		t.Errorf("inbox: %d recorded, %d handled; want every mention, 14, recorded and handled", recorded, handled)
	}
}

// TestBurstOfDirectMessagesKeepsTheConversationsOrder sends 6 direct messages from one user in
// one conversation with a limit of 2: two answers, then the one notice after them, and every
// message recorded as handled.
func TestBurstOfDirectMessagesKeepsTheConversationsOrder(t *testing.T) {
	clk := apitest.NewClock()
	e := start(t, slack.Config{Now: clk.Now, PerUserPerMinute: 2}, false, "", 0)
	for i := 1; i <= 6; i++ {
		e.event(t, fmt.Sprintf("Ev%d", i), "T1", direct("D1", "U1", fmt.Sprintf("1700000200.%06d", i), "combien coûte une carte d'identité après un vol ?"), nil)
		clk.Advance(time.Second)
	}
	e.handledAll(t)
	methods := e.api.Methods()
	last := slices.Index(methods, "chat.postEphemeral")
	if last < 0 || strings.Count(strings.Join(methods, " "), "chat.postEphemeral") != 1 {
		t.Fatalf("calls %v; want exactly one notice", methods)
	}
	st, err := e.db.TurnStats(context.Background(), time.Now().Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	if st.Questions != 2 {
		t.Errorf("%d questions answered; want 2", st.Questions)
	}
	if slices.Contains(methods[last+1:], "chat.postMessage") {
		t.Errorf("calls %v; want the notice after the answers", methods)
	}
}

// TestBurstOfSlashCommandsGetsTheAllowedAnswersAndOneNotice sends /guichet questions from one
// user with a limit of 2 a minute: two answers, then the notice in the acknowledgement of the
// third, then empty acknowledgements; an option pressed meanwhile is refused silently; another
// user is answered throughout; a minute later the first user is answered again.
func TestBurstOfSlashCommandsGetsTheAllowedAnswersAndOneNotice(t *testing.T) {
	clk := apitest.NewClock()
	path := filepath.Join(t.TempDir(), "g.db")
	e := start(t, slack.Config{Now: clk.Now, PerUserPerMinute: 2}, false, path, 0)
	const question = "combien coûte une clé numérique ?"
	ask := func(user string) string {
		t.Helper()
		code, body := e.command(t, "T1", "C1", user, question)
		if code != http.StatusOK {
			t.Fatalf("/guichet by %s: status %d", user, code)
		}
		clk.Advance(time.Second)
		return body
	}
	answered := func(body string) bool { return strings.Contains(body, `"blocks":[`) }
	first := ask("U1")
	if !answered(first) {
		t.Fatalf("first command not answered: %q", first)
	}
	if body := ask("U2"); !answered(body) {
		t.Errorf("the other user's command: %q", body)
	}
	if body := ask("U1"); !answered(body) {
		t.Errorf("second command not answered: %q", body)
	}
	if body := ask("U1"); !strings.Contains(body, slowDownText) || answered(body) {
		t.Errorf("third command: %q; want the notice", body)
	}
	for range 3 {
		if body := ask("U1"); body != "" {
			t.Errorf("a command past the notice: %q; want an empty acknowledgement", body)
		}
	}
	if body := ask("U2"); !answered(body) {
		t.Errorf("the other user's command during the burst: %q", body)
	}
	// A press of the first answer's option is judged by the same limit, and is silent too.
	var m struct {
		Blocks json.RawMessage `json:"blocks"`
	}
	if err := json.Unmarshal([]byte(first), &m); err != nil {
		t.Fatal(err)
	}
	if code := e.press(t, unescapeJSON(string(m.Blocks)), "guichet:opt:1", "C1", true); code != http.StatusOK {
		t.Fatalf("press: %d", code)
	}
	e.handledAll(t)
	if sent := e.api.Sent("response_url"); len(sent) != 0 {
		t.Errorf("sent through response_url: %v; want nothing (answers in the acknowledgements, the press refused)", sent)
	}
	clk.Advance(time.Minute)
	if body := ask("U1"); !answered(body) {
		t.Errorf("a command a minute on: %q", body)
	}
	e.handledAll(t)
	if recorded, handled := inbox(t, path); recorded != 9 || handled != 9 {
		t.Errorf("inbox: %d recorded, %d handled; want every command, 9, recorded and handled", recorded, handled)
	}
}
