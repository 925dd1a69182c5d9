package account

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"regexp"
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
	// ErrNotTLS is an implicit-TLS protocol (IMAPS, POP3S) pointed at a port
	// that speaks plain text, usually 143 or 110.
	ErrNotTLS = errors.New("the server does not speak TLS on this port")
	// ErrConnectionLost is an established session whose connection broke
	// (reset, closed or cut mid-answer); retrying later can succeed.
	ErrConnectionLost = errors.New("the connection to the mail server was lost")
)

// Error is a classified connection failure: Kind is one of the Err* values,
// Msg says what happened, Hint what to do, and Err keeps the original cause.
type Error struct {
	Kind error
	Msg  string
	Hint string
	Err  error
}

func (e *Error) Error() string {
	if e.Hint == "" {
		return e.Msg
	}
	return e.Msg + ": " + e.Hint
}

// Unwrap makes both the kind and the cause visible to errors.Is and errors.As.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
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

	if dnsErr, ok := errors.AsType[*net.DNSError](err); ok {
		name := dnsErr.Name
		if name == "" {
			name = cfg.Host
		}
		e := &Error{Kind: ErrHostNotFound, Msg: "host not found: " + name, Err: err}
		if !dnsErr.IsNotFound {
			// A failed lookup leaves the user the same thing to check, but
			// say it was not a definite "no such host".
			e.Msg += fmt.Sprintf(" (DNS lookup failed: %s)", dnsErr.Err)
		}
		return e
	}
	if errors.Is(err, syscall.ECONNREFUSED) {
		return &Error{Kind: ErrConnRefused, Err: err,
			Msg:  "connection refused by " + remoteAddr(err, cfg),
			Hint: "check the host, the port and the protocol"}
	}
	if e, ok := errors.AsType[x509.HostnameError](err); ok {
		// Trusting the certificate would not help: the name must match.
		return &Error{Kind: ErrCertUntrusted, Err: err,
			Msg:  fmt.Sprintf("the certificate of %s is not valid for that name (%s)", cfg.Host, strings.TrimPrefix(e.Error(), "x509: ")),
			Hint: "set host to a name the certificate holds"}
	}
	if isCertError(err) {
		return &Error{Kind: ErrCertUntrusted, Err: err,
			Msg:  fmt.Sprintf("the certificate of %s is not trusted (%s)", cfg.Host, certReason(err)),
			Hint: "if you run this server yourself, add its certificate (PEM) as trustedCertificate"}
	}
	if isTLSVersionError(err, cfg) {
		min, max, _ := TLSVersions(cfg.SSLProtocols)
		return &Error{Kind: ErrTLSVersion, Err: err,
			Msg:  fmt.Sprintf("the server's TLS version is not accepted by sslProtocols %q, which allows %s", cfg.SSLProtocols, versionRange(min, max)),
			Hint: "most servers need TLSv1.2 or TLSv1.3"}
	}
	if _, ok := errors.AsType[tls.RecordHeaderError](err); ok {
		return &Error{Kind: ErrNotTLS, Err: err,
			Msg:  fmt.Sprintf("%s does not speak TLS", remoteAddr(err, cfg)),
			Hint: "use the implicit-TLS port (993 for IMAPS, 995 for POP3S), or protocol IMAP/POP3 with startTLS on a plain port"}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		// The caller's deadline, not Timeout, ran out.
		return &Error{Kind: ErrTimeout, Err: err,
			Msg:  fmt.Sprintf("no answer from %s before the deadline", remoteAddr(err, cfg)),
			Hint: "check the host and the port, or try again later"}
	}
	if isTimeout(err) {
		return timeoutError(err, remoteAddr(err, cfg), cfg.Timeout)
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
		if _, selecting := errors.AsType[*selectError](err); selecting && imapErr.Type == imap.StatusResponseTypeNo {
			switch imapErr.Code {
			case "", imap.ResponseCodeTryCreate:
				// Servers such as Dovecot answer a missing mailbox with
				// a plain NO, without the NONEXISTENT code.
				return mailboxNotFound(err, cfg.Mailbox, imapErr.Text)
			}
		}
	}
	if _, connecting := errors.AsType[*stepError](err); !connecting && isConnectionLost(err) {
		// A step of connecting says what it was doing itself (greeting,
		// login); this is a session that was working.
		host := cfg.Host
		if host == "" {
			host = remoteAddr(err, cfg)
		}
		return connectionLost(err, host)
	}
	return err
}

// connectionLost is an established session cut off. Msg names the host only,
// so callers that know how far they got can add it (ingest does).
func connectionLost(cause error, host string) *Error {
	return &Error{Kind: ErrConnectionLost, Err: cause, Msg: "the connection to " + host + " was lost"}
}

// isConnectionLost recognises a connection that broke under a session: the
// peer reset or closed it, or our side found it closed after a read failed.
// go-imap formats read errors with %v, which drops the chain, hence the
// texts.
func isConnectionLost(err error) bool {
	for _, target := range []error{io.EOF, io.ErrUnexpectedEOF, net.ErrClosed, io.ErrClosedPipe,
		syscall.ECONNRESET, syscall.ECONNABORTED, syscall.EPIPE} {
		if errors.Is(err, target) {
			return true
		}
	}
	msg := err.Error()
	for _, text := range []string{"connection reset by peer", "broken pipe", "unexpected EOF",
		"use of closed network connection", "software caused connection abort"} {
		if strings.Contains(msg, text) {
			return true
		}
	}
	return strings.HasSuffix(msg, ": EOF")
}

func authFailed(cause error, text string) *Error {
	e := &Error{Kind: ErrAuthFailed, Err: cause, Msg: "authentication failed", Hint: "check the user name and password"}
	if text = cleanServerText(text); text != "" {
		// The server's words matter: "application-specific password
		// required" tells the user more than we can.
		e.Hint += fmt.Sprintf(" (the server said: %s)", text)
	}
	return e
}

// privacyRequired is the server refusing credentials without TLS: the same
// fix as our own refusal.
func privacyRequired(cause error, text string) *Error {
	return &Error{Kind: ErrInsecureAuth, Err: cause,
		Msg:  fmt.Sprintf("the server refuses credentials over a plain connection (%s)", cleanServerText(text)),
		Hint: "enable startTLS or use IMAPS/POP3S"}
}

// selectError marks the server's answer to SELECT or EXAMINE of the
// configured mailbox, so that Classify reads a plain NO as "not found".
type selectError struct{ err error }

func (e *selectError) Error() string { return e.err.Error() }
func (e *selectError) Unwrap() error { return e.err }

// ClassifySelect is Classify for the answer to SELECT or EXAMINE of
// cfg.Mailbox: a refusal without another reason is the mailbox missing.
func ClassifySelect(err error, cfg Config) error {
	if err == nil {
		return nil
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	return Classify(&selectError{err}, cfg)
}

func mailboxNotFound(cause error, mailbox, text string) *Error {
	e := &Error{Kind: ErrMailboxNotFound, Err: cause, Msg: fmt.Sprintf("mailbox %q not found", mailbox),
		Hint: "check the mailbox name"}
	if text = cleanServerText(text); text != "" {
		e.Msg += fmt.Sprintf(" (the server said: %s)", text)
	}
	return e
}

func startTLSUnavailable(cause error, addr string) *Error {
	return &Error{Kind: ErrStartTLSUnavailable, Err: cause,
		Msg:  addr + " does not offer STARTTLS, which startTLS requires",
		Hint: "use the implicit-TLS protocol (IMAPS or POP3S) if the server has it"}
}

func insecureAuth(cfg Config) *Error {
	return &Error{Kind: ErrInsecureAuth,
		Msg:  "refusing to send credentials to " + cfg.address(cfg.Port) + " over a plain connection",
		Hint: "enable STARTTLS or allowInsecureAuth"}
}

func timeoutError(cause error, addr string, d time.Duration) *Error {
	return &Error{Kind: ErrTimeout, Err: cause,
		Msg:  fmt.Sprintf("no answer from %s within %s", addr, d),
		Hint: "check the host and the port, or try again later"}
}

// Quoted is err as it may be shown: where its message quotes the text of a
// mail server's NO, BAD or -ERR that Classify has no kind for (a refused
// MOVE, an over-quota answer), that text is made printable and short, as
// the classified errors' texts are. errors.Is and errors.As still see err.
func Quoted(err error) error {
	if err == nil {
		return nil
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	text := serverText(err)
	if clean := cleanServerText(text); text != "" && clean != text {
		return &quotedError{err: err, text: text, clean: clean}
	}
	return err
}

type quotedError struct {
	err         error
	text, clean string
}

func (e *quotedError) Error() string { return strings.Replace(e.err.Error(), e.text, e.clean, 1) }
func (e *quotedError) Unwrap() error { return e.err }

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

// dovecotTiming is the "(0.001 + 0.000 secs)" Dovecot appends to answers.
var dovecotTiming = regexp.MustCompile(`\s*\(\d+\.\d+( \+ \d+\.\d+)* secs\)`)

// cleanServerText is the text of a mail server's NO or -ERR as shown to
// the user: printable, one line, at most 200 characters.
func cleanServerText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == '\uFFFD' {
			return -1
		}
		return r
	}, dovecotTiming.ReplaceAllString(s, ""))
	if len(s) > 200 {
		s = strings.ToValidUTF8(s[:200], "") + "…"
	}
	return strings.TrimSpace(s)
}

// remoteAddr is the address err happened with, cfg's host and port if unknown.
func remoteAddr(err error, cfg Config) string {
	if se, ok := errors.AsType[*stepError](err); ok {
		return se.addr
	}
	if opErr, ok := errors.AsType[*net.OpError](err); ok && opErr.Addr != nil {
		return opErr.Addr.String()
	}
	return cfg.address(cfg.Port)
}

func isTimeout(err error) bool {
	if errors.Is(err, os.ErrDeadlineExceeded) {
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
	if e, ok := errors.AsType[x509.CertificateInvalidError](err); ok {
		return strings.TrimPrefix(e.Error(), "x509: ")
	}
	return err.Error()
}

// isTLSVersionError recognises a handshake that failed on the protocol
// version, from either side: the peer's protocol_version alert (70), or Go
// refusing a ServerHello outside MinVersion..MaxVersion. A handshake_failure
// or insufficient_security alert also counts when sslProtocols allows
// nothing newer than TLS 1.1, since servers answer old versions without a
// common cipher suite that way. Servers that just hang up are handled by
// checkTLSVersion.
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
