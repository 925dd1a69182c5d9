package events

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/cluster"
	"mailroom/internal/pgtest"
)

func newPGBus(t *testing.T, dsn string, opts PGOptions) (*PGBus, *pgxpool.Pool) {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	b, err := NewPGBus(context.Background(), pool, slog.New(slog.NewTextHandler(io.Discard, nil)), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	return b, pool
}

func receive(t *testing.T, ch <-chan Event, within time.Duration) (Event, bool) {
	t.Helper()
	if within == 0 {
		select {
		case e := <-ch:
			return e, true
		default:
			return Event{}, false
		}
	}
	select {
	case e := <-ch:
		return e, true
	case <-time.After(within):
		return Event{}, false
	}
}

// A subscriber on instance A sees what instance B publishes, once, with the
// IDs and counts only; B's own subscriber gets it once too (not again from
// its own notification); other folders see nothing.
func TestPGBusAcrossInstances(t *testing.T) {
	dsn := pgtest.DSN(t)
	a, _ := newPGBus(t, dsn, PGOptions{Complete: func(_ context.Context, e Event) Event {
		if e.Type == FetchFailed {
			e.Error = "loaded on A"
		}
		return e
	}})
	b, _ := newPGBus(t, dsn, PGOptions{})
	onA, cancelA := a.Subscribe(7)
	defer cancelA()
	otherA, cancelOther := a.Subscribe(8)
	defer cancelOther()
	onB, cancelB := b.Subscribe(7)
	defer cancelB()

	var worst time.Duration
	for i := range 20 {
		sent := time.Now()
		b.Publish(Event{Type: EmailAdded, FolderID: 7, EmailID: 100 + i})
		e, ok := receive(t, onA, 5*time.Second)
		if !ok {
			t.Fatalf("event %d did not reach instance A", i)
		}
		worst = max(worst, time.Since(sent))
		if e.Type != EmailAdded || e.FolderID != 7 || e.EmailID != 100+i || e.At.IsZero() {
			t.Fatalf("A got %+v", e)
		}
		if e, ok := receive(t, onB, time.Second); !ok || e.EmailID != 100+i {
			t.Fatalf("B's own subscriber got %+v, %v", e, ok)
		}
	}
	t.Logf("latency from B's Publish to A's subscriber: at most %v over 20 events", worst)

	b.Publish(Event{Type: FetchFailed, FolderID: 7, Imported: 3, Remaining: 2, Error: "secret host name"})
	e, ok := receive(t, onA, 5*time.Second)
	if !ok || e.Imported != 3 || e.Remaining != 2 || e.Error != "loaded on A" {
		t.Fatalf("A got %+v, %v (the error text must not travel, Complete fills it)", e, ok)
	}
	if e, ok := receive(t, onB, time.Second); !ok || e.Error != "secret host name" {
		t.Fatalf("B's own subscriber got %+v, %v", e, ok)
	}
	time.Sleep(200 * time.Millisecond)
	for _, ch := range []<-chan Event{onA, onB, otherA} {
		if e, ok := receive(t, ch, 0); ok {
			t.Fatalf("extra event %+v", e)
		}
	}
}

// When the listening connection dies (the database restarted, an
// administrator killed it), the bus reconnects and events flow again.
func TestPGBusReconnects(t *testing.T) {
	dsn := pgtest.DSN(t)
	a, pool := newPGBus(t, dsn, PGOptions{Listen: cluster.ListenOptions{MinBackoff: 20 * time.Millisecond}})
	b, _ := newPGBus(t, dsn, PGOptions{})
	onA, cancel := a.Subscribe(1)
	defer cancel()

	var killed int
	if err := pool.QueryRow(context.Background(), `SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
		WHERE application_name = 'mailroom-listen-' || $1 AND pid <> pg_backend_pid()`, Channel).Scan(&killed); err != nil || killed != 2 {
		t.Fatalf("terminated %d listening connections: %v", killed, err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for i := 1; ; i++ {
		b.Publish(Event{Type: EmailAdded, FolderID: 1, EmailID: i})
		if e, ok := receive(t, onA, 200*time.Millisecond); ok {
			if e.EmailID != i {
				t.Fatalf("got %+v", e)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("no event after the listening connection was killed")
		}
	}
	if a.listener.Reconnects.Load() == 0 {
		t.Fatal("A did not reconnect")
	}
}

// A user's alert crosses instances: the notification's ID travels (its text
// stays in the database), on the user's topic.
func TestPGBusCarriesNotifications(t *testing.T) {
	dsn := pgtest.DSN(t)
	a, _ := newPGBus(t, dsn, PGOptions{})
	b, _ := newPGBus(t, dsn, PGOptions{})
	onA, cancel := a.Subscribe(UserTopic(42))
	defer cancel()
	b.Publish(Event{Type: NotificationAdded, FolderID: UserTopic(42), NotificationID: 9001})
	e, ok := receive(t, onA, 5*time.Second)
	if !ok || e.Type != NotificationAdded || e.NotificationID != 9001 {
		t.Fatalf("A got %+v, %v", e, ok)
	}
}
