package pop3

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"strings"
	"testing"
	"time"
)

// step is one exchange with a scripted server: the command line it expects
// (empty for none) and what it answers.
type step struct{ expect, answer string }

// scripted returns a client talking over net.Pipe to a server that plays
// steps in order; the test fails on any unexpected command.
func scripted(t *testing.T, steps ...step) *Client {
	t.Helper()
	client, server := net.Pipe()
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer server.Close()
		br := bufio.NewReader(server)
		for _, s := range steps {
			if s.expect != "" {
				line, err := br.ReadString('\n')
				if err != nil {
					t.Errorf("server: waiting for %q: %v", s.expect, err)
					return
				}
				if got := strings.TrimRight(line, "\r\n"); got != s.expect {
					t.Errorf("server: got %q, want %q", got, s.expect)
					return
				}
			}
			if _, err := io.WriteString(server, s.answer); err != nil {
				t.Errorf("server: answer to %q: %v", s.expect, err)
				return
			}
		}
	}()
	t.Cleanup(func() {
		client.Close()
		<-done
	})
	client.SetDeadline(time.Now().Add(5 * time.Second))
	c, err := NewClient(client)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestRetrStreamsAndNextCommandDrains(t *testing.T) {
	t.Parallel()
	c := scripted(t,
		step{"", "+OK ready\r\n"},
		step{"RETR 1", "+OK 30 octets\r\nSubject: x\r\n\r\n..dot\r\nrest\r\n.\r\n"},
		step{"NOOP", "+OK\r\n"},
		step{"RETR 2", "+OK\r\nb\r\n.\r\n"},
		step{"QUIT", "+OK bye\r\n"},
	)
	if c.Greeting != "ready" {
		t.Errorf("Greeting = %q", c.Greeting)
	}
	body, err := c.Retr(1)
	if err != nil {
		t.Fatal(err)
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(body, head); err != nil || string(head) != "Subject:" {
		t.Fatalf("read %q, %v", head, err)
	}
	// The caller forgot Close: NOOP must still find its own answer.
	if err := c.Noop(); err != nil {
		t.Fatalf("NOOP after a half-read body: %v", err)
	}
	if _, err := body.Read(head); err == nil {
		t.Error("a drained body can still be read")
	}
	body, err = c.Retr(2)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := io.ReadAll(body)
	if string(got) != "b\r\n" {
		t.Errorf("RETR 2 = %q", got)
	}
	if err := body.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.Quit(); err != nil {
		t.Fatal(err)
	}
}

func TestErrorResponses(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		user     string
		steps    []step
		wantAuth bool
		wantCode string
		wantText string
	}{
		{"bad password", "u", []step{{"USER u", "+OK\r\n"}, {"PASS secret", "-ERR [AUTH] Authentication failed.\r\n"}}, true, "AUTH", "Authentication failed."},
		{"no code", "u", []step{{"USER u", "+OK\r\n"}, {"PASS secret", "-ERR invalid password\r\n"}}, true, "", "invalid password"},
		{"unknown user", "nobody", []step{{"USER nobody", "-ERR no such user\r\n"}}, true, "", "no such user"},
		{"mailbox locked", "u", []step{{"USER u", "+OK\r\n"}, {"PASS secret", "-ERR [IN-USE] Mailbox locked\r\n"}}, false, "IN-USE", "Mailbox locked"},
		{"temporary failure", "u", []step{{"USER u", "+OK\r\n"}, {"PASS secret", "-ERR [SYS/TEMP] try later\r\n"}}, false, "SYS/TEMP", "try later"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			c := scripted(t, append([]step{{"", "+OK hi\r\n"}}, tc.steps...)...)
			err := c.Auth(tc.user, "secret")
			var perr *Error
			if !errors.As(err, &perr) {
				t.Fatalf("err = %v, want *Error", err)
			}
			if errors.Is(err, ErrAuthFailed) != tc.wantAuth || perr.Code != tc.wantCode || perr.Text != tc.wantText {
				t.Fatalf("err = %#v (auth failure %v), want code %q text %q auth failure %v",
					perr, errors.Is(err, ErrAuthFailed), tc.wantCode, tc.wantText, tc.wantAuth)
			}
			if strings.Contains(err.Error(), "secret") {
				t.Fatalf("the error shows the password: %v", err)
			}
		})
	}
}

func TestAuthRefusesLineBreaks(t *testing.T) {
	t.Parallel()
	c := scripted(t, step{"", "+OK\r\n"})
	if err := c.Auth("u\r\nDELE 1", "p"); err == nil {
		t.Fatal("a user name with CRLF was sent")
	}
}

// A server (or a man in the middle) that sends data right after +OK to STLS
// would have it read as if it came over TLS.
func TestStartTLSRefusesInjectedData(t *testing.T) {
	t.Parallel()
	c := scripted(t,
		step{"", "+OK\r\n"},
		step{"STLS", "+OK begin TLS\r\n+OK injected\r\n"},
	)
	err := c.StartTLS(nil)
	if err == nil || !strings.Contains(err.Error(), "before the TLS handshake") {
		t.Fatalf("err = %v, want refusal of the injected data", err)
	}
}

func TestMalformedAnswers(t *testing.T) {
	t.Parallel()
	c := scripted(t,
		step{"", "+OK\r\n"},
		step{"STAT", "+OK many\r\n"},
		step{"UIDL", "+OK\r\n1\r\n.\r\n"},
		step{"NOOP", "* OK imap?\r\n"},
	)
	if _, _, err := c.Stat(); err == nil {
		t.Error("STAT accepted a malformed answer")
	}
	if _, err := c.UIDL(); err == nil {
		t.Error("UIDL accepted a line without id")
	}
	if err := c.Noop(); err == nil || !strings.Contains(err.Error(), "unexpected answer") {
		t.Errorf("NOOP: %v, want unexpected answer", err)
	}
}

// replayConn is a net.Conn that plays back a server's bytes and discards
// what the client writes.
type replayConn struct {
	io.Reader
}

func (replayConn) Write(p []byte) (int, error)        { return len(p), nil }
func (replayConn) Close() error                       { return nil }
func (replayConn) LocalAddr() net.Addr                { return &net.TCPAddr{} }
func (replayConn) RemoteAddr() net.Addr               { return &net.TCPAddr{} }
func (replayConn) SetDeadline(t time.Time) error      { return nil }
func (replayConn) SetReadDeadline(t time.Time) error  { return nil }
func (replayConn) SetWriteDeadline(t time.Time) error { return nil }

// Whatever a server answers, the client returns errors, never panics or
// loops.
func FuzzServerAnswers(f *testing.F) {
	f.Add([]byte("+OK hi\r\n+OK\r\nUSER\r\n.\r\n+OK 2 10\r\n+OK\r\n1 a\r\n2 b\r\n.\r\n+OK\r\n1 5\r\n.\r\n+OK\r\n..x\r\n.\r\n+OK\r\n"))
	f.Add([]byte("+OK\r\n-ERR [SYS/TEMP] no\r\n-ERR\r\n+OK x y\r\n"))
	f.Add([]byte("+OK\r\n+OK\r\n.\r\n+OK\r\n+OK\r\n1\r\n.\r\n+OK\r\nx"))
	f.Fuzz(func(t *testing.T, answers []byte) {
		c, err := NewClient(replayConn{bytes.NewReader(answers)})
		if err != nil {
			return
		}
		c.Capabilities()
		c.Stat()
		c.UIDL()
		c.List()
		if body, err := c.Retr(1); err == nil {
			io.Copy(io.Discard, body)
			body.Close()
		}
		c.Auth("u", "p")
		c.Noop()
		c.Quit()
	})
}
