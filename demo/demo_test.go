package demo

import (
	"bytes"
	"context"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/hex"
	"errors"
	"io"
	"log/slog"
	"net"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailfolder"
	"mailroom/ent/workspace"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/internal/testenv"
	"mailroom/mail/account"
	"mailroom/netpolicy"
)

// env is a data directory with the real store, blob store and ingest
// service, as `mailroom serve` builds them.
type env struct {
	t      *testing.T
	ctx    context.Context
	client *ent.Client
	blobs  *blob.Store
	ing    *ingest.Service
	log    *slog.Logger
	logBuf *bytes.Buffer
}

func newEnv(t *testing.T) *env {
	t.Helper()
	te := testenv.New(t)
	var logBuf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logBuf, &slog.HandlerOptions{Level: slog.LevelDebug}))
	ing := ingest.New(te.Client, te.Blobs, te.Keyring, events.NewHub(), log, ingest.Options{})
	t.Cleanup(ing.Close)
	return &env{t: t, ctx: te.Ctx, client: te.Client, blobs: te.Blobs, ing: ing, log: log, logBuf: &logBuf}
}

// listen starts a demo server that the test closes at its end.
func (e *env) listen() *Server {
	e.t.Helper()
	s, err := Listen(e.log)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { s.Close() })
	return s
}

func (e *env) provision(s *Server) *ent.EmailFolder {
	e.t.Helper()
	f, err := s.Provision(context.Background(), e.client, e.ing)
	if err != nil {
		e.t.Fatal(err)
	}
	return f
}

func (e *env) fetch(folderID int) ingest.Report {
	e.t.Helper()
	rep, err := e.ing.Fetch(e.ctx, folderID, ingest.TriggerManual)
	if err != nil {
		e.t.Fatal(err)
	}
	if rep.Err != nil {
		e.t.Fatalf("fetch: %v", rep.Err)
	}
	return rep
}

// demoCounts is the number of Demo workspaces and of email folders in them.
func (e *env) demoCounts() (workspaces, folders int) {
	e.t.Helper()
	workspaces, err := e.client.Workspace.Query().Where(workspace.Title(WorkspaceTitle)).Count(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	folders, err = e.client.EmailFolder.Query().Where(emailfolder.HasWorkspaceWith(workspace.Title(WorkspaceTitle))).Count(e.ctx)
	if err != nil {
		e.t.Fatal(err)
	}
	return workspaces, folders
}

// The subjects of the sample mail, decoded, oldest first.
var wantSubjects = []string{
	"Invoice INV-2041 from Copperleaf Hosting",
	"Acme onboarding kickoff: notes and next steps",
	"The Ledger #42 — cash flow habits of small studios",
	"Réunion d'équipe jeudi : ordre du jour",
	"Q4 roadmap review",
	"Re: Q4 roadmap review",
	"Re: Q4 roadmap review",
	"Re: Q4 roadmap review",
	"Angebot Nr. 2026-118: Übersetzung der Produktdokumentation",
	"お見積書送付のご案内（ウェブサイト改修）",
	"Invitation: Design review with Acme",
	"Invoice 7781 from Brightline Print Co.",
	"Fwd: Master services agreement — redlines",
	"Scan from MFP-2F",
	"Coffee machine is fixed ☕",
	"Junior designer application — portfolio",
	"Your Northwind Stationery receipt #NW-88213",
	"Re: Website copy: final tweaks",
	"Facture F-2026-118 — Atelier Dupuis",
	"New sign-in to your Copperleaf account",
	"Reminder: quarterly VAT return due in two weeks",
	"Grüße aus Berlin – Messe-Nachbericht",
	"Photos from the offsite",
	"アイコン案のスケッチ / icon sketches for Acme",
	"Year-end holiday schedule",
	"harborlane.example renews in 14 days",
	"Feedback on the onboarding mockups",
	"Server maintenance window this Saturday",
	"Lunch & learn on Friday: accessibility basics",
	"Welcome to the Mailroom demo inbox",
}

// TestDemoFetch is what a newcomer does: the demo starts, they click "Check
// email", and the sample mail arrives complete, over verified TLS.
func TestDemoFetch(t *testing.T) {
	e := newEnv(t)
	started := time.Now()
	s := e.listen()
	f := e.provision(s)

	if f.Protocol != emailfolder.ProtocolIMAPS || f.Host != "127.0.0.1" || f.Port != s.port ||
		f.SocketFactoryPort != s.port || f.AllowInsecureAuth || f.TrustedCertificate != s.certPEM ||
		f.Email != Username || f.FetchIntervalMinutes != 0 || f.Push || f.AfterImport != emailfolder.AfterImportMARK_SEEN {
		t.Errorf("folder parameters: %+v", f)
	}
	if ws, _ := e.demoCounts(); ws != 1 {
		t.Fatalf("%d Demo workspaces", ws)
	}

	rep := e.fetch(f.ID)
	if rep.Imported != len(wantSubjects) || rep.Failed != 0 || rep.Duplicates != 0 || rep.Remaining != 0 {
		t.Fatalf("report %+v, want %d imported and nothing else", rep, len(wantSubjects))
	}

	emails, err := e.client.Email.Query().Where(email.FolderID(f.ID)).
		Order(ent.Asc(email.FieldSentAt), ent.Asc(email.FieldID)).WithAttachments().All(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, m := range emails {
		subjects = append(subjects, m.Subject)
		if m.ParseError != nil {
			t.Errorf("%q: parse error %s", m.Subject, *m.ParseError)
		}
		if m.SentAt == nil || m.SentAt.After(started) || m.SentAt.Before(started.AddDate(0, 0, -30)) {
			t.Errorf("%q: sent at %v, want within the last 30 days", m.Subject, m.SentAt)
		}
	}
	if !slices.Equal(subjects, wantSubjects) {
		t.Errorf("subjects, oldest first:\n got %q\nwant %q", subjects, wantSubjects)
	}
	bySubject := func(subject string) *ent.Email {
		for _, m := range emails {
			if m.Subject == subject {
				return m
			}
		}
		t.Fatalf("no email %q", subject)
		return nil
	}

	// The thread: each reply points at the previous message.
	var thread []*ent.Email
	for _, m := range emails {
		if strings.HasSuffix(m.Subject, "Q4 roadmap review") {
			thread = append(thread, m)
		}
	}
	if len(thread) != 4 {
		t.Fatalf("%d messages in the thread, want 4", len(thread))
	}
	if thread[0].InReplyTo != "" {
		t.Errorf("the thread's first message replies to %q", thread[0].InReplyTo)
	}
	for i := 1; i < len(thread); i++ {
		if thread[i].InReplyTo != thread[i-1].MessageID {
			t.Errorf("message %d replies to %q, want %q", i+1, thread[i].InReplyTo, thread[i-1].MessageID)
		}
		var wantRefs []string
		for _, m := range thread[:i] {
			wantRefs = append(wantRefs, m.MessageID)
		}
		if !slices.Equal(thread[i].References, wantRefs) {
			t.Errorf("message %d references %q, want %q", i+1, thread[i].References, wantRefs)
		}
	}

	// Attachments, stored in the blob store under their sha256.
	type att struct{ filename, contentType string }
	for subject, want := range map[string][]att{
		"Invoice INV-2041 from Copperleaf Hosting":           {{"INV-2041.pdf", "application/pdf"}},
		"Invoice 7781 from Brightline Print Co.":             {{"Brightline-Invoice-7781.pdf", "application/pdf"}},
		"Facture F-2026-118 — Atelier Dupuis":                {{"Facture-F-2026-118.pdf", "application/pdf"}},
		"お見積書送付のご案内（ウェブサイト改修）":                               {{"見積書_HL-2026-031.pdf", "application/pdf"}},
		"The Ledger #42 — cash flow habits of small studios": {{"masthead.png", "image/png"}},
		"Junior designer application — portfolio":            {{"portfolio-preview.png", "image/png"}, {"Mara_Lindqvist_CV.pdf", "application/pdf"}},
		"Invitation: Design review with Acme":                {{"invite.ics", "text/calendar"}},
		"Fwd: Master services agreement — redlines":          {{"Master services agreement - redlines.eml", "message/rfc822"}},
		"Scan from MFP-2F":                                   {{"scan_0042.pdf", "application/pdf"}},
	} {
		m := bySubject(subject)
		var got []att
		for _, a := range m.Edges.Attachments {
			got = append(got, att{a.Filename, a.ContentType})
			e.checkBlob(a.Sha256, a.Size, a.ContentType)
		}
		slices.SortFunc(got, func(a, b att) int { return strings.Compare(a.filename, b.filename) })
		slices.SortFunc(want, func(a, b att) int { return strings.Compare(a.filename, b.filename) })
		if !slices.Equal(got, want) {
			t.Errorf("%q: attachments %v, want %v", subject, got, want)
		}
		if m.AttachmentCount != len(want) {
			t.Errorf("%q: attachment count %d, want %d", subject, m.AttachmentCount, len(want))
		}
	}

	// The newsletter's picture is inline (cid:), the hero image remote.
	news := bySubject("The Ledger #42 — cash flow habits of small studios")
	if a := news.Edges.Attachments[0]; a.ContentID != "masthead@theledger.example" || !a.Inline {
		t.Errorf("newsletter picture: content-id %q inline %v", a.ContentID, a.Inline)
	}
	if news.HTML == nil || !strings.Contains(*news.HTML, "Cash flow habits of small studios") {
		t.Errorf("newsletter HTML: %v", news.HTML)
	}

	// Bodies in other charsets than UTF-8 come out right.
	for subject, want := range map[string]string{
		"Angebot Nr. 2026-118: Übersetzung der Produktdokumentation": "Mit freundlichen Grüßen", // ISO-8859-1
		"お見積書送付のご案内（ウェブサイト改修）":                                       "お見積書を添付にてお送りいたします。",      // ISO-2022-JP
		"Réunion d'équipe jeudi : ordre du jour":                     "Déménagement du serveur de fichiers",
		"Your Northwind Stationery receipt #NW-88213":                "Toner cartridge, black", // HTML only
	} {
		if m := bySubject(subject); !strings.Contains(m.Text, want) {
			t.Errorf("%q: text lacks %q:\n%s", subject, want, m.Text)
		}
	}
	if m := bySubject("Angebot Nr. 2026-118: Übersetzung der Produktdokumentation"); m.From == nil || m.From.Name != "Übersetzungsbüro Krause" {
		t.Errorf("ISO-8859-1 sender name: %+v", m.From)
	}
	if m := bySubject("Scan from MFP-2F"); m.MessageID != "" {
		t.Errorf("the scan has Message-ID %q, want none", m.MessageID)
	}

	// Provisioning again (a second start with the same server) changes
	// nothing, and the mail is now read on the server: nothing new.
	f2 := e.provision(s)
	if f2.ID != f.ID {
		t.Errorf("folder %d became %d", f.ID, f2.ID)
	}
	if ws, folders := e.demoCounts(); ws != 1 || folders != 1 {
		t.Errorf("%d Demo workspaces and %d folders, want 1 and 1", ws, folders)
	}
	if unseen := s.unseen(t); len(unseen) != 0 {
		t.Errorf("unread on the server after import: %v", unseen)
	}
	if rep := e.fetch(f.ID); rep.Imported != 0 || rep.Duplicates != 0 || rep.Failed != 0 {
		t.Errorf("second fetch %+v, want nothing", rep)
	}
	if n := e.client.Email.Query().CountX(e.ctx); n != len(wantSubjects) {
		t.Errorf("%d emails after the second fetch", n)
	}
}

// checkBlob asserts the attachment's bytes are stored and look like their type.
func (e *env) checkBlob(sum string, size int64, contentType string) {
	e.t.Helper()
	f, err := e.blobs.Open(sum)
	if err != nil {
		e.t.Errorf("attachment %s: %v", sum, err)
		return
	}
	defer f.Close()
	b, err := io.ReadAll(f)
	if err != nil {
		e.t.Fatal(err)
	}
	h := sha256.Sum256(b)
	if hex.EncodeToString(h[:]) != sum || int64(len(b)) != size {
		e.t.Errorf("attachment %s: stored bytes do not match", sum)
	}
	magic := map[string]string{"application/pdf": "%PDF-", "image/png": "\x89PNG\r\n\x1a\n",
		"text/calendar": "BEGIN:VCALENDAR", "message/rfc822": "Return-Path:"}[contentType]
	if !bytes.HasPrefix(b, []byte(magic)) {
		e.t.Errorf("attachment %s (%s) starts with %q", sum, contentType, b[:min(len(b), 16)])
	}
}

// TestDemoRestart is a second start on the same data directory: a new
// server (port, password and certificate change), the same workspace and
// folder, pointed at the new server, and nothing imported twice.
func TestDemoRestart(t *testing.T) {
	e := newEnv(t)
	first := e.listen()
	f := e.provision(first)
	if rep := e.fetch(f.ID); rep.Imported != len(wantSubjects) {
		t.Fatalf("first fetch %+v", rep)
	}
	first.Close()

	second := e.listen()
	if second.port == first.port || second.password == first.password || second.certPEM == first.certPEM {
		t.Fatal("the second server reuses the first one's port, password or certificate")
	}
	f2 := e.provision(second)
	if f2.ID != f.ID || f2.Port != second.port || f2.SocketFactoryPort != second.port || f2.TrustedCertificate != second.certPEM {
		t.Errorf("folder after restart: id %d port %d/%d, certificate updated %v",
			f2.ID, f2.Port, f2.SocketFactoryPort, f2.TrustedCertificate == second.certPEM)
	}
	if ws, folders := e.demoCounts(); ws != 1 || folders != 1 {
		t.Errorf("%d Demo workspaces and %d folders, want 1 and 1", ws, folders)
	}
	// The fetch succeeds (new password and certificate) and finds the same
	// mail, already imported.
	if rep := e.fetch(f.ID); rep.Imported != 0 || rep.Failed != 0 {
		t.Errorf("fetch after restart %+v, want nothing new", rep)
	}
	if n := e.client.Email.Query().CountX(e.ctx); n != len(wantSubjects) {
		t.Errorf("%d emails after the restart, want %d", n, len(wantSubjects))
	}
}

// TestDemoKeepsUserSettings: the user's own changes to the demo folder
// survive a restart; only the connection is rewritten.
func TestDemoKeepsUserSettings(t *testing.T) {
	e := newEnv(t)
	f := e.provision(e.listen())
	if _, err := e.ing.UpdateFolder(e.ctx, f.ID, ingest.FolderParams{EmailsLimit: ptr(10), FetchIntervalMinutes: ptr(15)}); err != nil {
		t.Fatal(err)
	}
	f2 := e.provision(e.listen())
	if f2.EmailsLimit != 10 || f2.FetchIntervalMinutes != 15 {
		t.Errorf("limit %d interval %d after restart, want the user's 10 and 15", f2.EmailsLimit, f2.FetchIntervalMinutes)
	}
}

// TestDemoTLS: the demo server only speaks TLS, and its certificate is
// trusted through the folder alone, as for a self-hosted server.
func TestDemoTLS(t *testing.T) {
	e := newEnv(t)
	s := e.listen()
	cfg := account.Config{Protocol: account.IMAPS, Host: host, Port: s.port, Hosts: netpolicy.MustParse(host), Username: Username,
		Password: s.password, Timeout: 5 * time.Second}.WithDefaults()

	untrusted := cfg
	if err := account.Test(context.Background(), untrusted); err == nil {
		t.Error("login succeeded without trusting the demo certificate")
	}
	trusted := cfg
	trusted.TrustedCertificate = s.certPEM
	if err := account.Test(context.Background(), trusted); err != nil {
		t.Errorf("login with the demo certificate trusted: %v", err)
	}
	byName := trusted
	byName.Host = "localhost"
	if err := account.Test(context.Background(), byName); err != nil {
		t.Errorf("login through localhost: %v", err)
	}

	// A plain IMAP client gets no greeting: the port is TLS from the first byte.
	conn, err := net.DialTimeout("tcp", s.Addr(), 5*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.SetDeadline(time.Now().Add(time.Second))
	buf := make([]byte, 64)
	if n, err := conn.Read(buf); err == nil || !errors.Is(err, os.ErrDeadlineExceeded) {
		t.Errorf("plain connection read %q, %v; want silence", buf[:n], err)
	}
}

// TestStart is demo mode as main runs it: the account is logged, never the
// password, and Close stops the server.
func TestStart(t *testing.T) {
	e := newEnv(t)
	s, err := Start(context.Background(), e.client, e.ing, e.log)
	if err != nil {
		t.Fatal(err)
	}
	logged := e.logBuf.String()
	if !strings.Contains(logged, Username) || !strings.Contains(logged, s.Addr()) {
		t.Errorf("the log does not name the demo account and address:\n%s", logged)
	}
	if strings.Contains(logged, s.password) {
		t.Error("the log contains the demo password")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s.Close() // twice is harmless
	if c, err := net.DialTimeout("tcp", s.Addr(), time.Second); err == nil {
		c.Close()
		t.Error("the demo server still accepts connections after Close")
	}
}

// unseen returns the UIDs of the INBOX messages without \Seen.
func (s *Server) unseen(t *testing.T) []imap.UID {
	t.Helper()
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM([]byte(s.certPEM))
	c, err := imapclient.DialTLS(s.Addr(), &imapclient.Options{TLSConfig: &tls.Config{RootCAs: pool, ServerName: host}})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	if err := c.Login(Username, s.password).Wait(); err != nil {
		t.Fatal(err)
	}
	if _, err := c.Select("INBOX", &imap.SelectOptions{ReadOnly: true}).Wait(); err != nil {
		t.Fatal(err)
	}
	found, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		t.Fatal(err)
	}
	return found.AllUIDs()
}
