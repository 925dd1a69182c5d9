package server

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"

	"mailroom/auth/viewer"
	"mailroom/ingest"
)

// DefaultMaxUploadSize bounds an import request when Config.MaxUploadSize is 0.
const DefaultMaxUploadSize = 2 << 30

// uploadMemory is how much of an upload request may be held in memory; the
// files of a larger request go to temporary files as they arrive (gqlgen's
// MultipartForm), which the import then reads as streams.
const uploadMemory = 4 << 20

// uploadReadTimeout is the longest one read of an upload may stall. The
// server's ReadTimeout (a minute for the whole request) would cut an upload
// of a large mbox, so an upload extends its deadline read by read instead.
const uploadReadTimeout = time.Minute

func (s *server) maxUpload() int64 {
	if s.cfg.MaxUploadSize > 0 {
		return s.cfg.MaxUploadSize
	}
	return DefaultMaxUploadSize
}

func (s *server) multipart() transport.MultipartForm {
	// limitUploads enforces the limit with a clear answer; gqlgen's own
	// limit sits just above it and is never the one reached.
	return transport.MultipartForm{MaxUploadSize: s.maxUpload() + 1<<20, MaxMemory: uploadMemory}
}

func isMultipart(r *http.Request) bool {
	mediaType, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	return mediaType == "multipart/form-data"
}

var (
	errUploadTooLarge = errors.New("upload too large")
	errUploadShape    = errors.New("upload badly shaped")
)

// limitUploads bounds a multipart POST to /query: only from a signed-in
// viewer (an anonymous one would fill the temporary directory), at most maxUpload bytes
// (413 past it, said in words, whether the length is announced or not), the
// GraphQL operations and map within the first maxQueryBody bytes (gqlgen
// decodes them in memory), at most ingest.MaxImportFiles files, and an
// importEmails the viewer may make (authorizeUpload, before the files). The JSON
// body limit does not apply to it; this one does.
func (s *server) limitUploads(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil || !isMultipart(r) {
			next.ServeHTTP(w, r)
			return
		}
		if viewer.FromContext(r.Context()) == nil {
			// Before a byte of it is written to disk: uploads are for signed-in users.
			w.Header().Set("Connection", "close")
			writeHTTPError(w, http.StatusUnauthorized, CodeUnauthenticated, "not signed in: uploads need a session or a bearer token")
			return
		}
		max := s.maxUpload()
		tooLarge := func(w http.ResponseWriter) {
			w.Header().Set("Connection", "close") // the rest is not read
			writeHTTPError(w, http.StatusRequestEntityTooLarge, CodeBadUserInput,
				fmt.Sprintf("the upload is larger than the server's limit of %s (--max-upload-size)", sizeWords(max)))
		}
		if r.ContentLength > max {
			tooLarge(w)
			return
		}
		if r.ContentLength < 0 {
			// gqlgen keeps the files of a request shorter than MaxMemory in
			// memory, and takes an unknown length (chunked) for a short one:
			// a chunked upload would be held whole in memory. As long as the
			// limit, its files go to temporary files like any large upload's.
			r.ContentLength = max
		}
		_, params, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if params["boundary"] == "" {
			writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, "a multipart request needs a boundary")
			return
		}
		body := &uploadBody{r: r.Body, max: max, delim: []byte("--" + params["boundary"]),
			rc: http.NewResponseController(w)}
		r.Body = body
		gw := &uploadResponse{ResponseWriter: w, body: body, tooLarge: tooLarge}
		if !s.authorizeUpload(w, r, body, params["boundary"], gw.replace) {
			return
		}
		next.ServeHTTP(gw, r)
	})
}

// uploadBody counts an upload's bytes and its multipart delimiters as they
// are read, and fails the read that crosses a limit.
type uploadBody struct {
	r      io.ReadCloser
	max    int64
	n      int64
	delim  []byte
	tail   []byte // the last len(delim)-1 bytes, where a delimiter may begin
	delims int
	err    error
	rc     *http.ResponseController
}

func (u *uploadBody) Read(p []byte) (int, error) {
	if u.err != nil {
		return 0, u.err
	}
	_ = u.rc.SetReadDeadline(time.Now().Add(uploadReadTimeout))
	n, err := u.r.Read(p)
	u.n += int64(n)
	u.count(p[:n])
	switch {
	case u.n > u.max:
		u.err = errUploadTooLarge
	case u.delims > ingest.MaxImportFiles+3: // operations, map, the files, the closing one
		u.err = errUploadShape
	case u.delims < 3 && u.n > maxQueryBody+int64(len(u.delim))*3:
		u.err = errUploadShape // operations and map past the JSON limit
	}
	if u.err != nil {
		return n, u.err
	}
	return n, err
}

func (u *uploadBody) count(p []byte) {
	k := len(u.delim) - 1
	if len(p) >= k {
		u.delims += bytes.Count(append(u.tail, p[:k]...), u.delim) + bytes.Count(p, u.delim)
		u.tail = append(u.tail[:0], p[len(p)-k:]...)
		return
	}
	joined := append(u.tail, p...)
	u.delims += bytes.Count(joined, u.delim)
	if len(joined) > k {
		joined = joined[len(joined)-k:]
	}
	u.tail = append([]byte(nil), joined...)
}

func (u *uploadBody) Close() error { return u.r.Close() }

// uploadResponse replaces gqlgen's answer to a read cut by a limit ("failed
// to copy to temp file") by the reason.
type uploadResponse struct {
	http.ResponseWriter
	body     *uploadBody
	tooLarge func(http.ResponseWriter)
	replaced bool
}

func (u *uploadResponse) replace() bool {
	if u.replaced {
		return true
	}
	switch u.body.err {
	case errUploadTooLarge:
		u.tooLarge(u.ResponseWriter)
	case errUploadShape:
		u.ResponseWriter.Header().Set("Connection", "close")
		writeHTTPError(u.ResponseWriter, http.StatusBadRequest, CodeBadUserInput, fmt.Sprintf(
			"an upload carries its GraphQL operations and map first (at most %d KiB) and at most %d files",
			maxQueryBody>>10, ingest.MaxImportFiles))
	default:
		return false
	}
	u.replaced = true
	return true
}

func (u *uploadResponse) WriteHeader(code int) {
	if !u.replace() {
		u.ResponseWriter.WriteHeader(code)
	}
}

func (u *uploadResponse) Write(b []byte) (int, error) {
	if u.replace() {
		return len(b), nil
	}
	return u.ResponseWriter.Write(b)
}

func (u *uploadResponse) Unwrap() http.ResponseWriter { return u.ResponseWriter }

// sizeWords says a byte count the way the flags take it.
func sizeWords(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
