package main

import (
	"crypto/rand"
	"database/sql"
	"encoding/base64"
	"fmt"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	_ "github.com/jackc/pgx/v5/stdlib"

	"mailroom/internal/dovecottest"
	"mailroom/internal/pgtest"
)

// Two instances of the binary on one PostgreSQL database, sharing the blob
// directory and the secret key, as docs/scale-out.md sets them up. A fetch
// started on both at once imports each message exactly once and answers
// both callers without error; a subscriber on B sees the email A fetches
// (LISTEN/NOTIFY); killing the instance that runs a fetch
// (SIGKILL) frees the folder, and the other instance completes it with no
// loss and no duplicate.
func TestTwoInstancesOnPostgres(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary twice")
	}
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bench")
	c := dv.Login(t, "bench")
	appendN := func(from, n int) {
		body := strings.Repeat("The quick brown fox jumps over the lazy dog. ", 100)
		for i := from; i < from+n; i++ {
			raw := fmt.Sprintf("From: s%d@example.com\r\nTo: bench@example.com\r\nSubject: cluster %04d\r\n"+
				"Message-ID: <cluster-%d@example.com>\r\nDate: Mon, 01 Sep 2025 10:00:00 +0000\r\n\r\n%s\r\n", i, i, i, body)
			cmd := c.Append("INBOX", int64(len(raw)), nil)
			cmd.Write([]byte(raw))
			cmd.Close()
			if _, err := cmd.Wait(); err != nil {
				t.Fatal(err)
			}
		}
	}
	const first, second = 400, 1000
	appendN(0, first)

	dsn := pgtest.DSN(t)
	key := make([]byte, 32)
	rand.Read(key)
	shared := []string{"MAILROOM_DB=" + dsn, "MAILROOM_SECRET_KEY=" + base64.StdEncoding.EncodeToString(key),
		"MAILROOM_BLOBS=" + t.TempDir(), "MAILROOM_INGEST_BATCH=20"}
	bin := buildBinary(t)
	a := startServer(t, bin, t.TempDir(), shared...)
	b := startServer(t, bin, t.TempDir(), shared...) // after A: one of them creates the admin
	tokA, tokB := a.login(), b.login()
	ws := a.must(tokA, `mutation{createWorkspace(input:{title:"Cluster"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
	f := a.must(tokA, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws, "title": "Bench", "email": "bench@example.com", "password": "benchpass", "protocol": "IMAPS",
		"host": dv.Host, "port": dv.IMAPSPort, "emailsLimit": 5000, "fetchIntervalMinutes": 0, "push": false,
		"trustedCertificate": string(dv.CertPEM)}})["createEmailFolder"].(map[string]any)["id"]
	vars := map[string]any{"f": f}
	const fetch = `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed remaining error}}`

	// Both at once.
	var wg sync.WaitGroup
	reports := make([]map[string]any, 2)
	for i, p := range []*process{a, b} {
		tok := []string{tokA, tokB}[i]
		wg.Add(1)
		go func() {
			defer wg.Done()
			d, err := p.gql(tok, fetch, vars)
			if err != nil {
				t.Errorf("instance %d: %v", i, err)
				return
			}
			reports[i] = d["fetchEmails"].(map[string]any)
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	for i, r := range reports {
		if r["error"] != nil || r["failed"].(float64) != 0 {
			t.Fatalf("instance %d reported %v", i, r)
		}
	}
	if got := count(b.must(tokB, countQuery, vars)); got != first {
		t.Fatalf("%d emails after both fetched %d messages: %v", got, first, reports)
	}
	t.Logf("fetched on both at once: %v / %v", reports[0], reports[1])

	// A subscriber on B (legacy graphql-ws protocol) sees the mail A fetches.
	sub, _, err := (&websocket.Dialer{Subprotocols: []string{"graphql-ws"}, HandshakeTimeout: 5 * time.Second}).
		Dial("ws"+strings.TrimPrefix(b.url, "http")+"/query", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Close()
	read := func(typ string) map[string]any {
		sub.SetReadDeadline(time.Now().Add(10 * time.Second))
		for {
			var m map[string]any
			if err := sub.ReadJSON(&m); err != nil {
				t.Fatalf("B's subscriber waiting for %s: %v\n%s", typ, err, b.logs)
			}
			if m["type"] == typ {
				return m
			}
			if m["type"] != "ping" && m["type"] != "pong" && m["type"] != "ka" {
				t.Fatalf("B's subscriber waiting for %s got %v", typ, m)
			}
		}
	}
	sub.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tokB}})
	read("connection_ack")
	sub.WriteJSON(map[string]any{"id": "1", "type": "start", "payload": map[string]any{
		"query": `subscription($f:ID!){emailAdded(folderID:$f){subject}}`, "variables": vars}})
	time.Sleep(200 * time.Millisecond) // the subscription is registered
	appendN(first, 1)
	fetched := make(chan time.Time, 1)
	go func() { a.gql(tokA, fetch, vars); fetched <- time.Now() }()
	next := read("data")
	seen := time.Now()
	if !strings.Contains(fmt.Sprint(next["payload"]), fmt.Sprintf("cluster %04d", first)) {
		t.Fatalf("B's subscriber got %v", next)
	}
	answered := <-fetched
	t.Logf("B's subscriber saw the email fetched by A %v before A answered its fetch", answered.Sub(seen).Round(time.Millisecond))

	// A dies in the middle of a fetch; B completes it. The test watches
	// the database itself: a GraphQL round trip is slower than a batch.
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	appendN(first+1, second-first-1)
	go a.gql(tokA, fetch, vars)
	killedAt := -1
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		var n int
		if err := db.QueryRow("SELECT count(*) FROM emails").Scan(&n); err == nil && n > first+1 {
			t.Logf("killing A at %d emails", n)
			a.cmd.Process.Signal(syscall.SIGKILL)
			a.cmd.Wait()
			db.QueryRow("SELECT count(*) FROM emails").Scan(&killedAt) // what A committed before it died
			break
		}
		time.Sleep(time.Millisecond)
	}
	if killedAt <= first+1 || killedAt >= second {
		t.Fatalf("could not kill A in the middle of the fetch (emails at kill: %d)", killedAt)
	}
	started := time.Now()
	r := b.must(tokB, fetch, vars)["fetchEmails"].(map[string]any)
	if got := count(b.must(tokB, countQuery, vars)); got != second {
		t.Fatalf("%d emails after B's fetch, want %d (report %v)\n%s", got, second, r, b.logs)
	}
	if r["error"] != nil || int(r["imported"].(float64))+killedAt < second {
		t.Fatalf("B reported %v (A killed at %d)", r, killedAt)
	}
	t.Logf("A killed with %d of %d emails; B's fetch took %v: %v", killedAt, second, time.Since(started).Round(time.Millisecond), r)
}
