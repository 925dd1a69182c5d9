package cluster

import (
	"context"
	"io"
	"log/slog"
	"testing"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/auth"
	"mailroom/internal/pgtest"
)

func ended(ctx context.Context, within time.Duration) bool {
	select {
	case <-ctx.Done():
		return true
	case <-time.After(within):
		return false
	}
}

// A session ended on instance B closes its websockets on instance A: one
// session by its token hash, or every session of a user but one.
func TestSessionsEndOnEveryInstance(t *testing.T) {
	dsn := pgtest.DSN(t)
	ctx := context.Background()
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	instance := func() *Sessions {
		pool, err := pgxpool.New(ctx, dsn)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(pool.Close)
		s, err := NewSessions(ctx, pool, quiet, ListenOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		return s
	}
	a, b := instance(), instance()
	var _ auth.Sessions = a

	one, cancel1 := a.Watch(ctx, 5, "hash-one")
	defer cancel1()
	kept, cancel2 := a.Watch(ctx, 5, "hash-kept")
	defer cancel2()
	other, cancel3 := a.Watch(ctx, 5, "hash-other")
	defer cancel3()
	stranger, cancel4 := a.Watch(ctx, 6, "hash-stranger")
	defer cancel4()

	b.End(ctx, auth.SessionEnd{TokenHash: "hash-one"})
	if !ended(one, 5*time.Second) {
		t.Fatal("the session signed out on B still runs on A")
	}
	b.End(ctx, auth.SessionEnd{UserID: 5, Except: "hash-kept"})
	if !ended(other, 5*time.Second) {
		t.Fatal("sign-out everywhere on B did not reach A")
	}
	time.Sleep(200 * time.Millisecond)
	if kept.Err() != nil || stranger.Err() != nil {
		t.Fatalf("ended too much: kept %v, another user's %v", kept.Err(), stranger.Err())
	}
}
