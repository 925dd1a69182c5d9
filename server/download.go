package server

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
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
	// Stored mail is immutable: check the bytes against their address before
	// handing them out, and say so loudly when they differ.
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil || hex.EncodeToString(h.Sum(nil)) != sum {
		s.cfg.Log.Error("integrity: stored content does not match its sha256",
			slog.String("sha256", sum), slog.String("path", r.URL.Path), slog.Any("error", err))
		http.Error(w, "integrity error: the stored content does not match its checksum", http.StatusInternalServerError)
		return
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		http.Error(w, "content unavailable", http.StatusInternalServerError)
		return
	}
	hdr := w.Header()
	hdr.Set("Content-Type", ctype)
	hdr.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	hdr.Set("Cache-Control", "private, max-age=0")
	hdr.Set("ETag", `"`+sum+`"`)
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
