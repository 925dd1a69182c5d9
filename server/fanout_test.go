package server

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"mailroom/events"
)

// BenchmarkFanOut1000 measures how long one EMAIL_ADDED takes to reach 1,000
// websocket subscribers of one folder (graphql-transport-ws, emailAdded), the
// whole way: bus, privacy-checked load of the email per subscriber, JSON,
// websocket. Target: all within 2 s.
//
//	go test -tags sqlite_fts5 ./server/ -run '^$' -bench FanOut -benchtime 10x
func BenchmarkFanOut1000(b *testing.B) {
	const clients = 1000
	e := newAPI(b)
	tok := e.login()
	fid := e.memFolder(tok)
	e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
	r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:1){edges{node{id}}}}}}`, map[string]any{"f": fid})
	emailID := r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string)
	var folder, email int
	fmt.Sscan(fid, &folder)
	fmt.Sscan(emailID, &email)

	var before runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	conns := make([]*websocket.Conn, clients)
	for i := range conns {
		c := e.dialWS(b, "", "graphql-transport-ws")
		c.WriteJSON(map[string]any{"type": "connection_init", "payload": map[string]any{"Authorization": "Bearer " + tok}})
		expectType(b, c, "connection_ack")
		c.WriteJSON(map[string]any{"id": "1", "type": "subscribe", "payload": map[string]any{
			"query": `subscription($f:ID!){emailAdded(folderID:$f){id subject from{name address}}}`, "variables": map[string]any{"f": fid}}})
		conns[i] = c
	}
	time.Sleep(500 * time.Millisecond) // let every subscription register
	var after runtime.MemStats
	runtime.ReadMemStats(&after)

	b.ResetTimer()
	var worst time.Duration
	for range b.N {
		start := time.Now()
		var wg sync.WaitGroup
		for _, c := range conns {
			wg.Add(1)
			go func() {
				defer wg.Done()
				expectType(b, c, "next")
			}()
		}
		e.bus.Publish(events.Event{Type: events.EmailAdded, FolderID: folder, EmailID: email})
		wg.Wait()
		worst = max(worst, time.Since(start))
	}
	b.ReportMetric(worst.Seconds(), "s-worst")
	// Both ends live in this process: the figure is an upper bound for the server.
	b.ReportMetric(float64(int64(after.HeapInuse)-int64(before.HeapInuse))/clients/1024, "heapKB/client")
}
