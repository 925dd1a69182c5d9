package push

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/ingest"
	"mailroom/mail/account"
)

// errNoIdle ends a watcher whose server does not offer IDLE.
var errNoIdle = errors.New("the server does not support IMAP IDLE")

// watcher is the IDLE loop of one folder and the fetch loop it wakes.
type watcher struct {
	m      *Manager
	target ingest.Target
	log    *slog.Logger
	ctx    context.Context
	cancel context.CancelFunc
	wake   chan struct{} // one pending fetch at most

	// Guarded by m.mu.
	status Status
	gaveUp bool // refused login or no IDLE: waits for FolderChanged
}

func newWatcher(m *Manager, t ingest.Target) *watcher {
	ctx, cancel := context.WithCancel(m.ctx)
	return &watcher{m: m, target: t, ctx: ctx, cancel: cancel, wake: make(chan struct{}, 1),
		log:    m.log.With(slog.Int("folder", t.FolderID), slog.String("mailbox", t.Account.Mailbox)),
		status: Status{State: Connecting, Since: time.Now()}}
}

// setStatus records s unless the watcher has been replaced or removed.
func (w *watcher) setStatus(s Status, gaveUp bool) {
	w.m.mu.Lock()
	defer w.m.mu.Unlock()
	if w.m.watchers[w.target.FolderID] != w {
		return
	}
	s.Since = time.Now()
	if s.State == w.status.State {
		s.Since = w.status.Since // "reconnecting since" the first failure
	}
	w.status, w.gaveUp = s, gaveUp
}

// trigger asks the fetch loop for a run; triggers during a run make one more.
func (w *watcher) trigger() {
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// fetchLoop runs the folder's fetches one after the other, so the watcher
// keeps idling (and seeing EXISTS) while mail is imported.
func (w *watcher) fetchLoop() {
	for {
		select {
		case <-w.ctx.Done():
			return
		case <-w.wake:
		}
		select {
		case <-w.ctx.Done():
			return
		case w.m.slots <- struct{}{}:
		}
		if w.ctx.Err() == nil {
			if err := w.m.fetch(w.ctx, w.target.FolderID); err != nil && w.ctx.Err() == nil {
				w.log.Warn("push: fetch", slog.Any("error", err))
			}
		}
		<-w.m.slots
	}
}

// run connects, watches and reconnects until the watcher is stopped or
// gives up.
func (w *watcher) run(delay time.Duration) {
	defer w.m.wg.Done()
	if !sleep(w.ctx, delay) {
		return
	}
	opts := w.m.opts
	failures := 0
	for {
		watched, err := w.session()
		if w.ctx.Err() != nil {
			return
		}
		if err == nil {
			err = errors.New("the connection ended")
		}
		switch {
		case errors.Is(err, errNoIdle):
			w.log.Info("push: the server has no IDLE; the folder relies on its fetch interval")
			w.setStatus(Status{State: Unsupported}, true)
			w.cancel() // ends the fetch loop
			return
		case errors.Is(err, account.ErrAuthFailed), errors.Is(err, account.ErrInsecureAuth):
			// Retrying cannot help and may lock the account: wait for new settings.
			w.log.Warn("push: login refused; waiting for the folder's settings to change", slog.Any("error", err))
			w.setStatus(Status{State: Failed, Err: err}, true)
			w.cancel()
			return
		}
		if watched {
			failures = 0 // the connection worked: start over from MinBackoff
		}
		wait := opts.backoff(failures)
		failures++
		w.log.Warn("push: no connection; retrying", slog.Any("error", err), slog.Duration("in", wait))
		w.setStatus(Status{State: Reconnecting, Err: err, NextAttempt: time.Now().Add(wait)}, false)
		if !sleep(w.ctx, wait) {
			return
		}
	}
}

// session makes one connection and idles on it until the watcher stops
// (nil error) or the connection fails. watched reports whether IDLE ran.
func (w *watcher) session() (watched bool, err error) {
	cfg := w.target.Account
	// DialIMAP closes the client when its context ends; give DONE and
	// LOGOUT a moment before that happens.
	connCtx, release := afterGrace(w.ctx, logoutGrace)
	defer release()

	var (
		mu    sync.Mutex
		known int64 = -1 // messages in the mailbox; -1 until EXAMINE answers
	)
	handler := &imapclient.UnilateralDataHandler{
		// Runs on the client's reader goroutine: no blocking here.
		Mailbox: func(data *imapclient.UnilateralDataMailbox) {
			if data.NumMessages == nil {
				return
			}
			n := int64(*data.NumMessages)
			mu.Lock()
			grew := n > known
			known = n
			mu.Unlock()
			if grew {
				w.trigger()
			}
		},
		Expunge: func(uint32) {
			mu.Lock()
			if known > 0 {
				known--
			}
			mu.Unlock()
		},
	}

	w.m.dials.Add(1)
	c, err := account.DialIMAP(connCtx, cfg, handler)
	if err != nil {
		return false, err
	}
	defer c.Close()
	if w.ctx.Err() != nil {
		logout(c, cfg)
		return false, nil
	}

	caps := c.Caps()
	if caps == nil {
		return false, account.Classify(fmt.Errorf("capabilities: %w", os.ErrDeadlineExceeded), cfg)
	}
	if !caps.Has(imap.CapIdle) {
		logout(c, cfg)
		return false, errNoIdle
	}

	var sel *imap.SelectData
	err = bounded(c, cfg, "examine mailbox", func() (err error) {
		sel, err = c.Select(cfg.Mailbox, &imap.SelectOptions{ReadOnly: true}).Wait()
		return account.ClassifySelect(err, cfg)
	})
	if err != nil {
		return false, err
	}
	mu.Lock()
	known = int64(sel.NumMessages)
	mu.Unlock()
	// Mail may have arrived while nobody watched.
	w.trigger()

	for {
		var idle *imapclient.IdleCommand
		err := bounded(c, cfg, "start IDLE", func() (err error) {
			idle, err = c.Idle()
			return err
		})
		if err != nil {
			if w.ctx.Err() != nil {
				return watched, nil
			}
			return watched, err
		}
		w.m.idles.Add(1)
		if !watched {
			w.log.Info("push: watching")
			w.setStatus(Status{State: Watching}, false)
			watched = true
		}

		reissue := time.NewTimer(w.m.opts.ReissueAfter)
		select {
		case <-w.ctx.Done():
			reissue.Stop()
			// Bounded by connCtx: the client is closed logoutGrace after Stop.
			if idle.Close() == nil {
				idle.Wait()
			}
			logout(c, cfg)
			return watched, nil
		case <-c.Closed():
			reissue.Stop()
			// Close returns what the reader met; a clean EOF leaves nothing.
			err := c.Close()
			if err == nil || errors.Is(err, net.ErrClosed) {
				err = errors.New("the server closed the connection")
			}
			return watched, account.Classify(fmt.Errorf("IDLE: %w", err), cfg)
		case <-reissue.C:
			err := bounded(c, cfg, "end IDLE", func() error {
				if err := idle.Close(); err != nil {
					return err
				}
				return idle.Wait()
			})
			if err != nil {
				if w.ctx.Err() != nil {
					return watched, nil
				}
				return watched, err
			}
		}
	}
}

// bounded runs a command of c, closing c if the server does not answer
// within cfg.Timeout: go-imap has no deadline between responses.
func bounded(c *imapclient.Client, cfg account.Config, what string, fn func() error) error {
	var expired atomic.Bool
	timer := time.AfterFunc(cfg.Timeout, func() {
		expired.Store(true)
		c.Close()
	})
	err := fn()
	timer.Stop()
	if err == nil {
		return nil
	}
	if expired.Load() {
		err = os.ErrDeadlineExceeded
	}
	return account.Classify(fmt.Errorf("%s: %w", what, err), cfg)
}

// logout says goodbye; the caller closes the client anyway.
func logout(c *imapclient.Client, cfg account.Config) {
	_ = bounded(c, cfg, "logout", c.Logout().Wait)
}

// afterGrace returns a context cancelled grace after ctx is done (or by the
// returned function, which releases its resources).
func afterGrace(ctx context.Context, grace time.Duration) (context.Context, context.CancelFunc) {
	conn, cancel := context.WithCancel(context.WithoutCancel(ctx))
	stop := context.AfterFunc(ctx, func() {
		t := time.NewTimer(grace)
		defer t.Stop()
		select {
		case <-t.C:
			cancel()
		case <-conn.Done():
		}
	})
	return conn, func() {
		stop()
		cancel()
	}
}

// sleep waits d, or reports false when ctx ends first.
func sleep(ctx context.Context, d time.Duration) bool {
	if d <= 0 {
		return ctx.Err() == nil
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
