package ingest

import (
	"io"
	"log/slog"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapserver"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/fetchrun"
	"mailroom/ent/ledgerentry"
	"mailroom/trash"
)

// bodiless makes the in-memory server answer a UID FETCH of some messages
// without their body, as servers do for a message they cannot read (a
// corrupt store): the pipeline cannot import it and must retry it later.
type bodiless struct {
	mu   sync.Mutex
	uids map[imap.UID]bool
}

func (b *bodiless) set(uids ...imap.UID) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.uids = map[imap.UID]bool{}
	for _, u := range uids {
		b.uids[u] = true
	}
}

// split returns the part of set the server answers normally and the UIDs it answers without a body.
func (b *bodiless) split(set imap.NumSet) (imap.NumSet, []imap.UID) {
	b.mu.Lock()
	defer b.mu.Unlock()
	uidSet, ok := set.(imap.UIDSet)
	if !ok || len(b.uids) == 0 {
		return set, nil
	}
	nums, ok := uidSet.Nums()
	if !ok {
		return set, nil
	}
	var keep, broken []imap.UID
	for _, u := range nums {
		if b.uids[u] {
			broken = append(broken, u)
		} else {
			keep = append(keep, u)
		}
	}
	if len(keep) == 0 {
		return nil, broken
	}
	return imap.UIDSetNum(keep...), broken
}

type bodilessSession struct {
	imapserver.Session
	b *bodiless
}

func (s bodilessSession) Fetch(w *imapserver.FetchWriter, set imap.NumSet, opts *imap.FetchOptions) error {
	if len(opts.BodySection) == 0 {
		return s.Session.Fetch(w, set, opts)
	}
	keep, broken := s.b.split(set)
	if keep != nil {
		if err := s.Session.Fetch(w, keep, opts); err != nil {
			return err
		}
	}
	if len(broken) > 0 {
		return s.Session.Fetch(w, imap.UIDSetNum(broken...), &imap.FetchOptions{UID: true, Flags: true})
	}
	return nil
}

// serveBodiless puts a second IMAP listener in front of the same mailboxes,
// answering the UIDs of the returned set without a body; folders created
// afterwards use it.
func (e *testEnv) serveBodiless() *bodiless {
	b := &bodiless{}
	srv := imapserver.New(&imapserver.Options{
		NewSession: func(*imapserver.Conn) (imapserver.Session, *imapserver.GreetingData, error) {
			return bodilessSession{Session: e.imapSrv.NewSession(), b: b}, nil, nil
		},
		// IMAP4rev1 only: the wrapper does not forward the IMAP4rev2 extras (MARK_SEEN needs none).
		Caps:         imap.CapSet{imap.CapIMAP4rev1: {}},
		InsecureAuth: true,
		Logger:       slog.NewLogLogger(slog.NewTextHandler(io.Discard, nil), slog.LevelError),
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		e.t.Fatal(err)
	}
	go srv.Serve(ln)
	e.t.Cleanup(func() { srv.Close() })
	e.addr = ln.Addr().String()
	return b
}

func (e *testEnv) ledger(folderID int, f LedgerFilter) []*LedgerEntry {
	e.t.Helper()
	var all []*LedgerEntry
	if err := e.svc.EachLedgerEntry(e.ctx, folderID, f, func(page []*LedgerEntry) error {
		all = append(all, page...)
		return nil
	}); err != nil {
		e.t.Fatal(err)
	}
	return all
}

func (e *testEnv) reconcile(folderID int) *Reconciliation {
	e.t.Helper()
	r, err := e.svc.Reconcile(e.ctx, folderID)
	if err != nil {
		e.t.Fatal(err)
	}
	return r
}

// adds checks that the reconciliation's counts add up to what it says was offered.
func adds(t *testing.T, r *Reconciliation, offered int) {
	t.Helper()
	if sum := r.Imported + r.Duplicates + r.Failed + r.Purged + r.Remaining; sum != r.Offered || r.Offered != offered {
		t.Fatalf("reconciliation %+v: sum %d, offered %d, want %d", *r, sum, r.Offered, offered)
	}
}

// TestLedgerAccountsForEveryMessage fetches a mailbox with every outcome —
// imported, a duplicate by Message-ID, a duplicate by content, one the
// server cannot deliver, one imported and then purged — and checks the
// ledger lists each with its outcome, the reconciliation adds up, and the
// failed message is retried and then imported.
func TestLedgerAccountsForEveryMessage(t *testing.T) {
	onStores(t, Options{BatchSize: 2}, func(t *testing.T, e *testEnv) {
		noID := message("", "no id", "a message without Message-ID")
		for _, raw := range []string{
			message("a@x", "first", "one"),                   // uid 1: IMPORTED
			message("b@x", "to purge", "two"),                // uid 2: IMPORTED, then PURGED
			message("a@x", "first again", "same Message-ID"), // uid 3: DUPLICATE of 1 by Message-ID
			noID, // uid 4: IMPORTED
			noID, // uid 5: DUPLICATE of 4 by content
			message("c@x", "unreadable", "the server fails it"), // uid 6: FAILED, retried
		} {
			e.appendMsg("INBOX", raw)
		}
		e.appendMsg("INBOX", message("seen@x", "already read", "not offered"), imap.FlagSeen) // uid 7
		broken := e.serveBodiless()
		broken.set(6)
		f := e.folder(nil)

		rep := e.fetch(f)
		if rep.Imported != 3 || rep.Duplicates != 2 || rep.Failed != 1 {
			t.Fatalf("first run: %+v", rep)
		}
		run1 := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID)).OnlyX(e.ctx)
		byUID := func(entries []*LedgerEntry) map[string]*LedgerEntry {
			m := map[string]*LedgerEntry{}
			for _, en := range entries {
				if m[en.ServerUID] != nil {
					t.Fatalf("uid %s listed twice", en.ServerUID)
				}
				m[en.ServerUID] = en
			}
			return m
		}
		emailOf := func(subject string) int {
			return e.client.Email.Query().Where(email.FolderID(f.ID), email.Subject(subject)).OnlyIDX(e.ctx)
		}
		purged := emailOf("to purge")
		bin := trash.New(e.client, e.blobs, nil)
		if _, err := bin.Trash(e.ctx, purged); err != nil {
			t.Fatal(err)
		}
		if err := bin.Purge(e.ctx, purged); err != nil {
			t.Fatal(err)
		}

		all := e.ledger(f.ID, LedgerFilter{})
		got := byUID(all)
		type want struct {
			outcome LedgerOutcome
			email   int
			dupOf   int
			by      string
		}
		first, noIDEmail := emailOf("first"), emailOf("no id")
		wants := map[string]want{
			"1": {OutcomeImported, first, 0, ""},
			"2": {OutcomePurged, purged, 0, ""},
			"3": {OutcomeDuplicate, 0, first, "MESSAGE_ID"},
			"4": {OutcomeImported, noIDEmail, 0, ""},
			"5": {OutcomeDuplicate, 0, noIDEmail, "CONTENT"},
			"6": {OutcomeFailed, 0, 0, ""},
		}
		if len(got) != len(wants) {
			t.Fatalf("ledger lists %d messages, want %d (the read one is not offered)", len(got), len(wants))
		}
		for uid, w := range wants {
			en := got[uid]
			if en == nil {
				t.Fatalf("uid %s missing from the ledger", uid)
			}
			by := ""
			if en.DuplicateBy != nil {
				by = string(*en.DuplicateBy)
			}
			if en.Outcome != w.outcome || deref(en.EmailID) != w.email || deref(en.DuplicateOfID) != w.dupOf || by != w.by {
				t.Errorf("uid %s: %s email %d duplicateOf %d by %q; want %+v", uid, en.Outcome, deref(en.EmailID),
					deref(en.DuplicateOfID), by, w)
			}
			if deref(en.RunID) != run1.ID || deref(en.UIDValidity) != int(e.client.EmailFolder.GetX(e.ctx, f.ID).UIDValidity) {
				t.Errorf("uid %s: run %v validity %v", uid, en.RunID, en.UIDValidity)
			}
		}
		if f6 := got["6"]; !f6.WillRetry || !strings.Contains(deref(f6.Reason), "no body") {
			t.Errorf("failed entry: retry %v, reason %q", f6.WillRetry, deref(f6.Reason))
		}
		if !strings.Contains(deref(got["3"].Reason), "Message-ID") || !strings.Contains(deref(got["5"].Reason), "content") {
			t.Errorf("duplicate reasons: %q, %q", deref(got["3"].Reason), deref(got["5"].Reason))
		}
		// Order: the failure to retry first, then newest first.
		var order []string
		for _, en := range all {
			order = append(order, en.ServerUID)
		}
		if strings.Join(order, ",") != "6,5,4,3,2,1" {
			t.Errorf("order %v", order)
		}

		// Each outcome filter lists exactly the entries of that outcome.
		for _, o := range []LedgerOutcome{OutcomeImported, OutcomeDuplicate, OutcomeFailed, OutcomePurged} {
			var wantUIDs, gotUIDs []string
			for uid, w := range wants {
				if w.outcome == o {
					wantUIDs = append(wantUIDs, uid)
				}
			}
			for _, en := range e.ledger(f.ID, LedgerFilter{Outcome: &o}) {
				gotUIDs = append(gotUIDs, en.ServerUID)
			}
			slices.Sort(wantUIDs)
			slices.Sort(gotUIDs)
			if !slices.Equal(gotUIDs, wantUIDs) {
				t.Errorf("%s: %v, want %v", o, gotUIDs, wantUIDs)
			}
		}

		// Pages of two walk the same list, each entry once.
		var paged []string
		after := 0
		for range 10 {
			page, err := e.svc.Ledger(e.ctx, f.ID, LedgerFilter{}, after, 2)
			if err != nil {
				t.Fatal(err)
			}
			if page.TotalCount != 6 || len(page.Entries) > 2 {
				t.Fatalf("page: total %d, %d entries", page.TotalCount, len(page.Entries))
			}
			for _, en := range page.Entries {
				paged = append(paged, en.ServerUID)
				after = en.Cursor
			}
			if !page.HasNext {
				break
			}
		}
		if strings.Join(paged, ",") != strings.Join(order, ",") {
			t.Errorf("paged %v, want %v", paged, order)
		}

		r := e.reconcile(f.ID)
		adds(t, r, 6)
		if r.Imported != 2 || r.Duplicates != 2 || r.Failed != 1 || r.Purged != 1 || r.Remaining != 0 {
			t.Errorf("reconciliation %+v", *r)
		}
		if deref(r.OnServer) != 7 || deref(r.UnreadOnServer) != 6 || deref(r.NewOnServer) != 6 || r.CheckedAt == nil {
			t.Errorf("server counts: on %v unread %v new %v", r.OnServer, r.UnreadOnServer, r.NewOnServer)
		}

		// The server recovers: the next run retries the failed message and imports it.
		broken.set()
		if rep := e.fetch(f); rep.Imported != 1 || rep.Failed != 0 {
			t.Fatalf("second run: %+v", rep)
		}
		run2 := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID)).Order(ent.Desc(fetchrun.FieldID)).FirstX(e.ctx)
		got = byUID(e.ledger(f.ID, LedgerFilter{}))
		if en := got["6"]; en.Outcome != OutcomeImported || deref(en.RunID) != run2.ID || deref(en.EmailID) != emailOf("unreadable") {
			t.Errorf("after retry, uid 6: %s run %v", en.Outcome, en.RunID)
		}
		r = e.reconcile(f.ID)
		adds(t, r, 6)
		if r.Imported != 3 || r.Failed != 0 || r.Purged != 1 {
			t.Errorf("after retry: %+v", *r)
		}

		// Each run lists the entries it produced: the first still shows its failure (not retried from there).
		run1Entries := byUID(e.ledger(f.ID, LedgerFilter{RunID: run1.ID}))
		if len(run1Entries) != 6 || run1Entries["6"].Outcome != OutcomeFailed || run1Entries["6"].WillRetry {
			t.Errorf("run 1 lists %d entries, uid 6 %+v", len(run1Entries), run1Entries["6"])
		}
		if run2Entries := e.ledger(f.ID, LedgerFilter{RunID: run2.ID}); len(run2Entries) != 1 || run2Entries[0].ServerUID != "6" {
			t.Errorf("run 2 lists %d entries", len(run2Entries))
		}
		// A durable FAILED row (a failure that is final) is listed and counted, not retried.
		e.client.LedgerEntry.Create().SetFolderID(f.ID).SetUIDValidity(e.client.EmailFolder.GetX(e.ctx, f.ID).UIDValidity).
			SetServerUID("99").SetOutcome(ledgerentry.OutcomeFAILED).SetError("too large").SetAcked(true).ExecX(e.ctx)
		if r := e.reconcile(f.ID); r.Failed != 1 || r.Offered != 7 {
			t.Errorf("with a final failure: %+v", *r)
		}
		if en := byUID(e.ledger(f.ID, LedgerFilter{}))["99"]; en.Outcome != OutcomeFailed || en.WillRetry || deref(en.Reason) != "too large" {
			t.Errorf("final failure: %+v", en)
		}
	})
}

// TestReconciliationCountsWhatIsLeft: messages beyond emailsLimit are
// remaining until the next run, and the numbers add up all along.
func TestReconciliationCountsWhatIsLeft(t *testing.T) {
	e := newEnv(t, Options{})
	for _, id := range []string{"1@x", "2@x", "3@x", "4@x", "5@x"} {
		e.appendMsg("INBOX", message(id, id, id))
	}
	f := e.folder(func(p *FolderParams) { p.EmailsLimit = ptr(2) })
	if r := e.reconcile(f.ID); r.CheckedAt != nil || r.Offered != 0 {
		t.Fatalf("before any run: %+v", *r)
	}
	for run, want := range []struct{ imported, remaining int }{{2, 3}, {4, 1}, {5, 0}} {
		e.fetch(f)
		r := e.reconcile(f.ID)
		adds(t, r, want.imported+want.remaining)
		if r.Imported != want.imported || r.Remaining != want.remaining {
			t.Errorf("run %d: %+v", run+1, *r)
		}
	}
}
