package account

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/emersion/go-imap/v2"

	"mailroom/internal/dovecottest"
)

func TestClassify(t *testing.T) {
	t.Parallel()
	block, _ := pem.Decode([]byte(testCertPEM))
	cert, err := x509.ParseCertificate(block.Bytes)
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{Protocol: IMAPS, Host: "mail.example.com", Port: 993, Mailbox: "Archive"}
	old := cfg
	old.SSLProtocols = "TLSv1"
	refused := &net.OpError{Op: "dial", Net: "tcp",
		Addr: &net.TCPAddr{IP: net.IPv4(192, 0, 2, 1), Port: 993},
		Err:  &os.SyscallError{Syscall: "connect", Err: syscall.ECONNREFUSED}}

	tests := []struct {
		name  string
		err   error
		cfg   Config
		kind  error  // nil: returned unchanged
		parts string // |-separated parts of the message
	}{
		{"no such host", &net.DNSError{Err: "no such host", Name: "mail.example.com", IsNotFound: true}, cfg,
			ErrHostNotFound, "host not found: mail.example.com"},
		{"DNS timeout", &net.DNSError{Err: "i/o timeout", Name: "mail.example.com", IsTimeout: true}, cfg,
			ErrHostNotFound, "host not found: mail.example.com|DNS lookup failed"},
		{"refused", fmt.Errorf("connect: %w", refused), cfg, ErrConnRefused, "connection refused by 192.0.2.1:993"},
		{"unknown authority", &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{Cert: cert}}, cfg,
			ErrCertUntrusted, "certificate of mail.example.com is not trusted|self-signed|trustedCertificate"},
		{"wrong name", &tls.CertificateVerificationError{Err: x509.HostnameError{Certificate: cert, Host: "mail.example.com"}}, cfg,
			ErrCertUntrusted, "certificate of mail.example.com is not valid for that name|match mail.example.com|set host"},
		{"expired", x509.CertificateInvalidError{Cert: cert, Reason: x509.Expired, Detail: "expired yesterday"}, cfg,
			ErrCertUntrusted, "mail.example.com|expired"},
		{"protocol_version alert", fmt.Errorf("handshake: %w", tls.AlertError(70)), old,
			ErrTLSVersion, `sslProtocols "TLSv1"|TLS 1.0`},
		{"version refused by Go", errors.New("tls: server selected unsupported protocol version 301"), cfg,
			ErrTLSVersion, `sslProtocols "TLSv1.2 TLSv1.3"`},
		{"handshake failure with old versions", errors.New("remote error: tls: handshake failure"), old, ErrTLSVersion, "TLSv1"},
		{"handshake failure with modern versions", errors.New("remote error: tls: handshake failure"), cfg, nil, ""},
		{"plain port", tls.RecordHeaderError{Msg: "first record does not look like a TLS handshake"}, cfg,
			ErrNotTLS, "mail.example.com:993 does not speak TLS"},
		{"deadline", fmt.Errorf("read: %w", os.ErrDeadlineExceeded), cfg, ErrTimeout, "no answer from mail.example.com:993 within 30s"},
		{"context deadline", context.DeadlineExceeded, cfg, ErrTimeout, "no answer from mail.example.com:993 before the deadline"},
		{"timeout as text", errors.New("in response: cannot read tag: read tcp 1.2.3.4:993: i/o timeout"), cfg, ErrTimeout, "no answer"},
		{"IMAP auth", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeAuthenticationFailed, Text: "Invalid credentials (Failure)"}, cfg,
			ErrAuthFailed, "check the user name and password|Invalid credentials"},
		{"IMAP mailbox", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeNonExistent, Text: "Unknown Mailbox: Archive (0.001 + 0.000 secs)."}, cfg,
			ErrMailboxNotFound, `mailbox "Archive" not found|Unknown Mailbox: Archive.`},
		{"IMAP privacy", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodePrivacyRequired, Text: "Plaintext authentication disallowed"}, cfg,
			ErrInsecureAuth, "plain connection|startTLS"},
		{"other IMAP error", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeOverQuota}, cfg, nil, ""},
		{"unknown", errors.New("something else"), cfg, nil, ""},
		{"context canceled", context.Canceled, cfg, nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Classify(tc.err, tc.cfg)
			if tc.kind == nil {
				if got != tc.err {
					t.Fatalf("Classify changed %v into %v", tc.err, got)
				}
				return
			}
			if !errors.Is(got, tc.kind) {
				t.Fatalf("Classify(%v) = %v, want kind %q", tc.err, got, tc.kind)
			}
			if !errors.Is(got, tc.err) && got.(*Error).Err != tc.err {
				t.Errorf("the original error is not wrapped: %#v", got)
			}
			for _, part := range strings.Split(tc.parts, "|") {
				if !strings.Contains(got.Error(), part) {
					t.Errorf("message %q does not mention %q", got, part)
				}
			}
			if again := Classify(got, tc.cfg); again != got {
				t.Errorf("classifying twice changed %v into %v", got, again)
			}
		})
	}
	if Classify(nil, cfg) != nil {
		t.Error("Classify(nil) is not nil")
	}
}

func TestNotTLS(t *testing.T) {
	t.Parallel()
	s := dovecottest.Shared(t)
	cfg := imapsConfig(s)
	cfg.Port, cfg.SocketFactoryFallback = s.IMAPPort, false
	wantKind(t, Test(context.Background(), cfg), ErrNotTLS, s.IMAPAddr())
}

// When both the implicit-TLS port and the fallback port refuse, the error
// names both.
func TestFallbackFailureNamesBothPorts(t *testing.T) {
	t.Parallel()
	implicit, plain := closedPort(t), closedPort(t)
	cfg := Config{Protocol: IMAPS, Host: "127.0.0.1", Hosts: loopback, Port: plain, SocketFactoryPort: implicit,
		SocketFactoryFallback: true, StartTLS: true, Username: user, Password: password}
	wantKind(t, Test(context.Background(), cfg), ErrConnRefused,
		fmt.Sprintf("127.0.0.1:%d", implicit), fmt.Sprintf("STARTTLS fallback on 127.0.0.1:%d", plain))
}
