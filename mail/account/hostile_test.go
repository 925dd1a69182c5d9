package account

import (
	"context"
	"errors"
	"net"
	"strings"
	"testing"
	"time"

	"mailroom/netpolicy"
)

// A folder pointed at a service that is not a mail server (here an SSH
// daemon's banner, an HTTP answer) must not read its bytes back to the user:
// that would make "Test connection" a port scanner that prints banners.
func TestForeignServiceBytesNeverEchoed(t *testing.T) {
	t.Parallel()
	banners := map[string]string{
		"ssh":     "SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3 SECRETBANNER\r\n",
		"http":    "HTTP/1.1 400 Bad Request\r\nServer: SECRETBANNER\r\n\r\n",
		"binary":  "\x00\x01SECRETBANNER\xff\xfe\r\n",
		"imapbye": "* BYE SECRETBANNER\r\n",
		"poperr":  "-ERR SECRETBANNER\r\n",
	}
	for name, banner := range banners {
		p := startPeer(t, func(conn net.Conn, next func() (string, bool)) {
			conn.Write([]byte(banner))
			for {
				if _, ok := next(); !ok {
					return
				}
				conn.Write([]byte(banner))
			}
		})
		for _, proto := range []Protocol{IMAP, POP3} {
			for _, startTLS := range []bool{true, false} {
				cfg := Config{Protocol: proto, Host: "127.0.0.1", Hosts: loopback, Port: p.addr.Port, StartTLS: startTLS,
					AllowInsecureAuth: !startTLS, Username: user, Password: password, Timeout: 2 * time.Second}
				err := Test(context.Background(), cfg)
				if err == nil {
					t.Fatalf("%s %s startTLS=%v: no error", name, proto, startTLS)
				}
				for _, echo := range []string{"SECRETBANNER", "SSH-2.0", "HTTP/1.1", "BYE", "-ERR", `\x00`} {
					if strings.Contains(err.Error(), echo) {
						t.Errorf("%s %s startTLS=%v: the error echoes the service (%s): %q", name, proto, startTLS, echo, err)
					}
				}
				var e *Error
				if !errors.As(err, &e) {
					t.Errorf("%s %s startTLS=%v: %T %q is not a classified error", name, proto, startTLS, err, err)
				}
				t.Logf("%s %s startTLS=%v: %v", name, proto, startTLS, err)
			}
		}
	}
}

// Without a policy allowing it, loopback is refused before anything is
// sent, in words naming the host.
func TestLoopbackRefusedByDefault(t *testing.T) {
	t.Parallel()
	p := startPeer(t, func(conn net.Conn, next func() (string, bool)) {
		conn.Write([]byte("* OK IMAP4rev1 ready\r\n"))
		silent(conn, next)
	})
	for _, hosts := range []*netpolicy.Policy{nil, netpolicy.MustParse("10.0.0.0/8, mail.example.com")} {
		for _, proto := range []Protocol{IMAP, IMAPS, POP3, POP3S} {
			cfg := Config{Protocol: proto, Host: "127.0.0.1", Hosts: hosts, Port: p.addr.Port, SocketFactoryFallback: true,
				StartTLS: true, Username: user, Password: password, Timeout: 2 * time.Second}
			err := Test(context.Background(), cfg)
			if !errors.Is(err, netpolicy.ErrDenied) {
				t.Fatalf("%s: got %v, want a refusal", proto, err)
			}
			if want := "host 127.0.0.1 is not allowed: ask an administrator"; err.Error() != want {
				t.Errorf("%s: %q, want %q", proto, err, want)
			}
		}
	}
	if got := p.sent(); len(got) > 0 {
		t.Errorf("the refused client sent %q", got)
	}
}
