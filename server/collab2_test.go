package server

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"mailroom/activity"
	"mailroom/auth/viewer"
	"mailroom/collab"
	"mailroom/ent"
)

const relationCandidates = `query($q:String!,$n:Int){relationCandidates(query:$q,first:$n){__typename id
	... on Email{subject} ... on EmailFolder{title} ... on Workspace{title}}}`

// candidates is what the picker offers tok for q, as "Type:title" sorted.
func (c *collabEnv) candidates(tok, q string, first any) ([]string, gqlResp) {
	c.t.Helper()
	r := c.gql(tok, relationCandidates, map[string]any{"q": q, "n": first})
	if len(r.Errors) > 0 {
		return nil, r
	}
	var out []string
	for _, n := range r.Data["relationCandidates"].([]any) {
		n := n.(map[string]any)
		name, _ := n["subject"].(string)
		if name == "" {
			name, _ = n["title"].(string)
		}
		out = append(out, n["__typename"].(string)+":"+name+":"+n["id"].(string))
	}
	sort.Strings(out)
	return out, r
}

// The relation picker offers only documents the viewer may read: another
// workspace, a folder that blocks inheritance and its emails stay hidden
// whatever is typed (titles, subjects, search syntax), and the query is
// bounded in length and in results.
func TestRelationCandidatesAreOnlyWhatTheViewerReads(t *testing.T) {
	c := newCollabEnv(t)
	// A second workspace, with a folder, that only the administrator reads.
	other := c.must(c.admin, `mutation{createWorkspace(input:{title:"Secret team"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"].(string)
	in := map[string]any{"workspaceID": other, "title": "Shared secrets", "email": "bob@example.com", "password": "bobpass",
		"protocol": "IMAP", "host": "127.0.0.1", "port": 1, "startTLS": false, "allowInsecureAuth": true, "afterImport": "LEAVE"}
	secretFolder := c.must(c.admin, createFolder, map[string]any{"i": in})["createEmailFolder"].(map[string]any)["id"].(string)

	ids := func(list []string) []string {
		var out []string
		for _, s := range list {
			out = append(out, s[strings.LastIndex(s, ":")+1:])
		}
		return out
	}
	hidden := []string{other, secretFolder, c.private}
	for _, id := range c.privateEmails {
		hidden = append(hidden, id)
	}
	// Every role and many queries: nothing hidden ever comes back.
	queries := []string{"notes", "older", "team", "Private", "shared", "secret", "e", `in:Private notes`, `subject:notes`, `"notes`, `notes" OR "x`, `-notes`, `*`, `no*`}
	for _, role := range []string{"reader", "writer", "manager", "outsider"} {
		for _, q := range queries {
			got, r := c.candidates(c.tok[role], q, 25)
			if len(r.Errors) > 0 {
				t.Fatalf("%s %q: %v", role, q, r.Errors)
			}
			for _, id := range ids(got) {
				if slices.Contains(hidden, id) {
					t.Errorf("%s typing %q is offered %s, which they cannot read: %v", role, q, id, got)
				}
			}
			if role == "outsider" && len(got) != 0 {
				t.Errorf("outsider typing %q is offered %v", q, got)
			}
		}
	}
	// What each finds: folders and workspaces by title, emails by subject (prefixes).
	want := map[string][]string{
		"notes":   {"Email:notes:" + c.emails["notes"]},
		"no":      {"Email:notes:" + c.emails["notes"]},
		"team":    {"Workspace:Team:" + c.ws},
		"shared":  {"EmailFolder:Shared:" + c.shared},
		"private": nil,
		"%":       nil, // LIKE's wildcards are plain characters
		"_":       nil,
	}
	for q, w := range want {
		if got, _ := c.candidates(c.tok["reader"], q, nil); !slices.Equal(got, w) {
			t.Errorf("reader typing %q: %v, want %v", q, got, w)
		}
	}
	// The administrator reads everything, and is offered it.
	got, _ := c.candidates(c.admin, "notes", nil)
	if !slices.Equal(sorted(ids(got)...), sorted(c.emails["notes"], c.privateEmails["notes"])) {
		t.Errorf("admin typing notes: %v", got)
	}
	got, _ = c.candidates(c.admin, "team", nil)
	if !slices.Equal(sorted(ids(got)...), sorted(c.ws, other)) {
		t.Errorf("admin typing team: %v", got)
	}
	// Not what is in the trash.
	c.must(c.admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": c.emails["notes"]})
	if got, _ := c.candidates(c.tok["reader"], "notes", nil); len(got) != 0 {
		t.Errorf("reader is offered a trashed email: %v", got)
	}

	// Bounded: first 1..25 of each kind, at most 100 characters typed.
	got, _ = c.candidates(c.admin, "e", 1) // Secret team/Team, Private/Shared/Shared secrets, emails
	kinds := map[string]int{}
	for _, s := range got {
		kinds[s[:strings.Index(s, ":")]]++
	}
	if kinds["Workspace"] != 1 || kinds["EmailFolder"] != 1 || kinds["Email"] > 1 {
		t.Errorf("first:1 gave %v", got)
	}
	for _, n := range []int{0, -1, collab.MaxCandidates + 1, 1000} {
		if _, r := c.candidates(c.admin, "e", n); code(r) != CodeBadUserInput || field(r) != "first" {
			t.Errorf("first:%d: %+v", n, r)
		}
	}
	if _, r := c.candidates(c.admin, strings.Repeat("a", collab.MaxCandidateQuery+1), nil); code(r) != CodeBadUserInput || field(r) != "query" {
		t.Errorf("long query: %+v", r)
	}
	if got, r := c.candidates(c.admin, "   ", nil); len(r.Errors) > 0 || len(got) != 0 {
		t.Errorf("blank query: %v %+v", got, r)
	}
	if _, r := c.candidates("", "notes", nil); code(r) != CodeUnauthenticated {
		t.Errorf("anonymous: %+v", r)
	}
}

func sorted(s ...string) []string {
	sort.Strings(s)
	return s
}

// A reply deeper than collab.MaxReplyDepth levels is refused on parentID,
// and a parent on another document (another email, the folder itself, an
// email of another folder, something that is no comment) is refused too.
func TestReplyDepthAndParentTarget(t *testing.T) {
	c := newCollabEnv(t)
	email := c.emails["notes"]
	add := func(tok, target string, parent any) gqlResp {
		return c.gql(tok, addComment, map[string]any{"t": target, "x": "level", "p": parent})
	}
	var chain []string // chain[i] is at level i+1
	var parent any
	for range collab.MaxReplyDepth {
		r := add(c.tok["writer"], email, parent)
		if len(r.Errors) > 0 {
			t.Fatalf("reply at level %d: %v", len(chain)+1, r.Errors)
		}
		id := r.Data["addComment"].(map[string]any)["id"].(string)
		chain, parent = append(chain, id), id
	}
	r := add(c.tok["writer"], email, chain[len(chain)-1])
	if code(r) != CodeBadUserInput || field(r) != "parentID" || !strings.Contains(r.Errors[0].Message, fmt.Sprint(collab.MaxReplyDepth)) {
		t.Fatalf("reply at level %d: %+v", collab.MaxReplyDepth+1, r)
	}
	// A sibling at the last level is still fine.
	if r := add(c.tok["writer"], email, chain[len(chain)-2]); len(r.Errors) > 0 {
		t.Fatalf("reply at level %d: %v", collab.MaxReplyDepth, r.Errors)
	}

	// Parents on other documents.
	folderNote := c.must(c.tok["writer"], addComment, map[string]any{"t": c.shared, "x": "on the folder"})["addComment"].(map[string]any)["id"].(string)
	privateNote := c.must(c.admin, addComment, map[string]any{"t": c.privateEmails["notes"], "x": "private"})["addComment"].(map[string]any)["id"].(string)
	for name, try := range map[string]struct{ tok, target, parent string }{
		"an email's comment, replied to on another email":         {c.tok["writer"], c.emails["older"], chain[0]},
		"the folder's comment, replied to on an email in it":      {c.tok["writer"], email, folderNote},
		"an email's comment, replied to on its folder":            {c.tok["writer"], c.shared, chain[0]},
		"a comment of another folder (the administrator's reply)": {c.admin, email, privateNote},
		"a comment of a folder the writer cannot read":            {c.tok["writer"], email, privateNote},
		"an email as the parent":                                  {c.tok["writer"], email, c.emails["older"]},
	} {
		if r := add(try.tok, try.target, try.parent); code(r) != CodeBadUserInput || field(r) != "parentID" {
			t.Errorf("%s: %+v", name, r)
		}
	}
}

// Editing a comment is in the history of its email (COMMENT_EDITED, by
// its author) and alerts nobody; an edit that changes nothing is not
// recorded.
func TestCommentEditIsInTheHistory(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	e.fetch(admin, f)
	emailID := e.emailIDs(admin, f)["older"]
	writerID, writer := e.user(admin, "writer")
	readerID, reader := e.user(admin, "reader")
	e.grant(admin, f, writerID, "WRITE")
	e.grant(admin, f, readerID, "READ")
	e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": emailID})

	id := e.must(writer, addComment, map[string]any{"t": emailID, "x": "first words"})["addComment"].(map[string]any)["id"]
	upd := `mutation($id:ID!,$x:String!){updateComment(id:$id,text:$x){id}}`
	e.must(writer, upd, map[string]any{"id": id, "x": "second words"})
	e.must(writer, upd, map[string]any{"id": id, "x": "second words"}) // unchanged
	e.rec.Wait()

	r := e.must(reader, `query($id:ID!){node(id:$id){... on Email{history{edges{node{kind text actor{username}}}}}}}`, map[string]any{"id": emailID})
	var edits, comments []string
	for _, ed := range r["node"].(map[string]any)["history"].(map[string]any)["edges"].([]any) {
		n := ed.(map[string]any)["node"].(map[string]any)
		line := fmt.Sprintf("%s by %v", n["text"], n["actor"])
		switch n["kind"] {
		case string(activity.CommentEdited):
			edits = append(edits, line)
		case string(activity.Commented):
			comments = append(comments, line)
		}
	}
	if !slices.Equal(edits, []string{"edited a comment: second words by map[username:writer]"}) || len(comments) != 1 {
		t.Fatalf("history: edits %v, comments %v", edits, comments)
	}
	// The follower was alerted of the comment, not of its edit.
	var kinds []string
	for _, n := range e.notifications(reader) {
		kinds = append(kinds, n.kind)
	}
	if !slices.Contains(kinds, string(activity.Commented)) || slices.Contains(kinds, string(activity.CommentEdited)) {
		t.Fatalf("the follower's alerts: %v", kinds)
	}
}

const alertSubscriptions = `query($n:Int,$a:Cursor){alertSubscriptions(first:$n,after:$a){
	edges{cursor node{id target{__typename id ... on Workspace{title} ... on EmailFolder{title} ... on Email{subject}}}}
	pageInfo{hasNextPage endCursor}}}`

type followedPage struct {
	targets []string // Type:title, newest first
	next    bool
	end     any
}

func (e *alertsEnv) followed(tok string, first int, after any) followedPage {
	e.t.Helper()
	r := e.must(tok, alertSubscriptions, map[string]any{"n": first, "a": after})
	conn := r["alertSubscriptions"].(map[string]any)
	var p followedPage
	for _, ed := range conn["edges"].([]any) {
		tg := ed.(map[string]any)["node"].(map[string]any)["target"].(map[string]any)
		name, _ := tg["title"].(string)
		if name == "" {
			name, _ = tg["subject"].(string)
		}
		p.targets = append(p.targets, tg["__typename"].(string)+":"+name)
	}
	p.next = conn["pageInfo"].(map[string]any)["hasNextPage"].(bool)
	p.end = conn["pageInfo"].(map[string]any)["endCursor"]
	return p
}

// What one follows is listed, newest first, only while one may read it:
// READ lost on a folder hides the folder and its email (the workspace,
// still visible through another folder, stays); READ back shows them
// again. Others' subscriptions are never listed, and subscriptions to what
// the viewer cannot read cost a bounded scan per page.
func TestFollowingListsOnlyWhatTheViewerReads(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin) // workspace "W", folder "Bob"
	ws := e.workspaceOf(admin, f)
	other := e.memFolderIn(admin, ws, "Other")
	e.fetch(admin, f)
	emailID := e.emailIDs(admin, f)["older"]
	readerID, reader := e.user(admin, "reader")
	_, outsider := e.user(admin, "outsider")
	e.grant(admin, f, readerID, "READ")
	e.grant(admin, other, readerID, "READ")
	follow := func(tok, id string) {
		e.must(tok, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": id})
	}
	for _, id := range []string{ws, f, emailID} {
		follow(reader, id)
	}
	follow(admin, other)

	all := []string{"Email:older", "EmailFolder:Bob", "Workspace:W"}
	if p := e.followed(reader, 10, nil); !slices.Equal(p.targets, all) || p.next {
		t.Fatalf("reader follows %+v", p)
	}
	if p := e.followed(admin, 10, nil); !slices.Equal(p.targets, []string{"EmailFolder:Other"}) {
		t.Fatalf("admin follows %+v (another user's subscriptions listed?)", p)
	}
	if p := e.followed(outsider, 10, nil); len(p.targets) != 0 {
		t.Fatalf("outsider follows %+v", p)
	}
	// Pages.
	p := e.followed(reader, 2, nil)
	if !slices.Equal(p.targets, all[:2]) || !p.next {
		t.Fatalf("first page %+v", p)
	}
	if p := e.followed(reader, 2, p.end); !slices.Equal(p.targets, all[2:]) || p.next {
		t.Fatalf("second page %+v", p)
	}

	// READ lost on the folder: it and its email are no longer listed.
	e.must(admin, `mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`, map[string]any{"t": f, "p": readerID})
	if p := e.followed(reader, 10, nil); !slices.Equal(p.targets, []string{"Workspace:W"}) {
		t.Fatalf("after losing READ on the folder: %+v", p)
	}
	e.grant(admin, f, readerID, "READ")
	if p := e.followed(reader, 10, nil); !slices.Equal(p.targets, all) {
		t.Fatalf("READ back: %+v", p)
	}
	// Unfollowing takes it off the list.
	e.must(reader, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": f})
	if p := e.followed(reader, 10, nil); !slices.Equal(p.targets, []string{"Email:older", "Workspace:W"}) {
		t.Fatalf("after unfollowing the folder: %+v", p)
	}

	// Many subscriptions to what the reader cannot read (newer than the
	// readable ones): one page scans at most MaxFollowedScan of them and
	// says there is more; going on reaches the readable ones.
	uid, _ := strconv.Atoi(readerID)
	sys := viewer.SystemContext(context.Background())
	n := activity.MaxFollowedScan + 100
	bulk := make([]*ent.SubscriptionCreate, n)
	for i := range bulk {
		bulk[i] = e.client.Subscription.Create().SetUserID(uid).SetTargetID(1<<40 + i)
	}
	for i := 0; i < n; i += 500 {
		e.client.Subscription.CreateBulk(bulk[i:min(i+500, n)]...).ExecX(sys)
	}
	start := time.Now()
	p = e.followed(reader, 10, nil)
	t.Logf("a page over %d unreadable subscriptions: %v", activity.MaxFollowedScan, time.Since(start))
	if len(p.targets) != 0 || !p.next || p.end == nil {
		t.Fatalf("first page over unreadable subscriptions: %+v", p)
	}
	if p := e.followed(reader, 10, p.end); !slices.Equal(p.targets, []string{"Email:older", "Workspace:W"}) || p.next {
		t.Fatalf("next page: %+v", p)
	}
}

// An annotation on an HTML-only email anchors on the plain text made from
// its HTML (what the Plain text view shows): a quote selected across
// elements (a bold word, the end of one paragraph and the start of the
// next, list items) is found whatever the whitespace between, at its
// position in that text, and a quote with the markup in it is not.
func TestAnnotationAcrossHTMLElements(t *testing.T) {
	c := newCollabEnv(t)
	c.appendMem("Subject: html only\r\nMessage-ID: <html-only@x>\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" +
		"<html><body><p>Dear <b>team</b>,</p><p>The <i>invoice</i> is attached.</p><ul><li>Pay by Friday</li><li>Thanks</li></ul></body></html>\r\n")
	c.must(c.admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": c.shared})
	r := c.must(c.admin, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id subject text}}}}}}`, map[string]any{"f": c.shared})
	var id, text string
	for _, ed := range r["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		if n := ed.(map[string]any)["node"].(map[string]any); n["subject"] == "html only" {
			id, text = n["id"].(string), n["text"].(string)
		}
	}
	if id == "" || !strings.Contains(text, "invoice") {
		t.Fatalf("the HTML email's text: %q", text)
	}
	for _, tc := range []struct{ exact, from string }{
		{"team, The invoice is", "team"},
		{"attached.\n- Pay by Friday - Thanks", "attached"}, // as selected in the Plain text view, list marks included
	} {
		r := c.gql(c.tok["writer"], annotate, map[string]any{"e": id, "i": map[string]any{"exact": tc.exact, "body": "note"}})
		if len(r.Errors) > 0 {
			t.Fatalf("%q in %q: %v", tc.exact, text, r.Errors)
		}
		// Positions count code points of the text.
		want := len([]rune(text[:strings.Index(text, tc.from)]))
		if got := r.Data["annotate"].(map[string]any)["start"]; got != float64(want) {
			t.Errorf("%q anchored at %v, want %d in %q", tc.exact, got, want, text)
		}
	}
	if r := c.gql(c.tok["writer"], annotate, map[string]any{"e": id, "i": map[string]any{"exact": "<b>team</b>", "body": "note"}}); field(r) != "exact" {
		t.Errorf("a quote with markup: %+v", r)
	}
}
