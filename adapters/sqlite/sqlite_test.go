package sqlite_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/guichet/guichet/adapters/sqlite"
	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

func open(t *testing.T, path string) *sqlite.DB {
	t.Helper()
	db, err := sqlite.Open(context.Background(), path)
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	return db
}

func TestConversationSurvivesRestart(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "sub", "guichet.db")
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)

	db := open(t, path)
	b := bot.New(kb, db)
	if _, err := b.Handle(ctx, bot.Message{ConversationID: "c1", Text: "Combien coûte la clé numérique à Ixelles ?", Time: now}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}

	db = open(t, path)
	defer db.Close()
	b = bot.New(kb, db)
	r, err := b.Handle(ctx, bot.Message{ConversationID: "c1", Text: "Et à Uccle ?", Time: now})
	if err != nil {
		t.Fatal(err)
	}
	if got := bot.PlainText(r); !strings.Contains(got, "Uccle (votre commune) : 10 €") {
		t.Errorf("after restart the follow-up lost its context:\n%s", got)
	}
	srcs, err := b.LastSources(ctx, "c1")
	if err != nil || len(srcs) == 0 {
		t.Errorf("LastSources = %v, %v; want the sources of the last answer", srcs, err)
	}
	if err := b.Reset(ctx, "c1"); err != nil {
		t.Fatal(err)
	}
	st, err := db.Load(ctx, "c1")
	if err != nil || st.Topic != "" {
		t.Errorf("after reset: %+v, %v", st, err)
	}
}

func TestStoreRoundTripAndPurge(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	st, err := db.Load(ctx, "unknown")
	if err != nil || st.Turns != 0 {
		t.Fatalf("unknown conversation: %+v, %v", st, err)
	}
	old := bot.State{Topic: knowledge.TopicCNI, Turns: 3, Updated: time.Now().Add(-48 * time.Hour)}
	if err := db.Save(ctx, "old", old); err != nil {
		t.Fatal(err)
	}
	if err := db.Save(ctx, "new", bot.State{Turns: 1, Updated: time.Now()}); err != nil {
		t.Fatal(err)
	}
	got, err := db.Load(ctx, "old")
	if err != nil || got.Topic != knowledge.TopicCNI || got.Turns != 3 {
		t.Errorf("round trip: %+v, %v", got, err)
	}
	n, err := db.Purge(ctx, time.Now().Add(-24*time.Hour))
	if err != nil || n.Conversations != 1 {
		t.Errorf("purge = %+v, %v; want 1 conversation", n, err)
	}
	if err := db.Ping(ctx); err != nil {
		t.Error(err)
	}
}

func TestConcurrentWriters(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if err := db.Save(ctx, string(rune('a'+i)), bot.State{Turns: j, Updated: time.Now()}); err != nil {
					t.Error(err)
					return
				}
				if _, err := db.Load(ctx, string(rune('a'+i))); err != nil {
					t.Error(err)
					return
				}
			}
		}(i)
	}
	wg.Wait()
}

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	ctx := context.Background()
	kb, err := knowledge.Load(knowledge.Embedded())
	if err != nil {
		t.Fatal(err)
	}
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	if err := db.IndexKnowledge(ctx, kb); err != nil {
		t.Fatal(err)
	}
	// A second index with the same digest is a no-op; it must not fail either.
	if err := db.IndexKnowledge(ctx, kb); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		query, want string
	}{
		{"EMPREINTES digitales", "cni.fingerprints"},
		{"empreintes digitales", "cni.fingerprints"},
		{"photographe cabine agréée", "cni.photo"},
		{"photographe cabine agreee", "cni.photo"},
		{"procuration FranceConnect+", "fi.uses"},
		{"Tuteur curatelle", "cni.protected"},
	}
	for _, tc := range tests {
		ids, err := db.SearchFacts(ctx, tc.query, 3)
		if err != nil {
			t.Fatalf("search %q: %v", tc.query, err)
		}
		found := false
		for _, id := range ids {
			if id == tc.want {
				found = true
			}
		}
		if !found {
			t.Errorf("search %q = %v; want %s among them", tc.query, ids, tc.want)
		}
	}
	if ids, _ := db.SearchFacts(ctx, "zzz qqq", 3); len(ids) != 0 {
		t.Errorf("nonsense query found %v", ids)
	}
}

// TestReceiveReportsWhatIsRecorded cancels senders at random moments, as a webhook client that
// hangs up does: an event Receive reports as an error is never recorded, and one it reports
// recorded is, so that the caller queues every event the inbox holds.
func TestReceiveReportsWhatIsRecorded(t *testing.T) {
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	const n = 400
	type result struct {
		id    string
		fresh bool
		err   error
	}
	results := make(chan result, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			ctx, cancel := context.WithTimeout(context.Background(), time.Duration(i%50)*10*time.Microsecond)
			defer cancel()
			id := strconv.Itoa(i)
			fresh, err := db.Receive(ctx, "telegram", id, int64(i), []byte("{}"))
			results <- result{id, fresh, err}
		}(i)
	}
	wg.Wait()
	close(results)
	pending, err := db.Pending(context.Background(), "telegram")
	if err != nil {
		t.Fatal(err)
	}
	recorded := map[string]bool{}
	for _, ev := range pending {
		recorded[ev.ID] = true
	}
	for r := range results {
		switch {
		case r.err != nil && recorded[r.id]:
			t.Errorf("event %s: Receive said %v, yet it is recorded and nobody queued it", r.id, r.err)
		case r.err == nil && (!r.fresh || !recorded[r.id]):
			t.Errorf("event %s: fresh=%v, recorded=%v", r.id, r.fresh, recorded[r.id])
		}
	}
}

func TestReceiveOnceUnderConcurrency(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	var wg sync.WaitGroup
	fresh := make(chan bool, 64)
	for i := 0; i < 64; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			id := string(rune('a' + i%8)) // eight distinct events, each delivered eight times
			ok, err := db.Receive(ctx, "telegram", id, int64(i%8), []byte("{}"))
			if err != nil {
				t.Error(err)
			}
			fresh <- ok
		}(i)
	}
	wg.Wait()
	close(fresh)
	n := 0
	for ok := range fresh {
		if ok {
			n++
		}
	}
	if n != 8 {
		t.Errorf("%d events recorded as new; want 8", n)
	}
	pending, err := db.Pending(ctx, "telegram")
	if err != nil || len(pending) != 8 {
		t.Errorf("pending = %d, %v; want 8", len(pending), err)
	}
	if err := db.Done(ctx, "telegram", "a"); err != nil {
		t.Fatal(err)
	}
	if pending, _ := db.Pending(ctx, "telegram"); len(pending) != 7 {
		t.Errorf("after Done: %d pending; want 7", len(pending))
	}
	if last, err := db.LastSeq(ctx, "telegram"); err != nil || last != 7 {
		t.Errorf("LastSeq = %d, %v; want 7", last, err)
	}
	for _, tc := range []struct {
		id   string
		want string
	}{{"a", ""}, {"b", "{}"}, {"unknown", ""}} {
		got, err := db.Event(ctx, "telegram", tc.id)
		if err != nil || string(got) != tc.want || (tc.want == "") != (got == nil) {
			t.Errorf("Event(%s) = %q, %v; want %q", tc.id, got, err, tc.want)
		}
	}
	commits, events := db.CommitStats()
	if events != 64 || commits < 1 || commits > 64 {
		t.Errorf("CommitStats = %d commits of %d events; want 64 events in 1 to 64 commits", commits, events)
	}
}

// Calls racing with Close either fail or have their event committed: none is lost while its
// caller was told it was recorded, and Close returns only once the commits under way end.
func TestReceiveRacingClose(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	db := open(t, path)
	const n = 600 // more than one commit holds, so commits hand over to each other
	var wg sync.WaitGroup
	recorded := make(chan string, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			id := strconv.Itoa(i)
			if fresh, err := db.Receive(ctx, "telegram", id, int64(i), []byte("{}")); err == nil && fresh {
				recorded <- id
			}
		}()
	}
	time.Sleep(time.Millisecond)
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	close(recorded)
	db = open(t, path)
	defer db.Close()
	pending, err := db.Pending(ctx, "telegram")
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, e := range pending {
		have[e.ID] = true
	}
	count := 0
	for id := range recorded {
		count++
		if !have[id] {
			t.Errorf("event %s was reported recorded but is not in the database", id)
		}
	}
	t.Logf("%d of %d recorded before Close", count, n)
	if count != len(pending) {
		t.Errorf("%d events reported recorded, %d in the database", count, len(pending))
	}
	if _, err := db.Receive(ctx, "telegram", "late", 1, []byte("{}")); err != nil {
		t.Errorf("Receive on a reopened database: %v", err)
	}
}

// The writer leaves checkpoints to the background: its commits only append to the log, and the
// database file itself fills at the next checkpoint tick.
func TestCheckpointsRunInTheBackground(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "g.db")
	db := open(t, path)
	defer db.Close()
	size := func() int64 {
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		return fi.Size()
	}
	before := size()
	payload := make([]byte, 1024)
	for i := range 2000 {
		if _, err := db.Receive(ctx, "telegram", strconv.Itoa(i), int64(i), payload); err != nil {
			t.Fatal(err)
		}
	}
	if grown := size() - before; grown > 512<<10 {
		t.Errorf("the database file grew by %d bytes during the writes: the writer checkpointed", grown)
	}
	deadline := time.Now().Add(3 * sqlite.CheckpointInterval)
	for size()-before < 1<<20 {
		if time.Now().After(deadline) {
			t.Fatalf("the database file grew by %d bytes in %v; want the log copied back (over 1 MiB)", size()-before, 3*sqlite.CheckpointInterval)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// BenchmarkReceiveConcurrent records events from 16 concurrent callers, as a burst of webhooks
// does: the group commit and the cost of one commit decide the rate.
func BenchmarkReceiveConcurrent(b *testing.B) {
	db, err := sqlite.Open(context.Background(), filepath.Join(b.TempDir(), "g.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	payload := make([]byte, 300)
	var next atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := next.Add(1)
				if i > int64(b.N) {
					return
				}
				if _, err := db.Receive(context.Background(), "telegram", strconv.FormatInt(i, 10), i, payload); err != nil {
					b.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "events/s")
}

func TestTurnJournal(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	now := time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC)
	turns := []bot.Turn{
		{Adapter: "slack", Time: now.Add(-time.Hour), Kind: bot.Answer, Topic: knowledge.TopicCNI, Lang: knowledge.FR},
		{Adapter: "slack", Time: now.Add(-2 * time.Hour), Kind: bot.Answer, Topic: knowledge.TopicCNI, Lang: knowledge.FR},
		{Adapter: "telegram", Time: now.Add(-3 * time.Hour), Kind: bot.OutOfScope, Lang: knowledge.EN},
		{Adapter: "telegram", Time: now.Add(-4 * time.Hour), Kind: bot.OutOfScope, Topic: knowledge.TopicCNI, Lang: knowledge.FR},
		{Adapter: "slack", Time: now.Add(-5 * time.Hour), Kind: bot.Clarify, Lang: knowledge.NL},
		{Adapter: "slack", Time: now.Add(-6 * time.Hour), Kind: bot.Clarify, Topic: knowledge.TopicCNI, Lang: knowledge.FR},
		{Adapter: "slack", Time: now.Add(-10 * 24 * time.Hour), Kind: bot.OutOfScope, Lang: knowledge.FR}, // too old
	}
	for _, tr := range turns {
		if err := db.RecordTurn(ctx, tr); err != nil {
			t.Fatal(err)
		}
	}
	st, err := db.TurnStats(ctx, now.Add(-7*24*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	want := bot.TurnStats{
		Since:      now.Add(-7 * 24 * time.Hour),
		Questions:  6,
		ByAdapter:  []bot.AdapterCount{{Adapter: "slack", N: 4}, {Adapter: "telegram", N: 2}},
		ByKind:     []bot.KindCount{{Kind: bot.Answer, N: 2}, {Kind: bot.Clarify, N: 2}, {Kind: bot.OutOfScope, N: 2}},
		ByLang:     []bot.LangCount{{Lang: knowledge.FR, N: 4}, {Lang: knowledge.EN, N: 1}, {Lang: knowledge.NL, N: 1}},
		Unanswered: []bot.TopicCount{{Topic: "", N: 2}, {Topic: knowledge.TopicCNI, N: 1}},
	}
	if !reflect.DeepEqual(st, want) {
		t.Errorf("stats =\n%+v\nwant\n%+v", st, want)
	}
}

// One batch may hold the same event twice, and the same id from two adapters: the first is new,
// the second a duplicate; ids of different adapters are different events.
func TestReceiveBatchWithDuplicates(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	type ev struct{ adapter, id string }
	events := []ev{{"telegram", "1"}, {"slack", "1"}, {"telegram", "1"}, {"telegram", "2"}, {"slack", "1"}}
	var wg sync.WaitGroup
	fresh := make([]bool, len(events))
	for i, e := range events {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ok, err := db.Receive(ctx, e.adapter, e.id, int64(i), []byte("{}"))
			if err != nil {
				t.Error(err)
			}
			fresh[i] = ok
		}()
	}
	wg.Wait()
	count := map[ev]int{}
	for i, e := range events {
		if fresh[i] {
			count[e]++
		}
	}
	for _, e := range []ev{{"telegram", "1"}, {"slack", "1"}, {"telegram", "2"}} {
		if count[e] != 1 {
			t.Errorf("%v recorded as new %d times; want once", e, count[e])
		}
	}
}

// Purge deletes old text (conversations, handled events, feedback) and keeps events not yet
// handled, whatever their age.
// TestPurgedDataLeavesNoTrace purges old events and feedback that hold personal data and reads
// the database's files afterwards: the deleted text is gone from them, not left in free pages;
// a database created in an existing folder is readable by its owner only.
func TestPurgedDataLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "g.db")
	db := open(t, path)
	const secret = "IBAN FR76 3000 6000 0112 3456 7890 189 tel 0612345678 zqxw"
	for i := range 50 {
		id := strconv.Itoa(i)
		if _, err := db.Receive(ctx, "telegram", id, int64(i), []byte(`{"text":"`+secret+` `+id+`"}`)); err != nil {
			t.Fatal(err)
		}
		if err := db.Done(ctx, "telegram", id); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.AddFeedback(ctx, bot.Feedback{Adapter: "telegram", ConversationID: "c", Question: secret, Answer: "a", Time: time.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if p, err := db.Purge(ctx, time.Now().Add(time.Minute)); err != nil || p.Events != 50 || p.Feedback != 1 {
		t.Fatalf("purge = %+v, %v", p, err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	assertNotInFiles(t, path, "zqxw")
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if perm := st.Mode().Perm(); perm&0o077 != 0 {
		t.Errorf("database file mode %v; want readable by its owner only", perm)
	}
}

func TestPurgeKeepsUnhandledEvents(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "g.db"))
	defer db.Close()
	for _, id := range []string{"handled", "pending"} {
		if _, err := db.Receive(ctx, "telegram", id, 1, []byte(`{"text":"ma question"}`)); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.Done(ctx, "telegram", "handled"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.AddFeedback(ctx, bot.Feedback{Adapter: "telegram", ConversationID: "c", Question: "q", Answer: "a", Time: time.Now().Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	if err := db.Save(ctx, "c", bot.State{Turns: 1, Updated: time.Now()}); err != nil {
		t.Fatal(err)
	}
	// Nothing is old yet.
	if p, err := db.Purge(ctx, time.Now().Add(-2*time.Hour)); err != nil || p != (sqlite.Purged{}) {
		t.Errorf("purge of nothing old = %+v, %v", p, err)
	}
	p, err := db.Purge(ctx, time.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if want := (sqlite.Purged{Conversations: 1, Events: 1, Feedback: 1}); p != want {
		t.Errorf("purge = %+v; want %+v", p, want)
	}
	pending, err := db.Pending(ctx, "telegram")
	if err != nil || len(pending) != 1 || pending[0].ID != "pending" {
		t.Errorf("pending after purge = %+v, %v; want the unhandled event", pending, err)
	}
}

// assertNotInFiles fails the test if the database file at path, or its journal, holds secret
// anywhere, free pages included.
func assertNotInFiles(t *testing.T, path, secret string) {
	t.Helper()
	files, _ := filepath.Glob(path + "*")
	if len(files) == 0 {
		t.Fatalf("no database file at %s", path)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(string(data), secret) {
			t.Errorf("%s still holds %q after its deletion", filepath.Base(f), secret)
		}
	}
}
