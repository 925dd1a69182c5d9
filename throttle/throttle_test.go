package throttle

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestLimiter(t *testing.T) {
	now := time.Unix(1000, 0)
	l := New(3, time.Minute, "connection tests")
	l.now = func() time.Time { return now }
	for i := range 3 {
		if err := l.Allow("alice"); err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		now = now.Add(10 * time.Second)
	}
	err := l.Allow("alice")
	var te *Error
	if !errors.As(err, &te) || te.Wait != 30*time.Second {
		t.Fatalf("4th event: %v, want a wait of 30s", err)
	}
	if !strings.Contains(err.Error(), "too many connection tests: try again in 30 seconds") {
		t.Errorf("message %q", err)
	}
	if err := l.Allow("bob"); err != nil {
		t.Errorf("another key is throttled too: %v", err)
	}
	now = now.Add(31 * time.Second) // the first event left the window
	if err := l.Allow("alice"); err != nil {
		t.Errorf("after the window: %v", err)
	}
	if err := l.Allow("alice"); err == nil {
		t.Error("refused events must not free a slot")
	}
}
