package auth

import (
	"context"
	"errors"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/ent"
)

// Authorize is the one decision of a change: a reader is refused (and told
// so), a stranger learns nothing (not found), a manager gets the server's
// context and nobody else does; admin checks answer in one wording.
func TestAuthorize(t *testing.T) {
	s, ctx := newService(t)
	sys := viewer.SystemContext(ctx)
	as := func(name string) context.Context {
		u, err := s.CreateUser(sys, NewUser{Username: name, Password: name + "-password-1"})
		if err != nil {
			t.Fatal(err)
		}
		return viewer.NewContext(ctx, (&viewer.Viewer{UserID: u.ID}).WithAccess(s.LoadAccess))
	}
	owner, reader, stranger := as("owner"), as("reader"), as("stranger")
	ws, err := s.CreateWorkspace(owner, "W", nil)
	if err != nil {
		t.Fatal(err)
	}
	readerID := viewer.FromContext(reader).UserID
	if _, err := s.SetPermission(owner, Target{WorkspaceID: ws.ID}, Principal{UserID: readerID}, viewer.Read); err != nil {
		t.Fatal(err)
	}
	f := s.client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(sys)
	folder := Target{FolderID: f.ID}

	fresh := func(c context.Context) context.Context { // permissions as they are now
		return viewer.NewContext(ctx, (&viewer.Viewer{UserID: viewer.FromContext(c).UserID}).WithAccess(s.LoadAccess))
	}
	owner, reader = fresh(owner), fresh(reader)
	if got, err := Authorize(reader, folder, viewer.Write); !errors.Is(err, ErrForbidden) || got != nil {
		t.Fatalf("reader asking for WRITE: ctx %v, err %v", got, err)
	}
	if err := Require(reader, folder, viewer.Read); err != nil {
		t.Fatalf("reader reading: %v", err)
	}
	if got, err := Authorize(stranger, folder, viewer.Read); !ent.IsNotFound(err) || got != nil {
		t.Fatalf("stranger: ctx %v, err %v, want not found", got, err)
	}
	got, err := Authorize(owner, folder, viewer.Manage)
	if err != nil || !viewer.FromContext(got).System {
		t.Fatalf("manager: err %v, want the server's context", err)
	}
	if err := Require(ctx, folder, viewer.Read); !errors.Is(err, ErrUnauthenticated) {
		t.Fatalf("no viewer: %v", err)
	}

	if _, err := AuthorizeAdmin(owner, "edit users"); err == nil || err.Error() != "you do not have permission to do this: only administrators edit users" {
		t.Fatalf("non-admin: %v", err)
	}
	if _, err := s.CreateGroup(owner, "g", nil); !errors.Is(err, ErrForbidden) {
		t.Fatalf("non-admin creating a group: %v", err)
	}
	if got, err := AuthorizeAdmin(sys, "edit users"); err != nil || got == nil {
		t.Fatalf("the server: %v", err)
	}
}
