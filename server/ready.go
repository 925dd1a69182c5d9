package server

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/http"
	"sync"
	"time"

	"mailroom/blob"
)

// readyTimeout is how long /readyz waits for the database and the blob store.
const readyTimeout = 2 * time.Second

// readyCacheFor spares the database and the disk when /readyz (public and
// unauthenticated) is asked more often than this: callers share one answer.
const readyCacheFor = time.Second

// readiness answers /readyz: 200 only when the database and the blob store
// answer. One probe runs at a time; a probe stuck past the timeout is given
// up on (it finishes in the background) and counts as not ready.
type readiness struct {
	db    *sql.DB
	blobs *blob.Store

	mu      sync.Mutex
	at      time.Time
	err     error
	running chan struct{} // closed when the probe in flight ends
}

func (rd *readiness) check(ctx context.Context) error {
	rd.mu.Lock()
	if !rd.at.IsZero() && time.Since(rd.at) < readyCacheFor {
		err := rd.err
		rd.mu.Unlock()
		return err
	}
	if rd.running == nil {
		done := make(chan struct{})
		rd.running = done
		go func() {
			// The answer is as old as the probe's start: one stuck past the
			// timeout is stale by the time it ends.
			started := time.Now()
			err := rd.probe()
			rd.mu.Lock()
			rd.at, rd.err, rd.running = started, err, nil
			rd.mu.Unlock()
			close(done)
		}()
	}
	running := rd.running
	rd.mu.Unlock()
	timer := time.NewTimer(readyTimeout)
	defer timer.Stop()
	select {
	case <-running:
		rd.mu.Lock()
		defer rd.mu.Unlock()
		return rd.err
	case <-timer.C:
		return errors.New("the database or the blob store did not answer within " + readyTimeout.String())
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (rd *readiness) probe() error {
	ctx, cancel := context.WithTimeout(context.Background(), readyTimeout)
	defer cancel()
	var errs []error
	if rd.db != nil {
		// A real table, so the query reads the database file (SELECT 1 would not).
		var one int
		err := rd.db.QueryRowContext(ctx, "SELECT 1 FROM users LIMIT 1").Scan(&one)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			errs = append(errs, fmt.Errorf("database: %w", err))
		}
	}
	if rd.blobs != nil {
		if err := rd.blobs.Probe(); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

func (rd *readiness) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if err := rd.check(r.Context()); err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "not ready: %v\n", err)
		return
	}
	_, _ = w.Write([]byte("ready\n"))
}
