package server

import (
	"fmt"
	"html"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"mailroom/auth"
	"mailroom/oauth"
)

// withOAuthBrowser lets authorizeEmailFolder set the sign-in's browser
// cookie (oauth.FlowCookie) on the response of a POST /query.
func (s *server) withOAuthBrowser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(w, r.WithContext(oauth.WithBrowser(r.Context(), s.oauthBrowser(w, r))))
	})
}

func (s *server) oauthBrowser(w http.ResponseWriter, r *http.Request) oauth.Browser {
	scheme := "http"
	if s.isHTTPS(r) {
		scheme = "https"
	}
	b := oauth.Browser{Origin: scheme + "://" + r.Host, Secure: s.isHTTPS(r)}
	if r.Method == http.MethodPost {
		b.SetCookie = func(c *http.Cookie) { http.SetCookie(w, c) }
	}
	return b
}

// oauthCallback is where the provider sends the browser back
// (oauth.CallbackPath). It reaches the folder page with the outcome, or
// answers a page in words when the sign-in cannot be tied to the user.
func (s *server) oauthCallback(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "no-store")
	q := r.URL.Query()
	cb := oauth.Callback{State: q.Get("state"), Code: q.Get("code"),
		Error: q.Get("error"), ErrorDescription: q.Get("error_description"),
		SessionToken: auth.TokenFromContext(r.Context())}
	if c, err := r.Cookie(oauth.FlowCookie); err == nil {
		cb.BrowserNonce = c.Value
	}
	// Spent whatever the outcome.
	http.SetCookie(w, &http.Cookie{Name: oauth.FlowCookie, Value: "", Path: oauth.CallbackPath, MaxAge: -1,
		HttpOnly: true, Secure: s.isHTTPS(r), SameSite: http.SameSiteLaxMode})
	if s.cfg.Ingest == nil {
		http.Error(w, "OAuth2 sign-in is not configured on this server", http.StatusNotFound)
		return
	}
	ctx := oauth.WithBrowser(r.Context(), s.oauthBrowser(w, r))
	folderID, err := s.cfg.Ingest.CompleteOAuth(ctx, cb)
	if err == nil {
		http.Redirect(w, r, fmt.Sprintf("/folders/%d/parameters?oauth=connected", folderID), http.StatusSeeOther)
		return
	}
	code, msg := classify(ctx, err)
	if code == CodeInternal {
		s.cfg.Log.Error("oauth callback", slog.Any("error", err))
		msg = "internal error"
	}
	if folderID != 0 {
		http.Redirect(w, r, fmt.Sprintf("/folders/%d/parameters?oauthError=%s", folderID, url.QueryEscape(msg)), http.StatusSeeOther)
		return
	}
	status := http.StatusBadRequest
	if code == CodeForbidden {
		status = http.StatusForbidden
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	fmt.Fprintf(w, "<!doctype html><meta charset=utf-8><title>Sign-in not completed</title>"+
		"<h1>Sign-in not completed</h1><p id=oauth-error>%s</p><p><a href=\"/\">Back to Mailroom</a></p>\n",
		html.EscapeString(strings.TrimSpace(msg)))
}
