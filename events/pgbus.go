package events

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/cluster"
)

// Channel is the PostgreSQL notification channel of the events.
const Channel = "mailroom_events"

// PGBus is the Bus of a cluster: instances sharing one PostgreSQL database
// see each other's events through LISTEN/NOTIFY. An event goes to this
// instance's subscribers at once and to the others as a notification that
// carries IDs, counts and the time only (no subject, sender or error text:
// any role that may LISTEN on the database could read it); each instance
// re-publishes what it receives to its own subscribers, which load rows
// with their own permissions.
//
// Events are best-effort, as on the in-process Hub: those sent while an
// instance's listening connection is down are lost for that instance, which
// reconnects with backoff.
type PGBus struct {
	local *Hub
	pool  *pgxpool.Pool
	log   *slog.Logger
	opts  PGOptions
	self  string // this instance, to skip its own notifications

	out      chan wire
	listener *cluster.Listener
	stop     context.CancelFunc
	done     sync.WaitGroup

	dropped atomic.Int64 // events the other instances were not told of
}

// PGOptions tune the bus; the zero value is right for production.
type PGOptions struct {
	// Complete fills in what a notification leaves out (the error text of
	// FetchFailed) on the receiving instance; optional.
	Complete func(ctx context.Context, e Event) Event
	// Listen tunes the reconnection of the listening connection.
	Listen cluster.ListenOptions
}

// wire is a notification payload; short keys keep it far below
// PostgreSQL's 8000-byte limit.
type wire struct {
	Instance   string `json:"i"`
	Type       Type   `json:"t"`
	FolderID   int    `json:"f"`
	EmailID    int    `json:"e,omitempty"`
	Imported   int    `json:"n,omitempty"`
	Duplicates int    `json:"d,omitempty"`
	Failed     int    `json:"x,omitempty"`
	Remaining  int    `json:"r,omitempty"`
	// Notification is NotificationAdded's alert (its text stays in the database).
	Notification int   `json:"o,omitempty"`
	At           int64 `json:"at"` // Unix nanoseconds
}

// sendQueue is how many events may wait for NOTIFY before new ones are
// dropped for the other instances (never for this one's subscribers).
const sendQueue = 4096

// NewPGBus listens on pool's database and returns once listening; it then
// keeps a dedicated connection for LISTEN (reconnecting when it is lost)
// and sends NOTIFY through the pool. Close stops both.
func NewPGBus(ctx context.Context, pool *pgxpool.Pool, log *slog.Logger, opts PGOptions) (*PGBus, error) {
	var id [8]byte
	_, _ = rand.Read(id[:])
	b := &PGBus{local: NewHub(), pool: pool, log: log, opts: opts, self: hex.EncodeToString(id[:]),
		out: make(chan wire, sendQueue)}
	l, err := cluster.Listen(ctx, pool, Channel, log, opts.Listen, b.deliver)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	b.listener = l
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	b.stop = cancel
	b.done.Add(1)
	go b.send(runCtx)
	return b, nil
}

// Close stops listening and sending; events still queued are dropped.
func (b *PGBus) Close() {
	b.listener.Close()
	b.stop()
	b.done.Wait()
}

// Publish delivers e to this instance's subscribers and queues it for the others.
func (b *PGBus) Publish(e Event) {
	if e.At.IsZero() {
		e.At = time.Now()
	}
	b.local.Publish(e)
	w := wire{Instance: b.self, Type: e.Type, FolderID: e.FolderID, EmailID: e.EmailID, Imported: e.Imported,
		Duplicates: e.Duplicates, Failed: e.Failed, Remaining: e.Remaining, Notification: e.NotificationID, At: e.At.UnixNano()}
	select {
	case b.out <- w:
	default:
		if b.dropped.Add(1)%1000 == 1 {
			b.log.Warn("events: the other instances are not told of every event (NOTIFY is behind)")
		}
	}
}

// Subscribe delivers the events of folderID, from any instance.
func (b *PGBus) Subscribe(folderID int) (<-chan Event, func()) { return b.local.Subscribe(folderID) }

func (b *PGBus) deliver(ctx context.Context, payload string) {
	var w wire
	if err := json.Unmarshal([]byte(payload), &w); err != nil || w.FolderID <= 0 {
		b.log.Warn("events: ignored a malformed notification", slog.Int("bytes", len(payload)))
		return
	}
	if w.Instance == b.self {
		return // already delivered here by Publish
	}
	e := Event{Type: w.Type, FolderID: w.FolderID, EmailID: w.EmailID, Imported: w.Imported,
		Duplicates: w.Duplicates, Failed: w.Failed, Remaining: w.Remaining, NotificationID: w.Notification, At: time.Unix(0, w.At)}
	if b.opts.Complete != nil {
		e = b.opts.Complete(ctx, e)
	}
	b.local.Publish(e)
}

// send turns queued events into notifications, in order.
func (b *PGBus) send(ctx context.Context) {
	defer b.done.Done()
	for {
		var w wire
		select {
		case <-ctx.Done():
			return
		case w = <-b.out:
		}
		payload, _ := json.Marshal(w)
		sendCtx, cancel := context.WithTimeout(ctx, 5*time.Second)
		_, err := b.pool.Exec(sendCtx, "SELECT pg_notify($1, $2)", Channel, string(payload))
		cancel()
		if err != nil && !errors.Is(err, context.Canceled) {
			b.log.Warn("events: notify the other instances", slog.Any("error", err))
		}
	}
}
