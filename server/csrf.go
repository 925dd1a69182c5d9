package server

import (
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
)

// CSRFHeader must accompany a cookie-authenticated multipart POST: a form
// can post multipart cross-site without a preflight, but cannot add a header.
const CSRFHeader = "X-Mailroom-CSRF"

// guardCrossSite refuses requests that ride on the session cookie from
// another site. SameSite=Strict is one layer; this is the second, for
// browsers and cases where SameSite does not hold (a sibling subdomain is
// same-site). A state-changing request with the cookie (and no bearer
// token), and every /auth/login and /auth/logout, must be application/json
// — which a cross-site page cannot send without a CORS preflight, which we
// never grant — or, on /query, multipart with CSRFHeader; and, when the
// browser says where it comes from, come from our own origin.
// Bearer-token clients carry no ambient credential and are not concerned.
func (s *server) guardCrossSite(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodGet, http.MethodHead, http.MethodOptions:
			next.ServeHTTP(w, r)
			return
		}
		signIn := r.URL.Path == "/auth/login" || r.URL.Path == "/auth/logout"
		_, cookieErr := r.Cookie(SessionCookie)
		byCookie := cookieErr == nil && bearer(r.Header.Get("Authorization")) == ""
		if !signIn && !byCookie {
			next.ServeHTTP(w, r)
			return
		}
		mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		switch {
		case mediaType == "application/json":
		case mediaType == "multipart/form-data" && r.URL.Path == "/query" && r.Header.Get(CSRFHeader) != "":
		default:
			writeHTTPError(w, http.StatusUnsupportedMediaType, CodeForbidden,
				"send application/json (multipart needs the "+CSRFHeader+" header)")
			return
		}
		if !s.sameOrigin(r) {
			writeHTTPError(w, http.StatusForbidden, CodeForbidden, "cross-site request refused")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// sameOrigin reports whether the browser's own account of the request
// (Origin, Sec-Fetch-Site) allows it; a client that sends neither is not a
// browser that could be tricked into sending our cookie.
func (s *server) sameOrigin(r *http.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false // includes "null"
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	o := strings.ToLower(u.Scheme + "://" + u.Host)
	if p, err := url.Parse(s.cfg.PublicURL); err == nil && p.Host != "" && o == strings.ToLower(p.Scheme+"://"+p.Host) {
		return true
	}
	return slices.ContainsFunc(s.cfg.AllowedOrigins, func(a string) bool {
		return strings.EqualFold(strings.TrimSuffix(a, "/"), o)
	})
}
