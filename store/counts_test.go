package store_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/internal/testenv"
	"mailroom/store"
)

// TestOpenCountsFoldersOfAnOlderDatabase opens a database whose emails were
// stored before the maintained counts existed (table and triggers dropped
// here, as an older Mailroom left it): store.Open creates them and fills
// them with a real count; writes through ent afterwards keep them right.
func TestOpenCountsFoldersOfAnOlderDatabase(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		ctx := viewer.SystemContext(context.Background())
		db := store.DSN(t.TempDir(), dsn)
		client, sqlDB, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		ws := client.Workspace.Create().SetTitle("W").SaveX(ctx)
		var folders []int
		for range 2 {
			f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("F").SetEmail("a@example.com").
				SetHost("imap.example.com").SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
			folders = append(folders, f.ID)
		}
		for i := range 25 {
			e := client.Email.Create().SetFolderID(folders[i%2]).SetDedupeKey(fmt.Sprint(i)).SetSize(1).SetRawSha256("x").SaveX(ctx)
			if i%5 == 0 {
				client.Email.UpdateOne(e).SetTrashedAt(time.Now()).ExecX(ctx)
			}
		}
		if store.DialectOf(db) == store.Postgres {
			_, err = sqlDB.Exec(`DROP TABLE folder_email_counts; DROP TRIGGER folder_email_counts_v1 ON emails;
					DROP TRIGGER folder_email_counts_update_v1 ON emails; DROP TRIGGER folder_email_counts_folder_v1 ON email_folders`)
		} else {
			_, err = sqlDB.Exec(`DROP TABLE folder_email_counts; DROP TRIGGER folder_email_counts_insert_v1;
					DROP TRIGGER folder_email_counts_delete_v1; DROP TRIGGER folder_email_counts_update_v1; DROP TRIGGER folder_email_counts_folder_v1`)
		}
		if err != nil {
			t.Fatal(err)
		}
		// Stored while nothing counted.
		client.Email.Create().SetFolderID(folders[0]).SetDedupeKey("late").SetSize(1).SetRawSha256("x").ExecX(ctx)
		client.Close()
		sqlDB.Close()

		client, sqlDB, err = store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		defer func() { client.Close(); sqlDB.Close() }()
		check := func(step string, want map[int]store.Counts) {
			t.Helper()
			for _, f := range folders {
				got, err := store.FolderCounts(ctx, sqlDB, f)
				if err != nil {
					t.Fatal(err)
				}
				if got != want[f] {
					t.Errorf("%s: folder %d counts %+v, want %+v", step, f, got, want[f])
				}
			}
		}
		// Folder 0: emails 0, 2, …, 24 (13) and "late"; 0, 10, 20 trashed.
		// Folder 1: 1, 3, …, 23 (12); 5, 15 trashed.
		check("reopened", map[int]store.Counts{folders[0]: {Emails: 14, Live: 11}, folders[1]: {Emails: 12, Live: 10}})
		client.Email.Create().SetFolderID(folders[1]).SetDedupeKey("after").SetSize(1).SetRawSha256("x").ExecX(ctx)
		check("one more", map[int]store.Counts{folders[0]: {Emails: 14, Live: 11}, folders[1]: {Emails: 13, Live: 11}})

		// Opening again changes nothing.
		c2, db2, err := store.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		c2.Close()
		db2.Close()
		check("opened again", map[int]store.Counts{folders[0]: {Emails: 14, Live: 11}, folders[1]: {Emails: 13, Live: 11}})
	})
}
