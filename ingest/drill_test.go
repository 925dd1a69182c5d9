package ingest

import (
	"errors"
	"fmt"
	"io"
	"math"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/internal/dovecottest"
	"mailroom/internal/pgtest"
	"mailroom/internal/testenv"
	"mailroom/mail/account"
)

// drillMailbox fills user's INBOX with n messages of about kb KB.
func drillMailbox(t *testing.T, dv *dovecottest.Server, user string, n, kb int, tag string) {
	t.Helper()
	dv.ResetUser(t, user)
	body := strings.Repeat("drill text that fills the message body. ", kb*25)
	for i := range n {
		dv.Append(t, user, "INBOX", []byte(message(fmt.Sprintf("%s-%d@x", tag, i), fmt.Sprintf("%s %04d", tag, i), body)))
	}
}

// checkExactlyOnce: every one of the n messages is in the folder once, by
// Message-ID and by content hash, and all are \Seen on the server.
func checkExactlyOnce(t *testing.T, e *testEnv, f *ent.EmailFolder, dv *dovecottest.Server, user string, n int) {
	t.Helper()
	emails := e.client.EmailFolder.QueryEmails(f).AllX(e.ctx)
	ids, sums := map[string]int{}, map[string]int{}
	for _, m := range emails {
		ids[m.MessageID]++
		sums[m.RawSha256]++
	}
	if len(emails) != n || len(ids) != n || len(sums) != n {
		t.Fatalf("%d emails, %d Message-IDs, %d contents; want %d of each", len(emails), len(ids), len(sums), n)
	}
	unseen := 0
	for _, fl := range dovecotFlags(t, dv, user) {
		if !hasFlag(fl, imap.FlagSeen) {
			unseen++
		}
	}
	if unseen != 0 {
		t.Fatalf("%d messages not \\Seen on the server", unseen)
	}
}

// checkInterrupted: a run stopped by a fault kept its counts straight and
// said so in words.
func checkInterrupted(t *testing.T, rep Report, before, n int, host string) {
	t.Helper()
	if want := n - before - rep.Imported - rep.Duplicates; rep.Remaining != want {
		t.Errorf("remaining %d, want %d (%d of %d already imported, %d now)", rep.Remaining, want, before, n, rep.Imported)
	}
	msg := rep.Err.Error()
	if !errors.Is(rep.Err, account.ErrConnectionLost) && !errors.Is(rep.Err, account.ErrConnRefused) {
		t.Errorf("error not told as a lost connection: %q", msg)
	}
	if !strings.Contains(msg, host) || !strings.Contains(msg, "next time") || strings.Contains(msg, "read tcp") {
		t.Errorf("error not in words: %q", msg)
	}
}

// TestDrillConnectionCuts cuts the connection to Dovecot after a random
// number of bytes, fetch after fetch (20 cuts of a 1,000-message fetch in
// `make drills`, 3 of 200 in `make test`); then a fetch over an intact
// connection completes with every message exactly once.
func TestDrillConnectionCuts(t *testing.T) {
	d := testenv.NewDrill(t, 3, 20)
	n := 200
	if d.Full {
		n = 1000
	}
	dv := dovecottest.Shared(t)
	drillMailbox(t, dv, "bench", n, 2, "cut")
	const perMessage = 2600 // bytes on the wire, about
	var mu sync.Mutex
	limit := int64(math.MaxInt64)
	proxy := cutProxyEach(t, dv.IMAPSAddr(), func() int64 {
		mu.Lock()
		defer mu.Unlock()
		return limit
	}, d.Rand.IntN(2) == 0)
	_, port, _ := net.SplitHostPort(proxy)
	var p int
	fmt.Sscan(port, &p)
	e := newEnv(t, Options{BatchSize: 50})
	f := dovecotFolder(e, dv, "bench", func(fp *FolderParams) {
		fp.Port, fp.SocketFactoryFallback, fp.EmailsLimit = &p, ptr(false), ptr(n)
	})
	cuts := 0
	for round := 0; round < d.Rounds; round++ {
		before := e.emailCount(f)
		if before == n {
			break
		}
		mu.Lock()
		// Spread over the rounds left, so that each round still has mail to cut.
		limit = 8<<10 + d.Rand.Int64N(max(1, int64(n-before)*perMessage/int64(d.Rounds-round)))
		mu.Unlock()
		rep := e.fetch(f)
		t.Logf("round %d: cut after %d bytes: imported %d, remaining %d, %v", round, limit, rep.Imported, rep.Remaining, rep.Err)
		if rep.Err == nil {
			continue // the cut came after the run
		}
		cuts++
		checkInterrupted(t, rep, before, n, dv.Host)
		if rep.Duplicates != 0 {
			t.Errorf("round %d: %d duplicates", round, rep.Duplicates)
		}
	}
	mu.Lock()
	limit = math.MaxInt64
	mu.Unlock()
	rep := e.fetch(f)
	if rep.Err != nil || rep.Remaining != 0 || rep.Duplicates != 0 {
		t.Fatalf("intact run: %+v", rep)
	}
	checkExactlyOnce(t, e, f, dv, "bench", n)
	if cuts == 0 {
		t.Fatal("no round was cut mid-fetch")
	}
	t.Logf("%d of %d rounds cut mid-fetch", cuts, d.Rounds)
}

// TestDrillDovecotRestarts restarts Dovecot in the middle of a fetch (3
// times of a 1,000-message fetch in `make drills`, once of 300 in `make
// test`); the next fetch completes with every message exactly once. A
// counting proxy in front of Dovecot times the restart: once a random number
// of bytes has passed, it holds the stream while Dovecot is stopped, so the
// stop falls mid-transfer, then passes on what Dovecot had sent.
func TestDrillDovecotRestarts(t *testing.T) {
	d := testenv.NewDrill(t, 1, 3)
	n := 300
	if d.Full {
		n = 1000
	}
	dv := dovecottest.Start(t)
	// 64 KB each: what is left after the stop is more than the kernel's
	// socket buffers hold, which a killed server's last writes still reach.
	drillMailbox(t, dv, "bench", n, 64, "restart")
	const perMessage = 64<<10 + 600
	var mu sync.Mutex
	stopAt := int64(math.MaxInt64)
	proxy := serveLoopback(t, func(c net.Conn) {
		defer c.Close()
		s, err := net.Dial("tcp", dv.IMAPSAddr())
		if err != nil {
			return
		}
		defer s.Close()
		go io.Copy(s, c)
		mu.Lock()
		at := stopAt
		mu.Unlock()
		var sent int64
		buf := make([]byte, 8192)
		for {
			k, err := s.Read(buf)
			if k > 0 {
				if sent += int64(k); sent > at {
					dv.Down(t)
					at = math.MaxInt64
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
	_, port, _ := net.SplitHostPort(proxy)
	var p int
	fmt.Sscan(port, &p)
	e := newEnv(t, Options{BatchSize: 20})
	f := dovecotFolder(e, dv, "bench", func(fp *FolderParams) {
		fp.Port, fp.SocketFactoryFallback, fp.EmailsLimit = &p, ptr(false), ptr(n)
	})
	stopped := 0
	for round := 0; round < d.Rounds; round++ {
		before := e.emailCount(f)
		mu.Lock()
		stopAt = 8<<10 + d.Rand.Int64N(int64(n-before)*perMessage/2)
		mu.Unlock()
		rep := e.fetch(f)
		t.Logf("round %d: Dovecot stopped after %d bytes: imported %d, remaining %d, %v", round, stopAt, rep.Imported, rep.Remaining, rep.Err)
		if rep.Err != nil {
			stopped++
			checkInterrupted(t, rep, before, n, dv.Host)
		}
		dv.Up(t)
	}
	if stopped == 0 {
		t.Fatal("no fetch was stopped by the restart")
	}
	mu.Lock()
	stopAt = math.MaxInt64
	mu.Unlock()
	var rep Report
	for range 3 { // Dovecot may still refuse the first login after its start
		if rep = e.fetch(f); rep.Err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	if rep.Err != nil || rep.Remaining != 0 || rep.Duplicates != 0 {
		t.Fatalf("after the restarts: %+v", rep)
	}
	checkExactlyOnce(t, e, f, dv, "bench", n)
}

// TestDrillPostgresRestarts restarts PostgreSQL while a fetch is writing to
// it (1 time in make test, 3 in make drills): the run ends with an error
// instead of hanging, nothing it reported as imported is lost, and the next
// runs on the same service reconnect and complete, each message once.
func TestDrillPostgresRestarts(t *testing.T) {
	d := testenv.NewDrill(t, 1, 3)
	n := 300
	if d.Full {
		n = 1000
	}
	pg := pgtest.Start(t)
	dv := dovecottest.Start(t)
	drillMailbox(t, dv, "bench", n, 8, "pgrestart")
	e := newEnvOn(t, pg.NewDatabase(t), Options{BatchSize: 20})
	f := dovecotFolder(e, dv, "bench", func(fp *FolderParams) { fp.EmailsLimit = ptr(n) })
	interrupted := 0
	for round := 0; round < d.Rounds; round++ {
		before := e.emailCount(f)
		if before >= n {
			break
		}
		at := before + 1 + d.Rand.IntN(max(1, (n-before)/2))
		done := make(chan Report, 1)
		go func() { done <- e.fetch(f) }()
		var rep Report
		restarted := false
	wait:
		for {
			select {
			case rep = <-done:
				break wait
			case <-time.After(20 * time.Millisecond):
				if !restarted {
					if c, err := e.client.Email.Query().Where(email.FolderID(f.ID)).Count(e.ctx); err == nil && c >= at {
						pg.Restart(t)
						restarted = true
					}
				}
			case <-time.After(2 * time.Minute):
				t.Fatalf("round %d: the fetch did not end after PostgreSQL restarted", round)
			}
		}
		t.Logf("round %d: PostgreSQL restarted at %d emails (restarted %v): imported %d, remaining %d, %v",
			round, at, restarted, rep.Imported, rep.Remaining, rep.Err)
		if rep.Err != nil {
			interrupted++
			// In words, with counts that add up, never the driver's text.
			msg := rep.Err.Error()
			if want := n - before - rep.Imported - rep.Duplicates; rep.Remaining != want {
				t.Errorf("round %d: remaining %d, want %d", round, rep.Remaining, want)
			}
			prefix := "the messages could not be stored (the connection to the database was lost) "
			if !strings.HasPrefix(msg, prefix) || !strings.HasSuffix(msg, " will be fetched next time") ||
				strings.Contains(msg, "SQLSTATE") {
				t.Errorf("round %d: error %q, want it to start %q and say what happens next", round, msg, prefix)
			}
		}
		if got := e.emailCount(f); got < before+rep.Imported {
			t.Fatalf("round %d: %d emails stored, but %d were before and the run reported %d imported", round, got, before, rep.Imported)
		}
	}
	if interrupted == 0 {
		t.Fatal("no fetch was interrupted by the restart")
	}
	var rep Report
	for range 5 { // the pool's first connections after the restart may still be the dead ones
		if rep = e.fetch(f); rep.Err == nil && rep.Remaining == 0 {
			break
		}
		time.Sleep(500 * time.Millisecond)
	}
	if rep.Err != nil || rep.Remaining != 0 {
		t.Fatalf("after the restarts: %+v", rep)
	}
	checkExactlyOnce(t, e, f, dv, "bench", n)
}
