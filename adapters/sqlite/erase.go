package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Erased counts what EraseUser deleted.
type Erased struct {
	Conversations, Events, Feedback int64
}

// EraseUser deletes what one person wrote, for a right-to-erasure request, without waiting for
// the retention purge: the events they sent (handled or not), the conversations that are theirs
// alone and the feedback given in them. user is the adapter's own id of the person: a Telegram
// user id, a Slack member id.
//
// A conversation shared with others (a Telegram group, a Slack thread) is not theirs alone and is
// kept; their messages in it are deleted with their events. The journal of turns holds no user
// id and nothing to delete.
func (db *DB) EraseUser(ctx context.Context, adapter, user string) (Erased, error) {
	var e Erased
	// The id goes into LIKE patterns: only the characters of real ids, so that none matches others.
	if user == "" || strings.ContainsFunc(user, func(r rune) bool {
		return !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-')
	}) {
		return e, fmt.Errorf("sqlite: erase user: id %q is not a user id", user)
	}
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return e, fmt.Errorf("sqlite: erase user: %w", err)
	}
	defer tx.Rollback()
	var convs []string
	switch adapter {
	case "telegram":
		// A private chat's id is its user's id.
		convs = []string{"telegram:" + user}
	case "slack":
		// Direct messages with Guichet, found from the person's events before they go.
		rows, err := tx.QueryContext(ctx, `SELECT DISTINCT
				json_extract(CAST(payload AS TEXT), '$.team'), json_extract(CAST(payload AS TEXT), '$.channel')
			FROM inbox WHERE adapter = 'slack' AND json_valid(CAST(payload AS TEXT))
				AND json_extract(CAST(payload AS TEXT), '$.user') = ?
				AND json_extract(CAST(payload AS TEXT), '$.direct')`, user)
		if err != nil {
			return e, fmt.Errorf("sqlite: erase user: find direct messages: %w", err)
		}
		for rows.Next() {
			var team, channel sql.NullString
			if err := rows.Scan(&team, &channel); err != nil {
				rows.Close()
				return e, fmt.Errorf("sqlite: erase user: find direct messages: %w", err)
			}
			convs = append(convs, "slack:"+team.String+":"+channel.String)
		}
		if err := rows.Close(); err != nil {
			return e, fmt.Errorf("sqlite: erase user: find direct messages: %w", err)
		}
		// A /guichet command's cases end with the asker's id, then the case.
		rows, err = tx.QueryContext(ctx, `SELECT id FROM conversations WHERE id LIKE 'slack:%'
			AND (id LIKE '%:' || ? OR id LIKE '%:' || ? || ':%')`, user, user)
		if err != nil {
			return e, fmt.Errorf("sqlite: erase user: find commands: %w", err)
		}
		for rows.Next() {
			var id string
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return e, fmt.Errorf("sqlite: erase user: find commands: %w", err)
			}
			convs = append(convs, id)
		}
		if err := rows.Close(); err != nil {
			return e, fmt.Errorf("sqlite: erase user: find commands: %w", err)
		}
	default:
		return e, fmt.Errorf("sqlite: erase user: unknown adapter %q", adapter)
	}
	count := func(what string, n *int64, query string, args ...any) error {
		res, err := tx.ExecContext(ctx, query, args...)
		if err != nil {
			return fmt.Errorf("sqlite: erase user: %s: %w", what, err)
		}
		m, err := res.RowsAffected()
		if err != nil {
			return fmt.Errorf("sqlite: erase user: %s: %w", what, err)
		}
		*n += m
		return nil
	}
	for _, c := range convs {
		// A direct message's threads are its conversations too.
		if err := count("conversations", &e.Conversations, "DELETE FROM conversations WHERE id = ? OR (? LIKE 'slack:%' AND id LIKE ? || ':%')", c, c, c); err != nil {
			return e, err
		}
		if err := count("feedback", &e.Feedback, "DELETE FROM feedback WHERE conversation = ? OR (? LIKE 'slack:%' AND conversation LIKE ? || ':%')", c, c, c); err != nil {
			return e, err
		}
	}
	switch adapter {
	case "telegram":
		// An update names its sender (from) and chat at any depth: a message replied to, a button's
		// message.
		err = count("events", &e.Events, `DELETE FROM inbox WHERE adapter = 'telegram'
			AND json_valid(CAST(payload AS TEXT)) AND EXISTS (
				SELECT 1 FROM json_tree(CAST(inbox.payload AS TEXT))
				WHERE key = 'id' AND (path LIKE '%.from' OR path LIKE '%.chat' OR path LIKE '%.user')
					AND CAST(value AS TEXT) = ?)`, user)
	case "slack":
		err = count("events", &e.Events, `DELETE FROM inbox WHERE adapter = 'slack'
			AND json_valid(CAST(payload AS TEXT)) AND json_extract(CAST(payload AS TEXT), '$.user') = ?`, user)
	}
	if err != nil {
		return e, err
	}
	if err := tx.Commit(); err != nil {
		return e, fmt.Errorf("sqlite: erase user: %w", err)
	}
	return e, nil
}
