package account

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"time"
)

// stage says how far a connection attempt got, which decides whether the
// implicit-TLS failure may fall back to STARTTLS.
type stage int

const (
	stageDial      stage = iota // TCP connect
	stageHandshake              // implicit TLS handshake
	stageSession                // anything after: greeting, STARTTLS, login
)

// link is the TCP connection under a client. It ties the connection to the
// context of the dial (cancelling it closes the connection; closing the
// connection releases the tie), bounds each connection step with the folder
// timeout, and remembers the first I/O error, because go-imap reports some of
// them as text only and classification needs the real value.
type link struct {
	net.Conn
	addr     string
	timeout  time.Duration
	stopTie  func() bool
	timedOut atomic.Bool

	mu    sync.Mutex
	ioErr error
}

// dial connects to cfg.Host:port. The returned link must be closed by the
// caller (directly or through the client built on it).
func dial(ctx context.Context, cfg Config, port int) (*link, error) {
	addr := cfg.address(port)
	d := &net.Dialer{Timeout: cfg.Timeout}
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("connect to %s: %w", addr, err)
	}
	l := &link{Conn: conn, addr: addr, timeout: cfg.Timeout}
	l.stopTie = context.AfterFunc(ctx, func() { conn.Close() })
	return l, nil
}

func (l *link) Read(p []byte) (int, error) {
	n, err := l.Conn.Read(p)
	if err != nil {
		l.record(err)
	}
	return n, err
}

func (l *link) Write(p []byte) (int, error) {
	n, err := l.Conn.Write(p)
	if err != nil {
		l.record(err)
	}
	return n, err
}

// Close closes the connection and releases its tie to the dial context, so
// long-lived contexts do not collect dead clients.
func (l *link) Close() error {
	l.stopTie()
	return l.Conn.Close()
}

func (l *link) record(err error) {
	l.mu.Lock()
	if l.ioErr == nil {
		l.ioErr = err
	}
	l.mu.Unlock()
}

func (l *link) firstIOError() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.ioErr
}

// step runs one connection step (handshake, greeting, STARTTLS, login...)
// within the folder timeout. The clients offer no cancellation, so a step
// that overruns is ended by closing the connection.
func (l *link) step(ctx context.Context, what string, fn func() error) error {
	t := time.AfterFunc(l.timeout, func() {
		l.timedOut.Store(true)
		l.Conn.Close()
	})
	err := fn()
	t.Stop()
	if err == nil {
		return nil
	}
	return l.explain(ctx, what, err)
}

// explain puts the reason a step failed first: the caller's context, our
// timeout, or the I/O error hidden behind a protocol error.
func (l *link) explain(ctx context.Context, what string, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return fmt.Errorf("%s %s: %w", what, l.addr, context.Cause(ctx))
	}
	if l.timedOut.Load() {
		return timeoutError(err, l.addr, l.timeout)
	}
	if ioErr := l.firstIOError(); ioErr != nil && !errors.Is(err, ioErr) {
		err = fmt.Errorf("%w (%w)", err, ioErr)
	}
	return fmt.Errorf("%s %s: %w", what, l.addr, err)
}

// prepare applies the defaults, validates cfg for the protocol family and
// builds its TLS configuration.
func prepare(cfg Config, imapFamily bool) (Config, *tls.Config, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.Validate(); err != nil {
		return cfg, nil, err
	}
	if imapFamily != cfg.Protocol.IsIMAP() {
		want := "IMAP or IMAPS"
		if !imapFamily {
			want = "POP3 or POP3S"
		}
		return cfg, nil, &FieldError{"protocol", fmt.Sprintf("protocol %s used where %s is needed", cfg.Protocol, want)}
	}
	// Refuse before dialing: nothing of the account must reach the wire.
	if !cfg.Protocol.implicitTLS() && !cfg.StartTLS && !cfg.AllowInsecureAuth {
		return cfg, nil, insecureAuth(cfg)
	}
	tlsCfg, err := cfg.tlsConfig()
	if err != nil {
		return cfg, nil, err
	}
	return cfg, tlsCfg, nil
}

// mayFallBack reports whether an implicit-TLS failure at st may be retried
// with STARTTLS on the plain port: only when the TLS socket could not be
// made. A certificate, TLS version or DNS problem would fail the same way on
// the other port and only hide the real reason.
func mayFallBack(ctx context.Context, cfg Config, st stage, err error) bool {
	if !cfg.SocketFactoryFallback || st == stageSession || ctx.Err() != nil {
		return false
	}
	classified := Classify(err, cfg)
	for _, kind := range []error{ErrHostNotFound, ErrCertUntrusted, ErrTLSVersion} {
		if errors.Is(classified, kind) {
			return false
		}
	}
	return true
}

// fallbackError reports the failure of both attempts, leading with the one
// that got further: the STARTTLS error when that connection was made, the
// implicit-TLS error otherwise.
func fallbackError(cfg Config, implicitErr error, startTLSStage stage, startTLSErr error) error {
	implicitErr = Classify(implicitErr, cfg)
	startTLSErr = Classify(startTLSErr, cfg)
	if startTLSStage == stageDial {
		return annotate(implicitErr, fmt.Sprintf("; the STARTTLS fallback on %s failed too: %v", cfg.address(cfg.Port), startTLSErr))
	}
	return annotate(startTLSErr, fmt.Sprintf(" (after implicit TLS on %s failed: %v)", cfg.address(cfg.implicitTLSPort()), implicitErr))
}

// annotate appends a note to the message of err, keeping its kind and cause.
func annotate(err error, note string) error {
	if e, ok := errors.AsType[*Error](err); ok {
		return &Error{Kind: e.Kind, Msg: e.Msg + note, Err: e.Err}
	}
	return fmt.Errorf("%w%s", err, note)
}

func logFallback(cfg Config, err error) {
	slog.Info("implicit TLS failed, trying STARTTLS",
		slog.String("protocol", string(cfg.Protocol)),
		slog.String("host", cfg.Host),
		slog.Int("socketFactoryPort", cfg.implicitTLSPort()),
		slog.Int("port", cfg.Port),
		slog.Any("error", err))
}

// Test checks the folder's connection parameters the way "Test connection"
// does: it logs in and, for IMAP, opens the mailbox read-only (EXAMINE), for
// POP3 asks STAT, then logs out. The error is classified (see Classify).
func Test(ctx context.Context, cfg Config) error {
	cfg = cfg.WithDefaults()
	if cfg.Protocol.IsPOP3() {
		return testPOP3(ctx, cfg)
	}
	return testIMAP(ctx, cfg)
}
