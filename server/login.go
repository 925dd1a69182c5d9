package server

import (
	"encoding/json"
	"errors"
	"net/http"

	"mailroom/auth"
)

// cookieLogin signs the SPA in with an HttpOnly SameSite cookie, so the token
// is never readable by scripts.
func (s *server) cookieLogin(w http.ResponseWriter, r *http.Request) {
	var in struct{ Username, Password string }
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&in); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tok, u, err := s.cfg.Auth.Login(r.Context(), in.Username, in.Password)
	if err != nil {
		status, msg := http.StatusUnauthorized, auth.ErrBadCredentials.Error()
		if errors.Is(err, auth.ErrTooManyAttempts) {
			status, msg = http.StatusTooManyRequests, err.Error()
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_ = json.NewEncoder(w).Encode(map[string]string{"error": msg})
		return
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.isHTTPS(r), MaxAge: int(auth.TokenLifetime.Seconds())})
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(map[string]any{"user": map[string]any{"id": u.ID, "username": u.Username}})
}

func (s *server) cookieLogout(w http.ResponseWriter, r *http.Request) {
	if tok := auth.TokenFromContext(r.Context()); tok != "" {
		_ = s.cfg.Auth.Logout(r.Context(), tok)
	}
	http.SetCookie(w, &http.Cookie{Name: SessionCookie, Value: "", Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.isHTTPS(r), MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}
