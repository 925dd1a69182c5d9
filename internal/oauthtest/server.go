// Package oauthtest runs a real OAuth2 / OpenID Connect authorization server
// for tests: the op package of github.com/zitadel/oidc/v3 over the in-memory
// storage of its example (adapted in storage*.go), with its authorization,
// token, introspection and revocation endpoints. Two test conveniences sit
// beside the library's endpoints: a login page that signs in the chosen user
// at once (no form to fill), and IntrospectionURL, an adapter that lets
// Dovecot (which posts token=… without client credentials and wants a
// "username") ask the library's introspection endpoint.
package oauthtest

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/oauth2"

	"github.com/zitadel/oidc/v3/pkg/oidc"
	"github.com/zitadel/oidc/v3/pkg/op"
)

// Client credentials of the one web client registered.
const (
	ClientID     = "mailroom"
	ClientSecret = "mailroom-test-secret"
)

// Scopes a client asks for: OpenID (the library requires it), the
// account's address, and a refresh token.
var Scopes = []string{oidc.ScopeOpenID, oidc.ScopeEmail, oidc.ScopeProfile, oidc.ScopeOfflineAccess}

// Options configure a server.
type Options struct {
	// Addr is where to listen; default 127.0.0.1:0.
	Addr string
	// Host names the server in its URLs (the issuer); default the listener's
	// address. "localhost" puts it on another origin than 127.0.0.1.
	Host string
	// RedirectURIs are the client's registered redirect URIs.
	RedirectURIs []string
	// AccessTokenLifetime defaults to 5 minutes.
	AccessTokenLifetime time.Duration
	// User is who the login page signs in; default alice.
	User string
	// LoginForm makes the login page a form to submit, as a real provider's
	// is: the browser's way back to the client then starts on the
	// provider's site (a cross-site navigation). Without it the page signs
	// in at once by redirecting.
	LoginForm bool
}

// Server is a running authorization server.
type Server struct {
	// URL is the issuer, e.g. http://127.0.0.1:41234.
	URL     string
	Storage *Storage

	srv      *http.Server
	ln       net.Listener
	user     atomic.Value // string
	mu       sync.Mutex
	grants   map[string]int // token endpoint calls by grant_type
	accepted []string       // access tokens introspection found active
	form     bool
}

// Start starts a server for one test; tb.Cleanup stops it.
func Start(tb testing.TB, opts Options) *Server {
	tb.Helper()
	s, err := New(opts)
	if err != nil {
		tb.Fatalf("oauthtest: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// New starts a server.
func New(opts Options) (*Server, error) {
	if opts.Addr == "" {
		opts.Addr = "127.0.0.1:0"
	}
	if opts.AccessTokenLifetime <= 0 {
		opts.AccessTokenLifetime = 5 * time.Minute
	}
	if opts.User == "" {
		opts.User = "alice"
	}
	ln, err := net.Listen("tcp", opts.Addr)
	if err != nil {
		return nil, err
	}
	host := ln.Addr().String()
	if opts.Host != "" {
		host = net.JoinHostPort(opts.Host, fmt.Sprint(ln.Addr().(*net.TCPAddr).Port))
	}
	s := &Server{URL: "http://" + host, ln: ln, grants: map[string]int{}, form: opts.LoginForm}
	s.user.Store(opts.User)

	client := WebClient(ClientID, ClientSecret, opts.RedirectURIs...)
	client.authMethod = oidc.AuthMethodBasic
	s.Storage = NewStorageWithClients(newUsers(), map[string]*Client{ClientID: client})
	s.Storage.accessTokenLifetime = opts.AccessTokenLifetime

	provider, err := op.NewProvider(&op.Config{
		CryptoKey:             sha256.Sum256([]byte("mailroom oauthtest")),
		CodeMethodS256:        true,
		AuthMethodPost:        true,
		GrantTypeRefreshToken: true,
	}, s.Storage, op.StaticIssuer(s.URL), op.WithAllowInsecure())
	if err != nil {
		ln.Close()
		return nil, err
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/login/username", s.login)
	mux.HandleFunc("POST /dovecot/introspect", s.introspect)
	mux.Handle("/", s.countGrants(provider))
	s.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go s.srv.Serve(ln)
	return s, nil
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }

// Endpoints of the library (its defaults).
func (s *Server) AuthURL() string       { return s.URL + "/authorize" }
func (s *Server) TokenURL() string      { return s.URL + "/oauth/token" }
func (s *Server) RevocationURL() string { return s.URL + "/revoke" }

// LoopbackURL is the server by its listener's address (http://127.0.0.1:port),
// for server-side calls when URL names it localhost.
func (s *Server) LoopbackURL() string { return "http://" + s.ln.Addr().String() }

// IntrospectionURL is the adapter for Dovecot's oauth2 passdb.
func (s *Server) IntrospectionURL() string { return s.LoopbackURL() + "/dovecot/introspect" }

// SignInAs makes the login page sign in user from now on.
func (s *Server) SignInAs(user string) { s.user.Store(user) }

// Grants counts the token endpoint calls with grant_type (authorization_code, refresh_token).
func (s *Server) Grants(grantType string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.grants[grantType]
}

// Accepted lists the distinct access tokens Dovecot had found active, in order.
func (s *Server) Accepted() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.accepted...)
}

// RevokeAll ends every grant of user (consent withdrawn): its refresh
// tokens are refused from now on, with invalid_grant.
func (s *Server) RevokeAll(user string) {
	st := s.Storage
	st.lock.Lock()
	defer st.lock.Unlock()
	for id, rt := range st.refreshTokens {
		if rt.UserID == user {
			delete(st.refreshTokens, id)
		}
	}
}

// login signs the configured user in at once and goes on with the flow.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("authRequestID")
	user := s.user.Load().(string)
	if s.form && r.Method != http.MethodPost {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprintf(w, `<!doctype html><title>Test IdP</title><form method=post action="/login/username">`+
			`<input type=hidden name=authRequestID value="%s"><button>Sign in as %s</button></form>`,
			html.EscapeString(id), html.EscapeString(user))
		return
	}
	if err := s.Storage.CheckUsernamePassword(user, user+"pass", id); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	http.Redirect(w, r, s.URL+"/authorize/callback?id="+url.QueryEscape(id), http.StatusSeeOther)
}

func (s *Server) countGrants(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method == http.MethodPost && r.URL.Path == "/oauth/token" {
			if err := r.ParseForm(); err == nil {
				s.mu.Lock()
				s.grants[r.PostForm.Get("grant_type")]++
				s.mu.Unlock()
			}
		}
		next.ServeHTTP(w, r)
	})
}

// introspect answers Dovecot (RFC 7662 without client authentication) by
// asking the library's introspection endpoint as the client, and names the
// user as Dovecot's username_attribute wants.
func (s *Server) introspect(w http.ResponseWriter, r *http.Request) {
	token := r.PostFormValue("token")
	form := url.Values{"token": {token}}
	req, _ := http.NewRequestWithContext(r.Context(), http.MethodPost, s.URL+"/oauth/introspect", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth(ClientID, ClientSecret)
	resp, err := (&http.Client{Transport: s.loopback()}).Do(req)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	var in struct {
		Active            bool   `json:"active"`
		Username          string `json:"username"`
		PreferredUsername string `json:"preferred_username"`
		Subject           string `json:"sub"`
	}
	_ = json.Unmarshal(body, &in)
	out := map[string]any{"active": false}
	if in.Active {
		name := in.PreferredUsername
		if name == "" {
			name = in.Username
		}
		if name == "" {
			name = in.Subject
		}
		out = map[string]any{"active": true, "username": name}
		s.mu.Lock()
		if n := len(s.accepted); n == 0 || s.accepted[n-1] != token {
			s.accepted = append(s.accepted, token)
		}
		s.mu.Unlock()
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(out)
}

// loopback reaches this server by its listener whatever Host names it.
func (s *Server) loopback() http.RoundTripper {
	addr := s.ln.Addr().String()
	return &http.Transport{DialContext: func(ctx context.Context, network, _ string) (net.Conn, error) {
		var d net.Dialer
		return d.DialContext(ctx, network, addr)
	}}
}

// Token runs the authorization-code flow with PKCE as a plain client would
// (the login page signs the user in) and returns the tokens; redirectURI
// must be registered and is never fetched.
func (s *Server) Token(tb testing.TB, redirectURI string) *oauth2.Token {
	tb.Helper()
	conf := &oauth2.Config{ClientID: ClientID, ClientSecret: ClientSecret, RedirectURL: redirectURI, Scopes: Scopes,
		Endpoint: oauth2.Endpoint{AuthURL: s.AuthURL(), TokenURL: s.TokenURL()}}
	verifier := oauth2.GenerateVerifier()
	next := conf.AuthCodeURL("st", oauth2.S256ChallengeOption(verifier))
	c := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for range 10 {
		if strings.HasPrefix(next, redirectURI) {
			u, _ := url.Parse(next)
			tok, err := conf.Exchange(context.Background(), u.Query().Get("code"), oauth2.VerifierOption(verifier))
			if err != nil {
				tb.Fatalf("oauthtest: exchange: %v", err)
			}
			return tok
		}
		resp, err := c.Get(next)
		if err != nil {
			tb.Fatalf("oauthtest: %v", err)
		}
		resp.Body.Close()
		loc, err := resp.Location()
		if err != nil {
			tb.Fatalf("oauthtest: %s answered %s without a redirect", next, resp.Status)
		}
		next = loc.String()
	}
	tb.Fatal("oauthtest: too many redirects")
	return nil
}
