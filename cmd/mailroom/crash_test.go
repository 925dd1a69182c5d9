package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"

	"mailroom/internal/dovecottest"
	"mailroom/internal/testenv"
)

func TestMain(m *testing.M) {
	// The test binary is /proc/self/exe here: it is also the PDF child.
	if len(os.Args) > 1 && os.Args[1] == "extract-pdf" {
		os.Exit(commands["extract-pdf"](os.Args[2:], os.Getenv))
	}
	dovecottest.Main(m)
}

// process is a mailroom server started from the built binary.
type process struct {
	t    *testing.T
	cmd  *exec.Cmd
	url  string
	logs *bytes.Buffer
}

func buildBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "mailroom")
	out, err := exec.Command("go", "build", "-tags", "sqlite_fts5", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	return bin
}

func startServer(t *testing.T, bin, dataDir string, env ...string) *process {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	p := &process{t: t, url: "http://" + addr, logs: &bytes.Buffer{}}
	p.cmd = exec.Command(bin, "serve", "--addr", addr, "--data-dir", dataDir)
	p.cmd.Env = append(os.Environ(), append([]string{"MAILROOM_ADMIN_PASSWORD=crashpass-1"}, env...)...)
	p.cmd.Stdout, p.cmd.Stderr = p.logs, p.logs
	// The test mail servers are on loopback, which only an allowed host reaches.
	p.cmd.Args = append(p.cmd.Args, "--allowed-mail-hosts", "127.0.0.1")
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.cmd.Process.Kill(); p.cmd.Wait() })
	for range 200 {
		if res, err := http.Get(p.url + "/healthz"); err == nil && res.StatusCode == 200 {
			res.Body.Close()
			return p
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("server did not start:\n%s", p.logs)
	return nil
}

func (p *process) gql(token, query string, vars map[string]any) (map[string]any, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest("POST", p.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var r struct {
		Data   map[string]any
		Errors []map[string]any
	}
	if err := json.NewDecoder(res.Body).Decode(&r); err != nil {
		return nil, err
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("%v", r.Errors)
	}
	return r.Data, nil
}

func (p *process) must(token, query string, vars map[string]any) map[string]any {
	p.t.Helper()
	d, err := p.gql(token, query, vars)
	if err != nil {
		p.t.Fatalf("%s: %v\n%s", query, err, p.logs)
	}
	return d
}

func (p *process) login() string {
	d := p.must("", `mutation{login(username:"admin",password:"crashpass-1"){token}}`, nil)
	return d["login"].(map[string]any)["token"].(string)
}

const countQuery = `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:1){totalCount}}}}`

func count(d map[string]any) int {
	return int(d["node"].(map[string]any)["emails"].(map[string]any)["totalCount"].(float64))
}

// TestCrashMidFetch kills the server (SIGKILL) in the middle of a fetch,
// restarts it and fetches again, kill after kill (once in a fetch of 500
// messages in `make test`, at 20 random points of a 1,000-message fetch in
// `make drills`); then a last run completes: every message is there exactly
// once and every one is marked \Seen on the server.
func TestCrashMidFetch(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	d := testenv.NewDrill(t, 1, 20)
	n := 500
	if d.Full {
		n = 1000
	}
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bench")
	fillBench(t, dv, n, "crash", strings.Repeat("The quick brown fox jumps over the lazy dog. ", 250)) // ~11 KB
	bin := buildBinary(t)
	data := t.TempDir()
	p := startServer(t, bin, data, "MAILROOM_INGEST_BATCH=20")
	tok := p.login()
	ws := p.must(tok, `mutation{createWorkspace(input:{title:"Crash"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
	f := p.must(tok, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws, "title": "Bench", "email": "bench@example.com", "password": "benchpass", "protocol": "IMAPS",
		"host": dv.Host, "port": dv.IMAPSPort, "emailsLimit": 1000, "trustedCertificate": string(dv.CertPEM)}})["createEmailFolder"].(map[string]any)["id"]
	vars := map[string]any{"f": f}

	had, kills := 0, 0
	for round := 0; round < d.Rounds && had < n-1; round++ {
		if round > 0 {
			p = startServer(t, bin, data, "MAILROOM_INGEST_BATCH=20")
			tok = p.login()
			// A batch may have committed between the count and the kill:
			// what the restarted server has is at least what was counted.
			if now := count(p.must(tok, countQuery, vars)); now < had {
				t.Fatalf("%d emails after the restart, %d were counted before the kill", now, had)
			} else {
				had = now
			}
		}
		// Spread over the rounds left, so that each one kills mid-fetch.
		target := had + 1 + d.Rand.IntN(max(1, (n-had)/(d.Rounds-round+1)))
		go p.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, vars)
		killedAt := -1
		for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); {
			d, err := p.gql(tok, countQuery, vars)
			if err == nil && count(d) >= target {
				killedAt = count(d)
				p.cmd.Process.Signal(syscall.SIGKILL)
				p.cmd.Wait()
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		if killedAt < 0 {
			t.Fatalf("round %d: the fetch did not reach %d emails", round, target)
		}
		t.Logf("round %d: killed with %d of %d emails committed (target %d)", round, killedAt, n, target)
		if killedAt < n {
			kills++
		}
		had = killedAt
	}
	if kills == 0 {
		t.Fatal("no kill fell in the middle of the fetch")
	}

	p2 := startServer(t, bin, data)
	tok = p2.login()
	if now := count(p2.must(tok, countQuery, vars)); now < had {
		t.Fatalf("%d emails after the restart, %d were counted before the kill", now, had)
	} else {
		had = now
	}
	rep := p2.must(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed remaining error}}`, vars)
	t.Logf("after restart: %v", rep["fetchEmails"])
	if got := count(p2.must(tok, countQuery, vars)); got != n {
		t.Fatalf("%d emails after restart, want %d\n%s", got, n, p2.logs)
	}
	r := rep["fetchEmails"].(map[string]any)
	if r["error"] != nil || int(r["imported"].(float64))+had != n || r["duplicates"].(float64) != 0 {
		t.Fatalf("report %v (%d after the restart)", r, had)
	}
	// Every message once by Message-ID and by content, and acknowledged on the server.
	db, err := sql.Open("sqlite3", "file:"+filepath.Join(data, "mailroom.db")+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var rows, ids, sums int
	if err := db.QueryRow("SELECT count(*), count(DISTINCT message_id), count(DISTINCT raw_sha256) FROM emails").Scan(&rows, &ids, &sums); err != nil {
		t.Fatal(err)
	}
	if rows != n || ids != n || sums != n {
		t.Fatalf("%d emails, %d Message-IDs, %d contents; want %d of each", rows, ids, sums, n)
	}
	c := dv.Login(t, "bench")
	sel, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait()
	if err != nil {
		t.Fatal(err)
	}
	unseen, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	if sel.NumMessages != uint32(n) || len(unseen.AllUIDs()) != 0 {
		t.Fatalf("%d messages on the server, %d still unseen", sel.NumMessages, len(unseen.AllUIDs()))
	}
}

// TestContract runs ../shared/scripts/contract-check.py, the way outside
// scripts use Mailroom, against the built binary and a real Dovecot.
func TestContract(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	shared := os.Getenv("MAILROOM_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "..", "shared")
	}
	script := filepath.Join(shared, "scripts", "contract-check.py")
	if _, err := os.Stat(script); err != nil {
		t.Fatalf("contract check script: %v", err)
	}
	dv := dovecottest.Shared(t)
	p := startServer(t, buildBinary(t), t.TempDir(), "SSL_CERT_FILE="+dv.Cert)
	out, err := exec.Command("python3", script, p.url, "crashpass-1", dv.Dir).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "contract holds") {
		t.Fatalf("contract check: %v\n%s\n%s", err, out, p.logs)
	}
}

// fillBench appends n messages, "<what> 000" and on, with body to the INBOX
// of Dovecot's user bench.
func fillBench(t *testing.T, dv *dovecottest.Server, n int, what, body string) {
	t.Helper()
	c := dv.Login(t, "bench")
	for i := range n {
		raw := fmt.Sprintf("From: Sender %d <s%d@example.com>\r\nTo: bench@example.com\r\nSubject: %s %03d\r\n"+
			"Message-ID: <%s-%d@example.com>\r\nDate: Mon, 01 Sep 2025 10:00:00 +0000\r\n\r\n%s\r\n", i, i, what, i, what, i, body)
		cmd := c.Append("INBOX", int64(len(raw)), nil)
		cmd.Write([]byte(raw))
		cmd.Close()
		if _, err := cmd.Wait(); err != nil {
			t.Fatal(err)
		}
	}
}
