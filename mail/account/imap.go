package account

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"mime"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/emersion/go-message/charset"
	"github.com/emersion/go-sasl"
)

// DialIMAP connects to the IMAP server of cfg with the connection policy,
// logs in and returns a ready client; no mailbox is selected.
//
// IMAPS connects with implicit TLS to SocketFactoryPort (or Port); if the TLS
// socket cannot be made and SocketFactoryFallback is set, it retries on Port
// with STARTTLS. IMAP connects to Port and upgrades with STARTTLS when
// StartTLS is set (the server must accept it); without StartTLS it only logs
// in if AllowInsecureAuth allows credentials in clear text.
//
// The client is tied to ctx: cancelling ctx closes it, and closing the
// client releases the tie. handler, if not nil, receives unsolicited data
// such as EXISTS during IDLE. Errors are classified (see Classify).
func DialIMAP(ctx context.Context, cfg Config, handler *imapclient.UnilateralDataHandler) (*imapclient.Client, error) {
	c, _, err := dialIMAP(ctx, cfg, handler)
	return c, err
}

func dialIMAP(ctx context.Context, cfg Config, handler *imapclient.UnilateralDataHandler) (*imapclient.Client, *link, error) {
	cfg, tlsCfg, err := prepare(cfg, true)
	if err != nil {
		return nil, nil, err
	}
	opts := &imapclient.Options{
		TLSConfig:             tlsCfg,
		UnilateralDataHandler: handler,
		// Without it, subjects and names in other charsets than UTF-8 and
		// ISO-8859-1 come out wrong. DebugWriter stays unset: it would log
		// the password.
		WordDecoder: &mime.WordDecoder{CharsetReader: charset.Reader},
	}

	var (
		c  *imapclient.Client
		l  *link
		st stage
	)
	switch {
	case cfg.Protocol == IMAPS:
		c, l, st, err = imapImplicitTLS(ctx, cfg, tlsCfg, opts)
		if err != nil && mayFallBack(ctx, cfg, st, err) {
			logFallback(cfg, err)
			implicitErr := err
			c, l, st, err = imapStartTLS(ctx, cfg, opts)
			if err != nil {
				return nil, nil, fallbackError(cfg, implicitErr, st, err)
			}
		}
	case cfg.StartTLS:
		c, l, _, err = imapStartTLS(ctx, cfg, opts)
	default:
		c, l, _, err = imapPlain(ctx, cfg, opts)
	}
	if err != nil {
		return nil, nil, inWords(err, cfg)
	}
	if err := imapLogin(ctx, cfg, c, l); err != nil {
		c.Close()
		return nil, nil, inWords(err, cfg)
	}
	return c, l, nil
}

func imapImplicitTLS(ctx context.Context, cfg Config, tlsCfg *tls.Config, opts *imapclient.Options) (*imapclient.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.implicitTLSPort())
	if err != nil {
		return nil, nil, stageDial, err
	}
	tlsCfg = tlsCfg.Clone()
	tlsCfg.NextProtos = []string{"imap"} // as imapclient.DialTLS does
	tc := tls.Client(l, tlsCfg)
	if err := l.step(ctx, "TLS handshake with", func() error { return tc.HandshakeContext(ctx) }); err != nil {
		l.Close()
		return nil, nil, stageHandshake, checkTLSVersion(ctx, cfg, cfg.implicitTLSPort(), false, err)
	}
	c := imapclient.New(tc, opts)
	if err := l.step(ctx, "greeting from", c.WaitGreeting); err != nil {
		c.Close()
		return nil, nil, stageSession, err
	}
	return c, l, stageSession, nil
}

func imapStartTLS(ctx context.Context, cfg Config, opts *imapclient.Options) (*imapclient.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.Port)
	if err != nil {
		return nil, nil, stageDial, err
	}
	var c *imapclient.Client
	err = l.step(ctx, "STARTTLS with", func() (err error) {
		// NewStartTLS sends STARTTLS right after the greeting and fails on
		// anything but OK, so a server without STARTTLS is never sent the
		// credentials. It closes the connection on error.
		c, err = imapclient.NewStartTLS(l, opts)
		return err
	})
	if err != nil {
		l.Close()
		if _, ok := errors.AsType[*imap.Error](err); ok {
			return nil, nil, stageSession, startTLSUnavailable(err, l.addr)
		}
		return nil, nil, stageSession, checkTLSVersion(ctx, cfg, cfg.Port, true, err)
	}
	return c, l, stageSession, nil
}

func imapPlain(ctx context.Context, cfg Config, opts *imapclient.Options) (*imapclient.Client, *link, stage, error) {
	l, err := dial(ctx, cfg, cfg.Port)
	if err != nil {
		return nil, nil, stageDial, err
	}
	c := imapclient.New(l, opts)
	if err := l.step(ctx, "greeting from", c.WaitGreeting); err != nil {
		c.Close()
		return nil, nil, stageSession, err
	}
	return c, l, stageSession, nil
}

// imapLogin authenticates with LOGIN, the one mechanism every server has,
// or AUTHENTICATE PLAIN when the server disables LOGIN.
func imapLogin(ctx context.Context, cfg Config, c *imapclient.Client, l *link) error {
	if c.State() == imap.ConnStateAuthenticated {
		return nil // PREAUTH on a TLS connection
	}
	var caps imap.CapSet
	if err := l.step(ctx, "capabilities of", func() error {
		if caps = c.Caps(); caps == nil {
			return errors.New("no CAPABILITY answer")
		}
		return nil
	}); err != nil {
		return err
	}
	err := l.step(ctx, "login to", func() error {
		if cfg.OAuth != nil {
			return imapOAuth(ctx, cfg, c, caps)
		}
		if caps.Has(imap.CapLoginDisabled) {
			if !caps.Has(imap.AuthCap(sasl.Plain)) {
				return errors.New("the server disables LOGIN and offers no AUTHENTICATE PLAIN")
			}
			return c.Authenticate(sasl.NewPlainClient("", cfg.Username, cfg.Password))
		}
		return c.Login(cfg.Username, cfg.Password).Wait()
	})
	if err == nil {
		waitAuthenticated(c)
		return nil
	}
	if bearerErr, ok := errors.AsType[*sasl.OAuthBearerError](err); ok {
		return authFailed(err, "the server refused the access token ("+bearerErr.Status+")")
	}
	if imapErr, ok := errors.AsType[*imap.Error](err); ok {
		switch {
		case imapErr.Code == imap.ResponseCodePrivacyRequired:
			return privacyRequired(err, imapErr.Text)
		case imapErr.Type == imap.StatusResponseTypeNo &&
			imapErr.Code != imap.ResponseCodeUnavailable && imapErr.Code != imap.ResponseCodeServerBug:
			// Servers answer NO to bad credentials, with or without the
			// AUTHENTICATIONFAILED code.
			return authFailed(err, imapErr.Text)
		}
	}
	return err
}

func testIMAP(ctx context.Context, cfg Config) error {
	c, l, err := dialIMAP(ctx, cfg, nil)
	if err != nil {
		return err
	}
	defer c.Close()
	err = l.step(ctx, "examine mailbox on", func() error {
		_, err := c.Select(cfg.Mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
		return err
	})
	if classified := ClassifySelect(err, cfg); errors.Is(classified, ErrMailboxNotFound) {
		return classified
	}
	if err != nil {
		return inWords(fmt.Errorf("mailbox %q: %w", cfg.Mailbox, err), cfg)
	}
	if err := l.step(ctx, "logout from", func() error { return c.Logout().Wait() }); err != nil {
		return inWords(err, cfg)
	}
	return nil
}

// waitAuthenticated waits (briefly) until State reports the login: go-imap
// beta.8 wakes Login().Wait() before it records the new state, so a caller
// checking State right after DialIMAP could see "not authenticated".
func waitAuthenticated(c *imapclient.Client) {
	for i := 0; i < 1000 && c.State() == imap.ConnStateNotAuthenticated; i++ {
		time.Sleep(time.Millisecond)
	}
}

// imapOAuth signs in with AUTHENTICATE and the mechanism oauthMechanism
// chooses from the server's AUTH= capabilities.
func imapOAuth(ctx context.Context, cfg Config, c *imapclient.Client, caps imap.CapSet) error {
	mech, err := oauthMechanism(cfg.OAuthMechanism, caps.AuthMechanisms())
	if err != nil {
		return err
	}
	tok, err := accessToken(ctx, cfg)
	if err != nil {
		return err
	}
	return c.Authenticate(oauthClient(mech, cfg.Username, tok))
}
