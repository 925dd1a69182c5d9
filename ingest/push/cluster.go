package push

import (
	"context"
	"log/slog"
	"time"

	"mailroom/ingest"
)

// Elsewhere: in a cluster, another live instance watches the folder; this
// one takes over if that instance dies.
const Elsewhere State = "ELSEWHERE"

// TryLease takes folderID's watch lease for this instance if no live
// instance holds it; lost is closed when the lease may have passed to
// another instance. cluster.Cluster.TryWatch is one.
type TryLease func(ctx context.Context, folderID int) (lost <-chan struct{}, release func(), ok bool, err error)

// lease is a held watch lease.
type lease struct {
	lost    <-chan struct{}
	release func()
}

// defaultLeaseRetry is how often folders watched elsewhere are tried again.
// With the heartbeat of the lease session, a dead instance's folders move
// within this plus the time the database takes to end its sessions.
const defaultLeaseRetry = 5 * time.Second

// leased reports, with m.mu held, whether apply may go on for folder id: on
// one instance (no Leases) always; in a cluster, when this instance holds
// the lease or the folder is to stop being watched (the lease is then
// given back). A folder to watch without the lease waits for leaseLoop.
func (m *Manager) leased(id int, t ingest.Target, ok bool) bool {
	if m.opts.Leases == nil {
		return true
	}
	if !ok || !t.Push || !t.Account.Protocol.IsIMAP() {
		delete(m.wanted, id)
		if l := m.leases[id]; l != nil {
			delete(m.leases, id)
			go l.release()
		}
		return true
	}
	if m.leases[id] != nil {
		return true
	}
	m.wanted[id] = t
	select {
	case m.leaseKick <- struct{}{}:
	default:
	}
	return false
}

// leaseLoop tries to take the lease of every folder this instance should
// watch but another instance holds, and starts the watcher of those it gets.
func (m *Manager) leaseLoop() {
	defer m.wg.Done()
	t := time.NewTicker(m.opts.LeaseRetry)
	defer t.Stop()
	for {
		m.mu.Lock()
		ids := make([]int, 0, len(m.wanted))
		for id := range m.wanted {
			ids = append(ids, id)
		}
		m.mu.Unlock()
		for _, id := range ids {
			lost, release, ok, err := m.opts.Leases(m.ctx, id)
			if m.ctx.Err() != nil {
				if ok {
					release()
				}
				return
			}
			if err != nil {
				m.log.Warn("push: take the watch lease", slog.Int("folder", id), slog.Any("error", err))
				continue
			}
			if !ok {
				continue // watched by another instance
			}
			l := &lease{lost: lost, release: release}
			m.mu.Lock()
			t, still := m.wanted[id]
			if m.stopped || !still {
				m.mu.Unlock()
				release()
				continue
			}
			delete(m.wanted, id)
			m.leases[id] = l
			m.log.Info("push: this instance watches the folder", slog.Int("folder", id))
			m.apply(id, t, true, 0)
			m.mu.Unlock()
			m.wg.Add(1)
			go m.keepLease(id, l)
		}
		select {
		case <-m.ctx.Done():
			return
		case <-t.C:
		case <-m.leaseKick:
		}
	}
}

// keepLease stops the folder's watcher when its lease is lost, before
// another instance can start one, and wants the lease back.
func (m *Manager) keepLease(id int, l *lease) {
	defer m.wg.Done()
	select {
	case <-m.ctx.Done():
		return
	case <-l.lost:
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.leases[id] != l {
		return // given back already
	}
	delete(m.leases, id)
	if w := m.watchers[id]; w != nil {
		m.log.Warn("push: lost the watch lease; stopping the watcher", slog.Int("folder", id))
		w.cancel()
		delete(m.watchers, id)
		if !m.stopped {
			m.wanted[id] = w.target
		}
	}
	select {
	case m.leaseKick <- struct{}{}:
	default:
	}
}

// releaseLeases gives back every lease on Stop.
func (m *Manager) releaseLeases() {
	m.mu.Lock()
	held := m.leases
	m.leases = make(map[int]*lease)
	clear(m.wanted)
	m.mu.Unlock()
	for _, l := range held {
		l.release()
	}
}
