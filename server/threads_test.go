package server

import (
	"fmt"
	"strings"
	"testing"
)

func threadMsg(id, subject, date, irt string, refs ...string) string {
	h := "From: Ann <ann@example.com>\r\nSubject: " + subject + "\r\nDate: " + date + "\r\nMessage-ID: <" + id + ">\r\n"
	if irt != "" {
		h += "In-Reply-To: <" + irt + ">\r\n"
	}
	if len(refs) > 0 {
		h += "References: <" + strings.Join(refs, "> <") + ">\r\n"
	}
	return h + "\r\n" + id + "\r\n"
}

func mboxOf(msgs ...string) string {
	var b strings.Builder
	for _, m := range msgs {
		b.WriteString("From a@x Mon Sep  1 10:00:00 2025\n" + m + "\n")
	}
	return b.String()
}

// Email.thread lists the conversation in date order across the folders the
// viewer may read, without trashed emails; conversations collapses a folder
// to the newest email of each thread, keyset-paged. On SQLite and PostgreSQL.
func TestThreadsThroughAPI(t *testing.T) { onStores(t, testThreadsThroughAPI) }

func testThreadsThroughAPI(t *testing.T, e *apiEnv) {
	admin := e.login()
	inbox := e.emptyFolder(admin, "Inbox")
	private := e.emptyFolder(admin, "Private")
	const d1, d2, d3, d4 = "Mon, 01 Sep 2025 10:00:00 +0000", "Tue, 02 Sep 2025 10:00:00 +0000",
		"Wed, 03 Sep 2025 10:00:00 +0000", "Thu, 04 Sep 2025 10:00:00 +0000"
	// Replies first, their root later (another import), a sibling under a
	// parent that never arrives; an unrelated email; one more reply kept
	// in a folder the reader cannot see.
	first := mboxOf(
		threadMsg("b@x", "Re: Plan", d2, "a@x", "a@x"),
		threadMsg("c@x", "Re: Plan", d3, "missing@x", "a@x", "missing@x"),
		threadMsg("z@x", "Other", d1, ""),
	)
	for _, imp := range []struct{ folder, mbox string }{
		{inbox, first},
		{inbox, mboxOf(threadMsg("a@x", "Plan", d1, ""))},
		{private, mboxOf(threadMsg("p@x", "Re: Plan", d4, "c@x", "a@x", "c@x"))},
	} {
		if _, rep, body := e.importFiles(admin, imp.folder, upFile{"t.mbox", imp.mbox}); rep == nil || rep["failed"] != 0.0 {
			t.Fatalf("import: %s", body)
		}
	}
	// A reader of Inbox only.
	uid := e.gql(admin, `mutation{createUser(input:{username:"reader",password:"reader-password"}){id}}`, nil).
		Data["createUser"].(map[string]any)["id"]
	e.gql(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`, map[string]any{"t": inbox, "p": uid})
	e.gql(admin, `mutation($f:ID!){setInheritance(targetID:$f,blocked:true){id}}`, map[string]any{"f": private})
	reader := e.gql("", `mutation{login(username:"reader",password:"reader-password"){token}}`, nil).Data["login"].(map[string]any)["token"].(string)

	conversations := func(tok, after string) (subjects []string, ids []string, cursor string, next bool) {
		t.Helper()
		vars := map[string]any{"f": inbox, "a": nil}
		if after != "" {
			vars["a"] = after
		}
		r := e.gql(tok, `query($f:ID!,$a:Cursor){node(id:$f){... on EmailFolder{conversations(first:1,after:$a){
			edges{cursor node{id messageID threadSize}} pageInfo{hasNextPage}}}}}`, vars)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		c := r.Data["node"].(map[string]any)["conversations"].(map[string]any)
		for _, ed := range c["edges"].([]any) {
			n := ed.(map[string]any)["node"].(map[string]any)
			subjects = append(subjects, fmt.Sprint(n["messageID"], ":", n["threadSize"]))
			ids = append(ids, n["id"].(string))
			cursor = ed.(map[string]any)["cursor"].(string)
		}
		return subjects, ids, cursor, c["pageInfo"].(map[string]any)["hasNextPage"].(bool)
	}
	// One row per conversation, newest first, a page at a time: the Plan
	// thread's newest in Inbox is c (p is in another folder), then z.
	var rows, ids []string
	for cursor, more := "", true; more; {
		var s, i []string
		s, i, cursor, more = conversations(reader, cursor)
		rows, ids = append(rows, s...), append(ids, i...)
	}
	if strings.Join(rows, " ") != "c@x:3 z@x:1" {
		t.Errorf("reader's conversations: %v", rows)
	}
	if s, _, _, _ := conversations(admin, ""); strings.Join(s, " ") != "c@x:4" {
		t.Errorf("admin's first conversation: %v", s) // the admin also sees p in Private
	}
	// totalCount is the maintained count of the folder's conversations.
	total := func() any {
		r := e.gql(reader, `query($f:ID!){node(id:$f){... on EmailFolder{conversations(first:1){totalCount}}}}`, map[string]any{"f": inbox})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		return r.Data["node"].(map[string]any)["conversations"].(map[string]any)["totalCount"]
	}
	if n := total(); n != 2.0 {
		t.Errorf("totalCount %v, want 2", n)
	}

	thread := func(tok, id string) string {
		r := e.gql(tok, `query($id:ID!){node(id:$id){... on Email{thread{messageID}}}}`, map[string]any{"id": id})
		if len(r.Errors) > 0 || r.Data["node"] == nil {
			t.Fatalf("thread: %+v", r)
		}
		var out []string
		for _, m := range r.Data["node"].(map[string]any)["thread"].([]any) {
			out = append(out, m.(map[string]any)["messageID"].(string))
		}
		return strings.Join(out, " ")
	}
	if got := thread(reader, ids[0]); got != "a@x b@x c@x" {
		t.Errorf("reader's thread: %s", got)
	}
	if got := thread(admin, ids[0]); got != "a@x b@x c@x p@x" {
		t.Errorf("admin's thread: %s", got)
	}
	// Trashed emails leave the thread and the conversation's newest moves back.
	e.gql(admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": ids[0]})
	if s, _, _, _ := conversations(reader, ""); strings.Join(s, " ") != "b@x:2" {
		t.Errorf("after trashing c: %v", s)
	}
	e.gql(admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": ids[1]})
	if n := total(); n != 1.0 {
		t.Errorf("totalCount after trashing z: %v, want 1", n)
	}
}

// A thread is a list of up to 500 emails, each with its own thread: nested,
// it would multiply. The complexity limit counts it like a full page and
// refuses the nesting before any resolver runs; the email page's query fits.
func TestNestedThreadsRefused(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	r := e.gql(tok, `query($id:ID!){node(id:$id){... on Email{thread{thread{thread{id}}}}}}`, map[string]any{"id": "1"})
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "complexity") {
		t.Errorf("nested threads: %+v", r)
	}
	r = e.gql(tok, `query($id:ID!){node(id:$id){... on Email{id threadSize thread{id subject sentAt from{name address} folder{id title}}}}}`,
		map[string]any{"id": "1"})
	if len(r.Errors) > 0 && strings.Contains(r.Errors[0].Message, "complexity") { // no such email: past the limit, then not found
		t.Errorf("the email page's thread: %v", r.Errors)
	}
}
