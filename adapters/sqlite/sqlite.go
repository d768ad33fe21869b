// Package sqlite is Guichet's storage on SQLite: conversation states (so that a conversation
// survives a restart), and the full-text index of the knowledge base (FTS5, ignoring case and
// accents). It needs the sqlite_fts5 build tag.
//
// It also keeps feedback, the inbox of incoming events (each answered once), and a journal of
// answered turns without text or user ids, for usage statistics.
//
// One connection writes, in WAL mode with a busy timeout; several read. The writer never stops to
// checkpoint the write-ahead log: a background goroutine does, off the per-message path, so that
// a commit costs a WAL append and no fsync. The package knows the bot's State only as JSON and the
// knowledge base only through its public types.
package sqlite

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/guichet/guichet/bot"
	"github.com/guichet/guichet/knowledge"
)

// DB is an open Guichet database.
type DB struct {
	write *sql.DB
	read  *sql.DB
	path  string
	// Prepared statements of the per-message path.
	loadStmt, saveStmt, turnStmt, eventStmt *sql.Stmt
	// inserts are the group commit's multi-row inserts, by number of rows; only the call leading a
	// commit uses them, and one commit runs at a time (see Receive).
	inserts map[int]*sql.Stmt
	// recv holds the Receive calls waiting for a commit (see Receive).
	recv receiving
	// commits and committed count the group commit's transactions and the events they recorded, so
	// that the events per commit (how well concurrent requests share one) can be watched.
	commits, committed atomic.Int64
	// stopCheckpoints ends the checkpoint goroutine, which closes checkpointsDone.
	stopCheckpoints, checkpointsDone chan struct{}
}

// CheckpointInterval is how often the write-ahead log is copied back into the database file.
const CheckpointInterval = time.Second

// MaxLogFrames is the length of the write-ahead log (in pages) past which a checkpoint empties it
// even if it must wait for readers: about 100 MB.
const MaxLogFrames = 25000

// connector opens connections with a hook, without registering a driver globally.
type connector struct {
	dsn    string
	driver *sqlite3.SQLiteDriver
}

func (c connector) Connect(context.Context) (driver.Conn, error) { return c.driver.Open(c.dsn) }
func (c connector) Driver() driver.Driver                        { return c.driver }

var (
	_ bot.Store         = (*DB)(nil)
	_ bot.Searcher      = (*DB)(nil)
	_ bot.FeedbackStore = (*DB)(nil)
	_ bot.TurnJournal   = (*DB)(nil)
	_ bot.Inbox         = (*DB)(nil)
)

// Open opens (creating it and its folder if needed) the database at path and brings its schema
// up to date.
func Open(ctx context.Context, path string) (*DB, error) {
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return nil, fmt.Errorf("sqlite: create folder for %s: %w", path, err)
		}
	}
	// The database holds people's questions: a new file is readable by its owner only (SQLite
	// gives its log and shared-memory files the same permissions).
	if f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); err == nil {
		f.Close()
	} else if !errors.Is(err, fs.ErrExist) {
		return nil, fmt.Errorf("sqlite: create %s: %w", path, err)
	}
	dsn := func(extra string) string {
		q := url.Values{}
		// What is deleted (the retention purge) is overwritten, not left in free pages.
		q.Set("_secure_delete", "on")
		q.Set("_journal_mode", "WAL")
		q.Set("_busy_timeout", "5000")
		q.Set("_synchronous", "NORMAL")
		q.Set("_foreign_keys", "on")
		if extra != "" {
			q.Set("_txlock", extra)
		}
		return "file:" + path + "?" + q.Encode()
	}
	// The writer leaves checkpoints to the background goroutine (see checkpoints).
	w := sql.OpenDB(connector{dsn: dsn("immediate"), driver: &sqlite3.SQLiteDriver{ConnectHook: func(c *sqlite3.SQLiteConn) error {
		_, err := c.Exec("PRAGMA wal_autocheckpoint = 0", nil)
		return err
	}}})
	w.SetMaxOpenConns(1)
	w.SetConnMaxIdleTime(0)
	r := sql.OpenDB(connector{dsn: dsn(""), driver: &sqlite3.SQLiteDriver{}})
	r.SetMaxOpenConns(max(4, runtime.NumCPU()))
	db := &DB{write: w, read: r, path: path}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	var err error
	if db.loadStmt, err = r.PrepareContext(ctx, "SELECT state FROM conversations WHERE id = ?"); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	db.saveStmt, err = w.PrepareContext(ctx, `INSERT INTO conversations (id, state, updated_at) VALUES (?, ?, ?)
		ON CONFLICT(id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	db.turnStmt, err = w.PrepareContext(ctx, "INSERT INTO turns (adapter, at, kind, topic, lang) VALUES (?, ?, ?, ?, ?)")
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	if db.eventStmt, err = r.PrepareContext(ctx, "SELECT payload FROM inbox WHERE adapter = ? AND id = ? AND done_at IS NULL"); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlite: prepare: %w", err)
	}
	db.inserts = map[int]*sql.Stmt{}
	db.stopCheckpoints, db.checkpointsDone = make(chan struct{}), make(chan struct{})
	go db.checkpoints(CheckpointInterval)
	return db, nil
}

// checkpoints copies the write-ahead log back into the database file at every tick, from a
// reading connection, so that the writer's commits never wait for the fsync a checkpoint needs.
// A passive checkpoint neither blocks nor waits for readers and the writer.
func (db *DB) checkpoints(every time.Duration) {
	defer close(db.checkpointsDone)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-db.stopCheckpoints:
			return
		case <-t.C:
			// A failure is not fatal: the next tick tries again, the log is only longer meanwhile.
			var busy, frames, copied int
			if db.read.QueryRow("PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &frames, &copied) == nil && frames > MaxLogFrames {
				// Readers that never let go would let the log grow without end: this checkpoint
				// waits for them and empties it, holding writers back for its duration.
				_, _ = db.read.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
			}
		}
	}
}

// Close closes the database.
func (db *DB) Close() error {
	db.recv.mu.Lock()
	db.recv.closed = true
	db.recv.mu.Unlock()
	db.recv.leaders.Wait() // the events already handed in are committed
	if db.stopCheckpoints != nil {
		close(db.stopCheckpoints)
		<-db.checkpointsDone
	}
	var errs []error
	for _, st := range db.inserts {
		errs = append(errs, st.Close())
	}
	for _, st := range []*sql.Stmt{db.loadStmt, db.saveStmt, db.turnStmt, db.eventStmt} {
		if st != nil {
			errs = append(errs, st.Close())
		}
	}
	return errors.Join(append(errs, db.read.Close(), db.write.Close())...)
}

// Ping checks that the database answers, for health checks.
func (db *DB) Ping(ctx context.Context) error {
	var one int
	return db.read.QueryRowContext(ctx, "SELECT 1").Scan(&one)
}

// migrations are applied in order; the index of the last applied is kept in user_version.
var migrations = []string{
	`CREATE TABLE conversations (
		id TEXT PRIMARY KEY,
		state TEXT NOT NULL,
		updated_at INTEGER NOT NULL
	);
	CREATE TABLE kb_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
	CREATE VIRTUAL TABLE kb_fts USING fts5(
		id UNINDEXED, topic UNINDEXED, title, body,
		tokenize = 'unicode61 remove_diacritics 2'
	);`,
	`CREATE TABLE feedback (
		id INTEGER PRIMARY KEY,
		adapter TEXT NOT NULL,
		conversation TEXT NOT NULL,
		question TEXT NOT NULL,
		answer TEXT NOT NULL,
		positive INTEGER NOT NULL,
		reason TEXT NOT NULL DEFAULT '',
		created_at INTEGER NOT NULL
	);
	CREATE INDEX feedback_negative ON feedback (positive, created_at);`,
	`CREATE TABLE inbox (
		adapter TEXT NOT NULL,
		id TEXT NOT NULL,
		seq INTEGER NOT NULL DEFAULT 0,
		payload BLOB NOT NULL,
		received_at INTEGER NOT NULL,
		done_at INTEGER,
		PRIMARY KEY (adapter, id)
	);
	CREATE INDEX inbox_pending ON inbox (adapter, done_at);`,
	// The turn journal: no message text and no user id, by design.
	`CREATE TABLE turns (
		adapter TEXT NOT NULL,
		at INTEGER NOT NULL,
		kind TEXT NOT NULL,
		topic TEXT NOT NULL DEFAULT '',
		lang TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX turns_at ON turns (at);`,
	// Every recorded event wrote three trees (the rows, their key and this index) in the commit
	// a webhook request waits for. Only the start-up recovery of pending events and the last
	// sequence number read it, once per start, over an inbox the retention purge keeps short.
	`DROP INDEX inbox_pending;`,
}

func (db *DB) migrate(ctx context.Context) error {
	var version int
	if err := db.write.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("sqlite: read schema version of %s: %w", db.path, err)
	}
	for i := version; i < len(migrations); i++ {
		tx, err := db.write.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: migrate %s: %w", db.path, err)
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			if strings.Contains(err.Error(), "fts5") {
				return fmt.Errorf("sqlite: migration %d needs FTS5 (build with -tags sqlite_fts5): %w", i+1, err)
			}
			return fmt.Errorf("sqlite: migration %d of %s: %w", i+1, db.path, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("sqlite: migration %d of %s: %w", i+1, db.path, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("sqlite: migration %d of %s: %w", i+1, db.path, err)
		}
	}
	return nil
}

// Load returns the state of a conversation, the zero State when it is unknown.
func (db *DB) Load(ctx context.Context, id string) (bot.State, error) {
	var st bot.State
	var raw string
	err := db.loadStmt.QueryRowContext(ctx, id).Scan(&raw)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return st, nil
	case err != nil:
		return st, fmt.Errorf("sqlite: load conversation: %w", err)
	}
	if err := json.Unmarshal([]byte(raw), &st); err != nil {
		// A state written by an incompatible version is dropped rather than blocking the user.
		return bot.State{}, nil
	}
	return st, nil
}

// Save stores the state of a conversation.
func (db *DB) Save(ctx context.Context, id string, st bot.State) error {
	raw, err := json.Marshal(st)
	if err != nil {
		return fmt.Errorf("sqlite: encode conversation: %w", err)
	}
	_, err = db.saveStmt.ExecContext(ctx, id, string(raw), st.Updated.Unix())
	if err != nil {
		return fmt.Errorf("sqlite: save conversation: %w", err)
	}
	return nil
}

// Delete forgets a conversation.
func (db *DB) Delete(ctx context.Context, id string) error {
	if _, err := db.write.ExecContext(ctx, "DELETE FROM conversations WHERE id = ?", id); err != nil {
		return fmt.Errorf("sqlite: delete conversation: %w", err)
	}
	return nil
}

// Purged counts what Purge deleted.
type Purged struct {
	Conversations, Events, Feedback int64
}

// Purge deletes what users wrote, or what was established from it, once it is older than before:
// conversations idle since then, the ids of handled incoming events (their content went when
// they were handled) and feedback (it holds the question and answer). Events not yet handled are
// kept whatever their age, and the journal of turns, which holds no text, is kept.
func (db *DB) Purge(ctx context.Context, before time.Time) (Purged, error) {
	var p Purged
	for _, q := range []struct {
		what string
		sql  string
		at   int64
		n    *int64
	}{
		{"conversations", "DELETE FROM conversations WHERE updated_at < ?", before.Unix(), &p.Conversations},
		{"events", "DELETE FROM inbox WHERE done_at IS NOT NULL AND received_at < ?", before.UnixMilli(), &p.Events},
		{"feedback", "DELETE FROM feedback WHERE created_at < ?", before.UnixMilli(), &p.Feedback},
	} {
		res, err := db.write.ExecContext(ctx, q.sql, q.at)
		if err != nil {
			return p, fmt.Errorf("sqlite: purge %s: %w", q.what, err)
		}
		if *q.n, err = res.RowsAffected(); err != nil {
			return p, fmt.Errorf("sqlite: purge %s: %w", q.what, err)
		}
	}
	return p, nil
}

// IndexKnowledge loads the knowledge base's facts into the full-text index, unless the index
// already holds this version (same Digest).
func (db *DB) IndexKnowledge(ctx context.Context, kb *knowledge.Base) error {
	var have string
	err := db.read.QueryRowContext(ctx, "SELECT value FROM kb_meta WHERE key = 'digest'").Scan(&have)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("sqlite: read index version: %w", err)
	}
	if have == kb.Digest {
		return nil
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite: index knowledge: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, "DELETE FROM kb_fts"); err != nil {
		return fmt.Errorf("sqlite: clear index: %w", err)
	}
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO kb_fts (id, topic, title, body) VALUES (?, ?, ?, ?)")
	if err != nil {
		return fmt.Errorf("sqlite: index knowledge: %w", err)
	}
	defer stmt.Close()
	for _, p := range kb.Procedures {
		title := strings.Join(texts(p.Title), " ") + " " + strings.Join(p.Keywords, " ")
		for _, f := range p.Facts {
			body := texts(f.Text)
			for _, it := range f.Items {
				body = append(body, texts(it.Text)...)
			}
			if _, err := stmt.ExecContext(ctx, f.ID, string(p.Topic), title, strings.Join(body, "\n")); err != nil {
				return fmt.Errorf("sqlite: index fact %s: %w", f.ID, err)
			}
		}
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO kb_meta (key, value) VALUES ('digest', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", kb.Digest); err != nil {
		return fmt.Errorf("sqlite: record index version: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: index knowledge: %w", err)
	}
	return nil
}

func texts(t knowledge.Text) []string {
	out := make([]string, 0, len(t))
	for _, l := range []knowledge.Lang{knowledge.FR, knowledge.EN, knowledge.NL} {
		if s := t[l]; s != "" {
			out = append(out, s)
		}
	}
	return out
}

// SearchFacts returns the ids of the facts best matching the words of query, best first. Only
// facts matching at least two of the query's content words (or its only one) are returned, so a
// stray common word finds nothing.
func (db *DB) SearchFacts(ctx context.Context, query string, limit int) ([]string, error) {
	words := contentWords(query)
	if len(words) == 0 {
		return nil, nil
	}
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = `"` + w + `"`
	}
	rows, err := db.read.QueryContext(ctx,
		`SELECT id, title || ' ' || body FROM kb_fts WHERE kb_fts MATCH ? ORDER BY bm25(kb_fts, 0, 0, 1.0, 2.0) LIMIT ?`,
		strings.Join(terms, " OR "), limit*4)
	if err != nil {
		return nil, fmt.Errorf("sqlite: search knowledge: %w", err)
	}
	defer rows.Close()
	need := min(2, len(words))
	var ids []string
	for rows.Next() {
		var id, text string
		if err := rows.Scan(&id, &text); err != nil {
			return nil, fmt.Errorf("sqlite: search knowledge: %w", err)
		}
		norm := " " + knowledge.Normalize(text) + " "
		hits := 0
		for _, w := range words {
			if strings.Contains(norm, w) {
				hits++
			}
		}
		if hits >= need && len(ids) < limit {
			ids = append(ids, id)
		}
	}
	return ids, rows.Err()
}

// contentWords keeps the words of a query worth searching: letters only, four or more, deduplicated.
func contentWords(q string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range strings.FieldsFunc(knowledge.Normalize(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) < 4 || seen[w] || filler[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
	}
	return out
}

var filler = map[string]bool{
	"pour": true, "dans": true, "avec": true, "est-ce": true, "faut": true, "faire": true, "quel": true,
	"quelle": true, "quels": true, "comment": true, "cette": true, "votre": true, "vous": true, "nous": true,
	"what": true, "with": true, "have": true, "does": true, "your": true, "that": true, "this": true,
	"mijn": true, "voor": true, "wat": true, "moet": true, "sont": true, "elle": true, "peut": true,
}

// AddFeedback stores a user's feedback and returns its id.
func (db *DB) AddFeedback(ctx context.Context, f bot.Feedback) (int64, error) {
	if f.Time.IsZero() {
		f.Time = time.Now()
	}
	res, err := db.write.ExecContext(ctx,
		`INSERT INTO feedback (adapter, conversation, question, answer, positive, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		f.Adapter, f.ConversationID, f.Question, f.Answer, f.Positive, f.Reason, f.Time.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("sqlite: add feedback: %w", err)
	}
	return res.LastInsertId()
}

// SetFeedbackReason records the reason a user gave after a negative vote.
func (db *DB) SetFeedbackReason(ctx context.Context, id int64, reason string) error {
	if _, err := db.write.ExecContext(ctx, "UPDATE feedback SET reason = ? WHERE id = ?", reason, id); err != nil {
		return fmt.Errorf("sqlite: set feedback reason: %w", err)
	}
	return nil
}

// NegativeFeedback returns negative feedback given since a time, newest first, at most limit.
func (db *DB) NegativeFeedback(ctx context.Context, since time.Time, limit int) ([]bot.Feedback, error) {
	rows, err := db.read.QueryContext(ctx,
		`SELECT id, adapter, conversation, question, answer, reason, created_at FROM feedback
		 WHERE positive = 0 AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?`,
		since.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("sqlite: read feedback: %w", err)
	}
	defer rows.Close()
	var out []bot.Feedback
	for rows.Next() {
		var f bot.Feedback
		var ms int64
		if err := rows.Scan(&f.ID, &f.Adapter, &f.ConversationID, &f.Question, &f.Answer, &f.Reason, &ms); err != nil {
			return nil, fmt.Errorf("sqlite: read feedback: %w", err)
		}
		f.Time = time.UnixMilli(ms)
		out = append(out, f)
	}
	return out, rows.Err()
}

// Receive records an incoming event (a Telegram update, a Slack event) under its id, so that the
// same event delivered twice is handled once. It reports whether the event is new. Concurrent
// calls are committed together in one transaction (group commit), so a burst of webhooks shares
// one write; each call returns once its event is committed.
//
// The commit runs on the callers' own goroutines: a call that finds no commit running commits
// at once, and the calls that arrive meanwhile wait; when that commit ends, the first of them
// commits all of them. No goroutine stands between a request and its commit, so a request
// waits for one commit at most before its own, and no hand-over to a writer goroutine has to
// wait its turn on a loaded processor (measured with BenchmarkWebhookLoad).
//
// The context is only looked at before the event is handed in: once handed, the event is
// committed whether or not the sender is still there, and Receive reports it, so that the caller
// queues what is recorded (a sender who hung up would otherwise leave a recorded event unqueued
// until a restart, its redelivery dropped as a duplicate).
func (db *DB) Receive(ctx context.Context, adapter, id string, seq int64, payload []byte) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	req := &receiveReq{adapter: adapter, id: id, seq: seq, payload: payload, done: make(chan receiveRes, 1)}
	r := &db.recv
	r.mu.Lock()
	if r.closed {
		r.mu.Unlock()
		return false, errors.New("sqlite: record event: database closed")
	}
	r.pending = append(r.pending, req)
	if r.busy {
		r.mu.Unlock()
		if res := <-req.done; !res.lead {
			return res.fresh, res.err
		}
	} else {
		r.busy = true
		r.leaders.Add(1)
		r.mu.Unlock()
	}
	db.lead()
	res := <-req.done
	return res.fresh, res.err
}

// receiving is the state of the group commit: the calls waiting, and whether one of them is
// committing.
type receiving struct {
	mu      sync.Mutex
	pending []*receiveReq
	busy    bool
	closed  bool
	// leaders counts the chains of commits running, so that Close waits for them to end.
	leaders sync.WaitGroup
}

type receiveReq struct {
	adapter, id string
	seq         int64
	payload     []byte
	done        chan receiveRes
}

// receiveRes is what a waiting call receives: its event's outcome, or (lead) the turn to commit
// the calls waiting, its own first among them.
type receiveRes struct {
	fresh, lead bool
	err         error
}

// lead commits the calls waiting, at most maxBatch of them, then hands the next commit to the
// first call that came meanwhile, or ends the chain when none did.
func (db *DB) lead() {
	r := &db.recv
	runtime.Gosched()
	r.mu.Lock()
	n := min(len(r.pending), maxBatch)
	batch := make([]*receiveReq, n)
	copy(batch, r.pending)
	r.pending = append(r.pending[:0], r.pending[n:]...)
	r.mu.Unlock()
	db.commitReceives(batch)
	r.mu.Lock()
	if len(r.pending) == 0 {
		r.busy = false
		r.mu.Unlock()
		r.leaders.Done()
		return
	}
	next := r.pending[0]
	r.mu.Unlock()
	next.done <- receiveRes{lead: true}
}

// maxBatch bounds the events of one commit.
const maxBatch = 256

func (db *DB) commitReceives(batch []*receiveReq) {
	fresh, err := db.insertReceives(batch)
	if err == nil {
		db.commits.Add(1)
		db.committed.Add(int64(len(batch)))
	}
	for i, r := range batch {
		if err != nil {
			r.done <- receiveRes{err: fmt.Errorf("sqlite: record %s event: %w", r.adapter, err)}
			continue
		}
		r.done <- receiveRes{fresh: fresh[i]}
	}
}

// insertReceives records a batch in one statement, so in one implicit transaction: a multi-row
// insert that skips the events recorded already. An event already recorded, or twice in the
// batch, is not fresh (only its first occurrence is).
//
// Nearly always every event of a batch is new, and the count of rows added says so; only when it
// falls short are the rows added read back (see added). The statement returns no rows: returning
// them made every commit build and read a result that is almost always the whole batch
// (BenchmarkWebhookLoad).
func (db *DB) insertReceives(batch []*receiveReq) ([]bool, error) {
	ctx := context.Background()
	stmt, err := db.insertStmt(ctx, len(batch))
	if err != nil {
		return nil, err
	}
	now := time.Now().UnixMilli()
	args := make([]any, 0, 5*len(batch))
	for _, r := range batch {
		args = append(args, r.adapter, r.id, r.seq, r.payload, now)
	}
	res, err := stmt.ExecContext(ctx, args...)
	if err != nil {
		return nil, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return nil, err
	}
	fresh := make([]bool, len(batch))
	if int(n) == len(batch) {
		for i := range fresh {
			fresh[i] = true
		}
		return fresh, nil
	}
	last, err := res.LastInsertId()
	if err != nil {
		return nil, err
	}
	added, err := db.added(ctx, last-n, last)
	if err != nil {
		return nil, err
	}
	for i, r := range batch {
		k := [2]string{r.adapter, r.id}
		fresh[i] = added[k]
		delete(added, k) // a second occurrence in the batch is a duplicate
	}
	return fresh, nil
}

// added returns the keys of the rows whose rowids are in (after, last]: those one insert added.
// A new row's rowid is one more than the largest in the table, so the rows of one statement have
// consecutive rowids ending at the last one inserted, and only the group commit inserts into the
// inbox.
func (db *DB) added(ctx context.Context, after, last int64) (map[[2]string]bool, error) {
	rows, err := db.write.QueryContext(ctx, "SELECT adapter, id FROM inbox WHERE rowid > ? AND rowid <= ?", after, last)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	added := make(map[[2]string]bool, last-after)
	for rows.Next() {
		var k [2]string
		if err := rows.Scan(&k[0], &k[1]); err != nil {
			return nil, err
		}
		added[k] = true
	}
	return added, rows.Err()
}

// insertStmt returns the prepared insert of n rows, preparing it the first time.
func (db *DB) insertStmt(ctx context.Context, n int) (*sql.Stmt, error) {
	if st, ok := db.inserts[n]; ok {
		return st, nil
	}
	var q strings.Builder
	q.WriteString("INSERT INTO inbox (adapter, id, seq, payload, received_at) VALUES ")
	for i := range n {
		if i > 0 {
			q.WriteString(", ")
		}
		q.WriteString("(?, ?, ?, ?, ?)")
	}
	q.WriteString(" ON CONFLICT DO NOTHING")
	st, err := db.write.PrepareContext(ctx, q.String())
	if err != nil {
		return nil, fmt.Errorf("sqlite: prepare insert of %d events: %w", n, err)
	}
	db.inserts[n] = st
	return st, nil
}

// Done marks an event handled and drops its content: what was written is no longer needed, only
// the event's id is kept (until the retention purge) so that a redelivery is recognised.
func (db *DB) Done(ctx context.Context, adapter, id string) error {
	if _, err := db.write.ExecContext(ctx, "UPDATE inbox SET done_at = ?, payload = X'' WHERE adapter = ? AND id = ?", time.Now().UnixMilli(), adapter, id); err != nil {
		return fmt.Errorf("sqlite: mark %s event done: %w", adapter, err)
	}
	return nil
}

// Pending returns the events received but not handled (after a crash or a stop), oldest first.
func (db *DB) Pending(ctx context.Context, adapter string) ([]bot.InboundEvent, error) {
	rows, err := db.read.QueryContext(ctx, "SELECT id, seq, payload FROM inbox WHERE adapter = ? AND done_at IS NULL ORDER BY seq, received_at", adapter)
	if err != nil {
		return nil, fmt.Errorf("sqlite: read pending %s events: %w", adapter, err)
	}
	defer rows.Close()
	var out []bot.InboundEvent
	for rows.Next() {
		var it bot.InboundEvent
		if err := rows.Scan(&it.ID, &it.Seq, &it.Payload); err != nil {
			return nil, fmt.Errorf("sqlite: read pending %s events: %w", adapter, err)
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// Event returns the content of a recorded event not yet handled, so that an adapter's queue
// holds only event ids while the events wait in the database; nil when there is none (the
// event is unknown, or handled already).
func (db *DB) Event(ctx context.Context, adapter, id string) ([]byte, error) {
	var payload []byte
	switch err := db.eventStmt.QueryRowContext(ctx, adapter, id).Scan(&payload); {
	case errors.Is(err, sql.ErrNoRows):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("sqlite: read %s event: %w", adapter, err)
	}
	return payload, nil
}

// CommitStats returns how many transactions recorded incoming events and how many events they
// recorded: their ratio is the events per commit, which grows with concurrent requests.
func (db *DB) CommitStats() (commits, events int64) {
	return db.commits.Load(), db.committed.Load()
}

// LastSeq returns the highest sequence number recorded for an adapter (Telegram's update_id).
func (db *DB) LastSeq(ctx context.Context, adapter string) (int64, error) {
	var n sql.NullInt64
	if err := db.read.QueryRowContext(ctx, "SELECT MAX(seq) FROM inbox WHERE adapter = ?", adapter).Scan(&n); err != nil {
		return 0, fmt.Errorf("sqlite: read last %s event: %w", adapter, err)
	}
	return n.Int64, nil
}

// RecordTurn adds an answered turn to the journal.
func (db *DB) RecordTurn(ctx context.Context, t bot.Turn) error {
	if t.Time.IsZero() {
		t.Time = time.Now()
	}
	if _, err := db.turnStmt.ExecContext(ctx, t.Adapter, t.Time.UnixMilli(), string(t.Kind), string(t.Topic), string(t.Lang)); err != nil {
		return fmt.Errorf("sqlite: record turn: %w", err)
	}
	return nil
}

// TurnStats sums up the journal since a time: turns by network, kind and language, and the
// unanswered ones (out of scope, or a clarifying question with no topic) by topic.
func (db *DB) TurnStats(ctx context.Context, since time.Time) (bot.TurnStats, error) {
	st := bot.TurnStats{Since: since}
	from := since.UnixMilli()
	if err := db.read.QueryRowContext(ctx, "SELECT COUNT(*) FROM turns WHERE at >= ?", from).Scan(&st.Questions); err != nil {
		return st, fmt.Errorf("sqlite: turn stats: %w", err)
	}
	count := func(query string, add func(key string, n int)) error {
		rows, err := db.read.QueryContext(ctx, query, from)
		if err != nil {
			return fmt.Errorf("sqlite: turn stats: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			var key string
			var n int
			if err := rows.Scan(&key, &n); err != nil {
				return fmt.Errorf("sqlite: turn stats: %w", err)
			}
			add(key, n)
		}
		return rows.Err()
	}
	group := func(col string) string {
		return "SELECT " + col + ", COUNT(*) AS n FROM turns WHERE at >= ? GROUP BY " + col + " ORDER BY n DESC, " + col
	}
	err := errors.Join(
		count(group("adapter"), func(k string, n int) { st.ByAdapter = append(st.ByAdapter, bot.AdapterCount{Adapter: k, N: n}) }),
		count(group("kind"), func(k string, n int) { st.ByKind = append(st.ByKind, bot.KindCount{Kind: bot.Kind(k), N: n}) }),
		count(group("lang"), func(k string, n int) { st.ByLang = append(st.ByLang, bot.LangCount{Lang: knowledge.Lang(k), N: n}) }),
		count(`SELECT topic, COUNT(*) AS n FROM turns WHERE at >= ? AND (kind = 'out_of_scope' OR (kind = 'clarify' AND topic = ''))
			GROUP BY topic ORDER BY n DESC, topic`,
			func(k string, n int) {
				st.Unanswered = append(st.Unanswered, bot.TopicCount{Topic: knowledge.Topic(k), N: n})
			}),
	)
	return st, err
}
