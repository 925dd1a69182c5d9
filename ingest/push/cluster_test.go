package push

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/cluster"
	"mailroom/ent"
	"mailroom/ingest"
	"mailroom/internal/dovecottest"
	"mailroom/internal/pgtest"
)

// Two instances on one PostgreSQL database: each folder with push on is
// watched by exactly one of them, the other shows it as watched elsewhere.
// When instance A loses the database (its lease session ends, as when it
// is killed), A stops watching and B watches every folder within 30 s.
func TestPushWatchersSpreadOverTheCluster(t *testing.T) {
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "alice")
	dsn := pgtest.DSN(t)
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	newCluster := func() *cluster.Cluster {
		c := cluster.New(pool, quiet, cluster.Options{Heartbeat: 200 * time.Millisecond})
		t.Cleanup(c.Close)
		return c
	}

	var aDead atomic.Bool // A's process is gone: it takes no lease again
	ca, cb := newCluster(), newCluster()
	optsA, optsB := fastOptions, fastOptions
	optsA.LeaseRetry, optsB.LeaseRetry = 200*time.Millisecond, time.Second
	optsA.Leases = func(ctx context.Context, id int) (<-chan struct{}, func(), bool, error) {
		if aDead.Load() {
			return nil, nil, false, errors.New("instance A is dead")
		}
		return ca.TryWatch(ctx, id)
	}
	optsB.Leases = cb.TryWatch
	// Two instances of one cluster: one database, one data directory (the
	// secret key that opens the folders' passwords, the blobs).
	shared := t.TempDir()
	a := newEnvIn(t, shared, dsn, optsA)
	b := newEnvIn(t, shared, dsn, optsB)
	b.ws = a.ws // one database: B sees A's workspace and folders

	var folders []*ent.EmailFolder
	for i := range 4 {
		folders = append(folders, a.folder(dv, "alice", func(p *ingest.FolderParams) { p.Title = ptr(fmt.Sprintf("watched %d", i)) }))
	}
	// A starts first and takes every folder; B, started after, finds them taken.
	a.start()
	for _, f := range folders {
		a.waitState(f, Watching)
	}
	b.start()
	for _, f := range folders {
		b.waitState(f, Elsewhere)
	}
	time.Sleep(3 * optsB.LeaseRetry) // B keeps trying, and keeps failing
	for _, f := range folders {
		if sa, sb := a.m.Status(f.ID).State, b.m.Status(f.ID).State; sa != Watching || sb != Elsewhere {
			t.Fatalf("folder %d: A %s, B %s", f.ID, sa, sb)
		}
	}

	// A dies: its lease session ends on the server.
	aDead.Store(true)
	died := time.Now()
	var killed int
	if err := pool.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE application_name = 'mailroom-leases' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory')`).
		Scan(&killed); err != nil || killed != 1 {
		t.Fatalf("ended %d lease sessions: %v", killed, err)
	}
	deadline := died.Add(30 * time.Second)
	for {
		onB := 0
		for _, f := range folders {
			if b.m.Status(f.ID).State == Watching {
				onB++
			}
		}
		if onB == len(folders) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("30 s after A died B watches %d of %d folders", onB, len(folders))
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("B watches all %d folders %v after A died", len(folders), time.Since(died).Round(time.Millisecond))
	for _, f := range folders {
		if st := a.m.Status(f.ID).State; st == Watching {
			t.Fatalf("A, cut off from the database, still watches folder %d", f.ID)
		}
	}
}
