package ingest

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-imap/v2"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailfolder"
	"mailroom/ent/fetchrun"
	"mailroom/ent/ledgerentry"
	"mailroom/mail/account"
	"mailroom/trash"
)

func TestFetchImportsOnceDedupesAndMarksSeen(t *testing.T) {
	onStores(t, Options{}, func(t *testing.T, e *testEnv) {
		e.appendMsg("INBOX", message("a@x", "first", "one"))
		e.appendMsg("INBOX", message("b@x", "second", "two"))
		e.appendMsg("INBOX", message("a@x", "first again", "same Message-ID, other body"))
		noID := message("", "no id", "a message without Message-ID")
		e.appendMsg("INBOX", noID)
		e.appendMsg("INBOX", noID) // delivered twice: same bytes, same sha256
		e.appendMsg("INBOX", message("seen@x", "already read", "not new"), imap.FlagSeen)
		f := e.folder(nil)

		rep := e.fetch(f)
		if rep.Err != nil || rep.Imported != 3 || rep.Duplicates != 2 || rep.Failed != 0 || rep.Remaining != 0 {
			t.Fatalf("first run: %+v", rep)
		}
		for uid, flags := range e.flags("INBOX") {
			if !hasFlag(flags, imap.FlagSeen) {
				t.Errorf("uid %d not marked \\Seen after import: %v", uid, flags)
			}
		}
		subjects, err := e.client.Email.Query().Where(email.FolderID(f.ID)).Order(ent.Asc(email.FieldID)).
			Select(email.FieldSubject).Strings(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(subjects, "|") != "first|second|no id" {
			t.Fatalf("subjects %q", subjects)
		}
		if rep := e.fetch(f); rep.Err != nil || rep.Imported+rep.Duplicates != 0 {
			t.Fatalf("second run: %+v", rep)
		}
		// Marking mail unread on the server does not import it again: the ledger remembers.
		c := e.imap()
		if _, err := c.Select("INBOX", nil).Wait(); err != nil {
			t.Fatal(err)
		}
		var all imap.SeqSet
		all.AddRange(1, 0)
		if err := c.Store(all, &imap.StoreFlags{Op: imap.StoreFlagsDel, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close(); err != nil {
			t.Fatal(err)
		}
		// Only the message that was read before (never imported) is new now.
		if rep := e.fetch(f); rep.Err != nil || rep.Imported != 1 || rep.Duplicates != 0 {
			t.Fatalf("after unseen: %+v", rep)
		}
		if n := e.emailCount(f); n != 4 {
			t.Fatalf("%d emails", n)
		}
		runs, err := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID)).Count(e.ctx)
		if err != nil || runs != 3 {
			t.Fatalf("fetch runs recorded: %d %v", runs, err)
		}
		f, _ = e.client.EmailFolder.Get(e.ctx, f.ID)
		if f.LastFetchAt == nil || f.LastFetchError != nil {
			t.Fatalf("folder last fetch: %v %v", f.LastFetchAt, f.LastFetchError)
		}
	})
}

func TestFetchEmailsLimit(t *testing.T) {
	e := newEnv(t, Options{BatchSize: 3})
	for i := range 20 {
		e.appendMsg("INBOX", message(fmt.Sprintf("m%d@x", i), fmt.Sprintf("message %02d", i), "body"))
	}
	f := e.folder(func(p *FolderParams) { p.EmailsLimit = ptr(7) })
	for i, want := range []struct{ imported, remaining int }{{7, 13}, {7, 6}, {6, 0}, {0, 0}} {
		rep := e.fetch(f)
		if rep.Err != nil || rep.Imported != want.imported || rep.Remaining != want.remaining {
			t.Fatalf("run %d: %+v, want %+v", i+1, rep, want)
		}
	}
	// Oldest first: the first run took messages 00–06.
	first, err := e.client.Email.Query().Where(email.FolderID(f.ID)).Order(ent.Asc(email.FieldID)).First(e.ctx)
	if err != nil || first.Subject != "message 00" {
		t.Fatalf("first imported %v %v", first, err)
	}
}

func TestFetchLeaveKeepsServerUnread(t *testing.T) {
	e := newEnv(t, Options{})
	e.appendMsg("INBOX", message("l1@x", "leave me", "x"))
	f := e.folder(func(p *FolderParams) { p.AfterImport = ptr(emailfolder.AfterImportLEAVE) })
	if rep := e.fetch(f); rep.Imported != 1 || rep.Err != nil {
		t.Fatalf("%+v", rep)
	}
	for _, flags := range e.flags("INBOX") {
		if hasFlag(flags, imap.FlagSeen) {
			t.Fatal("LEAVE marked the message \\Seen")
		}
	}
	if rep := e.fetch(f); rep.Imported != 0 || rep.Duplicates != 0 {
		t.Fatalf("second run %+v", rep)
	}
}

func TestFetchMoveAndDelete(t *testing.T) {
	onStores(t, Options{}, func(t *testing.T, e *testEnv) {
		e.appendMsg("INBOX", message("mv@x", "move me", "x"))
		f := e.folder(func(p *FolderParams) {
			p.AfterImport = ptr(emailfolder.AfterImportMOVE)
			p.MoveTo = ptr("Archive")
		})
		if rep := e.fetch(f); rep.Imported != 1 || rep.Err != nil {
			t.Fatalf("move: %+v", rep)
		}
		if n := len(e.flags("INBOX")); n != 0 {
			t.Fatalf("INBOX still has %d messages", n)
		}
		if n := len(e.flags("Archive")); n != 1 {
			t.Fatalf("Archive has %d messages", n)
		}

		e.appendMsg("INBOX", message("del@x", "delete me", "x"))
		e.appendMsg("INBOX", message("keep@x", "read, keep", "x"), imap.FlagSeen)
		f2 := e.folder(func(p *FolderParams) {
			p.Title = ptr("deleting")
			p.AfterImport = ptr(emailfolder.AfterImportDELETE)
		})
		if rep := e.fetch(f2); rep.Imported != 1 || rep.Err != nil {
			t.Fatalf("delete: %+v", rep)
		}
		left := e.flags("INBOX")
		if len(left) != 1 {
			t.Fatalf("INBOX has %d messages; only the read one should stay", len(left))
		}
	})
}

// A failed acknowledgement is re-applied by the next run, without importing again.
func TestFetchReappliesPendingAck(t *testing.T) {
	e := newEnv(t, Options{})
	e.appendMsg("INBOX", message("p@x", "pending", "x"))
	f := e.folder(func(p *FolderParams) {
		p.AfterImport = ptr(emailfolder.AfterImportMOVE)
		p.MoveTo = ptr("Does/Not/Exist")
	})
	rep := e.fetch(f)
	if rep.Imported != 1 || rep.Err == nil {
		t.Fatalf("expected an import and an acknowledgement error: %+v", rep)
	}
	unacked, _ := e.client.LedgerEntry.Query().Where(ledgerentry.FolderID(f.ID), ledgerentry.Acked(false)).Count(e.ctx)
	if unacked != 1 {
		t.Fatalf("%d unacknowledged ledger entries", unacked)
	}
	if _, err := e.svc.UpdateFolder(e.ctx, f.ID, FolderParams{AfterImport: ptr(emailfolder.AfterImportMARK_SEEN)}); err != nil {
		t.Fatal(err)
	}
	rep = e.fetch(f)
	if rep.Err != nil || rep.Imported != 0 || rep.Duplicates != 0 {
		t.Fatalf("second run: %+v", rep)
	}
	for _, flags := range e.flags("INBOX") {
		if !hasFlag(flags, imap.FlagSeen) {
			t.Fatal("pending acknowledgement not applied")
		}
	}
	unacked, _ = e.client.LedgerEntry.Query().Where(ledgerentry.FolderID(f.ID), ledgerentry.Acked(false)).Count(e.ctx)
	if unacked != 0 {
		t.Fatalf("%d unacknowledged ledger entries after the second run", unacked)
	}
}

func TestFetchKeepsUnparseableMail(t *testing.T) {
	onStores(t, Options{}, func(t *testing.T, e *testEnv) {
		garbage := "Subject: broken\r\nContent-Type: multipart/mixed; boundary=\"zz\"\r\nMessage-ID: <broken@x>\r\n\r\n--zz\r\nContent-Type: text/plain\r\n\r\nno end boundary, and \x00\xff binary\r\n"
		e.appendMsg("INBOX", garbage)
		f := e.folder(nil)
		if rep := e.fetch(f); rep.Imported != 1 || rep.Failed != 0 {
			t.Fatalf("%+v", rep)
		}
		m, err := e.client.Email.Query().Where(email.FolderID(f.ID)).Only(e.ctx)
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != "broken" || m.Size != int64(len(garbage)) {
			t.Fatalf("email %q size %d", m.Subject, m.Size)
		}
		raw, err := e.blobs.Open(m.RawSha256)
		if err != nil {
			t.Fatal(err)
		}
		raw.Close()
	})
}

func TestFetchSingleFlight(t *testing.T) {
	e := newEnv(t, Options{BatchSize: 5})
	for i := range 30 {
		e.appendMsg("INBOX", message(fmt.Sprintf("sf%d@x", i), "s", "x"))
	}
	f := e.folder(nil)
	var wg sync.WaitGroup
	reps := make([]Report, 4)
	for i := range reps {
		wg.Add(1)
		go func() {
			defer wg.Done()
			reps[i], _ = e.svc.Fetch(e.ctx, f.ID, TriggerManual)
		}()
	}
	wg.Wait()
	total := 0
	for _, r := range reps {
		total += r.Imported
	}
	runs, _ := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID)).Count(e.ctx)
	// Callers that arrived during the run joined it; late ones ran again and found nothing.
	if n := e.emailCount(f); n != 30 {
		t.Fatalf("%d emails", n)
	}
	if runs >= 4 && total != 30 {
		t.Fatalf("runs %d, imported in total %d", runs, total)
	}
}

func TestFetchErrorsInPlainWords(t *testing.T) {
	e := newEnv(t, Options{})
	f := e.folder(func(p *FolderParams) { p.Password = ptr("wrong") })
	rep := e.fetch(f)
	if !errors.Is(rep.Err, account.ErrAuthFailed) {
		t.Fatalf("wrong password: %v", rep.Err)
	}
	f, _ = e.client.EmailFolder.Get(e.ctx, f.ID)
	if f.LastFetchError == nil || !strings.Contains(*f.LastFetchError, "authentication failed") {
		t.Fatalf("last fetch error %v", f.LastFetchError)
	}
	f2 := e.folder(func(p *FolderParams) { p.Title = ptr("missing"); p.Mailbox = ptr("Nope") })
	if rep := e.fetch(f2); !errors.Is(rep.Err, account.ErrMailboxNotFound) {
		t.Fatalf("missing mailbox: %v", rep.Err)
	}
}

func TestFolderValidation(t *testing.T) {
	e := newEnv(t, Options{})
	cases := []struct {
		field  string
		change func(*FolderParams)
	}{
		{"host", func(p *FolderParams) { p.Host = ptr("") }},
		{"port", func(p *FolderParams) { p.Port = ptr(70000) }},
		{"port", func(p *FolderParams) { p.Port = ptr(-1) }},
		{"emailsLimit", func(p *FolderParams) { p.EmailsLimit = ptr(0) }},
		{"sslProtocols", func(p *FolderParams) { p.SSLProtocols = ptr("SSLv3") }},
		{"protocol", func(p *FolderParams) { p.Protocol = ptr(emailfolder.Protocol("SMTP")) }},
		{"title", func(p *FolderParams) { p.Title = ptr(" ") }},
		{"password", func(p *FolderParams) { p.Password = nil }},
		{"moveTo", func(p *FolderParams) { p.AfterImport = ptr(emailfolder.AfterImportMOVE) }},
		{"trustedCertificate", func(p *FolderParams) { p.TrustedCertificate = ptr("not a certificate") }},
	}
	for _, c := range cases {
		p := FolderParams{Title: ptr("t"), Email: ptr("a@b"), Password: ptr("pw"), Host: ptr("imap.example.com")}
		c.change(&p)
		_, err := e.svc.CreateFolder(e.ctx, e.ws.ID, p)
		var fe *account.FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: got %v", c.field, err)
		}
	}
}

func TestFolderDefaultsAndSealedPassword(t *testing.T) {
	e := newEnv(t, Options{})
	f, err := e.svc.CreateFolder(e.ctx, e.ws.ID, FolderParams{Title: ptr("t"), Email: ptr("a@b"),
		Password: ptr("hunter2-secret"), Host: ptr("imap.example.com")})
	if err != nil {
		t.Fatal(err)
	}
	if f.Protocol != emailfolder.ProtocolIMAPS || f.Port != 993 || f.SocketFactoryPort != 993 || !f.StartTLS ||
		!f.SocketFactoryFallback || f.SslProtocols != "TLSv1.2 TLSv1.3" || f.EmailsLimit != 100 ||
		f.Mailbox != "INBOX" || f.FetchIntervalMinutes != 30 || f.AfterImport != emailfolder.AfterImportMARK_SEEN {
		t.Fatalf("defaults: %+v", f)
	}
	if strings.Contains(string(f.PasswordEnc), "hunter2") {
		t.Fatal("password stored in clear")
	}
	pop, err := e.svc.CreateFolder(e.ctx, e.ws.ID, FolderParams{Title: ptr("p"), Email: ptr("a@b"),
		Password: ptr("x"), Host: ptr("pop.example.com"), Protocol: ptr(emailfolder.ProtocolPOP3S)})
	if err != nil {
		t.Fatal(err)
	}
	if pop.Port != 995 || pop.AfterImport != emailfolder.AfterImportLEAVE {
		t.Fatalf("POP3S defaults: port %d afterImport %s", pop.Port, pop.AfterImport)
	}
	// An update without a password keeps the stored one.
	u, err := e.svc.UpdateFolder(e.ctx, f.ID, FolderParams{Title: ptr("renamed"), Password: ptr("")})
	if err != nil {
		t.Fatal(err)
	}
	if string(u.PasswordEnc) != string(f.PasswordEnc) || u.Title != "renamed" {
		t.Fatal("update changed the password or lost the title")
	}
	cfg, err := e.svc.folderAccount(e.ctx, u)
	if err != nil || cfg.Password != "hunter2-secret" || cfg.Username != "a@b" {
		t.Fatalf("account: %+v %v", cfg, err)
	}
}

// Trashed mail still counts for duplicate detection, and purged mail is
// remembered by the ledger: delivered again, neither is imported again.
func TestTrashedAndPurgedMailIsNotImportedAgain(t *testing.T) {
	onStores(t, Options{}, func(t *testing.T, e *testEnv) {
		e.appendMsg("INBOX", message("t@x", "to trash", "x"))
		f := e.folder(nil)
		e.fetch(f)
		m := e.client.Email.Query().Where(email.FolderID(f.ID)).OnlyX(e.ctx)
		bin := trash.New(e.client, e.blobs, nil)
		if _, err := bin.Trash(e.ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		e.appendMsg("INBOX", message("t@x", "to trash, again", "x"))
		if rep := e.fetch(f); rep.Imported != 0 || rep.Duplicates != 1 {
			t.Fatalf("after trash: %+v", rep)
		}
		if err := bin.Purge(e.ctx, m.ID); err != nil {
			t.Fatal(err)
		}
		e.appendMsg("INBOX", message("t@x", "to trash, a third time", "x"))
		if rep := e.fetch(f); rep.Imported != 0 || rep.Duplicates != 1 {
			t.Fatalf("after purge: %+v", rep)
		}
		if n := e.emailCount(f); n != 0 {
			t.Fatalf("%d emails", n)
		}
	})
}
