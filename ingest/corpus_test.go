package ingest

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"mailroom/ent/email"
	"mailroom/internal/dovecottest"
)

// Every message of the shared MIME corpus goes through a real IMAP server and
// the whole pipeline: each is imported or recognised as a duplicate, none
// fails, and each email has sensible metadata.
func TestCorpusImport(t *testing.T) {
	if testing.Short() {
		t.Skip("imports the whole corpus")
	}
	root := os.Getenv("MAILROOM_CORPUS")
	if root == "" {
		root = filepath.Join("..", "..", "shared", "corpus")
	}
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && (strings.HasSuffix(path, ".eml") || strings.HasSuffix(path, ".msg")) {
			files = append(files, path)
		}
		return err
	})
	if err != nil || len(files) < 1000 {
		t.Fatalf("corpus at %s: %d messages, %v", root, len(files), err)
	}
	// Dovecot, not imapmemserver: the latter serves an empty BODY[] for
	// messages whose header it cannot parse.
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "alice")
	e := newEnv(t, Options{})
	c := dv.Login(t, "alice")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if len(raw) == 0 {
			raw = []byte("\r\n") // IMAP cannot store an empty message
		}
		cmd := c.Append("INBOX", int64(len(raw)), nil)
		cmd.Write(raw)
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatalf("append %s: %v", f, err)
		}
	}
	folder := dovecotFolder(e, dv, "alice", func(p *FolderParams) { p.EmailsLimit = ptr(5000) })
	rep := e.fetch(folder)
	if rep.Err != nil || rep.Failed != 0 || rep.Imported+rep.Duplicates != len(files) {
		t.Fatalf("%d messages: %+v", len(files), rep)
	}
	withParseError, _ := e.client.Email.Query().Where(email.FolderID(folder.ID), email.ParseErrorNotNil()).Count(e.ctx)
	noSubject, _ := e.client.Email.Query().Where(email.FolderID(folder.ID), email.Subject("")).Count(e.ctx)
	noDate, _ := e.client.Email.Query().Where(email.FolderID(folder.ID), email.SentAtIsNil()).Count(e.ctx)
	t.Logf("%d messages: %d imported, %d duplicates (same Message-ID); %d with a parse error, %d without subject, %d without date",
		len(files), rep.Imported, rep.Duplicates, withParseError, noSubject, noDate)
	// The ledger accounts for every message the server offered, in numbers
	// that add up, one entry each, and agrees with the run's report.
	rec := e.reconcile(folder.ID)
	if rec.Imported+rec.Duplicates+rec.Failed != len(files) || rec.Offered != len(files) || rec.Remaining != 0 ||
		deref(rec.OnServer) != len(files) || deref(rec.NewOnServer) != len(files) ||
		rec.Imported != rep.Imported || rec.Duplicates != rep.Duplicates {
		t.Errorf("reconciliation of %d messages: %+v (on server %d, new %d)", len(files), *rec, deref(rec.OnServer), deref(rec.NewOnServer))
	}
	entries := e.ledger(folder.ID, LedgerFilter{})
	uids := map[string]bool{}
	for _, en := range entries {
		uids[en.ServerUID] = true
	}
	if len(entries) != len(files) || len(uids) != len(files) {
		t.Errorf("ledger lists %d entries (%d distinct UIDs) for %d messages", len(entries), len(uids), len(files))
	}
	// "null" must never stand for a missing sender.
	all, err := e.client.Email.Query().Where(email.FolderID(folder.ID)).All(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range all {
		if m.From != nil && (m.From.Name == "null" || m.From.Address == "null") {
			t.Errorf("email %d: From is %+v", m.ID, m.From)
		}
		if m.RawSha256 == "" || m.Size == 0 {
			t.Errorf("email %d: no raw bytes (size %d, subject %q, sha %q)", m.ID, m.Size, m.Subject, m.RawSha256)
		}
	}
}
