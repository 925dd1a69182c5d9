package account

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"mailroom/netpolicy"
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
	conn, err := cfg.Hosts.Dialer(cfg.Host, cfg.Timeout).DialContext(ctx, "tcp", addr)
	if denied, ok := netpolicy.Denied(err); ok {
		return nil, denied // in the user's words, without the dialer's prefix
	}
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
	if !t.Stop() && err == nil {
		// The timer fired as fn finished: the connection is closed anyway.
		err = errors.New("connection closed by the step timeout")
	}
	if err == nil {
		return nil
	}
	return l.explain(ctx, what, err)
}

// explain puts the reason a step failed first: the caller's context, our
// timeout, or the I/O error hidden behind a protocol error.
func (l *link) explain(ctx context.Context, what string, err error) error {
	if ctxErr := ctx.Err(); ctxErr != nil {
		return &stepError{what: what, addr: l.addr, err: context.Cause(ctx)}
	}
	if l.timedOut.Load() {
		return timeoutError(err, l.addr, l.timeout)
	}
	ioErr := l.firstIOError()
	if errors.Is(ioErr, io.EOF) || errors.Is(ioErr, io.ErrUnexpectedEOF) || errors.Is(ioErr, syscall.ECONNRESET) {
		err = fmt.Errorf("the server closed the connection: %w", err)
	} else if ioErr != nil && !errors.Is(err, ioErr) {
		err = fmt.Errorf("%w (%w)", err, ioErr)
	}
	return &stepError{what: what, addr: l.addr, err: err}
}

// stepError is a failed connection step; Classify takes the address from it.
type stepError struct {
	what, addr string
	err        error
}

func (e *stepError) Error() string { return e.what + " " + e.addr + ": " + e.err.Error() }
func (e *stepError) Unwrap() error { return e.err }

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
	// The same port cannot be reached a second time either.
	if st == stageDial && cfg.Port == cfg.implicitTLSPort() {
		return false
	}
	classified := Classify(err, cfg)
	for _, kind := range []error{ErrHostNotFound, ErrCertUntrusted, ErrTLSVersion, netpolicy.ErrDenied} {
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
	implicitErr = inWords(implicitErr, cfg)
	startTLSErr = inWords(startTLSErr, cfg)
	if startTLSStage == stageDial {
		return annotate(implicitErr, fmt.Sprintf("; the STARTTLS fallback on %s failed too: %s", cfg.address(cfg.Port), summary(startTLSErr)))
	}
	return annotate(startTLSErr, fmt.Sprintf(" (after implicit TLS on %s failed: %s)", cfg.address(cfg.implicitTLSPort()), summary(implicitErr)))
}

// annotate appends a note to the message of err, keeping its kind, hint
// and cause.
func annotate(err error, note string) error {
	if e, ok := errors.AsType[*Error](err); ok {
		return &Error{Kind: e.Kind, Msg: e.Msg + note, Hint: e.Hint, Err: e.Err}
	}
	return fmt.Errorf("%w%s", err, note)
}

// summary is the message of err without its hint.
func summary(err error) string {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Msg
	}
	return err.Error()
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
