package account

import (
	"bytes"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"testing"
	"time"
)

// testCertPEM is a throwaway self-signed certificate (localhost).
const testCertPEM = `-----BEGIN CERTIFICATE-----
MIIBfzCCASWgAwIBAgIUF+l94y4FHKtzqpha6fHz4OTNd08wCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJbG9jYWxob3N0MCAXDTI2MTEyNTIwMzczMFoYDzIxMjYxMTAx
MjAzNzMwWjAUMRIwEAYDVQQDDAlsb2NhbGhvc3QwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARqYpaJs07ara/z29SyPMzg08c3ixqTgGE7/ZmYTcfQ4PF7rfxpqmOx
px8eiJy3HfuyICdvtdRfI+UVKF8aNFfXo1MwUTAdBgNVHQ4EFgQUyrs63sCbhGig
ZkJkFvNl/bdOmHgwHwYDVR0jBBgwFoAUyrs63sCbhGigZkJkFvNl/bdOmHgwDwYD
VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiAupzjkaOAy7cJbbFap0UH6
H6jwurrLM/4Wc2Pe5M7QBwIhALlxmoNdFsKIT+2Nka+4v+qxM9nQOivPZLUmDVo+
PNvb
-----END CERTIFICATE-----
`

func validConfig() Config {
	return Config{
		Protocol: IMAPS, Host: "imap.example.com", Port: 993,
		SSLProtocols: "TLSv1.2 TLSv1.3", Username: "alice@example.com", Password: "secret",
	}
}

func TestWithDefaults(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   Config
		port int
	}{
		{Config{}, 993},
		{Config{Protocol: IMAPS}, 993},
		{Config{Protocol: IMAP}, 143},
		{Config{Protocol: POP3S}, 995},
		{Config{Protocol: "pop3"}, 110},
		{Config{Protocol: IMAP, Port: 1143}, 1143},
	}
	for _, tc := range tests {
		got := tc.in.WithDefaults()
		if got.Port != tc.port || got.SocketFactoryPort != tc.port {
			t.Errorf("%q: port %d, socketFactoryPort %d; want %d", tc.in.Protocol, got.Port, got.SocketFactoryPort, tc.port)
		}
	}
	got := Config{SocketFactoryPort: 10993}.WithDefaults()
	if got.Protocol != IMAPS || got.SocketFactoryPort != 10993 || got.Mailbox != "INBOX" ||
		got.SSLProtocols != "TLSv1.2 TLSv1.3" || got.Timeout != 30*time.Second {
		t.Errorf("defaults = %+v", got)
	}
}

func TestValidate(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		change func(*Config)
		field  string
		msg    string // part of the message
	}{
		{"empty host", func(c *Config) { c.Host = "" }, "host", "required"},
		{"URL as host", func(c *Config) { c.Host = "imaps://imap.example.com" }, "host", "URL"},
		{"host with port", func(c *Config) { c.Host = "imap.example.com:993" }, "host", "port"},
		{"port 0", func(c *Config) { c.Port = 0 }, "port", "1 to 65535"},
		{"port 70000", func(c *Config) { c.Port = 70000 }, "port", "1 to 65535"},
		{"negative port", func(c *Config) { c.Port = -1 }, "port", "1 to 65535"},
		{"socketFactoryPort 70000", func(c *Config) { c.SocketFactoryPort = 70000 }, "socketFactoryPort", "1 to 65535"},
		{"unknown protocol", func(c *Config) { c.Protocol = "SMTP" }, "protocol", "unknown protocol"},
		{"empty protocol", func(c *Config) { c.Protocol = "" }, "protocol", "unknown protocol"},
		{"SSLv3", func(c *Config) { c.SSLProtocols = "SSLv3 TLSv1.2" }, "sslProtocols", "SSLv3 is insecure and not supported"},
		{"SSLv2Hello", func(c *Config) { c.SSLProtocols = "SSLv2Hello" }, "sslProtocols", "insecure and not supported"},
		{"unknown TLS version", func(c *Config) { c.SSLProtocols = "TLSv1.4" }, "sslProtocols", "unknown TLS version"},
		{"garbage PEM", func(c *Config) { c.TrustedCertificate = "not a certificate" }, "trustedCertificate", "no PEM certificate"},
		{"corrupt PEM", func(c *Config) {
			c.TrustedCertificate = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
		}, "trustedCertificate", "cannot be read"},
		{"private key", func(c *Config) {
			c.TrustedCertificate = testCertPEM + "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
		}, "trustedCertificate", "private key"},
		{"no user", func(c *Config) { c.Username = " " }, "email", "required"},
		{"no password", func(c *Config) { c.Password = "" }, "password", "required"},
		{"CRLF in user", func(c *Config) { c.Username = "a\r\nb" }, "username", "line break"},
		{"CRLF in mailbox", func(c *Config) { c.Mailbox = "INBOX\r\nA1 DELETE INBOX" }, "mailbox", "line break"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := validConfig()
			tc.change(&cfg)
			err := cfg.Validate()
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Fatalf("Validate() = %v, want a *FieldError", err)
			}
			if fe.Field != tc.field || !strings.Contains(fe.Message, tc.msg) {
				t.Fatalf("Validate() = %q on %q, want field %q with %q", fe.Message, fe.Field, tc.field, tc.msg)
			}
		})
	}

	valid := []Config{
		validConfig(),
		{Protocol: POP3, Host: "10.0.0.1", Port: 110, Username: "u", Password: "p"},
		{Protocol: IMAP, Host: "::1", Port: 143, Username: "u", Password: "p", SSLProtocols: "TLS"},
		func() Config { c := validConfig(); c.TrustedCertificate = testCertPEM; return c }(),
	}
	for _, cfg := range valid {
		if err := cfg.Validate(); err != nil {
			t.Errorf("Validate(%+v) = %v", cfg, err)
		}
	}
}

func TestTLSVersions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in       string
		min, max uint16
		err      string
	}{
		{"", tls.VersionTLS12, tls.VersionTLS13, ""},
		{"SSL", tls.VersionTLS12, tls.VersionTLS13, ""},
		{"TLS", tls.VersionTLS12, tls.VersionTLS13, ""},
		{"TLSv1.2 TLSv1.3", tls.VersionTLS12, tls.VersionTLS13, ""},
		{"  tlsv1.3\t", tls.VersionTLS13, tls.VersionTLS13, ""},
		{"TLSv1", tls.VersionTLS10, tls.VersionTLS10, ""},
		{"TLSv1.1", tls.VersionTLS11, tls.VersionTLS11, ""},
		{"TLSv1 TLSv1.3", tls.VersionTLS10, tls.VersionTLS13, ""},
		{"SSLv3", 0, 0, "SSLv3 is insecure"},
		{"TLSv1.2 SSLv2Hello", 0, 0, "SSLv2Hello is insecure"},
		{"TLSv2", 0, 0, "unknown TLS version"},
	}
	for _, tc := range tests {
		min, max, err := TLSVersions(tc.in)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("TLSVersions(%q) error = %v, want %q", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil || min != tc.min || max != tc.max {
			t.Errorf("TLSVersions(%q) = %x, %x, %v; want %x, %x", tc.in, min, max, err, tc.min, tc.max)
		}
	}
}

func TestConfigNeverPrintsThePassword(t *testing.T) {
	t.Parallel()
	cfg := validConfig()
	cfg.Password = "hunter2-secret"
	var logged bytes.Buffer
	slog.New(slog.NewTextHandler(&logged, nil)).Info("fetch", slog.Any("config", cfg))
	for _, out := range []string{fmt.Sprint(cfg), fmt.Sprintf("%+v", cfg), fmt.Sprintf("%#v", cfg), logged.String()} {
		if strings.Contains(out, "hunter2") {
			t.Errorf("password printed: %s", out)
		}
		if !strings.Contains(out, "imap.example.com") {
			t.Errorf("host missing: %s", out)
		}
	}
}
