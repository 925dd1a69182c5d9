package oauth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/oauthstate"
	"mailroom/throttle"
)

// FlowCookie ties an authorization to the browser that started it. The
// session cookie is SameSite=Strict, so the browser does not send it when
// the provider redirects back (a top-level navigation from another site);
// this cookie is SameSite=Lax, which such a navigation carries, lives 10
// minutes, is sent only to CallbackPath, and holds a random value whose hash
// is stored with the state. The session that started the flow is named in
// the state too and must still stand at the callback.
const FlowCookie = "mailroom_oauth"

// StateLifetime is how long an authorization may take.
const StateLifetime = 10 * time.Minute

// maxPending bounds the authorizations one user may have open: each is a row.
const maxPending = 20

// Error is a failure of the sign-in a user can read: Refused for a
// callback or request the flow turns down (the API's FORBIDDEN), else a
// provider's answer (MAIL_SERVER).
type Error struct {
	Msg     string
	Refused bool
	Err     error
}

func (e *Error) Error() string { return e.Msg }
func (e *Error) Unwrap() error { return e.Err }

func refusal(msg string) *Error { return &Error{Msg: msg, Refused: true} }

// The refusals of the callback, in words for the page the user lands on.
var (
	ErrStateInvalid = refusal("this sign-in link is not valid or was already used: start the sign-in again from the folder's parameters")
	ErrStateExpired = refusal("this sign-in took longer than 10 minutes: start it again from the folder's parameters")
	ErrOtherBrowser = refusal("this sign-in was started in another browser or by another Mailroom user: start it again from the folder's parameters")
	ErrSessionEnded = refusal("the Mailroom session that started this sign-in has ended: sign in to Mailroom and start again")
	errNoBrowser    = refusal("start the sign-in from the web page (over POST /query): it needs to set a cookie in the browser")
)

// Browser is what the HTTP layer tells the flow about the request that
// starts or ends an authorization.
type Browser struct {
	// SetCookie sets a cookie on the response; nil where none can be set
	// (a websocket).
	SetCookie func(*http.Cookie)
	// Origin is the request's scheme://host, the redirect URI's base
	// without --public-url.
	Origin string
	// Secure marks cookies Secure (https).
	Secure bool
}

type browserKey struct{}

// WithBrowser attaches b to the request context.
func WithBrowser(ctx context.Context, b Browser) context.Context {
	return context.WithValue(ctx, browserKey{}, b)
}

func browserFrom(ctx context.Context) Browser {
	b, _ := ctx.Value(browserKey{}).(Browser)
	return b
}

// redirectURI is where the provider sends the browser back.
func (s *Service) redirectURI(ctx context.Context) string {
	if r := s.RedirectURI(); r != "" {
		return r
	}
	return browserFrom(ctx).Origin + CallbackPath
}

// Begin starts the authorization of folderID with provider p for the
// signed-in viewer (ingest has checked MANAGE) and returns the provider's
// authorization URL: PKCE S256, a random state stored hashed with the
// viewer's session, the folder and the browser's cookie. loginHint
// pre-fills the account at the provider.
func (s *Service) Begin(ctx context.Context, folderID int, p *ent.OAuthProvider, loginHint string) (string, error) {
	v := viewer.FromContext(ctx)
	tok := auth.TokenFromContext(ctx)
	if v == nil || v.System || tok == "" {
		return "", auth.ErrUnauthenticated
	}
	b := browserFrom(ctx)
	if b.SetCookie == nil {
		return "", errNoBrowser
	}
	conf, err := s.config(p, s.redirectURI(ctx))
	if err != nil {
		return "", err
	}
	sys := viewer.SystemContext(ctx)
	now := s.now()
	if _, err := s.client.OAuthState.Delete().Where(oauthstate.ExpiresAtLT(now)).Exec(sys); err != nil {
		return "", err
	}
	n, err := s.client.OAuthState.Query().Where(oauthstate.UserID(v.UserID)).Count(sys)
	if err != nil {
		return "", err
	}
	if n >= maxPending {
		return "", &throttle.Error{What: "sign-ins with a provider", Wait: StateLifetime}
	}
	state, nonce, verifier := random(), random(), oauth2.GenerateVerifier()
	sealed, err := s.keyring.Seal(verifier)
	if err != nil {
		return "", err
	}
	err = s.client.OAuthState.Create().SetStateHash(digest(state)).SetBrowserHash(digest(nonce)).
		SetSessionHash(auth.SessionHash(tok)).SetUserID(v.UserID).SetFolderID(folderID).
		SetVerifierEnc(sealed).SetExpiresAt(now.Add(StateLifetime)).Exec(sys)
	if err != nil {
		return "", err
	}
	b.SetCookie(&http.Cookie{Name: FlowCookie, Value: nonce, Path: CallbackPath,
		MaxAge: int(StateLifetime.Seconds()), HttpOnly: true, Secure: b.Secure, SameSite: http.SameSiteLaxMode})
	opts := []oauth2.AuthCodeOption{oauth2.S256ChallengeOption(verifier), oauth2.AccessTypeOffline}
	if p.Kind == Google {
		// Google gives a refresh token only when the user is asked to consent.
		opts = append(opts, oauth2.SetAuthURLParam("prompt", "consent"))
	}
	if loginHint != "" {
		opts = append(opts, oauth2.SetAuthURLParam("login_hint", loginHint))
	}
	return conf.AuthCodeURL(state, opts...), nil
}

// Callback is the provider's redirect back, as the HTTP layer read it.
type Callback struct {
	State, Code string
	// Error and ErrorDescription are the provider's refusal (access_denied …).
	Error, ErrorDescription string
	// BrowserNonce is the FlowCookie's value ("" without it).
	BrowserNonce string
	// SessionToken is the session cookie or bearer token of the callback
	// request, if the browser sent one.
	SessionToken string
}

// Grant is a completed authorization.
type Grant struct {
	FolderID int
	// Viewer is the user who started it, as their session stands now.
	Viewer     *viewer.Viewer
	ProviderID int
	Token      *oauth2.Token
	// Account is the account the provider signed in, when its id_token says.
	Account string
}

// Complete checks the callback and exchanges the code. The state is used up
// whatever the outcome. Grant.FolderID and Viewer are set once the browser
// and the session are known to be the ones that started the flow, so the
// caller may send the user back to the folder with the error.
func (s *Service) Complete(ctx context.Context, cb Callback) (Grant, error) {
	var g Grant
	if cb.State == "" {
		return g, ErrStateInvalid
	}
	sys := viewer.SystemContext(ctx)
	row, err := s.client.OAuthState.Query().Where(oauthstate.StateHash(digest(cb.State))).Only(sys)
	if ent.IsNotFound(err) {
		return g, ErrStateInvalid
	}
	if err != nil {
		return g, err
	}
	// Single use: of two racing callbacks, one deletes the row.
	if n, err := s.client.OAuthState.Delete().Where(oauthstate.ID(row.ID)).Exec(sys); err != nil || n != 1 {
		if err != nil {
			return g, err
		}
		return g, ErrStateInvalid
	}
	if subtle.ConstantTimeCompare([]byte(digest(cb.BrowserNonce)), []byte(row.BrowserHash)) != 1 || cb.BrowserNonce == "" {
		return g, ErrOtherBrowser
	}
	v, err := s.auth.SessionViewer(ctx, row.SessionHash)
	if errors.Is(err, auth.ErrUnauthenticated) || (err == nil && v.UserID != row.UserID) {
		return g, ErrSessionEnded
	}
	if err != nil {
		return g, err
	}
	if cb.SessionToken != "" && auth.SessionHash(cb.SessionToken) != row.SessionHash {
		// The browser is signed in as someone else now.
		if other, err := s.auth.Authenticate(ctx, cb.SessionToken); err == nil && other.UserID != row.UserID {
			return g, ErrOtherBrowser
		}
	}
	g.FolderID, g.Viewer = row.FolderID, v
	if s.now().After(row.ExpiresAt) {
		return g, ErrStateExpired
	}
	if cb.Error != "" {
		return g, &Error{Msg: fmt.Sprintf("the provider did not grant access (%s)%s", printable(cb.Error, 40), describe(cb.ErrorDescription))}
	}
	if cb.Code == "" {
		return g, &Error{Msg: "the provider sent no authorization code"}
	}
	f, err := s.client.EmailFolder.Get(sys, row.FolderID)
	if err != nil {
		return g, err
	}
	p, err := f.QueryOauthProvider().Only(sys)
	if ent.IsNotFound(err) {
		return g, refusal("the folder no longer signs in with an OAuth app")
	}
	if err != nil {
		return g, err
	}
	conf, err := s.config(p, s.redirectURI(ctx))
	if err != nil {
		return g, err
	}
	verifier, err := s.keyring.Open(row.VerifierEnc)
	if err != nil {
		return g, err
	}
	tok, err := conf.Exchange(s.clientContext(ctx), cb.Code, oauth2.VerifierOption(verifier))
	if err != nil {
		return g, tokenError("exchange the authorization code", err)
	}
	if tok.RefreshToken == "" {
		return g, &Error{Msg: "the provider gave no refresh token, so Mailroom could not fetch later: check that the app asks for offline access (offline_access)"}
	}
	g.ProviderID, g.Token, g.Account = p.ID, tok, accountOf(tok)
	return g, nil
}

// accountOf reads the signed-in account from the id_token, if any. The
// token came straight from the token endpoint over the connection the
// server opened, which OpenID Connect (Core 3.1.3.7) accepts in place of
// checking its signature; it is only shown, never trusted for access.
func accountOf(tok *oauth2.Token) string {
	idt, _ := tok.Extra("id_token").(string)
	parts := strings.Split(idt, ".")
	if len(parts) != 3 {
		return ""
	}
	payload, err := base64.RawURLEncoding.DecodeString(parts[1])
	if err != nil {
		return ""
	}
	var claims struct {
		Email             string `json:"email"`
		PreferredUsername string `json:"preferred_username"`
		UPN               string `json:"upn"`
	}
	if json.Unmarshal(payload, &claims) != nil {
		return ""
	}
	for _, a := range []string{claims.Email, claims.PreferredUsername, claims.UPN} {
		if a != "" {
			return printable(a, 200)
		}
	}
	return ""
}

func random() string {
	b := make([]byte, 32)
	rand.Read(b)
	return base64.RawURLEncoding.EncodeToString(b)
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// printable keeps what a provider sent from carrying control characters
// into a page or a log, and bounds it.
func printable(s string, max int) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1
		}
		return r
	}, s)
	if len(s) > max {
		s = s[:max] + "…"
	}
	return s
}

func describe(desc string) string {
	if desc == "" {
		return ""
	}
	return ": " + printable(desc, 300)
}
