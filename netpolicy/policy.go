// Package netpolicy decides which addresses Mailroom may connect to on a
// user's behalf: mail servers of folders, "Test connection" and the image
// proxy. Any signed-in user chooses those hosts, so without a policy the
// server would reach into the network it runs in (SSRF): loopback services,
// the LAN, cloud metadata endpoints.
//
// The check runs on the address actually dialed (net.Dialer.Control), after
// name resolution, so a name that resolves to a public address when checked
// and to a private one when dialed (DNS rebinding) is still refused.
package netpolicy

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"sync"
	"syscall"
	"time"
)

// DeniedError is a connection the policy refused. Its message is meant for
// the user: it names the host they gave, not what it resolved to.
type DeniedError struct {
	Host string // as given by the user (name or address)
}

func (e *DeniedError) Error() string {
	return fmt.Sprintf("host %s is not allowed: ask an administrator", e.Host)
}

// ErrDenied matches (errors.Is) every *DeniedError.
var ErrDenied = errors.New("host not allowed")

// Is makes a *DeniedError match ErrDenied.
func (e *DeniedError) Is(target error) bool { return target == ErrDenied }

// Policy is the set of non-public destinations an administrator allowed
// (--allowed-mail-hosts). Public unicast addresses are always allowed. The
// zero value and nil allow only public addresses. A Policy is safe for
// concurrent use.
type Policy struct {
	mu    sync.RWMutex
	all   bool
	nets  []netip.Prefix
	addrs map[netip.AddrPort]bool
	names map[string]bool
}

// Parse reads a comma-separated list of host names, IP addresses, CIDRs and
// IP:port pairs; "*" allows every address. Empty means only public addresses.
func Parse(spec string) (*Policy, error) {
	p := &Policy{}
	for _, entry := range strings.Split(spec, ",") {
		if entry = strings.TrimSpace(entry); entry == "" {
			continue
		}
		if err := p.Allow(entry); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// MustParse is Parse for fixed specs (tests, the demo); it panics on error.
func MustParse(spec string) *Policy {
	p, err := Parse(spec)
	if err != nil {
		panic(err)
	}
	return p
}

// Allow adds one entry (see Parse) to the policy.
func (p *Policy) Allow(entry string) error {
	entry = strings.TrimSpace(entry)
	p.mu.Lock()
	defer p.mu.Unlock()
	switch {
	case entry == "*":
		p.all = true
		return nil
	case strings.Contains(entry, "/"):
		pfx, err := netip.ParsePrefix(entry)
		if err != nil {
			return fmt.Errorf("allowed host %q: not a valid CIDR", entry)
		}
		p.nets = append(p.nets, pfx.Masked())
		return nil
	}
	if ip, err := netip.ParseAddr(strings.Trim(entry, "[]")); err == nil {
		ip = ip.Unmap()
		p.nets = append(p.nets, netip.PrefixFrom(ip, ip.BitLen()))
		return nil
	}
	if ap, err := netip.ParseAddrPort(entry); err == nil {
		if p.addrs == nil {
			p.addrs = map[netip.AddrPort]bool{}
		}
		p.addrs[netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())] = true
		return nil
	}
	name := strings.ToLower(strings.TrimSuffix(entry, "."))
	if name == "" || strings.ContainsAny(name, " :@") {
		return fmt.Errorf("allowed host %q: give a host name, an IP address or a CIDR", entry)
	}
	if p.names == nil {
		p.names = map[string]bool{}
	}
	p.names[name] = true
	return nil
}

// AllowAddr allows exactly one address and port, e.g. the demo's in-process
// IMAP server on 127.0.0.1, without opening the rest of loopback.
func (p *Policy) AllowAddr(ap netip.AddrPort) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.addrs == nil {
		p.addrs = map[netip.AddrPort]bool{}
	}
	p.addrs[netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())] = true
}

// allowedName reports whether the administrator allowed the host name
// itself, whatever it resolves to.
func (p *Policy) allowedName(host string) bool {
	if p == nil {
		return false
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	return p.all || p.names[strings.ToLower(strings.TrimSuffix(host, "."))]
}

// Permits reports whether a connection to ap may be made.
func (p *Policy) Permits(ap netip.AddrPort) bool {
	ip := ap.Addr().Unmap()
	if Public(ip) {
		return true
	}
	if p == nil {
		return false
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.all || p.addrs[netip.AddrPortFrom(ip, ap.Port())] {
		return true
	}
	for _, n := range p.nets {
		if n.Contains(ip) {
			return true
		}
	}
	return false
}

// nonPublic are the ranges netip's predicates do not cover.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),     // "this network"
	netip.MustParsePrefix("100.64.0.0/10"), // carrier-grade NAT (RFC 6598)
	netip.MustParsePrefix("192.0.0.0/24"),  // IETF protocol assignments
	netip.MustParsePrefix("198.18.0.0/15"), // benchmarking
	netip.MustParsePrefix("240.0.0.0/4"),   // reserved, broadcast
	netip.MustParsePrefix("fec0::/10"),     // deprecated site-local
	netip.MustParsePrefix("100::/64"),      // discard
}

// nat64 embeds an IPv4 address in its last 32 bits (RFC 6052).
var nat64 = netip.MustParsePrefix("64:ff9b::/96")

// Public reports whether ip is a public unicast address: not loopback,
// private (RFC 1918, ULA fc00::/7), link-local, multicast, unspecified,
// carrier-grade NAT or reserved.
func Public(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsMulticast() ||
		ip.IsLinkLocalMulticast() || ip.IsInterfaceLocalMulticast() || ip.IsUnspecified() {
		return false
	}
	for _, n := range nonPublic {
		if n.Contains(ip) {
			return false
		}
	}
	if nat64.Contains(ip) {
		b := ip.As16()
		return Public(netip.AddrFrom4([4]byte(b[12:])))
	}
	return true
}

// Dialer returns a dialer that connects to host only where p permits: the
// check runs on each address the dialer tries, after resolution. host is the
// name or address the user gave, named in the error.
func (p *Policy) Dialer(host string, timeout time.Duration) *net.Dialer {
	d := &net.Dialer{Timeout: timeout}
	if p.allowedName(host) {
		return d
	}
	d.Control = func(network, address string, _ syscall.RawConn) error {
		ap, err := netip.ParseAddrPort(address)
		if err != nil || !p.Permits(ap) {
			return &DeniedError{Host: host}
		}
		return nil
	}
	return d
}

// DialContext connects to address (host:port) where p permits.
func (p *Policy) DialContext(ctx context.Context, network, address string, timeout time.Duration) (net.Conn, error) {
	host, _, err := net.SplitHostPort(address)
	if err != nil {
		return nil, err
	}
	return p.Dialer(host, timeout).DialContext(ctx, network, address)
}

// Denied returns the *DeniedError in err's chain, if any.
func Denied(err error) (*DeniedError, bool) {
	return errors.AsType[*DeniedError](err)
}

// String describes the policy for logs.
func (p *Policy) String() string {
	if p == nil {
		return "public addresses only"
	}
	p.mu.RLock()
	defer p.mu.RUnlock()
	if p.all {
		return "every address"
	}
	var parts []string
	for _, n := range p.nets {
		parts = append(parts, n.String())
	}
	for ap := range p.addrs {
		parts = append(parts, ap.String())
	}
	for n := range p.names {
		parts = append(parts, n)
	}
	if len(parts) == 0 {
		return "public addresses only"
	}
	return "public addresses and " + strings.Join(parts, ", ")
}
