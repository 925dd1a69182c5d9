package server

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"
	"time"
)

// trap is a listener of the attacker's: it greets like an IMAP server and
// records every byte a client sends it.
type trap struct {
	port int
	mu   sync.Mutex
	got  strings.Builder
}

func startTrap(t *testing.T) *trap {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	tr := &trap{port: ln.Addr().(*net.TCPAddr).Port}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(5 * time.Second))
				c.Write([]byte("* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n"))
				buf := make([]byte, 4096)
				for {
					n, err := c.Read(buf)
					tr.mu.Lock()
					tr.got.Write(buf[:n])
					tr.mu.Unlock()
					if err != nil {
						return
					}
					// Answer each command with NO so the client carries on.
					if line := string(buf[:n]); strings.Contains(line, " ") {
						c.Write([]byte(strings.Fields(line)[0] + " NO go on\r\n"))
					}
				}
			}()
		}
	}()
	return tr
}

func (tr *trap) received() string {
	time.Sleep(100 * time.Millisecond) // let the last bytes land
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return tr.got.String()
}

// TestStoredPasswordStaysWithItsServer: a reader and a manager of a folder
// each try to make the server send the folder's stored password to a
// listener of their own, through testConnection and updateEmailFolder. Both
// are refused and the listener never sees the password.
func TestStoredPasswordStaysWithItsServer(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	users := map[string]string{}
	for _, perm := range []string{"READ", "MANAGE"} {
		name := "u" + strings.ToLower(perm)
		id := e.gql(admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
			"username": name, "password": name + "-password"}}).Data["createUser"].(map[string]any)["id"]
		if r := e.gql(admin, `mutation($t:ID!,$p:ID!,$perm:Permission!){setPermission(targetID:$t,principalID:$p,permission:$perm){id}}`,
			map[string]any{"t": f, "p": id, "perm": perm}); len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		users[perm] = e.gql("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`,
			map[string]any{"u": name, "p": name + "-password"}).Data["login"].(map[string]any)["token"].(string)
	}
	tr := startTrap(t)
	host, port, _ := net.SplitHostPort(e.imap)
	var memPort int
	fmt.Sscan(port, &memPort)

	const test = `mutation($i:TestConnectionInput!){testConnection(input:$i){ok error}}`
	const update = `mutation($f:ID!,$i:UpdateEmailFolderInput!){updateEmailFolder(id:$f,input:$i){id port host}}`
	toTrap := map[string]any{"folderID": f, "email": "bob@example.com", "protocol": "IMAP", "host": "127.0.0.1",
		"port": tr.port, "socketFactoryPort": tr.port, "startTLS": false, "allowInsecureAuth": true}

	// The reader may not test with the folder's password at all.
	if r := e.gql(users["READ"], test, map[string]any{"i": toTrap}); code(r) != CodeForbidden {
		t.Errorf("READ testConnection to the trap: %+v, want FORBIDDEN", r)
	}
	if r := e.gql(users["READ"], update, map[string]any{"f": f, "i": map[string]any{"port": tr.port}}); code(r) != CodeForbidden {
		t.Errorf("READ updateEmailFolder to the trap: %+v, want FORBIDDEN", r)
	}
	// The manager may, but the stored password stays with its server.
	wantReenter := func(what string, r gqlResp) {
		t.Helper()
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != "password" ||
			!strings.Contains(r.Errors[0].Message, "enter the password again for the new server") {
			t.Errorf("%s: %+v, want BAD_USER_INPUT on password", what, r)
		}
	}
	wantReenter("MANAGE testConnection to the trap", e.gql(users["MANAGE"], test, map[string]any{"i": toTrap}))
	// Every part of the connection identity counts.
	for field, value := range map[string]any{"port": tr.port, "socketFactoryPort": tr.port, "host": "localhost",
		"protocol": "IMAPS", "startTLS": true, "allowInsecureAuth": false, "username": "other",
		"email": "other@example.com", "trustedCertificate": testPEM} {
		wantReenter("MANAGE updateEmailFolder "+field, e.gql(users["MANAGE"], update, map[string]any{"f": f, "i": map[string]any{field: value}}))
	}
	// A fetch still goes to the real server: nothing was changed.
	r := e.gql(users["MANAGE"], `mutation($f:ID!){fetchEmails(folderID:$f){imported error}}`, map[string]any{"f": f})
	if len(r.Errors) > 0 || r.Data["fetchEmails"].(map[string]any)["error"] != nil {
		t.Fatalf("fetch after the refused edits: %+v", r)
	}
	if got := tr.received(); strings.Contains(got, "bobpass") || got != "" {
		t.Fatalf("the trap received %q", got)
	}

	// What is allowed: the stored password with its own server; a password
	// typed again for the new one (the trap does receive that one, which
	// shows it would have caught the stored one).
	same := map[string]any{"folderID": f, "email": "bob@example.com", "protocol": "IMAP", "host": host,
		"port": memPort, "startTLS": false, "allowInsecureAuth": true}
	if r := e.gql(users["MANAGE"], test, map[string]any{"i": same}); len(r.Errors) > 0 || r.Data["testConnection"].(map[string]any)["ok"] != true {
		t.Errorf("MANAGE testConnection with the stored server: %+v", r)
	}
	if r := e.gql(users["MANAGE"], update, map[string]any{"f": f, "i": map[string]any{"title": "renamed", "emailsLimit": 7}}); len(r.Errors) > 0 {
		t.Errorf("edit outside the identity: %+v", r)
	}
	typed := map[string]any{}
	for k, v := range toTrap {
		typed[k] = v
	}
	typed["password"] = "typed-again"
	e.gql(users["MANAGE"], test, map[string]any{"i": typed})
	if got := tr.received(); !strings.Contains(got, "typed-again") || strings.Contains(got, "bobpass") {
		t.Fatalf("the trap received %q, want the typed password only", got)
	}
}

const testPEM = `-----BEGIN CERTIFICATE-----
MIIBhTCCASugAwIBAgIQIRi6zePL6mKjOipn+dNuaTAKBggqhkjOPQQDAjASMRAw
DgYDVQQKEwdBY21lIENvMB4XDTE3MTAyMDE5NDMwNloXDTE4MTAyMDE5NDMwNlow
EjEQMA4GA1UEChMHQWNtZSBDbzBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABD0d
7VNhbWvZLWPuj/RtHFjvtJBEwOkhbN/BnnE8rnZR8+sbwnc/KhCk3FhnpHZnQz7B
5aETbbIgmuvewdjvSBSjYzBhMA4GA1UdDwEB/wQEAwICpDATBgNVHSUEDDAKBggr
BgEFBQcDATAPBgNVHRMBAf8EBTADAQH/MCkGA1UdEQQiMCCCDmxvY2FsaG9zdDo1
NDUzgg4xMjcuMC4wLjE6NTQ1MzAKBggqhkjOPQQDAgNIADBFAiEA2zpJEPQyz6/l
Wf86aX6PepsntZv2GYlA5UpabfT2EZICICpJ5h/iI+i341gBmLiAFQOyTDT+/wQc
6MF9+Yw1Yy0t
-----END CERTIFICATE-----`
