package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"mailroom/internal/dovecottest"
)

// scrape returns the series of a Prometheus text page by their name and labels.
func scrape(t *testing.T, url string) map[string]float64 {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("GET %s: %d %s", url, res.StatusCode, res.Header.Get("Content-Type"))
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(res.Body)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if err != nil {
			t.Fatalf("metrics line %q: %v", line, err)
		}
		out[line[:i]] = v
	}
	return out
}

// TestMetrics fetches from Dovecot through the built binary started with
// --metrics-addr and reads the counts back from /metrics: the fetch, its
// messages, HTTP requests by route pattern (never the raw path), a
// websocket, sign-in failures; the public listener does not serve them.
func TestMetrics(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bob")
	const unique, dups = 20, 3
	for i := range unique + dups {
		raw := fmt.Sprintf("From: a@example.com\r\nSubject: metrics %d\r\nMessage-ID: <metrics-%d@example.com>\r\n\r\nbody %d\r\n", i, i%unique, i)
		dv.Append(t, "bob", "INBOX", []byte(raw))
	}
	// One message over --max-message-size: failed for good, counted by kind.
	dv.Append(t, "bob", "INBOX", []byte("From: a@example.com\r\nSubject: too big\r\nMessage-ID: <metrics-big@example.com>\r\n\r\n"+
		strings.Repeat("x", 4096)+"\r\n"))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	metricsAddr := ln.Addr().String()
	ln.Close()
	p := startServer(t, buildBinary(t), t.TempDir(), "MAILROOM_METRICS_ADDR="+metricsAddr, "MAILROOM_MAX_MESSAGE_SIZE=2048")
	metricsURL := "http://" + metricsAddr + "/metrics"

	if _, err := p.gql("", `mutation{login(username:"admin",password:"wrong"){token}}`, nil); err == nil {
		t.Fatal("wrong password accepted")
	}
	tok := p.login()
	ws := p.must(tok, `mutation{createWorkspace(input:{title:"M"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
	f := p.must(tok, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws, "title": "Bob", "email": "bob@example.com", "password": "bobpass", "protocol": "IMAPS",
		"host": dv.Host, "port": dv.IMAPSPort, "trustedCertificate": string(dv.CertPEM), "push": false}})["createEmailFolder"].(map[string]any)["id"]
	rep := p.must(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed error}}`, map[string]any{"f": f})["fetchEmails"].(map[string]any)
	if rep["imported"] != float64(unique) || rep["duplicates"] != float64(dups) || rep["failed"] != float64(1) {
		t.Fatalf("fetch: %v", rep)
	}
	edges := p.must(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:2){edges{node{id}}}}}}`, map[string]any{"f": f})["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)
	var emlPaths []string
	for _, e := range edges {
		path := "/emails/" + e.(map[string]any)["node"].(map[string]any)["id"].(string) + ".eml"
		emlPaths = append(emlPaths, path)
		p.download(tok, path)
	}
	conn, _, err := websocket.DefaultDialer.Dial("ws"+strings.TrimPrefix(p.url, "http")+"/query",
		http.Header{"Sec-WebSocket-Protocol": {"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	// A subscription on it counts while it runs.
	wsSend := func(msg map[string]any) {
		t.Helper()
		if err := conn.WriteJSON(msg); err != nil {
			t.Fatal(err)
		}
	}
	wsSend(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
	var ack map[string]any
	if err := conn.ReadJSON(&ack); err != nil || ack["type"] != "connection_ack" {
		t.Fatalf("websocket init: %v %v", ack, err)
	}
	wsSend(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
		"query": `subscription($f:ID!){emailAdded(folderID:$f){id}}`, "variables": map[string]any{"f": f}}})
	for deadline := time.Now().Add(5 * time.Second); scrape(t, metricsURL)[`mailroom_graphql_subscriptions`] != 1; {
		if time.Now().After(deadline) {
			t.Fatal("the subscription is not counted")
		}
		time.Sleep(50 * time.Millisecond)
	}

	m := scrape(t, metricsURL)
	want := map[string]float64{
		`mailroom_fetch_runs_total{outcome="ok",trigger="MANUAL"}`:                 1,
		`mailroom_fetch_messages_total{result="imported"}`:                         unique,
		`mailroom_fetch_messages_total{result="duplicate"}`:                        dups,
		`mailroom_fetch_messages_total{result="failed"}`:                           1,
		`mailroom_fetch_failures_total{kind="too_large"}`:                          1,
		`mailroom_fetch_failures_total{kind="parse"}`:                              0,
		`mailroom_fetch_duration_seconds_count{trigger="MANUAL"}`:                  1,
		`mailroom_http_requests_total{route="GET /emails/{file}",status="200"}`:    2,
		`mailroom_login_attempts_total{outcome="failure"}`:                         1,
		`mailroom_login_attempts_total{outcome="success"}`:                         1,
		`mailroom_login_attempts_total{outcome="throttled"}`:                       0,
		`mailroom_websocket_connections`:                                           1,
		`mailroom_http_request_duration_seconds_count{route="GET /emails/{file}"}`: 2,
		`mailroom_push_watchers{state="WATCHING"}`:                                 0,
	}
	for series, v := range want {
		if got, ok := m[series]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v", series, got, ok, v)
		}
	}
	// Every GraphQL request so far: login twice, workspace, folder, fetch, list.
	if got := m[`mailroom_http_requests_total{route="/query",status="200"}`]; got < 6 {
		t.Errorf("/query requests: %v, want at least 6", got)
	}
	for _, series := range []string{"mailroom_blob_store_bytes", "mailroom_blob_store_blobs", "mailroom_database_bytes"} {
		if m[series] <= 0 {
			t.Errorf("%s = %v", series, m[series])
		}
	}
	// The folder's scheduled fetch (every 30 minutes by default) is a River job.
	jobs := 0.0
	for series, v := range m {
		if strings.HasPrefix(series, "mailroom_scheduled_jobs{") {
			jobs += v
		}
	}
	if jobs < 1 {
		t.Errorf("scheduled jobs: %v, want the folder's", jobs)
	}
	for series := range m {
		for _, path := range emlPaths {
			if strings.Contains(series, path) {
				t.Errorf("a raw path is a label: %s", series)
			}
		}
	}
	wsSend(map[string]any{"id": "1", "type": "complete"})
	for deadline := time.Now().Add(5 * time.Second); scrape(t, metricsURL)[`mailroom_graphql_subscriptions`] != 0; {
		if time.Now().After(deadline) {
			t.Fatal("a stopped subscription is still counted")
		}
		time.Sleep(50 * time.Millisecond)
	}
	conn.Close()
	for deadline := time.Now().Add(5 * time.Second); scrape(t, metricsURL)[`mailroom_websocket_connections`] != 0; {
		if time.Now().After(deadline) {
			t.Fatal("closed websocket still counted")
		}
		time.Sleep(50 * time.Millisecond)
	}
	if got := scrape(t, metricsURL)[`mailroom_http_requests_total{route="/query",status="101"}`]; got != 1 {
		t.Errorf("websocket upgrades counted %v, want 1", got)
	}

	// Not on the public listener.
	res, err := http.Get(p.url + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if strings.Contains(string(body), "mailroom_fetch_runs_total") {
		t.Fatal("the public listener serves the metrics")
	}
}
