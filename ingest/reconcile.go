package ingest

import (
	"context"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"entgo.io/ent/dialect/sql"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/fetchrun"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/predicate"
)

// The reconciliation view: every message the server offered a folder and
// what became of it. Durable outcomes are ledger rows; a message a run could
// not import is not (it stays a candidate and is retried), so it is shown
// from the failure list of the last run that searched the server, unless the
// ledger has it since.

// LedgerOutcome is what became of one server message.
type LedgerOutcome string

const (
	OutcomeImported  LedgerOutcome = "IMPORTED"
	OutcomeDuplicate LedgerOutcome = "DUPLICATE"
	OutcomeFailed    LedgerOutcome = "FAILED"
	OutcomePurged    LedgerOutcome = "PURGED" // imported, then deleted for good
)

// MarshalGQL writes the outcome as a GraphQL enum value.
func (o LedgerOutcome) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(o))) }

// UnmarshalGQL reads a GraphQL enum value.
func (o *LedgerOutcome) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch LedgerOutcome(s) {
	case OutcomeImported, OutcomeDuplicate, OutcomeFailed, OutcomePurged:
		*o = LedgerOutcome(s)
		return nil
	}
	return fmt.Errorf("%q is not a ledger outcome: use IMPORTED, DUPLICATE, FAILED or PURGED", v)
}

// DuplicateBasis says why a message is a duplicate.
type DuplicateBasis = ledgerentry.DuplicateBy

// ServerCounts is what the server said when a run searched it.
type ServerCounts struct {
	Messages    int  // in the mailbox
	Unseen      *int // unread (IMAP; POP3 has no flags)
	New         int  // candidates: unread (POP3: any) and not in the ledger
	UIDValidity int64
}

// LedgerEntry is one message the server offered, as the view shows it.
type LedgerEntry struct {
	ServerUID   string
	UIDValidity *int // nil for POP3
	MessageID   *string
	Sha256      *string
	Outcome     LedgerOutcome
	// EmailID is the email the message became (IMPORTED; PURGED: the id it had).
	EmailID *int
	// DuplicateOfID is the email a DUPLICATE repeats (nil when that one was purged).
	DuplicateOfID *int
	DuplicateBy   *DuplicateBasis
	Reason        *string
	// WillRetry is set on a FAILED message the next run tries again.
	WillRetry bool
	At        time.Time
	RunID     *int

	// Cursor orders the entries: retried failures first (negative), then
	// ledger rows newest first (their id).
	Cursor int
}

// LedgerFilter narrows a ledger listing.
type LedgerFilter struct {
	Outcome *LedgerOutcome
	RunID   int // entries written (or failures reported) by this fetch run
}

// LedgerPage is one page of a listing.
type LedgerPage struct {
	Entries    []*LedgerEntry
	HasNext    bool
	TotalCount int
}

// MaxLedgerPage bounds one page of the listing.
const MaxLedgerPage = 500

// Ledger lists what became of the folder's server messages (READ needed),
// after the entry whose Cursor is after (0: from the start).
func (s *Service) Ledger(ctx context.Context, folderID int, f LedgerFilter, after, first int) (*LedgerPage, error) {
	pending, err := s.ledgerStart(ctx, folderID, f)
	if err != nil {
		return nil, err
	}
	n, err := s.client.LedgerEntry.Query().Where(ledgerWhere(folderID, f)...).Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("count ledger: %w", err)
	}
	page, err := s.ledgerPage(ctx, folderID, f, pending, after, first)
	if err != nil {
		return nil, err
	}
	page.TotalCount = len(pending) + n
	return page, nil
}

// EachLedgerEntry calls fn for every entry of Ledger (READ needed), a page
// at a time, so a folder of any size is read with flat memory.
func (s *Service) EachLedgerEntry(ctx context.Context, folderID int, f LedgerFilter, fn func([]*LedgerEntry) error) error {
	pending, err := s.ledgerStart(ctx, folderID, f)
	if err != nil {
		return err
	}
	after := 0
	for {
		page, err := s.ledgerPage(ctx, folderID, f, pending, after, MaxLedgerPage)
		if err != nil {
			return err
		}
		if len(page.Entries) > 0 {
			if err := fn(page.Entries); err != nil {
				return err
			}
			after = page.Entries[len(page.Entries)-1].Cursor
		}
		if !page.HasNext {
			return nil
		}
	}
}

// ledgerStart checks READ and returns the failures listed before the rows.
func (s *Service) ledgerStart(ctx context.Context, folderID int, f LedgerFilter) ([]*LedgerEntry, error) {
	if err := auth.Require(ctx, auth.Target{FolderID: folderID}, viewer.Read); err != nil {
		return nil, err
	}
	return s.pendingFailures(ctx, folderID, f)
}

// ledgerPage is one page: the pending failures after the cursor, then the
// rows below it (keyset pagination on the id, newest first).
func (s *Service) ledgerPage(ctx context.Context, folderID int, f LedgerFilter, pending []*LedgerEntry, after, first int) (*LedgerPage, error) {
	first = min(max(first, 1), MaxLedgerPage)
	page := &LedgerPage{}
	for i, e := range pending {
		if after != 0 && (after > 0 || i < -after) {
			continue
		}
		if len(page.Entries) == first {
			page.HasNext = true
			return page, nil
		}
		page.Entries = append(page.Entries, e)
	}
	rows := s.client.LedgerEntry.Query().Where(ledgerWhere(folderID, f)...)
	if after > 0 {
		rows.Where(ledgerentry.IDLT(after))
	}
	room := first - len(page.Entries)
	got, err := rows.Order(ent.Desc(ledgerentry.FieldID)).Limit(room + 1).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read ledger: %w", err)
	}
	if len(got) > room {
		got, page.HasNext = got[:room], true
	}
	entries, err := s.ledgerEntries(ctx, got)
	if err != nil {
		return nil, err
	}
	page.Entries = append(page.Entries, entries...)
	return page, nil
}

// ledgerWhere selects the ledger rows of a filter. PURGED is an IMPORTED
// row whose email no longer exists: the ledger outlives a purge so the
// message is not imported again.
func ledgerWhere(folderID int, f LedgerFilter) []predicate.LedgerEntry {
	where := []predicate.LedgerEntry{ledgerentry.FolderID(folderID)}
	if f.RunID != 0 {
		where = append(where, ledgerentry.FetchRunID(f.RunID))
	}
	if f.Outcome != nil {
		switch *f.Outcome {
		case OutcomeImported:
			where = append(where, ledgerentry.OutcomeEQ(ledgerentry.OutcomeIMPORTED), ledgerentry.Not(emailGone()))
		case OutcomePurged:
			where = append(where, ledgerentry.OutcomeEQ(ledgerentry.OutcomeIMPORTED), emailGone())
		case OutcomeDuplicate:
			where = append(where, ledgerentry.OutcomeEQ(ledgerentry.OutcomeDUPLICATE))
		case OutcomeFailed:
			where = append(where, ledgerentry.OutcomeEQ(ledgerentry.OutcomeFAILED))
		}
	}
	return where
}

// emailGone matches rows whose email_id names no email (or none at all).
func emailGone() predicate.LedgerEntry {
	return func(s *sql.Selector) {
		t := sql.Table(email.Table)
		s.Where(sql.Or(sql.IsNull(s.C(ledgerentry.FieldEmailID)),
			sql.NotExists(sql.Select(t.C(email.FieldID)).From(t).Where(sql.ColumnsEQ(t.C(email.FieldID), s.C(ledgerentry.FieldEmailID))))))
	}
}

// ledgerEntries turns rows into entries, telling IMPORTED from PURGED.
func (s *Service) ledgerEntries(ctx context.Context, rows []*ent.LedgerEntry) ([]*LedgerEntry, error) {
	var ids []int
	for _, r := range rows {
		if r.EmailID != nil {
			ids = append(ids, *r.EmailID)
		}
	}
	alive := map[int]bool{}
	if len(ids) > 0 {
		// Existence only: whether the viewer may open the email is the
		// email edge's business.
		found, err := s.client.Email.Query().Where(email.IDIn(ids...)).IDs(viewer.SystemContext(ctx))
		if err != nil {
			return nil, fmt.Errorf("read ledger emails: %w", err)
		}
		for _, id := range found {
			alive[id] = true
		}
	}
	out := make([]*LedgerEntry, len(rows))
	for i, r := range rows {
		e := &LedgerEntry{ServerUID: r.ServerUID, MessageID: nonEmpty(r.MessageID), Sha256: nonEmpty(r.RawSha256),
			At: r.CreatedAt, RunID: r.FetchRunID, DuplicateBy: r.DuplicateBy, Cursor: r.ID}
		if r.UIDValidity != 0 {
			v := int(r.UIDValidity)
			e.UIDValidity = &v
		}
		gone := r.EmailID == nil || !alive[*r.EmailID]
		switch r.Outcome {
		case ledgerentry.OutcomeIMPORTED:
			e.Outcome, e.EmailID = OutcomeImported, r.EmailID
			if gone {
				e.Outcome = OutcomePurged
				e.Reason = ptrTo("imported, then deleted for good; it is not imported again")
			}
		case ledgerentry.OutcomeDUPLICATE:
			e.Outcome = OutcomeDuplicate
			if !gone {
				e.DuplicateOfID = r.EmailID
			}
			e.Reason = ptrTo(duplicateReason(r, gone))
		case ledgerentry.OutcomeFAILED:
			e.Outcome, e.Reason = OutcomeFailed, nonEmpty(r.Error)
		}
		out[i] = e
	}
	return out, nil
}

// duplicateBy names the basis of a dedupe key (see dedupeKey).
func duplicateBy(key string) ledgerentry.DuplicateBy {
	if strings.HasPrefix(key, "mid:") {
		return ledgerentry.DuplicateByMESSAGE_ID
	}
	return ledgerentry.DuplicateByCONTENT
}

func duplicateReason(r *ent.LedgerEntry, gone bool) string {
	var why string
	switch {
	case r.DuplicateBy != nil && *r.DuplicateBy == ledgerentry.DuplicateByCONTENT:
		why = "same content (sha256) as an earlier message without Message-ID"
	case r.DuplicateBy != nil:
		why = "same Message-ID as an earlier message"
	default: // written before the basis was recorded
		why = "same Message-ID or content as an earlier message"
	}
	if gone {
		why += ", since deleted for good"
	}
	return why
}

// lastCheck is the folder's last run that searched the server.
func (s *Service) lastCheck(ctx context.Context, folderID int) (*ent.FetchRun, error) {
	r, err := s.client.FetchRun.Query().Where(fetchrun.FolderID(folderID), fetchrun.ServerNewNotNil()).
		Order(ent.Desc(fetchrun.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return r, err
}

// pendingFailures are the FAILED entries not in the ledger: of the folder,
// the failures of its last run that searched the server and that no ledger
// row has settled since (the next run retries them); of one run, its
// failures.
func (s *Service) pendingFailures(ctx context.Context, folderID int, f LedgerFilter) ([]*LedgerEntry, error) {
	if f.Outcome != nil && *f.Outcome != OutcomeFailed {
		return nil, nil
	}
	var run *ent.FetchRun
	var err error
	if f.RunID != 0 {
		run, err = s.client.FetchRun.Query().Where(fetchrun.ID(f.RunID), fetchrun.FolderID(folderID)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil, nil
		}
	} else {
		run, err = s.lastCheck(ctx, folderID)
	}
	if err != nil || run == nil || len(run.Failures) == 0 {
		return nil, err
	}
	validity := deref(run.UIDValidity)
	keys := make([]string, len(run.Failures))
	for i, fl := range run.Failures {
		keys[i] = fl.ServerUID
	}
	settled := map[string]bool{}
	for start := 0; start < len(keys); start += 500 {
		q := s.client.LedgerEntry.Query().Where(ledgerentry.FolderID(folderID), ledgerentry.UIDValidity(validity),
			ledgerentry.ServerUIDIn(keys[start:min(start+500, len(keys))]...))
		if f.RunID != 0 {
			q.Where(ledgerentry.FetchRunID(f.RunID)) // a run's own view: its failures, whatever came later
		}
		got, err := q.Select(ledgerentry.FieldServerUID).Strings(ctx)
		if err != nil {
			return nil, fmt.Errorf("read ledger: %w", err)
		}
		for _, k := range got {
			settled[k] = true
		}
	}
	at := run.StartedAt
	if run.FinishedAt != nil {
		at = *run.FinishedAt
	}
	var out []*LedgerEntry
	for _, fl := range run.Failures {
		if settled[fl.ServerUID] {
			continue
		}
		e := &LedgerEntry{ServerUID: fl.ServerUID, Outcome: OutcomeFailed, Reason: ptrTo(fl.Reason),
			WillRetry: f.RunID == 0, At: at, RunID: ptrTo(run.ID), Cursor: -(len(out) + 1)}
		if validity != 0 {
			e.UIDValidity = ptrTo(int(validity))
		}
		out = append(out, e)
	}
	return out, nil
}

// Reconciliation is a folder's account of what the server offered. The
// ledger counts are current; the server's are from the last run that
// searched it (CheckedAt), taken when it searched, before it imported.
type Reconciliation struct {
	CheckedAt      *time.Time
	OnServer       *int
	UnreadOnServer *int
	NewOnServer    *int
	Imported       int
	Duplicates     int
	Failed         int
	Purged         int
	// Remaining is what the last check found new that its run did not reach
	// (emailsLimit, an interruption); the next runs fetch it.
	Remaining int
	// Offered is every message the server offered: the sum of the above.
	Offered int
}

// Reconcile counts the folder's ledger by outcome (READ needed).
func (s *Service) Reconcile(ctx context.Context, folderID int) (*Reconciliation, error) {
	if err := auth.Require(ctx, auth.Target{FolderID: folderID}, viewer.Read); err != nil {
		return nil, err
	}
	var groups []struct {
		Outcome ledgerentry.Outcome `json:"outcome"`
		Count   int                 `json:"count"`
	}
	err := s.client.LedgerEntry.Query().Where(ledgerentry.FolderID(folderID)).
		GroupBy(ledgerentry.FieldOutcome).Aggregate(ent.Count()).Scan(ctx, &groups)
	if err != nil {
		return nil, fmt.Errorf("count ledger: %w", err)
	}
	purged, err := s.client.LedgerEntry.Query().Where(ledgerWhere(folderID, LedgerFilter{Outcome: ptrTo(OutcomePurged)})...).Count(ctx)
	if err != nil {
		return nil, fmt.Errorf("count purged: %w", err)
	}
	rec := &Reconciliation{Purged: purged}
	for _, g := range groups {
		switch g.Outcome {
		case ledgerentry.OutcomeIMPORTED:
			rec.Imported = g.Count - purged
		case ledgerentry.OutcomeDUPLICATE:
			rec.Duplicates = g.Count
		case ledgerentry.OutcomeFAILED:
			rec.Failed = g.Count
		}
	}
	pending, err := s.pendingFailures(ctx, folderID, LedgerFilter{})
	if err != nil {
		return nil, err
	}
	rec.Failed += len(pending)
	run, err := s.lastCheck(ctx, folderID)
	if err != nil {
		return nil, err
	}
	if run != nil {
		at := run.StartedAt
		rec.CheckedAt, rec.OnServer, rec.UnreadOnServer, rec.NewOnServer = &at, run.ServerMessages, run.ServerUnseen, run.ServerNew
		rec.Remaining = max(0, deref(run.ServerNew)-run.Imported-run.Duplicates-run.Failed)
	}
	rec.Offered = rec.Imported + rec.Duplicates + rec.Failed + rec.Purged + rec.Remaining
	return rec, nil
}

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func ptrTo[T any](v T) *T { return &v }

func deref[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

type runIDKey struct{}

// withRunID tells the pipeline which fetch run writes the ledger rows.
func withRunID(ctx context.Context, id int) context.Context {
	return context.WithValue(ctx, runIDKey{}, id)
}

func runIDFrom(ctx context.Context) int {
	id, _ := ctx.Value(runIDKey{}).(int)
	return id
}
