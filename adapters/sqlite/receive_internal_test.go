package sqlite

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
)

// A batch that mixes new events, events recorded before and an event twice is told apart from
// the rows its insert added, whatever rows the purge removed before it.
func TestInsertReceivesTellsFreshEvents(t *testing.T) {
	ctx := context.Background()
	db, err := Open(ctx, filepath.Join(t.TempDir(), "g.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	batch := func(ids ...string) []*receiveReq {
		var b []*receiveReq
		for i, id := range ids {
			b = append(b, &receiveReq{adapter: "telegram", id: id, seq: int64(i), payload: []byte("{}")})
		}
		return b
	}
	for _, tc := range []struct {
		name  string
		setup func()
		ids   []string
		want  []bool
	}{
		{"all new", nil, []string{"a", "b"}, []bool{true, true}},
		{"one recorded before, one twice", nil, []string{"c", "a", "d", "c"}, []bool{true, false, true, false}},
		{"the last rows purged", func() {
			for _, id := range []string{"c", "d"} {
				if _, err := db.write.ExecContext(ctx, "DELETE FROM inbox WHERE id = ?", id); err != nil {
					t.Fatal(err)
				}
			}
		}, []string{"b", "e", "c"}, []bool{false, true, true}},
		{"every one recorded before", nil, []string{"a", "e"}, []bool{false, false}},
		{"another adapter's id", nil, []string{"a"}, []bool{true}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.setup != nil {
				tc.setup()
			}
			b := batch(tc.ids...)
			if tc.name == "another adapter's id" {
				b[0].adapter = "slack"
			}
			got, err := db.insertReceives(b)
			if err != nil || !slices.Equal(got, tc.want) {
				t.Errorf("insertReceives(%v) = %v, %v; want %v", tc.ids, got, err, tc.want)
			}
		})
	}
}
