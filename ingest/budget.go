package ingest

import (
	"context"
	"sync"

	"golang.org/x/sync/semaphore"
)

// DefaultMemoryBudget bounds the bytes of messages in flight when
// Options.MemoryBudget is 0.
const DefaultMemoryBudget = 128 << 20

// perMessage is charged for every message besides its bytes: the item, the
// parsed headers and addresses, the ledger row.
const perMessage = 4 << 10

// budget bounds the bytes of the messages a service holds between the
// network and the commit — raw bytes read into memory, parsed text and
// HTML — across all of its runs. The network goroutine reserves before it
// reads a message; the committer releases when the message's batch is
// committed. A message larger than the whole budget takes all of it (its
// raw bytes are streamed to the blob store as ever), so one such message is
// in flight at a time.
type budget struct {
	max int64
	sem *semaphore.Weighted

	mu        sync.Mutex
	held, top int64 // bytes reserved now, and the most ever (tests)
}

func newBudget(max int64) *budget {
	return &budget{max: max, sem: semaphore.NewWeighted(max)}
}

// cost is what a message of size bytes is charged: what parsing and
// indexing make of it (text and HTML decoded, grown in buffers, copied into
// the database and its full-text index's pending terms: measured at about
// twice the raw size), plus the raw bytes when they are read into memory.
// size < 0: unknown, charged as the largest message read into memory.
func (b *budget) cost(size, inMemory int64) int64 {
	if size < 0 {
		size = inMemory
	}
	c := perMessage + 2*size
	if size <= inMemory {
		c += size
	}
	return min(c, b.max)
}

func (b *budget) tryAcquire(n int64) bool {
	if !b.sem.TryAcquire(n) {
		return false
	}
	b.note(n)
	return true
}

func (b *budget) acquire(ctx context.Context, n int64) error {
	if err := b.sem.Acquire(ctx, n); err != nil {
		return err
	}
	b.note(n)
	return nil
}

func (b *budget) note(n int64) {
	b.mu.Lock()
	b.held += n
	b.top = max(b.top, b.held)
	b.mu.Unlock()
}

func (b *budget) release(n int64) {
	if n <= 0 {
		return
	}
	b.mu.Lock()
	b.held -= n
	b.mu.Unlock()
	b.sem.Release(n)
}

// peak is the most bytes ever reserved at once.
func (b *budget) peak() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.top
}

// reserve charges it for a message of size bytes (-1: unknown) before it is
// read. When the budget is spent, the batch being filled is handed to the
// committer first — its messages hold part of the budget and only a commit
// gives it back — and reserve waits with a new, empty batch, which it
// returns; the caller goes on filling that one.
func (p *pipeline) reserve(b *batch, it *item, size int64) (*batch, error) {
	bg := p.s.budget
	n := bg.cost(size, p.s.opts.InMemoryLimit)
	if bg.tryAcquire(n) {
		it.charge = n
		return b, nil
	}
	if len(b.items) > 0 {
		p.submit(b)
		b = &batch{}
	}
	if err := bg.acquire(p.ctx, n); err != nil {
		return b, errStopped
	}
	it.charge = n
	return b, nil
}

// refund gives back what it was charged (its message was not kept, or its
// batch is committed).
func (p *pipeline) refund(it *item) {
	p.s.budget.release(it.charge)
	it.charge = 0
}
