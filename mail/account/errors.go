package account

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"strings"
	"syscall"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/mail/pop3"
)

// Kinds of connection failure a user can act on. Test them with errors.Is;
// errors.As with *Error gives the message naming the host, port or mailbox.
var (
	ErrAuthFailed          = errors.New("authentication failed: check the user name and password")
	ErrConnRefused         = errors.New("connection refused: check the host, the port and the protocol")
	ErrHostNotFound        = errors.New("host not found: check the host name")
	ErrCertUntrusted       = errors.New("the server's certificate is not trusted: if you run this server yourself, add its certificate as trustedCertificate")
	ErrTLSVersion          = errors.New("the server's TLS version is not accepted by sslProtocols")
	ErrMailboxNotFound     = errors.New("mailbox not found")
	ErrTimeout             = errors.New("the mail server did not answer in time")
	ErrInsecureAuth        = errors.New("refusing to send credentials over a plain connection; enable STARTTLS or allowInsecureAuth")
	ErrStartTLSUnavailable = errors.New("the server does not offer STARTTLS while startTLS is required")
)

// Error is a classified connection failure: Kind is one of the Err* values,
// the message is meant for the user and Err keeps the original cause.
type Error struct {
	Kind error
	Msg  string
	Err  error
}

func (e *Error) Error() string { return e.Msg }

// Unwrap makes both the kind and the cause visible to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func newError(kind error, cause error, format string, args ...any) *Error {
	return &Error{Kind: kind, Msg: fmt.Sprintf(format, args...), Err: cause}
}

// Classify maps a net, tls, x509, IMAP or POP3 error met while talking to the
// server of cfg to an *Error of one of the Err* kinds, wrapping err. Errors it
// does not recognise, nil and errors already classified are returned as is.
func Classify(err error, cfg Config) error {
	if err == nil {
		return nil
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	cfg = cfg.WithDefaults()
	host := cfg.Host

	if dnsErr, ok := errors.AsType[*net.DNSError](err); ok {
		name := dnsErr.Name
		if name == "" {
			name = host
		}
		if dnsErr.IsNotFound {
			return newError(ErrHostNotFound, err, "host not found: %s", name)
		}
		// Temporary or timed-out lookups leave the user with the same fix to
		// check, but say what happened.
		return newError(ErrHostNotFound, err, "host not found: %s (DNS lookup failed: %s)", name, dnsErr.Err)
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return newError(ErrConnRefused, err, "connection refused by %s: check the host, the port and the protocol", remoteAddr(err, cfg))
	}
	if isCertError(err) {
		return newError(ErrCertUntrusted, err,
			"the certificate of %s is not trusted (%s): if you run this server yourself, add its certificate (PEM) as trustedCertificate",
			host, certReason(err))
	}
	if isTLSVersionError(err, cfg) {
		min, max, _ := TLSVersions(cfg.SSLProtocols)
		return newError(ErrTLSVersion, err,
			"the server's TLS version is not accepted by sslProtocols %q, which allows %s (%v): most servers need TLSv1.2 or TLSv1.3",
			cfg.SSLProtocols, versionRange(min, max), err)
	}
	if isTimeout(err) {
		return newError(ErrTimeout, err, "no answer from %s within %s", remoteAddr(err, cfg), cfg.Timeout)
	}
	if errors.Is(err, pop3.ErrAuthFailed) {
		return authFailed(err, serverText(err))
	}
	if imapErr, ok := errors.AsType[*imap.Error](err); ok {
		switch imapErr.Code {
		case imap.ResponseCodeAuthenticationFailed, imap.ResponseCodeAuthorizationFailed, imap.ResponseCodeExpired:
			return authFailed(err, imapErr.Text)
		case imap.ResponseCodePrivacyRequired:
			return privacyRequired(err, imapErr.Text)
		case imap.ResponseCodeNonExistent:
			return mailboxNotFound(err, cfg.Mailbox, imapErr.Text)
		}
	}
	return err
}

func authFailed(cause error, text string) *Error {
	msg := "authentication failed: check the user name and password"
	if text = strings.TrimSpace(text); text != "" {
		// The server's words matter: "application-specific password
		// required" tells the user more than we can.
		msg += fmt.Sprintf(" (the server said: %s)", text)
	}
	return &Error{Kind: ErrAuthFailed, Msg: msg, Err: cause}
}

// privacyRequired is the server refusing credentials without TLS: the same
// fix as our own refusal.
func privacyRequired(cause error, text string) *Error {
	return newError(ErrInsecureAuth, cause,
		"the server refuses credentials over a plain connection (%s): enable startTLS or use IMAPS/POP3S", strings.TrimSpace(text))
}

func mailboxNotFound(cause error, mailbox, text string) *Error {
	msg := fmt.Sprintf("mailbox %q not found", mailbox)
	if text = strings.TrimSpace(text); text != "" {
		msg += fmt.Sprintf(" (the server said: %s)", text)
	}
	return &Error{Kind: ErrMailboxNotFound, Msg: msg, Err: cause}
}

func startTLSUnavailable(cause error, addr string) *Error {
	return newError(ErrStartTLSUnavailable, cause,
		"%s does not offer STARTTLS, which startTLS requires: use the implicit-TLS protocol (IMAPS/POP3S) or ask the provider", addr)
}

func insecureAuth(cfg Config) *Error {
	return newError(ErrInsecureAuth, nil,
		"refusing to send credentials to %s over a plain connection; enable STARTTLS or allowInsecureAuth", cfg.address(cfg.Port))
}

func timeoutError(cause error, addr string, d time.Duration) *Error {
	return newError(ErrTimeout, cause, "no answer from %s within %s", addr, d)
}

// serverText extracts the text of a POP3 -ERR or IMAP NO/BAD for messages.
func serverText(err error) string {
	if e, ok := errors.AsType[*pop3.Error](err); ok {
		return e.Text
	}
	if e, ok := errors.AsType[*imap.Error](err); ok {
		return e.Text
	}
	return ""
}

func remoteAddr(err error, cfg Config) string {
	if opErr, ok := errors.AsType[*net.OpError](err); ok && opErr.Addr != nil {
		return opErr.Addr.String()
	}
	return cfg.address(cfg.Port)
}

func isTimeout(err error) bool {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, os.ErrDeadlineExceeded) {
		return true
	}
	if netErr, ok := errors.AsType[net.Error](err); ok && netErr.Timeout() {
		return true
	}
	// go-imap formats some read errors with %v, which drops the chain.
	return strings.Contains(err.Error(), "i/o timeout")
}

func isCertError(err error) bool {
	if _, ok := errors.AsType[*tls.CertificateVerificationError](err); ok {
		return true
	}
	if _, ok := errors.AsType[x509.UnknownAuthorityError](err); ok {
		return true
	}
	if _, ok := errors.AsType[x509.HostnameError](err); ok {
		return true
	}
	if _, ok := errors.AsType[x509.CertificateInvalidError](err); ok {
		return true
	}
	return false
}

// certReason says why verification failed in a few words.
func certReason(err error) string {
	if _, ok := errors.AsType[x509.UnknownAuthorityError](err); ok {
		return "it is self-signed or signed by an unknown authority"
	}
	if e, ok := errors.AsType[x509.HostnameError](err); ok {
		return strings.TrimPrefix(e.Error(), "x509: ")
	}
	if e, ok := errors.AsType[x509.CertificateInvalidError](err); ok {
		return strings.TrimPrefix(e.Error(), "x509: ")
	}
	return err.Error()
}

// isTLSVersionError recognises a handshake that failed on the protocol
// version, from either side. Servers answer an unacceptable ClientHello with
// the protocol_version alert (70); Go refuses a ServerHello outside
// MinVersion..MaxVersion locally. A handshake_failure alert is also taken as
// a version problem when sslProtocols allows nothing newer than TLS 1.1,
// because servers without a common cipher suite for old versions send that.
func isTLSVersionError(err error, cfg Config) bool {
	if a, ok := errors.AsType[tls.AlertError](err); ok && a == 70 {
		return true
	}
	msg := err.Error()
	if strings.Contains(msg, "tls: protocol version not supported") ||
		strings.Contains(msg, "tls: server selected unsupported protocol version") ||
		strings.Contains(msg, "tls: no supported versions") {
		return true
	}
	if _, max, verr := TLSVersions(cfg.SSLProtocols); verr == nil && max < tls.VersionTLS12 {
		if strings.Contains(msg, "tls: handshake failure") || strings.Contains(msg, "tls: insufficient security level") {
			return true
		}
	}
	return false
}
