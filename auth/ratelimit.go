package auth

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// ErrTooManyAttempts is returned by Login while a user name or an address
// has failed too often.
var ErrTooManyAttempts = errors.New("too many failed sign-ins")

// Sign-in throttling: after maxFailures failures within failureWindow, a user
// name (or a client address) must wait until the window has passed.
const (
	maxFailures   = 10
	failureWindow = 15 * time.Minute
)

// limiter counts recent failed sign-ins per key ("user:alice", "ip:10.0.0.1").
type limiter struct {
	mu       sync.Mutex
	failures map[string][]time.Time
	now      func() time.Time
}

func newLimiter() *limiter {
	return &limiter{failures: map[string][]time.Time{}, now: time.Now}
}

// check returns an error when one of keys is throttled.
func (l *limiter) check(keys ...string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for _, k := range keys {
		recent := l.prune(k, now)
		if len(recent) >= maxFailures {
			wait := recent[0].Add(failureWindow).Sub(now).Round(time.Minute)
			return fmt.Errorf("%w: try again in %d minutes", ErrTooManyAttempts, max(int(wait.Minutes()), 1))
		}
	}
	return nil
}

func (l *limiter) fail(keys ...string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	for _, k := range keys {
		l.failures[k] = append(l.prune(k, now), now)
	}
}

func (l *limiter) reset(key string) {
	l.mu.Lock()
	delete(l.failures, key)
	l.mu.Unlock()
}

// prune drops failures older than the window; the caller holds mu.
func (l *limiter) prune(key string, now time.Time) []time.Time {
	ts := l.failures[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) > failureWindow {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(l.failures, key)
		return nil
	}
	l.failures[key] = ts
	return ts
}

type ipKey struct{}

// WithClientIP records the client's address for sign-in throttling.
func WithClientIP(ctx context.Context, ip string) context.Context {
	return context.WithValue(ctx, ipKey{}, ip)
}

func clientIP(ctx context.Context) string {
	ip, _ := ctx.Value(ipKey{}).(string)
	return ip
}
