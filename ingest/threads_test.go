package ingest

import (
	"strconv"
	"strings"
	"testing"

	"mailroom/ent"
	"mailroom/ent/email"
	entthread "mailroom/ent/thread"
	"mailroom/internal/pgtest"
)

// reply is a message with threading headers and a date.
func reply(id, subject, date, inReplyTo string, refs ...string) string {
	h := "From: Ann Example <ann@example.com>\r\nTo: team@example.com\r\nSubject: " + subject +
		"\r\nDate: " + date + "\r\nMessage-ID: <" + id + ">\r\n"
	if inReplyTo != "" {
		h += "In-Reply-To: <" + inReplyTo + ">\r\n"
	}
	if len(refs) > 0 {
		h += "References: <" + strings.Join(refs, "> <") + ">\r\n"
	}
	return h + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n" + id + "\r\n"
}

// threadsOf maps each email's Message-ID to its thread.
func threadsOf(t *testing.T, e *testEnv) map[string]int {
	t.Helper()
	all, err := e.client.Email.Query().Order(ent.Asc(email.FieldID)).All(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, m := range all {
		if m.ThreadID == nil {
			t.Fatalf("email %s has no thread", m.MessageID)
		}
		out[m.MessageID+"@"+itoa(m.FolderID)] = *m.ThreadID
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

// A crafted conversation arriving in three fetches, out of order, with
// parents that never arrive, plus emails without references that only
// their subjects tie together. On SQLite and PostgreSQL.
func TestThreadsFromReferencesMissingParentsAndLateArrivals(t *testing.T) {
	// Batches of two: links across batches and runs.
	t.Run("sqlite", func(t *testing.T) { testThreads(t, newEnv(t, Options{BatchSize: 2})) })
	t.Run("postgres", func(t *testing.T) { testThreads(t, newEnvOn(t, pgtest.DSN(t), Options{BatchSize: 2})) })
}

func testThreads(t *testing.T, e *testEnv) {
	f := e.folder(nil)
	other := e.folder(func(p *FolderParams) { p.Title = ptr("Other"); p.Mailbox = ptr("Archive") })
	const d1, d2, d3 = "Mon, 01 Sep 2025 10:00:00 +0200", "Tue, 02 Sep 2025 10:00:00 +0200", "Wed, 03 Sep 2025 10:00:00 +0200"
	fetch := func() {
		t.Helper()
		for _, id := range []int{f.ID, other.ID} {
			if rep, err := e.svc.Fetch(e.ctx, id, TriggerManual); err != nil || rep.Err != nil {
				t.Fatalf("fetch: %v %v", err, rep.Err)
			}
		}
	}

	// Run 1: replies whose parents are missing. c and d reply to "p",
	// which never arrives: they meet through it. g and h reply to r1 and
	// r2, not (yet) linked.
	e.appendMsg("INBOX", reply("c@x", "Re: Plan", d2, "p@x", "root@x", "p@x"))
	e.appendMsg("INBOX", reply("d@x", "Re: Plan", d3, "p@x", "p@x"))
	e.appendMsg("INBOX", reply("g@x", "Re: Budget", d2, "r1@x", "r1@x"))
	e.appendMsg("INBOX", reply("h@x", "Re: Budget v2", d3, "r2@x", "r2@x"))
	// No references at all: the subject decides, within the window.
	e.appendMsg("INBOX", reply("s1@x", "Lunch", d1, ""))
	e.appendMsg("INBOX", reply("s2@x", "RE: AW: lunch", d2, ""))
	e.appendMsg("INBOX", reply("s3@x", "Re: Lunch", "Mon, 01 Dec 2025 10:00:00 +0100", "")) // three months later
	// References win over the subject: this "Lunch" belongs elsewhere.
	e.appendMsg("INBOX", reply("s4@x", "Re: Lunch", d2, "elsewhere@x", "elsewhere@x"))
	fetch()
	th := threadsOf(t, e)
	in := func(id string) int { return th[id+"@"+itoa(f.ID)] }
	if in("c@x") != in("d@x") {
		t.Errorf("siblings under a missing parent are apart: %v", th)
	}
	if in("g@x") == in("h@x") {
		t.Errorf("unrelated replies share a thread before their link arrived")
	}
	if in("s1@x") != in("s2@x") {
		t.Errorf("subject fallback: Lunch and RE: AW: lunch are apart")
	}
	if in("s3@x") == in("s1@x") {
		t.Errorf("subject fallback joined an email three months later")
	}
	if in("s4@x") == in("s1@x") {
		t.Errorf("an email with references joined by subject")
	}

	// Run 2: the root arrives after its replies; r2 arrives and names r1
	// as its parent, which merges g's and h's threads.
	e.appendMsg("INBOX", reply("root@x", "Plan", d1, ""))
	e.appendMsg("INBOX", reply("r2@x", "Re: Budget", d2, "r1@x", "r1@x"))
	// The same conversation in another folder: one thread across folders.
	e.appendMsg("Archive", reply("c@x", "Re: Plan", d2, "p@x", "root@x", "p@x"))
	fetch()
	th = threadsOf(t, e)
	if in("root@x") != in("c@x") || in("c@x") != in("d@x") {
		t.Errorf("the late root did not join its replies: %v", th)
	}
	if in("g@x") != in("h@x") || in("r2@x") != in("g@x") {
		t.Errorf("threads did not merge when the link arrived: %v", th)
	}
	if th["c@x@"+itoa(other.ID)] != in("c@x") {
		t.Errorf("the copy in another folder is in another thread")
	}
	if in("root@x") == in("s1@x") || in("g@x") == in("c@x") {
		t.Errorf("distinct conversations merged: %v", th)
	}
	// The merged-away threads are gone and every key points at a live one.
	for _, r := range e.client.ThreadRef.Query().AllX(e.ctx) {
		if !e.client.Thread.Query().Where(entthread.ID(r.ThreadID)).ExistX(e.ctx) {
			t.Errorf("key %s points at thread %d, which is gone", r.Key, r.ThreadID)
		}
	}
	if n, want := e.client.Thread.Query().CountX(e.ctx), 5; n != want { // plan, budget, lunch, late lunch, elsewhere
		t.Errorf("%d threads, want %d", n, want)
	}
}
