package server

import (
	"encoding/csv"
	"fmt"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ingest"
)

// ledgerCSVColumns are the columns of /folders/{id}/ledger.csv, in order.
var ledgerCSVColumns = []string{"serverUID", "uidValidity", "messageID", "sha256", "outcome", "emailID", "duplicateOfID", "reason", "at"}

// ledgerCSV streams a folder's ledger (READ needed; 404 otherwise) a page at
// a time, flushed as it goes, so memory stays flat whatever the folder's
// size. ?outcome= narrows it like EmailFolder.ledger(outcome:).
func (s *server) ledgerCSV(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	ctx := r.Context()
	if err := auth.Require(ctx, auth.Target{FolderID: id}, viewer.Read); err != nil {
		s.downloadError(w, r, err)
		return
	}
	var f ingest.LedgerFilter
	if o := r.URL.Query().Get("outcome"); o != "" {
		var outcome ingest.LedgerOutcome
		if err := outcome.UnmarshalGQL(o); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.Outcome = &outcome
	}
	hdr := w.Header()
	hdr.Set("Content-Type", "text/csv; charset=utf-8")
	hdr.Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": fmt.Sprintf("ledger-%d.csv", id)}))
	hdr.Set("X-Content-Type-Options", "nosniff")
	hdr.Set("Cache-Control", "private, no-store")
	out := csv.NewWriter(w)
	_ = out.Write(ledgerCSVColumns)
	flusher, _ := w.(http.Flusher)
	err = s.cfg.Ingest.EachLedgerEntry(ctx, id, f, func(page []*ingest.LedgerEntry) error {
		for _, e := range page {
			if err := out.Write(ledgerCSVRow(e)); err != nil {
				return err
			}
		}
		out.Flush()
		if flusher != nil {
			flusher.Flush()
		}
		return out.Error()
	})
	if err == nil {
		out.Flush()
		err = out.Error()
	}
	if err != nil {
		// The status is sent: cut the response so the client sees a broken
		// download, not a complete-looking file missing rows.
		if ctx.Err() == nil {
			s.cfg.Log.Error("ledger csv", slog.Int("folder", id), slog.Any("error", err))
		}
		panic(http.ErrAbortHandler)
	}
}

func ledgerCSVRow(e *ingest.LedgerEntry) []string {
	num := func(p *int) string {
		if p == nil {
			return ""
		}
		return strconv.Itoa(*p)
	}
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return spreadsheetSafe(*p)
	}
	return []string{spreadsheetSafe(e.ServerUID), num(e.UIDValidity), str(e.MessageID), str(e.Sha256), string(e.Outcome),
		num(e.EmailID), num(e.DuplicateOfID), str(e.Reason), e.At.UTC().Format(time.RFC3339)}
}

// spreadsheetSafe keeps a cell from being run as a formula when the file is
// opened in a spreadsheet: a Message-ID is whatever the sender wrote, and
// "=HYPERLINK(...)" there would otherwise be live (OWASP "CSV injection").
func spreadsheetSafe(v string) string {
	if v != "" && strings.ContainsRune("=+-@\t\r", rune(v[0])) {
		return "'" + v
	}
	return v
}
