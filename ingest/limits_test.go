package ingest

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/ent/emailfolder"
	"mailroom/ent/ledgerentry"
)

// A message over the maximum size is recorded as FAILED with the reason,
// stored nowhere, not fetched again, left untouched on the server, and the
// others are imported around it.
func TestOversizedIMAPMessageRefused(t *testing.T) {
	e := newEnv(t, Options{MaxMessageSize: 4000})
	big := message("big@x", "too big", strings.Repeat("0123456789 ", 600)) // ~6.6 KB
	e.appendMsg("INBOX", message("a@x", "before", "small"))
	e.appendMsg("INBOX", big)
	e.appendMsg("INBOX", message("c@x", "after", "small"))
	f := e.folder(nil)

	rep := e.fetch(f)
	if rep.Err != nil || rep.Imported != 2 || rep.Failed != 1 || rep.Remaining != 0 {
		t.Fatalf("first run: %+v", rep)
	}
	if len(rep.Failures) != 1 || rep.Failures[0].ServerUID != "2" ||
		!strings.Contains(rep.Failures[0].Reason, "larger than the 4000 bytes this server accepts") {
		t.Fatalf("failures: %+v", rep.Failures)
	}
	run := e.client.FetchRun.Query().OnlyX(e.ctx)
	if len(run.Failures) != 1 || run.Failures[0].Reason != rep.Failures[0].Reason {
		t.Errorf("the fetch run's failures: %+v", run.Failures)
	}
	entry := e.client.LedgerEntry.Query().Where(ledgerentry.ServerUID("2")).OnlyX(e.ctx)
	if entry.Outcome != ledgerentry.OutcomeFAILED || entry.Error != rep.Failures[0].Reason || entry.EmailID != nil {
		t.Errorf("ledger: %+v", entry)
	}
	sum := sha256.Sum256([]byte(big))
	if _, err := os.Stat(e.blobs.Path(hex.EncodeToString(sum[:]))); err == nil {
		t.Error("the refused message is in the blob store")
	}
	if hasFlag(e.flags("INBOX")[2], imap.FlagSeen) {
		t.Error("the refused message was marked seen on the server")
	}

	e.appendMsg("INBOX", message("d@x", "later", "small"))
	rep = e.fetch(f)
	if rep.Err != nil || rep.Imported != 1 || rep.Failed != 0 {
		t.Fatalf("second run fetched the refused message again: %+v", rep)
	}
	if n := e.emailCount(f); n != 3 {
		t.Errorf("%d emails, want 3", n)
	}
}

// pop3Hostile is a scripted POP3 server whose message 1 never ends (and
// whose LIST says it is small); message 2 is fine.
func pop3Hostile(t *testing.T, second string) (addr string, retrieved chan int, deleted chan string) {
	t.Helper()
	retrieved, deleted = make(chan int, 10), make(chan string, 10)
	addr = scriptedServer(t, "+OK hostile\r\n", func(conn net.Conn, line string) bool {
		switch cmd := strings.Fields(line); strings.ToUpper(cmd[0]) {
		case "CAPA":
			fmt.Fprint(conn, "-ERR no\r\n")
		case "USER", "PASS", "NOOP":
			fmt.Fprint(conn, "+OK\r\n")
		case "UIDL":
			fmt.Fprint(conn, "+OK\r\n1 endless\r\n2 fine\r\n.\r\n")
		case "LIST":
			fmt.Fprint(conn, "+OK\r\n1 100\r\n2 100\r\n.\r\n")
		case "RETR":
			if cmd[1] == "1" {
				retrieved <- 1
				fmt.Fprint(conn, "+OK\r\nSubject: endless\r\n\r\n")
				writeForever(conn) // one line without end
				return false
			}
			retrieved <- 2
			fmt.Fprint(conn, "+OK\r\n"+second+".\r\n")
		case "DELE":
			deleted <- cmd[1]
			fmt.Fprint(conn, "+OK\r\n")
		case "QUIT":
			fmt.Fprint(conn, "+OK\r\n")
			return false
		default:
			fmt.Fprint(conn, "-ERR unknown\r\n")
		}
		return true
	})
	return addr, retrieved, deleted
}

// A POP3 server that streams a message without end (under a small LIST
// size) is cut off at the maximum size: the message is FAILED in the ledger,
// nothing of it is kept, and the next run goes past it.
func TestEndlessPOP3MessageCutOff(t *testing.T) {
	e := newEnv(t, Options{MaxMessageSize: 1 << 20})
	addr, retrieved, deleted := pop3Hostile(t, message("fine@x", "fine", "hello"))
	host, port, _ := net.SplitHostPort(addr)
	var p int
	fmt.Sscan(port, &p)
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, FolderParams{Title: ptr("hostile"), Email: ptr("a@example.com"),
		Password: ptr("pw"), Protocol: ptr(emailfolder.ProtocolPOP3), Host: &host, Port: &p,
		StartTLS: ptr(false), AllowInsecureAuth: ptr(true), AfterImport: ptr(emailfolder.AfterImportDELETE)})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep := e.fetch(f)
	if rep.Err == nil || !strings.Contains(rep.Err.Error(), "larger than the 1 MB this server accepts") ||
		rep.Failed != 1 || rep.Imported != 0 {
		t.Fatalf("first run: %+v", rep)
	}
	t.Logf("cut off after %s: %v", time.Since(start).Round(time.Millisecond), rep.Err)
	if e.client.LedgerEntry.Query().Where(ledgerentry.ServerUID("endless"), ledgerentry.OutcomeEQ(ledgerentry.OutcomeFAILED)).CountX(e.ctx) != 1 {
		t.Error("no FAILED ledger entry for the endless message")
	}
	if n, _ := e.client.Email.Query().Count(e.ctx); n != 0 {
		t.Errorf("%d emails stored from a cut-off message", n)
	}
	<-retrieved
	rep = e.fetch(f)
	if rep.Err != nil || rep.Imported != 1 || rep.Failed != 0 {
		t.Fatalf("second run: %+v", rep)
	}
	if got := <-retrieved; got != 2 {
		t.Errorf("second run retrieved message %d", got)
	}
	select {
	case n := <-retrieved:
		t.Errorf("message %d retrieved again", n)
	default:
	}
	if got := strings.Join(drain(deleted), ","); got != "2" {
		t.Errorf("deleted %q on the server, want only message 2", got)
	}
}

func drain(ch chan string) []string {
	var out []string
	for {
		select {
		case s := <-ch:
			out = append(out, s)
		default:
			return out
		}
	}
}

// imapLiar is a scripted IMAP server that announces message 1 as small
// (RFC822.SIZE) and then sends it as a literal of a gigabyte, forever.
func imapLiar(t *testing.T, second string) string {
	t.Helper()
	return scriptedServer(t, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] liar ready\r\n", func(conn net.Conn, line string) bool {
		f := strings.Fields(line)
		if len(f) < 2 {
			return false
		}
		tag, cmd := f[0], strings.ToUpper(f[1])
		if cmd == "UID" && len(f) > 2 {
			cmd += " " + strings.ToUpper(f[2])
		}
		switch {
		case cmd == "CAPABILITY":
			fmt.Fprintf(conn, "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n%s OK done\r\n", tag)
		case cmd == "SELECT" || cmd == "EXAMINE":
			fmt.Fprintf(conn, "* 2 EXISTS\r\n* OK [UIDVALIDITY 7] v\r\n* OK [UIDNEXT 3] n\r\n%s OK [READ-WRITE] done\r\n", tag)
		case cmd == "UID SEARCH":
			fmt.Fprintf(conn, "* SEARCH 1 2\r\n%s OK done\r\n", tag)
		case cmd == "UID FETCH" && strings.Contains(line, "RFC822.SIZE"):
			for _, uid := range strings.Split(f[3], ",") {
				if strings.Contains(uid, ":") { // 1:2
					fmt.Fprint(conn, "* 1 FETCH (UID 1 RFC822.SIZE 100)\r\n* 2 FETCH (UID 2 RFC822.SIZE 100)\r\n")
					continue
				}
				fmt.Fprintf(conn, "* %s FETCH (UID %s RFC822.SIZE 100)\r\n", uid, uid)
			}
			fmt.Fprintf(conn, "%s OK done\r\n", tag)
		case cmd == "UID FETCH" && strings.HasPrefix(f[3], "1"):
			fmt.Fprint(conn, "* 1 FETCH (UID 1 BODY[] {1000000000}\r\n")
			writeForever(conn)
			return false
		case cmd == "UID FETCH":
			fmt.Fprintf(conn, "* 2 FETCH (UID 2 BODY[] {%d}\r\n%s)\r\n%s OK done\r\n", len(second), second, tag)
		case cmd == "LOGOUT":
			fmt.Fprintf(conn, "* BYE bye\r\n%s OK done\r\n", tag)
			return false
		default: // LOGIN, UID STORE, NOOP
			fmt.Fprintf(conn, "%s OK done\r\n", tag)
		}
		return true
	})
}

// serveLoopback accepts connections on 127.0.0.1 until the test ends and
// handles each in a goroutine of its own; it returns the address.
func serveLoopback(t *testing.T, handle func(net.Conn)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go handle(conn)
		}
	}()
	return ln.Addr().String()
}

// scriptedServer is a line-protocol server: it greets, then answers each
// line the client sends until answer returns false or 20 s have passed.
func scriptedServer(t *testing.T, greeting string, answer func(conn net.Conn, line string) bool) string {
	t.Helper()
	return serveLoopback(t, func(conn net.Conn) {
		defer conn.Close()
		conn.SetDeadline(time.Now().Add(20 * time.Second))
		br := bufio.NewReader(conn)
		fmt.Fprint(conn, greeting)
		for {
			line, err := br.ReadString('\n')
			if err != nil || !answer(conn, line) {
				return
			}
		}
	})
}

// writeForever sends bytes without a line end until the client goes.
func writeForever(conn net.Conn) {
	chunk := strings.Repeat("x", 8192)
	for {
		if _, err := io.WriteString(conn, chunk); err != nil {
			return
		}
	}
}

// A server that announces a small message and then sends a literal larger
// than the maximum: the literal is not read, the message is FAILED in the
// ledger, and the next run imports the rest.
func TestIMAPLiteralLargerThanAnnounced(t *testing.T) {
	e := newEnv(t, Options{MaxMessageSize: 1 << 20})
	addr := imapLiar(t, message("fine@x", "fine", "hello"))
	host, port, _ := net.SplitHostPort(addr)
	var p int
	fmt.Sscan(port, &p)
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, FolderParams{Title: ptr("liar"), Email: ptr("a@example.com"),
		Password: ptr("pw"), Protocol: ptr(emailfolder.ProtocolIMAP), Host: &host, Port: &p,
		StartTLS: ptr(false), AllowInsecureAuth: ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	rep := e.fetch(f)
	if rep.Err == nil || !strings.Contains(rep.Err.Error(), "larger than") || rep.Failed != 1 || rep.Imported != 0 {
		t.Fatalf("first run: %+v", rep)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the run took %s: it read the literal", d)
	}
	if e.client.LedgerEntry.Query().Where(ledgerentry.ServerUID("1"), ledgerentry.OutcomeEQ(ledgerentry.OutcomeFAILED)).CountX(e.ctx) != 1 {
		t.Error("no FAILED ledger entry for the oversized literal")
	}
	rep = e.fetch(f)
	if rep.Err != nil || rep.Imported != 1 || rep.Failed != 0 {
		t.Fatalf("second run: %+v", rep)
	}
}
