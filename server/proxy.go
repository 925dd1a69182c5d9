package server

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// The client's address and scheme. Behind a reverse proxy every request
// comes from the proxy: X-Forwarded-For and X-Forwarded-Proto are believed
// only from the addresses in Config.TrustedProxies, since anyone else can
// send them to escape the sign-in throttle.

// peer is the address the request came from, or an invalid Addr.
func peer(r *http.Request) netip.Addr {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	a, _ := netip.ParseAddr(host)
	return a.Unmap()
}

func (s *server) trusted(a netip.Addr) bool {
	for _, p := range s.cfg.TrustedProxies {
		if a.IsValid() && p.Contains(a) {
			return true
		}
	}
	return false
}

// clientIP is the address of the client: the peer, or, when the peer is a
// trusted proxy, the right-most address of X-Forwarded-For that is not one.
func (s *server) clientIP(r *http.Request) string {
	a := peer(r)
	if !s.trusted(a) {
		if a.IsValid() {
			return a.String()
		}
		return ""
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		h, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			break // a garbled hop: stop at the last address we can trust
		}
		a = h.Unmap()
		if !s.trusted(a) {
			break
		}
	}
	return a.String()
}

// isHTTPS reports whether the client reached us over https: directly, through a
// trusted proxy that says so, or because the public URL is https.
func (s *server) isHTTPS(r *http.Request) bool {
	if r.TLS != nil || strings.HasPrefix(s.cfg.PublicURL, "https://") {
		return true
	}
	return s.trusted(peer(r)) && strings.EqualFold(strings.TrimSpace(r.Header.Get("X-Forwarded-Proto")), "https")
}
