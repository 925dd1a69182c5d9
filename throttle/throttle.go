// Package throttle bounds how often one key (a user, an address) may do
// something costly: a sliding window of the last N events per key.
package throttle

import (
	"fmt"
	"sync"
	"time"
)

// Error is a refused event. It says in words how long to wait.
type Error struct {
	What string
	Wait time.Duration
}

func (e *Error) Error() string {
	secs := int((e.Wait + time.Second - 1) / time.Second)
	return fmt.Sprintf("too many %s: try again in %d seconds", e.What, max(secs, 1))
}

// Limiter allows at most Max events per key within Window.
type Limiter struct {
	max    int
	window time.Duration
	what   string
	now    func() time.Time

	mu     sync.Mutex
	events map[string][]time.Time
	calls  int
}

// New returns a limiter of max events per window; what names the events in
// the error ("connection tests").
func New(max int, window time.Duration, what string) *Limiter {
	return &Limiter{max: max, window: window, what: what, now: time.Now, events: map[string][]time.Time{}}
}

// Allow records an event of key, or returns an *Error when key already had
// max events within the window (the refused event is not counted).
func (l *Limiter) Allow(key string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.calls++
	if l.calls%1024 == 0 {
		l.sweep(now) // keys that went quiet must not pile up
	}
	ts := l.recent(key, now)
	if len(ts) >= l.max {
		return &Error{What: l.what, Wait: ts[0].Add(l.window).Sub(now)}
	}
	l.events[key] = append(ts, now)
	return nil
}

// recent drops the events of key older than the window; l.mu is held.
func (l *Limiter) recent(key string, now time.Time) []time.Time {
	ts := l.events[key]
	i := 0
	for i < len(ts) && now.Sub(ts[i]) >= l.window {
		i++
	}
	ts = ts[i:]
	if len(ts) == 0 {
		delete(l.events, key)
		return nil
	}
	return ts
}

func (l *Limiter) sweep(now time.Time) {
	for k := range l.events {
		if ts := l.recent(k, now); ts != nil {
			l.events[k] = ts
		}
	}
}
