package store_test

import (
	"context"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent/schema"
	"mailroom/internal/testenv"
	"mailroom/store"
)

// TestOpenBackfillsSentOrder opens a database whose emails predate the
// sent_order column (dropped here with its index, as an older Mailroom left
// it): store.Open adds it and gives every email its key, and opening again
// changes nothing.
func TestOpenBackfillsSentOrder(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		ctx := viewer.SystemContext(context.Background())
		db := store.DSN(t.TempDir(), dsn)
		client, sqlDB, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		ws := client.Workspace.Create().SetTitle("W").SaveX(ctx)
		f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("F").SetEmail("a@example.com").
			SetHost("imap.example.com").SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
		dates := []*time.Time{nil, ptr(time.Date(2025, 3, 1, 12, 0, 0, 500, time.UTC)), ptr(time.Unix(0, 0)),
			ptr(time.Date(1931, 5, 2, 0, 0, 0, 0, time.FixedZone("", 3600))), nil}
		want := map[int]int64{}
		for i := range 1205 { // more than one batch of the backfill
			sent := dates[i%len(dates)]
			e := client.Email.Create().SetFolderID(f.ID).SetDedupeKey(string(rune('a'+i%26)) + time.Duration(i).String()).
				SetSize(1).SetRawSha256("x").SetNillableSentAt(sent).SaveX(ctx)
			want[e.ID] = schema.SentOrder(sent)
		}
		// The schema before sent_order: without it and the indexes that use it (the thread and trash ones came later still).
		for _, stmt := range []string{`DROP INDEX email_folder_id_sent_order_id`, `DROP INDEX email_trashed_folder_id_sent_order_id`,
			`DROP INDEX email_thread_id_sent_order_id`, `DROP INDEX email_folder_id_thread_id_sent_order_id`, `ALTER TABLE emails DROP COLUMN sent_order`} {
			if _, err := sqlDB.ExecContext(ctx, stmt); err != nil {
				t.Fatalf("%s: %v", stmt, err)
			}
		}
		client.Close()

		for range 2 {
			client, sqlDB, err = store.Open(ctx, db)
			if err != nil {
				t.Fatal(err)
			}
			got := map[int]int64{}
			rows, err := sqlDB.QueryContext(ctx, `SELECT id, sent_order FROM emails`)
			if err != nil {
				t.Fatal(err)
			}
			for rows.Next() {
				var id int
				var key int64
				if err := rows.Scan(&id, &key); err != nil {
					t.Fatal(err)
				}
				got[id] = key
			}
			rows.Close()
			if len(got) != len(want) {
				t.Fatalf("%d emails after the migration, want %d", len(got), len(want))
			}
			for id, key := range want {
				if got[id] != key {
					t.Fatalf("email %d: sent_order %d, want %d", id, got[id], key)
				}
			}
			client.Close()
		}
	})
}

func ptr[T any](v T) *T { return &v }
