package server

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// TestPermissionMatrix checks each role against each operation, through the
// API as clients use it: reads hide what a role may not see (null, absent,
// 404), writes answer FORBIDDEN when the role sees the folder but lacks the
// permission, NOT_FOUND when it does not see it at all.
func TestPermissionMatrix(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		admin := e.login()
		must := func(tok, q string, vars map[string]any) map[string]any {
			t.Helper()
			r := e.gql(tok, q, vars)
			if len(r.Errors) > 0 {
				t.Fatalf("%s: %v", q, r.Errors)
			}
			return r.Data
		}
		wsID := must(admin, `mutation{createWorkspace(input:{title:"Team"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
		host, port, _ := net.SplitHostPort(e.imap)
		var p int
		fmt.Sscan(port, &p)
		folder := func(title string) string {
			in := map[string]any{"workspaceID": wsID, "title": title, "email": "bob@example.com", "password": "bobpass",
				"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true, "afterImport": "LEAVE"}
			return must(admin, createFolder, map[string]any{"i": in})["createEmailFolder"].(map[string]any)["id"].(string)
		}
		for i := range 3 {
			e.appendMem(fmt.Sprintf("Subject: spare %d\r\nMessage-ID: <spare%d@x>\r\n\r\nto purge\r\n", i, i))
		}
		f := folder("Shared")
		blocked := folder("Private")
		must(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": f})
		must(admin, `mutation($f:ID!){setInheritance(targetID:$f,blocked:true){id}}`, map[string]any{"f": blocked})
		r := must(admin, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id attachments{url}}}}}}}`, map[string]any{"f": f})
		var emailID, attURL string
		for _, ed := range r["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
			n := ed.(map[string]any)["node"].(map[string]any)
			if atts := n["attachments"].([]any); len(atts) > 0 {
				emailID, attURL = n["id"].(string), atts[0].(map[string]any)["url"].(string)
			}
		}

		// Emails to purge, one per role allowed to (MANAGE, admin): the folder
		// without the attachment test email gets more mail.
		var spare []string
		for _, ed := range r["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
			if id := ed.(map[string]any)["node"].(map[string]any)["id"].(string); id != emailID {
				spare = append(spare, id)
			}
		}
		nextPurge := func() string {
			if len(spare) == 0 {
				return ""
			}
			id := spare[0]
			spare = spare[1:]
			return id
		}
		purgeID := nextPurge()

		user := func(name string) (id, token string) {
			id = must(admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
				"username": name, "password": name + "-password"}})["createUser"].(map[string]any)["id"].(string)
			r := e.gql("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`, map[string]any{"u": name, "p": name + "-password"})
			return id, r.Data["login"].(map[string]any)["token"].(string)
		}
		grant := func(target, principal, perm string) {
			must(admin, `mutation($t:ID!,$p:ID!,$perm:Permission!){setPermission(targetID:$t,principalID:$p,permission:$perm){id}}`,
				map[string]any{"t": target, "p": principal, "perm": perm})
		}
		roles := map[string]string{"admin": admin}
		_, roles["none"] = user("nobody")
		for _, perm := range []string{"READ", "WRITE", "MANAGE"} {
			id, tok := user("u" + perm)
			grant(f, id, perm)
			roles[perm] = tok
		}
		gid, gtok := user("member")
		group := must(admin, `mutation($m:[ID!]){createGroup(input:{name:"staff",memberIDs:$m}){id}}`, map[string]any{"m": []string{gid}})["createGroup"].(map[string]any)["id"].(string)
		grant(wsID.(string), group, "WRITE") // inherited by the folder
		roles["group"] = gtok
		wsManagerID, wsManager := user("wsmanager")
		grant(wsID.(string), wsManagerID, "MANAGE")
		roles["ws MANAGE"] = wsManager
		roles["anonymous"] = ""
		// Self-service mutations end or change the caller's own session: each
		// call gets a fresh session of a user kept for them ("own").
		selfPassword := "self-password"
		must(admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
			"username": "self", "password": selfPassword}})
		const ownSession = "own session"
		roles[ownSession] = ownSession
		session := func(tok string) string {
			if tok != ownSession {
				return tok
			}
			r := e.gql("", `mutation($p:String!){login(username:"self",password:$p){token}}`, map[string]any{"p": selfPassword})
			return r.Data["login"].(map[string]any)["token"].(string)
		}
		// A user and a group for the administrators' mutations to act on.
		spareUserID, _ := user("spare")
		spareGroup := must(admin, `mutation{createGroup(input:{name:"spare"}){id}}`, nil)["createGroup"].(map[string]any)["id"].(string)

		// An OAuth app, and the shared folder switched to it for each try of
		// authorizeEmailFolder (and back to its password after).
		oauthApp := must(admin, `mutation{createOAuthProvider(input:{name:"Matrix",kind:GENERIC,clientID:"c",clientSecret:"s",
		authURL:"https://login.example.com/authorize",tokenURL:"https://login.example.com/token",scopes:["imap"]}){id}}`, nil)["createOAuthProvider"].(map[string]any)["id"].(string)

		get := func(tok, path string) int {
			req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
			req.Header.Set("Authorization", "Bearer "+tok)
			res, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			io.Copy(io.Discard, res.Body)
			res.Body.Close()
			return res.StatusCode
		}
		sees := func(tok, id string) string {
			r := e.gql(tok, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id})
			if r.Data["node"] == nil {
				return "hidden"
			}
			return "visible"
		}
		// Following (then unfollowing) needs READ on the target.
		follow := func(tok, id string) string {
			c := code(e.gql(tok, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": id}))
			if c == "" {
				c = code(e.gql(tok, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": id}))
			}
			return orOK(c)
		}
		// A comment of the administrator's on the email, made anew once deleted.
		var adminCommentID string
		adminComment := func() string {
			if adminCommentID == "" || sees(admin, adminCommentID) == "visible" &&
				e.gql(admin, `query($id:ID!){node(id:$id){... on Comment{deletedAt}}}`, map[string]any{"id": adminCommentID}).Data["node"].(map[string]any)["deletedAt"] != nil {
				adminCommentID = must(admin, addComment, map[string]any{"t": emailID, "x": "the administrator's"})["addComment"].(map[string]any)["id"].(string)
			}
			return adminCommentID
		}
		links := 0

		ops := map[string]func(tok string) string{
			"node":       func(tok string) string { return sees(tok, f) },
			"email node": func(tok string) string { return sees(tok, emailID) },
			"workspaces": func(tok string) string {
				r := e.gql(tok, `{workspaces(first:10){totalCount}}`, nil)
				return fmt.Sprint(r.Data["workspaces"].(map[string]any)["totalCount"])
			},
			"attachment": func(tok string) string { return fmt.Sprint(get(tok, attURL)) },
			"eml":        func(tok string) string { return fmt.Sprint(get(tok, "/emails/"+emailID+".eml")) },
			"fetch": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": f})))
			},
			"edit folder": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($f:ID!){updateEmailFolder(id:$f,input:{emailsLimit:50}){id}}`, map[string]any{"f": f})))
			},
			// With the folder's own server and no password: the stored password is used.
			"test folder": func(tok string) string {
				r := e.gql(tok, `mutation($i:TestConnectionInput!){testConnection(input:$i){ok error}}`, map[string]any{"i": map[string]any{
					"folderID": f, "email": "bob@example.com", "protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true}})
				if c := code(r); c != "" {
					return c
				}
				return fmt.Sprint(r.Data["testConnection"].(map[string]any)["ok"])
			},
			// Another server without the password again.
			"move folder": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($f:ID!){updateEmailFolder(id:$f,input:{port:1}){id}}`, map[string]any{"f": f})))
			},
			"set permission": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
					map[string]any{"t": f, "p": gid})))
			},
			"blocked folder": func(tok string) string { return sees(tok, blocked) },
			"create oauth app": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation{createOAuthProvider(input:{name:"G",kind:GOOGLE,clientID:"g"}){id}}`, nil)))
			},
			"update oauth app": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($id:ID!){updateOAuthProvider(id:$id,input:{name:"Matrix"}){id}}`, map[string]any{"id": oauthApp})))
			},
			"delete oauth app": func(tok string) string {
				id := must(admin, `mutation{createOAuthProvider(input:{name:"Spare",kind:MICROSOFT,clientID:"m"}){id}}`, nil)["createOAuthProvider"].(map[string]any)["id"].(string)
				return orOK(code(e.gql(tok, `mutation($id:ID!){deleteOAuthProvider(id:$id)}`, map[string]any{"id": id})))
			},
			"authorize folder": func(tok string) string {
				must(admin, `mutation($f:ID!,$p:ID!){updateEmailFolder(id:$f,input:{authMethod:OAUTH2,oauthProviderID:$p}){id}}`, map[string]any{"f": f, "p": oauthApp})
				defer must(admin, `mutation($f:ID!){updateEmailFolder(id:$f,input:{authMethod:PASSWORD}){id}}`, map[string]any{"f": f})
				return orOK(code(e.gql(tok, `mutation($f:ID!){authorizeEmailFolder(folderID:$f)}`, map[string]any{"f": f})))
			},
			// Trash then restore leaves the email as it was for the next role.
			"trash+restore": func(tok string) string {
				c := code(e.gql(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": emailID}))
				if c == "" {
					c = code(e.gql(tok, `mutation($id:ID!){restoreNode(id:$id){id}}`, map[string]any{"id": emailID}))
				}
				return orOK(c)
			},
			"purge": func(tok string) string {
				// Only from the trash: the admin puts it there, the role tries to purge it.
				must(admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": purgeID})
				c := orOK(code(e.gql(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": purgeID})))
				if c == "ok" {
					purgeID = nextPurge()
				} else {
					must(admin, `mutation($id:ID!){restoreNode(id:$id){id}}`, map[string]any{"id": purgeID})
				}
				return c
			},
			"ledger": func(tok string) string {
				r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{ledger(first:2){totalCount}}}}`, map[string]any{"f": f})
				if r.Data["node"] == nil {
					return "hidden"
				}
				return fmt.Sprint(r.Data["node"].(map[string]any)["ledger"].(map[string]any)["totalCount"])
			},
			"reconciliation": func(tok string) string {
				r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{reconciliation{offered}}}}`, map[string]any{"f": f})
				if r.Data["node"] == nil {
					return "hidden"
				}
				return fmt.Sprint(r.Data["node"].(map[string]any)["reconciliation"].(map[string]any)["offered"])
			},
			"ledger.csv": func(tok string) string { return fmt.Sprint(get(tok, "/folders/"+f+"/ledger.csv")) },

			// Exports answer like the other downloads.
			"export.mbox": func(tok string) string { return fmt.Sprint(get(tok, "/folders/"+f+"/export.mbox")) },
			"export.zip":  func(tok string) string { return fmt.Sprint(get(tok, "/emails/export.zip?ids="+emailID)) },
			// No files: the permission is checked first, then the input, so
			// nothing is written and the ledger counts below stay.
			"import": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($f:ID!){importEmails(folderID:$f,files:[]){imported}}`, map[string]any{"f": f})))
			},
			"thread": func(tok string) string {
				r := e.gql(tok, `query($id:ID!){node(id:$id){... on Email{threadSize thread{id}}}}`, map[string]any{"id": emailID})
				if r.Data["node"] == nil {
					return "hidden"
				}
				n := r.Data["node"].(map[string]any)
				return fmt.Sprint(n["threadSize"], "/", len(n["thread"].([]any)))
			},
			"integrity": func(tok string) string {
				return orOK(code(e.gql(tok, `{integrityReport{ok referencedBlobs}}`, nil)))
			},
			"trash workspace": func(tok string) string {
				c := code(e.gql(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": wsID}))
				if c == "" {
					c = code(e.gql(tok, `mutation($id:ID!){restoreNode(id:$id){id}}`, map[string]any{"id": wsID}))
				}
				return orOK(c)
			},
			// A workspace in the trash whose managers a folder keeps out (it
			// blocks inheritance): its purge must not take that folder.
			"purge workspace": func(tok string) string {
				doomed := must(admin, `mutation{createWorkspace(input:{title:"Doomed"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"].(string)
				in := map[string]any{"workspaceID": doomed, "title": "Closed", "email": "bob@example.com", "password": "bobpass",
					"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true, "fetchIntervalMinutes": 0}
				closed := must(admin, createFolder, map[string]any{"i": in})["createEmailFolder"].(map[string]any)["id"].(string)
				must(admin, `mutation($f:ID!){setInheritance(targetID:$f,blocked:true){id}}`, map[string]any{"f": closed})
				grant(doomed, wsManagerID, "MANAGE")
				must(admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": doomed})
				c := orOK(code(e.gql(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": doomed})))
				if c != "ok" {
					must(admin, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": doomed})
				}
				return c
			},
			"empty trash": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($f:ID!){emptyTrash(folderID:$f)}`, map[string]any{"f": f})))
			},
			"remove permission": func(tok string) string {
				grant(f, spareUserID, "READ")
				return orOK(code(e.gql(tok, `mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`,
					map[string]any{"t": f, "p": spareUserID})))
			},
			"update user": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($id:ID!){updateUser(id:$id,input:{displayName:"Spare"}){id}}`, map[string]any{"id": spareUserID})))
			},
			"reset password": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($id:ID!){resetPassword(userID:$id,password:"spare-password")}`, map[string]any{"id": spareUserID})))
			},
			"update group": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($id:ID!){updateGroup(id:$id,input:{name:"spare"}){id}}`, map[string]any{"id": spareGroup})))
			},
			"change password": func(tok string) string {
				next := selfPassword + "x"
				c := orOK(code(e.gql(session(tok), `mutation($c:String!,$n:String!){changePassword(currentPassword:$c,newPassword:$n)}`,
					map[string]any{"c": selfPassword, "n": next})))
				if c == "ok" {
					selfPassword = next
				}
				return c
			},
			"logout": func(tok string) string {
				return orOK(code(e.gql(session(tok), `mutation{logout}`, nil)))
			},
			"sign out everywhere": func(tok string) string {
				return orOK(code(e.gql(session(tok), `mutation{signOutEverywhere}`, nil)))
			},
			// Collaboration: the role's own comment (added, then edited), and
			// the administrator's, which only managers may delete.
			"comment": func(tok string) string {
				r := e.gql(tok, addComment, map[string]any{"t": emailID, "x": "mine"})
				if c := code(r); c != "" {
					return c
				}
				id := r.Data["addComment"].(map[string]any)["id"]
				return orOK(code(e.gql(tok, `mutation($id:ID!){updateComment(id:$id,text:"edited"){id}}`, map[string]any{"id": id})))
			},
			"comment node": func(tok string) string { return sees(tok, adminComment()) },
			"delete comment": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation($id:ID!){deleteComment(id:$id)}`, map[string]any{"id": adminComment()})))
			},
			"annotate": func(tok string) string {
				return orOK(code(e.gql(tok, annotate, map[string]any{"e": emailID, "i": map[string]any{"exact": "hello", "body": "b"}})))
			},
			"delete annotation": func(tok string) string {
				id := must(admin, annotate, map[string]any{"e": emailID, "i": map[string]any{"exact": "hello", "body": "b"}})["annotate"].(map[string]any)["id"]
				return orOK(code(e.gql(tok, `mutation($id:ID!){deleteAnnotation(id:$id)}`, map[string]any{"id": id})))
			},
			// The role's own relation, deleted again so the next role can make it.
			"relate": func(tok string) string {
				r := e.gql(tok, createRelation, map[string]any{"s": emailID, "t": f, "p": "REFERENCES"})
				if c := code(r); c != "" {
					return c
				}
				return orOK(code(e.gql(tok, `mutation($id:ID!){deleteRelation(id:$id)}`, map[string]any{"id": r.Data["createRelation"].(map[string]any)["id"]})))
			},
			"delete relation": func(tok string) string {
				links++
				id := must(admin, createRelation, map[string]any{"s": emailID, "u": fmt.Sprintf("https://x.example/%d", links), "p": "REFERENCES"})["createRelation"].(map[string]any)["id"]
				return orOK(code(e.gql(tok, `mutation($id:ID!){deleteRelation(id:$id)}`, map[string]any{"id": id})))
			},
			"tag": func(tok string) string {
				c := code(e.gql(tok, `mutation($e:ID!){tagEmail(emailID:$e,tag:"matrix"){id}}`, map[string]any{"e": emailID}))
				if c == "" {
					c = code(e.gql(tok, `mutation($e:ID!){untagEmail(emailID:$e,tag:"matrix"){id}}`, map[string]any{"e": emailID}))
				}
				return orOK(c)
			},
			"search": func(tok string) string {
				r := e.gql(tok, `{search(query:"attachment"){totalCount}}`, nil)
				return fmt.Sprint(r.Data["search"].(map[string]any)["totalCount"])
			},
			// The relation picker offers the folder to its readers only.
			"relation candidates": func(tok string) string {
				r := e.gql(tok, `{relationCandidates(query:"Shared"){id}}`, nil)
				if c := code(r); c != "" {
					return c
				}
				return fmt.Sprint(len(r.Data["relationCandidates"].([]any)))
			},
			// The role's own following of the folder, listed while it reads it.
			"following": func(tok string) string {
				if c := code(e.gql(tok, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": f})); c != "" {
					return c
				}
				r := e.gql(tok, `{alertSubscriptions(first:5){edges{node{target{id}}}}}`, nil)
				e.gql(tok, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": f})
				if c := code(r); c != "" {
					return c
				}
				return fmt.Sprint(len(r.Data["alertSubscriptions"].(map[string]any)["edges"].([]any)))
			},
			"follow folder": func(tok string) string { return follow(tok, f) },
			"follow email":  func(tok string) string { return follow(tok, emailID) },
			"mark read": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation{markNotificationsRead}`, nil)))
			},
			"alert preference": func(tok string) string {
				return orOK(code(e.gql(tok, `mutation{setAlertPreference(preference:NEVER){id}}`, nil)))
			},
			"alert deliveries": func(tok string) string {
				return orOK(code(e.gql(tok, `{alertDeliveries(first:5){totalCount}}`, nil)))
			},
			"folder history": func(tok string) string {
				r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{history(first:5){totalCount}}}}`, map[string]any{"f": f})
				if r.Data["node"] == nil {
					return "hidden"
				}
				return "visible"
			},
			"subscribe": func(tok string) string {
				c := e.dialWS(t, "", "graphql-transport-ws")
				c.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
				expectType(t, c, "connection_ack")
				c.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
					"query": `subscription($f:ID!){folderActivity(folderID:$f){type}}`, "variables": map[string]any{"f": f}}})
				var m map[string]any
				c.SetReadDeadline(timeSoon())
				if err := c.ReadJSON(&m); err == nil && (m["type"] == "error" || m["type"] == "next" && fmt.Sprint(m["payload"]) != "" &&
					m["payload"].(map[string]any)["errors"] != nil) {
					return "refused"
				}
				return "open"
			},
		}
		want := map[string]map[string]string{
			//               none         READ          WRITE         MANAGE     admin      group (WRITE on the workspace)
			"node":           {"none": "hidden", "READ": "visible", "WRITE": "visible", "MANAGE": "visible", "admin": "visible", "group": "visible"},
			"email node":     {"none": "hidden", "READ": "visible", "WRITE": "visible", "MANAGE": "visible", "admin": "visible", "group": "visible"},
			"trash+restore":  {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok"},
			"purge":          {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN"},
			"integrity":      {"none": "FORBIDDEN", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "FORBIDDEN", "admin": "ok", "group": "FORBIDDEN"},
			"search":         {"none": "0", "READ": "1", "WRITE": "1", "MANAGE": "1", "admin": "1", "group": "1"},
			"workspaces":     {"none": "0", "READ": "1", "WRITE": "1", "MANAGE": "1", "admin": "1", "group": "1"},
			"attachment":     {"none": "404", "READ": "200", "WRITE": "200", "MANAGE": "200", "admin": "200", "group": "200"},
			"eml":            {"none": "404", "READ": "200", "WRITE": "200", "MANAGE": "200", "admin": "200", "group": "200"},
			"subscribe":      {"none": "refused", "READ": "open", "WRITE": "open", "MANAGE": "open", "admin": "open", "group": "open"},
			"fetch":          {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok"},
			"edit folder":    {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN"},
			"test folder":    {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "true", "admin": "true", "group": "FORBIDDEN"},
			"move folder":    {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "BAD_USER_INPUT", "admin": "BAD_USER_INPUT", "group": "FORBIDDEN"},
			"set permission": {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN"},
			// MANAGE on the workspace (ws MANAGE) is needed to trash it; the folder-level roles see it but hold nothing on it.
			"trash workspace":   {"none": "NOT_FOUND", "READ": "NOT_FOUND", "MANAGE": "NOT_FOUND", "admin": "ok", "group": "FORBIDDEN", "ws MANAGE": "ok"},
			"purge workspace":   {"none": "NOT_FOUND", "READ": "NOT_FOUND", "admin": "ok", "group": "NOT_FOUND", "ws MANAGE": "FORBIDDEN"},
			"empty trash":       {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "anonymous": "UNAUTHENTICATED"},
			"remove permission": {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "anonymous": "UNAUTHENTICATED"},
			// Collaboration: WRITE comments, annotates, relates, tags; the author edits; a manager deletes others'.
			"comment":           {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			"comment node":      {"none": "hidden", "READ": "visible", "WRITE": "visible", "MANAGE": "visible", "admin": "visible", "group": "visible"},
			"delete comment":    {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "ws MANAGE": "ok", "anonymous": "UNAUTHENTICATED"},
			"annotate":          {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			"delete annotation": {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "ws MANAGE": "ok", "anonymous": "UNAUTHENTICATED"},
			"relate":            {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			"delete relation":   {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "ws MANAGE": "ok", "anonymous": "UNAUTHENTICATED"},
			"tag":               {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			// Administrators only.
			"update user":      {"none": "FORBIDDEN", "READ": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"reset password":   {"none": "FORBIDDEN", "READ": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"update group":     {"none": "FORBIDDEN", "READ": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"create oauth app": {"none": "FORBIDDEN", "READ": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"update oauth app": {"none": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"delete oauth app": {"none": "FORBIDDEN", "MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			// MANAGE on the folder starts its sign-in with the provider.
			"authorize folder": {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "FORBIDDEN", "MANAGE": "ok", "admin": "ok", "group": "FORBIDDEN", "anonymous": "UNAUTHENTICATED"},
			// Self-service: any signed-in user, on their own session only.
			"change password":     {"anonymous": "UNAUTHENTICATED", ownSession: "ok"},
			"logout":              {"anonymous": "UNAUTHENTICATED", ownSession: "ok"},
			"sign out everywhere": {"anonymous": "UNAUTHENTICATED", ownSession: "ok"},
			// Follow, notifications, alert emails, history.
			"follow folder":    {"none": "NOT_FOUND", "READ": "ok", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			"follow email":     {"none": "NOT_FOUND", "READ": "ok", "WRITE": "ok", "MANAGE": "ok", "admin": "ok", "group": "ok", "anonymous": "UNAUTHENTICATED"},
			"mark read":        {"none": "ok", "READ": "ok", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"alert preference": {"none": "ok", "READ": "ok", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"alert deliveries": {"none": "FORBIDDEN", "READ": "FORBIDDEN", "MANAGE": "FORBIDDEN", "ws MANAGE": "FORBIDDEN", "admin": "ok", "anonymous": "UNAUTHENTICATED"},
			"folder history":   {"none": "hidden", "READ": "visible", "WRITE": "visible", "MANAGE": "visible", "admin": "visible", "group": "visible"},
			// The relation picker, and the list of what one follows: READ on the folder.
			"relation candidates": {"none": "0", "READ": "1", "WRITE": "1", "MANAGE": "1", "admin": "1", "group": "1", "ws MANAGE": "1", "anonymous": "UNAUTHENTICATED"},
			"following":           {"none": "NOT_FOUND", "READ": "1", "WRITE": "1", "MANAGE": "1", "admin": "1", "group": "1", "anonymous": "UNAUTHENTICATED"},
			// Private blocks inheritance: the group's workspace grant does not reach it.
			"blocked folder": {"none": "hidden", "READ": "hidden", "WRITE": "hidden", "MANAGE": "hidden", "admin": "visible", "group": "hidden"},
			// The 5 messages the server offered the folder (the purges leave PURGED entries).
			"ledger":         {"none": "hidden", "READ": "5", "WRITE": "5", "MANAGE": "5", "admin": "5", "group": "5", "ws MANAGE": "5"},
			"reconciliation": {"none": "hidden", "READ": "5", "WRITE": "5", "MANAGE": "5", "admin": "5", "group": "5", "ws MANAGE": "5"},
			"ledger.csv":     {"none": "404", "READ": "200", "WRITE": "200", "MANAGE": "200", "admin": "200", "group": "200", "ws MANAGE": "200"},
			"export.mbox":    {"none": "404", "READ": "200", "WRITE": "200", "MANAGE": "200", "admin": "200", "group": "200", "anonymous": "404"},
			"export.zip":     {"none": "404", "READ": "200", "WRITE": "200", "MANAGE": "200", "admin": "200", "group": "200", "anonymous": "404"},
			// Importing adds mail like checking email: WRITE.
			"import": {"none": "NOT_FOUND", "READ": "FORBIDDEN", "WRITE": "BAD_USER_INPUT", "MANAGE": "BAD_USER_INPUT", "admin": "BAD_USER_INPUT",
				"group": "BAD_USER_INPUT", "anonymous": "UNAUTHENTICATED"},
			"thread": {"none": "hidden", "READ": "1/1", "WRITE": "1/1", "MANAGE": "1/1", "admin": "1/1", "group": "1/1"},
		}
		for op, byRole := range want {
			for role, expected := range byRole {
				if got := ops[op](roles[role]); got != expected {
					t.Errorf("%-14s as %-6s: got %s, want %s", op, role, got, expected)
				}
			}
		}
	})
}

func orOK(c string) string {
	if c == "" {
		return "ok"
	}
	return c
}

func timeSoon() time.Time { return time.Now().Add(time.Second) }
