package ingest

import (
	"testing"
	"time"

	"golang.org/x/oauth2"
)

// An access token is renewed 5 minutes before it expires, or halfway
// through a shorter life, so the mail server never sees an expired one.
func TestRenewAt(t *testing.T) {
	now := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		life, renewAfter time.Duration
	}{
		{time.Hour, 55 * time.Minute},           // Google, Microsoft
		{10 * time.Minute, 5 * time.Minute},     // the margin meets half
		{4 * time.Second, 2 * time.Second},      // a short-lived test token
		{-time.Second, -500 * time.Millisecond}, // already expired: in the past, so at once
	} {
		got := renewAt(&oauth2.Token{Expiry: now.Add(tc.life)}, now)
		if want := now.Add(tc.renewAfter); !got.Equal(want) {
			t.Errorf("lifetime %v: renew at +%v, want +%v", tc.life, got.Sub(now), tc.renewAfter)
		}
	}
	if got := renewAt(&oauth2.Token{}, now); !got.Equal(now.Add(RenewMargin)) {
		t.Errorf("no expiry given: renew at +%v, want +%v", got.Sub(now), RenewMargin)
	}
}
