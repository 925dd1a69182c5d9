package main

import (
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"runtime"
	"runtime/pprof"
	"strconv"
	"time"
)

// servePprof serves the Go profiler on addr, on a mux of its own: this binary
// does not import net/http/pprof, whose init registers the profiler on
// http.DefaultServeMux for anything that ever serves it. The profiler shows
// memory and can be made to spend CPU, so a non-loopback address is warned
// about. The paths are net/http/pprof's, for `go tool pprof`.
func servePprof(addr string, log *slog.Logger) (stop func(), err error) {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return nil, fmt.Errorf("--pprof-addr: %w", err)
	}
	if ip, err := netip.ParseAddr(host); host != "localhost" && (err != nil || !ip.IsLoopback()) {
		log.Warn("the profiler is reachable beyond this machine: use a loopback address such as 127.0.0.1:6060", slog.String("addr", addr))
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--pprof-addr: %w", err)
	}
	srv := &http.Server{Handler: pprofMux(), ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	log.Info("profiler listening", slog.String("addr", ln.Addr().String()))
	return func() { _ = srv.Close() }, nil
}

func pprofMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /debug/pprof/profile", func(w http.ResponseWriter, r *http.Request) {
		secs, err := strconv.Atoi(r.URL.Query().Get("seconds"))
		if err != nil || secs <= 0 || secs > 300 {
			secs = 30
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		if err := pprof.StartCPUProfile(w); err != nil {
			http.Error(w, err.Error(), http.StatusConflict)
			return
		}
		select {
		case <-time.After(time.Duration(secs) * time.Second):
		case <-r.Context().Done():
		}
		pprof.StopCPUProfile()
	})
	mux.HandleFunc("GET /debug/pprof/{name}", func(w http.ResponseWriter, r *http.Request) {
		p := pprof.Lookup(r.PathValue("name")) // heap, goroutine, allocs, block, mutex, threadcreate
		if p == nil {
			http.NotFound(w, r)
			return
		}
		if gc, _ := strconv.ParseBool(r.URL.Query().Get("gc")); gc {
			runtime.GC() // as net/http/pprof: the heap profile is as of the last collection
		}
		debug, _ := strconv.Atoi(r.URL.Query().Get("debug"))
		if debug == 0 {
			w.Header().Set("Content-Type", "application/octet-stream")
		} else {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		}
		_ = p.WriteTo(w, debug)
	})
	mux.HandleFunc("GET /debug/pprof/{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		for _, p := range pprof.Profiles() {
			fmt.Fprintf(w, "/debug/pprof/%s (%d)\n", p.Name(), p.Count())
		}
		fmt.Fprintln(w, "/debug/pprof/profile?seconds=30")
	})
	return mux
}
