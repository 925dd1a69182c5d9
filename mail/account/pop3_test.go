package account

import (
	"context"
	"testing"

	"mailroom/internal/dovecottest"
)

func TestPOP3Connects(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	plain := pop3Config(s)
	plain.StartTLS, plain.AllowInsecureAuth = false, true
	pop3s := pop3Config(s)
	pop3s.Protocol, pop3s.Port = POP3S, proxyTLS(t, s, s.POP3Addr())
	// POP3S whose implicit-TLS port is the plain one: fallback to STLS.
	fallback := pop3Config(s)
	fallback.Protocol, fallback.SocketFactoryPort = POP3S, s.POP3Port
	tests := map[string]Config{
		"POP3 STLS":                     pop3Config(s),
		"POP3 plain with allowInsecure": plain,
		"POP3S":                         pop3s,
		"POP3S fallback to STLS":        fallback,
	}
	for name, cfg := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			c, err := DialPOP3(context.Background(), cfg)
			if err != nil {
				t.Fatal(err)
			}
			defer c.Close()
			if _, ok := c.TLSConnectionState(); ok == (name == "POP3 plain with allowInsecure") {
				t.Errorf("TLS = %v", ok)
			}
			if _, _, err := c.Stat(); err != nil {
				t.Fatal(err)
			}
			if err := c.Quit(); err != nil {
				t.Fatal(err)
			}
			if err := Test(context.Background(), cfg); err != nil {
				t.Fatalf("Test: %v", err)
			}
		})
	}
}

func TestPOP3UntrustedCertificate(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	cfg := pop3Config(s)
	cfg.TrustedCertificate = ""
	wantKind(t, Test(context.Background(), cfg), ErrCertUntrusted, "certificate of 127.0.0.1", "trustedCertificate")
}

func TestPOP3TLSVersionMismatch(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	cfg := pop3Config(s)
	cfg.SSLProtocols = "TLSv1.1"
	wantKind(t, Test(context.Background(), cfg), ErrTLSVersion, "TLSv1.1")
}
