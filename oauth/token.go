package oauth

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"

	"golang.org/x/oauth2"

	"mailroom/ent"
	"mailroom/netpolicy"
)

// ErrSignInAgain is a refresh token the provider no longer accepts
// (revoked, expired, consent withdrawn): only the user can fix it.
var ErrSignInAgain = errors.New("the provider no longer accepts this folder's sign-in (revoked, expired or consent withdrawn): sign in again with Reconnect in the folder's parameters")

// Refresh asks p's token endpoint for a new access token. The answer may
// carry a new refresh token (rotation), which replaces the old one.
func (s *Service) Refresh(ctx context.Context, p *ent.OAuthProvider, refreshToken string) (*oauth2.Token, error) {
	conf, err := s.config(p, "")
	if err != nil {
		return nil, err
	}
	// No access token: the source refreshes at once.
	tok, err := conf.TokenSource(s.clientContext(ctx), &oauth2.Token{RefreshToken: refreshToken}).Token()
	if err != nil {
		return nil, tokenError("renew the access token", err)
	}
	return tok, nil
}

// tokenError says in words what the token endpoint answered, without its
// body (which is never shown or logged) and never with a token.
func tokenError(what string, err error) error {
	if re, ok := errors.AsType[*oauth2.RetrieveError](err); ok {
		if re.ErrorCode == "invalid_grant" {
			return &Error{Msg: fmt.Sprintf("%s (%s%s)", ErrSignInAgain, re.ErrorCode, describe(re.ErrorDescription)), Err: ErrSignInAgain}
		}
		code := re.ErrorCode
		if code == "" && re.Response != nil {
			code = re.Response.Status
		}
		return &Error{Msg: fmt.Sprintf("the provider refused to %s (%s%s)", what, printable(code, 60), describe(re.ErrorDescription))}
	}
	if d, ok := netpolicy.Denied(err); ok {
		return d
	}
	cause := err
	if u, ok := errors.AsType[*url.Error](err); ok {
		cause = u.Err // the URL is known; the cause is what matters
	}
	return &Error{Msg: fmt.Sprintf("could not reach the provider's token endpoint to %s: %v", what, cause), Err: err}
}

// clientContext carries the HTTP client of token endpoint calls to oauth2.
func (s *Service) clientContext(ctx context.Context) context.Context {
	return context.WithValue(ctx, oauth2.HTTPClient, s.http)
}

// httpClient dials only where the host policy permits (checked on each
// address dialed), uses no proxy from the environment (which would dial for
// it), and follows no redirect.
func (s *Service) httpClient() *http.Client {
	tr := &http.Transport{
		Proxy: nil,
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return s.opts.Hosts.DialContext(ctx, network, addr, s.opts.Timeout)
		},
		TLSClientConfig:     s.opts.TLS,
		TLSHandshakeTimeout: s.opts.Timeout,
		ForceAttemptHTTP2:   true,
	}
	return &http.Client{
		Transport: tr,
		Timeout:   s.opts.Timeout,
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
}
