package blob

import (
	"io"
	"sync"
)

// Garbage collection and reuse of a blob must not cross: ingest writes a
// message's blobs (or finds them already there, same bytes) before the
// transaction that refers to them commits, and a purge at that moment sees
// no reference and would remove what the new email is about to use.
//
// A Lease pins every blob written through it from the moment it is in place
// until Release (called once the caller's transaction has committed or
// failed). Collect, under the same per-digest lock as the pinning, leaves a
// pinned blob alone and checks it again when the last lease on it goes; an
// unpinned one it removes only if the caller's check, run under that lock,
// still finds no reference.
//
// This holds within one process, the only deployment today. Several
// instances sharing the blob store need the pin where all of them see it:
// a row per pinned digest in the shared database (with an expiry for a
// crashed instance), inserted and committed before the blob is linked, and
// a per-digest lock across instances (pg_advisory_xact_lock) held by
// Collect while it checks references and pins and removes the file. The
// Lease and Collect calls stay as they are.

// stripes of the per-digest locks: digests are uniform, the first byte spreads them.
const stripes = 256

type pins struct {
	locks [stripes]sync.Mutex

	mu       sync.Mutex
	count    map[string]int
	deferred map[string]func() (bool, error) // Collect found these pinned
}

func (p *pins) lock(sum string) *sync.Mutex {
	var b byte
	if len(sum) >= 2 {
		b = unhex(sum[0])<<4 | unhex(sum[1])
	}
	return &p.locks[b]
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return 0
}

func (p *pins) add(sum string) {
	p.mu.Lock()
	if p.count == nil {
		p.count = map[string]int{}
	}
	p.count[sum]++
	p.mu.Unlock()
}

// drop unpins sum and returns the check Collect left for it when it was the last pin.
func (p *pins) drop(sum string) func() (bool, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.count[sum]--
	if p.count[sum] > 0 {
		return nil
	}
	delete(p.count, sum)
	check := p.deferred[sum]
	delete(p.deferred, sum)
	return check
}

// pinned reports whether sum is pinned; if so it keeps unused for the release.
func (p *pins) pinned(sum string, unused func() (bool, error)) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.count[sum] == 0 {
		return false
	}
	if p.deferred == nil {
		p.deferred = map[string]func() (bool, error){}
	}
	p.deferred[sum] = unused
	return true
}

// Lease pins the blobs written through it until Release.
type Lease struct {
	s    *Store
	mu   sync.Mutex
	sums []string
}

// Lease starts a lease on the store.
func (s *Store) Lease() *Lease { return &Lease{s: s} }

// Create starts a new blob that is pinned as soon as it is committed.
func (l *Lease) Create() (*Writer, error) {
	w, err := l.s.Create()
	if err != nil {
		return nil, err
	}
	w.lease = l
	return w, nil
}

// Put is Store.Put, the blob pinned.
func (l *Lease) Put(r io.Reader) (string, int64, error) { return put(l.Create, r) }

func (l *Lease) hold(sum string) {
	l.s.pins.add(sum)
	l.mu.Lock()
	l.sums = append(l.sums, sum)
	l.mu.Unlock()
}

// Release unpins the lease's blobs, after the transaction that refers to
// them has committed (or failed), and collects those a purge skipped while
// they were pinned and that are still unused. It returns the first error of
// those collections; the lease is released in any case.
func (l *Lease) Release() error {
	l.mu.Lock()
	sums := l.sums
	l.sums = nil
	l.mu.Unlock()
	var first error
	for _, sum := range sums {
		if check := l.s.pins.drop(sum); check != nil {
			if err := l.s.Collect(sum, check); err != nil && first == nil {
				first = err
			}
		}
	}
	return first
}

// Collect removes the blob sum if unused, called under the digest's lock,
// reports it unused and no lease pins it; a pinned blob is checked again
// when released. unused must look at committed references (emails and
// attachments), not at what the caller is about to delete.
func (s *Store) Collect(sum string, unused func() (bool, error)) error {
	mu := s.pins.lock(sum)
	mu.Lock()
	defer mu.Unlock()
	if s.pins.pinned(sum, unused) {
		return nil
	}
	ok, err := unused()
	if err != nil || !ok {
		return err
	}
	return s.Remove(sum)
}
