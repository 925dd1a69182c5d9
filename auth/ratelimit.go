package auth

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// ErrTooManyAttempts is returned by Login and ChangePassword while a user
// name and address have failed too often, or while the server is busy
// checking other passwords.
var ErrTooManyAttempts = errors.New("too many failed sign-ins")

// Sign-in throttling: growing delays rather than a lockout, so that nobody
// can lock "admin" out by failing on purpose from elsewhere. Each failure of
// a (user name, address) pair doubles the wait before its next attempt once
// pairFreeFailures have been spent; an address alone gets more room
// (addressFreeFailures) so that trying many user names from one address
// slows down too. A key is forgotten after forgetAfter without a failure.
const (
	pairFreeFailures    = 5
	addressFreeFailures = 30
	baseDelay           = time.Second
	maxDelay            = 15 * time.Minute
	forgetAfter         = time.Hour
)

// limitKey is one throttled thing and how many failures it may have at once.
type limitKey struct {
	name string
	free int
}

type failures struct {
	count int
	last  time.Time
}

// limiter counts recent failed sign-ins per key.
type limiter struct {
	mu    sync.Mutex
	keys  map[string]*failures
	now   func() time.Time
	sweep int
}

func newLimiter() *limiter {
	return &limiter{keys: map[string]*failures{}, now: time.Now}
}

// outcome of an attempt, given to the release function of reserve.
type outcome int

const (
	succeeded  outcome = iota // right password: the pair's failures are forgotten
	failed                    // wrong password: the reserved failure stays
	notChecked                // nothing was learnt (server busy, internal error): the reservation is undone
)

// reserve counts an attempt as a failure before the password is checked,
// under one lock, so that parallel attempts see each other: of 200 wrong
// sign-ins sent at once, pairFreeFailures are checked and the rest wait.
// The caller reports the outcome with the returned function.
func (l *limiter) reserve(keys ...limitKey) (func(outcome), error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if l.sweep++; l.sweep >= 1000 {
		l.sweep = 0
		for k, f := range l.keys {
			if now.Sub(f.last) > forgetAfter {
				delete(l.keys, k)
			}
		}
	}
	for _, k := range keys {
		f := l.keys[k.name]
		if f == nil || now.Sub(f.last) > forgetAfter || f.count < k.free {
			continue
		}
		if wait := delayAfter(f.count-k.free) - now.Sub(f.last); wait > 0 {
			return nil, fmt.Errorf("%w: try again in %s", ErrTooManyAttempts, roundUp(wait))
		}
	}
	for _, k := range keys {
		f := l.keys[k.name]
		if f == nil || now.Sub(f.last) > forgetAfter {
			f = &failures{}
			l.keys[k.name] = f
		}
		f.count++
		f.last = now
	}
	return func(o outcome) {
		l.mu.Lock()
		defer l.mu.Unlock()
		switch o {
		case succeeded:
			delete(l.keys, keys[0].name)
			for _, k := range keys[1:] {
				l.undo(k.name)
			}
		case notChecked:
			for _, k := range keys {
				l.undo(k.name)
			}
		}
	}, nil
}

func (l *limiter) undo(key string) {
	if f := l.keys[key]; f != nil {
		if f.count--; f.count <= 0 {
			delete(l.keys, key)
		}
	}
}

// delayAfter is the wait after n failures beyond the free ones: 1 s, 2 s, 4 s, … up to maxDelay.
func delayAfter(n int) time.Duration {
	if n >= 20 {
		return maxDelay
	}
	return min(baseDelay<<n, maxDelay)
}

func roundUp(d time.Duration) string {
	if d <= time.Minute {
		return fmt.Sprintf("%d seconds", max(int((d+time.Second-1)/time.Second), 1))
	}
	return fmt.Sprintf("%d minutes", int((d+time.Minute-1)/time.Minute))
}

// signInKeys are the throttled keys of an attempt by address ip on a
// subject ("user:alice", "password:42"): the pair first, then the address.
func signInKeys(subject, ip string) []limitKey {
	keys := []limitKey{{name: subject + "|" + ip, free: pairFreeFailures}}
	if ip != "" {
		keys = append(keys, limitKey{name: "ip|" + ip, free: addressFreeFailures})
	}
	return keys
}

// hashGate bounds the argon2 evaluations running at once: each takes
// argonMemory (19 MiB), so 2,000 parallel sign-ins must not run together.
// An evaluation that cannot start within wait is refused as too many attempts.
type hashGate struct {
	slots chan struct{}
	wait  time.Duration
}

func newHashGate(n int, wait time.Duration) *hashGate {
	return &hashGate{slots: make(chan struct{}, n), wait: wait}
}

// defaultHashGate allows one evaluation per core (at least two) and waits 2 s.
func defaultHashGate() *hashGate { return newHashGate(max(2, runtime.NumCPU()), 2*time.Second) }

var errHashBusy = fmt.Errorf("%w: the server is busy checking other passwords, try again in a moment", ErrTooManyAttempts)

// run calls fn once a slot is free.
func (g *hashGate) run(ctx context.Context, fn func()) error {
	t := time.NewTimer(g.wait)
	defer t.Stop()
	select {
	case g.slots <- struct{}{}:
	case <-t.C:
		return errHashBusy
	case <-ctx.Done():
		return ctx.Err()
	}
	defer func() { <-g.slots }()
	fn()
	return nil
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
