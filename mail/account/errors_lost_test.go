package account

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"
)

// A session whose connection breaks is ErrConnectionLost, told in words that
// name the host and no socket addresses; a failed connecting step is not.
func TestClassifyConnectionLost(t *testing.T) {
	t.Parallel()
	cfg := Config{Protocol: IMAPS, Host: "imap.example.com", Port: 993}
	reset := &net.OpError{Op: "read", Net: "tcp",
		Source: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 50122},
		Addr:   &net.TCPAddr{IP: net.IPv4(127, 0, 0, 1), Port: 993},
		Err:    &os.SyscallError{Syscall: "read", Err: syscall.ECONNRESET}}
	lost := []struct {
		name string
		err  error
	}{
		{"reset", fmt.Errorf("read message: %w", reset)},
		{"reset as go-imap text", errors.New("in response: cannot read tag: read tcp 127.0.0.1:50122->127.0.0.1:993: read: connection reset by peer")},
		{"closed mid-literal", fmt.Errorf("read message: %w", io.ErrUnexpectedEOF)},
		{"closed after an answer", fmt.Errorf("pop3: RETR: %w", io.EOF)},
		{"EOF as text", errors.New("in response: EOF")},
		{"broken pipe", &net.OpError{Op: "write", Net: "tcp", Err: &os.SyscallError{Syscall: "write", Err: syscall.EPIPE}}},
		{"closed under us", fmt.Errorf("fetch: %w", net.ErrClosed)},
	}
	for _, tc := range lost {
		t.Run(tc.name, func(t *testing.T) {
			got := Classify(tc.err, cfg)
			if !errors.Is(got, ErrConnectionLost) {
				t.Fatalf("Classify(%v) = %v, want ErrConnectionLost", tc.err, got)
			}
			if !errors.Is(got, tc.err) {
				t.Errorf("the cause is not wrapped: %#v", got)
			}
			if want := "the connection to imap.example.com was lost"; got.Error() != want {
				t.Errorf("message %q, want %q", got, want)
			}
			if strings.Contains(got.Error(), "tcp") {
				t.Errorf("message shows network text: %q", got)
			}
			if again := Classify(got, cfg); again != got {
				t.Errorf("classifying twice changed %v into %v", got, again)
			}
		})
	}

	// Connecting steps keep their own account of what failed.
	step := &stepError{what: "greeting from", addr: "imap.example.com:993", err: fmt.Errorf("the server closed the connection: %w", io.EOF)}
	if got := Classify(step, cfg); errors.Is(got, ErrConnectionLost) {
		t.Errorf("a failed connecting step became %v", got)
	}
	// Other errors are left alone.
	for _, err := range []error{errors.New("something else"), fmt.Errorf("x: %w", os.ErrDeadlineExceeded)} {
		if got := Classify(err, cfg); errors.Is(got, ErrConnectionLost) {
			t.Errorf("Classify(%v) = %v", err, got)
		}
	}
}
