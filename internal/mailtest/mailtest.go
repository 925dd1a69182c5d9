// Package mailtest gives tests a real Mailroom store (SQLite file, blob
// directory, ingest service) fed by an in-memory IMAP server on 127.0.0.1:0.
package mailtest

import (
	"context"
	"database/sql"
	"fmt"
	"net"
	"testing"

	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/internal/testenv"
)

// User and Password sign in to the in-memory IMAP server.
const User, Password = "user@example.com", "secret"

// Env is a data directory with a store, an ingest service and an IMAP server.
type Env struct {
	T       testing.TB
	Ctx     context.Context // the system viewer
	Dir     string          // the data directory
	Client  *ent.Client
	DB      *sql.DB
	Blobs   *blob.Store
	Ingest  *ingest.Service
	Folder  *ent.EmailFolder
	IMAP    string // address of the IMAP server
	Options ingest.Options
}

// New opens a store in a temporary data directory (mailroom.db, blobs/, as
// `mailroom serve` lays it out) and a folder reading the IMAP server's INBOX;
// change, when given, adjusts the folder's parameters.
func New(t testing.TB, opts ingest.Options, change ...func(*ingest.FolderParams)) *Env {
	t.Helper()
	return NewOn(t, "", opts, change...)
}

// NewOn is New with the database at db (a postgres:// URL; empty: SQLite in
// the data directory); the blobs stay in the temporary data directory.
func NewOn(t testing.TB, db string, opts ingest.Options, change ...func(*ingest.FolderParams)) *Env {
	t.Helper()
	e := open(t, t.TempDir(), db, opts)
	srv := testenv.StartIMAP(t, User, Password)
	e.IMAP = srv.Addr
	ws, err := e.Client.Workspace.Create().SetTitle("Test").Save(e.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	proto := emailfolder.ProtocolIMAP
	limit := 10000
	no, yes, title, user, pass := false, true, "Inbox", User, Password
	p := ingest.FolderParams{Title: &title, Email: &user, Password: &pass,
		Protocol: &proto, Host: &srv.Host, Port: &srv.Port, StartTLS: &no, AllowInsecureAuth: &yes, EmailsLimit: &limit}
	for _, c := range change {
		c(&p)
	}
	e.Folder, err = e.Ingest.CreateFolder(e.Ctx, ws.ID, p)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// Open opens the data directory dir as `mailroom serve` does (migrating the
// database, loading or making the secret key); Folder is its first folder,
// if any, and IMAP is the address that folder reads.
func Open(t testing.TB, dir string, opts ingest.Options) *Env {
	t.Helper()
	return open(t, dir, "", opts)
}

func open(t testing.TB, dir, db string, opts ingest.Options) *Env {
	t.Helper()
	te := testenv.Open(t, dir, db)
	if opts.HostPolicy == nil {
		opts.HostPolicy = testenv.HostPolicy() // the test servers
	}
	svc := ingest.New(te.Client, te.Blobs, te.Keyring, events.NewHub(), te.Log, opts)
	t.Cleanup(svc.Close)
	e := &Env{T: t, Ctx: te.Ctx, Dir: dir, Client: te.Client, DB: te.DB, Blobs: te.Blobs, Ingest: svc, Options: opts}
	if f, err := te.Client.EmailFolder.Query().First(te.Ctx); err == nil {
		e.Folder = f
		e.IMAP = net.JoinHostPort(f.Host, fmt.Sprint(f.Port))
	}
	return e
}

// Append puts messages in the IMAP server's INBOX.
func (e *Env) Append(raws ...string) {
	e.T.Helper()
	testenv.Append(e.T, e.IMAP, User, Password, "INBOX", raws...)
}

// Fetch runs the fetch pipeline on the folder and fails the test on an error.
func (e *Env) Fetch() ingest.Report {
	e.T.Helper()
	rep, err := e.Ingest.Fetch(e.Ctx, e.Folder.ID, ingest.TriggerManual)
	if err == nil {
		err = rep.Err
	}
	if err != nil {
		e.T.Fatal(err)
	}
	return rep
}

// Message returns a message with a unique Message-ID; with an attachment
// when attach is not empty.
func Message(n int, attach string) string {
	head := fmt.Sprintf("From: Sender %d <s%d@example.com>\r\nTo: user@example.com\r\nSubject: message %d\r\n"+
		"Message-ID: <m%d@example.com>\r\nDate: Mon, 01 Sep 2025 10:00:00 +0000\r\n", n, n, n, n)
	if attach == "" {
		return head + "\r\nbody of message " + fmt.Sprint(n) + "\r\n"
	}
	return head + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n" +
		"body of message " + fmt.Sprint(n) + "\r\n--b\r\nContent-Type: application/octet-stream\r\n" +
		"Content-Disposition: attachment; filename=\"file.bin\"\r\n\r\n" + attach + "\r\n--b--\r\n"
}
