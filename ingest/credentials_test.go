package ingest

import (
	"errors"
	"net"
	"testing"
	"time"
)

// The sealed password is bound to its server: a write that changes where it
// goes without UpdateFolder (a bug, another code path) leaves a password that
// no longer opens, and nothing reaches the new server.
func TestStoredPasswordBoundToItsServer(t *testing.T) {
	e := newEnv(t, Options{})
	f := e.folder(nil)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	reached := make(chan struct{}, 1)
	go func() {
		if c, err := ln.Accept(); err == nil {
			reached <- struct{}{}
			c.Close()
		}
	}()
	moved, err := e.client.EmailFolder.UpdateOne(f).SetPort(ln.Addr().(*net.TCPAddr).Port).Save(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	rep := e.fetch(moved)
	if !errors.Is(rep.Err, errReenterPassword) {
		t.Fatalf("fetch after moving the folder behind UpdateFolder's back: %v", rep.Err)
	}
	if err := e.svc.TestConnection(e.ctx, f.ID, FolderParams{}); !errors.Is(err, errReenterPassword) {
		t.Fatalf("test connection: %v", err)
	}
	select {
	case <-reached:
		t.Fatal("the new server was contacted")
	case <-time.After(50 * time.Millisecond):
	}
}

// A password sealed before bindings existed still works, and is bound to
// its server on first use.
func TestLegacyPasswordBoundOnFirstUse(t *testing.T) {
	e := newEnv(t, Options{})
	f := e.folder(nil)
	key := e.key
	legacy, _ := key.Seal(memPass)
	f, err := e.client.EmailFolder.UpdateOne(f).SetPasswordEnc(legacy).Save(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	e.appendMsg("INBOX", message("legacy@x", "legacy", "hello"))
	if rep := e.fetch(f); rep.Err != nil || rep.Imported != 1 {
		t.Fatalf("fetch with a legacy password: %+v", rep)
	}
	f = e.client.EmailFolder.GetX(e.ctx, f.ID)
	if _, legacy, err := key.OpenBound(f.PasswordEnc, settingsOf(f, "").identity()); err != nil || legacy {
		t.Fatalf("after first use: legacy=%v err=%v, want bound", legacy, err)
	}
}
