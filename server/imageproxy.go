package server

import (
	"errors"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"time"

	"golang.org/x/net/html"

	"mailroom/auth/viewer"
	"mailroom/imageproxy"
	"mailroom/netpolicy"
	"mailroom/throttle"
)

// ImageFetchesPerMinute bounds the images one user makes the server fetch
// (cache hits are free): a newsletter has dozens, a loop has thousands.
const ImageFetchesPerMinute = 300

// imageProxyHandler serves GET /image-proxy?email=ID&url=URL: a remote
// image of an email the viewer may read, fetched by the server so the
// sender learns nothing of the reader. Only URLs that occur as images in
// the email's stored HTML are fetched: the server is no general fetcher.
func (s *server) imageProxyHandler() http.Handler {
	proxy := imageproxy.New(imageproxy.Options{Hosts: s.cfg.Ingest.HostPolicy()})
	limit := throttle.New(ImageFetchesPerMinute, time.Minute, "images loaded")
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Another site cannot make a reader's browser ask (the cookie is
		// SameSite=Strict already; this also covers bearer-less probes).
		if r.Header.Get("Sec-Fetch-Site") == "cross-site" {
			http.Error(w, "cross-site requests are refused", http.StatusForbidden)
			return
		}
		v := viewer.FromContext(r.Context())
		if v == nil {
			http.Error(w, "not signed in", http.StatusUnauthorized)
			return
		}
		id, err := strconv.Atoi(r.URL.Query().Get("email"))
		raw := r.URL.Query().Get("url")
		if err != nil || raw == "" {
			http.Error(w, "give email=ID and url=URL", http.StatusBadRequest)
			return
		}
		if err := imageproxy.CheckURL(raw); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		e, err := s.cfg.Client.Email.Get(r.Context(), id) // READ, by the privacy rules
		if err != nil {
			s.downloadError(w, r, err)
			return
		}
		if e.HTML == nil || !htmlHasImage(*e.HTML, raw) {
			http.NotFound(w, r)
			return
		}
		if !proxy.Cached(raw) {
			if err := limit.Allow(strconv.Itoa(v.UserID)); err != nil {
				w.Header().Set("Retry-After", strconv.Itoa(int(err.(*throttle.Error).Wait/time.Second)+1))
				http.Error(w, err.Error(), http.StatusTooManyRequests)
				return
			}
		}
		img, err := proxy.Get(r.Context(), raw)
		if err != nil {
			s.imageError(w, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", img.ContentType)
		h.Set("Content-Length", strconv.Itoa(len(img.Data)))
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Cache-Control", "private, max-age=86400")
		h.Set("Content-Security-Policy", "default-src 'none'")
		_, _ = w.Write(img.Data)
	})
}

func (s *server) imageError(w http.ResponseWriter, err error) {
	status := http.StatusBadGateway
	switch {
	case errors.Is(err, netpolicy.ErrDenied):
		status = http.StatusForbidden
	case errors.Is(err, imageproxy.ErrBadURL):
		status = http.StatusBadRequest
	case errors.Is(err, imageproxy.ErrNotImage):
		status = http.StatusUnsupportedMediaType
	case errors.Is(err, imageproxy.ErrTooLarge):
		status = http.StatusRequestEntityTooLarge
	case errors.Is(err, imageproxy.ErrUpstream):
	default:
		s.cfg.Log.Warn("image proxy", slog.Any("error", err))
		err = imageproxy.ErrUpstream
	}
	http.Error(w, err.Error(), status)
}

// htmlHasImage reports whether url is the source of an image in the
// (sanitized) HTML of an email: an img src or one of its srcset candidates,
// compared after HTML entity decoding, as a browser reads them.
func htmlHasImage(doc, url string) bool {
	if !strings.Contains(doc, "img") && !strings.Contains(doc, "IMG") {
		return false
	}
	z := html.NewTokenizer(strings.NewReader(doc))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return false
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			if string(name) != "img" {
				continue
			}
			for hasAttr {
				var key, val []byte
				key, val, hasAttr = z.TagAttr()
				switch string(key) {
				case "src":
					if strings.TrimSpace(string(val)) == url {
						return true
					}
				case "srcset":
					for _, cand := range strings.Split(string(val), ",") {
						if f := strings.Fields(cand); len(f) > 0 && f[0] == url {
							return true
						}
					}
				}
			}
		}
	}
}
