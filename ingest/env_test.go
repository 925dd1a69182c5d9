package ingest

import (
	"context"
	"database/sql"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"mailroom/auth"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/events"
	"mailroom/internal/testenv"
	"mailroom/store"
)

// testEnv is a real store (SQLite file, blob directory) and a real ingest
// service, plus an in-memory IMAP server on 127.0.0.1:0.
type testEnv struct {
	t       testing.TB
	ctx     context.Context
	client  *ent.Client
	svc     *Service
	blobs   *blob.Store
	bus     *events.Hub
	ws      *ent.Workspace
	imapSrv *imapmemserver.Server
	mem     *testenv.IMAP
	key     *auth.Keyring
	addr    string
	db      *sql.DB
	dsn     string // the database: a SQLite path or a postgres:// URL
}

const memUser, memPass = "user@example.com", "secret"

func newEnv(t testing.TB, opts Options) *testEnv {
	t.Helper()
	return newEnvOn(t, "", opts)
}

// newEnvOn is newEnv on the database dsn (a SQLite path or a postgres://
// URL; empty: a fresh SQLite file).
func newEnvOn(t testing.TB, dsn string, opts Options) *testEnv {
	t.Helper()
	dir := t.TempDir()
	te := testenv.Open(t, dir, dsn)
	if opts.HostPolicy == nil {
		opts.HostPolicy = testenv.HostPolicy() // the test servers
	}
	bus := events.NewHub()
	svc := New(te.Client, te.Blobs, te.Keyring, bus, te.Log, opts)
	t.Cleanup(svc.Close)
	ws, err := te.Client.Workspace.Create().SetTitle("Test").Save(te.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	mem := testenv.StartIMAP(t, memUser, memPass, "Archive")
	return &testEnv{t: t, ctx: te.Ctx, client: te.Client, svc: svc, blobs: te.Blobs, bus: bus, ws: ws, db: te.DB,
		imapSrv: mem.Server, mem: mem, addr: mem.Addr, key: te.Keyring, dsn: store.DSN(dir, dsn)}
}

// folder creates an email folder on the in-memory server; change adjusts its parameters.
func (e *testEnv) folder(change func(*FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	// e.addr is the memory server's, unless a test put a wrapper in front of it.
	host, port, _ := net.SplitHostPort(e.addr)
	portN, _ := strconv.Atoi(port)
	proto := emailfolder.ProtocolIMAP
	p := FolderParams{Title: ptr("Inbox"), Email: ptr(memUser), Password: ptr(memPass), Protocol: &proto,
		Host: &host, Port: &portN, StartTLS: ptr(false), AllowInsecureAuth: ptr(true)}
	if change != nil {
		change(&p)
	}
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, p)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func (e *testEnv) imap() *imapclient.Client {
	e.t.Helper()
	return e.mem.Login()
}

func (e *testEnv) appendMsg(mailbox, raw string, flags ...imap.Flag) {
	e.t.Helper()
	c := e.imap()
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := io.WriteString(cmd, raw); err != nil {
		e.t.Fatal(err)
	}
	if err := cmd.Close(); err != nil {
		e.t.Fatal(err)
	}
	if _, err := cmd.Wait(); err != nil {
		e.t.Fatal(err)
	}
	c.Logout().Wait()
}

// flags returns each message's flags in mailbox, by UID.
func (e *testEnv) flags(mailbox string) map[imap.UID][]imap.Flag {
	e.t.Helper()
	c := e.imap()
	sel, err := c.Select(mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		e.t.Fatal(err)
	}
	out := map[imap.UID][]imap.Flag{}
	if sel.NumMessages == 0 {
		return out
	}
	var all imap.SeqSet
	all.AddRange(1, 0)
	msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		e.t.Fatal(err)
	}
	for _, m := range msgs {
		out[m.UID] = m.Flags
	}
	return out
}

func (e *testEnv) fetch(f *ent.EmailFolder) Report {
	e.t.Helper()
	rep, err := e.svc.Fetch(e.ctx, f.ID, TriggerManual)
	if err != nil {
		e.t.Fatal(err)
	}
	return rep
}

func (e *testEnv) emailCount(f *ent.EmailFolder) int {
	n, err := e.client.EmailFolder.QueryEmails(f).Count(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

func ptr[T any](v T) *T { return &v }

func hasFlag(flags []imap.Flag, f imap.Flag) bool {
	for _, x := range flags {
		if strings.EqualFold(string(x), string(f)) {
			return true
		}
	}
	return false
}

// message returns a small valid message.
func message(id, subject, body string) string {
	h := "From: Ann Example <ann@example.com>\r\nTo: team@example.com\r\nSubject: " + subject +
		"\r\nDate: Mon, 01 Sep 2025 10:00:00 +0200\r\n"
	if id != "" {
		h += "Message-ID: <" + id + ">\r\n"
	}
	return h + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body + "\r\n"
}
