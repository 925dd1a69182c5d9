// Package testenv gives tests Mailroom's real parts, set up once here instead
// of in each package: a migrated database (SQLite in a temporary file, or the
// PostgreSQL database of pgtest.DSN given to Open), the blob store and the
// keyring laid out as `mailroom serve` lays out a data directory, an
// in-memory IMAP server on 127.0.0.1:0, and the host policy that lets
// folders reach loopback servers. Interop tests take the real Dovecot from
// internal/dovecottest.
//
// It imports no service package (ingest, server, trash), so the tests inside
// those packages can use it.
package testenv

import (
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/netpolicy"
	"mailroom/store"
)

// Env is a data directory: its database, blob store and secret key.
type Env struct {
	Ctx     context.Context // the system viewer, which the privacy rules let through
	Dir     string          // the data directory
	Client  *ent.Client
	DB      *sql.DB
	Dialect store.Dialect
	Blobs   *blob.Store
	Keyring *auth.Keyring
	Log     *slog.Logger
}

// New is a fresh data directory with a SQLite database.
func New(t testing.TB) *Env {
	t.Helper()
	return Open(t, t.TempDir(), "")
}

// Open opens the data directory dir as `mailroom serve` does: the database
// db (dir/mailroom.db when empty) migrated, blobs/ and the secret key made
// or loaded. Everything is closed when the test ends.
func Open(t testing.TB, dir, db string) *Env {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	dsn := store.DSN(dir, db)
	client, sqlDB, err := store.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { client.Close(); sqlDB.Close() })
	blobs, err := blob.Open(filepath.Join(dir, "blobs"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := auth.LoadKeyring(dir, "")
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Ctx: ctx, Dir: dir, Client: client, DB: sqlDB, Dialect: store.DialectOf(dsn),
		Blobs: blobs, Keyring: key, Log: Log(t)}
}

// Log discards what services log, or shows it at debug level under -v.
func Log(t testing.TB) *slog.Logger {
	if testing.Verbose() && os.Getenv("MAILROOM_TEST_LOG") != "" {
		return slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

// HostPolicy lets folders reach the loopback servers tests start; in
// production private and loopback addresses need --allowed-mail-hosts.
func HostPolicy() *netpolicy.Policy { return netpolicy.MustParse("127.0.0.1") }

// IMAP is an in-memory IMAP server (imapmemserver) on 127.0.0.1:0 with one
// user, who has an INBOX and the mailboxes StartIMAP was given.
type IMAP struct {
	t                  testing.TB
	Addr               string // host:port
	Host               string
	Port               int
	Username, Password string
	Server             *imapmemserver.Server
	User               *imapmemserver.User
}

// StartIMAP serves username/password's mailboxes (INBOX and the ones
// named) until the test ends. It speaks IMAP4rev1 and IMAP4rev2, so IDLE
// too, over plain TCP.
func StartIMAP(t testing.TB, username, password string, mailboxes ...string) *IMAP {
	t.Helper()
	mem := imapmemserver.New()
	u := imapmemserver.NewUser(username, password)
	for _, name := range append([]string{"INBOX"}, mailboxes...) {
		if err := u.Create(name, nil); err != nil {
			t.Fatal(err)
		}
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
		t.Fatal(err)
	}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	host, port, _ := net.SplitHostPort(ln.Addr().String())
	portN, _ := strconv.Atoi(port)
	return &IMAP{t: t, Addr: ln.Addr().String(), Host: host, Port: portN,
		Username: username, Password: password, Server: mem, User: u}
}

// Append puts raw messages in mailbox, in order.
func (s *IMAP) Append(mailbox string, raws ...string) {
	s.t.Helper()
	Append(s.t, s.Addr, s.Username, s.Password, mailbox, raws...)
}

// Append signs in to the plain IMAP server at addr and puts raw messages in
// mailbox, in order.
func Append(t testing.TB, addr, username, password, mailbox string, raws ...string) {
	t.Helper()
	c, err := imapclient.DialInsecure(addr, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(username, password).Wait(); err != nil {
		t.Fatal(err)
	}
	for _, raw := range raws {
		cmd := c.Append(mailbox, int64(len(raw)), nil)
		if _, err := io.WriteString(cmd, raw); err != nil {
			t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
}

// Login is a client signed in as the server's user, closed when the test ends.
func (s *IMAP) Login() *imapclient.Client {
	s.t.Helper()
	c, err := imapclient.DialInsecure(s.Addr, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	s.t.Cleanup(func() { c.Close() })
	if err := c.Login(s.Username, s.Password).Wait(); err != nil {
		s.t.Fatal(err)
	}
	return c
}
