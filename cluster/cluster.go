// Package cluster lets several Mailroom instances share one PostgreSQL
// database: a folder is fetched by one instance at a time (session-level
// advisory locks, released by PostgreSQL when the session holding them ends,
// so a crashed instance frees its folders) and each folder with push on is
// watched by one live instance (leases on a heartbeated session). Nothing
// here is used on SQLite, where one process owns the database.
package cluster

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Lock classes: the first key of the two-key advisory lock, so fetch locks,
// watch leases and other users of advisory locks never collide.
const (
	classFetch int32 = 0x6d72_0001 // "mr" 1
	classWatch int32 = 0x6d72_0002 // "mr" 2
)

// keepalives make the server notice an instance that vanished without
// closing its connections (a cut cable, a frozen VM) within about 25 s, and
// so release what that session held.
const keepalives = "SET tcp_keepalives_idle = 10; SET tcp_keepalives_interval = 5; SET tcp_keepalives_count = 3"

// Cluster coordinates this instance with the others on the database.
type Cluster struct {
	pool *pgxpool.Pool
	log  *slog.Logger
	opts Options

	mu      sync.Mutex
	session *session // holder of the watch leases; nil until the first lease
}

// Options tune the coordination; the zero value is right for production.
type Options struct {
	// Heartbeat is how often the lease session is checked (default 5 s).
	// A lease whose session fails a check is reported lost at once.
	Heartbeat time.Duration
}

// New coordinates through pool's database.
func New(pool *pgxpool.Pool, log *slog.Logger, opts Options) *Cluster {
	if opts.Heartbeat <= 0 {
		opts.Heartbeat = 5 * time.Second
	}
	return &Cluster{pool: pool, log: log, opts: opts}
}

// Close releases every lease (ending the session that holds them).
func (c *Cluster) Close() {
	c.mu.Lock()
	s := c.session
	c.session = nil
	c.mu.Unlock()
	if s != nil {
		s.end()
	}
}

// TryLockFolder takes the fetch lock of folderID on a connection of its own,
// held until release is called. ok is false when another session (another
// instance) holds it.
func (c *Cluster) TryLockFolder(ctx context.Context, folderID int) (release func(), ok bool, err error) {
	conn, err := c.pool.Acquire(ctx)
	if err != nil {
		return nil, false, fmt.Errorf("fetch lock: %w", err)
	}
	if _, err := conn.Exec(ctx, keepalives); err != nil {
		conn.Release()
		return nil, false, fmt.Errorf("fetch lock: %w", err)
	}
	if err := conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", classFetch, int32(folderID)).Scan(&ok); err != nil {
		conn.Release()
		return nil, false, fmt.Errorf("fetch lock: %w", err)
	}
	if !ok {
		conn.Release()
		return nil, false, nil
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			var unlocked bool
			if err := conn.QueryRow(ctx, "SELECT pg_advisory_unlock($1, $2)", classFetch, int32(folderID)).Scan(&unlocked); err != nil || !unlocked {
				// Ending the session is what releases the lock for sure.
				_ = conn.Conn().Close(ctx)
			}
			conn.Release()
		})
	}, true, nil
}

// Lease is this instance's hold on a folder's watcher.
type Lease struct {
	s        *session
	folderID int
	once     sync.Once
}

// Lost is closed when the lease may have passed to another instance (its
// session failed a heartbeat or the connection broke).
func (l *Lease) Lost() <-chan struct{} { return l.s.lost }

// Release gives the lease back.
func (l *Lease) Release() {
	l.once.Do(func() { l.s.unlock(l.folderID) })
}

// TryLease takes the watch lease of folderID if no live instance holds it.
func (c *Cluster) TryLease(ctx context.Context, folderID int) (*Lease, bool, error) {
	s, err := c.liveSession(ctx)
	if err != nil {
		return nil, false, err
	}
	ok, err := s.tryLock(ctx, folderID)
	if err != nil || !ok {
		return nil, false, err
	}
	return &Lease{s: s, folderID: folderID}, true, nil
}

// liveSession returns the lease session, opening a new one when there is
// none or the last one was lost (its leases went with it).
func (c *Cluster) liveSession(ctx context.Context) (*session, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.session != nil {
		select {
		case <-c.session.lost:
		default:
			return c.session, nil
		}
	}
	conn, err := c.pool.Acquire(ctx)
	if err != nil {
		return nil, fmt.Errorf("lease session: %w", err)
	}
	if _, err := conn.Exec(ctx, keepalives+"; SET application_name = 'mailroom-leases'"); err != nil {
		conn.Release()
		return nil, fmt.Errorf("lease session: %w", err)
	}
	// The session is ours for good: leases live as long as it does.
	s := &session{conn: conn.Hijack(), lost: make(chan struct{}), stop: make(chan struct{}), log: c.log}
	go s.heartbeat(c.opts.Heartbeat)
	c.session = s
	return s, nil
}

// session is one connection that holds watch leases.
type session struct {
	mu   sync.Mutex // one query at a time on conn
	conn *pgx.Conn
	log  *slog.Logger

	lost     chan struct{}
	lostOnce sync.Once
	stop     chan struct{}
	stopOnce sync.Once
}

var errLost = errors.New("the lease session was lost")

func (s *session) markLost(err error) {
	s.lostOnce.Do(func() {
		if err != nil {
			s.log.Warn("cluster: lease session lost; its folders go to the instances still alive", slog.Any("error", err))
		}
		close(s.lost)
		ctx, cancel := context.WithTimeout(context.Background(), time.Second)
		defer cancel()
		_ = s.conn.Close(ctx)
	})
}

func (s *session) alive() bool {
	select {
	case <-s.lost:
		return false
	default:
		return true
	}
}

func (s *session) tryLock(ctx context.Context, folderID int) (bool, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.alive() {
		return false, errLost
	}
	var ok bool
	if err := s.conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", classWatch, int32(folderID)).Scan(&ok); err != nil {
		if ctx.Err() == nil {
			s.markLost(err)
		}
		return false, fmt.Errorf("watch lease: %w", err)
	}
	return ok, nil
}

func (s *session) unlock(folderID int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.alive() {
		return // gone with the session
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := s.conn.Exec(ctx, "SELECT pg_advisory_unlock($1, $2)", classWatch, int32(folderID)); err != nil {
		s.markLost(err) // ending the session releases the lock for sure
	}
}

// heartbeat checks the session; a failed check loses every lease on it, so
// this instance stops watching before another one starts.
func (s *session) heartbeat(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-s.stop:
			s.markLost(nil)
			return
		case <-s.lost:
			return
		case <-t.C:
		}
		s.mu.Lock()
		ctx, cancel := context.WithTimeout(context.Background(), every)
		err := s.conn.Ping(ctx)
		cancel()
		s.mu.Unlock()
		if err != nil {
			s.markLost(err)
			return
		}
	}
}

// end closes the session, releasing its leases.
func (s *session) end() {
	s.stopOnce.Do(func() { close(s.stop) })
	s.mu.Lock()
	s.markLost(nil)
	s.mu.Unlock()
}

// TryWatch is TryLease in the shape push.Options.Leases takes.
func (c *Cluster) TryWatch(ctx context.Context, folderID int) (lost <-chan struct{}, release func(), ok bool, err error) {
	l, ok, err := c.TryLease(ctx, folderID)
	if !ok {
		return nil, nil, false, err
	}
	return l.Lost(), l.Release, true, nil
}
