package backup

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mailroom/auth"
	"mailroom/blob"
	"mailroom/ent/emailfolder"
	"mailroom/ingest"
	"mailroom/internal/mailtest"
	"mailroom/internal/pgtest"
)

// TestBackupDuringFetchRestores takes a backup while a fetch of 1,000
// messages runs, restores it into a new data directory and checks that every
// email the snapshot holds is there once with its original bytes, that the
// restored store decrypts the folder's password and goes on fetching the
// rest without importing anything twice, and that a second backup into the
// same directory copies only the new blobs.
func TestBackupDuringFetchRestores(t *testing.T) {
	const n = 1000
	// LEAVE: the server keeps offering every message, so the restored store
	// must tell by its ledger what it already has.
	e := mailtest.New(t, ingest.Options{BatchSize: 20}, func(p *ingest.FolderParams) {
		leave := emailfolder.AfterImportLEAVE
		p.AfterImport = &leave
	})
	raws := map[string]string{} // Message-ID → bytes
	var all []string
	for i := range n {
		attach := ""
		if i%10 == 0 {
			attach = fmt.Sprintf("attachment of %d %s", i, strings.Repeat("y", i))
		}
		raw := mailtest.Message(i, attach)
		raws[fmt.Sprintf("m%d@example.com", i)] = raw
		all = append(all, raw)
	}
	e.Append(all...)

	done := make(chan ingest.Report, 1)
	go func() {
		rep, _ := e.Ingest.Fetch(e.Ctx, e.Folder.ID, ingest.TriggerManual)
		done <- rep
	}()
	for e.Client.Email.Query().CountX(e.Ctx) < 100 {
		time.Sleep(5 * time.Millisecond)
	}
	to := filepath.Join(t.TempDir(), "backup")
	var out bytes.Buffer
	m, err := Run(context.Background(), Options{DataDir: e.Dir, To: to, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	rep := <-done
	if rep.Err != nil || rep.Imported != n {
		t.Fatalf("fetch: %+v", rep)
	}
	if m.Emails <= 0 || m.Emails >= n {
		t.Fatalf("backup did not run during the fetch: %d of %d emails in it", m.Emails, n)
	}
	t.Logf("backup holds %d of %d emails, %d blobs", m.Emails, n, m.Blobs)
	if !strings.Contains(out.String(), "keep it as secret as the key") || !m.SecretKey {
		t.Errorf("secret key warning or copy missing: %q %+v", out.String(), m)
	}
	if m.NewBlobs != m.Blobs || m.Blobs != m.Emails+m.Attachments {
		t.Errorf("first backup: %+v", m)
	}

	// Restore into a new directory and read everything back.
	newDir := filepath.Join(t.TempDir(), "restored")
	if _, err := Restore(context.Background(), RestoreOptions{From: to, DataDir: newDir}); err != nil {
		t.Fatal(err)
	}
	r := mailtest.Open(t, newDir, ingest.Options{})
	emails := r.Client.Email.Query().AllX(r.Ctx)
	if len(emails) != m.Emails {
		t.Fatalf("restored %d emails, the manifest says %d", len(emails), m.Emails)
	}
	seen := map[string]bool{}
	for _, em := range emails {
		if seen[em.MessageID] {
			t.Fatalf("%s restored twice", em.MessageID)
		}
		seen[em.MessageID] = true
		f, err := r.Blobs.Open(em.RawSha256)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(f)
		f.Close()
		if string(b) != raws[em.MessageID] {
			t.Fatalf("%s: restored bytes differ from the original", em.MessageID)
		}
	}
	// The restored store decrypts the password with the restored key and
	// fetches the messages the snapshot did not have, and only those.
	r.IMAP = e.IMAP
	again := r.Fetch()
	if again.Imported != n-m.Emails || again.Duplicates != 0 || again.Failed != 0 {
		t.Fatalf("fetch after restore: %+v (backup had %d)", again, m.Emails)
	}
	if got := r.Client.Email.Query().CountX(r.Ctx); got != n {
		t.Fatalf("%d emails after the restored fetch, want %d", got, n)
	}

	// A second backup of the original copies only what is new since the first.
	before := countFiles(t, filepath.Join(to, BlobsDir))
	m2, err := Run(context.Background(), Options{DataDir: e.Dir, To: to})
	if err != nil {
		t.Fatal(err)
	}
	after := countFiles(t, filepath.Join(to, BlobsDir))
	wantNew := m2.Blobs - m.Blobs
	if m2.Emails != n || m2.NewBlobs != wantNew || after-before != wantNew || wantNew <= 0 {
		t.Fatalf("second backup: %d emails, %d new blobs (want %d), %d files added", m2.Emails, m2.NewBlobs, wantNew, after-before)
	}
	t.Logf("second backup copied %d new blobs of %d", m2.NewBlobs, m2.Blobs)
}

func countFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			n++
		}
		return nil
	})
	return n
}

// TestRestoreRefuses: a non-empty target, a database that does not match
// the manifest and a damaged blob are refused, and a failed restore leaves
// nothing behind.
func TestRestoreRefuses(t *testing.T) {
	e := mailtest.New(t, ingest.Options{})
	e.Append(mailtest.Message(1, "an attachment"), mailtest.Message(2, ""))
	e.Fetch()
	to := t.TempDir()
	if _, err := Run(context.Background(), Options{DataDir: e.Dir, To: to}); err != nil {
		t.Fatal(err)
	}
	restore := func() (string, error) {
		dir := filepath.Join(t.TempDir(), "new")
		_, err := Restore(context.Background(), RestoreOptions{From: to, DataDir: dir})
		return dir, err
	}

	busy := t.TempDir()
	os.WriteFile(filepath.Join(busy, "x"), nil, 0o600)
	if _, err := Restore(context.Background(), RestoreOptions{From: to, DataDir: busy}); err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Errorf("non-empty target: %v", err)
	}

	em := e.Client.Email.Query().FirstX(e.Ctx)
	blobPath := filepath.Join(to, BlobsDir, em.RawSha256[:2], em.RawSha256[2:4], em.RawSha256)
	good, _ := os.ReadFile(blobPath)
	os.WriteFile(blobPath, append(good[:len(good)-1], 'X'), 0o600)
	dir, err := restore()
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("damaged blob: %v", err)
	}
	if _, serr := os.Stat(dir); !os.IsNotExist(serr) {
		t.Errorf("a failed restore left %s behind", dir)
	}
	os.WriteFile(blobPath, good, 0o600)

	db := filepath.Join(to, DatabaseFile)
	f, _ := os.OpenFile(db, os.O_WRONLY|os.O_APPEND, 0)
	f.Write([]byte("tampered"))
	f.Close()
	if _, err := restore(); err == nil || !strings.Contains(err.Error(), "does not match its manifest") {
		t.Errorf("tampered database: %v", err)
	}
}

// TestBackupOfStoppedServer backs up a data directory nobody has open (no
// -wal or -shm file beside the database) and restores it.
func TestBackupOfStoppedServer(t *testing.T) {
	e := mailtest.New(t, ingest.Options{})
	e.Append(mailtest.Message(1, "an attachment"), mailtest.Message(2, ""))
	e.Fetch()
	e.Ingest.Close()
	e.Client.Close()
	e.DB.Close()
	if _, err := os.Stat(filepath.Join(e.Dir, DatabaseFile+"-wal")); !os.IsNotExist(err) {
		t.Fatalf("the database is still open: %v", err)
	}
	to := t.TempDir()
	m, err := Run(context.Background(), Options{DataDir: e.Dir, To: to})
	if err != nil {
		t.Fatal(err)
	}
	if m.Emails != 2 || m.Attachments != 1 || m.Blobs != 3 {
		t.Fatalf("manifest: %+v", m)
	}
	if _, err := Restore(context.Background(), RestoreOptions{From: to, DataDir: filepath.Join(t.TempDir(), "r")}); err != nil {
		t.Fatal(err)
	}
}

// TestBackupOnPostgres: with the database on PostgreSQL the backup says to
// pg_dump it, copies the blobs the rows refer to and the key, counts them
// in a manifest marked postgres, and a second backup adds only new blobs;
// a restore lays out the blobs and the key and says to pg_restore.
func TestBackupOnPostgres(t *testing.T) {
	dsn := pgtest.DSN(t)
	e := mailtest.NewOn(t, dsn, ingest.Options{})
	e.Append(mailtest.Message(1, "an attachment"), mailtest.Message(2, ""))
	e.Fetch()
	to := filepath.Join(t.TempDir(), "backup")
	var out bytes.Buffer
	m, err := Run(context.Background(), Options{DataDir: e.Dir, DB: dsn, To: to, Out: &out})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "pg_dump") {
		t.Errorf("the backup does not say to pg_dump the database:\n%s", out.String())
	}
	if m.Database.Dialect != "postgres" || m.Emails != 2 || m.Attachments != 1 || m.Blobs != 3 {
		t.Fatalf("manifest: %+v", m)
	}
	if _, err := os.Stat(filepath.Join(to, DatabaseFile)); !os.IsNotExist(err) {
		t.Errorf("a PostgreSQL backup holds a database file: %v", err)
	}
	var copied int
	if err := blob.At(filepath.Join(to, BlobsDir)).Walk(func(sum string, _ int64) error {
		f, err := e.Blobs.Open(sum)
		if err != nil {
			return fmt.Errorf("blob %s in the backup is not the server's: %w", sum, err)
		}
		copied++
		return f.Close()
	}); err != nil {
		t.Fatal(err)
	}
	if copied != 3 {
		t.Fatalf("%d blobs copied, want 3", copied)
	}

	e.Append(mailtest.Message(3, "another attachment"))
	e.Fetch()
	m2, err := Run(context.Background(), Options{DataDir: e.Dir, DB: dsn, To: to, Out: io.Discard})
	if err != nil {
		t.Fatal(err)
	}
	if m2.Emails != 3 || m2.NewBlobs != 2 {
		t.Fatalf("second backup: %+v, want 3 emails and only the 2 new blobs copied", m2)
	}

	out.Reset()
	into := filepath.Join(t.TempDir(), "restored")
	if _, err := Restore(context.Background(), RestoreOptions{From: to, DataDir: into, Out: &out}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "pg_restore") {
		t.Errorf("the restore does not say to pg_restore:\n%s", out.String())
	}
	if _, err := os.Stat(filepath.Join(into, auth.KeyFile)); err != nil {
		t.Errorf("the key is not restored: %v", err)
	}
}
