package search_test

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/internal/testenv"
	"mailroom/search"
)

type env struct {
	t      testing.TB
	sys    context.Context
	client *ent.Client
	index  *search.Index
	auth   *auth.Service
	n      int
}

// dialects are the stores the tests run on: SQLite always, PostgreSQL when
// MAILROOM_TEST_POSTGRES names a server (postgres://user@host:port/db) on
// which each test creates a database of its own.
func dialects() []string {
	if os.Getenv("MAILROOM_TEST_POSTGRES") != "" {
		return []string{"sqlite3", "postgres"}
	}
	return []string{"sqlite3"}
}

// each runs test once per dialect.
func each(t *testing.T, test func(t *testing.T, e *env)) {
	for _, d := range dialects() {
		t.Run(d, func(t *testing.T) { test(t, newEnv(t, d)) })
	}
}

func newEnv(t testing.TB, dialect string) *env {
	t.Helper()
	dsn := ""
	if dialect == "postgres" {
		dsn = freshPostgres(t)
	}
	te := testenv.Open(t, t.TempDir(), dsn)
	index, err := search.New(te.Ctx, te.DB, te.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	return &env{t: t, sys: te.Ctx, client: te.Client, index: index, auth: auth.NewService(te.Client, te.Log)}
}

// freshPostgres creates an empty database on MAILROOM_TEST_POSTGRES and returns its URL.
func freshPostgres(t testing.TB) string {
	base := os.Getenv("MAILROOM_TEST_POSTGRES")
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	name := fmt.Sprintf("search_test_%d", time.Now().UnixNano())
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if a, err := sql.Open("pgx", base); err == nil {
			a.Exec("DROP DATABASE " + name + " WITH (FORCE)")
			a.Close()
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

func (e *env) folder(ws *ent.Workspace, title string) *ent.EmailFolder {
	return e.client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle(title).SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(e.sys)
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
			docs[i] = search.Doc{ID: m.ID, Subject: m.Subject, Body: m.Text}
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

// The attack: 2,000 better matches in a folder the user cannot read used to
// fill the 1,000 matches considered before the privacy rules, so the one
// match in the user's small folder was never found.
func TestSearchFindsReadableMatchesAmongManyUnreadable(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		ws := e.client.Workspace.Create().SetTitle("w").SaveX(e.sys)
		big, small := e.folder(ws, "big"), e.folder(ws, "small")
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
	})
}

func TestSearchLeavesOutTrashedEmailsFoldersAndWorkspaces(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		ws := e.client.Workspace.Create().SetTitle("w").SaveX(e.sys)
		gone := e.client.Workspace.Create().SetTitle("gone").SaveX(e.sys)
		kept, binned, inGone := e.folder(ws, "kept"), e.folder(ws, "binned"), e.folder(gone, "in gone")
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
		}
	})
}

func TestSearchQueryIsNeverSyntax(t *testing.T) {
	each(t, func(t *testing.T, e *env) {
		ws := e.client.Workspace.Create().SetTitle("w").SaveX(e.sys)
		e.emails(e.folder(ws, "f"), 1, "hello", "world")
		sys := viewer.SystemContext(context.Background())
		for _, q := range []string{"", `"`, `*`, `hello OR x`, `NEAR(hello world)`, `"); DROP TABLE emails; --`, `hel*`} {
			if _, err := e.index.Search(sys, e.client, q, nil, nil, nil); err != nil {
				t.Errorf("search %q: %v", q, err)
			}
		}
		if total, _ := e.search(sys, "hel", nil); total != 1 {
			t.Errorf("prefix: %d matches, want 1", total)
		}
	})
}

// BenchmarkSearchCommonWord: a word in 20,000 emails, half of them in a
// folder the viewer reads; one page of 50 and the readable count.
func BenchmarkSearchCommonWord(b *testing.B) {
	e := newEnv(b, "sqlite3")
	ws := e.client.Workspace.Create().SetTitle("w").SaveX(e.sys)
	mine, other := e.folder(ws, "mine"), e.folder(ws, "other")
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
