package server

import (
	"net/http"
	"time"
)

// WriteTimeout is the longest one write of a response may stall. The
// http.Server's WriteTimeout (set to it in cmd/mailroom) would count from
// the end of the request headers and cut a fetchEmails mutation that runs
// for minutes, or a large download to a slow but steady reader; so each
// response clears that deadline and gives every write of its own
// WriteTimeout instead. Websockets clear deadlines when they upgrade.
const WriteTimeout = time.Minute

func rollingWriteDeadline(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "" {
			next.ServeHTTP(w, r)
			return
		}
		rc := http.NewResponseController(w)
		if rc.SetWriteDeadline(time.Time{}) != nil { // not supported (a test recorder): leave it
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(&deadlineWriter{ResponseWriter: w, rc: rc}, r)
	})
}

type deadlineWriter struct {
	http.ResponseWriter
	rc *http.ResponseController
}

func (d *deadlineWriter) extend() { _ = d.rc.SetWriteDeadline(time.Now().Add(WriteTimeout)) }

func (d *deadlineWriter) WriteHeader(code int) { d.extend(); d.ResponseWriter.WriteHeader(code) }

func (d *deadlineWriter) Write(b []byte) (int, error) { d.extend(); return d.ResponseWriter.Write(b) }

func (d *deadlineWriter) Flush() { d.extend(); _ = d.rc.Flush() }

// Unwrap lets http.ResponseController reach the connection's writer.
func (d *deadlineWriter) Unwrap() http.ResponseWriter { return d.ResponseWriter }
