package push

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/internal/dovecottest"
	"mailroom/internal/testenv"
	"mailroom/mail/account"
)

func TestMain(m *testing.M) { dovecottest.Main(m) }

// Generous: the machine running the tests may be loaded.
const patience = 20 * time.Second

// fastOptions retry quickly so tests do not wait on the production backoff.
var fastOptions = Options{MinBackoff: 50 * time.Millisecond, MaxBackoff: 500 * time.Millisecond}

// testEnv is a real store and ingest service with a push manager wired to
// its folder changes, as main.go does.
type testEnv struct {
	t      *testing.T
	ctx    context.Context
	client *ent.Client
	svc    *ingest.Service
	bus    *events.Hub
	ws     *ent.Workspace
	m      *Manager
}

func newEnv(t *testing.T, opts Options) *testEnv {
	t.Helper()
	return newEnvOn(t, "", opts)
}

// newEnvOn is newEnv on the database dsn (a SQLite path or a postgres://
// URL; empty: a fresh SQLite file).
func newEnvOn(t *testing.T, dsn string, opts Options) *testEnv {
	t.Helper()
	return newEnvIn(t, t.TempDir(), dsn, opts)
}

// newEnvIn is newEnvOn in the data directory dir: instances of one cluster
// share it (its secret key opens the folders' passwords, its blobs).
func newEnvIn(t *testing.T, dir, dsn string, opts Options) *testEnv {
	t.Helper()
	te := testenv.Open(t, dir, dsn)
	bus := events.NewHub()
	svc := ingest.New(te.Client, te.Blobs, te.Keyring, bus, te.Log, ingest.Options{HostPolicy: testenv.HostPolicy()})
	t.Cleanup(svc.Close)
	ws, err := te.Client.Workspace.Create().SetTitle("Push").Save(te.Ctx)
	if err != nil {
		t.Fatal(err)
	}
	m := NewManager(svc, te.Log, opts)
	svc.OnFolderChange(m.FolderChanged)
	t.Cleanup(m.Stop) // before svc.Close, as main.go must
	return &testEnv{t: t, ctx: te.Ctx, client: te.Client, svc: svc, bus: bus, ws: ws, m: m}
}

func (e *testEnv) start() {
	e.t.Helper()
	if err := e.m.Start(e.ctx); err != nil {
		e.t.Fatal(err)
	}
}

// folder creates a folder for user on dv; change adjusts its parameters.
func (e *testEnv) folder(dv *dovecottest.Server, user string, change func(*ingest.FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	p := ingest.FolderParams{Title: ptr(user + " mail"), Email: ptr(user + "@example.com"),
		Password: ptr(dv.Password(e.t, user)), Protocol: ptr(emailfolder.ProtocolIMAPS),
		Host: ptr(dv.Host), Port: ptr(dv.IMAPSPort), TrustedCertificate: ptr(string(dv.CertPEM))}
	return e.create(p, change)
}

// create creates a folder of p, adjusted by change.
func (e *testEnv) create(p ingest.FolderParams, change func(*ingest.FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	if change != nil {
		change(&p)
	}
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, p)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

// memFolder creates a folder reading mem's mailboxes over plain IMAP: the
// tests that only need IDLE run on imapmemserver, Dovecot is for interop.
func (e *testEnv) memFolder(mem *testenv.IMAP, change func(*ingest.FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	p := ingest.FolderParams{Title: ptr("memory mail"), Email: ptr(mem.Username), Password: ptr(mem.Password),
		Protocol: ptr(emailfolder.ProtocolIMAP), Host: ptr(mem.Host), Port: ptr(mem.Port),
		StartTLS: ptr(false), AllowInsecureAuth: ptr(true)}
	return e.create(p, change)
}

func (e *testEnv) update(f *ent.EmailFolder, p ingest.FolderParams) {
	e.t.Helper()
	if _, err := e.svc.UpdateFolder(e.ctx, f.ID, p); err != nil {
		e.t.Fatal(err)
	}
}

func (e *testEnv) emailCount(f *ent.EmailFolder) int {
	e.t.Helper()
	n, err := e.client.EmailFolder.QueryEmails(f).Count(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return n
}

// waitState waits until the folder's push state is want and returns the status.
func (e *testEnv) waitState(f *ent.EmailFolder, want State) Status {
	e.t.Helper()
	deadline := time.Now().Add(patience)
	for {
		st := e.m.Status(f.ID)
		if st.State == want {
			return st
		}
		if time.Now().After(deadline) {
			e.t.Fatalf("folder %d: push state %s (error %v), want %s", f.ID, st.State, st.Err, want)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// waitFor waits until cond holds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(patience)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// nextEvent waits for an event of type typ on ch.
func nextEvent(t *testing.T, ch <-chan events.Event, typ events.Type) events.Event {
	t.Helper()
	timeout := time.After(patience)
	for {
		select {
		case ev := <-ch:
			if ev.Type == typ {
				return ev
			}
		case <-timeout:
			t.Fatalf("no %s event within %s", typ, patience)
		}
	}
}

var msgSeq atomic.Int64

func message(subject string) []byte {
	id := fmt.Sprintf("push-%d-%d@example.com", time.Now().UnixNano(), msgSeq.Add(1))
	return []byte("From: Ann Example <ann@example.com>\r\nTo: team@example.com\r\nSubject: " + subject +
		"\r\nDate: Mon, 01 Sep 2025 10:00:00 +0200\r\nMessage-ID: <" + id + ">\r\n" +
		"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nhello\r\n")
}

func ptr[T any](v T) *T { return &v }

// Mail appended while the watcher idles is imported, within a second or so.
func TestPushImportsNewMail(t *testing.T) {
	mem := testenv.StartIMAP(t, "alice@example.com", "alicepass")
	mem.Append("INBOX", string(message("before the watcher")))
	e := newEnv(t, fastOptions)
	f := e.memFolder(mem, nil)
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.start()
	e.waitState(f, Watching)
	// The watcher fetches once on connecting: mail that came while nobody watched.
	nextEvent(t, ch, events.EmailAdded)
	nextEvent(t, ch, events.FetchFinished)

	const n = 5
	var latencies []time.Duration
	for i := range n {
		mem.Append("INBOX", string(message(fmt.Sprintf("pushed %d", i))))
		appended := time.Now()
		nextEvent(t, ch, events.EmailAdded)
		latencies = append(latencies, time.Since(appended))
		nextEvent(t, ch, events.FetchFinished) // one message per run: the next one is measured alone
	}
	if got := e.emailCount(f); got != n+1 {
		t.Fatalf("%d emails, want %d", got, n+1)
	}
	runs, err := e.client.FetchRun.Query().All(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range runs {
		if r.Trigger != ingest.TriggerPush {
			t.Errorf("run %d has trigger %s", r.ID, r.Trigger)
		}
	}
	slices.Sort(latencies)
	t.Logf("push latency APPEND done → EMAIL_ADDED over %d messages: median %s, min %s, max %s",
		n, latencies[n/2].Round(time.Millisecond), latencies[0].Round(time.Millisecond), latencies[n-1].Round(time.Millisecond))
}

// Imported mail deleted from the server (afterImport DELETE) comes back as
// EXPUNGE: the watcher must count it, or the next EXISTS, announcing the same
// count as before, would look like nothing new.
func TestPushAfterDelete(t *testing.T) {
	mem := testenv.StartIMAP(t, "alice@example.com", "alicepass")
	e := newEnv(t, fastOptions)
	f := e.memFolder(mem, func(p *ingest.FolderParams) { p.AfterImport = ptr(emailfolder.AfterImportDELETE) })
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.start()
	e.waitState(f, Watching)
	nextEvent(t, ch, events.FetchFinished)
	for i := range 3 {
		mem.Append("INBOX", string(message(fmt.Sprintf("deleted after import %d", i))))
		nextEvent(t, ch, events.EmailAdded)
		nextEvent(t, ch, events.FetchFinished)
	}
	if n := len(inboxUIDs(t, mem.Login())); n != 0 {
		t.Fatalf("%d messages left on the server", n)
	}
}

// inboxUIDs lists the UIDs in the INBOX of a signed-in client.
func inboxUIDs(t *testing.T, c *imapclient.Client) []imap.UID {
	defer c.Logout()
	data, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if data.NumMessages == 0 {
		return nil
	}
	found, err := c.UIDSearch(&imap.SearchCriteria{}, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return found.AllUIDs()
}

// IDLE re-issued many times keeps working.
func TestPushReissuesIdle(t *testing.T) {
	mem := testenv.StartIMAP(t, "alice@example.com", "alicepass")
	opts := fastOptions
	opts.ReissueAfter = 50 * time.Millisecond
	e := newEnv(t, opts)
	f := e.memFolder(mem, nil)
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.start()
	e.waitState(f, Watching)
	waitFor(t, "5 IDLE commands", func() bool { return e.m.idles.Load() >= 5 })
	mem.Append("INBOX", string(message("after reissues")))
	nextEvent(t, ch, events.EmailAdded)
	nextEvent(t, ch, events.FetchFinished)
	if d := e.m.dials.Load(); d != 1 {
		t.Fatalf("%d connections, want 1: re-issuing IDLE must not reconnect", d)
	}
}

// A Dovecot restart cuts the watcher's connection: it reconnects with
// backoff and later mail still arrives.
func TestPushReconnectsAfterServerRestart(t *testing.T) {
	dv := dovecottest.Start(t)
	e := newEnv(t, fastOptions)
	f := e.folder(dv, "bob", nil)
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.start()
	e.waitState(f, Watching)
	nextEvent(t, ch, events.FetchFinished) // no fetch in flight during the restart

	dv.Down(t)
	st := e.waitState(f, Reconnecting)
	t.Logf("while down: %v", st.Err)
	if st.NextAttempt.IsZero() {
		t.Error("no next attempt time")
	}
	dials := e.m.dials.Load()
	dv.Up(t)
	e.waitState(f, Watching)
	if e.m.dials.Load() <= dials {
		t.Fatal("watching again without a new connection")
	}

	dv.Append(t, "bob", "INBOX", message("after the restart"))
	nextEvent(t, ch, events.EmailAdded)
	nextEvent(t, ch, events.FetchFinished)
	if got := e.emailCount(f); got != 1 {
		t.Fatalf("%d emails, want 1", got)
	}
}

// Push off stops the watcher; on again restarts it, and the first fetch
// brings what arrived meanwhile.
func TestPushFollowsFolderChanges(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bob")
	e := newEnv(t, fastOptions)
	e.start()
	f := e.folder(dv, "bob", nil) // created after Start: FolderChanged starts it
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.waitState(f, Watching)
	nextEvent(t, ch, events.FetchFinished) // the fetch on connecting

	e.update(f, ingest.FolderParams{Push: ptr(false)})
	e.waitState(f, Off)
	dials := e.m.dials.Load()
	dv.Append(t, "bob", "INBOX", message("while push is off"))
	// Nothing may happen now; give a watcher that wrongly survived time to act.
	select {
	case ev := <-ch:
		t.Fatalf("push off, yet %s", ev.Type)
	case <-time.After(time.Second):
	}
	if e.emailCount(f) != 0 || e.m.dials.Load() != dials {
		t.Fatal("push off, yet the folder was watched")
	}

	e.update(f, ingest.FolderParams{Title: ptr("renamed")}) // push still off
	e.update(f, ingest.FolderParams{Push: ptr(true)})
	e.waitState(f, Watching)
	nextEvent(t, ch, events.EmailAdded)
	nextEvent(t, ch, events.FetchFinished)

	// A title edit keeps the connection; a connection setting restarts it.
	dials = e.m.dials.Load()
	e.update(f, ingest.FolderParams{Title: ptr("renamed again")})
	e.update(f, ingest.FolderParams{Mailbox: ptr("INBOX")}) // unchanged value
	e.update(f, ingest.FolderParams{EmailsLimit: ptr(50)})  // not a connection setting
	// Another port is another server: the password is entered with it.
	e.update(f, ingest.FolderParams{Port: ptr(dv.IMAPPort), SocketFactoryPort: ptr(dv.IMAPSPort), Password: ptr(dv.Password(t, "bob"))})
	waitFor(t, "a reconnection with the new settings", func() bool { return e.m.dials.Load() > dials })
	e.waitState(f, Watching)
	if d := e.m.dials.Load(); d != dials+1 {
		t.Errorf("%d new connections, want 1", d-dials)
	}
	nextEvent(t, ch, events.FetchFinished)
}

// POP3 folders have no push; a server without IDLE is left to the schedule.
func TestPushOffForPOP3AndUnsupportedWithoutIdle(t *testing.T) {
	dv := dovecottest.Shared(t)
	e := newEnv(t, fastOptions)
	pop := e.folder(dv, "bob", func(p *ingest.FolderParams) {
		p.Protocol, p.Port = ptr(emailfolder.ProtocolPOP3), ptr(dv.POP3Port)
	})

	// Dovecot behind a proxy that hides IDLE from its capabilities, like an
	// old server. Plain IMAP so that the proxy sees them.
	noIdle := e.folder(dv, "bob", func(p *ingest.FolderParams) {
		p.Title, p.Protocol, p.Port = ptr("no idle"), ptr(emailfolder.ProtocolIMAP), ptr(withoutIdle(t, dv.IMAPAddr()))
		p.StartTLS, p.AllowInsecureAuth = ptr(false), ptr(true)
	})

	e.start()
	e.waitState(noIdle, Unsupported)
	if st := e.m.Status(pop.ID); st.State != Off {
		t.Fatalf("POP3 folder: %s", st.State)
	}
	runs, err := e.client.FetchRun.Query().Count(e.ctx)
	if err != nil || runs != 0 {
		t.Fatalf("%d fetch runs (%v): an unsupported server is the schedule's job", runs, err)
	}
}

// withoutIdle proxies connections to addr, removing IDLE from the
// capabilities the server announces, and returns the proxy's port.
func withoutIdle(t *testing.T, addr string) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	idle := regexp.MustCompile(` IDLE\b`)
	go func() {
		for {
			client, err := ln.Accept()
			if err != nil {
				return
			}
			server, err := net.Dial("tcp", addr)
			if err != nil {
				client.Close()
				continue
			}
			go func() {
				io.Copy(server, client)
				server.Close()
			}()
			go func() {
				defer client.Close()
				r := bufio.NewReader(server)
				for {
					line, err := r.ReadString('\n')
					if strings.Contains(line, "CAPABILITY") {
						line = idle.ReplaceAllString(line, "")
					}
					if _, werr := io.WriteString(client, line); werr != nil || err != nil {
						return
					}
				}
			}()
		}
	}()
	return ln.Addr().(*net.TCPAddr).Port
}

// Stop ends IDLE with DONE and LOGOUT promptly and leaves no goroutine behind.
func TestPushStopIsPromptAndClean(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bench")
	e := newEnv(t, fastOptions)
	const n = 3
	var folders []*ent.EmailFolder
	var subs []<-chan events.Event
	for i := range n {
		f := e.folder(dv, "bench", func(p *ingest.FolderParams) { p.Title = ptr(fmt.Sprintf("bench %d", i)) })
		ch, cancel := e.bus.Subscribe(f.ID)
		defer cancel()
		folders, subs = append(folders, f), append(subs, ch)
	}
	before := runtime.NumGoroutine()
	logouts := func() int { return dovecotLogouts(t, dv, "bench") }
	e.start()
	for i, f := range folders {
		e.waitState(f, Watching)
		nextEvent(t, subs[i], events.FetchFinished) // no fetch in flight at Stop
	}
	waitFor(t, "all watchers in IDLE", func() bool { return e.m.idles.Load() >= n })
	loggedOut := logouts()

	started := time.Now()
	e.m.Stop()
	took := time.Since(started)
	t.Logf("Stop with %d watchers in IDLE took %s", n, took.Round(time.Microsecond))
	if took > time.Second {
		t.Errorf("Stop took %s", took)
	}
	for _, f := range folders {
		if st := e.m.Status(f.ID); st.State != Off {
			t.Errorf("after Stop: %s", st.State)
		}
	}
	waitFor(t, "goroutines to end", func() bool { return runtime.NumGoroutine() <= before+1 })
	// Dovecot logs "Logged out" for a LOGOUT, "Disconnected" for a cut connection.
	waitFor(t, "Dovecot to log the watchers' LOGOUT", func() bool { return logouts() >= loggedOut+n })

	e.m.FolderChanged(folders[0].ID) // after Stop: ignored, no panic
	if err := e.m.Start(e.ctx); err == nil {
		t.Error("Start after Stop succeeded")
	}
}

// dovecotLogouts counts the sessions of user that ended with LOGOUT.
func dovecotLogouts(t *testing.T, dv *dovecottest.Server, user string) int {
	b, err := os.ReadFile(filepath.Join(dv.Dir, "log", "dovecot.log"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for line := range strings.SplitSeq(string(b), "\n") {
		if strings.Contains(line, "imap("+user+")") && strings.Contains(line, "Logged out") {
			n++
		}
	}
	return n
}

// A refused login is shown and not retried until the folder changes.
func TestPushWrongPasswordWaitsForNewSettings(t *testing.T) {
	mem := testenv.StartIMAP(t, "alice@example.com", "alicepass")
	opts := fastOptions
	opts.MinBackoff, opts.MaxBackoff = 10*time.Millisecond, 10*time.Millisecond
	e := newEnv(t, opts)
	f := e.memFolder(mem, func(p *ingest.FolderParams) { p.Password = ptr("wrong") })
	ch, cancel := e.bus.Subscribe(f.ID)
	defer cancel()
	e.start()
	st := e.waitState(f, Failed)
	if !errors.Is(st.Err, account.ErrAuthFailed) || !strings.Contains(st.Err.Error(), "authentication failed") {
		t.Fatalf("status error %v", st.Err)
	}
	if strings.Contains(st.Err.Error(), "wrong") {
		t.Fatal("the error shows the password")
	}
	// With a 10 ms backoff a retry loop would have dialled dozens of times.
	time.Sleep(500 * time.Millisecond)
	if d := e.m.dials.Load(); d != 1 {
		t.Fatalf("%d login attempts, want 1", d)
	}
	if st := e.m.Status(f.ID); st.State != Failed {
		t.Fatalf("state %s", st.State)
	}

	e.update(f, ingest.FolderParams{Password: ptr(mem.Password)})
	e.waitState(f, Watching)
	if st := e.m.Status(f.ID); st.Err != nil {
		t.Fatalf("watching with error %v", st.Err)
	}
	nextEvent(t, ch, events.FetchFinished)
}

func TestBackoff(t *testing.T) {
	o := Options{MinBackoff: time.Second, MaxBackoff: 5 * time.Minute}.withDefaults()
	cases := []struct {
		attempt int
		max     time.Duration
	}{
		{0, time.Second},
		{1, 2 * time.Second},
		{3, 8 * time.Second},
		{8, 256 * time.Second},
		{9, 5 * time.Minute},
		{1000, 5 * time.Minute}, // no overflow
	}
	for _, c := range cases {
		for range 100 {
			if d := o.backoff(c.attempt); d < c.max/2 || d > c.max {
				t.Fatalf("attempt %d: %s, want within [%s, %s]", c.attempt, d, c.max/2, c.max)
			}
		}
	}
	if d := (Options{}).withDefaults(); d.ReissueAfter != 25*time.Minute || d.MinBackoff != time.Second || d.MaxBackoff != 5*time.Minute {
		t.Fatalf("defaults %+v", d)
	}
}
