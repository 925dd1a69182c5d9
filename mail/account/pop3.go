package account

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"

	"mailroom/mail/pop3"
)

// DialPOP3 connects to the POP3 server of cfg with the connection policy
// (see DialIMAP; STLS plays the part of STARTTLS) and logs in. The client's
// command timeout is cfg.Timeout. It is tied to ctx: cancelling ctx closes
// it, closing it releases the tie. Errors are classified (see Classify).
func DialPOP3(ctx context.Context, cfg Config) (*pop3.Client, error) {
	c, _, err := dialPOP3(ctx, cfg)
	return c, err
}

func dialPOP3(ctx context.Context, cfg Config) (*pop3.Client, *link, error) {
	cfg, tlsCfg, err := prepare(cfg, false)
	if err != nil {
		return nil, nil, err
	}
	var (
		c  *pop3.Client
		l  *link
		st stage
	)
	switch {
	case cfg.Protocol == POP3S:
		c, l, st, err = pop3ImplicitTLS(ctx, cfg, tlsCfg)
		if err != nil && mayFallBack(ctx, cfg, st, err) {
			logFallback(cfg, err)
			implicitErr := err
			c, l, st, err = pop3StartTLS(ctx, cfg, tlsCfg)
			if err != nil {
				return nil, nil, fallbackError(cfg, implicitErr, st, err)
			}
		}
	case cfg.StartTLS:
		c, l, _, err = pop3StartTLS(ctx, cfg, tlsCfg)
	default:
		c, l, _, err = pop3Plain(ctx, cfg)
	}
	if err != nil {
		return nil, nil, inWords(err, cfg)
	}
	if err := l.step(ctx, "login to", func() error { return pop3Login(ctx, cfg, c) }); err != nil {
		c.Close()
		if errors.Is(err, pop3.ErrAuthFailed) {
			return nil, nil, authFailed(err, serverText(err))
		}
		return nil, nil, inWords(err, cfg)
	}
	return c, l, nil
}

// pop3Greet reads the greeting on conn (l or TLS over l) and sets the
// command timeout.
func pop3Greet(ctx context.Context, cfg Config, l *link, conn net.Conn) (*pop3.Client, error) {
	var c *pop3.Client
	err := l.step(ctx, "greeting from", func() (err error) {
		c, err = pop3.NewClient(conn)
		return err
	})
	if err != nil {
		return nil, err
	}
	c.SetTimeout(cfg.Timeout)
	return c, nil
}

func pop3ImplicitTLS(ctx context.Context, cfg Config, tlsCfg *tls.Config) (*pop3.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.implicitTLSPort())
	if err != nil {
		return nil, nil, stageDial, err
	}
	tlsCfg = tlsCfg.Clone()
	tlsCfg.NextProtos = []string{"pop3"}
	tc := tls.Client(l, tlsCfg)
	if err := l.step(ctx, "TLS handshake with", func() error { return tc.HandshakeContext(ctx) }); err != nil {
		l.Close()
		return nil, nil, stageHandshake, checkTLSVersion(ctx, cfg, cfg.implicitTLSPort(), false, err)
	}
	c, err := pop3Greet(ctx, cfg, l, tc)
	if err != nil {
		tc.Close()
		return nil, nil, stageSession, err
	}
	return c, l, stageSession, nil
}

func pop3StartTLS(ctx context.Context, cfg Config, tlsCfg *tls.Config) (*pop3.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.Port)
	if err != nil {
		return nil, nil, stageDial, err
	}
	c, err := pop3Greet(ctx, cfg, l, l)
	if err != nil {
		l.Close()
		return nil, nil, stageSession, err
	}
	var caps map[string][]string
	capErr := l.step(ctx, "capabilities of", func() (err error) {
		caps, err = c.Capabilities()
		return err
	})
	_, hasSTLS := caps["STLS"]
	_, noCAPA := errors.AsType[*pop3.Error](capErr)
	switch {
	case capErr == nil && !hasSTLS:
		c.Close()
		return nil, nil, stageSession, startTLSUnavailable(nil, l.addr)
	case capErr != nil && !noCAPA:
		c.Close()
		return nil, nil, stageSession, capErr
	}
	// A server without CAPA (RFC 2449 is optional) may still know STLS.
	if err := l.step(ctx, "STLS with", func() error { return c.StartTLS(tlsCfg) }); err != nil {
		c.Close()
		if _, ok := errors.AsType[*pop3.Error](err); ok {
			return nil, nil, stageSession, startTLSUnavailable(err, l.addr)
		}
		return nil, nil, stageSession, checkTLSVersion(ctx, cfg, cfg.Port, true, err)
	}
	return c, l, stageSession, nil
}

func pop3Plain(ctx context.Context, cfg Config) (*pop3.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.Port)
	if err != nil {
		return nil, nil, stageDial, err
	}
	c, err := pop3Greet(ctx, cfg, l, l)
	if err != nil {
		l.Close()
		return nil, nil, stageSession, err
	}
	return c, l, stageSession, nil
}

func testPOP3(ctx context.Context, cfg Config) error {
	c, l, err := dialPOP3(ctx, cfg)
	if err != nil {
		return err
	}
	defer c.Close()
	if err := l.step(ctx, "STAT on", func() error { _, _, err := c.Stat(); return err }); err != nil {
		return inWords(err, cfg)
	}
	if err := l.step(ctx, "QUIT on", c.Quit); err != nil {
		return inWords(err, cfg)
	}
	return nil
}

// pop3Login logs in with USER/PASS, or with a token over AUTH and the
// mechanism oauthMechanism chooses from CAPA's SASL line.
func pop3Login(ctx context.Context, cfg Config, c *pop3.Client) error {
	if cfg.OAuth == nil {
		return c.Auth(cfg.Username, cfg.Password)
	}
	caps, err := c.Capabilities()
	if err != nil {
		return fmt.Errorf("the server does not list its sign-in mechanisms (CAPA): %w", err)
	}
	mech, err := oauthMechanism(cfg.OAuthMechanism, caps["SASL"])
	if err != nil {
		return err
	}
	tok, err := accessToken(ctx, cfg)
	if err != nil {
		return err
	}
	return c.Authenticate(oauthClient(mech, cfg.Username, tok))
}
