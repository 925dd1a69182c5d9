// Package push keeps an IMAP IDLE connection on the mailbox of every email
// folder with push on, and fetches the folder as soon as the server announces
// new mail: Mailroom shows mail within a second of its arrival instead of at
// the next scheduled fetch.
//
// One watcher per folder holds a dedicated connection (IDLE blocks the
// connection it runs on), examines the mailbox read-only, fetches once (mail
// may have arrived while nobody watched), then idles. An EXISTS that raises
// the message count wakes the folder's fetch loop, which runs the ingest
// pipeline on its own connection while the watcher stays in IDLE; EXISTS
// seen during a run queue one more run after it. IDLE is re-issued before the
// server's 30-minute inactivity limit, lost connections are retried with
// exponential backoff and jitter, and a refused login waits for the folder's
// settings to change rather than hammering the server (and tripping its
// brute-force protection). Servers without IDLE are left to the interval
// schedule.
package push

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"sync"
	"sync/atomic"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ingest"
)

// Options tune the watchers; the zero value gives the defaults.
type Options struct {
	// ReissueAfter is how long one IDLE lasts before the watcher ends it
	// (DONE) and starts another. RFC 2177 servers may log out a client idle
	// for 30 minutes. 0 means 25 minutes.
	ReissueAfter time.Duration
	// MinBackoff is the wait before the first reconnection; it doubles after
	// each failed attempt up to MaxBackoff. Each wait is jittered between
	// half and all of it, so watchers of one server do not reconnect in
	// lockstep after it restarts. 0 means 1 second and 5 minutes.
	MinBackoff, MaxBackoff time.Duration
	// MaxFetches bounds the push-triggered fetches running at once, so that
	// starting with many folders does not open as many fetch connections
	// and transactions together. 0 means 4.
	MaxFetches int
	// StartSpread spreads the first connections made by Start over up to
	// this long (at most 25 ms per folder), so hundreds of folders do not
	// log in at the same instant. 0 means 10 seconds.
	StartSpread time.Duration
	// Fetch imports a folder's new mail when its watcher sees mail arrive;
	// nil means Service.Fetch with ingest.TriggerPush. A job queue can
	// enqueue the folder's fetch here instead.
	Fetch func(ctx context.Context, folderID int) error
	// Leases, in a cluster, gives each folder's watcher to one live
	// instance; nil (one instance) watches every folder here.
	Leases TryLease
	// LeaseRetry is how often folders watched by another instance are
	// tried again (default 5 s).
	LeaseRetry time.Duration
}

func (o Options) withDefaults() Options {
	if o.ReissueAfter <= 0 {
		o.ReissueAfter = 25 * time.Minute
	}
	if o.MinBackoff <= 0 {
		o.MinBackoff = time.Second
	}
	if o.MaxBackoff <= 0 {
		o.MaxBackoff = 5 * time.Minute
	}
	if o.MaxBackoff < o.MinBackoff {
		o.MaxBackoff = o.MinBackoff
	}
	if o.MaxFetches <= 0 {
		o.MaxFetches = 4
	}
	if o.StartSpread <= 0 {
		o.StartSpread = 10 * time.Second
	}
	if o.LeaseRetry <= 0 {
		o.LeaseRetry = defaultLeaseRetry
	}
	return o
}

// backoff is the wait before reconnection attempt n (0-based).
func (o Options) backoff(n int) time.Duration {
	d := o.MinBackoff
	for ; n > 0 && d < o.MaxBackoff; n-- {
		d *= 2
	}
	d = min(d, o.MaxBackoff)
	return d/2 + rand.N(d/2+1)
}

// logoutGrace is how long a stopping watcher may spend on DONE and LOGOUT
// before its connection is closed under it.
const logoutGrace = 500 * time.Millisecond

// Manager keeps one IDLE watcher per folder with push on.
type Manager struct {
	svc   *ingest.Service
	log   *slog.Logger
	opts  Options
	fetch func(ctx context.Context, folderID int) error
	slots chan struct{} // MaxFetches tokens

	// ctx ends with Stop; every watcher's context derives from it.
	ctx    context.Context
	cancel context.CancelFunc
	// wg counts the reconciler and the watchers' IDLE loops, which Stop
	// waits for. Fetch loops are not in it: see Stop.
	wg sync.WaitGroup

	mu       sync.Mutex
	started  bool
	stopped  bool
	watchers map[int]*watcher
	changed  map[int]bool // folders FolderChanged named, not yet reconciled
	kick     chan struct{}

	// With Options.Leases: the leases held, and the folders to watch
	// whose lease another instance holds.
	leases    map[int]*lease
	wanted    map[int]ingest.Target
	leaseKick chan struct{}

	// Counters for tests.
	dials, idles atomic.Int64
}

// NewManager returns a manager with no watchers; Start starts them.
func NewManager(svc *ingest.Service, log *slog.Logger, opts Options) *Manager {
	opts = opts.withDefaults()
	ctx, cancel := context.WithCancel(context.Background())
	m := &Manager{svc: svc, log: log, opts: opts, fetch: opts.Fetch,
		slots: make(chan struct{}, opts.MaxFetches), ctx: ctx, cancel: cancel,
		watchers: make(map[int]*watcher), changed: make(map[int]bool), kick: make(chan struct{}, 1),
		leases: make(map[int]*lease), wanted: make(map[int]ingest.Target), leaseKick: make(chan struct{}, 1)}
	if m.fetch == nil {
		m.fetch = m.pushFetch
	}
	return m
}

// pushFetch runs the pipeline on folderID; single flight in ingest makes a
// trigger during a run join it.
func (m *Manager) pushFetch(ctx context.Context, folderID int) error {
	rep, err := m.svc.Fetch(viewer.SystemContext(ctx), folderID, ingest.TriggerPush)
	if err != nil {
		return err
	}
	if rep.Err != nil {
		// ingest has logged and published it; the watcher has nothing to add.
		m.log.Debug("push: fetch failed", slog.Int("folder", folderID), slog.Any("error", rep.Err))
	}
	return nil
}

// Start starts a watcher for every folder with push on, and the handling of
// FolderChanged. ctx bounds listing the folders; the watchers run until Stop.
func (m *Manager) Start(ctx context.Context) error {
	m.mu.Lock()
	if m.started || m.stopped {
		m.mu.Unlock()
		return errors.New("push: Start called twice or after Stop")
	}
	m.started = true
	m.mu.Unlock()

	targets, err := m.svc.Targets(ctx)
	if err != nil {
		return fmt.Errorf("push: list folders: %w", err)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.stopped {
		return nil
	}
	spread := min(m.opts.StartSpread, time.Duration(len(targets))*25*time.Millisecond)
	for _, t := range targets {
		var delay time.Duration
		if spread > 0 {
			delay = rand.N(spread)
		}
		m.apply(t.FolderID, t, true, delay)
	}
	m.wg.Add(1)
	go m.reconcile()
	if m.opts.Leases != nil {
		m.wg.Add(1)
		go m.leaseLoop()
	}
	return nil
}

// FolderChanged makes the folder's watcher follow its settings: it starts
// one for a folder with push on, restarts one whose connection settings
// changed or that had given up (refused login, no IDLE), and stops one for a
// folder with push off, POP3, or no longer listed by Service.TargetOf. An
// edit that leaves the connection settings alone (title, limit) keeps the
// connection. It returns at once (the folder is read
// and the connection made in the background), so it can be passed to
// ingest.Service.OnFolderChange.
func (m *Manager) FolderChanged(folderID int) {
	m.mu.Lock()
	if m.stopped {
		m.mu.Unlock()
		return
	}
	m.changed[folderID] = true
	m.mu.Unlock()
	select {
	case m.kick <- struct{}{}:
	default:
	}
}

// reconcile applies FolderChanged in the background, in order per folder.
func (m *Manager) reconcile() {
	defer m.wg.Done()
	for {
		select {
		case <-m.ctx.Done():
			return
		case <-m.kick:
		}
		m.mu.Lock()
		ids := m.changed
		m.changed = make(map[int]bool)
		m.mu.Unlock()
		for id := range ids {
			t, ok, err := m.svc.TargetOf(m.ctx, id)
			if m.ctx.Err() != nil {
				return
			}
			if err != nil {
				// Keep what runs; the next change or restart will tell.
				m.log.Error("push: read folder", slog.Int("folder", id), slog.Any("error", err))
				continue
			}
			m.mu.Lock()
			if !m.stopped {
				m.apply(id, t, ok, 0)
			}
			m.mu.Unlock()
		}
	}
}

// apply starts, restarts or stops the watcher of folder id for target t (ok
// false: no target). m.mu is held.
func (m *Manager) apply(id int, t ingest.Target, ok bool, delay time.Duration) {
	if !m.leased(id, t, ok) {
		return
	}
	w := m.watchers[id]
	if !ok || !t.Push || !t.Account.Protocol.IsIMAP() {
		if w != nil {
			m.log.Info("push: stop watching", slog.Int("folder", id))
			w.cancel()
			delete(m.watchers, id)
		}
		return
	}
	if w != nil {
		// Only the connection matters to a watcher: a title edit or a new
		// last-fetch time must not reconnect.
		if w.target.Account == t.Account && !w.gaveUp {
			return // same settings, still trying
		}
		w.cancel()
	}
	w = newWatcher(m, t)
	m.watchers[id] = w
	m.wg.Add(1)
	go w.run(delay)
	go w.fetchLoop()
}

// Stop stops every watcher, ending its IDLE with DONE and LOGOUT (or closing
// the connection if the server does not answer within half a second), and
// waits for them. The fetch loops start no run once Stop has begun. A
// push-triggered run already in progress is neither interrupted nor waited
// for, since ingest runs outlive their callers by design: call Stop before
// ingest.Service.Close, which ends and waits for it.
func (m *Manager) Stop() {
	m.mu.Lock()
	m.stopped = true
	m.mu.Unlock()
	m.cancel()
	m.wg.Wait()
	m.mu.Lock()
	clear(m.watchers)
	m.mu.Unlock()
	m.releaseLeases()
}

// Status returns the push state of a folder; Off when it has no watcher.
func (m *Manager) Status(folderID int) Status {
	m.mu.Lock()
	defer m.mu.Unlock()
	if w := m.watchers[folderID]; w != nil {
		return w.status
	}
	if _, ok := m.wanted[folderID]; ok {
		return Status{State: Elsewhere}
	}
	return Status{State: Off}
}
