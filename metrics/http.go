package metrics

import (
	"bufio"
	"net"
	"net/http"
	"strconv"
	"time"
)

// Instrument counts the requests next (a ServeMux) serves by the pattern it
// matched, never by the raw path, and times them; websockets are counted
// while they are open.
func (m *Metrics) Instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &recorder{ResponseWriter: w, m: m}
		returned := false // false: the handler panicked (the recoverer outside answers 500)
		defer func() {
			if rec.hijacked {
				m.websockets.Dec()
			}
			route := r.Pattern // set by the ServeMux on this very request
			if route == "" {
				route = "unmatched"
			}
			status := rec.status
			switch {
			case rec.hijacked:
				status = http.StatusSwitchingProtocols
			case !returned:
				status = http.StatusInternalServerError
			case status == 0:
				status = http.StatusOK
			}
			m.httpRequests.WithLabelValues(route, strconv.Itoa(status)).Inc()
			if !rec.hijacked {
				m.httpDuration.WithLabelValues(route).Observe(time.Since(start).Seconds())
			}
		}()
		next.ServeHTTP(rec, r)
		returned = true
	})
}

// recorder keeps the status of a response and whether it became a websocket.
type recorder struct {
	http.ResponseWriter
	m        *Metrics
	status   int
	hijacked bool
}

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// Hijack hands the connection to a websocket.
func (r *recorder) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	conn, rw, err := http.NewResponseController(r.ResponseWriter).Hijack()
	if err == nil {
		r.hijacked = true
		r.m.websockets.Inc()
	}
	return conn, rw, err
}

func (r *recorder) Flush() { _ = http.NewResponseController(r.ResponseWriter).Flush() }

// Unwrap lets http.ResponseController reach the server's writer.
func (r *recorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }
