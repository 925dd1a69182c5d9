package account

import (
	"bufio"
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"strings"
)

// TLSVersions turns sslProtocols into the tls.Config version range.
//
// Tokens are whitespace-separated and case-insensitive: TLSv1, TLSv1.1,
// TLSv1.2, TLSv1.3; "SSL" and "TLS" (and an empty string) mean the safe
// default TLSv1.2 + TLSv1.3, as in JavaMail where they name the protocol
// family. SSLv2Hello, SSLv2 and SSLv3 are refused. Go only knows a range, so
// "TLSv1 TLSv1.3" allows everything from TLS 1.0 to 1.3: never less than the
// oldest version listed.
func TLSVersions(s string) (min, max uint16, err error) {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return tls.VersionTLS12, tls.VersionTLS13, nil
	}
	for _, f := range fields {
		var lo, hi uint16
		switch strings.ToUpper(f) {
		case "SSL", "TLS":
			lo, hi = tls.VersionTLS12, tls.VersionTLS13
		case "TLSV1", "TLSV1.0":
			lo, hi = tls.VersionTLS10, tls.VersionTLS10
		case "TLSV1.1":
			lo, hi = tls.VersionTLS11, tls.VersionTLS11
		case "TLSV1.2":
			lo, hi = tls.VersionTLS12, tls.VersionTLS12
		case "TLSV1.3":
			lo, hi = tls.VersionTLS13, tls.VersionTLS13
		case "SSLV3", "SSLV2", "SSLV2HELLO":
			return 0, 0, fmt.Errorf("%s is insecure and not supported: use TLSv1.2 and/or TLSv1.3", f)
		default:
			return 0, 0, fmt.Errorf("unknown TLS version %q: use TLSv1, TLSv1.1, TLSv1.2 or TLSv1.3", f)
		}
		if min == 0 || lo < min {
			min = lo
		}
		if hi > max {
			max = hi
		}
	}
	return min, max, nil
}

// versionRange describes min..max for messages, e.g. "TLS 1.0" or "TLS 1.2 to TLS 1.3".
func versionRange(min, max uint16) string {
	if min == max {
		return tls.VersionName(min)
	}
	return tls.VersionName(min) + " to " + tls.VersionName(max)
}

// parseTrustedCertificate parses the PEM of trustedCertificate; nil for an
// empty string.
func parseTrustedCertificate(s string) ([]*x509.Certificate, error) {
	rest := []byte(strings.TrimSpace(s))
	if len(rest) == 0 {
		return nil, nil
	}
	var certs []*x509.Certificate
	for len(rest) > 0 {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		switch {
		case block.Type == "CERTIFICATE":
			cert, err := x509.ParseCertificate(block.Bytes)
			if err != nil {
				return nil, fmt.Errorf("certificate %d cannot be read: %w", len(certs)+1, err)
			}
			certs = append(certs, cert)
		case strings.Contains(block.Type, "PRIVATE KEY"):
			// A pasted key would be stored with the folder: refuse it.
			return nil, errors.New("contains a private key: paste only the server's certificate")
		}
	}
	if len(certs) == 0 {
		return nil, errors.New("no PEM certificate found: paste the server's certificate, from -----BEGIN CERTIFICATE----- to -----END CERTIFICATE-----")
	}
	if len(strings.TrimSpace(string(rest))) > 0 {
		return nil, errors.New("unreadable text after the last certificate")
	}
	return certs, nil
}

// tlsConfig builds the client TLS configuration of c: the server name is
// checked against Host and, when TrustedCertificate is set, its certificates
// are trusted on top of the system roots.
func (c Config) tlsConfig() (*tls.Config, error) {
	min, max, err := TLSVersions(c.SSLProtocols)
	if err != nil {
		return nil, &FieldError{"sslProtocols", err.Error()}
	}
	cfg := &tls.Config{
		ServerName: c.Host,
		MinVersion: min,
		MaxVersion: max,
	}
	certs, err := parseTrustedCertificate(c.TrustedCertificate)
	if err != nil {
		return nil, &FieldError{"trustedCertificate", err.Error()}
	}
	if len(certs) > 0 {
		// SystemCertPool returns a copy, so adding to it is private to this
		// folder; it also reads SSL_CERT_FILE/SSL_CERT_DIR like the nil default.
		pool, err := x509.SystemCertPool()
		if err != nil || pool == nil {
			pool = x509.NewCertPool()
		}
		for _, cert := range certs {
			pool.AddCert(cert)
		}
		cfg.RootCAs = pool
	}
	return cfg, nil
}

// checkTLSVersion looks into a failed TLS handshake on port. Many servers
// (Dovecot among them) drop a ClientHello whose versions they refuse without
// sending the protocol_version alert, which leaves only an EOF. When
// sslProtocols narrows the versions, a second handshake with every version
// from TLS 1.0 to 1.3 tells whether the server would have spoken one that
// sslProtocols excludes; the error then says which. Other errors are
// returned unchanged.
func checkTLSVersion(ctx context.Context, cfg Config, port int, viaStartTLS bool, handshakeErr error) error {
	min, max, err := TLSVersions(cfg.SSLProtocols)
	if _, classified := errors.AsType[*Error](handshakeErr); classified || err != nil ||
		(min == tls.VersionTLS10 && max == tls.VersionTLS13) || ctx.Err() != nil ||
		isCertError(handshakeErr) || isTimeout(handshakeErr) || isTLSVersionError(handshakeErr, cfg) {
		return handshakeErr
	}
	if _, ok := errors.AsType[tls.RecordHeaderError](handshakeErr); ok {
		return handshakeErr // not TLS at all on that port
	}
	version, err := probeTLSVersion(ctx, cfg, port, viaStartTLS)
	if err != nil || (version >= min && version <= max) {
		return handshakeErr
	}
	return &Error{Kind: ErrTLSVersion, Err: handshakeErr,
		Msg: fmt.Sprintf("the server's TLS version is not accepted by sslProtocols %q: the server speaks %s, sslProtocols allows %s",
			cfg.SSLProtocols, tls.VersionName(version), versionRange(min, max)),
		Hint: versionHint(version)}
}

// probeTLSVersion runs a TLS handshake with every version allowed and
// returns the version the server picks. The connection is closed right after
// the handshake: no credentials or mail ever cross it, which is why the
// certificate is not checked here (the real connection checks it).
func probeTLSVersion(ctx context.Context, cfg Config, port int, viaStartTLS bool) (uint16, error) {
	l, err := dial(ctx, cfg, port)
	if err != nil {
		return 0, err
	}
	defer l.Close()
	var version uint16
	err = l.step(ctx, "TLS version probe of", func() error {
		if viaStartTLS {
			if err := plainStartTLS(l, cfg.Protocol.IsIMAP()); err != nil {
				return err
			}
		}
		tc := tls.Client(l, &tls.Config{
			ServerName:         cfg.Host,
			MinVersion:         tls.VersionTLS10,
			MaxVersion:         tls.VersionTLS13,
			InsecureSkipVerify: true, // diagnostic handshake only, see above
		})
		if err := tc.HandshakeContext(ctx); err != nil {
			return err
		}
		version = tc.ConnectionState().Version
		return nil
	})
	return version, err
}

// plainStartTLS asks for TLS on a plain IMAP or POP3 connection, for the
// probe, which must not go through the clients (they hide the TLS state).
func plainStartTLS(conn net.Conn, imapFamily bool) error {
	br := bufio.NewReader(conn)
	r := textproto.NewReader(br)
	if _, err := r.ReadLine(); err != nil { // greeting
		return err
	}
	cmd, ok := "STLS\r\n", "+OK"
	if imapFamily {
		cmd, ok = "P STARTTLS\r\n", "P OK"
	}
	if _, err := io.WriteString(conn, cmd); err != nil {
		return err
	}
	for {
		line, err := r.ReadLine()
		if err != nil {
			return err
		}
		if imapFamily && strings.HasPrefix(line, "* ") {
			continue // untagged data before the tagged answer
		}
		if !strings.HasPrefix(line, ok) || br.Buffered() > 0 {
			return fmt.Errorf("STARTTLS refused: %q", line)
		}
		return nil
	}
}

func versionHint(server uint16) string {
	hint := "add " + javaVersionName(server) + " to sslProtocols"
	if server < tls.VersionTLS12 {
		hint += ", if you accept an obsolete TLS version for this server; better, ask for TLS 1.2 or 1.3 on it"
	}
	return hint
}

// javaVersionName is the sslProtocols token of a TLS version.
func javaVersionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return tls.VersionName(v)
}
