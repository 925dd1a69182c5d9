package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent/emailfolder"
	"mailroom/internal/dovecottest"
	"mailroom/internal/oauthtest"
	"mailroom/oauth"
)

// browser is a user agent with a cookie jar that signs in with the session
// cookie, as the SPA does, and follows no redirect by itself.
type browser struct {
	t testing.TB
	e *apiEnv
	c *http.Client
}

func (e *apiEnv) browser(t testing.TB, username, password string) *browser {
	t.Helper()
	jar, _ := cookiejar.New(nil)
	b := &browser{t: t, e: e, c: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	body, _ := json.Marshal(map[string]string{"username": username, "password": password})
	res, err := b.c.Post(e.srv.URL+"/auth/login", "application/json", bytes.NewReader(body))
	if err != nil || res.StatusCode != http.StatusOK {
		t.Fatalf("cookie login of %s: %v %v", username, err, res.Status)
	}
	res.Body.Close()
	return b
}

func (b *browser) gql(query string, vars map[string]any) gqlResp {
	b.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	res, err := b.c.Post(b.e.srv.URL+"/query", "application/json", bytes.NewReader(body))
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	var r gqlResp
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		b.t.Fatal(err)
	}
	return r
}

// authorize calls authorizeEmailFolder and returns the provider's URL.
func (b *browser) authorize(folderID string) string {
	b.t.Helper()
	r := b.gql(`mutation($f:ID!){authorizeEmailFolder(folderID:$f)}`, map[string]any{"f": folderID})
	if len(r.Errors) > 0 {
		b.t.Fatalf("authorizeEmailFolder: %v", r.Errors)
	}
	return r.Data["authorizeEmailFolder"].(string)
}

// provider follows the provider's redirects (its login signs in at once)
// until it sends the browser back to Mailroom, and returns that URL.
func (b *browser) provider(authURL string) string {
	b.t.Helper()
	next := authURL
	for range 10 {
		if strings.HasPrefix(next, b.e.srv.URL+oauth.CallbackPath) {
			return next
		}
		res, err := b.c.Get(next)
		if err != nil {
			b.t.Fatal(err)
		}
		res.Body.Close()
		loc, err := res.Location()
		if err != nil {
			b.t.Fatalf("%s: %s without a redirect", next, res.Status)
		}
		next = loc.String()
	}
	b.t.Fatal("too many redirects at the provider")
	return ""
}

// get fetches u without following redirects; body is the page's text.
func (b *browser) get(u string) (status int, location, body string) {
	b.t.Helper()
	res, err := b.c.Get(u)
	if err != nil {
		b.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Location"), string(raw)
}

// connect runs the whole sign-in of folderID and checks it lands on the folder.
func (b *browser) connect(folderID string) {
	b.t.Helper()
	status, loc, body := b.get(b.provider(b.authorize(folderID)))
	if status != http.StatusSeeOther || !strings.HasSuffix(loc, "?oauth=connected") {
		b.t.Fatalf("callback: %d %s %s", status, loc, body)
	}
}

type oauthEnv struct {
	*apiEnv
	admin    string
	as       *oauthtest.Server
	provider string
	ws       string
}

// newOAuthEnv is the API with a real authorization server registered as a
// GENERIC OAuth app by the administrator.
func newOAuthEnv(t *testing.T, lifetime time.Duration) *oauthEnv {
	e := newAPI(t)
	o := &oauthEnv{apiEnv: e, admin: e.login()}
	o.as = oauthtest.Start(t, oauthtest.Options{RedirectURIs: []string{e.srv.URL + oauth.CallbackPath},
		AccessTokenLifetime: lifetime, User: "alice"})
	r := e.gql(o.admin, `mutation($i:CreateOAuthProviderInput!){createOAuthProvider(input:$i){id hasClientSecret kind scopes}}`,
		map[string]any{"i": map[string]any{"name": "Test IdP", "kind": "GENERIC", "clientID": oauthtest.ClientID,
			"clientSecret": oauthtest.ClientSecret, "authURL": o.as.AuthURL(), "tokenURL": o.as.TokenURL(), "scopes": oauthtest.Scopes}})
	if len(r.Errors) > 0 {
		t.Fatalf("createOAuthProvider: %v", r.Errors)
	}
	p := r.Data["createOAuthProvider"].(map[string]any)
	if p["hasClientSecret"] != true {
		t.Fatalf("provider %v: the secret was not kept", p)
	}
	o.provider = p["id"].(string)
	o.ws = e.gql(o.admin, `mutation{createWorkspace(input:{title:"OAuth"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"].(string)
	return o
}

// folder creates an OAUTH2 folder without a password.
func (o *oauthEnv) folder(t *testing.T, in map[string]any) string {
	t.Helper()
	base := map[string]any{"workspaceID": o.ws, "title": "Mailbox", "email": "alice@example.com",
		"authMethod": "OAUTH2", "oauthProviderID": o.provider, "host": "127.0.0.1", "port": 1, "protocol": "IMAPS"}
	for k, v := range in {
		base[k] = v
	}
	r := o.gql(o.admin, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id hasPassword oauthConnected}}`, map[string]any{"i": base})
	if len(r.Errors) > 0 {
		t.Fatalf("createEmailFolder: %v", r.Errors)
	}
	f := r.Data["createEmailFolder"].(map[string]any)
	if f["hasPassword"] != false || f["oauthConnected"] != false {
		t.Fatalf("new OAuth folder: %v", f)
	}
	return f["id"].(string)
}

func (o *oauthEnv) fetch(folderID string) (imported int, errText string) {
	r := o.gql(o.admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported error}}`, map[string]any{"f": folderID})
	if len(r.Errors) > 0 {
		return 0, r.Errors[0].Message
	}
	rep := r.Data["fetchEmails"].(map[string]any)
	if e, _ := rep["error"].(string); e != "" {
		return 0, e
	}
	return int(rep["imported"].(float64)), ""
}

func (o *oauthEnv) folderState(t *testing.T, folderID string) map[string]any {
	t.Helper()
	r := o.gql(o.admin, `query($f:ID!){node(id:$f){... on EmailFolder{authMethod oauthConnected oauthAccount needsAttention lastFetchError hasPassword oauthProvider{name}}}}`,
		map[string]any{"f": folderID})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	return r.Data["node"].(map[string]any)
}

// active asks the adapter (the library's introspection) whether token is live.
func (o *oauthEnv) active(t *testing.T, token string) bool {
	t.Helper()
	res, err := http.PostForm(o.as.IntrospectionURL(), url.Values{"token": {token}})
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var out struct{ Active bool }
	json.NewDecoder(res.Body).Decode(&out)
	return out.Active
}

func (o *oauthEnv) storedRefreshToken(t *testing.T, folderID string) []byte {
	t.Helper()
	var id int
	fmt.Sscan(folderID, &id)
	f, err := o.client.EmailFolder.Query().Where(emailfolder.ID(id)).Only(viewer.SystemContext(t.Context()))
	if err != nil {
		t.Fatal(err)
	}
	return f.OauthTokenEnc
}

// TestOAuthFolderFetchesWithRefresh connects a folder through the whole
// flow (PKCE, /oauth/callback), fetches from Dovecot with the tokens, lets
// the access token expire, renews it before expiry, keeps the rotated
// refresh token, and turns a revoked sign-in into needsAttention with words
// — not retried — until Reconnect.
func TestOAuthFolderFetchesWithRefresh(t *testing.T) {
	const lifetime = 4 * time.Second
	o := newOAuthEnv(t, lifetime)
	d := dovecottest.StartOAuth(t, o.as.IntrospectionURL())
	f := o.folder(t, map[string]any{"host": d.Host, "port": d.IMAPSPort, "trustedCertificate": string(d.CertPEM)})
	if _, msg := o.fetch(f); !strings.Contains(msg, "not signed in") {
		t.Fatalf("fetch before the sign-in: %q", msg)
	}

	b := o.browser(t, "admin", adminPassword)
	b.connect(f)
	connected := time.Now()
	st := o.folderState(t, f)
	if st["oauthConnected"] != true || st["oauthAccount"] != "alice@example.com" || st["hasPassword"] != false {
		t.Fatalf("after the sign-in: %v", st)
	}
	msg := func(n int) []byte {
		return fmt.Appendf(nil, "From: a@example.com\r\nSubject: oauth %d\r\nMessage-ID: <oauth%d@x>\r\n\r\nbody\r\n", n, n)
	}
	d.Append(t, "alice", "INBOX", msg(1))
	if n, e := o.fetch(f); n != 1 || e != "" {
		t.Fatalf("first fetch: %d %q", n, e)
	}
	first := o.as.Accepted()
	if len(first) != 1 || o.as.Grants("refresh_token") != 0 {
		t.Fatalf("first fetch used %d tokens, %d refreshes; want the exchanged token", len(first), o.as.Grants("refresh_token"))
	}

	// Expired at the provider: the next fetch renews it.
	time.Sleep(time.Until(connected.Add(lifetime + 300*time.Millisecond)))
	if o.active(t, first[0]) {
		t.Fatal("the first access token is still active after its lifetime")
	}
	rotatedFrom := o.storedRefreshToken(t, f)
	d.Append(t, "alice", "INBOX", msg(2))
	if n, e := o.fetch(f); n != 1 || e != "" {
		t.Fatalf("fetch after expiry: %d %q", n, e)
	}
	renewed := time.Now()
	if got := o.as.Grants("refresh_token"); got != 1 {
		t.Fatalf("refresh grants = %d, want 1", got)
	}
	if bytes.Equal(o.storedRefreshToken(t, f), rotatedFrom) {
		t.Fatal("the rotated refresh token was not stored")
	}

	// Before expiry: with less than half its life left, the token is renewed
	// while still active, so the server never sees an expired one.
	time.Sleep(time.Until(renewed.Add(lifetime/2 + 300*time.Millisecond)))
	second := o.as.Accepted()[1]
	if !o.active(t, second) {
		t.Fatal("the second token expired before the test could use it")
	}
	if n, e := o.fetch(f); n != 0 || e != "" {
		t.Fatalf("fetch before expiry: %d %q", n, e)
	}
	if got, acc := o.as.Grants("refresh_token"), o.as.Accepted(); got != 2 || len(acc) != 3 {
		t.Fatalf("refresh grants = %d, tokens used = %d; want 2 and 3", got, len(acc))
	}
	r := o.gql(o.admin, `mutation($f:ID!){testConnection(input:{folderID:$f,email:"alice@example.com",host:"127.0.0.1"}){ok error}}`, map[string]any{"f": f})
	if len(r.Errors) > 0 || r.Data["testConnection"].(map[string]any)["ok"] != true {
		t.Fatalf("testConnection with tokens: %v %v", r.Errors, r.Data)
	}

	// Consent withdrawn: the refresh is refused once, in words, and the
	// folder waits for the user; a second fetch does not ask again.
	o.as.RevokeAll("alice")
	time.Sleep(lifetime/2 + 300*time.Millisecond)
	_, e := o.fetch(f)
	if !strings.Contains(e, "sign in again") {
		t.Fatalf("fetch after revocation: %q", e)
	}
	st = o.folderState(t, f)
	if st["needsAttention"] != true || !strings.Contains(fmt.Sprint(st["lastFetchError"]), "sign in again") {
		t.Fatalf("after revocation: %v", st)
	}
	grants := o.as.Grants("refresh_token")
	if _, e := o.fetch(f); !strings.Contains(e, "sign in again") || o.as.Grants("refresh_token") != grants {
		t.Fatalf("second fetch after revocation: %q, refresh grants %d → %d", e, grants, o.as.Grants("refresh_token"))
	}

	b.connect(f) // Reconnect
	if st := o.folderState(t, f); st["needsAttention"] != false {
		t.Fatalf("after Reconnect: %v", st)
	}
	d.Append(t, "alice", "INBOX", msg(3))
	if n, e := o.fetch(f); n != 1 || e != "" {
		t.Fatalf("fetch after Reconnect: %d %q", n, e)
	}
}
