package server

import (
	"fmt"
	"net/http"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// loginHTTP posts to /auth/login as the SPA does, with extra headers.
func (e *apiEnv) loginHTTP(username, password string, header map[string]string) *http.Response {
	e.t.Helper()
	req, _ := http.NewRequest("POST", e.srv.URL+"/auth/login",
		strings.NewReader(fmt.Sprintf(`{"username":%q,"password":%q}`, username, password)))
	req.Header.Set("Content-Type", "application/json")
	for k, v := range header {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	res.Body.Close()
	return res
}

// 200 wrong sign-ins at once over HTTP: a handful are checked, the rest are
// told to wait (429), and the right password waits too.
func TestParallelWrongLoginsOverHTTP(t *testing.T) {
	e := newAPI(t)
	var wg sync.WaitGroup
	var wrong, throttled atomic.Int32
	start := time.Now()
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			switch res := e.loginHTTP("admin", "wrong", nil); res.StatusCode {
			case 401:
				wrong.Add(1)
			case 429:
				throttled.Add(1)
			default:
				t.Errorf("status %d", res.StatusCode)
			}
		}()
	}
	wg.Wait()
	if wrong.Load() > 5 || throttled.Load() < 195 {
		t.Fatalf("%d checked and wrong, %d throttled", wrong.Load(), throttled.Load())
	}
	// The first delay is one second from the failures at the start of the
	// flood; a machine too loaded to send 200 requests within it has
	// already waited it out (the delays themselves: auth's TestSignInDelaysGrow).
	if took := time.Since(start); took > 800*time.Millisecond {
		t.Logf("flood took %v: the first delay is over, not checking the right password", took)
		return
	}
	if r := e.gql("", `mutation{login(username:"admin",password:"`+adminPassword+`"){token}}`, nil); code(r) != CodeTooManyAttempts {
		t.Fatalf("right password right after the flood: %v", r.Errors)
	}
}

// X-Forwarded-For is believed only from a trusted proxy: a client cannot
// escape the throttle by inventing addresses, and behind a trusted proxy
// one client's failures do not throttle another.
func TestForwardedForNeedsTrustedProxy(t *testing.T) {
	flood := func(e *apiEnv) (throttled int) {
		for i := range 10 {
			res := e.loginHTTP("admin", "wrong", map[string]string{"X-Forwarded-For": fmt.Sprintf("203.0.113.%d", i)})
			if res.StatusCode == 429 {
				throttled++
			}
		}
		return throttled
	}
	if n := flood(newAPI(t)); n != 5 {
		t.Fatalf("untrusted peer: %d of 10 throttled, want 5 (X-Forwarded-For ignored)", n)
	}
	trusting := newAPIWith(t, func(c *Config) { c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")} })
	if n := flood(trusting); n != 0 {
		t.Fatalf("trusted proxy: %d of 10 throttled, want 0 (one client each)", n)
	}
	// A client behind the proxy that forges a hop of its own is still itself:
	// only the right-most untrusted address counts.
	for range 6 {
		trusting.loginHTTP("admin", "wrong", map[string]string{"X-Forwarded-For": "198.51.100.1, 203.0.113.200"})
	}
	if res := trusting.loginHTTP("admin", "wrong", map[string]string{"X-Forwarded-For": "198.51.100.2, 203.0.113.200"}); res.StatusCode != 429 {
		t.Fatalf("forged first hop escaped the throttle: %d", res.StatusCode)
	}
}

// The session cookie is Secure when the client came over https: through a
// trusted proxy saying so, or with an https public URL; never on the word
// of an untrusted client.
func TestSecureCookie(t *testing.T) {
	secure := func(e *apiEnv, h map[string]string) bool {
		res := e.loginHTTP("admin", adminPassword, h)
		if res.StatusCode != 200 {
			t.Fatalf("login: %d", res.StatusCode)
		}
		return strings.Contains(res.Header.Get("Set-Cookie"), "Secure")
	}
	proto := map[string]string{"X-Forwarded-Proto": "https"}
	if secure(newAPI(t), proto) {
		t.Error("X-Forwarded-Proto believed from an untrusted peer")
	}
	if !secure(newAPIWith(t, func(c *Config) { c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.1/32")} }), proto) {
		t.Error("X-Forwarded-Proto of a trusted proxy ignored")
	}
	if !secure(newAPIWith(t, func(c *Config) { c.PublicURL = "https://mail.example.com" }), nil) {
		t.Error("https public URL without Secure cookies")
	}
}
