// Package account connects to the mail server of an email folder with the
// folder's connection policy: implicit TLS or STARTTLS, the allowed TLS
// versions, extra trusted certificates, and never a password in clear text
// unless the folder explicitly allows it.
package account

import (
	"fmt"
	"log/slog"
	"net"
	"strconv"
	"strings"
	"time"

	"mailroom/netpolicy"
)

// Protocol is the mail access protocol of a folder (GraphQL enum MailProtocol).
type Protocol string

// The protocols of DESIGN.md. The S variants use implicit TLS.
const (
	IMAP  Protocol = "IMAP"
	IMAPS Protocol = "IMAPS"
	POP3  Protocol = "POP3"
	POP3S Protocol = "POP3S"
)

// DefaultTimeout bounds dialing and each command when Config.Timeout is zero.
const DefaultTimeout = 30 * time.Second

// DefaultSSLProtocols is what "", "SSL" and "TLS" stand for in sslProtocols.
const DefaultSSLProtocols = "TLSv1.2 TLSv1.3"

// DefaultMailbox is the mailbox read when none is given.
const DefaultMailbox = "INBOX"

// DefaultPort returns the IANA port of p, or 0 for an unknown protocol.
func (p Protocol) DefaultPort() int {
	switch p {
	case IMAPS:
		return 993
	case IMAP:
		return 143
	case POP3S:
		return 995
	case POP3:
		return 110
	}
	return 0
}

// IsIMAP reports whether p is IMAP or IMAPS.
func (p Protocol) IsIMAP() bool { return p == IMAP || p == IMAPS }

// IsPOP3 reports whether p is POP3 or POP3S.
func (p Protocol) IsPOP3() bool { return p == POP3 || p == POP3S }

// implicitTLS reports whether p starts TLS before the first protocol byte.
func (p Protocol) implicitTLS() bool { return p == IMAPS || p == POP3S }

func (p Protocol) valid() bool { return p.IsIMAP() || p.IsPOP3() }

// Config is one email folder's server parameters (DESIGN.md table).
//
// The boolean defaults of the table (socketFactoryFallback and startTLS are
// true) belong to the stored folder: a Go bool cannot tell "unset" from
// false, so WithDefaults leaves them alone.
type Config struct {
	Protocol Protocol
	Host     string
	// Port is the server port; 0 means the protocol's default (993/143/995/110).
	Port int
	// SocketFactoryPort is the implicit-TLS port (IMAPS, POP3S); 0 means Port.
	SocketFactoryPort int
	// SocketFactoryFallback retries on Port with STARTTLS when the implicit
	// TLS connection on SocketFactoryPort cannot be made.
	SocketFactoryFallback bool
	// StartTLS makes STARTTLS/STLS mandatory on plain ports: no silent downgrade.
	StartTLS bool
	// SSLProtocols lists the allowed TLS versions, see TLSVersions.
	SSLProtocols string
	// TrustedCertificate holds extra PEM certificates trusted for this server,
	// in addition to the system roots (which honour SSL_CERT_FILE).
	TrustedCertificate string
	// AllowInsecureAuth allows credentials over a connection without TLS.
	AllowInsecureAuth bool
	Username          string
	Password          string
	// OAuth, when set, signs in with an OAuth2 access token (SASL
	// OAUTHBEARER or XOAUTH2, see oauth.go) instead of Password. It is asked
	// for a token at each login, so a long-lived configuration (a push
	// watcher's) always sends a fresh one. It must be comparable.
	OAuth TokenSource
	// OAuthMechanism forces MechXOAUTH2 or MechOAUTHBEARER; "" chooses by
	// the server's capabilities (see oauthMechanism).
	OAuthMechanism string
	// Mailbox is the IMAP folder to read; "" means INBOX.
	Mailbox string
	// Hosts is the administrator's policy of reachable addresses
	// (--allowed-mail-hosts), checked on each address dialed; nil allows
	// public addresses only, never loopback, private or link-local ones.
	Hosts *netpolicy.Policy
	// Timeout bounds dialing, the TLS handshake and each command sent while
	// connecting and by Test; 0 means DefaultTimeout. Later commands are
	// bounded by the context given to DialIMAP/DialPOP3 (cancelling it closes
	// the connection) and, for POP3, by the client's command timeout, which
	// DialPOP3 sets to Timeout.
	Timeout time.Duration
}

// WithDefaults returns c with the zero values replaced by the defaults of
// DESIGN.md: protocol IMAPS, the protocol's port, socketFactoryPort = port,
// sslProtocols "TLSv1.2 TLSv1.3", mailbox INBOX and a 30 s timeout.
func (c Config) WithDefaults() Config {
	c.Protocol = Protocol(strings.ToUpper(strings.TrimSpace(string(c.Protocol))))
	if c.Protocol == "" {
		c.Protocol = IMAPS
	}
	c.Host = strings.TrimSpace(c.Host)
	if c.Port == 0 {
		c.Port = c.Protocol.DefaultPort()
	}
	if c.SocketFactoryPort == 0 {
		c.SocketFactoryPort = c.Port
	}
	if strings.TrimSpace(c.SSLProtocols) == "" {
		c.SSLProtocols = DefaultSSLProtocols
	}
	if c.Mailbox == "" {
		c.Mailbox = DefaultMailbox
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	return c
}

// String shows c with the password redacted, for %v, %+v and %s.
func (c Config) String() string {
	type plain Config // no methods: no recursion into String
	p := plain(c)
	if p.Password != "" {
		p.Password = "[redacted]"
	}
	return fmt.Sprintf("%+v", p)
}

// GoString keeps %#v from printing the password.
func (c Config) GoString() string { return "account.Config" + c.String() }

// LogValue is what slog records for a Config: never the password.
func (c Config) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("protocol", string(c.Protocol)),
		slog.String("host", c.Host),
		slog.Int("port", c.Port),
		slog.Int("socketFactoryPort", c.SocketFactoryPort),
		slog.Bool("socketFactoryFallback", c.SocketFactoryFallback),
		slog.Bool("startTLS", c.StartTLS),
		slog.String("sslProtocols", c.SSLProtocols),
		slog.Bool("trustedCertificate", c.TrustedCertificate != ""),
		slog.Bool("allowInsecureAuth", c.AllowInsecureAuth),
		slog.String("username", c.Username),
		slog.Bool("oauth", c.OAuth != nil),
		slog.String("mailbox", c.Mailbox),
	)
}

// FieldError is an invalid folder parameter; Field is the GraphQL field name
// so the UI can show the message next to the right input.
type FieldError struct {
	Field   string
	Message string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Message }

// Validate reports the first invalid parameter as a *FieldError. Apply
// WithDefaults first: a zero port is invalid here.
func (c Config) Validate() error {
	if !c.Protocol.valid() {
		return &FieldError{"protocol", fmt.Sprintf("unknown protocol %q: use IMAP, IMAPS, POP3 or POP3S", c.Protocol)}
	}
	if err := validateHost(c.Host); err != nil {
		return err
	}
	if c.Port < 1 || c.Port > 65535 {
		return &FieldError{"port", fmt.Sprintf("port %d is out of range: use 1 to 65535", c.Port)}
	}
	// 0 keeps its "same as port" meaning for callers that skip WithDefaults.
	if c.SocketFactoryPort < 0 || c.SocketFactoryPort > 65535 {
		return &FieldError{"socketFactoryPort", fmt.Sprintf("port %d is out of range: use 1 to 65535", c.SocketFactoryPort)}
	}
	if _, _, err := TLSVersions(c.SSLProtocols); err != nil {
		return &FieldError{"sslProtocols", err.Error()}
	}
	if _, err := parseTrustedCertificate(c.TrustedCertificate); err != nil {
		return &FieldError{"trustedCertificate", err.Error()}
	}
	if strings.TrimSpace(c.Username) == "" {
		return &FieldError{"email", "an e-mail address or user name is required to log in"}
	}
	if c.Password == "" && c.OAuth == nil {
		return &FieldError{"password", "a password is required"}
	}
	// CR or LF would let a value end the LOGIN/USER/PASS line and inject a
	// command of its own.
	if strings.ContainsAny(c.Username, "\r\n\x00") {
		return &FieldError{"username", "the user name contains a line break"}
	}
	if strings.ContainsAny(c.Password, "\r\n\x00") {
		return &FieldError{"password", "the password contains a line break"}
	}
	if strings.ContainsAny(c.Mailbox, "\r\n\x00") {
		return &FieldError{"mailbox", "the mailbox name contains a line break"}
	}
	return nil
}

// validateHost catches the usual paste mistakes: a URL or host:port instead
// of a bare name.
func validateHost(host string) error {
	switch {
	case host == "":
		return &FieldError{"host", "the server host name is required"}
	case strings.Contains(host, "://"):
		return &FieldError{"host", fmt.Sprintf("%q is a URL: give only the host name, e.g. imap.example.com", host)}
	case strings.ContainsAny(host, " \t\r\n/@"):
		return &FieldError{"host", fmt.Sprintf("%q is not a host name", host)}
	}
	if h, p, err := net.SplitHostPort(host); err == nil {
		if _, err := strconv.Atoi(p); err == nil {
			return &FieldError{"host", fmt.Sprintf("%q contains a port: put %s in host and %s in port", host, h, p)}
		}
	}
	return nil
}

// address is the host:port to dial.
func (c Config) address(port int) string {
	return net.JoinHostPort(c.Host, strconv.Itoa(port))
}

// implicitTLSPort is where IMAPS/POP3S dial first.
func (c Config) implicitTLSPort() int {
	if c.SocketFactoryPort != 0 {
		return c.SocketFactoryPort
	}
	return c.Port
}
