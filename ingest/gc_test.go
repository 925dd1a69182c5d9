package ingest

import (
	"os"
	"testing"

	"mailroom/ent/emailfolder"
	"mailroom/trash"
)

// The race: folder B imports a message whose raw bytes are already stored
// for an email of folder A, which sits in A's trash. Between B's blobs being
// in place (reused: same bytes) and B's transaction, A's email is purged;
// the purge sees no email referring to the blob and removes it, and B's new
// email then refers to nothing. The seam runs the purge at exactly that point.
func TestPurgeDuringImportKeepsTheReusedBlob(t *testing.T) {
	e := newEnv(t, Options{})
	leave := emailfolder.AfterImportLEAVE
	a := e.folder(func(p *FolderParams) { p.Title = ptr("A"); p.AfterImport = &leave })
	b := e.folder(func(p *FolderParams) { p.Title = ptr("B"); p.AfterImport = &leave })
	e.appendMsg("INBOX", message("same@x", "Same message", "the same bytes for both folders"))
	if rep := e.fetch(a); rep.Imported != 1 {
		t.Fatalf("A: %+v", rep)
	}
	old := e.client.EmailFolder.QueryEmails(a).OnlyX(e.ctx)
	bin := trash.New(e.client, e.blobs, nil)
	if _, err := bin.Trash(e.ctx, old.ID); err != nil {
		t.Fatal(err)
	}

	purged := false
	e.svc.beforeWrite = func(folderID int) {
		if folderID != b.ID || purged {
			return
		}
		purged = true
		if err := bin.Purge(e.ctx, old.ID); err != nil {
			t.Errorf("purge: %v", err)
		}
	}
	if rep := e.fetch(b); rep.Imported != 1 || !purged {
		t.Fatalf("B: %+v (purged during the import: %v)", rep, purged)
	}
	got := e.client.EmailFolder.QueryEmails(b).OnlyX(e.ctx)
	if got.RawSha256 != old.RawSha256 {
		t.Fatalf("B's email has another blob (%s, not %s): the race was not set up", got.RawSha256, old.RawSha256)
	}
	if _, err := os.Stat(e.blobs.Path(got.RawSha256)); err != nil {
		t.Fatalf("the blob of B's new email was collected by the purge: %v", err)
	}
}

// A blob the purge skipped because an import held it is collected once the
// import is over if the import did not refer to it after all (a duplicate).
func TestBlobSkippedWhileLeasedIsCollectedOnRelease(t *testing.T) {
	e := newEnv(t, Options{})
	leave := emailfolder.AfterImportLEAVE
	a := e.folder(func(p *FolderParams) { p.Title = ptr("A"); p.AfterImport = &leave })
	e.appendMsg("INBOX", message("dup@x", "Duplicate", "delivered twice"))
	e.fetch(a)
	old := e.client.EmailFolder.QueryEmails(a).OnlyX(e.ctx)
	bin := trash.New(e.client, e.blobs, nil)
	bin.Trash(e.ctx, old.ID)
	// The same message again in A: the ledger makes it a duplicate of the
	// purged email, so no new email refers to the blob.
	e.appendMsg("INBOX", message("dup@x", "Duplicate", "delivered twice"))
	e.svc.beforeWrite = func(folderID int) {
		e.svc.beforeWrite = nil
		if err := bin.Purge(e.ctx, old.ID); err != nil {
			t.Errorf("purge: %v", err)
		}
		if _, err := os.Stat(e.blobs.Path(old.RawSha256)); err != nil {
			t.Errorf("the purge removed a blob the import holds: %v", err)
		}
	}
	if rep := e.fetch(a); rep.Duplicates != 1 {
		t.Fatalf("second fetch: %+v", rep)
	}
	if _, err := os.Stat(e.blobs.Path(old.RawSha256)); !os.IsNotExist(err) {
		t.Fatalf("unused blob kept after the import: %v", err)
	}
}
