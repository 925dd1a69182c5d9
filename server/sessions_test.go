package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"mailroom/auth/viewer"
	"mailroom/ent/token"
	"mailroom/ent/user"
	"mailroom/events"
)

// newUser creates a user (admin or not) and returns their ID and a token.
func (e *apiEnv) newUser(adminTok, name string, admin bool) (id, tok string) {
	e.t.Helper()
	r := e.gql(adminTok, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`,
		map[string]any{"i": map[string]any{"username": name, "password": name + "-password", "isAdmin": admin}})
	if len(r.Errors) > 0 {
		e.t.Fatal(r.Errors)
	}
	id = r.Data["createUser"].(map[string]any)["id"].(string)
	r = e.gql("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`, map[string]any{"u": name, "p": name + "-password"})
	if len(r.Errors) > 0 {
		e.t.Fatal(r.Errors)
	}
	return id, r.Data["login"].(map[string]any)["token"].(string)
}

// openSocket opens an acknowledged graphql-transport-ws socket for tok.
func (e *apiEnv) openSocket(t *testing.T, tok string) *websocket.Conn {
	t.Helper()
	c := e.dialWS(t, "", "graphql-transport-ws")
	c.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
	expectType(t, c, "connection_ack")
	return c
}

// expectClosed reads until the socket closes, failing on any data.
func expectClosed(t *testing.T, c *websocket.Conn, within time.Duration) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(within))
	for {
		var m map[string]any
		err := c.ReadJSON(&m)
		if _, ok := err.(*websocket.CloseError); ok {
			return
		}
		if err != nil {
			t.Fatalf("socket not closed: %v", err)
		}
		// A subscription being set up as the session ends may report the
		// canceled context as an error; no data may come.
		if p, _ := m["payload"].(map[string]any); m["type"] == "next" && p["data"] != nil {
			t.Fatalf("data on a socket whose session ended: %v", m)
		}
	}
}

// An open websocket does not outlive the session: logout, sign-out
// everywhere, a password change elsewhere, a reset, disabling the user and
// removing their administrator rights each close it, subscriptions and all.
func TestWebsocketEndsWithTheSession(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	fid := e.memFolder(admin)
	for i, c := range []struct {
		name  string
		admin bool
		end   func(id, tok, other, name string) gqlResp
	}{
		{"logout", false, func(_, tok, _, _ string) gqlResp { return e.gql(tok, `mutation{logout}`, nil) }},
		{"signOutEverywhere", false, func(_, _, other, _ string) gqlResp { return e.gql(other, `mutation{signOutEverywhere}`, nil) }},
		{"changePassword", false, func(_, _, other, name string) gqlResp {
			return e.gql(other, `mutation($c:String!){changePassword(currentPassword:$c,newPassword:"a-new-password")}`,
				map[string]any{"c": name + "-password"})
		}},
		{"resetPassword", false, func(id, _, _, _ string) gqlResp {
			return e.gql(admin, `mutation($u:ID!){resetPassword(userID:$u,password:"reset-password")}`, map[string]any{"u": id})
		}},
		{"disabled", false, func(id, _, _, _ string) gqlResp {
			return e.gql(admin, `mutation($u:ID!){updateUser(id:$u,input:{disabled:true}){id}}`, map[string]any{"u": id})
		}},
		{"admin removed", true, func(id, _, _, _ string) gqlResp {
			return e.gql(admin, `mutation($u:ID!){updateUser(id:$u,input:{isAdmin:false}){id}}`, map[string]any{"u": id})
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			name := fmt.Sprintf("user%d", i)
			id, tok := e.newUser(admin, name, c.admin)
			e.gql(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`, map[string]any{"t": fid, "p": id})
			other := e.gql("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`,
				map[string]any{"u": name, "p": name + "-password"}).Data["login"].(map[string]any)["token"].(string)
			ws := e.openSocket(t, tok)
			ws.WriteJSON(map[string]any{"id": "s", "type": "subscribe", "payload": map[string]any{
				"query": `subscription($f:ID!){folderActivity(folderID:$f){type}}`, "variables": map[string]any{"f": fid}}})
			ws.WriteJSON(map[string]any{"id": "q", "type": "subscribe", "payload": map[string]any{"query": `{me{username}}`}})
			expectType(t, ws, "next")
			if r := c.end(id, tok, other, name); len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			expectClosed(t, ws, 5*time.Second)
		})
	}
}

// Each websocket operation is checked against the session as the store has
// it now, not as it was at connection_init: a token revoked behind the
// registry's back (another instance) is refused and the socket closed, and
// a lost admin flag is seen at once.
func TestWebsocketRechecksEveryOperation(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	_, tok := e.newUser(admin, "ann", true)
	ws := e.openSocket(t, tok)
	ask := func(id string) map[string]any {
		ws.WriteJSON(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{"query": `{me{isAdmin}}`}})
		p := expectType(t, ws, "next")["payload"].(map[string]any)
		if p["data"] != nil {
			expectType(t, ws, "complete")
		}
		return p
	}
	if p := ask("1"); fmt.Sprint(p["data"]) != "map[me:map[isAdmin:true]]" {
		t.Fatalf("before: %v", p)
	}
	sys := viewer.SystemContext(context.Background())
	e.client.User.Update().Where(user.Username("ann")).SetIsAdmin(false).ExecX(sys)
	if p := ask("2"); fmt.Sprint(p["data"]) != "map[me:map[isAdmin:false]]" {
		t.Fatalf("admin flag not reloaded: %v", p)
	}
	e.client.Token.Delete().Where(token.HasUserWith(user.Username("ann"))).ExecX(sys)
	// The operation is refused and the socket closed; the close may overtake
	// the refusal, but no data may come.
	ws.WriteJSON(map[string]any{"id": "3", "type": "subscribe", "payload": map[string]any{"query": `{me{isAdmin}}`}})
	var m map[string]any
	ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	if err := ws.ReadJSON(&m); err == nil {
		p, _ := m["payload"].(map[string]any)
		if m["type"] != "next" || p["data"] != nil || !strings.Contains(fmt.Sprint(p["errors"]), CodeUnauthenticated) {
			t.Fatalf("revoked token answered: %v", m)
		}
		expectClosed(t, ws, 5*time.Second)
	} else if !websocket.IsCloseError(err, websocket.CloseNormalClosure) {
		t.Fatalf("revoked token: %v", err)
	}
}

// A socket that never sends connection_init is closed.
func TestWebsocketInitTimeout(t *testing.T) {
	initTimeout = 300 * time.Millisecond
	defer func() { initTimeout = websocketInitTimeout }()
	e := newAPI(t)
	ws := e.dialWS(t, "", "graphql-transport-ws")
	start := time.Now()
	expectClosed(t, ws, 5*time.Second)
	if took := time.Since(start); took > 2*time.Second {
		t.Fatalf("closed after %v", took)
	}
}

// One socket runs at most maxSubscriptionsPerSocket subscriptions; one that
// ends frees its place.
func TestSubscriptionsPerSocketBounded(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)
	ws := e.openSocket(t, tok)
	sub := func(id string) {
		ws.WriteJSON(map[string]any{"id": id, "type": "subscribe", "payload": map[string]any{
			"query": `subscription($f:ID!){folderActivity(folderID:$f){type}}`, "variables": map[string]any{"f": fid}}})
	}
	for i := range maxSubscriptionsPerSocket + 1 {
		sub(fmt.Sprint(i))
	}
	// They start in parallel: any one of them is the one too many.
	m := expectType(t, ws, "next")
	refused := m["id"].(string)
	if !strings.Contains(fmt.Sprint(m["payload"]), "at most") {
		t.Fatalf("refusal: %v", m)
	}
	expectType(t, ws, "complete")
	stopped := "0"
	if refused == stopped {
		stopped = "1"
	}
	ws.WriteJSON(map[string]any{"id": stopped, "type": "complete"})
	time.Sleep(200 * time.Millisecond)
	sub("after one ended")
	time.Sleep(200 * time.Millisecond)
	e.bus.Publish(events.Event{Type: events.FetchStarted, FolderID: mustInt(fid)})
	seen := map[string]bool{}
	ws.SetReadDeadline(time.Now().Add(10 * time.Second))
	for len(seen) < maxSubscriptionsPerSocket {
		var m map[string]any
		if err := ws.ReadJSON(&m); err != nil {
			t.Fatal(err)
		}
		if m["type"] != "next" {
			continue // the complete of the stopped one, pings
		}
		if strings.Contains(fmt.Sprint(m["payload"]), "errors") {
			t.Fatalf("refused: %v", m)
		}
		seen[m["id"].(string)] = true
	}
	if !seen["after one ended"] || seen[stopped] || seen[refused] {
		t.Fatalf("events went to %v", seen)
	}
}

func mustInt(s string) int {
	var n int
	fmt.Sscan(s, &n)
	return n
}

// A subscriber whose READ is removed gets no further event, and the
// subscription ends: folderActivity and emailAdded check access per event.
func TestSubscriptionEndsWhenReadIsRemoved(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		admin := e.login()
		fid := e.memFolder(admin)
		e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
		r := e.gql(admin, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:1){edges{node{id}}}}}}`, map[string]any{"f": fid})
		email := mustInt(r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string))
		id, tok := e.newUser(admin, "ann", false)
		grant := func(q string) {
			if r := e.gql(admin, q, map[string]any{"t": fid, "p": id}); len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
		}
		grant(`mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`)
		ws := e.openSocket(t, tok)
		for _, q := range []string{`subscription($f:ID!){folderActivity(folderID:$f){type}}`, `subscription($f:ID!){emailAdded(folderID:$f){subject}}`} {
			ws.WriteJSON(map[string]any{"id": q[:20], "type": "subscribe", "payload": map[string]any{"query": q, "variables": map[string]any{"f": fid}}})
		}
		time.Sleep(200 * time.Millisecond)
		publish := func() { e.bus.Publish(events.Event{Type: events.EmailAdded, FolderID: mustInt(fid), EmailID: email}) }
		publish()
		expectType(t, ws, "next")
		expectType(t, ws, "next")
		grant(`mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`)
		publish() // well within the viewer's access cache: the check must not use it
		ws.SetReadDeadline(time.Now().Add(5 * time.Second))
		for completed := 0; completed < 2; {
			var m map[string]any
			if err := ws.ReadJSON(&m); err != nil {
				t.Fatalf("subscriptions did not end: %v", err)
			}
			switch m["type"] {
			case "next", "error":
				t.Fatalf("event after READ was removed: %v", m)
			case "complete":
				completed++
			}
		}
	})
}
