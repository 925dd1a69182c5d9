package ingest

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/events"
	"mailroom/netpolicy"
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
	addr    string
	db      *sql.DB
	dsn     string // the database: a SQLite path or a postgres:// URL
}

const memUser, memPass = "user@example.com", "secret"

func newEnv(t testing.TB, opts Options) *testEnv {
	t.Helper()
	return newEnvOn(t, filepath.Join(t.TempDir(), "test.db"), opts)
}

// newEnvOn is newEnv on the database dsn (a SQLite path or a postgres:// URL).
func newEnvOn(t testing.TB, dsn string, opts Options) *testEnv {
	t.Helper()
	dir := t.TempDir()
	ctx := viewer.SystemContext(context.Background())
	client, db, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); db.Close() })
	blobs, err := blob.Open(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	key, _ := auth.NewKeyring(make([]byte, 32))
	bus := events.NewHub()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	if opts.HostPolicy == nil {
		opts.HostPolicy = netpolicy.MustParse("127.0.0.1") // the test servers
	}
	svc := New(client, blobs, key, bus, log, opts)
	t.Cleanup(svc.Close)
	ws, err := client.Workspace.Create().SetTitle("Test").Save(ctx)
	if err != nil {
		t.Fatal(err)
	}
	e := &testEnv{t: t, ctx: ctx, client: client, svc: svc, blobs: blobs, bus: bus, ws: ws, db: db, dsn: dsn}
	e.startIMAP()
	return e
}

func (e *testEnv) startIMAP() {
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(memUser, memPass)
	if err := u.Create("INBOX", nil); err != nil {
		e.t.Fatal(err)
	}
	if err := u.Create("Archive", nil); err != nil {
		e.t.Fatal(err)
	}
	mem.AddUser(u)
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		InsecureAuth: true,
		Logger:       slog.NewLogLogger(slog.NewTextHandler(io.Discard, nil), slog.LevelError),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	go srv.Serve(ln)
	e.t.Cleanup(func() { srv.Close() })
	e.imapSrv, e.addr = mem, ln.Addr().String()
}

// folder creates an email folder on the in-memory server; change adjusts its parameters.
func (e *testEnv) folder(change func(*FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	host, port, _ := net.SplitHostPort(e.addr)
	var portN int
	fmt.Sscan(port, &portN)
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
	c, err := imapclient.DialInsecure(e.addr, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	if err := c.Login(memUser, memPass).Wait(); err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { c.Close() })
	return c
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
