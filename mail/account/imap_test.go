package account

import (
	"context"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/internal/dovecottest"
)

func TestIMAPConnects(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	localhost := imapsConfig(s)
	localhost.Host = "localhost" // the other name of the certificate
	plain := imapConfig(s)
	plain.StartTLS, plain.AllowInsecureAuth = false, true
	tls13 := imapsConfig(s)
	tls13.SSLProtocols = "TLSv1.3"
	tests := map[string]Config{
		"IMAPS":                         imapsConfig(s),
		"IMAPS localhost":               localhost,
		"IMAP STARTTLS":                 imapConfig(s),
		"IMAP plain with allowInsecure": plain,
		"IMAPS TLSv1.3 only":            tls13,
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, err := DialIMAP(context.Background(), cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if st := c.State(); st != imap.ConnStateAuthenticated {
				t.Fatalf("state %v, want authenticated", st)
			}
			if err := Test(context.Background(), cfg); err != nil {
				t.Fatalf("Test: %v", err)
			}
		})
	}
}

// SocketFactoryPort on a port without TLS: the implicit TLS handshake fails
// and the fallback connects to Port with STARTTLS.
func TestIMAPSFallsBackToSTARTTLS(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	cfg := imapsConfig(s)
	cfg.SocketFactoryPort, cfg.Port = s.IMAPPort, s.IMAPPort
	if err := Test(context.Background(), cfg); err != nil {
		t.Fatalf("with fallback: %v", err)
	}

	cfg.SocketFactoryFallback = false
	err := Test(context.Background(), cfg)
	if err == nil {
		t.Fatal("without fallback, implicit TLS on the plain port succeeded")
	}

	// The implicit-TLS port is closed: the fallback reaches Port.
	cfg = imapsConfig(s)
	cfg.SocketFactoryPort, cfg.Port = closedPort(t), s.IMAPPort
	if err := Test(context.Background(), cfg); err != nil {
		t.Fatalf("closed socketFactoryPort with fallback: %v", err)
	}
}

func TestIMAPUntrustedCertificate(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	// SSL_CERT_FILE is not set to the fresh Dovecot certificate here, so only
	// trustedCertificate could make it trusted.
	for _, cfg := range []Config{imapsConfig(s), imapConfig(s)} {
		cfg.TrustedCertificate = ""
		err := Test(context.Background(), cfg)
		wantKind(t, err, ErrCertUntrusted, "certificate of 127.0.0.1", "trustedCertificate")
	}
	// Another certificate does not help either, and the fallback must not
	// hide the certificate problem behind a second attempt.
	cfg := imapsConfig(s)
	cfg.TrustedCertificate = testCertPEM
	wantKind(t, Test(context.Background(), cfg), ErrCertUntrusted, "127.0.0.1")
}

func TestIMAPTLSVersionMismatch(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	// Dovecot accepts TLS 1.2 and 1.3 only.
	for _, versions := range []string{"TLSv1", "TLSv1.1", "TLSv1 TLSv1.1"} {
		for _, cfg := range []Config{imapsConfig(s), imapConfig(s)} {
			cfg.SSLProtocols = versions
			err := Test(context.Background(), cfg)
			wantKind(t, err, ErrTLSVersion, "sslProtocols", versions)
		}
	}
}

func TestIMAPMailbox(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	s.Append(t, user, "Archive", []byte("Subject: kept\r\n\r\nbody\r\n"))

	cfg := imapsConfig(s)
	cfg.Mailbox = "Archive"
	if err := Test(context.Background(), cfg); err != nil {
		t.Fatalf("existing mailbox: %v", err)
	}
	cfg.Mailbox = "Missing"
	wantKind(t, Test(context.Background(), cfg), ErrMailboxNotFound, `"Missing"`)
}

// The handler given to DialIMAP receives the EXISTS that IDLE relies on.
func TestIMAPUnilateralDataHandler(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	cfg := imapsConfig(s)
	cfg.Username, cfg.Password = "alice", s.Password(t, "alice")
	s.ResetUser(t, "alice")

	var exists atomic.Uint32
	handler := &imapclient.UnilateralDataHandler{
		Mailbox: func(data *imapclient.UnilateralDataMailbox) {
			if data.NumMessages != nil {
				exists.Store(*data.NumMessages)
			}
		},
	}
	c, err := DialIMAP(context.Background(), cfg, handler)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if _, err := c.Select("INBOX", nil).Wait(); err != nil {
		t.Fatal(err)
	}
	s.Append(t, "alice", "INBOX", []byte("Subject: new\r\n\r\nbody\r\n"))
	if err := c.Noop().Wait(); err != nil {
		t.Fatal(err)
	}
	if got := exists.Load(); got != 1 {
		t.Fatalf("handler saw EXISTS %d, want 1", got)
	}
}

// Cancelling the dial context closes the client; closing the client first
// releases the tie.
func TestIMAPClientTiedToContext(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	ctx, cancel := context.WithCancel(context.Background())
	c, err := DialIMAP(ctx, imapsConfig(s), nil)
	if err != nil {
		t.Fatal(err)
	}
	cancel()
	select {
	case <-c.Closed():
	case <-time.After(5 * time.Second):
		t.Fatal("the client outlived its context")
	}
	if err := c.Noop().Wait(); err == nil {
		t.Fatal("NOOP worked on a client whose context is cancelled")
	}
}
