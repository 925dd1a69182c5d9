package search_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"entgo.io/contrib/entgql"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/ent/emailfolder"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/internal/pgtest"
	"mailroom/internal/testenv"
	"mailroom/search"
)

type env struct {
	t      testing.TB
	sys    context.Context
	te     *testenv.Env
	client *ent.Client
	index  *search.Index
	auth   *auth.Service
	ingest *ingest.Service
	imap   *testenv.IMAP
	ws     *ent.Workspace
	n      int
}

// each runs test on SQLite and on a private PostgreSQL (pgtest; skipped
// when PostgreSQL is not installed, unless MAILROOM_REQUIRE_POSTGRES=1).
func each(t *testing.T, test func(t *testing.T, e *env)) {
	t.Run("sqlite3", func(t *testing.T) { test(t, newEnv(t, "")) })
	t.Run("postgres", func(t *testing.T) { test(t, newEnv(t, pgtest.DSN(t))) })
}

func newEnv(t testing.TB, dsn string) *env {
	t.Helper()
	te := testenv.Open(t, t.TempDir(), dsn)
	index, err := search.New(te.Ctx, te.DB, te.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{t: t, sys: te.Ctx, te: te, client: te.Client, index: index, auth: auth.NewService(te.Client, te.Log)}
	e.ws = e.client.Workspace.Create().SetTitle("w").SaveX(e.sys)
	return e
}

func (e *env) folder(ws *ent.Workspace, title string) *ent.EmailFolder {
	return e.client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle(title).SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(e.sys)
}

// imported is a folder named title whose mailbox held raws, fetched
// through the real pipeline (parse, blobs, attachment text, the index in the
// ingest transaction).
func (e *env) imported(title string, raws ...string) *ent.EmailFolder {
	e.t.Helper()
	if e.ingest == nil {
		e.imap = testenv.StartIMAP(e.t, "u@example.com", "pw")
		e.ingest = ingest.New(e.client, e.te.Blobs, e.te.Keyring, events.NewHub(), e.te.Log,
			ingest.Options{Search: e.index, HostPolicy: testenv.HostPolicy()})
		e.t.Cleanup(e.ingest.Close)
	}
	if err := e.imap.User.Create(title, nil); err != nil {
		e.t.Fatal(err)
	}
	e.imap.Append(title, raws...)
	proto := emailfolder.ProtocolIMAP
	no, yes, user, pass, limit := false, true, e.imap.Username, e.imap.Password, 1000
	f, err := e.ingest.CreateFolder(e.sys, e.ws.ID, ingest.FolderParams{Title: &title, Email: &user, Password: &pass,
		Protocol: &proto, Host: &e.imap.Host, Port: &e.imap.Port, StartTLS: &no, AllowInsecureAuth: &yes,
		EmailsLimit: &limit, Mailbox: &title})
	if err != nil {
		e.t.Fatal(err)
	}
	rep, err := e.ingest.Fetch(e.sys, f.ID, ingest.TriggerManual)
	if err == nil {
		err = rep.Err
	}
	e.ingest.WaitPDFText() // read after the commit
	if err != nil || rep.Imported != len(raws) {
		e.t.Fatalf("import into %s: %+v, %v", title, rep, err)
	}
	return f
}

// emails stores and indexes n emails in f, in one transaction as ingest does.
func (e *env) emails(f *ent.EmailFolder, n int, subject, body string) []*ent.Email {
	e.t.Helper()
	tx, err := e.client.Tx(e.sys)
	if err != nil {
		e.t.Fatal(err)
	}
	var out []*ent.Email
	for start := 0; start < n; start += 500 {
		var creates []*ent.EmailCreate
		for i := start; i < min(start+500, n); i++ {
			e.n++
			creates = append(creates, tx.Email.Create().SetFolderID(f.ID).SetDedupeKey(fmt.Sprint("k", e.n)).
				SetSubject(subject).SetText(body).SetSize(1).SetRawSha256("00").SetSentAt(time.Unix(int64(e.n), 0)))
		}
		saved, err := tx.Email.CreateBulk(creates...).Save(e.sys)
		if err != nil {
			e.t.Fatal(err)
		}
		docs := make([]search.Doc, len(saved))
		for i, m := range saved {
			docs[i] = search.DocOf(m, nil)
		}
		if err := e.index.Add(e.sys, tx, docs); err != nil {
			e.t.Fatal(err)
		}
		out = append(out, saved...)
	}
	if err := tx.Commit(); err != nil {
		e.t.Fatal(err)
	}
	return out
}

// reader is a user with READ on the given folders.
func (e *env) reader(name string, folders ...*ent.EmailFolder) context.Context {
	u := e.client.User.Create().SetUsername(name).SetPasswordHash("x").SaveX(e.sys)
	for _, f := range folders {
		e.client.AccessEntry.Create().SetFolderID(f.ID).SetUserID(u.ID).SetPermission(accessentry.PermissionREAD).SaveX(e.sys)
	}
	return viewer.NewContext(context.Background(), (&viewer.Viewer{UserID: u.ID, Username: name}).WithAccess(e.auth.LoadAccess))
}

func (e *env) search(ctx context.Context, text string, folderID *int) (total int, subjects []string) {
	e.t.Helper()
	first := 10
	conn, err := e.index.Search(ctx, e.client, text, folderID, &first, nil)
	if err != nil {
		e.t.Fatalf("search %q: %v", text, err)
	}
	for _, ed := range conn.Edges {
		subjects = append(subjects, ed.Node.Subject)
	}
	return conn.TotalCount, subjects
}

func corpus(t testing.TB, name string) string {
	b, err := os.ReadFile(filepath.Join("..", "..", "shared", "corpus", name))
	if err != nil {
		b, err = os.ReadFile(filepath.Join(os.Getenv("MAILROOM_SHARED"), "corpus", name))
	}
	if err != nil {
		t.Fatalf("corpus %s: %v (set MAILROOM_SHARED)", name, err)
	}
	// An mbox "From " envelope line is not part of the message.
	if s := string(b); strings.HasPrefix(s, "From ") {
		return s[strings.IndexByte(s, '\n')+1:]
	}
	return string(b)
}

// Subjects of the corpus messages the correctness test imports.
const (
	basic    = "Testing 123"                              // mikel-mail plain_emails/basic_email.eml, 2008-11-22
	nonASCII = "testing"                                  // attachment_nonascii_filename.eml: ciële.txt "Hi there.", 2005-06-06
	japanese = "まみむめも"                                    // multi_charset/japanese.eml: body かきくえこ, no date
	headers  = "Säying Hello"                             // rfc6532/utf8_headers.eml: From Jöhn Doe, To Märy Smith
	pdf      = "Another PDF with 🎉 Unicode chars in it 🍿" // attachment_pdf.eml: broken.pdf, 2005-05-10
	munich   = "Trip to München"                          // made here: "Wir treffen uns in München."
	report   = "Quarterly report"                         // made here: text attachment report.txt
)

const munichMessage = "From: Eva <eva@example.de>\r\nTo: team@example.com\r\nSubject: Trip to =?utf-8?q?M=C3=BCnchen?=\r\n" +
	"Message-ID: <munich@example.de>\r\nDate: Thu, 01 Feb 2024 09:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n" +
	"Content-Transfer-Encoding: 8bit\r\n\r\nWir treffen uns in München am Bahnhof.\r\n"

const reportMessage = "From: Finance <finance@example.com>\r\nTo: board@example.com\r\nSubject: Quarterly report\r\n" +
	"Message-ID: <report@example.com>\r\nDate: Fri, 01 Mar 2024 09:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
	"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee the attached figures.\r\n" +
	"--b\r\nContent-Type: text/plain; name=report.txt\r\nContent-Disposition: attachment; filename=report.txt\r\n\r\n" +
	"Revenue grew in the northern region; the zeppelin project is on hold.\r\n--b--\r\n"

func TestSearchCorpus(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		e.imported("Corpus",
			corpus(t, "mikel-mail/plain_emails/basic_email.eml"),
			corpus(t, "mikel-mail/attachment_emails/attachment_nonascii_filename.eml"),
			corpus(t, "mikel-mail/multi_charset/japanese.eml"),
			corpus(t, "mikel-mail/rfc6532/utf8_headers.eml"),
			corpus(t, "mikel-mail/attachment_emails/attachment_pdf.eml"),
			munichMessage, reportMessage)
		sys := viewer.SystemContext(context.Background())
		for _, c := range []struct {
			query   string
			want    []string
			snippet string // part of the first result's snippet
		}{
			{"hope", []string{basic}, "<mark>Hope</mark> it works well!"},
			{"HOPE", []string{basic}, ""},
			{"münchen", []string{munich}, "uns in <mark>München</mark> am"},
			{"munchen", []string{munich}, ""},
			{"MÜNCHEN", []string{munich}, ""},
			{"ciele", []string{nonASCII}, "in attachment <mark>ciële</mark>.txt"},
			{"ciële.txt", []string{nonASCII}, ""},
			{"there", []string{nonASCII}, "in attachment ciële.txt: Hi <mark>there</mark>."},
			{"report.txt", []string{report}, ""},
			{"zeppelin", []string{report}, "in attachment report.txt: "},
			{"broken.pdf", []string{pdf}, ""},
			{"くえ", []string{japanese}, "かき<mark>くえ</mark>こ"},
			{"き", []string{japanese}, ""},
			{"まみむめも", []string{japanese}, "in the subject: <mark>まみむめも</mark>"},
			{"むめ", []string{japanese}, ""},
			{"from:john", []string{headers}, ""},
			{"from:jöhn", []string{headers}, ""},
			{"from:mary", nil, ""},
			{"to:mary", []string{headers}, ""},
			{"to:märy@exämple.net", []string{headers}, ""},
			{"from:test@lindsaar.net", []string{basic}, ""},
			{`from:"Mikel Lindsaar"`, []string{basic, japanese}, ""},
			{`from:"Lindsaar Mikel"`, nil, ""},
			{"subject:saying", []string{headers}, ""},
			{"subject:hope", nil, ""},
			{"lindsaar", []string{basic, japanese}, ""},
			{`"works well"`, []string{basic}, "it <mark>works well</mark>!"},
			{`"well works"`, nil, ""},
			{"wor*", []string{basic}, "it <mark>works</mark> well"},
			{"has:attachment", []string{nonASCII, pdf, report}, ""},
			{"has:attachment zeppelin", []string{report}, ""},
			{"before:2006-01-01", []string{nonASCII, pdf}, ""},
			{"after:2024-01-01", []string{munich, report}, ""},
			{"after:2024-02-02 before:2025-01-01", []string{report}, ""},
			{"lindsaar -japanese -かきくえこ", []string{basic}, ""},
			{"lindsaar -from:test@lindsaar.net", []string{japanese}, ""},
			{"in:corpus hope", []string{basic}, ""},
			{"in:Corpus", []string{basic, nonASCII, japanese, headers, pdf, munich, report}, ""},
		} {
			first := 20
			conn, err := e.index.Search(sys, e.client, c.query, nil, &first, nil)
			if err != nil {
				t.Errorf("search %q: %v", c.query, err)
				continue
			}
			var got []string
			for _, ed := range conn.Edges {
				got = append(got, ed.Node.Subject)
			}
			if !sameSet(got, c.want) || conn.TotalCount != len(c.want) {
				t.Errorf("search %q: %d %q, want %q", c.query, conn.TotalCount, got, c.want)
				continue
			}
			if c.snippet != "" {
				s, err := e.index.Snippet(sys, e.client, c.query, conn.Edges[0].Node.ID)
				if err != nil || s == nil || !strings.Contains(*s, c.snippet) {
					t.Errorf("snippet of %q: %v %v, want it to contain %q", c.query, deref(s), err, c.snippet)
				}
			}
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return "<nil>"
	}
	return *s
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// Snippets are escaped: the email's own markup is text, only <mark> is ours.
func TestSnippetEscapesTheEmail(t *testing.T) {
	e := newEnv(t, "")
	f := e.folder(e.ws, "f")
	m := e.emails(f, 1, "x", `<script>alert(1)</script> & the "secret" <b>plan</b>`)[0]
	sys := viewer.SystemContext(context.Background())
	s, err := e.index.Snippet(sys, e.client, "plan", m.ID)
	if err != nil || s == nil {
		t.Fatal(s, err)
	}
	want := `&lt;script&gt;alert(1)&lt;/script&gt; &amp; the &#34;secret&#34; &lt;b&gt;<mark>plan</mark>&lt;/b&gt;`
	if *s != want {
		t.Fatalf("snippet %s\nwant    %s", *s, want)
	}
}

func TestSearchFolderTitles(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		other := e.client.Workspace.Create().SetTitle("Other team").SaveX(e.sys)
		a, b, c := e.folder(e.ws, "Invoices"), e.folder(other, "Invoices"), e.folder(e.ws, "Support desk")
		e.emails(a, 1, "in a", "budget")
		e.emails(b, 1, "in b", "budget")
		e.emails(c, 1, "in c", "budget")
		sys := viewer.SystemContext(context.Background())
		if _, got := e.search(sys, `budget in:"support desk"`, nil); !slices.Equal(got, []string{"in c"}) {
			t.Errorf("in:\"support desk\": %q", got)
		}
		var qe *search.QueryError
		if _, err := e.index.Search(sys, e.client, "budget in:invoices", nil, nil, nil); !errors.As(err, &qe) ||
			!strings.Contains(qe.Problem, "2 folders have this title") || !strings.Contains(qe.Problem, "Other team") {
			t.Errorf("ambiguous in: %v", err)
		}
		if _, err := e.index.Search(sys, e.client, "budget in:nowhere", nil, nil, nil); !errors.As(err, &qe) || !strings.Contains(qe.Problem, "no folder") {
			t.Errorf("unknown in: %v", err)
		}
		// A reader of one of the two sees no ambiguity, and no folder they cannot read.
		ctx := e.reader("ann", a)
		if _, got := e.search(ctx, "budget in:invoices", nil); !slices.Equal(got, []string{"in a"}) {
			t.Errorf("reader of one Invoices: %q", got)
		}
		if _, err := e.index.Search(ctx, e.client, `budget in:"support desk"`, nil, nil, nil); !errors.As(err, &qe) {
			t.Errorf("in: a folder the reader cannot read: %v", err)
		}
		// In a folder's own search, in: names that folder or none.
		if _, err := e.index.Search(sys, e.client, "budget in:invoices", &c.ID, nil, nil); !errors.As(err, &qe) {
			t.Errorf("in:invoices within Support desk: %v", err)
		}
	})
}

// The attack: 2,000 better matches in a folder the user cannot read used to
// fill the 1,000 matches considered before the privacy rules, so the one
// match in the user's small folder was never found.
func TestSearchFindsReadableMatchesAmongManyUnreadable(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		big, small := e.folder(e.ws, "big"), e.folder(e.ws, "small")
		// The unreadable ones rank higher (the word everywhere, short texts).
		e.emails(big, 2000, "invoice invoice", "invoice invoice invoice")
		e.emails(small, 1, "Quarterly figures", "the invoice is attached "+strings.Repeat("and other words ", 200))
		e.emails(small, 3, "Lunch", "nothing to see")

		ctx := e.reader("carol", small)
		total, subjects := e.search(ctx, "invoice", nil)
		if total != 1 || len(subjects) != 1 || subjects[0] != "Quarterly figures" {
			t.Fatalf("reader of the small folder: total %d, %q; want their one match", total, subjects)
		}
		if total, _ := e.search(ctx, "invoice", &big.ID); total != 0 {
			t.Fatalf("search in a folder the reader cannot read: %d matches", total)
		}
		if total, _ := e.search(e.reader("nobody"), "invoice", nil); total != 0 {
			t.Fatalf("user without access: %d matches", total)
		}
		// No truncation: an administrator counts every match.
		admin := viewer.NewContext(context.Background(), &viewer.Viewer{UserID: 1, Admin: true})
		if total, subjects := e.search(admin, "invoice", nil); total != 2001 || len(subjects) != 10 {
			t.Fatalf("administrator: total %d, page of %d; want 2001 and 10", total, len(subjects))
		}
		// More than RankLimit matches: newest first, every one once across pages.
		var after *entgql.Cursor[int]
		var ids []int
		for {
			first := 400
			conn, err := e.index.Search(admin, e.client, "invoice", nil, &first, after)
			if err != nil {
				t.Fatal(err)
			}
			for _, ed := range conn.Edges {
				ids = append(ids, ed.Node.ID)
			}
			if !conn.PageInfo.HasNextPage {
				break
			}
			after = conn.PageInfo.EndCursor
		}
		if len(ids) != 2001 || !slices.IsSortedFunc(ids, func(a, b int) int { return b - a }) || slices.Compact(slices.Clone(ids))[2000] != ids[2000] {
			t.Fatalf("pages of 2,001 matches: %d ids, newest first %v", len(ids), slices.IsSortedFunc(ids, func(a, b int) int { return b - a }))
		}
		if total, _ := e.search(admin, "has:attachment", nil); total != 0 {
			t.Fatalf("has:attachment among emails without any: %d", total)
		}
	})
}

// Keyset pages: every match exactly once, best first, whatever the ties.
func TestSearchPagesEveryMatchOnce(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		f := e.folder(e.ws, "f")
		e.emails(f, 30, "budget", "budget for the year")             // equal ranks: ties broken by id
		e.emails(f, 15, "other", "budget "+strings.Repeat("x ", 50)) // worse ranks
		e.emails(f, 5, "unrelated", "nothing")
		sys := viewer.SystemContext(context.Background())
		for _, q := range []string{"budget", "in:f", "budget -nothing"} {
			seen := map[int]bool{}
			var after *entgql.Cursor[int]
			pages := 0
			for {
				first := 7
				conn, err := e.index.Search(sys, e.client, q, nil, &first, after)
				if err != nil {
					t.Fatal(err)
				}
				pages++
				for _, ed := range conn.Edges {
					if seen[ed.Node.ID] {
						t.Fatalf("%q: email %d on two pages", q, ed.Node.ID)
					}
					seen[ed.Node.ID] = true
				}
				if !conn.PageInfo.HasNextPage {
					break
				}
				after = conn.PageInfo.EndCursor
			}
			want := 45
			if q == "in:f" {
				want = 50
			}
			if len(seen) != want || pages != (want+6)/7 {
				t.Fatalf("%q: %d emails in %d pages, want %d", q, len(seen), pages, want)
			}
		}
		// The better matches come first.
		if _, subjects := e.search(sys, "budget", nil); subjects[0] != "budget" {
			t.Fatalf("best match first: %q", subjects)
		}
	})
}

func TestSearchLeavesOutTrashedEmailsFoldersAndWorkspaces(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		gone := e.client.Workspace.Create().SetTitle("gone").SaveX(e.sys)
		kept, binned, inGone := e.folder(e.ws, "kept"), e.folder(e.ws, "binned"), e.folder(gone, "in gone")
		e.emails(kept, 1, "kept match", "budget")
		trashedEmail := e.emails(kept, 1, "trashed match", "budget")[0]
		e.emails(binned, 1, "in trashed folder", "budget")
		e.emails(inGone, 1, "in trashed workspace", "budget")
		ctx := e.reader("dan", kept, binned, inGone)
		if total, _ := e.search(ctx, "budget", nil); total != 4 {
			t.Fatalf("before trashing: %d matches, want 4", total)
		}
		now := time.Now()
		e.client.Email.UpdateOne(trashedEmail).SetTrashedAt(now).ExecX(e.sys)
		e.client.EmailFolder.UpdateOne(binned).SetTrashedAt(now).ExecX(e.sys)
		e.client.Workspace.UpdateOne(gone).SetTrashedAt(now).ExecX(e.sys)
		for _, who := range []context.Context{ctx, viewer.SystemContext(context.Background())} {
			if total, subjects := e.search(who, "budget", nil); total != 1 || subjects[0] != "kept match" {
				t.Fatalf("after trashing: total %d, %q; want only the kept match", total, subjects)
			}
			var qe *search.QueryError
			if _, err := e.index.Search(who, e.client, "in:binned", nil, nil, nil); !errors.As(err, &qe) {
				t.Fatalf("in: a trashed folder: %v", err)
			}
		}
		if n, err := e.index.Indexed(e.sys, kept.ID); err != nil || n != 1 {
			t.Fatalf("indexed in kept (one trashed): %d, %v", n, err)
		}
		if n, err := e.index.Total(e.sys, kept.ID); err != nil || n != 1 {
			t.Fatalf("emails in kept (one trashed): %d, %v", n, err)
		}
	})
}

// User text never becomes FTS5 or tsquery syntax, nor SQL: operators,
// column names and quotes are words or a clear error.
func TestSearchQueryIsNeverSyntax(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		e.emails(e.folder(e.ws, "f"), 1, "hello", "world NEAR meta all f1")
		sys := viewer.SystemContext(context.Background())
		for _, q := range []string{`*`, `hello OR x`, `NEAR(hello world)`, `"); DROP TABLE emails; --`, `hel*`,
			`meta:all`, `'`, `\`, `hello:world`, `{subject}:x`, `subject : hello`, `a & b | !c <-> d`, `"a" + "b"`, `^hello`} {
			_, err := e.index.Search(sys, e.client, q, nil, nil, nil)
			var qe *search.QueryError
			if err != nil && !errors.As(err, &qe) {
				t.Errorf("search %q: %v", q, err)
			}
		}
		for q, want := range map[string]int{"hel": 0, "hel*": 1, "near": 1, "all": 1, "meta": 1, "f1": 1, `"world near"`: 1} {
			if total, _ := e.search(sys, q, nil); total != want {
				t.Errorf("%q: %d matches, want %d", q, total, want)
			}
		}
	})
}

func TestSearchRefusesMalformedQueries(t *testing.T) {
	e := newEnv(t, "")
	sys := viewer.SystemContext(context.Background())
	for q, want := range map[string]string{
		"":                                   "empty",
		"   ":                                "empty",
		`"unclosed`:                          "not closed",
		"colour:red":                         "colour: is not a filter",
		"before:yesterday":                   "not a date",
		"after:2024-13-01":                   "not a date",
		"has:pictures":                       "has:pictures is not known",
		"-hello":                             "only excludes",
		"from:":                              "needs a value",
		"after:2024-02-01 before:2024-01-01": "nothing can match",
		strings.Repeat("a ", 30):             "more than",
		strings.Repeat("é", 501):             "at most 500",
	} {
		_, err := e.index.Search(sys, e.client, q, nil, nil, nil)
		var qe *search.QueryError
		if !errors.As(err, &qe) || !strings.Contains(qe.Problem, want) {
			t.Errorf("query %q: %v, want a QueryError saying %q", q, err, want)
		}
	}
}

func TestRemoveAndBackfill(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		f := e.imported("Box", reportMessage, munichMessage)
		sys := viewer.SystemContext(context.Background())
		if total, _ := e.search(sys, "zeppelin", nil); total != 1 {
			t.Fatalf("zeppelin before: %d", total)
		}
		// Empty the index as a new version would, and fill it again from the store and the blobs.
		if err := e.index.Clear(e.sys); err != nil {
			t.Fatal(err)
		}
		if n, _ := e.index.Indexed(e.sys, f.ID); n != 0 {
			t.Fatalf("indexed after clearing: %d", n)
		}
		var progress []int
		n, err := e.index.Backfill(e.sys, e.client, e.te.Blobs, func(done, total int) { progress = append(progress, done, total) })
		if err != nil || n != 2 || !slices.Equal(progress[len(progress)-2:], []int{2, 2}) {
			t.Fatalf("backfill: %d, %v, progress %v", n, err, progress)
		}
		if total, _ := e.search(sys, "zeppelin", nil); total != 1 {
			t.Fatalf("attachment text after backfill: %d", total)
		}
		if n, _ := e.index.Indexed(e.sys, f.ID); n != 2 {
			t.Fatalf("indexed after backfill: %d", n)
		}
		// A second backfill has nothing to do.
		if n, err := e.index.Backfill(e.sys, e.client, e.te.Blobs, nil); err != nil || n != 0 {
			t.Fatalf("second backfill: %d, %v", n, err)
		}
		ids := e.client.Email.Query().IDsX(e.sys)
		if err := e.index.Remove(e.sys, e.te.DB, ids); err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{"zeppelin", "munchen", "in:box"} {
			if total, _ := e.search(sys, q, nil); total != 0 {
				t.Fatalf("%s after remove: %d", q, total)
			}
		}
	})
}

// BenchmarkSearchCommonWord: a word in 20,000 emails, half of them in a
// folder the viewer reads; one page of 50 and the readable count.
func BenchmarkSearchCommonWord(b *testing.B) {
	e := newEnv(b, "")
	mine, other := e.folder(e.ws, "mine"), e.folder(e.ws, "other")
	e.emails(mine, 10000, "report", "the quarterly report")
	e.emails(other, 10000, "report", "the quarterly report")
	ctx := e.reader("reader", mine)
	first := 50
	b.ResetTimer()
	for range b.N {
		conn, err := e.index.Search(ctx, e.client, "report", nil, &first, nil)
		if err != nil || conn.TotalCount != 10000 || len(conn.Edges) != 50 {
			b.Fatalf("%v %d", err, conn.TotalCount)
		}
	}
}

// The migration path: an index of another version (here version 1's
// email_search table) is dropped at start, and Backfill fills the new one
// from the emails already stored, attachment text included.
func TestNewIndexVersionFillsItself(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		f := e.imported("Old", reportMessage, munichMessage)
		if _, err := e.te.DB.Exec(`UPDATE search_meta SET value = '1' WHERE name = 'version'`); err != nil {
			t.Fatal(err)
		}
		if e.te.Dialect != "postgres" {
			if _, err := e.te.DB.Exec(`CREATE VIRTUAL TABLE email_search USING fts5(subject, sender, body)`); err != nil {
				t.Fatal(err)
			}
		}
		again, err := search.New(e.sys, e.te.DB, e.te.Dialect)
		if err != nil || !again.Rebuilt {
			t.Fatalf("reopening an old index: rebuilt %v, %v", again != nil && again.Rebuilt, err)
		}
		e.index = again
		if missing, _ := again.Missing(e.sys); missing != 2 {
			t.Fatalf("missing after the version change: %d", missing)
		}
		if n, err := again.Backfill(e.sys, e.client, e.te.Blobs, nil); err != nil || n != 2 {
			t.Fatalf("backfill: %d %v", n, err)
		}
		sys := viewer.SystemContext(context.Background())
		if total, _ := e.search(sys, "zeppelin", &f.ID); total != 1 {
			t.Fatalf("attachment text after the migration: %d", total)
		}
		if third, err := search.New(e.sys, e.te.DB, e.te.Dialect); err != nil || third.Rebuilt {
			t.Fatalf("reopening the current version rebuilt it: %v", err)
		}
	})
}

// BenchmarkSearchScale: one folder of 100,000 emails (the scale issue's
// figure) read by a user with access to it and one other folder; a rare
// word in 50 emails, a medium one in 2,000, a common one in all. Each
// iteration is one page of 50 with the exact count and snippets left out
// (the index's cost; the API adds loading the page).
//
// MAILROOM_BENCH_POSTGRES=1 runs it on a private PostgreSQL (pgtest).
func BenchmarkSearchScale(b *testing.B) {
	dsn := ""
	if os.Getenv("MAILROOM_BENCH_POSTGRES") != "" {
		dsn = pgtest.DSN(b)
	}
	e := newEnv(b, dsn)
	big, other := e.folder(e.ws, "big"), e.folder(e.ws, "other")
	start := time.Now()
	for i := 0; i < 100000; i += 1000 {
		body := "the weekly status report with figures and notes " + strings.Repeat("lorem ipsum dolor sit amet ", 20)
		e.emailsVaried(big, 1000, func(n int) (string, string) {
			w := body
			if (i+n)%2000 == 0 {
				w += " zanzibar"
			}
			if (i+n)%50 == 0 {
				w += " marmalade"
			}
			return fmt.Sprintf("status %d", i+n), w
		})
	}
	e.emails(other, 1000, "report", "the weekly report")
	b.Logf("seeded 101,000 emails in %s", time.Since(start).Round(time.Second))
	ctx := e.reader("reader", big, other)
	for _, c := range []struct {
		word string
		want int
	}{{"zanzibar", 50}, {"marmalade", 2000}, {"weekly", 101000}, {"wee*", 101000}, {`"status report"`, 100000}} {
		b.Run(c.word, func(b *testing.B) {
			first := 50
			// CPU time too: on a machine shared with other work, wall time says more about the others.
			cpu := processCPU()
			defer func() { b.ReportMetric(float64(processCPU()-cpu)/float64(b.N)/1e6, "cpu-ms/op") }()
			for range b.N {
				conn, err := e.index.Search(ctx, e.client, c.word, nil, &first, nil)
				if err != nil || conn.TotalCount != c.want || len(conn.Edges) != min(50, c.want) {
					b.Fatalf("%v %d", err, conn.TotalCount)
				}
			}
		})
	}
}

// emailsVaried stores and indexes n emails in f whose subject and body
// come from content(i).
func (e *env) emailsVaried(f *ent.EmailFolder, n int, content func(i int) (string, string)) {
	e.t.Helper()
	tx, err := e.client.Tx(e.sys)
	if err != nil {
		e.t.Fatal(err)
	}
	var creates []*ent.EmailCreate
	for i := range n {
		e.n++
		s, body := content(i)
		creates = append(creates, tx.Email.Create().SetFolderID(f.ID).SetDedupeKey(fmt.Sprint("k", e.n)).
			SetSubject(s).SetText(body).SetSize(1).SetRawSha256("00").SetSentAt(time.Unix(int64(e.n), 0)))
	}
	for part := range slices.Chunk(creates, 500) {
		saved, err := tx.Email.CreateBulk(part...).Save(e.sys)
		if err != nil {
			e.t.Fatal(err)
		}
		docs := make([]search.Doc, len(saved))
		for i, m := range saved {
			docs[i] = search.DocOf(m, nil)
		}
		if err := e.index.Add(e.sys, tx, docs); err != nil {
			e.t.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		e.t.Fatal(err)
	}
}

// processCPU is the CPU time this process has used, user and system, in nanoseconds.
func processCPU() int64 {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// BenchmarkIndexAdd is what indexing adds to ingest per email: the words of
// a 2 KB body (and, in withText, of a 20 KB text attachment) made in Go and
// written in the transaction.
func BenchmarkIndexAdd(b *testing.B) {
	for _, c := range []struct {
		name  string
		parts []search.Part
	}{
		{"body", nil},
		{"withText", []search.Part{{Name: "notes.txt", Text: strings.Repeat("The quarterly figures for the northern region grew. ", 400)}}},
	} {
		b.Run(c.name, func(b *testing.B) {
			e := newEnv(b, "")
			f := e.folder(e.ws, "f")
			body := strings.Repeat("Hello team, the meeting moves to Thursday at ten; bring the Q3 numbers. ", 28)
			cpu := processCPU()
			b.ResetTimer()
			for i := 0; i < b.N; i += 100 {
				tx, err := e.te.DB.Begin()
				if err != nil {
					b.Fatal(err)
				}
				docs := make([]search.Doc, 0, 100)
				for j := i; j < min(i+100, b.N); j++ {
					docs = append(docs, search.Doc{ID: j + 1, FolderID: f.ID, Subject: fmt.Sprint("Meeting ", j), Sender: "Ann Example ann@example.com",
						Recipients: "team@example.com", Body: body, Parts: c.parts})
				}
				if err := e.index.Add(e.sys, tx, docs); err != nil {
					b.Fatal(err)
				}
				if err := tx.Commit(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(processCPU()-cpu)/float64(b.N)/1e3, "cpu-µs/op")
		})
	}
}

// Add writes many documents per statement: every chunk of a large call is
// indexed, attachment texts too, prepared documents are the same as
// unprepared ones, and an email given twice in one call ends as the last
// of its documents says (as adding them one by one would).
func TestAddManyInOneCall(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		f := e.folder(e.ws, "Many")
		saved := e.emails(f, 150, "batched subject", "plain body")
		sys := viewer.SystemContext(context.Background())
		if total, _ := e.search(sys, "batched", nil); total != 150 {
			t.Fatalf("batched: %d of 150", total)
		}
		docs := make([]search.Doc, 0, 152)
		for _, m := range saved {
			d := search.DocOf(m, []search.Part{{Position: 0, Name: "notes.txt", Text: fmt.Sprint("attachment", m.ID%2)}})
			e.index.Prepare(&d)
			docs = append(docs, d)
		}
		first := saved[0]
		again := search.DocOf(first, []search.Part{{Position: 0, Name: "final.txt", Text: "zeppelinword"}})
		again.Body = "overwritten words"
		docs = append(docs, again)
		tx, err := e.te.DB.Begin()
		if err != nil {
			t.Fatal(err)
		}
		if err := e.index.Add(e.sys, tx, docs); err != nil {
			t.Fatal(err)
		}
		if err := tx.Commit(); err != nil {
			t.Fatal(err)
		}
		parity := [2]int{}
		for _, m := range saved[1:] {
			parity[m.ID%2]++
		}
		for q, want := range map[string]int{"batched": 150, "attachment0": parity[0], "attachment1": parity[1], "zeppelinword": 1, "overwritten": 1, "plain": 149} {
			if total, _ := e.search(sys, q, nil); total != want {
				t.Errorf("%s: %d, want %d", q, total, want)
			}
		}
	})
}
