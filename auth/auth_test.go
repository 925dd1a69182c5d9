package auth

import (
	"bytes"
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/store"
)

func TestPasswordHash(t *testing.T) {
	h, err := HashPassword("correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$") || strings.Contains(h, "correct horse") {
		t.Fatalf("hash %q", h)
	}
	if ok, _ := CheckPassword(h, "correct horse"); !ok {
		t.Fatal("right password refused")
	}
	if ok, _ := CheckPassword(h, "correct horsE"); ok {
		t.Fatal("wrong password accepted")
	}
	if _, err := CheckPassword("$2a$10$bcrypt", "x"); err == nil {
		t.Fatal("foreign hash accepted")
	}
}

func TestKeyring(t *testing.T) {
	dir := t.TempDir()
	k, err := LoadKeyring(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(filepath.Join(dir, KeyFile))
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Fatalf("key file: %v %v", st, err)
	}
	sealed, err := k.Seal("app-password")
	if err != nil || bytes.Contains(sealed, []byte("app-password")) {
		t.Fatalf("seal: %v", err)
	}
	again, _ := LoadKeyring(dir, "") // the same key is read back on restart
	if p, err := again.Open(sealed); err != nil || p != "app-password" {
		t.Fatalf("open after reload: %q %v", p, err)
	}
	other, _ := NewKeyring(make([]byte, 32))
	if _, err := other.Open(sealed); err == nil {
		t.Fatal("opened with another key")
	}
	if _, err := LoadKeyring(dir, "not base64!"); err == nil {
		t.Fatal("bad MAILROOM_SECRET_KEY accepted")
	}
}

func TestLoginTokensAndBootstrap(t *testing.T) {
	ctx := context.Background()
	client, db, err := store.Open(ctx, filepath.Join(t.TempDir(), "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	defer client.Close()
	s := NewService(client, slog.New(slog.NewTextHandler(io.Discard, nil)))
	pw, err := s.Bootstrap(ctx, "")
	if err != nil || len(pw) < 12 {
		t.Fatalf("generated admin password %q %v", pw, err)
	}
	if again, _ := s.Bootstrap(ctx, "other"); again != "" {
		t.Fatal("bootstrap ran twice")
	}
	if _, _, err := s.Login(ctx, "admin", "nope"); err != ErrBadCredentials {
		t.Fatalf("wrong password: %v", err)
	}
	if _, _, err := s.Login(ctx, "nobody", pw); err != ErrBadCredentials {
		t.Fatalf("unknown user: %v", err)
	}
	tok, u, err := s.Login(ctx, "admin", pw)
	if err != nil || !u.IsAdmin {
		t.Fatal(err)
	}
	v, err := s.Authenticate(ctx, tok)
	if err != nil || v.UserID != u.ID || !v.Admin {
		t.Fatalf("authenticate: %+v %v", v, err)
	}
	// The store keeps only the token's hash.
	stored, _ := client.Token.Query().Only(viewer.SystemContext(ctx))
	if stored.TokenHash == tok {
		t.Fatal("token stored in clear")
	}
	if err := s.Logout(ctx, tok); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, tok); err != ErrUnauthenticated {
		t.Fatalf("after logout: %v", err)
	}
	// Without a viewer the store refuses reads.
	if _, err := client.User.Query().All(ctx); err == nil {
		t.Fatal("anonymous read allowed by the privacy rules")
	}
}

func newService(t *testing.T) (*Service, context.Context) {
	ctx := context.Background()
	client, db, err := store.Open(ctx, filepath.Join(t.TempDir(), "auth.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); db.Close() })
	s := NewService(client, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if _, err := s.Bootstrap(ctx, "admin-password"); err != nil {
		t.Fatal(err)
	}
	return s, ctx
}

func TestPasswordsAndSessions(t *testing.T) {
	s, ctx := newService(t)
	admin := viewer.SystemContext(ctx)
	if _, err := s.CreateUser(admin, NewUser{Username: "ann", Password: "short"}); err == nil {
		t.Fatal("short password accepted")
	}
	u, err := s.CreateUser(admin, NewUser{Username: "ann", Password: "ann-password-1"})
	if err != nil {
		t.Fatal(err)
	}
	tok1, _, _ := s.Login(ctx, "ann", "ann-password-1")
	tok2, _, _ := s.Login(ctx, "ann", "ann-password-1")
	v, _ := s.Authenticate(ctx, tok1)
	annCtx := WithToken(viewer.NewContext(ctx, v), tok1)
	if _, err := s.CreateUser(annCtx, NewUser{Username: "eve", Password: "eve-password-1"}); !errors.Is(err, ErrForbidden) {
		t.Fatalf("a user created a user: %v", err)
	}
	if err := s.ChangePassword(annCtx, "wrong", "ann-password-2"); err == nil {
		t.Fatal("wrong current password accepted")
	}
	if err := s.ChangePassword(annCtx, "ann-password-1", "ann-password-2"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, tok1); err != nil {
		t.Fatalf("the session that changed the password ended: %v", err)
	}
	if _, err := s.Authenticate(ctx, tok2); err != ErrUnauthenticated {
		t.Fatalf("another session survived the change: %v", err)
	}
	if _, _, err := s.Login(ctx, "ann", "ann-password-2"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.UpdateUser(admin, u.ID, UserChange{Disabled: ptrTo(true)}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Authenticate(ctx, tok1); err != ErrUnauthenticated {
		t.Fatalf("disabled user still signed in: %v", err)
	}
	if _, _, err := s.Login(ctx, "ann", "ann-password-2"); err != ErrBadCredentials {
		t.Fatalf("disabled user signed in: %v", err)
	}
}

func ptrTo[T any](v T) *T { return &v }

// A manager who blocks inheritance keeps MANAGE on the folder.
func TestBlockingInheritanceKeepsTheManager(t *testing.T) {
	s, ctx := newService(t)
	sys := viewer.SystemContext(ctx)
	u, _ := s.CreateUser(sys, NewUser{Username: "mia", Password: "mia-password-1"})
	me := viewer.NewContext(ctx, (&viewer.Viewer{UserID: u.ID}).WithAccess(s.LoadAccess))
	ws, err := s.CreateWorkspace(me, "Mia's", nil)
	if err != nil {
		t.Fatal(err)
	}
	f := s.client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(sys)
	if l, _ := Level(me, Target{FolderID: f.ID}); l != viewer.Manage {
		t.Fatalf("creator's level on the folder: %v", l)
	}
	if _, err := s.SetInheritance(me, f.ID, true); err != nil {
		t.Fatal(err)
	}
	again := viewer.NewContext(ctx, (&viewer.Viewer{UserID: u.ID}).WithAccess(s.LoadAccess)) // fresh permissions
	if l, _ := Level(again, Target{FolderID: f.ID}); l != viewer.Manage {
		t.Fatalf("after blocking inheritance: %v", l)
	}
}
