package thread_test

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/internal/pgtest"
	"mailroom/internal/testenv"
	"mailroom/store"
	"mailroom/thread"
)

// The maintained conversation count of a folder (store.FolderConversations)
// is what the conversations view counts (NewestInFolder), through every
// change an email goes through — stored with or without a thread, trashed,
// restored, purged, its thread merged or set by the backfill, moved to
// another folder — and after an older database is opened (the table filled
// from a real count). On SQLite and PostgreSQL.
func TestConversationCountIsMaintained(t *testing.T) {
	for name, dsn := range map[string]func() string{"sqlite": func() string { return "" }, "postgres": func() string { return pgtest.DSN(t) }} {
		t.Run(name, func(t *testing.T) {
			dir, db := t.TempDir(), dsn()
			te := testenv.Open(t, dir, db)
			ctx, client := te.Ctx, te.Client
			ws := client.Workspace.Create().SetTitle("w").SaveX(ctx)
			var folders []int
			for range 2 {
				folders = append(folders, client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").
					SetHost("h").SetPort(993).SetSocketFactoryPort(993).SaveX(ctx).ID)
			}
			rnd := rand.New(rand.NewPCG(1, 2))
			threadOrNil := func() *int {
				if rnd.IntN(4) == 0 {
					return nil
				}
				th := 1 + rnd.IntN(8)
				return &th
			}
			var ids []int
			n := 0
			create := func() {
				n++
				at := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(rnd.IntN(1000)) * time.Minute)
				c := client.Email.Create().SetFolderID(folders[rnd.IntN(2)]).SetDedupeKey(fmt.Sprint("k", n)).SetSize(1).
					SetRawSha256("00").SetSentAt(at).SetNillableThreadID(threadOrNil())
				if rnd.IntN(5) == 0 {
					c.SetTrashedAt(at)
				}
				ids = append(ids, c.SaveX(ctx).ID)
			}
			check := func(step string) {
				t.Helper()
				for _, f := range folders {
					want := client.Email.Query().Where(email.FolderID(f), email.TrashedAtIsNil(), thread.NewestInFolder()).CountX(ctx)
					got, err := store.FolderConversations(ctx, te.DB, f)
					if err != nil || got != want {
						t.Fatalf("%s: folder %d has %d conversations (%v), the view counts %d", step, f, got, err, want)
					}
				}
			}
			for range 40 {
				create()
			}
			check("created")
			for step := range 400 {
				id := ids[rnd.IntN(len(ids))]
				var what string
				var err error
				switch rnd.IntN(6) {
				case 0:
					what, err = "trash", client.Email.UpdateOneID(id).SetTrashedAt(time.Now()).Exec(ctx)
				case 1:
					what, err = "restore", client.Email.UpdateOneID(id).ClearTrashedAt().Exec(ctx)
				case 2:
					what = "thread"
					_, err = te.DB.ExecContext(ctx, `UPDATE emails SET thread_id = $1 WHERE id = $2`, threadOrNil(), id)
				case 3:
					what = "merge" // thread.merge rewrites every email of the losing thread
					_, err = te.DB.ExecContext(ctx, `UPDATE emails SET thread_id = $1 WHERE thread_id = $2`, 1+rnd.IntN(8), 1+rnd.IntN(8))
				case 4:
					what = "move"
					_, err = te.DB.ExecContext(ctx, `UPDATE emails SET folder_id = $1 WHERE id = $2`, folders[rnd.IntN(2)], id)
				case 5:
					what = "purge and store another"
					if client.Email.DeleteOneID(id).Exec(ctx) == nil {
						create()
					}
				}
				if err != nil && !ent.IsNotFound(err) {
					t.Fatalf("%s: %v", what, err)
				}
				check(fmt.Sprintf("step %d (%s)", step, what))
			}

			// A database from before the table: opening fills it from a real count.
			drop := `DROP TABLE folder_conversations; DROP TRIGGER folder_conversations_insert_v1; DROP TRIGGER folder_conversations_delete_v1;
				DROP TRIGGER folder_conversations_update_v1; DROP TRIGGER folder_conversations_folder_v1`
			if te.Dialect == store.Postgres {
				drop = `DROP TABLE folder_conversations; DROP TRIGGER folder_conversations_v1 ON emails;
					DROP TRIGGER folder_conversations_update_v1 ON emails; DROP TRIGGER folder_conversations_folder_v1 ON email_folders`
			}
			if _, err := te.DB.ExecContext(ctx, drop); err != nil {
				t.Fatal(err)
			}
			create() // stored while nothing counted
			reopened, sqlDB, err := store.Open(ctx, store.DSN(dir, db))
			if err != nil {
				t.Fatal(err)
			}
			defer sqlDB.Close()
			defer reopened.Close()
			check("reopened")

			// A purged folder leaves no rows.
			client.Email.Delete().Where(email.FolderID(folders[1])).ExecX(ctx)
			client.EmailFolder.DeleteOneID(folders[1]).ExecX(ctx)
			var left int
			if err := te.DB.QueryRowContext(ctx, `SELECT COUNT(*) FROM folder_conversations WHERE folder_id = $1`, folders[1]).Scan(&left); err != nil || left != 0 {
				t.Errorf("purged folder: %d rows, %v", left, err)
			}
		})
	}
}
