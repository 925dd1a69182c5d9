package server

import (
	"net"
	"strings"
	"testing"
)

// TestMailHostPolicy: a signed-in user cannot make the server connect to
// loopback, private or link-local addresses the administrator did not allow
// (the test server allows 127.0.0.1 only), and what a foreign service
// answers is never read back.
func TestMailHostPolicy(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	const test = `mutation($i:TestConnectionInput!){testConnection(input:$i){ok error}}`
	for _, host := range []string{"10.0.0.5", "169.254.169.254", "192.168.1.1", "100.64.0.1", "::1", "fd00::1", "0.0.0.0"} {
		r := e.gql(tok, test, map[string]any{"i": map[string]any{"email": "a@example.com", "password": "x", "host": host, "protocol": "IMAPS"}})
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != "host" ||
			r.Errors[0].Message != "host "+host+" is not allowed: ask an administrator" {
			t.Errorf("testConnection to %s: %+v", host, r)
		}
	}
	ws := e.gql(tok, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	r := e.gql(tok, createFolder, map[string]any{"i": map[string]any{"workspaceID": ws, "title": "Metadata",
		"email": "a@example.com", "password": "x", "host": "169.254.169.254", "port": 80}})
	if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != "host" {
		t.Errorf("folder on the metadata address: %+v", r)
	}

	// An SSH daemon on an allowed address: the error says what is wrong
	// without its banner.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			c.Write([]byte("SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3\r\n"))
			c.Close()
		}
	}()
	port := ln.Addr().(*net.TCPAddr).Port
	for _, proto := range []string{"POP3", "IMAP"} {
		r = e.gql(tok, test, map[string]any{"i": map[string]any{"email": "a@example.com", "password": "x", "host": "127.0.0.1",
			"port": port, "protocol": proto, "startTLS": false, "allowInsecureAuth": true}})
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %+v", proto, r.Errors)
		}
		msg, _ := r.Data["testConnection"].(map[string]any)["error"].(string)
		if msg == "" || strings.Contains(msg, "SSH") || strings.Contains(msg, "OpenSSH") || !strings.Contains(msg, "the answer is not "+proto) {
			t.Errorf("%s on an SSH port: %q", proto, msg)
		}
	}
}

// TestConnectionThrottled: each test makes the server connect somewhere, so
// one user gets a bounded number per minute.
func TestConnectionThrottled(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	const test = `mutation($i:TestConnectionInput!){testConnection(input:$i){ok}}`
	in := map[string]any{"i": map[string]any{"email": "a@example.com", "password": "x", "host": "10.0.0.5"}}
	for i := range 12 {
		r := e.gql(tok, test, in)
		switch {
		case i < 10 && code(r) != CodeBadUserInput:
			t.Fatalf("test %d: %+v", i, r)
		case i >= 10 && (code(r) != CodeTooManyAttempts || !strings.Contains(r.Errors[0].Message, "try again in")):
			t.Fatalf("test %d: %+v, want TOO_MANY_ATTEMPTS", i, r)
		}
	}
	// Another user has a budget of their own.
	other := e.gql(tok, `mutation{createUser(input:{username:"carol",password:"carol-password"}){id}}`, nil)
	if len(other.Errors) > 0 {
		t.Fatal(other.Errors)
	}
	ctok := e.gql("", `mutation{login(username:"carol",password:"carol-password"){token}}`, nil).Data["login"].(map[string]any)["token"].(string)
	if r := e.gql(ctok, test, in); code(r) != CodeBadUserInput {
		t.Fatalf("another user: %+v", r)
	}
}
