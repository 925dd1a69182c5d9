package main

import (
	"bytes"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"reflect"
	"runtime"
	"runtime/debug"
	"strings"
	"testing"
)

func TestParseSecurityConfig(t *testing.T) {
	env := map[string]string{"MAILROOM_TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.1 ,fd00::/8",
		"MAILROOM_PUBLIC_URL": "https://mail.example.com/", "MAILROOM_PPROF_ADDR": "127.0.0.1:6060"}
	c, err := parseConfig(nil, func(k string) string { return env[k] })
	if err != nil {
		t.Fatal(err)
	}
	want := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("192.0.2.1/32"), netip.MustParsePrefix("fd00::/8")}
	if !reflect.DeepEqual(c.TrustedProxies, want) || c.PublicURL != "https://mail.example.com" || c.PprofAddr != "127.0.0.1:6060" {
		t.Fatalf("%+v", c)
	}
	c, err = parseConfig([]string{"--trusted-proxies", "127.0.0.1/8", "--public-url", "http://localhost:8080", "--pprof-addr", "localhost:1"}, func(k string) string { return env[k] })
	if err != nil || len(c.TrustedProxies) != 1 || c.TrustedProxies[0].String() != "127.0.0.0/8" || c.PublicURL != "http://localhost:8080" || c.PprofAddr != "localhost:1" {
		t.Fatalf("flags: %+v %v", c, err)
	}
	for _, bad := range [][]string{{"--trusted-proxies", "everyone"}, {"--public-url", "mail.example.com"}, {"--public-url", "ftp://x"}} {
		if _, err := parseConfig(bad, func(string) string { return "" }); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
	if c, _ := parseConfig(nil, func(string) string { return "" }); c.PprofAddr != "" || c.TrustedProxies != nil || c.PublicURL != "" {
		t.Fatalf("defaults: %+v", c)
	}
}

// The profiler is not on http.DefaultServeMux (nothing may expose it by
// serving that mux), only on its own listener, and a non-loopback address
// is warned about.
func TestPprofOnlyOnItsOwnListener(t *testing.T) {
	req := httptest.NewRequest("GET", "/debug/pprof/heap", nil)
	if _, pattern := http.DefaultServeMux.Handler(req); pattern != "" {
		t.Fatalf("the profiler is registered on http.DefaultServeMux (%q)", pattern)
	}
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	stop, err := servePprof("127.0.0.1:0", log)
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if strings.Contains(logs.String(), "beyond this machine") {
		t.Fatalf("loopback warned about: %s", logs.String())
	}
	rec := httptest.NewRecorder()
	pprofMux().ServeHTTP(rec, httptest.NewRequest("GET", "/debug/pprof/goroutine?debug=1", nil))
	if body, _ := io.ReadAll(rec.Body); rec.Code != 200 || !bytes.Contains(body, []byte("goroutine profile")) {
		t.Fatalf("goroutine profile: %d %.100s", rec.Code, body)
	}
	logs.Reset()
	if stop, err := servePprof("0.0.0.0:0", log); err == nil {
		stop()
	}
	if !strings.Contains(logs.String(), "beyond this machine") {
		t.Fatalf("no warning for 0.0.0.0: %s", logs.String())
	}
}

//go:noinline
func allocateForProfile() []byte { return make([]byte, 8<<20) }

// ?gc=1 collects before writing a heap or allocation profile, as
// net/http/pprof does: the profile is as of the last collection, so without
// it the allocations of the last seconds (a bench's fetch) are missing.
func TestPprofGCBeforeHeapProfile(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // no collection but the one asked for
	runtime.GC()
	keep = allocateForProfile()
	rec := httptest.NewRecorder()
	pprofMux().ServeHTTP(rec, httptest.NewRequest("GET", "/debug/pprof/allocs?gc=1&debug=1", nil))
	body, _ := io.ReadAll(rec.Body)
	i := bytes.Index(body, []byte("allocateForProfile"))
	if rec.Code != 200 || i < 0 {
		t.Fatalf("allocs profile: %d %.300s", rec.Code, body)
	}
	// The record's header ("in-use objects: bytes [allocated objects: bytes] @ …")
	// is the last line before the stack that starts with a count.
	header := body[bytes.LastIndex(body[:i], []byte("\n\n"))+2 : i]
	if bytes.Contains(header[:bytes.IndexByte(header, '@')], []byte("[0: 0]")) {
		t.Fatalf("allocs profile counts nothing of the allocation just made: %s", header)
	}
}

var keep []byte
