package ingest

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"

	"mailroom/ent/emailfolder"
	"mailroom/ent/fetchrun"
	"mailroom/internal/dovecottest"
	"mailroom/mail/account"
)

// The sentence a lost connection is told in, from the issue.
func TestConnectionLostSentence(t *testing.T) {
	cfg := account.Config{Protocol: account.IMAPS, Host: "imap.example.com", Port: 993}
	lost := fmt.Errorf("fetch interrupted: %w", account.Classify(fmt.Errorf("read message: %w", io.ErrUnexpectedEOF), cfg))
	tests := []struct {
		done, total int
		want        string
	}{
		{200, 1000, "the connection to imap.example.com was lost after 200 of 1,000 messages; the rest will be fetched next time"},
		{1, 1234567, "the connection to imap.example.com was lost after 1 of 1,234,567 messages; the rest will be fetched next time"},
		{0, 1, "the connection to imap.example.com was lost before the first of 1 message; they will be fetched next time"},
	}
	for _, tt := range tests {
		err := withProgress(lost, tt.done, tt.total)
		if err.Error() != tt.want {
			t.Errorf("got %q, want %q", err, tt.want)
		}
		if !errors.Is(err, account.ErrConnectionLost) || needsUser(err) {
			t.Errorf("%v: kind lost or taken for a user's problem", err)
		}
	}
	other := errors.New("imported, but the server refused MOVE: NO [TRYCREATE]")
	if withProgress(other, 1, 2) != other {
		t.Error("an error other than a lost connection was changed")
	}
}

// checkCut asserts what a run cut by the proxy reports: how many of the
// candidates are left, and the error in words with the same counts.
func checkCut(t *testing.T, e *testEnv, rep Report, host string, candidates int) {
	t.Helper()
	if rep.Err == nil || rep.Imported == 0 || rep.Imported >= candidates {
		t.Fatalf("cut run: %+v", rep)
	}
	if want := candidates - rep.Imported - rep.Duplicates; rep.Remaining != want {
		t.Errorf("remaining %d, want %d (%d candidates, %d imported)", rep.Remaining, want, candidates, rep.Imported)
	}
	want := fmt.Sprintf("the connection to %s was lost after %d of %d messages; the rest will be fetched next time", host, rep.Imported+rep.Duplicates, candidates)
	if !errors.Is(rep.Err, account.ErrConnectionLost) || rep.Err.Error() != want {
		t.Errorf("error %q (%#v), want %q", rep.Err, rep.Err, want)
	}
	if lost, ok := errors.AsType[*account.Error](rep.Err); ok {
		t.Logf("cause: %v", lost.Err)
	}
	// The run's record says the same.
	run, err := e.client.FetchRun.Query().Order(fetchrun.ByID()).All(e.ctx)
	if err != nil || len(run) == 0 {
		t.Fatal(err)
	}
	last := run[len(run)-1]
	if last.Remaining != rep.Remaining || last.Error == nil || *last.Error != want {
		t.Errorf("recorded run: remaining %d error %q", last.Remaining, ptrString(last.Error))
	}
}

// proxyPort is the port of a cutting proxy in front of addr.
func proxyPort(t *testing.T, addr string, limit int64, reset bool) int {
	_, port, _ := net.SplitHostPort(cutProxy(t, addr, limit, reset))
	var p int
	fmt.Sscan(port, &p)
	return p
}

// The in-memory server behind the cutting proxy, the connection ended
// cleanly and by a reset: no Dovecot needed.
func TestFetchConnectionCut(t *testing.T) {
	for _, reset := range []bool{false, true} {
		t.Run(fmt.Sprintf("reset=%v", reset), func(t *testing.T) {
			onStores(t, Options{BatchSize: 5}, func(t *testing.T, e *testEnv) {
				const n = 40
				body := strings.Repeat("0123456789abcdef ", 1200) // ~20 KB
				for i := range n {
					e.appendMsg("INBOX", message(fmt.Sprintf("mcut%d@x", i), fmt.Sprintf("cut %02d", i), body))
				}
				host, port, _ := net.SplitHostPort(e.addr)
				f := e.folder(func(p *FolderParams) { p.Port = ptr(proxyPort(t, e.addr, 400_000, reset)) })
				first := e.fetch(f)
				checkCut(t, e, first, host, n)
				t.Logf("cut run: %+v", first)

				var p int
				fmt.Sscan(port, &p)
				if _, err := e.svc.UpdateFolder(e.ctx, f.ID, FolderParams{Port: &p, Password: ptr(memPass)}); err != nil {
					t.Fatal(err)
				}
				second := e.fetch(f)
				if second.Err != nil || first.Imported+second.Imported != n || second.Remaining != 0 {
					t.Fatalf("second run: %+v after %+v", second, first)
				}
			})
		})
	}
}

// POP3 through the cutting proxy (STARTTLS through it) on the real Dovecot.
func TestDovecotPOP3ConnectionCut(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bob")
	const n = 40
	body := strings.Repeat("0123456789abcdef ", 1200)
	for i := range n {
		dv.Append(t, "bob", "INBOX", []byte(message(fmt.Sprintf("pcut%d@x", i), fmt.Sprintf("cut %02d", i), body)))
	}
	e := newEnv(t, Options{BatchSize: 5})
	f := dovecotFolder(e, dv, "bob", func(p *FolderParams) {
		p.Protocol, p.Port = ptr(emailfolder.ProtocolPOP3), ptr(proxyPort(t, dv.POP3Addr(), 400_000, true))
	})
	first := e.fetch(f)
	checkCut(t, e, first, dv.Host, n)
	t.Logf("cut run: %+v", first)
	if _, err := e.svc.UpdateFolder(e.ctx, f.ID, FolderParams{Port: ptr(dv.POP3Port), Password: ptr(dv.Password(t, "bob"))}); err != nil {
		t.Fatal(err)
	}
	second := e.fetch(f)
	if second.Err != nil || first.Imported+second.Imported != n || second.Duplicates != 0 || second.Remaining != 0 {
		t.Fatalf("second run: %+v after %+v", second, first)
	}
}

func ptrString(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}
