package pop3

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	"mailroom/internal/dovecottest"
)

func TestMain(m *testing.M) { dovecottest.Main(m) }

// messages exercise the dot-stuffing: lines starting with dots, a line that
// is a single dot, and a line longer than the 4 KiB read buffer.
func messages() [][]byte {
	return [][]byte{
		[]byte("From: a@example.com\r\nTo: alice@example.com\r\nSubject: one\r\nMessage-ID: <1@example.com>\r\n\r\nHello.\r\n"),
		[]byte("From: a@example.com\r\nSubject: dots\r\nMessage-ID: <2@example.com>\r\n\r\n.leading dot\r\n..two dots\r\nline\r\n.\r\nafter a lone dot\r\n...\r\n"),
		[]byte("From: a@example.com\r\nSubject: long\r\nMessage-ID: <3@example.com>\r\n\r\n" +
			strings.Repeat("x", 10000) + "\r\n." + strings.Repeat("y", 5000) + "\r\nend\r\n"),
	}
}

// dial opens a POP3 session on the plain port, upgrades it with STLS and
// logs in as user.
func dial(t *testing.T, s *dovecottest.Server, user, pass string) (*Client, error) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", s.POP3Addr(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	conn.SetDeadline(time.Now().Add(10 * time.Second))
	c, err := NewClient(conn)
	if err != nil {
		conn.Close()
		t.Fatalf("greeting: %v", err)
	}
	t.Cleanup(func() { c.Close() })
	c.SetTimeout(10 * time.Second)
	caps, err := c.Capabilities()
	if err != nil {
		t.Fatalf("CAPA: %v", err)
	}
	if _, ok := caps["STLS"]; !ok {
		t.Fatalf("Dovecot offers no STLS: %v", caps)
	}
	if err := c.StartTLS(s.TLSConfig()); err != nil {
		t.Fatalf("STLS: %v", err)
	}
	if _, ok := c.TLSConnectionState(); !ok {
		t.Fatal("no TLS after StartTLS")
	}
	caps, err = c.Capabilities()
	if err != nil {
		t.Fatalf("CAPA after STLS: %v", err)
	}
	if _, ok := caps["STLS"]; ok {
		t.Error("STLS still offered after TLS")
	}
	return c, c.Auth(user, pass)
}

func mustDial(t *testing.T, s *dovecottest.Server, user string) *Client {
	t.Helper()
	c, err := dial(t, s, user, s.Password(t, user))
	if err != nil {
		t.Fatalf("login %s: %v", user, err)
	}
	return c
}

func TestSessionWithDovecot(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	s.ResetUser(t, "alice")
	msgs := messages()
	for _, m := range msgs {
		s.Append(t, "alice", "INBOX", m)
	}

	c := mustDial(t, s, "alice")
	count, size, err := c.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if count != len(msgs) {
		t.Fatalf("STAT count = %d, want %d", count, len(msgs))
	}
	sizes, err := c.List()
	if err != nil {
		t.Fatal(err)
	}
	var total int64
	for _, ms := range sizes {
		total += ms.Size
	}
	if len(sizes) != len(msgs) || total != size {
		t.Fatalf("LIST = %v (total %d), STAT size %d", sizes, total, size)
	}
	uids, err := c.UIDL()
	if err != nil {
		t.Fatal(err)
	}
	if len(uids) != len(msgs) {
		t.Fatalf("UIDL = %v", uids)
	}
	seen := map[string]bool{}
	for i, id := range uids {
		if id.Num != i+1 || id.UID == "" || seen[id.UID] {
			t.Fatalf("UIDL = %v: want numbers 1..n and distinct ids", uids)
		}
		seen[id.UID] = true
	}

	for i, want := range msgs {
		body, err := c.Retr(i + 1)
		if err != nil {
			t.Fatalf("RETR %d: %v", i+1, err)
		}
		got, err := io.ReadAll(body)
		if err != nil {
			t.Fatalf("RETR %d: %v", i+1, err)
		}
		if err := body.Close(); err != nil {
			t.Fatalf("close RETR %d: %v", i+1, err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("RETR %d:\n got %q\nwant %q", i+1, short(got), short(want))
		}
		if int64(len(got)) != sizes[i].Size {
			t.Errorf("RETR %d is %d bytes, LIST said %d", i+1, len(got), sizes[i].Size)
		}
	}
	if err := c.Noop(); err != nil {
		t.Fatalf("NOOP after the bodies: %v", err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}

	// UIDL is what POP3 import dedupes on: it must not change between sessions.
	c2 := mustDial(t, s, "alice")
	uids2, err := c2.UIDL()
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(uids2) != fmt.Sprint(uids) {
		t.Fatalf("UIDL changed between sessions: %v then %v", uids, uids2)
	}
	c2.Quit()
}

func TestDeleteIsCommittedByQuitOnly(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	s.ResetUser(t, "bob")
	for _, m := range messages()[:2] {
		s.Append(t, "bob", "INBOX", m)
	}

	c := mustDial(t, s, "bob")
	before, err := c.UIDL()
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Dele(1); err != nil {
		t.Fatal(err)
	}
	if n, _, _ := c.Stat(); n != 1 {
		t.Fatalf("STAT after DELE = %d messages, want 1", n)
	}
	c.Close() // no QUIT: the server must keep the message

	c = mustDial(t, s, "bob")
	if n, _, _ := c.Stat(); n != 2 {
		t.Fatalf("after a session closed without QUIT, STAT = %d messages, want 2", n)
	}
	if err := c.Dele(1); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}

	c = mustDial(t, s, "bob")
	after, err := c.UIDL()
	if err != nil {
		t.Fatal(err)
	}
	if len(after) != 1 || after[0].UID != before[1].UID {
		t.Fatalf("after DELE 1 + QUIT: UIDL = %v, want only %q", after, before[1].UID)
	}
	c.Quit()
}

// On a private Dovecot: after a failed login Dovecot delays every login from
// the same address, which would slow the shared one.
func TestWrongPasswordWithDovecot(t *testing.T) {
	t.Parallel()
	s := dovecottest.Start(t)
	_, err := dial(t, s, "alice", "wrong-secret")
	if !errors.Is(err, ErrAuthFailed) {
		t.Fatalf("err = %v, want ErrAuthFailed", err)
	}
	var perr *Error
	if !errors.As(err, &perr) || perr.Command != "PASS" || perr.Text == "" {
		t.Fatalf("err = %#v, want a *Error for PASS with the server's text", err)
	}
	if strings.Contains(err.Error(), "wrong-secret") {
		t.Fatalf("the error shows the password: %v", err)
	}
}

func short(b []byte) string {
	if len(b) > 200 {
		return string(b[:100]) + "..." + string(b[len(b)-100:])
	}
	return string(b)
}
