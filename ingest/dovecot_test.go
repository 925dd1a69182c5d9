package ingest

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/internal/dovecottest"
	"mailroom/mail/account"
)

func TestMain(m *testing.M) { dovecottest.Main(m) }

// dovecotFolder creates a folder for user on the shared Dovecot.
func dovecotFolder(e *testEnv, dv *dovecottest.Server, user string, change func(*FolderParams)) *ent.EmailFolder {
	e.t.Helper()
	p := FolderParams{Title: ptr(user + " mail"), Email: ptr(user + "@example.com"), Password: ptr(dv.Password(e.t, user)),
		Protocol: ptr(emailfolder.ProtocolIMAPS), Host: ptr(dv.Host), Port: ptr(dv.IMAPSPort),
		TrustedCertificate: ptr(string(dv.CertPEM))}
	if change != nil {
		change(&p)
	}
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, p)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func dovecotFlags(t *testing.T, dv *dovecottest.Server, user string) map[imap.UID][]imap.Flag {
	c := dv.Login(t, user)
	defer c.Logout()
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	out := map[imap.UID][]imap.Flag{}
	if sel.NumMessages == 0 {
		return out
	}
	var all imap.SeqSet
	all.AddRange(1, 0)
	msgs, err := c.Fetch(all, &imap.FetchOptions{UID: true, Flags: true}).Collect()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range msgs {
		out[m.UID] = m.Flags
	}
	return out
}

func TestDovecotProtocols(t *testing.T) {
	dv := dovecottest.Shared(t)
	cases := []struct {
		name   string
		change func(*FolderParams)
		imap   bool
	}{
		{"IMAPS", nil, true},
		{"IMAP+STARTTLS", func(p *FolderParams) {
			p.Protocol, p.Port, p.SocketFactoryPort = ptr(emailfolder.ProtocolIMAP), ptr(dv.IMAPPort), ptr(dv.IMAPPort)
		}, true},
		{"IMAPS falling back to STARTTLS", func(p *FolderParams) {
			p.Port, p.SocketFactoryPort = ptr(dv.IMAPPort), ptr(closedPort(t))
		}, true},
		{"POP3+STLS", func(p *FolderParams) {
			p.Protocol, p.Port, p.SocketFactoryPort = ptr(emailfolder.ProtocolPOP3), ptr(dv.POP3Port), ptr(dv.POP3Port)
		}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dv.ResetUser(t, "alice")
			e := newEnv(t, Options{})
			for i := range 3 {
				dv.Append(t, "alice", "INBOX", []byte(message(fmt.Sprintf("%s-%d@x", strings.ReplaceAll(c.name, " ", ""), i),
					fmt.Sprintf("%s %d", c.name, i), "hello")))
			}
			f := dovecotFolder(e, dv, "alice", c.change)
			rep := e.fetch(f)
			if rep.Err != nil || rep.Imported != 3 {
				t.Fatalf("%+v", rep)
			}
			if rep := e.fetch(f); rep.Err != nil || rep.Imported != 0 || rep.Duplicates != 0 {
				t.Fatalf("second run %+v", rep)
			}
			// The reconciliation after the second check: 3 on the server, all
			// imported, nothing new; POP3 has no unread count.
			if r := e.reconcile(f.ID); r.Imported != 3 || r.Offered != 3 || deref(r.OnServer) != 3 || deref(r.NewOnServer) != 0 ||
				(r.UnreadOnServer == nil) == c.imap || deref(r.UnreadOnServer) != 0 {
				t.Errorf("reconciliation %+v (on server %v, unread %v)", *r, r.OnServer, r.UnreadOnServer)
			}
			// IMAP marks imported mail \Seen; POP3 leaves it on the server (Dovecot
			// flags it \Seen by itself on RETR).
			flags := dovecotFlags(t, dv, "alice")
			for uid, fl := range flags {
				if c.imap && !hasFlag(fl, imap.FlagSeen) {
					t.Errorf("uid %d flags %v", uid, fl)
				}
			}
			if len(flags) != 3 {
				t.Errorf("%d messages left on the server, want 3", len(flags))
			}
		})
	}
}

func TestDovecotPOP3Delete(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bob")
	e := newEnv(t, Options{})
	for i := range 4 {
		dv.Append(t, "bob", "INBOX", []byte(message(fmt.Sprintf("pd%d@x", i), "pop delete", "x")))
	}
	f := dovecotFolder(e, dv, "bob", func(p *FolderParams) {
		p.Protocol, p.Port = ptr(emailfolder.ProtocolPOP3), ptr(dv.POP3Port)
		p.AfterImport = ptr(emailfolder.AfterImportDELETE)
		p.EmailsLimit = ptr(3)
	})
	if rep := e.fetch(f); rep.Err != nil || rep.Imported != 3 || rep.Remaining != 1 {
		t.Fatalf("%+v", rep)
	}
	if n := len(dovecotFlags(t, dv, "bob")); n != 1 {
		t.Fatalf("%d messages left, want 1", n)
	}
	if rep := e.fetch(f); rep.Err != nil || rep.Imported != 1 {
		t.Fatalf("second run %+v", rep)
	}
	if n := len(dovecotFlags(t, dv, "bob")); n != 0 {
		t.Fatalf("%d messages left, want 0", n)
	}
}

func TestDovecotErrors(t *testing.T) {
	dv := dovecottest.Shared(t)
	e := newEnv(t, Options{})
	cases := []struct {
		name   string
		change func(*FolderParams)
		want   error
		words  string
	}{
		{"wrong password", func(p *FolderParams) { p.Password = ptr("wrong") }, account.ErrAuthFailed, "authentication failed"},
		{"closed port", func(p *FolderParams) {
			p.Port, p.SocketFactoryFallback = ptr(closedPort(t)), ptr(false)
		}, account.ErrConnRefused, "refused"},
		{"untrusted certificate", func(p *FolderParams) { p.TrustedCertificate = ptr("") }, account.ErrCertUntrusted, "127.0.0.1"},
		{"unknown host", func(p *FolderParams) { p.Host = ptr("mail.nonexistent.invalid") }, account.ErrHostNotFound, "not found"},
		{"missing mailbox", func(p *FolderParams) { p.Mailbox = ptr("Nowhere") }, account.ErrMailboxNotFound, "Nowhere"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := dovecotFolder(e, dv, "alice", func(p *FolderParams) {
				p.Title = ptr(c.name)
				c.change(p)
			})
			rep := e.fetch(f)
			if !errors.Is(rep.Err, c.want) || !strings.Contains(rep.Err.Error(), c.words) {
				t.Fatalf("got %v, want %v mentioning %q", rep.Err, c.want, c.words)
			}
			if strings.Contains(rep.Err.Error(), "alicepass") {
				t.Fatal("the error shows the password")
			}
		})
	}
}

func TestDovecotLimitDuplicatesAndNoMessageID(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bob")
	e := newEnv(t, Options{BatchSize: 4})
	for i := range 20 {
		dv.Append(t, "bob", "INBOX", []byte(message(fmt.Sprintf("lim%d@x", i), fmt.Sprintf("limit %02d", i), "x")))
	}
	f := dovecotFolder(e, dv, "bob", func(p *FolderParams) { p.EmailsLimit = ptr(7) })
	for i, want := range []int{7, 7, 6, 0} {
		if rep := e.fetch(f); rep.Err != nil || rep.Imported != want {
			t.Fatalf("run %d: %+v, want %d", i+1, rep, want)
		}
	}
	noID := []byte(message("", "no id", "same bytes twice"))
	dv.Append(t, "bob", "INBOX", noID)
	dv.Append(t, "bob", "INBOX", noID)
	dv.Append(t, "bob", "INBOX", []byte(message("lim3@x", "limit 03 again", "a duplicate Message-ID")))
	if rep := e.fetch(f); rep.Err != nil || rep.Imported != 1 || rep.Duplicates != 2 {
		t.Fatalf("duplicates: %+v", rep)
	}
	if n := e.emailCount(f); n != 21 {
		t.Fatalf("%d emails", n)
	}
	for uid, fl := range dovecotFlags(t, dv, "bob") {
		if !hasFlag(fl, imap.FlagSeen) {
			t.Errorf("uid %d not \\Seen", uid)
		}
	}
}

// A connection cut in the middle of a fetch: the run reports it, keeps what it
// committed, and the next run completes without a duplicate.
func TestDovecotConnectionCut(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bench")
	const n = 40
	body := strings.Repeat("0123456789abcdef ", 1200) // ~20 KB
	for i := range n {
		dv.Append(t, "bench", "INBOX", []byte(message(fmt.Sprintf("cut%d@x", i), fmt.Sprintf("cut %02d", i), body)))
	}
	e := newEnv(t, Options{BatchSize: 5})
	proxy := cuttingProxy(t, dv.IMAPSAddr(), 400_000)
	_, port, _ := net.SplitHostPort(proxy)
	var p int
	fmt.Sscan(port, &p)
	f := dovecotFolder(e, dv, "bench", func(fp *FolderParams) { fp.Port = &p; fp.SocketFactoryFallback = ptr(false) })
	first := e.fetch(f)
	checkCut(t, e, first, dv.Host, n)
	t.Logf("cut run: %+v", first)
	// Another port is another server: the password goes with it again.
	if _, err := e.svc.UpdateFolder(e.ctx, f.ID, FolderParams{Port: ptr(dv.IMAPSPort), SocketFactoryPort: ptr(dv.IMAPSPort),
		Password: ptr(dv.Password(t, "bench"))}); err != nil {
		t.Fatal(err)
	}
	second := e.fetch(f)
	if second.Err != nil || first.Imported+second.Imported != n || second.Duplicates != 0 || second.Remaining != 0 {
		t.Fatalf("second run: %+v after %+v", second, first)
	}
	if c := e.emailCount(f); c != n {
		t.Fatalf("%d emails, want %d", c, n)
	}
	for uid, fl := range dovecotFlags(t, dv, "bench") {
		if !hasFlag(fl, imap.FlagSeen) {
			t.Errorf("uid %d not \\Seen", uid)
		}
	}
}

// cuttingProxy forwards one connection at a time to target and drops it after
// limit bytes from the server.
func cuttingProxy(t *testing.T, target string, limit int64) string {
	return cutProxy(t, target, limit, false)
}

// cutProxy is cuttingProxy; with reset, the client's side is closed with a
// TCP RST ("connection reset by peer") instead of a FIN.
func cutProxy(t *testing.T, target string, limit int64, reset bool) string {
	t.Helper()
	return cutProxyEach(t, target, func() int64 { return limit }, reset)
}

// cutProxyEach is cutProxy with the limit of each new connection from limit.
func cutProxyEach(t *testing.T, target string, next func() int64, reset bool) string {
	t.Helper()
	return serveLoopback(t, func(c net.Conn) {
		limit := next()
		defer c.Close()
		s, err := net.Dial("tcp", target)
		if err != nil {
			return
		}
		defer s.Close()
		var sent atomic.Int64
		go io.Copy(s, c)
		if tc, ok := c.(*net.TCPConn); ok && reset {
			tc.SetLinger(0)
		}
		buf := make([]byte, 8192)
		for {
			k, err := s.Read(buf)
			if k > 0 {
				if sent.Add(int64(k)) > limit {
					return
				}
				if _, err := c.Write(buf[:k]); err != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	})
}

func closedPort(t *testing.T) int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	return port
}

// With push off and an interval of one minute, the schedule fetches a real
// Dovecot account by itself, again once the interval has passed.
func TestDovecotScheduledFetch(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "alice")
	e := newEnv(t, Options{})
	dv.Append(t, "alice", "INBOX", []byte(message("sched1@x", "scheduled 1", "x")))
	f := dovecotFolder(e, dv, "alice", func(p *FolderParams) {
		p.Push, p.FetchIntervalMinutes = ptr(false), ptr(1)
	})
	clk := &clock{now: time.Now()}
	startScheduler(t, e, clk)
	waitFor(t, "the first scheduled run", func() bool { return scheduledRuns(t, e, f) == 1 })
	waitFor(t, "the first email", func() bool { return e.emailCount(f) == 1 })
	dv.Append(t, "alice", "INBOX", []byte(message("sched2@x", "scheduled 2", "x")))
	clk.Add(2 * time.Minute)
	waitFor(t, "the second scheduled run", func() bool { return scheduledRuns(t, e, f) == 2 })
	waitFor(t, "the second email", func() bool { return e.emailCount(f) == 2 })
}
