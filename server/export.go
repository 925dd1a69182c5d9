package server

import (
	"archive/zip"
	"bufio"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
	"unicode"

	"entgo.io/ent/dialect/sql"

	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/mail/mbox"
)

// MaxExportIDs bounds the emails of one /emails/export.zip request.
const MaxExportIDs = 500

// exportPage is how many emails an mbox export loads at a time.
const exportPage = 200

// downloadHeaders marks a response as a file to save, never to render.
func downloadHeaders(w http.ResponseWriter, ctype, filename string) {
	hdr := w.Header()
	hdr.Set("Content-Type", ctype)
	hdr.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": filename}))
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Content-Security-Policy", "sandbox; default-src 'none'")
	hdr.Set("Cache-Control", "private, max-age=0")
}

// exportMbox streams every email of a folder the viewer may read, outside
// the trash, as an mboxrd file, oldest first, straight from the blob store:
// a page of rows and one buffer at a time, whatever the folder's size.
func (s *server) exportMbox(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ctx := r.Context()
	f, err := s.cfg.Client.EmailFolder.Get(ctx, id)
	if err != nil {
		s.downloadError(w, r, err)
		return
	}
	downloadHeaders(w, "application/mbox", fileStem(f.Title, "folder-"+strconv.Itoa(f.ID))+".mbox")
	out := bufio.NewWriterSize(w, 64<<10)
	mw := mbox.NewWriter(out)
	after := struct {
		order int64
		id    int
	}{order: -1 << 63, id: -1 << 62}
	for {
		page, err := f.QueryEmails().Where(email.TrashedAtIsNil(), sentOrderAfter(after.order, after.id)).
			Order(ent.Asc(email.FieldSentOrder), ent.Asc(email.FieldID)).Limit(exportPage).
			Select(email.FieldID, email.FieldRawSha256, email.FieldFrom, email.FieldSentAt, email.FieldSentOrder,
				email.FieldImportedAt).All(ctx)
		if err != nil {
			s.abortExport(r, "load emails", err)
		}
		for _, e := range page {
			sender := ""
			if e.From != nil {
				sender = e.From.Address
			}
			date := e.ImportedAt
			if e.SentAt != nil {
				date = *e.SentAt
			}
			if err := s.withVerifiedBlob(e.RawSha256, func(raw io.Reader) error {
				return mw.WriteMessage(sender, date, raw)
			}); err != nil {
				s.abortExport(r, fmt.Sprintf("email %d", e.ID), err)
			}
		}
		if len(page) < exportPage {
			break
		}
		last := page[len(page)-1]
		after.order, after.id = last.SentOrder, last.ID
	}
	if err := out.Flush(); err != nil {
		s.abortExport(r, "send", err)
	}
}

// sentOrderAfter is the keyset condition (sent_order, id) > (order, id),
// which the (folder_id, sent_order, id) index answers.
func sentOrderAfter(order int64, id int) func(*sql.Selector) {
	return func(s *sql.Selector) {
		s.Where(sql.P(func(b *sql.Builder) {
			b.WriteString("(").Ident(s.C(email.FieldSentOrder)).Comma().Ident(s.C(email.FieldID)).
				WriteString(") > (").Arg(order).Comma().Arg(id).WriteString(")")
		}))
	}
}

// withVerifiedBlob hands fn the stored bytes of sum and checks them against
// their address as they go; a mismatch is reported after the fact (the bytes
// are already sent), and the caller aborts the response so the download
// fails instead of carrying altered mail.
func (s *server) withVerifiedBlob(sum string, fn func(io.Reader) error) error {
	f, err := s.cfg.Blobs.Open(sum)
	if err != nil {
		s.cfg.Log.Error("integrity: blob missing", slog.String("sha256", sum))
		return err
	}
	defer f.Close()
	h := sha256.New()
	if err := fn(io.TeeReader(f, h)); err != nil {
		return err
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != sum {
		s.cfg.Log.Error("integrity: stored content does not match its sha256", slog.String("sha256", sum))
		return &blob.CorruptError{Sum: sum, Got: got}
	}
	return nil
}

// abortExport ends a download whose headers are sent: the connection is cut,
// so the client sees a failed download rather than a short file.
func (s *server) abortExport(r *http.Request, what string, err error) {
	if r.Context().Err() == nil {
		s.cfg.Log.Error("export", slog.String("path", r.URL.Path), slog.String("what", what), slog.Any("error", err))
	}
	panic(http.ErrAbortHandler)
}

// exportZip answers a zip of the originals of the emails named by ids (at
// most MaxExportIDs), each "<id>-<subject>.eml", and manifest.csv with their
// sha256 sums. Every id must be one the viewer may read: otherwise the whole
// request is refused with 404, as for /emails/{id}.eml, and the archive never
// silently lacks an email that was asked for.
func (s *server) exportZip(w http.ResponseWriter, r *http.Request) {
	var ids []int
	seen := map[int]bool{}
	for _, v := range strings.Split(r.URL.Query().Get("ids"), ",") {
		if v = strings.TrimSpace(v); v == "" {
			continue
		}
		id, err := strconv.Atoi(v)
		if err != nil {
			writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, fmt.Sprintf("%q is not an email id", v))
			return
		}
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	switch {
	case len(ids) == 0:
		writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, "give the emails to export: ?ids=ID,ID,…")
		return
	case len(ids) > MaxExportIDs:
		writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput,
			fmt.Sprintf("at most %d emails per archive; export a folder as mbox for more", MaxExportIDs))
		return
	}
	emails, err := s.cfg.Client.Email.Query().Where(email.IDIn(ids...)).
		Select(email.FieldID, email.FieldSubject, email.FieldMessageID, email.FieldRawSha256, email.FieldSize).All(r.Context())
	if err != nil {
		s.downloadError(w, r, err)
		return
	}
	if len(emails) != len(ids) {
		http.NotFound(w, r) // one is not there, or not for this viewer
		return
	}
	byID := make(map[int]*ent.Email, len(emails))
	for _, e := range emails {
		byID[e.ID] = e
	}
	downloadHeaders(w, "application/zip", fmt.Sprintf("emails-%s.zip", time.Now().UTC().Format("20060102-150405")))
	zw := zip.NewWriter(w)
	var manifest strings.Builder
	cw := csv.NewWriter(&manifest)
	_ = cw.Write([]string{"file", "id", "message_id", "sha256", "size"})
	for _, id := range ids { // in the order asked
		e := byID[id]
		name := fmt.Sprintf("%d-%s.eml", e.ID, fileStem(e.Subject, "email"))
		part, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: time.Now()})
		if err != nil {
			s.abortExport(r, name, err)
		}
		var h hash.Hash
		if err := s.withVerifiedBlob(e.RawSha256, func(raw io.Reader) error {
			h = sha256.New()
			_, err := io.Copy(io.MultiWriter(part, h), raw)
			return err
		}); err != nil {
			s.abortExport(r, name, err)
		}
		_ = cw.Write([]string{name, strconv.Itoa(e.ID), spreadsheetSafe(e.MessageID), hex.EncodeToString(h.Sum(nil)),
			strconv.FormatInt(e.Size, 10)})
	}
	cw.Flush()
	part, err := zw.Create("manifest.csv")
	if err == nil {
		_, err = io.WriteString(part, manifest.String())
	}
	if err == nil {
		err = zw.Close()
	}
	if err != nil {
		s.abortExport(r, "manifest", err)
	}
}

// fileStem makes a subject or a title a safe part of a file name: letters,
// digits, spaces turned to '-', at most 60 runes; def when nothing is left.
func fileStem(s, def string) string {
	var b strings.Builder
	n := 0
	dash := false
	for _, r := range s {
		if n >= 60 {
			break
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case r == '.' || r == '_' || r == '-' || unicode.IsSpace(r):
			if dash || b.Len() == 0 {
				continue
			}
			b.WriteByte('-')
			dash = true
		default:
			continue
		}
		n++
	}
	out := strings.TrimRight(b.String(), "-")
	if out == "" {
		return def
	}
	return out
}
