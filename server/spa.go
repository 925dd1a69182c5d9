package server

import (
	"io/fs"
	"net/http"
	"strings"

	"mailroom/frontend"
)

// spa serves the embedded front end: /assets/* are content-hashed files,
// cached for good, with a real 404; every other GET gets index.html so the
// SPA's own routes work on reload and deep links.
func spa() http.Handler {
	dist, _ := fs.Sub(frontend.Dist, "dist")
	files := http.FileServerFS(dist)
	index, _ := fs.ReadFile(dist, "index.html")
	if index == nil {
		index = []byte(placeholder)
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		if strings.HasPrefix(r.URL.Path, "/assets/") {
			if _, err := fs.Stat(dist, strings.TrimPrefix(r.URL.Path, "/")); err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
			files.ServeHTTP(w, r)
			return
		}
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name != "" && !strings.HasSuffix(name, "/") {
			if st, err := fs.Stat(dist, name); err == nil && !st.IsDir() {
				files.ServeHTTP(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		_, _ = w.Write(index)
	})
}

const placeholder = `<!doctype html><meta charset="utf-8"><title>Mailroom</title>
<p>Mailroom is running. The web interface is not built into this binary (run <code>make build</code>);
the GraphQL API is at <a href="/query">/query</a> and its playground at <a href="/playground">/playground</a>.</p>`
