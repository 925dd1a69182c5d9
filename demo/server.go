// Package demo is Mailroom's demo mode (`mailroom serve --demo`): an
// in-process IMAP server on 127.0.0.1 whose one account holds a small team's
// sample mail, and a "Demo" workspace with a "Demo inbox" email folder that
// reads it, so a newcomer signs in and clicks "Check email".
//
// The server speaks IMAPS with a self-signed certificate made at start and
// trusted by the folder alone, so the demo goes through the same TLS
// verification as a real account.
package demo

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/base64"
	"fmt"
	"log/slog"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"
	"github.com/emersion/go-imap/v2/imapserver/imapmemserver"
)

// Username is the login and address of the demo account.
const Username = "demo@mailroom.local"

// host is where the demo server listens: loopback only, nothing outside the
// machine reaches the demo account.
const host = "127.0.0.1"

// Server is the running demo IMAP server. Its port, password and certificate
// are new at every start.
type Server struct {
	imap     *imapserver.Server
	port     int
	password string
	certPEM  string
	messages int

	closeOnce sync.Once
	closeErr  error
	served    chan struct{}
}

// Listen starts the demo IMAP server on a free port of 127.0.0.1, with the
// sample mail in the INBOX of Username, all of it unread.
func Listen(log *slog.Logger) (*Server, error) {
	now := time.Now()
	mail, err := samples(now)
	if err != nil {
		return nil, fmt.Errorf("demo mail: %w", err)
	}
	password, err := randomPassword()
	if err != nil {
		return nil, err
	}
	cert, certPEM, err := selfSignedCertificate(now)
	if err != nil {
		return nil, fmt.Errorf("demo certificate: %w", err)
	}

	user := imapmemserver.NewUser(Username, password)
	if err := user.Create("INBOX", nil); err != nil {
		return nil, err
	}
	for _, m := range mail {
		// APPEND without flags: unread, as new mail is.
		if _, err := user.Append("INBOX", bytes.NewReader(m.raw), &imap.AppendOptions{Time: m.date}); err != nil {
			return nil, fmt.Errorf("demo mail %s: %w", m.name, err)
		}
	}
	mem := imapmemserver.New()
	mem.AddUser(user)

	tlsConfig := &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS12}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return mem.NewSession(), nil, nil
		},
		Caps:      imap.CapSet{imap.CapIMAP4rev1: {}, imap.CapIMAP4rev2: {}},
		TLSConfig: tlsConfig,
		Logger:    imapLogger{log},
	})
	ln, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
	if err != nil {
		return nil, fmt.Errorf("demo IMAP server: %w", err)
	}
	s := &Server{
		imap: srv, port: ln.Addr().(*net.TCPAddr).Port, password: password,
		certPEM: certPEM, messages: len(mail), served: make(chan struct{}),
	}
	// Implicit TLS (IMAPS): the connection is encrypted before the greeting.
	go func() {
		defer close(s.served)
		if err := srv.Serve(tls.NewListener(ln, tlsConfig)); err != nil {
			log.Error("demo IMAP server stopped", slog.Any("error", err))
		}
	}()
	return s, nil
}

// Addr is the host:port of the server.
func (s *Server) Addr() string { return net.JoinHostPort(host, fmt.Sprint(s.port)) }

// CertificatePEM is the server's self-signed certificate, which the demo
// folder trusts.
func (s *Server) CertificatePEM() string { return s.certPEM }

// Close stops the server and closes its connections.
func (s *Server) Close() error {
	s.closeOnce.Do(func() {
		s.closeErr = s.imap.Close()
		<-s.served
	})
	return s.closeErr
}

func randomPassword() (string, error) {
	b := make([]byte, 18)
	if _, err := rand.Read(b); err != nil {
		return "", fmt.Errorf("demo password: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

// imapLogger sends go-imap's server log to slog. Clients that hang up
// mid-command are routine; anything else is worth a warning.
type imapLogger struct{ log *slog.Logger }

func (l imapLogger) Printf(format string, args ...any) {
	msg := strings.TrimSpace(fmt.Sprintf(format, args...))
	level := slog.LevelWarn
	if strings.HasPrefix(msg, "failed to read command") || strings.HasPrefix(msg, "failed to write greeting") {
		level = slog.LevelDebug
	}
	l.log.Log(context.Background(), level, "demo IMAP server", slog.String("detail", msg))
}
