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

// TestOAuthCallbackRefusals performs the attacks on the sign-in: a forged
// state, a replayed one, the link opened in another user's browser (the
// victim of a login CSRF), another browser holding its own flow cookie, a
// session ended meanwhile, an expired state; and checks PKCE and that the
// state is stored only hashed.
func TestOAuthCallbackRefusals(t *testing.T) {
	o := newOAuthEnv(t, time.Minute)
	f := o.folder(t, nil)
	admin := o.browser(t, "admin", adminPassword)
	mustGQL := func(tok, q string, vars map[string]any) map[string]any {
		t.Helper()
		r := o.gql(tok, q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %v", q, r.Errors)
		}
		return r.Data
	}
	user := func(name, perm string) *browser {
		id := mustGQL(o.admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
			"username": name, "password": name + "-password"}})["createUser"].(map[string]any)["id"].(string)
		mustGQL(o.admin, `mutation($t:ID!,$p:ID!,$perm:Permission!){setPermission(targetID:$t,principalID:$p,permission:$perm){id}}`,
			map[string]any{"t": f, "p": id, "perm": perm})
		return o.browser(t, name, name+"-password")
	}
	refused := func(what, callback string, b *browser, status int, words string) {
		t.Helper()
		got, loc, body := b.get(callback)
		if got != status || !strings.Contains(body, words) || loc != "" {
			t.Errorf("%s: %d %q %q, want %d with %q", what, got, loc, body, status, words)
		}
		if st := o.folderState(t, f); st["oauthConnected"] != false {
			t.Fatalf("%s: the folder got connected", what)
		}
	}

	authURL := admin.authorize(f)
	u, _ := url.Parse(authURL)
	q := u.Query()
	state := q.Get("state")
	if q.Get("code_challenge_method") != "S256" || len(q.Get("code_challenge")) < 43 || len(state) < 40 {
		t.Fatalf("authorization URL without PKCE S256 or a strong state: %s", authURL)
	}
	var plain int
	o.db.QueryRow(`SELECT count(*) FROM oauth_states WHERE state_hash = ?`, state).Scan(&plain)
	if plain != 0 {
		t.Fatal("the state is stored in clear")
	}
	callback := admin.provider(authURL)

	refused("forged state", o.srv.URL+oauth.CallbackPath+"?state=forged&code=x", admin, http.StatusForbidden, "not valid")

	// A browser without the flow cookie, signed in to nothing (the session
	// check alone would let it through).
	jar, _ := cookiejar.New(nil)
	stranger := &browser{t: t, e: o.apiEnv, c: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
	refused("a browser without the flow cookie", stranger.provider(admin.authorize(f)), stranger, http.StatusForbidden, "another browser")

	// The victim opens the attacker's link: signed in to Mailroom as
	// themself, without the attacker's flow cookie.
	carol := user("carol", "MANAGE")
	refused("another user's browser", callback, carol, http.StatusForbidden, "another browser")
	// That used the state up: not even its owner can replay it.
	refused("replayed state", callback, admin, http.StatusForbidden, "already used")

	// Carol's own flow cookie does not open the admin's state either.
	authURL = admin.authorize(f)
	carol.authorize(f)
	refused("another browser's flow cookie", carol.provider(authURL), carol, http.StatusForbidden, "another browser")

	// The session that started the sign-in ended before the callback.
	ended := o.browser(t, "admin", adminPassword)
	callback = ended.provider(ended.authorize(f))
	res, _ := ended.c.Post(o.srv.URL+"/auth/logout", "application/json", strings.NewReader("{}"))
	res.Body.Close()
	refused("ended session", callback, ended, http.StatusForbidden, "session")

	// Ten minutes are up.
	callback = admin.provider(admin.authorize(f))
	if _, err := o.db.Exec(`UPDATE oauth_states SET expires_at = ?`, time.Now().Add(-time.Minute)); err != nil {
		t.Fatal(err)
	}
	if status, loc, _ := admin.get(callback); status != http.StatusSeeOther || !strings.Contains(loc, "oauthError=") ||
		!strings.Contains(mustUnescape(loc), "10 minutes") {
		t.Errorf("expired state: %d %s", status, loc)
	}

	// The provider's refusal reaches the folder page in words.
	authURL = admin.authorize(f)
	u, _ = url.Parse(authURL)
	denied := o.srv.URL + oauth.CallbackPath + "?error=access_denied&error_description=the+user+said+no&state=" + url.QueryEscape(u.Query().Get("state"))
	if status, loc, _ := admin.get(denied); status != http.StatusSeeOther || !strings.Contains(mustUnescape(loc), "did not grant access (access_denied): the user said no") {
		t.Errorf("provider refusal: %d %s", status, loc)
	}

	// Without MANAGE there is no sign-in to start.
	dave := user("dave", "WRITE")
	if r := dave.gql(`mutation($f:ID!){authorizeEmailFolder(folderID:$f)}`, map[string]any{"f": f}); code(r) != CodeForbidden {
		t.Errorf("authorizeEmailFolder with WRITE: %v", r.Errors)
	}

	// The owner's own flow completes; then the same link is spent.
	callback = admin.provider(admin.authorize(f))
	if status, loc, _ := admin.get(callback); status != http.StatusSeeOther || !strings.HasSuffix(loc, "oauth=connected") {
		t.Fatalf("the owner's sign-in: %d %s", status, loc)
	}
	if status, _, body := admin.get(callback); status != http.StatusForbidden || !strings.Contains(body, "already used") {
		t.Errorf("replay after success: %d %s", status, body)
	}

	// The sign-in belongs to the server it was made for: a test against
	// another port is refused, and moving the folder drops the sign-in.
	if st := o.folderState(t, f); st["oauthConnected"] != true {
		t.Fatalf("connected folder: %v", st)
	}
	r := o.gql(o.admin, `mutation($f:ID!){testConnection(input:{folderID:$f,email:"alice@example.com",host:"127.0.0.1",port:2}){ok error}}`, map[string]any{"f": f})
	if code(r) != CodeBadUserInput || !strings.Contains(r.Errors[0].Message, "sign in again") {
		t.Errorf("test against another host with the stored sign-in: %v", r.Errors)
	}
	mustGQL(o.admin, `mutation($f:ID!){updateEmailFolder(id:$f,input:{port:2}){id}}`, map[string]any{"f": f})
	if st := o.folderState(t, f); st["oauthConnected"] != false || st["oauthAccount"] != "" {
		t.Errorf("after moving the folder: %v", st)
	}
}

func mustUnescape(s string) string {
	u, err := url.QueryUnescape(s)
	if err != nil {
		return s
	}
	return u
}

// TestOAuthProviders: presets, https only (http for an allowed loopback),
// the write-only secret bound to its token endpoint, the token endpoint
// under the host policy, and apps in use kept.
func TestOAuthProviders(t *testing.T) {
	o := newOAuthEnv(t, time.Minute)
	create := func(in map[string]any) gqlResp {
		return o.gql(o.admin, `mutation($i:CreateOAuthProviderInput!){createOAuthProvider(input:$i){id kind clientID authURL tokenURL scopes tenant hasClientSecret}}`,
			map[string]any{"i": in})
	}
	r := create(map[string]any{"name": "Microsoft 365", "kind": "MICROSOFT", "clientID": "app", "clientSecret": "s3cret-value", "tenant": "contoso.onmicrosoft.com"})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	ms := r.Data["createOAuthProvider"].(map[string]any)
	if ms["authURL"] != "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/authorize" ||
		ms["tokenURL"] != "https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token" ||
		fmt.Sprint(ms["scopes"]) != "[https://outlook.office.com/IMAP.AccessAsUser.All https://outlook.office.com/POP.AccessAsUser.All offline_access]" {
		t.Errorf("Microsoft preset: %v", ms)
	}
	raw, _ := json.Marshal(o.gql(o.admin, `{oauthProviders{id name kind clientID authURL tokenURL scopes tenant hasClientSecret}}`, nil))
	if bytes.Contains(raw, []byte("s3cret-value")) {
		t.Error("the client secret came back from the API")
	}
	r = create(map[string]any{"name": "Gmail", "kind": "GOOGLE", "clientID": "g"})
	if g := r.Data["createOAuthProvider"].(map[string]any); fmt.Sprint(g["scopes"]) != "[https://mail.google.com/]" ||
		g["tokenURL"] != "https://oauth2.googleapis.com/token" || g["tenant"] != "" {
		t.Errorf("Google preset: %v", g)
	}
	if r := create(map[string]any{"name": "M", "kind": "MICROSOFT", "clientID": "m"}); r.Data["createOAuthProvider"].(map[string]any)["tenant"] != "common" {
		t.Errorf("default tenant: %v", r.Data)
	}
	for _, bad := range []struct{ authURL, tokenURL, field string }{
		{"http://login.example.com/a", "https://login.example.com/t", "authURL"},
		{"https://login.example.com/a", "http://10.0.0.1/t", "tokenURL"},
		{"https://login.example.com/a", "ftp://login.example.com/t", "tokenURL"},
		{"https://login.example.com/a", "", "tokenURL"},
		{"http://localhost.example.com/a", "https://login.example.com/t", "authURL"},
	} {
		r := create(map[string]any{"name": "X", "kind": "GENERIC", "clientID": "x", "authURL": bad.authURL, "tokenURL": bad.tokenURL, "scopes": []string{"imap"}})
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != bad.field {
			t.Errorf("GENERIC %s %s: %v", bad.authURL, bad.tokenURL, r.Errors)
		}
	}
	// Plain http to a loopback address the host policy allows (127.0.0.1 in
	// these tests): a development provider.
	if r := create(map[string]any{"name": "Dev", "kind": "GENERIC", "clientID": "d", "authURL": "http://localhost:8080/a",
		"tokenURL": "http://127.0.0.1:8080/t", "scopes": []string{"imap"}}); len(r.Errors) > 0 {
		t.Errorf("loopback http endpoints: %v", r.Errors)
	}
	// The secret only goes to the endpoint it was entered for.
	r = o.gql(o.admin, `mutation($id:ID!){updateOAuthProvider(id:$id,input:{tenant:"fabrikam.com"}){id}}`, map[string]any{"id": ms["id"]})
	if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != "clientSecret" {
		t.Errorf("moving the token endpoint without the secret: %v", r.Errors)
	}
	if r := o.gql(o.admin, `mutation($id:ID!){deleteOAuthProvider(id:$id)}`, map[string]any{"id": o.provider}); code(r) != "" {
		t.Errorf("delete an unused app: %v", r.Errors)
	}

	// A token endpoint the host policy refuses is never called: the
	// authorization server issues a code, the exchange is refused.
	r = create(map[string]any{"name": "Private", "kind": "GENERIC", "clientID": oauthtest.ClientID, "clientSecret": oauthtest.ClientSecret,
		"authURL": o.as.AuthURL(), "tokenURL": "https://10.255.255.1/token", "scopes": oauthtest.Scopes})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	o.provider = r.Data["createOAuthProvider"].(map[string]any)["id"].(string)
	f := o.folder(t, nil)
	b := o.browser(t, "admin", adminPassword)
	status, loc, _ := b.get(b.provider(b.authorize(f)))
	if status != http.StatusSeeOther || !strings.Contains(mustUnescape(loc), "10.255.255.1 is not allowed") {
		t.Errorf("token endpoint outside the policy: %d %s", status, loc)
	}
	if r := o.gql(o.admin, `mutation($id:ID!){deleteOAuthProvider(id:$id)}`, map[string]any{"id": o.provider}); code(r) != CodeBadUserInput {
		t.Errorf("delete an app in use: %v", r.Errors)
	}
}
