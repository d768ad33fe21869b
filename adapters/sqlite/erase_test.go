package sqlite_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
)

func TestEraseUser(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	db := open(t, path)
	// Telegram: user 42 writes in private, in a group, and presses a button; user 7 writes too.
	events := []struct{ adapter, id, payload string }{
		{"telegram", "1", `{"update_id":1,"message":{"from":{"id":42},"chat":{"id":42,"type":"private"},"text":"mon IBAN zqxw42a"}}`},
		{"telegram", "2", `{"update_id":2,"message":{"from":{"id":42},"chat":{"id":-100,"type":"group"},"text":"zqxw42b"}}`},
		{"telegram", "3", `{"update_id":3,"callback_query":{"id":"c","from":{"id":42},"message":{"chat":{"id":42}},"data":"v:x zqxw42c"}}`},
		{"telegram", "4", `{"update_id":4,"message":{"from":{"id":7},"chat":{"id":-100,"type":"group"},"text":"keep7"}}`},
		{"telegram", "5", `{"update_id":5,"message":{"from":{"id":420},"chat":{"id":420,"type":"private"},"text":"keep420"}}`},
		// Slack: U42 in a direct message, with /guichet and in a thread; U7 in the same thread.
		{"slack", "e1", `{"team":"T1","channel":"D42","user":"U42","text":"zqxw42d","direct":true}`},
		{"slack", "command:9", `{"team":"T1","channel":"C1","user":"U42","text":"zqxw42e","response_url":"https://x","case":"9"}`},
		{"slack", "e2", `{"team":"T1","channel":"C1","user":"U42","text":"zqxw42f","thread":"17.1"}`},
		{"slack", "e3", `{"team":"T1","channel":"C1","user":"U7","text":"keepU7","thread":"17.1"}`},
		{"slack", "e4", `not json`},
	}
	for i, e := range events {
		if _, err := db.Receive(ctx, e.adapter, e.id, int64(i), []byte(e.payload)); err != nil {
			t.Fatal(err)
		}
	}
	now := time.Now()
	for _, c := range []string{"telegram:42", "telegram:-100", "telegram:420", "slack:T1:D42", "slack:T1:D42:18.2", "slack:T1:C1:U42:9", "slack:T1:C1:17.1", "slack:T1:C1:U7:8"} {
		if err := db.Save(ctx, c, bot.State{Updated: now}); err != nil {
			t.Fatal(err)
		}
		if _, err := db.AddFeedback(ctx, bot.Feedback{Adapter: "x", ConversationID: c, Question: "q " + c, Answer: "a", Time: now}); err != nil {
			t.Fatal(err)
		}
	}

	tg, err := db.EraseUser(ctx, "telegram", "42")
	if err != nil {
		t.Fatal(err)
	}
	if want := (sqlite.Erased{Conversations: 1, Events: 3, Feedback: 1}); tg != want {
		t.Errorf("telegram erased %+v; want %+v", tg, want)
	}
	sl, err := db.EraseUser(ctx, "slack", "U42")
	if err != nil {
		t.Fatal(err)
	}
	// The direct message and its thread, the command's case; the shared thread stays.
	if want := (sqlite.Erased{Conversations: 3, Events: 3, Feedback: 3}); sl != want {
		t.Errorf("slack erased %+v; want %+v", sl, want)
	}
	if _, err := db.EraseUser(ctx, "irc", "42"); err == nil {
		t.Error("unknown adapter: no error")
	}
	for _, bad := range []string{"", "%", "U7%", "_", "7 OR 1"} {
		if _, err := db.EraseUser(ctx, "slack", bad); err == nil {
			t.Errorf("user id %q: no error", bad)
		}
	}

	for _, c := range []string{"telegram:-100", "telegram:420", "slack:T1:C1:17.1", "slack:T1:C1:U7:8"} {
		if st, err := db.Load(ctx, c); err != nil || st.Updated.IsZero() {
			t.Errorf("conversation %s of others lost (%v)", c, err)
		}
	}
	tgLeft, _ := db.Pending(ctx, "telegram")
	slLeft, _ := db.Pending(ctx, "slack")
	var left []string
	for _, e := range append(tgLeft, slLeft...) {
		left = append(left, e.ID)
	}
	if got := strings.Join(left, ","); got != "4,5,e3,e4" {
		t.Errorf("events left %s; want 4,5,e3,e4", got)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	assertNotInFiles(t, path, "zqxw42")
}

func TestHandledEventKeepsOnlyItsID(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	db := open(t, path)
	if _, err := db.Receive(ctx, "telegram", "1", 1, []byte(`{"message":{"text":"mon numéro zqxw0612"}}`)); err != nil {
		t.Fatal(err)
	}
	if err := db.Done(ctx, "telegram", "1"); err != nil {
		t.Fatal(err)
	}
	// The id still recognises a redelivery.
	if fresh, err := db.Receive(ctx, "telegram", "1", 1, []byte(`{"message":{"text":"mon numéro zqxw0612"}}`)); err != nil || fresh {
		t.Errorf("redelivery of a handled event: fresh %v, %v; want recognised", fresh, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	assertNotInFiles(t, path, "zqxw0612")
}
