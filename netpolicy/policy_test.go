package netpolicy

import (
	"context"
	"errors"
	"net"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestPublic(t *testing.T) {
	for addr, want := range map[string]bool{
		"8.8.8.8": true, "2a00:1450:4001:82a::200e": true, "93.184.216.34": true,
		"127.0.0.1": false, "127.8.9.10": false, "::1": false, "10.0.0.5": false, "172.16.3.4": false,
		"192.168.1.1": false, "fc00::1": false, "fd12:3456::1": false, "169.254.169.254": false,
		"fe80::1": false, "224.0.0.1": false, "ff02::1": false, "0.0.0.0": false, "::": false,
		"100.64.0.1": false, "100.127.255.254": false, "255.255.255.255": false, "0.1.2.3": false,
		"::ffff:10.0.0.5": false, "::ffff:127.0.0.1": false, "64:ff9b::a00:5": false, "64:ff9b::808:808": true,
	} {
		if got := Public(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Public(%s) = %v, want %v", addr, got, want)
		}
	}
}

func TestParseAndPermits(t *testing.T) {
	p, err := Parse(" 10.0.0.0/8, 192.168.1.7 , mail.internal, [::1]:993, 127.0.0.1:1143")
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]bool{
		"10.1.2.3:993": true, "192.168.1.7:143": true, "192.168.1.8:143": false,
		"[::1]:993": true, "[::1]:22": false, "127.0.0.1:1143": true, "127.0.0.1:22": false,
		"8.8.8.8:993": true, "[::ffff:10.0.0.1]:993": true,
	} {
		if got := p.Permits(netip.MustParseAddrPort(addr)); got != want {
			t.Errorf("Permits(%s) = %v, want %v", addr, got, want)
		}
	}
	var none *Policy
	if none.Permits(netip.MustParseAddrPort("127.0.0.1:993")) || !none.Permits(netip.MustParseAddrPort("8.8.8.8:993")) {
		t.Error("nil policy: want public only")
	}
	if !MustParse("*").Permits(netip.MustParseAddrPort("127.0.0.1:22")) {
		t.Error("* must allow everything")
	}
	for _, bad := range []string{"10.0.0.0/33", "a b", "user@host"} {
		if _, err := Parse(bad); err == nil {
			t.Errorf("Parse(%q): want an error", bad)
		}
	}
}

// The check is on the address dialed: a name that resolves to loopback is
// refused like the address itself, and the message names what the user gave.
func TestDialRefusesBeforeConnecting(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	accepted := make(chan struct{}, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- struct{}{}
			c.Close()
		}
	}()
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	ctx := context.Background()
	for _, host := range []string{"127.0.0.1", "localhost"} {
		_, err := (*Policy)(nil).DialContext(ctx, "tcp", net.JoinHostPort(host, port), time.Second)
		if !errors.Is(err, ErrDenied) {
			t.Fatalf("dial %s: got %v, want a refusal", host, err)
		}
		if want := "host " + host + " is not allowed: ask an administrator"; !strings.Contains(err.Error(), want) {
			t.Errorf("dial %s: %q does not say %q", host, err, want)
		}
		if d, ok := Denied(err); !ok || d.Error() != "host "+host+" is not allowed: ask an administrator" {
			t.Errorf("Denied(%v) = %v", err, d)
		}
	}
	select {
	case <-accepted:
		t.Fatal("a refused dial reached the listener")
	case <-time.After(50 * time.Millisecond):
	}
	for _, spec := range []string{"127.0.0.1", "localhost", "127.0.0.0/8", "127.0.0.1:" + port, "*"} {
		host := "127.0.0.1"
		if spec == "localhost" {
			host = "localhost"
		}
		c, err := MustParse(spec).DialContext(ctx, "tcp", net.JoinHostPort(host, port), time.Second)
		if err != nil {
			t.Fatalf("allowed %q: %v", spec, err)
		}
		c.Close()
		<-accepted
	}
}
