package server

import (
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"mailroom/blob"
	"mailroom/ent"
)

// attachment serves an attachment's bytes as a download: never rendered by
// the browser, whatever type the sender claimed.
func (s *server) attachment(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	a, err := s.cfg.Client.Attachment.Get(r.Context(), id)
	if err != nil {
		s.downloadError(w, r, err)
		return
	}
	ctype := a.ContentType
	if _, _, err := mime.ParseMediaType(ctype); err != nil || ctype == "" {
		ctype = "application/octet-stream"
	}
	s.serveBlob(w, r, a.Sha256, ctype, a.Filename)
}

// eml serves the original bytes of an email.
func (s *server) eml(w http.ResponseWriter, r *http.Request) {
	name, ok := strings.CutSuffix(r.PathValue("file"), ".eml")
	id, err := strconv.Atoi(name)
	if !ok || err != nil {
		http.NotFound(w, r)
		return
	}
	e, err := s.cfg.Client.Email.Get(r.Context(), id)
	if err != nil {
		s.downloadError(w, r, err)
		return
	}
	s.serveBlob(w, r, e.RawSha256, "message/rfc822", fmt.Sprintf("email-%d.eml", e.ID))
}

func (s *server) serveBlob(w http.ResponseWriter, r *http.Request, sum, ctype, filename string) {
	f, err := s.cfg.Blobs.Open(sum)
	if err != nil {
		if errors.Is(err, blob.ErrNotFound) {
			s.cfg.Log.Error("integrity: blob missing", slog.String("sha256", sum))
		}
		http.Error(w, "content unavailable", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		http.Error(w, "content unavailable", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", ctype)
	h.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	h.Set("Cache-Control", "private, max-age=0")
	h.Set("ETag", `"`+sum+`"`)
	// ServeContent sets Content-Length and handles Range and conditional requests.
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// downloadError answers 404 for anything the viewer may not see, so the
// existence of other people's mail is not revealed.
func (s *server) downloadError(w http.ResponseWriter, r *http.Request, err error) {
	if ent.IsNotFound(err) || isDenied(err) {
		http.NotFound(w, r)
		return
	}
	s.cfg.Log.Error("download", slog.Any("error", err))
	http.Error(w, "internal error", http.StatusInternalServerError)
}
