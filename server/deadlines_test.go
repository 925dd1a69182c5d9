package server

import (
	"io"
	"net"
	"net/http"
	"testing"
	"time"
)

// serveWithTimeouts serves h like cmd/mailroom does, with short timeouts.
func serveWithTimeouts(t *testing.T, h http.Handler, d time.Duration) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: d, ReadTimeout: d, WriteTimeout: d, IdleTimeout: d}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return "http://" + ln.Addr().String()
}

// The server's WriteTimeout would cut a response that takes longer to
// compute (a long fetchEmails); the rolling deadline lets it through.
func TestSlowResponseOutlivesWriteTimeout(t *testing.T) {
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(800 * time.Millisecond)
		io.WriteString(w, "done")
	})
	get := func(url string) (string, error) {
		res, err := http.Get(url)
		if err != nil {
			return "", err
		}
		defer res.Body.Close()
		b, err := io.ReadAll(res.Body)
		return string(b), err
	}
	if body, err := get(serveWithTimeouts(t, slow, 300*time.Millisecond)); err == nil && body == "done" {
		t.Fatal("the plain server did not cut the slow response: the test proves nothing")
	}
	if body, err := get(serveWithTimeouts(t, rollingWriteDeadline(slow), 300*time.Millisecond)); err != nil || body != "done" {
		t.Fatalf("slow response cut: %q %v", body, err)
	}
}

// A websocket outlives the server's read and write timeouts.
func TestWebsocketOutlivesServerTimeouts(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	e.srv.URL = serveWithTimeouts(t, e.srv.Config.Handler, 300*time.Millisecond)
	ws := e.openSocket(t, tok)
	time.Sleep(time.Second)
	ws.WriteJSON(map[string]any{"id": "q", "type": "subscribe", "payload": map[string]any{"query": `{me{username}}`}})
	expectType(t, ws, "next")
}
