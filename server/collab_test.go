package server

import (
	"context"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"

	"mailroom/activity"
)

// recorder keeps what the collaboration mutations record.
type recorder struct {
	mu      sync.Mutex
	entries []activity.Entry
}

func (r *recorder) Record(_ context.Context, e activity.Entry) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.entries = append(r.entries, e)
}

func (r *recorder) kinds() []activity.Kind {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []activity.Kind
	for _, e := range r.entries {
		out = append(out, e.Kind)
	}
	return out
}

// countKind is how many of kinds are k (the set-up's permission changes
// are recorded too).
func countKind(kinds []activity.Kind, k activity.Kind) int {
	n := 0
	for _, x := range kinds {
		if x == k {
			n++
		}
	}
	return n
}

func (r *recorder) last(k activity.Kind) (activity.Entry, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for i := len(r.entries) - 1; i >= 0; i-- {
		if r.entries[i].Kind == k {
			return r.entries[i], true
		}
	}
	return activity.Entry{}, false
}

// collabEnv is a workspace with two folders of the same mail: Shared, where
// reader, writer, writer2 and manager hold READ, WRITE, WRITE and MANAGE,
// and Private, which blocks inheritance and only the administrator reads.
// outsider holds nothing.
type collabEnv struct {
	*apiEnv
	rec                 *recorder
	admin               string
	ws, shared, private string
	tok, id             map[string]string // by role
	emails              map[string]string // subject -> email ID in Shared
	privateEmails       map[string]string // subject -> email ID in Private
}

func newCollabEnv(t *testing.T) *collabEnv {
	t.Helper()
	rec := &recorder{}
	e := newAPIWith(t, func(c *Config) { c.Activity = rec })
	c := &collabEnv{apiEnv: e, rec: rec, admin: e.login(), tok: map[string]string{}, id: map[string]string{}}
	e.appendMem("Subject: notes\r\nMessage-ID: <notes@x>\r\n\r\nthe cat sat. the cat ran.\r\n")
	c.ws = c.must(c.admin, `mutation{createWorkspace(input:{title:"Team"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"].(string)
	host, port, _ := net.SplitHostPort(e.imap)
	var p int
	fmt.Sscan(port, &p)
	folder := func(title string) string {
		in := map[string]any{"workspaceID": c.ws, "title": title, "email": "bob@example.com", "password": "bobpass",
			"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true, "afterImport": "LEAVE"}
		id := c.must(c.admin, createFolder, map[string]any{"i": in})["createEmailFolder"].(map[string]any)["id"].(string)
		c.must(c.admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": id})
		return id
	}
	c.shared, c.private = folder("Shared"), folder("Private")
	c.must(c.admin, `mutation($f:ID!){setInheritance(targetID:$f,blocked:true){id}}`, map[string]any{"f": c.private})
	c.emails, c.privateEmails = c.subjects(c.shared), c.subjects(c.private)
	for role, perm := range map[string]string{"reader": "READ", "writer": "WRITE", "writer2": "WRITE", "manager": "MANAGE", "outsider": ""} {
		c.id[role], c.tok[role] = e.newUser(c.admin, role, false)
		if perm != "" {
			c.must(c.admin, `mutation($t:ID!,$p:ID!,$perm:Permission!){setPermission(targetID:$t,principalID:$p,permission:$perm){id}}`,
				map[string]any{"t": c.shared, "p": c.id[role], "perm": perm})
		}
	}
	return c
}

func (c *collabEnv) must(tok, q string, vars map[string]any) map[string]any {
	c.t.Helper()
	r := c.gql(tok, q, vars)
	if len(r.Errors) > 0 {
		c.t.Fatalf("%s: %v", q, r.Errors)
	}
	return r.Data
}

func (c *collabEnv) subjects(folder string) map[string]string {
	r := c.must(c.admin, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id subject}}}}}}`, map[string]any{"f": folder})
	out := map[string]string{}
	for _, ed := range r["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		n := ed.(map[string]any)["node"].(map[string]any)
		out[n["subject"].(string)] = n["id"].(string)
	}
	if len(out) != 3 {
		c.t.Fatalf("folder has %v", out)
	}
	return out
}

// field is the offending input field of a BAD_USER_INPUT error.
func field(r gqlResp) string {
	if len(r.Errors) == 0 {
		return ""
	}
	f, _ := r.Errors[0].Extensions["field"].(string)
	return f
}

func (c *collabEnv) node(tok, id, sel string) map[string]any {
	c.t.Helper()
	r := c.gql(tok, `query($id:ID!){node(id:$id){id `+sel+`}}`, map[string]any{"id": id})
	if code(r) == CodeNotFound {
		return nil
	}
	if len(r.Errors) > 0 {
		c.t.Fatalf("node %s: %v", id, r.Errors)
	}
	n, _ := r.Data["node"].(map[string]any)
	return n
}

const addComment = `mutation($t:ID!,$x:String!,$p:ID){addComment(targetID:$t,text:$x,parentID:$p){id text editedAt parent{id} author{username}}}`

func TestComments(t *testing.T) {
	c := newCollabEnv(t)
	email := c.emails["notes"]
	add := func(role, target, text string, parent any) gqlResp {
		return c.gql(c.tok[role], addComment, map[string]any{"t": target, "x": text, "p": parent})
	}

	// READ sees but cannot comment; without READ the email does not exist.
	if r := add("reader", email, "hi", nil); code(r) != CodeForbidden {
		t.Fatalf("reader commented: %+v", r)
	}
	if r := add("outsider", email, "hi", nil); code(r) != CodeNotFound {
		t.Fatalf("outsider commented: %+v", r)
	}
	r := add("writer", email, "Look @reader, @outsider, @manager. and mail@manager.example — @nobody-here", nil)
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	first := r.Data["addComment"].(map[string]any)
	if first["author"].(map[string]any)["username"] != "writer" {
		t.Fatalf("author %v", first)
	}
	// Mentioned: the readers of the folder named, not the outsider, not a
	// user who does not exist, not an address.
	m, ok := c.rec.last(activity.Commented)
	if !ok {
		t.Fatalf("no comment recorded: %v", c.rec.kinds())
	}
	var reader, manager int
	fmt.Sscan(c.id["reader"], &reader)
	fmt.Sscan(c.id["manager"], &manager)
	slices.Sort(m.MentionIDs)
	if want := []int{min(reader, manager), max(reader, manager)}; !slices.Equal(m.MentionIDs, want) {
		t.Fatalf("mentioned %v, want %v (reader, manager)", m.MentionIDs, want)
	}
	if m.ObjectID == 0 || fmt.Sprint(m.EmailID) != email || m.ActorID == 0 || countKind(c.rec.kinds(), activity.Commented) != 1 {
		t.Fatalf("commented entry %+v of %v", m, c.rec.kinds())
	}

	// A reply, and a parent from another document refused.
	r = add("writer2", email, "**agreed**", first["id"])
	if len(r.Errors) > 0 || r.Data["addComment"].(map[string]any)["parent"].(map[string]any)["id"] != first["id"] {
		t.Fatalf("reply: %+v", r)
	}
	if r := add("writer2", c.emails["older"], "elsewhere", first["id"]); field(r) != "parentID" {
		t.Fatalf("reply across emails: %+v", r)
	}
	// Limits.
	if r := add("writer", email, strings.Repeat("x", 10001), nil); code(r) != CodeBadUserInput || field(r) != "text" {
		t.Fatalf("long comment: %+v", r)
	}
	if r := add("writer", email, "  \n ", nil); field(r) != "text" {
		t.Fatalf("blank comment: %+v", r)
	}
	// Comments on a folder; not on a user.
	if r := add("writer", c.shared, "folder note", nil); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	if r := add("writer", c.id["reader"], "user note", nil); field(r) != "targetID" {
		t.Fatalf("comment on a user: %+v", r)
	}

	// Only the author edits; the edit keeps the history.
	upd := `mutation($id:ID!,$x:String!){updateComment(id:$id,text:$x){text editedAt history{text}}}`
	if r := c.gql(c.tok["writer2"], upd, map[string]any{"id": first["id"], "x": "hijacked"}); code(r) != CodeForbidden {
		t.Fatalf("another writer edited: %+v", r)
	}
	if r := c.gql(c.tok["manager"], upd, map[string]any{"id": first["id"], "x": "hijacked"}); code(r) != CodeForbidden {
		t.Fatalf("a manager edited someone's words: %+v", r)
	}
	r = c.gql(c.tok["writer"], upd, map[string]any{"id": first["id"], "x": "Look again"})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	u := r.Data["updateComment"].(map[string]any)
	if u["text"] != "Look again" || u["editedAt"] == nil || len(u["history"].([]any)) != 1 ||
		!strings.HasPrefix(u["history"].([]any)[0].(map[string]any)["text"].(string), "Look @reader") {
		t.Fatalf("edited: %+v", u)
	}

	// What readers see, in order; nothing for the outsider.
	n := c.node(c.tok["reader"], email, `... on Email{comments{id text parent{id} replies{id}}}`)
	list := n["comments"].([]any)
	if len(list) != 2 || list[0].(map[string]any)["id"] != first["id"] || len(list[0].(map[string]any)["replies"].([]any)) != 1 {
		t.Fatalf("comments: %+v", list)
	}
	if n := c.node(c.tok["outsider"], first["id"].(string), ""); n != nil {
		t.Fatalf("outsider reads the comment: %v", n)
	}
	if n := c.node(c.tok["reader"], first["id"].(string), ""); n == nil {
		t.Fatal("reader cannot read the comment")
	}

	// Deleting: not another writer, nor a reader; the author or a manager.
	del := `mutation($id:ID!){deleteComment(id:$id)}`
	reply := list[1].(map[string]any)["id"]
	for _, role := range []string{"writer", "reader"} {
		if r := c.gql(c.tok[role], del, map[string]any{"id": reply}); code(r) != CodeForbidden {
			t.Fatalf("%s deleted another's comment: %+v", role, r)
		}
	}
	if r := c.gql(c.tok["outsider"], del, map[string]any{"id": reply}); code(r) != CodeNotFound {
		t.Fatalf("outsider: %+v", r)
	}
	c.must(c.tok["manager"], del, map[string]any{"id": first["id"]})
	c.must(c.tok["writer2"], del, map[string]any{"id": reply})
	n = c.node(c.tok["reader"], first["id"].(string), `... on Comment{text deletedAt history{text}}`)
	if n["text"] != "" || n["deletedAt"] == nil || len(n["history"].([]any)) != 0 {
		t.Fatalf("deleted comment keeps its words: %+v", n)
	}
	if r := add("writer", email, "to the void", first["id"]); field(r) != "parentID" {
		t.Fatalf("reply to a deleted comment: %+v", r)
	}
}

const annotate = `mutation($e:ID!,$i:AnnotationInput!){annotate(emailID:$e,input:$i){id exact start body author{username}}}`

func TestAnnotations(t *testing.T) {
	c := newCollabEnv(t)
	email := c.emails["notes"] // "the cat sat. the cat ran."
	ann := func(role string, in map[string]any) gqlResp {
		return c.gql(c.tok[role], annotate, map[string]any{"e": email, "i": in})
	}
	if r := ann("writer", map[string]any{"exact": "the dog", "body": "?"}); code(r) != CodeBadUserInput || field(r) != "exact" {
		t.Fatalf("a quote that does not occur: %+v", r)
	}
	if r := ann("reader", map[string]any{"exact": "cat", "body": "?"}); code(r) != CodeForbidden {
		t.Fatalf("reader annotated: %+v", r)
	}
	if r := ann("outsider", map[string]any{"exact": "cat", "body": "?"}); code(r) != CodeNotFound {
		t.Fatalf("outsider annotated: %+v", r)
	}
	if r := ann("writer", map[string]any{"exact": "cat", "body": ""}); field(r) != "body" {
		t.Fatalf("empty note: %+v", r)
	}
	// The repeated phrase resolves by its prefix, whatever the hint says;
	// the hint decides when there is no context.
	r := ann("writer", map[string]any{"exact": "the cat", "prefix": "sat. ", "start": 0, "body": "second"})
	if len(r.Errors) > 0 || r.Data["annotate"].(map[string]any)["start"] != 13.0 {
		t.Fatalf("by prefix: %+v", r)
	}
	second := r.Data["annotate"].(map[string]any)["id"]
	r = ann("writer2", map[string]any{"exact": "cat", "start": 16, "body": "by hint"})
	if len(r.Errors) > 0 || r.Data["annotate"].(map[string]any)["start"] != 17.0 {
		t.Fatalf("by hint: %+v", r)
	}
	if e, ok := c.rec.last(activity.Annotated); !ok || fmt.Sprint(e.EmailID) != email {
		t.Fatalf("annotated entry %+v", e)
	}
	n := c.node(c.tok["reader"], email, `... on Email{annotations{start body author{username}}}`)
	if list := n["annotations"].([]any); len(list) != 2 || list[0].(map[string]any)["start"] != 13.0 {
		t.Fatalf("annotations: %+v", list)
	}
	if n := c.node(c.tok["outsider"], second.(string), ""); n != nil {
		t.Fatal("outsider reads the annotation")
	}
	del := `mutation($id:ID!){deleteAnnotation(id:$id)}`
	if r := c.gql(c.tok["writer2"], del, map[string]any{"id": second}); code(r) != CodeForbidden {
		t.Fatalf("another writer deleted: %+v", r)
	}
	c.must(c.tok["writer"], del, map[string]any{"id": second})
	if n := c.node(c.admin, second.(string), ""); n != nil {
		t.Fatal("deleted annotation still there")
	}
}

const createRelation = `mutation($s:ID!,$t:ID,$u:String,$p:RelationPredicate!){createRelation(sourceID:$s,targetID:$t,url:$u,predicate:$p){id predicate url source{id} target{id} createdBy{username}}}`

func TestRelationsAreShownOnlyWhenBothEndsAreReadable(t *testing.T) {
	c := newCollabEnv(t)
	a, b := c.emails["notes"], c.emails["older"]
	hidden := c.privateEmails["notes"]
	rel := func(role, src string, dst any, url any, p string) gqlResp {
		return c.gql(c.tok[role], createRelation, map[string]any{"s": src, "t": dst, "u": url, "p": p})
	}
	relations := func(role, id string) []string {
		n := c.node(c.tok[role], id, `... on Email{relations{id}} ... on EmailFolder{relations{id}}`)
		var ids []string
		for _, r := range n["relations"].([]any) {
			ids = append(ids, r.(map[string]any)["id"].(string))
		}
		return ids
	}

	// Shown at both ends.
	r := rel("writer", a, b, nil, "REPLIES_TO")
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	ab := r.Data["createRelation"].(map[string]any)
	if ab["source"].(map[string]any)["id"] != a || ab["target"].(map[string]any)["id"] != b || ab["createdBy"].(map[string]any)["username"] != "writer" {
		t.Fatalf("relation %+v", ab)
	}
	for _, id := range []string{a, b} {
		if got := relations("reader", id); !slices.Equal(got, []string{ab["id"].(string)}) {
			t.Fatalf("relations of %s seen by reader: %v", id, got)
		}
	}
	if r := rel("writer", a, b, nil, "REPLIES_TO"); field(r) != "targetID" {
		t.Fatalf("duplicate: %+v", r)
	}

	// The administrator relates a Shared email to a Private one: nobody
	// without READ on Private sees it at either end, nor by its ID.
	r = c.gql(c.admin, createRelation, map[string]any{"s": a, "t": hidden, "p": "REFERENCES"})
	if len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	secret := r.Data["createRelation"].(map[string]any)["id"].(string)
	r = c.gql(c.admin, createRelation, map[string]any{"s": hidden, "t": b, "p": "IS_BASED_ON"})
	incoming := r.Data["createRelation"].(map[string]any)["id"].(string)
	for _, role := range []string{"reader", "writer", "manager"} {
		if got := relations(role, a); slices.Contains(got, secret) {
			t.Errorf("%s sees the relation to an unreadable email from its source", role)
		}
		if got := relations(role, b); slices.Contains(got, incoming) {
			t.Errorf("%s sees the relation from an unreadable email at its target", role)
		}
		for _, id := range []string{secret, incoming} {
			if n := c.node(c.tok[role], id, ""); n != nil {
				t.Errorf("%s reads relation %s by its ID", role, id)
			}
		}
	}
	if n := c.node(c.admin, a, `... on Email{relations{id}}`); len(n["relations"].([]any)) != 2 {
		t.Fatalf("admin sees %v", n)
	}
	// Granting READ on Private shows them.
	c.must(c.admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
		map[string]any{"t": c.private, "p": c.id["reader"]})
	if got := relations("reader", a); !slices.Contains(got, secret) {
		t.Fatalf("reader with READ on both ends: %v", got)
	}

	// Creating needs WRITE on the source and READ on the target.
	if r := rel("writer", a, hidden, nil, "REFERENCES"); code(r) != CodeNotFound {
		t.Fatalf("relation to an unreadable email: %+v", r)
	}
	if r := rel("reader", a, c.shared, nil, "REFERENCES"); code(r) != CodeForbidden {
		t.Fatalf("reader related: %+v", r)
	}
	if r := rel("reader", c.private, a, nil, "REFERENCES"); code(r) != CodeForbidden {
		t.Fatalf("reader related from Private: %+v", r)
	}
	// Email to folder and to workspace; to itself refused.
	emailFolder := rel("writer", a, c.shared, nil, "CONFORMS_TO")
	if len(emailFolder.Errors) > 0 {
		t.Fatal(emailFolder.Errors)
	}
	if got := relations("reader", c.shared); len(got) != 1 {
		t.Fatalf("folder end: %v", got)
	}
	if r := rel("writer", a, a, nil, "REQUIRES"); field(r) != "targetID" {
		t.Fatalf("self relation: %+v", r)
	}

	// External links: http(s) only, no credentials, bounded.
	for _, bad := range []string{"javascript:alert(1)", "data:text/html,x", "ftp://x.example/", "https://user:pw@x.example/",
		"https://x.example/" + strings.Repeat("a", 2100), "//x.example", "https://x.example/\nSet-Cookie"} {
		if r := rel("writer", a, nil, bad, "REFERENCES"); code(r) != CodeBadUserInput || field(r) != "url" {
			t.Errorf("url %.40q: %+v", bad, r)
		}
	}
	if r := rel("writer", a, b, "https://x.example/", "REFERENCES"); field(r) != "targetID" {
		t.Fatalf("both target and url: %+v", r)
	}
	r = rel("writer", a, nil, "https://spec.example/rfc", "CONFORMS_TO")
	if len(r.Errors) > 0 || r.Data["createRelation"].(map[string]any)["target"] != nil {
		t.Fatalf("external link: %+v", r)
	}
	if e, ok := c.rec.last(activity.Related); !ok || fmt.Sprint(e.EmailID) != a {
		t.Fatalf("related entry %+v", e)
	}

	// Deleting: the creator, or a manager of the source; not another writer.
	del := `mutation($id:ID!){deleteRelation(id:$id)}`
	if r := c.gql(c.tok["writer2"], del, map[string]any{"id": ab["id"]}); code(r) != CodeForbidden {
		t.Fatalf("another writer deleted: %+v", r)
	}
	c.must(c.tok["manager"], del, map[string]any{"id": ab["id"]})
	if got := relations("reader", b); slices.Contains(got, ab["id"].(string)) {
		t.Fatalf("deleted relation still shown: %v", got)
	}
}

func TestTags(t *testing.T) {
	c := newCollabEnv(t)
	email := c.emails["notes"]
	tag := `mutation($e:ID!,$t:String!){tagEmail(emailID:$e,tag:$t){tags}}`
	untag := `mutation($e:ID!,$t:String!){untagEmail(emailID:$e,tag:$t){tags}}`
	r := c.gql(c.tok["writer"], tag, map[string]any{"e": email, "t": "  Invoice \t 2025 "})
	if len(r.Errors) > 0 || fmt.Sprint(r.Data["tagEmail"].(map[string]any)["tags"]) != "[invoice 2025]" {
		t.Fatalf("tag: %+v", r)
	}
	c.must(c.tok["writer"], tag, map[string]any{"e": email, "t": "INVOICE 2025"}) // the same tag
	c.must(c.tok["writer"], tag, map[string]any{"e": c.emails["older"], "t": "archive"})
	if e, ok := c.rec.last(activity.Tagged); !ok || e.Text != "tagged archive" || fmt.Sprint(e.EmailID) != c.emails["older"] {
		t.Fatalf("tagged entry %+v", e)
	}
	c.must(c.admin, tag, map[string]any{"e": c.privateEmails["notes"], "t": "internal-secret"})
	for role, want := range map[string]string{"reader": CodeForbidden, "outsider": CodeNotFound} {
		if r := c.gql(c.tok[role], tag, map[string]any{"e": email, "t": "x"}); code(r) != want {
			t.Errorf("%s tagged: %+v", role, r)
		}
	}
	for _, bad := range []string{"", "   ", strings.Repeat("é", 65), "a\x00b", "a\u202eb"} {
		if r := c.gql(c.tok["writer"], tag, map[string]any{"e": email, "t": bad}); field(r) != "tag" {
			t.Errorf("tag %q: %+v", bad, r)
		}
	}

	// The emails connection filters by tag.
	r = c.gql(c.tok["reader"], `query($f:ID!){node(id:$f){... on EmailFolder{emails(where:{hasTagsWith:[{name:"invoice 2025"}]}){totalCount edges{node{id tags}}}}}}`,
		map[string]any{"f": c.shared})
	conn := r.Data["node"].(map[string]any)["emails"].(map[string]any)
	if conn["totalCount"] != 1.0 || conn["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"] != email {
		t.Fatalf("filter: %+v", r)
	}

	// Suggestions: the workspace's tags the viewer can read, by prefix.
	sugg := func(role, prefix string) string {
		r := c.gql(c.tok[role], `query($w:ID!,$p:String){node(id:$w){... on Workspace{tags(prefix:$p)}}}`, map[string]any{"w": c.ws, "p": prefix})
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		return fmt.Sprint(r.Data["node"].(map[string]any)["tags"])
	}
	if got := sugg("reader", ""); got != "[archive invoice 2025]" {
		t.Fatalf("suggestions: %s (a tag of a folder the reader cannot read must not show)", got)
	}
	if got := sugg("reader", " INV"); got != "[invoice 2025]" {
		t.Fatalf("suggestions by prefix: %s", got)
	}
	if got := c.gql(c.admin, `query($w:ID!){node(id:$w){... on Workspace{tags}}}`, map[string]any{"w": c.ws}); !strings.Contains(fmt.Sprint(got.Data), "internal-secret") {
		t.Fatalf("admin suggestions: %v", got.Data)
	}

	// At most 20 per email.
	for i := range 19 {
		c.must(c.tok["writer"], tag, map[string]any{"e": email, "t": fmt.Sprintf("t%02d", i)})
	}
	if r := c.gql(c.tok["writer"], tag, map[string]any{"e": email, "t": "one too many"}); field(r) != "tag" {
		t.Fatalf("21st tag: %+v", r)
	}
	r = c.gql(c.tok["writer2"], untag, map[string]any{"e": email, "t": "Invoice 2025"})
	if len(r.Errors) > 0 || strings.Contains(fmt.Sprint(r.Data), "invoice") {
		t.Fatalf("untag: %+v", r)
	}
	if e, ok := c.rec.last(activity.Untagged); !ok || e.Text != "untagged invoice 2025" {
		t.Fatalf("untagged entry %+v", e)
	}
	if r := c.gql(c.tok["reader"], untag, map[string]any{"e": email, "t": "t01"}); code(r) != CodeForbidden {
		t.Fatalf("reader untagged: %+v", r)
	}
}

// An email with comments, annotations, relations and tags can still be
// purged (they go with it), and so can its folder.
func TestPurgeTakesCollaborationAlong(t *testing.T) {
	c := newCollabEnv(t)
	a, b := c.emails["notes"], c.emails["older"]
	cm := c.must(c.admin, addComment, map[string]any{"t": a, "x": "note"})["addComment"].(map[string]any)["id"]
	c.must(c.admin, addComment, map[string]any{"t": a, "x": "reply", "p": cm})
	c.must(c.admin, annotate, map[string]any{"e": a, "i": map[string]any{"exact": "cat", "body": "x"}})
	c.must(c.admin, `mutation($e:ID!){tagEmail(emailID:$e,tag:"x"){id}}`, map[string]any{"e": a})
	rel := c.must(c.admin, createRelation, map[string]any{"s": b, "t": a, "p": "REFERENCES"})["createRelation"].(map[string]any)["id"].(string)
	c.must(c.admin, addComment, map[string]any{"t": c.private, "x": "folder note"})
	c.must(c.admin, createRelation, map[string]any{"s": c.privateEmails["notes"], "t": c.private, "p": "REFERENCES"})

	c.must(c.admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": a})
	// In the trash nothing is added to it (restore it first) ...
	for q, vars := range map[string]map[string]any{
		addComment: {"t": a, "x": "late"},
		annotate:   {"e": a, "i": map[string]any{"exact": "cat", "body": "late"}},
		`mutation($e:ID!){tagEmail(emailID:$e,tag:"late"){id}}`:                                  {"e": a},
		`mutation($s:ID!,$t:ID){createRelation(sourceID:$s,targetID:$t,predicate:REQUIRES){id}}`: {"s": b, "t": a},
	} {
		if r := c.gql(c.admin, q, vars); code(r) != CodeBadUserInput {
			t.Errorf("%.40s on a trashed email: %+v", q, r)
		}
	}
	// ... and its comments are still read as the email is.
	if n := c.node(c.tok["reader"], a, `... on Email{comments{id}}`); n == nil || len(n["comments"].([]any)) != 2 {
		t.Fatalf("trashed email's comments: %v", n)
	}
	c.must(c.admin, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": a})
	if n := c.node(c.admin, rel, ""); n != nil {
		t.Fatal("the relation to a purged email remains")
	}
	if n := c.node(c.admin, cm.(string), ""); n != nil {
		t.Fatal("the comment of a purged email remains")
	}
	c.must(c.admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": c.private})
	c.must(c.admin, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": c.private})
}
