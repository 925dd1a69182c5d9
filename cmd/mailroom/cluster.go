package main

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/cluster"
	"mailroom/ent"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/ingest/push"
	"mailroom/store"
)

// clusterParts is what an instance on PostgreSQL shares with the other
// instances of its database (docs/scale-out.md). On SQLite there is none:
// a nil *clusterParts gives the one-process parts.
type clusterParts struct {
	pool     *pgxpool.Pool
	coord    *cluster.Cluster
	bus      *events.PGBus
	sessions *cluster.Sessions
}

// joinCluster opens the coordination on PostgreSQL (dsn); nil on SQLite.
// Ended sessions reach authSvc's websockets on every instance.
func joinCluster(ctx context.Context, dialect store.Dialect, dsn string, client *ent.Client, authSvc *auth.Service, log *slog.Logger) (*clusterParts, error) {
	if dialect != store.Postgres {
		return nil, nil
	}
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	// Fetch locks hold a connection for each run, River and NOTIFY need
	// their own: more than pgx's default of four.
	cfg.MaxConns = max(cfg.MaxConns, 20)
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	bus, err := events.NewPGBus(ctx, pool, log, events.PGOptions{Complete: fetchErrorOf(client)})
	if err != nil {
		pool.Close()
		return nil, err
	}
	sessions, err := cluster.NewSessions(ctx, pool, log, cluster.ListenOptions{})
	if err != nil {
		bus.Close()
		pool.Close()
		return nil, err
	}
	authSvc.SetSessions(sessions)
	return &clusterParts{pool: pool, coord: cluster.New(pool, log, cluster.Options{}), bus: bus, sessions: sessions}, nil
}

// fetchErrorOf fills in a failed fetch's error text, which notifications do
// not carry, from the folder's record.
func fetchErrorOf(client *ent.Client) func(context.Context, events.Event) events.Event {
	return func(ctx context.Context, e events.Event) events.Event {
		if e.Type != events.FetchFailed {
			return e
		}
		if f, err := client.EmailFolder.Get(viewer.SystemContext(ctx), e.FolderID); err == nil && f.LastFetchError != nil {
			e.Error = *f.LastFetchError
		}
		return e
	}
}

// close gives back the leases and stops the bus; after the push manager
// and the ingest service have stopped.
func (c *clusterParts) close() {
	if c == nil {
		return
	}
	c.coord.Close()
	c.sessions.Close()
	c.bus.Close()
	c.pool.Close()
}

// busOr is the cluster's bus, or local on one instance.
func (c *clusterParts) busOr(local events.Bus) events.Bus {
	if c == nil {
		return local
	}
	return c.bus
}

// locks are the cross-instance fetch locks; nil on one instance.
func (c *clusterParts) locks() ingest.FolderLocker {
	if c == nil {
		return nil
	}
	return c.coord
}

// leases spread the push watchers; nil on one instance.
func (c *clusterParts) leases() push.TryLease {
	if c == nil {
		return nil
	}
	return c.coord.TryWatch
}

// scheduler is River on the instance's database.
func (c *clusterParts) scheduler(ctx context.Context, sqlite func() (*ingest.Scheduler, error), ing *ingest.Service, log *slog.Logger) (*ingest.Scheduler, error) {
	if c == nil {
		return sqlite()
	}
	return ingest.NewPostgresScheduler(ctx, c.pool, ing, log, ingest.ScheduleOptions{})
}

// blobsDir is --blobs, or the data directory's blobs.
func blobsDir(cfg config) string {
	if cfg.Blobs != "" {
		return cfg.Blobs
	}
	return filepath.Join(cfg.DataDir, "blobs")
}

// checkBlobs refuses a --blobs this build cannot serve: a URL other than
// s3://, or an s3:// one whose settings are wrong (before any connection).
func checkBlobs(v string, s3 s3Settings) error {
	if blob.IsS3URL(v) {
		_, err := s3.config(v)
		return err
	}
	if strings.Contains(v, "://") {
		return fmt.Errorf("--blobs: %q: give a directory every instance mounts, or s3://bucket/prefix", v)
	}
	return nil
}
