package cluster

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
)

// Listener hands the notifications of one PostgreSQL channel to a function,
// on a connection of its own that is made again, with backoff, whenever it
// is lost. Notifications sent while it is down are not replayed.
type Listener struct {
	stop context.CancelFunc
	done sync.WaitGroup
	// Reconnects counts the connections made again (tests, logs).
	Reconnects atomic.Int64
}

// ListenOptions tune a Listener; the zero value is right for production.
type ListenOptions struct {
	// MinBackoff and MaxBackoff bound the wait before reconnecting
	// (default 100 ms and 10 s).
	MinBackoff, MaxBackoff time.Duration
}

// Listen starts listening on channel and returns once it listens; handle
// runs on the listener's goroutine, one notification at a time.
func Listen(ctx context.Context, pool *pgxpool.Pool, channel string, log *slog.Logger, opts ListenOptions,
	handle func(ctx context.Context, payload string)) (*Listener, error) {
	if opts.MinBackoff <= 0 {
		opts.MinBackoff = 100 * time.Millisecond
	}
	if opts.MaxBackoff < opts.MinBackoff {
		opts.MaxBackoff = max(10*time.Second, opts.MinBackoff)
	}
	connect := func(ctx context.Context) (*pgx.Conn, error) {
		cfg := pool.Config().ConnConfig.Copy()
		cfg.RuntimeParams["application_name"] = "mailroom-listen-" + channel
		conn, err := pgx.ConnectConfig(ctx, cfg)
		if err != nil {
			return nil, fmt.Errorf("listen on %s: %w", channel, err)
		}
		if _, err := conn.Exec(ctx, "LISTEN "+pgx.Identifier{channel}.Sanitize()); err != nil {
			conn.Close(context.Background())
			return nil, fmt.Errorf("listen on %s: %w", channel, err)
		}
		return conn, nil
	}
	conn, err := connect(ctx)
	if err != nil {
		return nil, err
	}
	runCtx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	l := &Listener{stop: cancel}
	l.done.Add(1)
	go func() {
		defer l.done.Done()
		backoff := opts.MinBackoff
		for {
			for conn != nil {
				n, err := conn.WaitForNotification(runCtx)
				if err != nil {
					conn.Close(context.Background())
					conn = nil
					if runCtx.Err() != nil {
						return
					}
					log.Warn("cluster: lost a listening connection; reconnecting", slog.String("channel", channel), slog.Any("error", err))
					break
				}
				backoff = opts.MinBackoff
				handle(runCtx, n.Payload)
			}
			select {
			case <-runCtx.Done():
				return
			case <-time.After(backoff):
			}
			backoff = min(backoff*2, opts.MaxBackoff)
			c, err := connect(runCtx)
			if err != nil {
				if runCtx.Err() == nil {
					log.Warn("cluster: reconnect", slog.Any("error", err))
				}
				continue
			}
			l.Reconnects.Add(1)
			conn = c
		}
	}()
	return l, nil
}

// Close stops listening.
func (l *Listener) Close() {
	l.stop()
	l.done.Wait()
}
