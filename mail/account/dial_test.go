package account

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/internal/dovecottest"
	"mailroom/mail/pop3"
	"mailroom/netpolicy"
)

func TestMain(m *testing.M) { dovecottest.Main(m) }

// loopback lets the tests reach their servers on 127.0.0.1, which the
// default policy refuses.
var loopback = netpolicy.MustParse("127.0.0.0/8, ::1")

// The account tests log in as bench.
const user, password = "bench", "benchpass"

func imapsConfig(s *dovecottest.Server) Config {
	return Config{
		Protocol: IMAPS, Host: s.Host, Port: s.IMAPSPort, Hosts: loopback,
		StartTLS: true, SocketFactoryFallback: true,
		TrustedCertificate: string(s.CertPEM),
		Username:           user, Password: password,
		Timeout: 10 * time.Second,
	}
}

func imapConfig(s *dovecottest.Server) Config {
	cfg := imapsConfig(s)
	cfg.Protocol, cfg.Port = IMAP, s.IMAPPort
	return cfg
}

func pop3Config(s *dovecottest.Server) Config {
	cfg := imapsConfig(s)
	cfg.Protocol, cfg.Port = POP3, s.POP3Port
	return cfg
}

// wantKind checks that err is an *Error of kind and that its message holds
// every part.
func wantKind(t *testing.T, err, kind error, parts ...string) {
	t.Helper()
	if !errors.Is(err, kind) {
		t.Fatalf("err = %v, want kind %q", err, kind)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("err = %T %v, want *Error", err, err)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("message %q does not mention %q", err, p)
		}
	}
	if strings.Contains(err.Error(), password) {
		t.Errorf("message %q shows the password", err)
	}
}

// closedPort returns a loopback port nobody listens on.
func closedPort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	return port
}

// peer is a scripted server for what Dovecot cannot show: a server without
// STARTTLS, one that never answers. It records every line the client sends.
type peer struct {
	addr  *net.TCPAddr
	lines chan string
}

// startPeer listens on loopback and runs serve for each connection, with a
// reader of the client's lines.
func startPeer(t *testing.T, serve func(conn net.Conn, next func() (string, bool))) *peer {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &peer{addr: l.Addr().(*net.TCPAddr), lines: make(chan string, 100)}
	var (
		mu    sync.Mutex
		conns []net.Conn
	)
	t.Cleanup(func() {
		l.Close()
		mu.Lock()
		defer mu.Unlock()
		for _, c := range conns {
			c.Close()
		}
	})
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, conn)
			mu.Unlock()
			go func() {
				br := bufio.NewReader(conn)
				serve(conn, func() (string, bool) {
					line, err := br.ReadString('\n')
					if err != nil {
						return "", false
					}
					line = strings.TrimRight(line, "\r\n")
					p.lines <- line
					return line, true
				})
			}()
		}
	}()
	return p
}

// sent returns the lines the clients sent so far.
func (p *peer) sent() []string {
	var out []string
	for {
		select {
		case l := <-p.lines:
			out = append(out, l)
		default:
			return out
		}
	}
}

func silent(conn net.Conn, next func() (string, bool)) {
	for {
		if _, ok := next(); !ok {
			return
		}
	}
}

func TestInsecureAuthRefusedBeforeConnecting(t *testing.T) {
	t.Parallel()
	p := startPeer(t, func(conn net.Conn, next func() (string, bool)) {
		t.Error("the client connected although it must refuse plain credentials")
	})
	for _, proto := range []Protocol{IMAP, POP3} {
		cfg := Config{Protocol: proto, Host: "127.0.0.1", Hosts: loopback, Port: p.addr.Port, Username: user, Password: password}
		_, err := DialIMAP(context.Background(), cfg, nil)
		if proto == POP3 {
			_, err = DialPOP3(context.Background(), cfg)
		}
		wantKind(t, err, ErrInsecureAuth, "allowInsecureAuth", "127.0.0.1")
		wantKind(t, Test(context.Background(), cfg), ErrInsecureAuth)
	}
}

func TestStartTLSUnavailable(t *testing.T) {
	t.Parallel()
	imapPeer := startPeer(t, func(conn net.Conn, next func() (string, bool)) {
		io.WriteString(conn, "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] no TLS here\r\n")
		for {
			line, ok := next()
			if !ok {
				return
			}
			tag, _, _ := strings.Cut(line, " ")
			io.WriteString(conn, tag+" BAD unknown command\r\n")
		}
	})
	pop3Peer := startPeer(t, func(conn net.Conn, next func() (string, bool)) {
		io.WriteString(conn, "+OK no TLS here\r\n")
		for {
			line, ok := next()
			if !ok {
				return
			}
			if line == "CAPA" {
				io.WriteString(conn, "+OK\r\nUSER\r\nUIDL\r\n.\r\n")
			} else {
				io.WriteString(conn, "-ERR unknown command\r\n")
			}
		}
	})
	tests := []struct {
		proto Protocol
		p     *peer
		port  int
	}{
		{IMAP, imapPeer, imapPeer.addr.Port},
		{POP3, pop3Peer, pop3Peer.addr.Port},
		// IMAPS falling back to STARTTLS after the implicit TLS port refused.
		{IMAPS, imapPeer, closedPort(t)},
		{POP3S, pop3Peer, closedPort(t)},
	}
	for _, tc := range tests {
		cfg := Config{
			Protocol: tc.proto, Host: "127.0.0.1", Hosts: loopback, Port: tc.p.addr.Port, SocketFactoryPort: tc.port,
			StartTLS: true, SocketFactoryFallback: true, Username: user, Password: password, Timeout: 5 * time.Second,
		}
		err := Test(context.Background(), cfg)
		wantKind(t, err, ErrStartTLSUnavailable, tc.p.addr.String(), "STARTTLS")
		for _, line := range tc.p.sent() {
			if strings.Contains(line, password) || strings.Contains(line, user) {
				t.Errorf("%s: credentials sent without TLS: %q", tc.proto, line)
			}
		}
	}
}

func TestTimeout(t *testing.T) {
	t.Parallel()
	p := startPeer(t, silent) // accepts, never says a word
	for _, proto := range []Protocol{IMAPS, IMAP, POP3S, POP3} {
		cfg := Config{
			Protocol: proto, Host: "127.0.0.1", Hosts: loopback, Port: p.addr.Port, StartTLS: true,
			Username: user, Password: password, Timeout: 300 * time.Millisecond,
		}
		start := time.Now()
		err := Test(context.Background(), cfg)
		wantKind(t, err, ErrTimeout, p.addr.String(), "300ms")
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: gave up after %v with a 300ms timeout", proto, d)
		}
	}
}

func TestContextCancelStopsDial(t *testing.T) {
	t.Parallel()
	p := startPeer(t, silent)
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	cfg := Config{Protocol: IMAP, Host: "127.0.0.1", Hosts: loopback, Port: p.addr.Port, StartTLS: true, Username: user, Password: password}
	start := time.Now()
	_, err := DialIMAP(ctx, cfg, nil)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Fatalf("DialIMAP returned %v after the cancellation", d)
	}
}

func TestUnknownHost(t *testing.T) {
	t.Parallel()
	for _, proto := range []Protocol{IMAPS, POP3S} {
		cfg := Config{Protocol: proto, Host: "nonexistent.invalid", Username: user, Password: password, SocketFactoryFallback: true}
		wantKind(t, Test(context.Background(), cfg), ErrHostNotFound, "host not found: nonexistent.invalid")
	}
}

func TestConnectionRefused(t *testing.T) {
	t.Parallel()
	port := closedPort(t)
	for _, proto := range []Protocol{IMAPS, IMAP, POP3S, POP3} {
		cfg := Config{Protocol: proto, Host: "127.0.0.1", Hosts: loopback, Port: port, StartTLS: true, SocketFactoryFallback: true,
			Username: user, Password: password}
		wantKind(t, Test(context.Background(), cfg), ErrConnRefused, "connection refused by 127.0.0.1:")
	}
}

// Go reads SSL_CERT_FILE once per process, so the check runs in a child
// test process with the Dovecot certificate as the only system root.
func TestSSLCertFileHonoured(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^TestSSLCertFileChild$", "-test.v")
	cmd.Env = append(os.Environ(),
		"MAILROOM_TEST_SSL_CERT_FILE_CHILD=1",
		"SSL_CERT_FILE="+s.Cert,
		"SSL_CERT_DIR="+filepath.Join(t.TempDir(), "none"),
		"MAILROOM_TEST_IMAPS_PORT="+strconv.Itoa(s.IMAPSPort),
	)
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "--- PASS: TestSSLCertFileChild") {
		t.Fatalf("child: %v\n%s", err, out)
	}
}

// TestSSLCertFileChild connects to the parent's Dovecot without
// trustedCertificate; only SSL_CERT_FILE makes the certificate trusted.
func TestSSLCertFileChild(t *testing.T) {
	if os.Getenv("MAILROOM_TEST_SSL_CERT_FILE_CHILD") != "1" {
		t.Skip("started by TestSSLCertFileHonoured")
	}
	port, err := strconv.Atoi(os.Getenv("MAILROOM_TEST_IMAPS_PORT"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Protocol: IMAPS, Host: "127.0.0.1", Hosts: loopback, Port: port,
		Username: user, Password: password}
	if err := Test(context.Background(), cfg); err != nil {
		t.Fatal(err)
	}
	// A trustedCertificate must add to SSL_CERT_FILE, not replace it.
	cfg.TrustedCertificate = testCertPEM
	if err := Test(context.Background(), cfg); err != nil {
		t.Fatalf("with an unrelated trustedCertificate: %v", err)
	}
}

// proxyTLS terminates TLS with the Dovecot certificate and forwards to
// target: Dovecot's script opens no POP3S port, so POP3S is tested through it.
func proxyTLS(t *testing.T, s *dovecottest.Server, target string) int {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(s.Cert, filepath.Join(s.Dir, "etc", "ssl", "key.pem"))
	if err != nil {
		t.Fatal(err)
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			conn, err := l.Accept()
			if err != nil {
				return
			}
			go func() {
				defer conn.Close()
				up, err := net.Dial("tcp", target)
				if err != nil {
					return
				}
				defer up.Close()
				go io.Copy(up, conn)
				io.Copy(conn, up)
			}()
		}
	}()
	return l.Addr().(*net.TCPAddr).Port
}

// Wrong passwords run on private Dovecots, one per protocol: after a failed
// login Dovecot delays every later login from the same address by seconds.
func TestWrongPassword(t *testing.T) {
	t.Parallel()
	for _, proto := range []Protocol{IMAPS, IMAP, POP3} {
		t.Run(string(proto), func(t *testing.T) {
			t.Parallel()
			s := dovecottest.Start(t)
			cfg := map[Protocol]Config{IMAPS: imapsConfig(s), IMAP: imapConfig(s), POP3: pop3Config(s)}[proto]
			cfg.Password = "wrong-password"
			err := Test(context.Background(), cfg)
			wantKind(t, err, ErrAuthFailed, "check the user name and password", "the server said")
			if strings.Contains(err.Error(), cfg.Password) {
				t.Errorf("the message shows the password: %v", err)
			}
			var imapErr *imap.Error
			var popErr *pop3.Error
			if !errors.As(err, &imapErr) && !errors.As(err, &popErr) {
				t.Errorf("the server's error is not kept: %#v", err)
			}
		})
	}
}
