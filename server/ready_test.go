package server

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"mailroom/auth"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/internal/testenv"
	"mailroom/store"
)

// TestReadiness turns /readyz to 503 by taking the blob store away and by
// locking the database from another connection (what a stuck migration or
// a backup tool holding the lock does), and back to 200 when they return;
// /healthz, the liveness answer, stays 200 throughout.
func TestReadiness(t *testing.T) {
	te := testenv.New(t)
	dir, client, db, blobs, log := te.Dir, te.Client, te.DB, te.Blobs, te.Log
	dbPath := store.DSN(dir, "")
	blobDir := filepath.Join(dir, "blobs")
	ing := ingest.New(client, blobs, te.Keyring, events.NewHub(), log, ingest.Options{})
	t.Cleanup(ing.Close)
	srv := httptest.NewServer(New(Config{Client: client, Auth: auth.NewService(client, log), Ingest: ing,
		Blobs: blobs, Bus: events.NewHub(), Log: log, DB: db}))
	t.Cleanup(srv.Close)

	get := func(path string) (int, string) {
		t.Helper()
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	// expect waits past the shared answer, then for the expected one: a
	// probe stuck on the lock may still be ending when the lock goes.
	expect := func(step string, status int, reason string) {
		t.Helper()
		time.Sleep(readyCacheFor + 100*time.Millisecond)
		for deadline := time.Now().Add(3 * readyTimeout); ; {
			start := time.Now()
			code, body := get("/readyz")
			if took := time.Since(start); took > readyTimeout+time.Second {
				t.Fatalf("%s: /readyz took %v", step, took)
			}
			if code == status && strings.Contains(body, reason) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: /readyz %d %q, want %d containing %q", step, code, body, status, reason)
			}
			time.Sleep(100 * time.Millisecond)
		}
		if code, _ := get("/healthz"); code != 200 {
			t.Fatalf("%s: /healthz %d", step, code)
		}
	}
	expect("healthy", 200, "ready")

	if err := os.Rename(blobDir, blobDir+".away"); err != nil {
		t.Fatal(err)
	}
	expect("blob store gone", 503, "blob store: no such file or directory")
	if _, body := get("/readyz"); strings.Contains(body, dir) {
		t.Fatalf("/readyz shows a path to anyone: %q", body)
	}
	if err := os.Rename(blobDir+".away", blobDir); err != nil {
		t.Fatal(err)
	}
	expect("blob store back", 200, "ready")

	// Another process holds the locks of the database's shared-memory index
	// (a stuck tool, a crashed NFS client): reads wait for them. An open file
	// description lock conflicts with SQLite's own locks in this process too.
	shm, err := os.OpenFile(dbPath+"-shm", os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer shm.Close()
	lock := func(typ int16) {
		t.Helper()
		// WAL_WRITE_LOCK, CKPT, RECOVER and the five read marks: bytes 120 to 127.
		fl := unix.Flock_t{Type: typ, Whence: 0, Start: 120, Len: 8}
		if err := unix.FcntlFlock(shm.Fd(), unix.F_OFD_SETLK, &fl); err != nil {
			t.Fatalf("lock the database: %v", err)
		}
	}
	lock(unix.F_WRLCK)
	expect("database locked", 503, "did not answer")
	lock(unix.F_UNLCK)
	expect("database unlocked", 200, "ready")

	db.Close()
	expect("database closed", 503, "database")
}
