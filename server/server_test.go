package server

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"
	"github.com/emersion/go-imap/v2/imapclient"
	"github.com/gorilla/websocket"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/integrity"
	"mailroom/internal/testenv"
	"mailroom/oauth"
	"mailroom/search"
	"mailroom/trash"
)

type apiEnv struct {
	t     testing.TB
	bus   *events.Hub
	blobs *blob.Store
	srv   *httptest.Server
	auth  *auth.Service
	token string
	imap  string
	// client, db and index are the store behind the API, for seeding tests.
	client *ent.Client
	db     *sql.DB
	index  *search.Index
}

// adminPassword is the bootstrap password of the test server's admin.
const adminPassword = "adminpass-1"

func newAPI(t testing.TB) *apiEnv { t.Helper(); return newAPIWith(t, nil) }

// newAPIWith is newAPI with changes to the server's configuration.
func newAPIWith(t testing.TB, configure func(*Config)) *apiEnv {
	t.Helper()
	if configure == nil {
		return newAPIOn(t, "")
	}
	return newAPIOn(t, "", configure)
}

// newAPIOn is newAPI on the database dsn (a postgres:// URL), or on a fresh
// SQLite file when dsn is empty.
// onStores runs fn once per database (testenv.Stores: SQLite and a private
// PostgreSQL), each with its own server.
func onStores(t *testing.T, fn func(t *testing.T, e *apiEnv)) {
	testenv.OnStores(t, func(t *testing.T, dsn string) { fn(t, newAPIOn(t, dsn)) })
}

func newAPIOn(t testing.TB, dsn string, configure ...func(*Config)) *apiEnv {
	t.Helper()
	te := testenv.Open(t, t.TempDir(), dsn)
	ctx := context.Background()
	client, db, blobs := te.Client, te.DB, te.Blobs
	bus := events.NewHub()
	index, err := search.New(ctx, db, te.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	a := auth.NewService(client, te.Log)
	oauthSvc := oauth.New(client, te.Keyring, a, oauth.Options{Hosts: testenv.HostPolicy(), Log: te.Log})
	ing := ingest.New(client, blobs, te.Keyring, bus, te.Log, ingest.Options{Search: index, HostPolicy: testenv.HostPolicy(), OAuth: oauthSvc})
	t.Cleanup(ing.Close)
	if _, err := a.Bootstrap(ctx, adminPassword); err != nil {
		t.Fatal(err)
	}
	bin := trash.New(client, blobs, index)
	bin.FolderChanged = ing.FolderChanged
	cfg := Config{Client: client, Auth: a, Ingest: ing, Blobs: blobs, Bus: bus, Log: te.Log, Search: index,
		Trash: bin, Integrity: integrity.NewService(client, blobs), OAuth: oauthSvc,
		AllowedOrigins: []string{"http://localhost:5173"}}
	for _, c := range configure {
		c(&cfg)
	}
	h := New(cfg)
	e := &apiEnv{t: t, srv: httptest.NewServer(h), auth: a, bus: bus, blobs: blobs, client: client, db: db, index: index}
	t.Cleanup(e.srv.Close)
	e.imap = startMemIMAP(t)
	return e
}

func startMemIMAP(t testing.TB) string {
	raw := "From: \"Ann Example\" <ann@example.com>\r\nTo: bob@example.com\r\nSubject: with attachment\r\n" +
		"Message-ID: <att@x>\r\nDate: Tue, 02 Sep 2025 08:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n" +
		"--b\r\nContent-Type: text/html\r\nContent-Disposition: attachment; filename=\"page.html\"\r\n\r\n<script>alert(1)</script>\r\n--b--\r\n"
	older := "From: Old <old@example.com>\r\nSubject: older\r\nMessage-ID: <old@x>\r\nDate: Mon, 01 Sep 2025 08:00:00 +0000\r\n\r\nold\r\n"
	mem := testenv.StartIMAP(t, "bob@example.com", "bobpass")
	mem.Append("INBOX", older, raw)
	return mem.Addr
}

type gqlResp struct {
	Data   map[string]any
	Errors []struct {
		Message    string
		Extensions map[string]any
	}
}

func (e *apiEnv) gql(token, query string, vars map[string]any) gqlResp {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", e.srv.URL+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	var r gqlResp
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		e.t.Fatal(err)
	}
	return r
}

func (e *apiEnv) login() string {
	r := e.gql("", `mutation{login(username:"admin",password:"`+adminPassword+`"){token user{id username}}}`, nil)
	if len(r.Errors) > 0 {
		e.t.Fatalf("login: %v", r.Errors)
	}
	return r.Data["login"].(map[string]any)["token"].(string)
}

func code(r gqlResp) string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

func TestAPIRequiresSignIn(t *testing.T) {
	e := newAPI(t)
	for _, q := range []string{`{workspaces{totalCount}}`, `{me{id}}`, `{node(id:1){id}}`,
		`mutation{createWorkspace(input:{title:"x"}){id}}`, `{__schema{types{name}}}`} {
		r := e.gql("", q, nil)
		if r.Data != nil && len(r.Data) > 0 || code(r) != CodeUnauthenticated {
			t.Errorf("%s: anonymous got data=%v code=%q", q, r.Data, code(r))
		}
	}
	if r := e.gql("", `mutation{login(username:"admin",password:"nope"){token}}`, nil); code(r) != CodeUnauthenticated {
		t.Errorf("wrong password: %+v", r)
	}
	if r := e.gql("bogus-token", `{me{id}}`, nil); code(r) != CodeUnauthenticated {
		t.Errorf("bogus token: %+v", r)
	}
	tok := e.login()
	if r := e.gql(tok, `{me{username isAdmin}}`, nil); r.Data["me"].(map[string]any)["username"] != "admin" {
		t.Fatalf("me: %+v", r)
	}
	if r := e.gql(tok, `mutation{logout}`, nil); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if r := e.gql(tok, `{me{id}}`, nil); code(r) != CodeUnauthenticated {
		t.Fatalf("token still valid after logout: %+v", r)
	}
}

const createFolder = `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id hasPassword port protocol emailsLimit}}`

func TestAPIFolderValidationAndWriteOnlyPassword(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	ws := e.gql(tok, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	base := func() map[string]any {
		return map[string]any{"workspaceID": ws, "title": "F", "email": "a@example.com", "password": "pw", "host": "imap.example.com"}
	}
	for field, val := range map[string]any{"port": 70000, "host": "", "emailsLimit": 0, "sslProtocols": "SSLv3", "protocol": "SMTP"} {
		in := base()
		in[field] = val
		r := e.gql(tok, createFolder, map[string]any{"i": in})
		if field == "protocol" { // an unknown enum value is refused by GraphQL validation itself
			if len(r.Errors) == 0 {
				t.Errorf("protocol SMTP accepted")
			}
			continue
		}
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != field {
			t.Errorf("%s=%v: %+v", field, val, r.Errors)
		}
	}
	r := e.gql(tok, createFolder, map[string]any{"i": base()})
	f := r.Data["createEmailFolder"].(map[string]any)
	if f["hasPassword"] != true || f["port"] != 993.0 || f["protocol"] != "IMAPS" || f["emailsLimit"] != 100.0 {
		t.Fatalf("created: %+v", r)
	}
	if r := e.gql(tok, `{__type(name:"EmailFolder"){fields{name}}}`, nil); strings.Contains(fmt.Sprint(r.Data), "password ") ||
		strings.Contains(fmt.Sprint(r.Data), "passwordEnc") {
		t.Fatalf("password exposed: %v", r.Data)
	}
}

func TestAPIFetchListDownload(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)

	// emailAdded over a websocket with the graphql-transport-ws protocol.
	ws1 := e.dialWS(t, "", "graphql-transport-ws")
	ws1.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
	expectType(t, ws1, "connection_ack")
	ws1.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
		"query": `subscription($f:ID!){emailAdded(folderID:$f){subject from{name}}}`, "variables": map[string]any{"f": fid}}})
	time.Sleep(100 * time.Millisecond)

	rep := e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed remaining error}}`, map[string]any{"f": fid})
	if got := fmt.Sprint(rep.Data["fetchEmails"]); got != "map[duplicates:0 error:<nil> failed:0 imported:2 remaining:0]" {
		t.Fatalf("fetch: %s %v", got, rep.Errors)
	}
	next := expectType(t, ws1, "next")
	if !strings.Contains(fmt.Sprint(next["payload"]), "older") {
		t.Fatalf("emailAdded payload: %v", next)
	}

	r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{lastFetchAt lastFetchError emails(first:5){totalCount edges{node{id subject from{name address} text attachments{filename contentType size url}}}}}}}`,
		map[string]any{"f": fid})
	emails := r.Data["node"].(map[string]any)["emails"].(map[string]any)
	// Without orderBy, newest first.
	if emails["totalCount"] != 2.0 {
		t.Fatalf("emails: %+v %v", r.Data, r.Errors)
	}
	node := emails["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)
	att := node["attachments"].([]any)[0].(map[string]any)
	if node["from"].(map[string]any)["name"] != "Ann Example" || att["filename"] != "page.html" {
		t.Fatalf("email: %+v", node)
	}

	get := func(path, token string) *http.Response {
		req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	res := get(att["url"].(string), tok)
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") ||
		res.Header.Get("X-Content-Type-Options") != "nosniff" || !bytes.Contains(body, []byte("<script>")) ||
		res.Header.Get("Content-Length") != fmt.Sprint(len(body)) {
		t.Fatalf("attachment download: %d %v %q", res.StatusCode, res.Header, body)
	}
	if res := get(att["url"].(string), ""); res.StatusCode != 404 {
		t.Fatalf("anonymous attachment download: %d", res.StatusCode)
	}
	res = get("/emails/"+node["id"].(string)+".eml", tok)
	body, _ = io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !bytes.Contains(body, []byte("Subject: with attachment")) {
		t.Fatalf(".eml download: %d %q", res.StatusCode, body)
	}
	if res := get("/emails/"+node["id"].(string)+".eml", ""); res.StatusCode != 404 {
		t.Fatalf("anonymous .eml download: %d", res.StatusCode)
	}
	// A stored original that no longer matches its sha256 is an integrity
	// error, not silently served.
	r = e.gql(tok, `query($id:ID!){node(id:$id){... on Email{rawSha256}}}`, map[string]any{"id": node["id"]})
	sum := r.Data["node"].(map[string]any)["rawSha256"].(string)
	if err := os.WriteFile(e.blobs.Path(sum), []byte("tampered"), 0o600); err != nil {
		t.Fatal(err)
	}
	if res := get("/emails/"+node["id"].(string)+".eml", tok); res.StatusCode != 500 {
		t.Fatalf("tampered .eml served: %d", res.StatusCode)
	}
}

func (e *apiEnv) dialWS(t testing.TB, origin, proto string) *websocket.Conn {
	t.Helper()
	c, _, err := e.tryWS(origin, proto)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

func (e *apiEnv) tryWS(origin, proto string) (*websocket.Conn, *http.Response, error) {
	h := http.Header{}
	if origin != "" {
		h.Set("Origin", origin)
	}
	d := websocket.Dialer{Subprotocols: []string{proto}, HandshakeTimeout: 5 * time.Second}
	return d.Dial("ws"+strings.TrimPrefix(e.srv.URL, "http")+"/query", h)
}

func expectType(t testing.TB, c *websocket.Conn, typ string) map[string]any {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	for {
		var m map[string]any
		if err := c.ReadJSON(&m); err != nil {
			t.Fatalf("waiting for %s: %v", typ, err)
		}
		switch m["type"] {
		case typ:
			return m
		case "ping", "pong", "ka":
			continue
		default:
			t.Fatalf("waiting for %s, got %v", typ, m)
		}
	}
}

func TestWebsocketOriginAndAuth(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	if _, res, err := e.tryWS("https://evil.example", "graphql-transport-ws"); err == nil || res == nil || res.StatusCode != 403 {
		t.Fatalf("cross-origin websocket accepted: %v", err)
	}
	// Same origin, the allow-listed dev origin, and legacy graphql-ws are accepted.
	for _, c := range []struct{ origin, proto string }{{e.srv.URL, "graphql-transport-ws"}, {"http://localhost:5173", "graphql-ws"}} {
		ws := e.dialWS(t, c.origin, c.proto)
		ws.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
		expectType(t, ws, "connection_ack")
	}
	// Without a token the connection is refused.
	ws := e.dialWS(t, "", "graphql-transport-ws")
	ws.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{}})
	ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var m map[string]any
	if err := ws.ReadJSON(&m); err == nil && m["type"] == "connection_ack" {
		t.Fatal("websocket without token acknowledged")
	}
	// The refusal closes with 4403, not a normal close a client would retry.
	var err error
	for err == nil {
		_, _, err = ws.ReadMessage()
	}
	if ce, ok := err.(*websocket.CloseError); !ok || ce.Code != 4403 {
		t.Fatalf("close: %v", err)
	}
	_ = viewer.FromContext
}

// folderActivity over the legacy graphql-ws protocol: a fetch shows as
// FETCH_STARTED, EMAIL_ADDED for each email, then FETCH_FINISHED with counts.
func TestFolderActivity(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)

	c := e.dialWS(t, "", "graphql-ws")
	c.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
	expectType(t, c, "connection_ack")
	c.WriteJSON(map[string]any{"id": "a", "type": "start", "payload": map[string]any{
		"query":     `subscription($f:ID!){folderActivity(folderID:$f){type folderID imported duplicates error email{subject}}}`,
		"variables": map[string]any{"f": fid}}})
	time.Sleep(100 * time.Millisecond)
	e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})

	var types []string
	for len(types) < 4 {
		m := expectType(t, c, "data")
		ev := m["payload"].(map[string]any)["data"].(map[string]any)["folderActivity"].(map[string]any)
		types = append(types, ev["type"].(string))
		if ev["type"] == "FETCH_FINISHED" && ev["imported"] != 2.0 {
			t.Fatalf("finished event %v", ev)
		}
		if ev["type"] == "EMAIL_ADDED" && ev["email"] == nil {
			t.Fatalf("email event without email: %v", ev)
		}
	}
	if strings.Join(types, ",") != "FETCH_STARTED,EMAIL_ADDED,EMAIL_ADDED,FETCH_FINISHED" {
		t.Fatalf("events %v", types)
	}
}

// The gqlgen client's websocket support (legacy graphql-ws) against the whole handler.
func TestGQLGenClientSubscription(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		tok := e.login()
		fid := e.memFolder(tok)

		c := client.New(e.srv.Config.Handler)
		sub := c.WebsocketWithPayload(`subscription($f:ID!){emailAdded(folderID:$f){subject}}`,
			map[string]any{"Authorization": "Bearer " + tok}, client.Var("f", fid), client.Path("/query"))
		defer sub.Close()
		go func() {
			time.Sleep(200 * time.Millisecond)
			e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
		}()
		var resp struct{ EmailAdded struct{ Subject string } }
		if err := sub.Next(&resp); err != nil {
			t.Fatal(err)
		}
		if resp.EmailAdded.Subject != "older" {
			t.Fatalf("got %+v", resp)
		}
		// Without a token the gqlgen client cannot subscribe.
		anon := c.WebsocketWithPayload(`subscription($f:ID!){emailAdded(folderID:$f){subject}}`, nil, client.Var("f", fid), client.Path("/query"))
		defer anon.Close()
		if err := anon.Next(&resp); err == nil {
			t.Fatal("anonymous subscription accepted")
		}
	})
}

// memFolder creates a workspace and an email folder reading the in-memory
// IMAP server's account, and returns the folder's ID.
func (e *apiEnv) memFolder(tok string) string {
	e.t.Helper()
	ws := e.gql(tok, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	host, port, _ := net.SplitHostPort(e.imap)
	var p int
	fmt.Sscan(port, &p)
	in := map[string]any{"workspaceID": ws, "title": "Bob", "email": "bob@example.com", "password": "bobpass",
		"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true}
	r := e.gql(tok, createFolder, map[string]any{"i": in})
	if len(r.Errors) > 0 {
		e.t.Fatalf("create folder: %v", r.Errors)
	}
	return r.Data["createEmailFolder"].(map[string]any)["id"].(string)
}

func TestSearch(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)
	e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
	count := func(q string) any {
		r := e.gql(tok, `query($q:String!,$f:ID){search(query:$q,folderID:$f){totalCount edges{node{subject}}}}`, map[string]any{"q": q, "f": fid})
		if len(r.Errors) > 0 {
			t.Fatalf("search %q: %v", q, r.Errors)
		}
		return r.Data["search"].(map[string]any)["totalCount"]
	}
	for q, want := range map[string]float64{"attachment": 1, "ATTACHMENT": 1, "ATTACH": 0, "attach*": 1, "ann@example.com": 1, "Ann": 1, "old": 1,
		"hello": 1, "nothing-like-this": 0, `'); DROP TABLE emails; --`: 0, "page.html": 1, "from:ann": 1, "to:ann": 0} {
		if got := count(q); got != want {
			t.Errorf("search %q: %v results, want %v", q, got, want)
		}
	}
	// A malformed query says what is wrong, on the field query.
	for q, want := range map[string]string{"": "empty", `"open`: "not closed", "colour:red": "not a filter", "before:monday": "not a date"} {
		r := e.gql(tok, `query($q:String!){search(query:$q){totalCount}}`, map[string]any{"q": q})
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != "query" || !strings.Contains(r.Errors[0].Message, want) {
			t.Errorf("query %q: %+v, want BAD_USER_INPUT on query saying %q", q, r.Errors, want)
		}
	}
	// The snippet is escaped, marks the match, and names the attachment it is in.
	r := e.gql(tok, `{search(query:"alert"){edges{node{subject searchSnippet}}}}`, nil)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	edges := r.Data["search"].(map[string]any)["edges"].([]any)
	if len(edges) != 1 || edges[0].(map[string]any)["node"].(map[string]any)["searchSnippet"] != "in attachment page.html: <mark>alert</mark>(1)" {
		t.Fatalf("snippet: %+v", edges)
	}
	r = e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{searchIndexed searchIndexTotal emails{edges{node{searchSnippet}}}}}}`, map[string]any{"f": fid})
	folder := r.Data["node"].(map[string]any)
	if folder["searchIndexed"] != 2.0 || folder["searchIndexTotal"] != 2.0 ||
		folder["emails"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["searchSnippet"] != nil {
		t.Fatalf("index health, snippet outside a search: %+v %v", folder, r.Errors)
	}
	// Pages through GraphQL cursors, ranked (bm25) and newest first (filters alone: rank 0).
	for _, q := range []string{"example", "in:Bob"} {
		var subjects []string
		var after any
		for range 3 {
			r := e.gql(tok, `query($q:String!,$a:Cursor){search(query:$q,first:1,after:$a){totalCount pageInfo{hasNextPage endCursor} edges{node{subject}}}}`,
				map[string]any{"q": q, "a": after})
			if len(r.Errors) > 0 {
				t.Fatalf("%s: %v", q, r.Errors)
			}
			s := r.Data["search"].(map[string]any)
			for _, ed := range s["edges"].([]any) {
				subjects = append(subjects, ed.(map[string]any)["node"].(map[string]any)["subject"].(string))
			}
			if !s["pageInfo"].(map[string]any)["hasNextPage"].(bool) {
				break
			}
			after = s["pageInfo"].(map[string]any)["endCursor"]
		}
		if len(subjects) != 2 || subjects[0] == subjects[1] {
			t.Errorf("%s in pages of 1: %q", q, subjects)
		}
	}
	// Trashed mail is not found.
	r = e.gql(tok, `{search(query:"attachment"){edges{node{id}}}}`, nil)
	id := r.Data["search"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
	e.gql(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": id})
	if got := count("attachment"); got != 0.0 {
		t.Fatalf("trashed email found: %v", got)
	}
}

// Through GraphQL, where entgql loads only the selected fields: an email in
// the trash can be deleted for good; one outside cannot.
func TestTrashThroughAPI(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		tok := e.login()
		fid := e.memFolder(tok)
		e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
		r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:1){edges{node{id}}}}}}`, map[string]any{"f": fid})
		id := r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
		if r := e.gql(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": id}); code(r) != CodeBadUserInput {
			t.Fatalf("purge outside the trash: %+v", r)
		}
		if r := e.gql(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": id}); len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		if r := e.gql(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": id}); r.Data["deleteNodePermanently"] != true {
			t.Fatalf("purge from the trash: %+v", r)
		}
		if r := e.gql(tok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id}); r.Data["node"] != nil {
			t.Fatalf("purged email still there: %+v", r.Data)
		}
	})
}

// appendMem delivers a message to the in-memory IMAP account.
func (e *apiEnv) appendMem(raw string) {
	e.t.Helper()
	c, err := imapclient.DialInsecure(e.imap, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login("bob@example.com", "bobpass").Wait(); err != nil {
		e.t.Fatal(err)
	}
	cmd := c.Append("INBOX", int64(len(raw)), nil)
	io.WriteString(cmd, raw)
	cmd.Close()
	if _, err := cmd.Wait(); err != nil {
		e.t.Fatal(err)
	}
}
