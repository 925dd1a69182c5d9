package server

import (
	"net/http"
	"strings"
)

// contentSecurityPolicy is the SPA's policy. The email body is shown in a
// srcdoc iframe, which inherits this policy on top of its own, so the
// policy allows what an email needs and nothing that runs: inline styles and
// data:/blob: images and fonts, never an inline or foreign script. Remote
// images "shown" on request must come through our own origin (the image
// proxy), as img-src has no other host.
var contentSecurityPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

// playgroundPolicy relaxes the policy on /playground alone: GraphiQL comes
// from its CDN and starts with an inline script. The page shows no stored
// data, so an inline script there has nothing to be injected into.
var playgroundPolicy = strings.Join([]string{
	"default-src 'self'",
	"script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
	"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net",
	"img-src 'self' data: https://cdn.jsdelivr.net",
	"font-src 'self' data: https://cdn.jsdelivr.net",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'self'",
	"frame-ancestors 'none'",
}, "; ")

// hsts is sent when the public URL is https. No includeSubDomains: other
// hosts of the domain are not ours to decide for.
const hsts = "max-age=31536000"

// securityHeaders sets the headers every response carries. Referrer-Policy
// is same-origin, not no-referrer: under no-referrer browsers send
// "Origin: null" on the SPA's own POSTs, which the cross-site guard must
// refuse; same-origin still sends nothing to other sites.
func (s *server) securityHeaders(next http.Handler) http.Handler {
	https := strings.HasPrefix(s.cfg.PublicURL, "https://")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		if r.URL.Path == "/playground" {
			h.Set("Content-Security-Policy", playgroundPolicy)
		} else {
			h.Set("Content-Security-Policy", contentSecurityPolicy)
		}
		if https || r.TLS != nil {
			h.Set("Strict-Transport-Security", hsts)
		}
		next.ServeHTTP(w, r)
	})
}
