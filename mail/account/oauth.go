package account

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/emersion/go-sasl"
)

// TokenSource gives the OAuth2 access token to sign in with. ingest's
// implementation refreshes it through the provider before it expires.
type TokenSource interface {
	AccessToken(ctx context.Context) (string, error)
}

// The SASL mechanisms of an OAuth2 sign-in.
const (
	// MechOAUTHBEARER is RFC 7628's standard mechanism.
	MechOAUTHBEARER = sasl.OAuthBearer
	// MechXOAUTH2 is Google's and Microsoft's older mechanism, the only one
	// Microsoft 365 offers.
	MechXOAUTH2 = "XOAUTH2"
)

// oauthMechanism decides how to sign in with a token: the forced mechanism
// if the server offers it, else OAUTHBEARER when offered (the standard;
// Gmail and Dovecot offer both), else XOAUTH2 (Microsoft 365 offers only
// it). offered lists the server's SASL mechanisms.
func oauthMechanism(forced string, offered []string) (string, error) {
	has := func(m string) bool {
		return slices.ContainsFunc(offered, func(o string) bool { return strings.EqualFold(o, m) })
	}
	if forced != "" {
		if !has(forced) {
			return "", fmt.Errorf("the server does not offer %s sign-in (it offers %s)", forced, offeredWords(offered))
		}
		return strings.ToUpper(forced), nil
	}
	for _, m := range []string{MechOAUTHBEARER, MechXOAUTH2} {
		if has(m) {
			return m, nil
		}
	}
	return "", fmt.Errorf("the server offers no OAuth2 sign-in (OAUTHBEARER or XOAUTH2; it offers %s)", offeredWords(offered))
}

func offeredWords(offered []string) string {
	if len(offered) == 0 {
		return "no SASL mechanism"
	}
	return strings.Join(offered, ", ")
}

// oauthClient is the SASL client of mechanism for user and token.
func oauthClient(mechanism, user, token string) sasl.Client {
	if mechanism == MechXOAUTH2 {
		return &xoauth2Client{user: user, token: token}
	}
	return sasl.NewOAuthBearerClient(&sasl.OAuthBearerOptions{Username: user, Token: token})
}

// xoauth2Client is the XOAUTH2 mechanism (Google's and Microsoft's
// documentation): one message "user=U^Aauth=Bearer T^A^A". On failure the
// server sends a JSON challenge, answered with an empty response, after
// which it sends the failure; go-sasl has no XOAUTH2 client.
type xoauth2Client struct {
	user, token string
	sent        bool
}

func (c *xoauth2Client) Start() (mech string, ir []byte, err error) {
	c.sent = true
	return MechXOAUTH2, []byte("user=" + c.user + "\x01auth=Bearer " + c.token + "\x01\x01"), nil
}

func (c *xoauth2Client) Next(challenge []byte) ([]byte, error) {
	if !c.sent {
		return nil, errors.New("XOAUTH2: challenge before the initial response")
	}
	// The error challenge (a JSON status), to be answered so the server
	// sends the final NO. Google documents an empty answer, which go-imap
	// writes as "=" and Dovecot refuses as bad base64; a lone ^A (RFC 7628's
	// dummy answer to OAUTHBEARER's error) ends the exchange everywhere.
	return []byte{0x01}, nil
}

// ErrNoAccessToken is a sign-in provider that gave no access token (its
// token endpoint unreachable or refusing); the mail server was not asked.
var ErrNoAccessToken = errors.New("no access token could be had from the sign-in provider")

// accessToken asks cfg.OAuth for the token, refusing line breaks that would
// end the SASL line. An error of the source that is not classified already
// is ErrNoAccessToken, so it is not taken for the mail server's.
func accessToken(ctx context.Context, cfg Config) (string, error) {
	tok, err := cfg.OAuth.AccessToken(ctx)
	if _, ok := errors.AsType[*Error](err); ok {
		return "", err
	}
	if err != nil {
		return "", &Error{Kind: ErrNoAccessToken, Msg: err.Error(), Err: err}
	}
	if tok == "" || strings.ContainsAny(tok, "\r\n\x00\x01 ") {
		return "", errors.New("the sign-in provider returned an unusable access token")
	}
	return tok, nil
}
