package trash

import (
	"context"
	"errors"
	"strings"
	"testing"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/internal/testenv"
)

type env struct {
	ctx    context.Context
	client *ent.Client
	blobs  *blob.Store
	trash  *Service
	auth   *auth.Service
	folder *ent.EmailFolder
}

func newEnv(t *testing.T) *env { return newEnvOn(t, "") }

// newEnvOn is newEnv on the database dsn (empty: SQLite).
func newEnvOn(t *testing.T, dsn string) *env {
	te := testenv.Open(t, t.TempDir(), dsn)
	ctx, client, blobs := te.Ctx, te.Client, te.Blobs
	ws := client.Workspace.Create().SetTitle("w").SaveX(ctx)
	f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
	return &env{ctx: ctx, client: client, blobs: blobs, trash: New(client, blobs, nil),
		auth: auth.NewService(client, te.Log), folder: f}
}

// email stores an email whose raw bytes and attachments are real blobs.
func (e *env) email(t *testing.T, key, raw string, attachments ...string) *ent.Email {
	sum, size, err := e.blobs.Put(strings.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	m := e.client.Email.Create().SetFolderID(e.folder.ID).SetDedupeKey(key).SetSize(size).SetRawSha256(sum).SaveX(e.ctx)
	for _, a := range attachments {
		s, n, _ := e.blobs.Put(strings.NewReader(a))
		e.client.Attachment.Create().SetEmailID(m.ID).SetFilename("a").SetContentType("text/plain").SetSize(n).SetSha256(s).SaveX(e.ctx)
	}
	return m
}

func (e *env) has(sum string) bool {
	f, err := e.blobs.Open(sum)
	if err == nil {
		f.Close()
	}
	return err == nil
}

func TestTrashRestorePurgeAndBlobCollection(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		e := newEnvOn(t, dsn)
		a := e.email(t, "mid:a", "raw a", "shared attachment", "only in a")
		b := e.email(t, "mid:b", "raw b", "shared attachment")
		onlyA := e.client.Attachment.Query().Where().AllX(e.ctx)
		var shared, own string
		for _, x := range onlyA {
			if x.EmailID == a.ID && x.Size == int64(len("only in a")) {
				own = x.Sha256
			} else {
				shared = x.Sha256
			}
		}

		if err := e.trash.Purge(e.ctx, a.ID); !errors.Is(err, ErrNotInTrash) {
			t.Fatalf("purge outside the trash: %v", err)
		}
		if _, err := e.trash.Trash(e.ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if got := e.client.Email.GetX(e.ctx, a.ID); got.TrashedAt == nil {
			t.Fatal("not in the trash")
		}
		if _, err := e.trash.Restore(e.ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if got := e.client.Email.GetX(e.ctx, a.ID); got.TrashedAt != nil {
			t.Fatal("not restored")
		}
		e.trash.Trash(e.ctx, a.ID)
		if err := e.trash.Purge(e.ctx, a.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := e.client.Email.Get(e.ctx, a.ID); !ent.IsNotFound(err) {
			t.Fatalf("purged email still there: %v", err)
		}
		if e.has(a.RawSha256) || e.has(own) {
			t.Fatal("blobs only a used were kept")
		}
		if !e.has(shared) || !e.has(b.RawSha256) {
			t.Fatal("a blob b still uses was removed")
		}

		// Purging the folder takes b and the last blobs with it.
		if _, err := e.trash.Trash(e.ctx, e.folder.ID); err != nil {
			t.Fatal(err)
		}
		if err := e.trash.Purge(e.ctx, e.folder.ID); err != nil {
			t.Fatal(err)
		}
		if e.has(shared) || e.has(b.RawSha256) {
			t.Fatal("blobs of the purged folder were kept")
		}
		if n := e.client.Email.Query().CountX(e.ctx); n != 0 {
			t.Fatalf("%d emails left", n)
		}
	})
}

func TestTrashNeedsWriteAndPurgeNeedsManage(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		e := newEnvOn(t, dsn)
		m := e.email(t, "mid:m", "raw m")
		as := func(level accessentry.Permission) context.Context {
			u := e.client.User.Create().SetUsername(string(level)).SetPasswordHash("x").SaveX(e.ctx)
			e.client.AccessEntry.Create().SetFolderID(e.folder.ID).SetUserID(u.ID).SetPermission(level).SaveX(e.ctx)
			return viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: u.ID}).WithAccess(e.auth.LoadAccess))
		}
		reader, writer, manager := as(accessentry.PermissionREAD), as(accessentry.PermissionWRITE), as(accessentry.PermissionMANAGE)
		if _, err := e.trash.Trash(reader, m.ID); !errors.Is(err, auth.ErrForbidden) {
			t.Fatalf("READ trashed: %v", err)
		}
		if _, err := e.trash.Trash(writer, m.ID); err != nil {
			t.Fatalf("WRITE could not trash: %v", err)
		}
		if err := e.trash.Purge(writer, m.ID); !errors.Is(err, auth.ErrForbidden) {
			t.Fatalf("WRITE purged: %v", err)
		}
		if err := e.trash.Purge(manager, m.ID); err != nil {
			t.Fatalf("MANAGE could not purge: %v", err)
		}
		stranger := viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: 999}).WithAccess(e.auth.LoadAccess))
		if _, err := e.trash.Trash(stranger, e.folder.ID); !ent.IsNotFound(err) {
			t.Fatalf("a stranger reached the folder: %v", err)
		}
	})
}

// Watchers and schedules hear of folders leaving for the trash, with their workspace too.
func TestTrashTellsWhichFoldersChanged(t *testing.T) {
	e := newEnv(t)
	var got []int
	e.trash.FolderChanged = func(id int) { got = append(got, id) }
	if _, err := e.trash.Trash(e.ctx, e.folder.WorkspaceID); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != e.folder.ID {
		t.Fatalf("folders reported: %v", got)
	}
}

// on grants level on the workspace to a new user and returns their context.
func (e *env) on(t *testing.T, name string, ws int, level accessentry.Permission) context.Context {
	u := e.client.User.Create().SetUsername(name).SetPasswordHash("x").SaveX(e.ctx)
	e.client.AccessEntry.Create().SetWorkspaceID(ws).SetUserID(u.ID).SetPermission(level).SaveX(e.ctx)
	return viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: u.ID}).WithAccess(e.auth.LoadAccess))
}

func TestTrashingAWorkspaceNeedsManage(t *testing.T) {
	e := newEnv(t)
	ws := e.folder.WorkspaceID
	writer, manager := e.on(t, "writer", ws, accessentry.PermissionWRITE), e.on(t, "manager", ws, accessentry.PermissionMANAGE)
	if _, err := e.trash.Trash(writer, ws); !errors.Is(err, auth.ErrForbidden) {
		t.Fatalf("WRITE on the workspace trashed it: %v", err)
	}
	if got := e.client.Workspace.GetX(e.ctx, ws); got.TrashedAt != nil {
		t.Fatal("the workspace went to the trash")
	}
	if _, err := e.trash.Trash(manager, ws); err != nil {
		t.Fatalf("MANAGE could not trash the workspace: %v", err)
	}
	if _, err := e.trash.Restore(writer, ws); !errors.Is(err, auth.ErrForbidden) {
		t.Fatalf("WRITE restored the workspace: %v", err)
	}
	if _, err := e.trash.Restore(manager, ws); err != nil {
		t.Fatalf("MANAGE could not restore the workspace: %v", err)
	}
	// A folder of the workspace still needs only WRITE.
	if _, err := e.trash.Trash(writer, e.folder.ID); err != nil {
		t.Fatalf("WRITE could not trash a folder: %v", err)
	}
}

// The attack: a folder blocks inheritance to keep the workspace's managers
// out; a manager trashes and purges the workspace to delete it anyway.
func TestPurgingAWorkspaceSparesNoFolderThePurgerCannotManage(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		e := newEnvOn(t, dsn)
		ws := e.folder.WorkspaceID
		m := e.email(t, "mid:kept", "raw kept", "attachment kept")
		private := e.client.EmailFolder.Create().SetWorkspaceID(ws).SetTitle("Board only").SetEmail("c@d").SetHost("h").
			SetPort(993).SetSocketFactoryPort(993).SetInheritanceBlocked(true).SaveX(e.ctx)
		manager := e.on(t, "manager", ws, accessentry.PermissionMANAGE)
		if _, err := e.trash.Trash(manager, ws); err != nil {
			t.Fatal(err)
		}
		err := e.trash.Purge(manager, ws)
		if !errors.Is(err, auth.ErrForbidden) || !strings.Contains(err.Error(), "cannot see") {
			t.Fatalf("purge of a workspace holding a folder closed to its manager: %v", err)
		}
		// Refused whole: both folders, the email and its blobs are still there.
		for _, f := range []int{e.folder.ID, private.ID} {
			if _, err := e.client.EmailFolder.Get(e.ctx, f); err != nil {
				t.Fatalf("folder %d: %v", f, err)
			}
		}
		if !e.has(e.client.Email.GetX(e.ctx, m.ID).RawSha256) {
			t.Fatal("a blob went")
		}

		// A reader of the private folder learns which folder it is.
		e.client.AccessEntry.Create().SetFolderID(private.ID).SetUserID(viewer.FromContext(manager).UserID).
			SetPermission(accessentry.PermissionREAD).SaveX(e.ctx)
		manager = viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: viewer.FromContext(manager).UserID}).WithAccess(e.auth.LoadAccess))
		if err := e.trash.Purge(manager, ws); !errors.Is(err, auth.ErrForbidden) || !strings.Contains(err.Error(), `"Board only"`) {
			t.Fatalf("purge with READ on the closed folder: %v", err)
		}

		// With MANAGE on it too, the purge goes through.
		e.client.AccessEntry.Create().SetFolderID(private.ID).SetUserID(viewer.FromContext(manager).UserID).
			SetPermission(accessentry.PermissionMANAGE).SaveX(e.ctx)
		manager = viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: viewer.FromContext(manager).UserID}).WithAccess(e.auth.LoadAccess))
		if err := e.trash.Purge(manager, ws); err != nil {
			t.Fatalf("purge by a manager of every folder: %v", err)
		}
		if n := e.client.EmailFolder.Query().CountX(e.ctx); n != 0 {
			t.Fatalf("%d folders left", n)
		}
	})
}
