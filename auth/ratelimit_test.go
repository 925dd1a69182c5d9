package auth

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"mailroom/auth/viewer"
)

// Failures of one (user, address) pair make its next attempt wait longer
// and longer, without locking the user out from elsewhere.
func TestSignInDelaysGrow(t *testing.T) {
	s, ctx := newService(t)
	clock := time.Now()
	s.limiter.now = func() time.Time { return clock }
	attacker := WithClientIP(ctx, "192.0.2.7")
	for range pairFreeFailures {
		if _, _, err := s.Login(attacker, "admin", "wrong"); err != ErrBadCredentials {
			t.Fatal(err)
		}
	}
	for _, wait := range []time.Duration{time.Second, 2 * time.Second, 4 * time.Second} {
		// Even the right password waits now, with a clear error.
		if _, _, err := s.Login(attacker, "admin", "admin-password"); !errors.Is(err, ErrTooManyAttempts) ||
			!strings.Contains(err.Error(), fmt.Sprintf("try again in %d seconds", int(wait.Seconds()))) {
			t.Fatalf("throttled: %v", err)
		}
		clock = clock.Add(wait)
		if _, _, err := s.Login(attacker, "admin", "wrong"); err != ErrBadCredentials {
			t.Fatalf("after %v: %v", wait, err)
		}
	}
	// Admin signs in from another address meanwhile: no lockout.
	if _, _, err := s.Login(WithClientIP(ctx, "198.51.100.1"), "admin", "admin-password"); err != nil {
		t.Fatalf("admin locked out by someone else's failures: %v", err)
	}
	// The delay is capped, and a success forgets the pair's failures.
	for range 30 {
		clock = clock.Add(maxDelay)
		s.Login(attacker, "admin", "wrong")
	}
	if _, _, err := s.Login(attacker, "admin", "wrong"); !strings.Contains(fmt.Sprint(err), "try again in 15 minutes") {
		t.Fatalf("capped delay: %v", err)
	}
	clock = clock.Add(maxDelay)
	if _, _, err := s.Login(attacker, "admin", "admin-password"); err != nil {
		t.Fatal(err)
	}
	if f := s.limiter.keys["user:admin|192.0.2.7"]; f != nil {
		t.Fatalf("failures kept after a success: %+v", f)
	}
}

// One address trying many user names is slowed down too.
func TestSignInAddressThrottle(t *testing.T) {
	s, ctx := newService(t)
	clock := time.Now()
	s.limiter.now = func() time.Time { return clock }
	sprayer := WithClientIP(ctx, "192.0.2.8")
	for i := range addressFreeFailures {
		if _, _, err := s.Login(sprayer, fmt.Sprintf("user%d", i), "x"); err != ErrBadCredentials {
			t.Fatal(err)
		}
	}
	if _, _, err := s.Login(sprayer, "yet-another", "x"); !errors.Is(err, ErrTooManyAttempts) {
		t.Fatalf("address not throttled: %v", err)
	}
}

// 200 wrong sign-ins sent at once: the attempt is reserved before the
// password is checked, so only the free ones are evaluated.
func TestParallelWrongLogins(t *testing.T) {
	s, ctx := newService(t)
	var checked atomic.Int32
	s.check = func(hash, pw string) (bool, error) { checked.Add(1); return CheckPassword(hash, pw) }
	attacker := WithClientIP(ctx, "192.0.2.9")
	var wg sync.WaitGroup
	var bad, throttled atomic.Int32
	for range 200 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := s.Login(attacker, "admin", "wrong")
			switch {
			case err == ErrBadCredentials:
				bad.Add(1)
			case errors.Is(err, ErrTooManyAttempts):
				throttled.Add(1)
			default:
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if checked.Load() > pairFreeFailures || bad.Load() != checked.Load() || throttled.Load() != 200-bad.Load() {
		t.Fatalf("%d passwords checked, %d wrong, %d throttled", checked.Load(), bad.Load(), throttled.Load())
	}
}

// Concurrent argon2 checks are bounded; past a short wait the excess is
// refused as too many attempts rather than queued without end.
func TestConcurrentHashingIsBounded(t *testing.T) {
	s, ctx := newService(t)
	s.hashes = newHashGate(2, 100*time.Millisecond)
	var running, most atomic.Int32
	s.check = func(hash, pw string) (bool, error) {
		n := running.Add(1)
		defer running.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(150 * time.Millisecond)
		return CheckPassword(hash, pw)
	}
	var wg sync.WaitGroup
	var busy atomic.Int32
	for i := range 20 { // different addresses: the throttle lets every one through
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, _, err := s.Login(WithClientIP(ctx, fmt.Sprintf("192.0.2.%d", i)), "admin", "wrong")
			if errors.Is(err, ErrTooManyAttempts) {
				busy.Add(1)
			} else if err != ErrBadCredentials {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if most.Load() > 2 || busy.Load() == 0 {
		t.Fatalf("at most %d checks at once, %d refused as busy", most.Load(), busy.Load())
	}
	// A refusal for busyness is not a failure of the pair.
	if f := s.limiter.keys["user:admin|192.0.2.0"]; f != nil && f.count > 1 {
		t.Fatalf("busy refusals counted: %+v", f)
	}
}

// Guessing the current password through changePassword is throttled as a
// sign-in is.
func TestChangePasswordThrottled(t *testing.T) {
	s, ctx := newService(t)
	u, err := s.CreateUser(viewer.SystemContext(ctx), NewUser{Username: "ann", Password: "ann-password-1"})
	if err != nil {
		t.Fatal(err)
	}
	tok, _, _ := s.Login(ctx, "ann", "ann-password-1")
	v, _ := s.Authenticate(ctx, tok)
	stolen := WithClientIP(WithToken(viewer.NewContext(ctx, v), tok), "192.0.2.10")
	for range pairFreeFailures {
		if err := s.ChangePassword(stolen, "guess", "new-password-1"); err == nil || errors.Is(err, ErrTooManyAttempts) {
			t.Fatalf("wrong current password: %v", err)
		}
	}
	if err := s.ChangePassword(stolen, "ann-password-1", "new-password-1"); !errors.Is(err, ErrTooManyAttempts) {
		t.Fatalf("not throttled: %v", err)
	}
	_ = u
}

// MAILROOM_ADMIN_PASSWORD obeys the same minimum length as other passwords.
func TestBootstrapPasswordLength(t *testing.T) {
	s, ctx := newService(t)
	sys := viewer.SystemContext(ctx)
	s.client.Token.Delete().ExecX(sys)
	s.client.User.Delete().ExecX(sys)
	_, err := s.Bootstrap(ctx, strings.Repeat("x", MinPasswordLength-1))
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "MAILROOM_ADMIN_PASSWORD" {
		t.Fatalf("short bootstrap password: %v", err)
	}
	if n := s.client.User.Query().CountX(sys); n != 0 {
		t.Fatalf("%d users created", n)
	}
	if _, err := s.Bootstrap(ctx, strings.Repeat("x", MinPasswordLength)); err != nil {
		t.Fatal(err)
	}
}
