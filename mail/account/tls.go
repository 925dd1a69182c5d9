package account

import (
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
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
