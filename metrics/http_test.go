package metrics

import (
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// TestInstrumentLabels: requests are counted by the route pattern, never by
// the path a client chose; a panicking handler counts as 500, a request no
// route matches as "unmatched".
func TestInstrumentLabels(t *testing.T) {
	m := New()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		if r.PathValue("id") == "missing" {
			http.NotFound(w, r)
			return
		}
		io.WriteString(w, "item")
	})
	mux.HandleFunc("GET /boom", func(http.ResponseWriter, *http.Request) { panic("boom") })
	recoverer := func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if recover() != nil {
					http.Error(w, "internal error", 500)
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
	srv := httptest.NewServer(recoverer(m.Instrument(mux)))
	defer srv.Close()
	for _, req := range []struct{ method, path string }{
		{"GET", "/items/1"}, {"GET", "/items/attacker-chosen-" + strings.Repeat("x", 50)}, {"GET", "/items/missing"},
		{"GET", "/boom"}, {"POST", "/items/1"},
	} {
		r, _ := http.NewRequest(req.method, srv.URL+req.path, nil)
		res, err := http.DefaultClient.Do(r)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
	}
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	page := rec.Body.String()
	for _, want := range []string{
		`mailroom_http_requests_total{route="GET /items/{id}",status="200"} 2`,
		`mailroom_http_requests_total{route="GET /items/{id}",status="404"} 1`,
		`mailroom_http_requests_total{route="GET /boom",status="500"} 1`,
		`mailroom_http_requests_total{route="unmatched",status="405"} 1`,
		`mailroom_http_request_duration_seconds_count{route="GET /items/{id}"} 3`,
	} {
		if !strings.Contains(page, want+"\n") {
			t.Errorf("missing %s", want)
		}
	}
	if strings.Contains(page, "attacker-chosen") {
		t.Error("a client's path became a label")
	}
}
