package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"mailroom/auth"
	"mailroom/blob"
	"mailroom/ingest/push"
	"mailroom/metrics"
	"mailroom/store"
)

// serveMetrics starts /metrics on its own listener (never the public one)
// and hooks the collectors to the services; stop shuts it down.
func serveMetrics(addr string, mx *metrics.Metrics, authSvc *auth.Service, pushes *push.Manager, blobs *blob.Store,
	db *sql.DB, dialect store.Dialect, log *slog.Logger) (stop func(), err error) {
	authSvc.ObserveLogins(mx.Login)
	mx.WatchPush(func() map[string]int {
		out := map[string]int{}
		for s, n := range pushes.States() {
			out[string(s)] = n
		}
		return out
	}, []string{string(push.Connecting), string(push.Watching), string(push.Reconnecting), string(push.Unsupported), string(push.Failed)})
	mx.WatchBlobs(blobs)
	mx.WatchDatabase(db, dialect)
	if dialect != store.Postgres {
		mx.WatchJobs(db)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("--metrics-addr: %w", err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", mx.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			log.Error("metrics listener", slog.Any("error", err))
		}
	}()
	log.Info("metrics listening", slog.String("url", "http://"+displayAddr(ln.Addr())+"/metrics"))
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(ctx)
	}, nil
}
