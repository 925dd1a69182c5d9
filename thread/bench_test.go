package thread_test

import (
	"fmt"
	"os"
	"testing"
	"time"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/schema"
	"mailroom/internal/testenv"
	"mailroom/store"
	"mailroom/thread"
)

// BenchmarkConversations measures the folder's conversations view on 100,000
// emails in 33,333 threads: the first page (the newest email of each of 51
// threads), a page from the middle of the folder, the count by the view's
// query and the maintained one (store.FolderConversations), and one thread.
//
//	go test ./thread/ -run '^$' -bench Conversations -benchtime 20x
func BenchmarkConversations(b *testing.B) {
	te := testenv.New(b)
	ctx, client := te.Ctx, te.Client
	ws := client.Workspace.Create().SetTitle("w").SaveX(ctx)
	f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
	const n = 100_000
	// Threads of three emails, two at a time interleaved (j, j+2, j+4 in
	// blocks of six), as conversations run side by side; or, with
	// MAILROOM_BENCH_SPREAD=1, each thread's emails spread over the whole
	// folder (the worst case: most rows below the newest third are no head).
	const threads = n / 3
	spread := os.Getenv("MAILROOM_BENCH_SPREAD") == "1"
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	// Plain SQL in one transaction: the setup, not the code measured.
	tx, err := te.DB.Begin()
	if err != nil {
		b.Fatal(err)
	}
	stmt, err := tx.Prepare(`INSERT INTO emails (message_id, dedupe_key, subject, sent_at, sent_order, in_reply_to, text, size,
		raw_sha256, attachment_count, imported_at, folder_id, thread_id) VALUES (?, ?, 's', ?, ?, '', '', 1, '00', 0, ?, ?, ?)`)
	if err != nil {
		b.Fatal(err)
	}
	distinct := map[int]bool{}
	for j := range n {
		at := start.Add(time.Duration(j) * time.Minute)
		thread := 1 + (j-j%6)/3 + j%2
		if spread {
			thread = 1 + (j*7919)%threads
		}
		distinct[thread] = true
		if _, err := stmt.Exec(fmt.Sprintf("%d@x", j), fmt.Sprintf("mid:%d", j), at, schema.SentOrder(&at), at, f.ID,
			thread); err != nil {
			b.Fatal(err)
		}
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	q := func() *ent.EmailQuery {
		return f.QueryEmails().Where(email.TrashedAtIsNil(), thread.NewestInFolder())
	}
	b.Run("first page", func(b *testing.B) {
		for b.Loop() {
			if rows := q().Order(ent.Desc(email.FieldSentOrder), ent.Desc(email.FieldID)).Limit(51).AllX(ctx); len(rows) != 51 {
				b.Fatal(len(rows))
			}
		}
	})
	mid := client.Email.Query().Where(email.FolderID(f.ID)).Order(ent.Desc(email.FieldSentOrder)).Offset(n / 2).FirstX(ctx)
	b.Run("page in the middle", func(b *testing.B) {
		for b.Loop() {
			q().Where(email.SentOrderLT(mid.SentOrder)).Order(ent.Desc(email.FieldSentOrder), ent.Desc(email.FieldID)).Limit(51).AllX(ctx)
		}
	})
	b.Run("count", func(b *testing.B) {
		for b.Loop() {
			if c := q().CountX(ctx); c != len(distinct) {
				b.Fatalf("%d conversations, want %d", c, len(distinct))
			}
		}
	})
	b.Run("maintained count", func(b *testing.B) { // what the conversations view's totalCount reads
		for b.Loop() {
			if c, err := store.FolderConversations(ctx, te.DB, f.ID); err != nil || c != len(distinct) {
				b.Fatalf("%d conversations (%v), want %d", c, err, len(distinct))
			}
		}
	})
	b.Run("thread", func(b *testing.B) {
		for b.Loop() {
			thread.List(ctx, client, mid)
		}
	})
}
