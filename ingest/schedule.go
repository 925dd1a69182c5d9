package ingest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"
	"github.com/riverqueue/river/rivertype"

	"mailroom/auth/viewer"
	"mailroom/mail/account"
	"mailroom/netpolicy"
)

// FetchArgs is the durable job that fetches one folder on its schedule.
// Only one such job per folder may be waiting, retrying or running.
type FetchArgs struct {
	FolderID int `json:"folder_id" river:"unique"`
}

func (FetchArgs) Kind() string { return "fetch_folder" }

func (FetchArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{
		MaxAttempts: 6,
		UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
			rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
			rivertype.JobStateRetryable, rivertype.JobStateScheduled,
		}},
	}
}

// Scheduler enqueues each folder's fetch at its interval (River jobs in the
// same database, so schedules survive restarts) and works those jobs.
type Scheduler struct {
	svc   *Service
	river jobClient
	log   *slog.Logger
	opts  ScheduleOptions

	wake chan struct{}
	stop context.CancelFunc
	done sync.WaitGroup
}

// ScheduleOptions tune the scheduler; the zero value is right for production.
type ScheduleOptions struct {
	// Tick is how often due folders are looked for (default 30 s).
	Tick time.Duration
	// Now is the clock (tests drive it).
	Now func() time.Time
	// Workers is the number of folders fetched at the same time (default 4).
	Workers int
	// RetryPolicy overrides River's backoff (tests make it short).
	RetryPolicy river.ClientRetryPolicy
	// RescueAfter is how long a job may stay running before River deems its
	// worker dead and runs it again (0: River's default, an hour).
	RescueAfter time.Duration
}

// jobClient is what the scheduler uses of River's client, whichever the database.
type jobClient interface {
	Start(ctx context.Context) error
	Stop(ctx context.Context) error
	Insert(ctx context.Context, args river.JobArgs, opts *river.InsertOpts) (*rivertype.JobInsertResult, error)
}

// NewScheduler migrates River's tables in db (SQLite) and prepares its client.
func NewScheduler(ctx context.Context, db *sql.DB, svc *Service, log *slog.Logger, opts ScheduleOptions) (*Scheduler, error) {
	return newScheduler(ctx, riversqlite.New(db), svc, log, opts)
}

// NewPostgresScheduler is NewScheduler on PostgreSQL: River's tables live in
// the shared database, and its unique jobs make each folder's schedule run on
// one instance of the cluster at a time.
//
// A job left running by an instance that died is run again after
// RescueAfter, 10 minutes by default: with the cluster's fetch lock
// (Options.Locks) a job rescued while its run still goes on only waits for
// that run, so the hour River waits by default would only pause the
// folder's schedule.
func NewPostgresScheduler(ctx context.Context, pool *pgxpool.Pool, svc *Service, log *slog.Logger, opts ScheduleOptions) (*Scheduler, error) {
	if opts.RescueAfter <= 0 {
		opts.RescueAfter = 10 * time.Minute
	}
	// Instances started together take turns at River's migrations, which
	// would otherwise fail on tables another one just created.
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("migrate job tables: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", riverMigrationLock); err != nil {
		return nil, fmt.Errorf("wait for other instances' migrations: %w", err)
	}
	defer func() {
		if _, err := conn.Exec(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", riverMigrationLock); err != nil {
			_ = conn.Conn().Close(context.WithoutCancel(ctx)) // ending the session releases it
		}
	}()
	return newScheduler(ctx, riverpgxv5.New(pool), svc, log, opts)
}

// riverMigrationLock is the advisory lock key of River's migrations ("mrriver!").
const riverMigrationLock int64 = 0x6d72726976657221

func newScheduler[TTx any](ctx context.Context, driver riverdriver.Driver[TTx], svc *Service, log *slog.Logger, opts ScheduleOptions) (*Scheduler, error) {
	if opts.Tick <= 0 {
		opts.Tick = 30 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Workers <= 0 {
		opts.Workers = 4
	}
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: quiet(log)})
	if err != nil {
		return nil, err
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return nil, fmt.Errorf("migrate job tables: %w", err)
	}
	s := &Scheduler{svc: svc, log: log, opts: opts, wake: make(chan struct{}, 1)}
	workers := river.NewWorkers()
	river.AddWorker(workers, &fetchWorker{s: s})
	client, err := river.NewClient(driver, &river.Config{
		Queues:            map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: opts.Workers}},
		Workers:           workers,
		Logger:            quiet(log),
		RetryPolicy:       opts.RetryPolicy,
		FetchPollInterval: 500 * time.Millisecond,
		PollOnly:          true,
		JobTimeout:        -1, // a fetch of a large mailbox may take long; it stops with the server

		RescueStuckJobsAfter: opts.RescueAfter,
	})
	if err != nil {
		return nil, err
	}
	s.river = client
	return s, nil
}

// quiet keeps River's routine logging out of the server log.
func quiet(log *slog.Logger) *slog.Logger {
	return slog.New(levelFloor{log.Handler(), slog.LevelWarn})
}

type levelFloor struct {
	slog.Handler
	min slog.Level
}

func (l levelFloor) Enabled(ctx context.Context, lv slog.Level) bool {
	return lv >= l.min && l.Handler.Enabled(ctx, lv)
}

// Start works jobs and enqueues due folders until Stop.
func (s *Scheduler) Start(ctx context.Context) error {
	if err := s.river.Start(context.WithoutCancel(ctx)); err != nil {
		return err
	}
	loopCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	s.stop = cancel
	s.done.Add(1)
	go s.loop(loopCtx)
	return nil
}

// Stop ends the loop and River, letting running fetches finish their batch.
func (s *Scheduler) Stop(ctx context.Context) error {
	if s.stop != nil {
		s.stop()
	}
	s.done.Wait()
	return s.river.Stop(ctx)
}

// FolderChanged makes the scheduler look at the folders again at once.
func (s *Scheduler) FolderChanged(int) {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Scheduler) loop(ctx context.Context) {
	defer s.done.Done()
	t := time.NewTicker(s.opts.Tick)
	defer t.Stop()
	for {
		if err := s.EnqueueDue(ctx); err != nil && ctx.Err() == nil {
			s.log.Warn("schedule fetches", slog.Any("error", err))
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.wake:
		}
	}
}

// EnqueueDue inserts a job for every folder whose next fetch falls within the
// next tick; the job waits in River until its time. Unique jobs make this
// idempotent.
func (s *Scheduler) EnqueueDue(ctx context.Context) error {
	targets, err := s.svc.Targets(ctx)
	if err != nil {
		return err
	}
	now := s.opts.Now()
	for _, t := range targets {
		if t.IntervalMinutes <= 0 {
			continue
		}
		due := s.nextFetch(t)
		if due.After(now.Add(s.opts.Tick)) {
			continue
		}
		opts := &river.InsertOpts{}
		if due.After(now) {
			opts.ScheduledAt = due
		}
		if _, err := s.river.Insert(ctx, FetchArgs{FolderID: t.FolderID}, opts); err != nil {
			return fmt.Errorf("enqueue fetch of folder %d: %w", t.FolderID, err)
		}
	}
	return nil
}

// nextFetch is the last fetch plus the interval, spread by a fixed per-folder
// jitter (up to a tenth of the interval) so folders do not all connect at once.
func (s *Scheduler) nextFetch(t Target) time.Time {
	if t.LastFetchAt == nil {
		return s.opts.Now()
	}
	interval := time.Duration(t.IntervalMinutes) * time.Minute
	h := fnv.New32a()
	fmt.Fprint(h, t.FolderID)
	jitter := time.Duration(h.Sum32()%1000) * interval / 10000
	return t.LastFetchAt.Add(interval + jitter)
}

type fetchWorker struct {
	river.WorkerDefaults[FetchArgs]
	s *Scheduler
}

// Work fetches the folder. Errors worth retrying (connection refused,
// timeouts, server hiccups) are returned for River's backoff; errors only the
// user can fix (password, certificate, mailbox) cancel the job: the folder
// shows the error until its settings change.
func (w *fetchWorker) Work(ctx context.Context, job *river.Job[FetchArgs]) error {
	if _, ok, err := w.s.svc.TargetOf(ctx, job.Args.FolderID); err != nil || !ok {
		return err // gone, trashed or without password: nothing to do
	}
	rep, err := w.s.svc.Fetch(viewer.SystemContext(ctx), job.Args.FolderID, TriggerSchedule)
	if err == nil {
		err = rep.Err
	}
	if err == nil {
		return nil
	}
	if needsUser(err) {
		return river.JobCancel(err)
	}
	return err
}

// needsUser tells the errors that retrying cannot fix.
func needsUser(err error) bool {
	for _, kind := range []error{account.ErrAuthFailed, account.ErrCertUntrusted, account.ErrTLSVersion,
		account.ErrMailboxNotFound, account.ErrInsecureAuth, account.ErrStartTLSUnavailable, account.ErrNotTLS,
		netpolicy.ErrDenied, errReenterPassword, errNotSignedIn, errSignInNewServer} {
		if errors.Is(err, kind) {
			return true
		}
	}
	return false
}
