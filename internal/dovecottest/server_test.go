package dovecottest

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
)

func TestMain(m *testing.M) { Main(m) }

const testMessage = "From: a@example.com\r\nTo: bench@example.com\r\nSubject: hello\r\nMessage-ID: <1@example.com>\r\n\r\nbody\r\n"

func TestSharedIsOneServer(t *testing.T) {
	t.Parallel()
	a, b := Shared(t), Shared(t)
	if a != b {
		t.Fatal("Shared returned two servers")
	}
	for _, addr := range []string{a.IMAPAddr(), a.IMAPSAddr(), a.POP3Addr()} {
		conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			t.Fatalf("dial %s: %v", addr, err)
		}
		conn.Close()
	}
	if !strings.Contains(string(a.CertPEM), "BEGIN CERTIFICATE") {
		t.Fatalf("CertPEM is not a certificate: %q", a.CertPEM)
	}
}

func TestAppendAndResetUser(t *testing.T) {
	t.Parallel()
	s := Shared(t)
	s.ResetUser(t, "bench")
	if uid := s.Append(t, "bench", "INBOX", []byte(testMessage)); uid == 0 {
		t.Error("Append returned no UID")
	}
	s.Append(t, "bench", "INBOX", []byte(testMessage), imap.FlagSeen)
	s.Append(t, "bench", "Archive/2024", []byte(testMessage))

	c := s.Login(t, "bench")
	status, err := c.Status("INBOX", &imap.StatusOptions{NumMessages: true, NumUnseen: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if *status.NumMessages != 2 || *status.NumUnseen != 1 {
		t.Fatalf("INBOX has %d messages, %d unseen; want 2, 1", *status.NumMessages, *status.NumUnseen)
	}

	s.ResetUser(t, "bench")
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 1 || list[0].Mailbox != "INBOX" {
		var names []string
		for _, l := range list {
			names = append(names, l.Mailbox)
		}
		t.Fatalf("mailboxes after reset: %v, want only INBOX", names)
	}
	status, err = c.Status("INBOX", &imap.StatusOptions{NumMessages: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if *status.NumMessages != 0 {
		t.Fatalf("INBOX has %d messages after reset", *status.NumMessages)
	}
}

func TestStartIsPrivateAndStopped(t *testing.T) {
	t.Parallel()
	var s *Server
	t.Run("run", func(t *testing.T) {
		s = Start(t)
		if shared := Shared(t); s.IMAPSPort == shared.IMAPSPort || s.Dir == shared.Dir {
			t.Fatal("Start reused the shared server")
		}
		s.Append(t, "alice", "INBOX", []byte(testMessage))
	})
	if s == nil {
		t.Skip("server not started")
	}
	if conn, err := net.DialTimeout("tcp", s.IMAPSAddr(), time.Second); err == nil {
		conn.Close()
		t.Error("Dovecot still listens after the test's cleanup")
	}
	if _, err := os.Stat(s.Dir); !os.IsNotExist(err) {
		t.Errorf("directory %s not removed: %v", s.Dir, err)
	}
}

func TestUsers(t *testing.T) {
	t.Parallel()
	s := Shared(t)
	u := s.Users()
	if len(u) != 3 || u["alice"] != "alicepass" || s.Password(t, "bob") != "bobpass" {
		t.Fatalf("Users() = %v", u)
	}
	u["alice"] = "changed"
	if s.Password(t, "alice") != "alicepass" {
		t.Fatal("Users() exposes the package's map")
	}
}

func TestScriptsDirFromEnvironment(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("MAILROOM_SHARED", dir)
	if _, err := scriptsDir(); err == nil {
		t.Fatal("scriptsDir accepted a directory without scripts")
	}
	if err := os.MkdirAll(filepath.Join(dir, "scripts"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"dovecot-up.sh", "dovecot-down.sh"} {
		if err := os.WriteFile(filepath.Join(dir, "scripts", name), nil, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	got, err := scriptsDir()
	if err != nil || got != filepath.Join(dir, "scripts") {
		t.Fatalf("scriptsDir() = %q, %v", got, err)
	}
}
