package ingest

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/cluster"
	"mailroom/ent/fetchrun"
	"mailroom/internal/pgtest"
	"mailroom/store"
)

// appendMany puts n distinct messages in mailbox over one connection.
func (e *testEnv) appendMany(mailbox string, n int) {
	e.t.Helper()
	c := e.imap()
	for i := range n {
		raw := message(fmt.Sprintf("bulk-%d@x", i), fmt.Sprintf("bulk %d", i), strings.Repeat("body ", 50))
		cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{})
		if _, err := io.WriteString(cmd, raw); err != nil {
			e.t.Fatal(err)
		}
		if err := cmd.Close(); err != nil {
			e.t.Fatal(err)
		}
		if _, err := cmd.Wait(); err != nil {
			e.t.Fatal(err)
		}
	}
}

// instance is a second Mailroom on the environment's PostgreSQL database:
// its own connections and ingest service, the same blob directory.
func (e *testEnv) instance(opts Options) *Service {
	e.t.Helper()
	client, db, err := store.Open(e.ctx, e.dsn)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { client.Close(); db.Close() })
	opts.HostPolicy = e.svc.opts.HostPolicy
	svc := New(client, e.blobs, e.svc.keyring, e.bus, slog.New(slog.NewTextHandler(io.Discard, nil)), opts)
	e.t.Cleanup(svc.Close)
	return svc
}

// locks returns the cluster coordination of a new instance on the database.
func (e *testEnv) locks() *cluster.Cluster {
	e.t.Helper()
	pool, err := pgxpool.New(e.ctx, e.dsn)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(pool.Close)
	c := cluster.New(pool, e.svc.log, cluster.Options{})
	e.t.Cleanup(c.Close)
	return c
}

// Two instances on one PostgreSQL database fetch one folder at the same
// moment. With the cluster lock, one runs and the other waits and reports
// that run; without it (the lock lost, say), their transactions race on
// the same messages and the unique violations are handled as duplicates.
// Either way each message is imported exactly once and neither caller sees
// a raw database error.
func TestFetchOnTwoInstancesImportsEachMessageOnce(t *testing.T) {
	const messages = 300
	for _, locked := range []bool{true, false} {
		t.Run(fmt.Sprintf("locked=%v", locked), func(t *testing.T) {
			e := newEnvOn(t, pgtest.DSN(t), Options{BatchSize: 25})
			e.appendMany("INBOX", messages)
			f := e.folder(func(p *FolderParams) { p.EmailsLimit = ptr(messages) })
			var a, b *Service
			if locked {
				// Rebuild the first instance with the lock too.
				a, b = e.instance(Options{BatchSize: 25, Locks: e.locks()}), e.instance(Options{BatchSize: 25, Locks: e.locks()})
			} else {
				a, b = e.svc, e.instance(Options{BatchSize: 25})
			}

			var wg sync.WaitGroup
			reps := make([]Report, 2)
			errs := make([]error, 2)
			start := make(chan struct{})
			for i, svc := range []*Service{a, b} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					reps[i], errs[i] = svc.Fetch(e.ctx, f.ID, TriggerManual)
				}()
			}
			close(start)
			wg.Wait()
			for i := range reps {
				if errs[i] != nil || reps[i].Err != nil {
					t.Fatalf("instance %d: %v / %v", i, errs[i], reps[i].Err)
				}
			}
			if n := e.emailCount(f); n != messages {
				t.Fatalf("%d emails for %d messages", n, messages)
			}
			runs, err := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID)).Count(e.ctx)
			if err != nil {
				t.Fatal(err)
			}
			if locked {
				// One run; the instance that waited reports it.
				if runs != 1 || reps[0].Imported != messages || reps[1].Imported != messages {
					t.Fatalf("%d runs, reports %+v / %+v", runs, reps[0], reps[1])
				}
			} else if got := reps[0].Imported + reps[1].Imported; got != messages || runs != 2 {
				t.Fatalf("%d runs imported %d (%+v / %+v)", runs, got, reps[0], reps[1])
			}
			t.Logf("reports: %d imported + %d duplicates, %d imported + %d duplicates",
				reps[0].Imported, reps[0].Duplicates, reps[1].Imported, reps[1].Duplicates)
		})
	}
}

// Instances started together on a fresh database all migrate River's tables.
func TestSchedulersStartedTogetherMigrate(t *testing.T) {
	e := newEnvOn(t, pgtest.DSN(t), Options{})
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			pool, err := pgxpool.New(e.ctx, e.dsn)
			if err != nil {
				errs[i] = err
				return
			}
			defer pool.Close()
			_, errs[i] = NewPostgresScheduler(e.ctx, pool, e.svc, e.svc.log, ScheduleOptions{})
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("instance %d: %v", i, err)
		}
	}
}
