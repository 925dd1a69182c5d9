package server

import (
	"context"
	"fmt"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/integrity"
	"mailroom/internal/testenv"
	"mailroom/search"
	"mailroom/trash"
)

// alertsEnv is the API with the activity Recorder wired into ingest, the
// trash and the resolvers, as main does.
type alertsEnv struct {
	*apiEnv
	rec *activity.Service
}

func newAlertsAPI(t testing.TB) *alertsEnv {
	t.Helper()
	return newAlertsAPIOn(t, "")
}

// newAlertsAPIOn is newAlertsAPI on the database dsn (empty: SQLite).
func newAlertsAPIOn(t testing.TB, dsn string) *alertsEnv {
	t.Helper()
	te := testenv.Open(t, t.TempDir(), dsn)
	ctx := context.Background()
	bus := events.NewHub()
	index, err := search.New(ctx, te.DB, te.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	a := auth.NewService(te.Client, te.Log)
	if _, err := a.Bootstrap(ctx, adminPassword); err != nil {
		t.Fatal(err)
	}
	rec := activity.New(te.Client, a, bus, te.Log, activity.Options{})
	t.Cleanup(rec.Close)
	ing := ingest.New(te.Client, te.Blobs, te.Keyring, bus, te.Log, ingest.Options{Search: index,
		HostPolicy: testenv.HostPolicy(), Activity: rec})
	t.Cleanup(ing.Close)
	bin := trash.New(te.Client, te.Blobs, index)
	bin.FolderChanged, bin.Activity = ing.FolderChanged, rec
	h := New(Config{Client: te.Client, Auth: a, Ingest: ing, Blobs: te.Blobs, Bus: bus, Log: te.Log, Search: index,
		Trash: bin, Integrity: integrity.NewService(te.Client, te.Blobs), Activity: rec})
	e := &apiEnv{t: t, srv: httptest.NewServer(h), auth: a, bus: bus, blobs: te.Blobs, client: te.Client, db: te.DB, index: index}
	t.Cleanup(e.srv.Close)
	e.imap = startMemIMAP(t)
	return &alertsEnv{apiEnv: e, rec: rec}
}

func (e *alertsEnv) must(tok, q string, vars map[string]any) map[string]any {
	e.t.Helper()
	r := e.gql(tok, q, vars)
	if len(r.Errors) > 0 {
		e.t.Fatalf("%s: %v", q, r.Errors)
	}
	return r.Data
}

// user creates a user and signs them in.
func (e *alertsEnv) user(admin, name string) (id, tok string) {
	e.t.Helper()
	id = e.must(admin, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`, map[string]any{"i": map[string]any{
		"username": name, "password": name + "-password", "email": name + "@example.com"}})["createUser"].(map[string]any)["id"].(string)
	r := e.gql("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`, map[string]any{"u": name, "p": name + "-password"})
	return id, r.Data["login"].(map[string]any)["token"].(string)
}

func (e *alertsEnv) grant(admin, target, principal, perm string) {
	e.t.Helper()
	e.must(admin, `mutation($t:ID!,$p:ID!,$perm:Permission!){setPermission(targetID:$t,principalID:$p,permission:$perm){id}}`,
		map[string]any{"t": target, "p": principal, "perm": perm})
}

func (e *alertsEnv) fetch(tok, folder string) float64 {
	e.t.Helper()
	r := e.must(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": folder})
	e.rec.Wait()
	return r["fetchEmails"].(map[string]any)["imported"].(float64)
}

type notificationRow struct{ kind, text, target string }

func (e *alertsEnv) notifications(tok string) []notificationRow {
	e.t.Helper()
	r := e.must(tok, `{notifications(first:50){totalCount edges{node{kind text read target{id}}}}}`, nil)
	var out []notificationRow
	for _, ed := range r["notifications"].(map[string]any)["edges"].([]any) {
		n := ed.(map[string]any)["node"].(map[string]any)
		target := ""
		if tg, ok := n["target"].(map[string]any); ok {
			target = tg["id"].(string)
		}
		out = append(out, notificationRow{n["kind"].(string), n["text"].(string), target})
	}
	return out
}

func (e *alertsEnv) unread(tok string) float64 {
	return e.must(tok, `{unreadNotificationCount}`, nil)["unreadNotificationCount"].(float64)
}

// workspaceOf is the workspace of a folder made by memFolder.
func (e *alertsEnv) workspaceOf(tok, folder string) string {
	r := e.must(tok, `query($f:ID!){node(id:$f){... on EmailFolder{workspace{id}}}}`, map[string]any{"f": folder})
	return r["node"].(map[string]any)["workspace"].(map[string]any)["id"].(string)
}

func (e *alertsEnv) emailIDs(tok, folder string) map[string]string {
	r := e.must(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:50){edges{node{id subject}}}}}}`, map[string]any{"f": folder})
	out := map[string]string{}
	for _, ed := range r["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		n := ed.(map[string]any)["node"].(map[string]any)
		out[n["subject"].(string)] = n["id"].(string)
	}
	return out
}

// Following needs READ on the target: a user without it gets NOT_FOUND
// and learns nothing; one with READ follows a workspace they see through a
// folder grant, the folder and an email, and unfollows.
func TestSubscribePermissions(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	ws := e.workspaceOf(admin, f)
	e.fetch(admin, f)
	emailID := e.emailIDs(admin, f)["older"]
	readerID, reader := e.user(admin, "reader")
	_, outsider := e.user(admin, "outsider")
	e.grant(admin, f, readerID, "READ")

	for _, target := range []string{ws, f, emailID} {
		if c := code(e.gql(outsider, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": target})); c != CodeNotFound {
			t.Errorf("outsider follows %s: %q", target, c)
		}
		if c := code(e.gql(outsider, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": target})); c != CodeNotFound {
			t.Errorf("outsider unfollows %s: %q", target, c)
		}
		r := e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id target{id}}}`, map[string]any{"t": target})
		if r["subscribe"].(map[string]any)["target"].(map[string]any)["id"] != target {
			t.Errorf("subscribe %s: %v", target, r)
		}
		again := e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": target})
		if again["subscribe"].(map[string]any)["id"] != r["subscribe"].(map[string]any)["id"] {
			t.Errorf("following twice made two subscriptions")
		}
	}
	followed := func(tok, id string) any {
		r := e.must(tok, `query($id:ID!){node(id:$id){... on Email{followed} ... on EmailFolder{followed} ... on Workspace{followed}}}`, map[string]any{"id": id})
		return r["node"].(map[string]any)["followed"]
	}
	if followed(reader, f) != true || followed(reader, emailID) != true || followed(reader, ws) != true || followed(admin, f) != false {
		t.Fatal("followed is not per user")
	}
	if r := e.must(reader, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": f}); r["unsubscribe"] != true {
		t.Fatalf("unsubscribe: %v", r)
	}
	if r := e.must(reader, `mutation($t:ID!){unsubscribe(targetID:$t)}`, map[string]any{"t": f}); r["unsubscribe"] != false {
		t.Fatalf("unsubscribe twice: %v", r)
	}
	if followed(reader, f) != false {
		t.Fatal("still following")
	}
	// Not a document: a user cannot be followed.
	if c := code(e.gql(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": readerID})); c != CodeBadUserInput {
		t.Fatalf("following a user: %q", c)
	}
}

// A fetch run notifies each follower with READ once (however many emails
// arrived), not a follower who lost READ, and not anyone else; a user reads
// only their own notifications and marks them read.
func TestNotificationsForFollowersWithRead(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	ws := e.workspaceOf(admin, f)
	readerID, reader := e.user(admin, "reader")
	wsReaderID, wsReader := e.user(admin, "wsreader")
	leaverID, leaver := e.user(admin, "leaver")
	_, bystander := e.user(admin, "bystander")
	e.grant(admin, f, readerID, "READ")
	e.grant(admin, ws, wsReaderID, "READ")
	e.grant(admin, f, leaverID, "READ")
	e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": f})
	e.must(wsReader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": ws})
	e.must(leaver, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": f})
	e.must(admin, `mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`, map[string]any{"t": f, "p": leaverID})

	if n := e.fetch(admin, f); n != 2 {
		t.Fatalf("imported %v", n)
	}
	for name, tok := range map[string]string{"reader": reader, "wsreader": wsReader} {
		got := e.notifications(tok)
		if len(got) != 1 || got[0].kind != "IMPORTED" || got[0].text != "2 new emails in Bob" || got[0].target != f {
			t.Errorf("%s: %+v", name, got)
		}
	}
	for name, tok := range map[string]string{"leaver": leaver, "bystander": bystander, "admin": admin} {
		if got := e.notifications(tok); len(got) != 0 {
			t.Errorf("%s got %+v", name, got)
		}
	}
	n, _ := e.client.Notification.Query().Count(viewer.SystemContext(context.Background()))
	if n != 2 {
		t.Fatalf("%d notifications stored, want 2 (none for the leaver)", n)
	}

	// Marking read: another user's ids match nothing; the owner's do.
	if e.unread(reader) != 1 {
		t.Fatal("unread count")
	}
	r := e.must(reader, `{notifications{edges{node{id}}}}`, nil)
	id := r["notifications"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"]
	if r := e.must(wsReader, `mutation($ids:[ID!]){markNotificationsRead(ids:$ids)}`, map[string]any{"ids": []any{id}}); r["markNotificationsRead"] != 0.0 {
		t.Fatalf("marked another user's notification: %v", r)
	}
	if e.unread(reader) != 1 {
		t.Fatal("another user marked the reader's notification")
	}
	if r := e.must(reader, `mutation($ids:[ID!]){markNotificationsRead(ids:$ids)}`, map[string]any{"ids": []any{id}}); r["markNotificationsRead"] != 1.0 {
		t.Fatalf("mark read: %v", r)
	}
	if e.unread(reader) != 0 || len(e.must(reader, `{notifications(unreadOnly:true){edges{node{id}}}}`, nil)["notifications"].(map[string]any)["edges"].([]any)) != 0 {
		t.Fatal("still unread")
	}
	if r := e.must(wsReader, `mutation{markNotificationsRead}`, nil); r["markNotificationsRead"] != 1.0 {
		t.Fatalf("mark all read: %v", r)
	}
	// node(id:) of another user's notification is null, for administrators too.
	if r := e.gql(admin, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": id}); r.Data["node"] != nil || code(r) != CodeNotFound {
		t.Fatalf("admin reads another user's notification: %+v", r)
	}

	// Losing READ after creation hides the notification from the list too.
	e.must(admin, `mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`, map[string]any{"t": f, "p": readerID})
	time.Sleep(2100 * time.Millisecond) // the viewer's access cache (viewer.accessTTL)
	if got := e.notifications(reader); len(got) != 0 {
		t.Fatalf("notification about a folder no longer readable: %+v", got)
	}

	// A folder that keeps failing notifies once, not at every run.
	e.must(admin, `mutation($f:ID!){updateEmailFolder(id:$f,input:{mailbox:"Nowhere"}){id}}`, map[string]any{"f": f})
	for range 3 {
		e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": f})
	}
	e.rec.Wait()
	got := e.notifications(wsReader)
	failures := slices.DeleteFunc(got, func(n notificationRow) bool { return n.kind == "IMPORTED" })
	if len(failures) != 1 || (failures[0].kind != "NEEDS_ATTENTION" && failures[0].kind != "FETCH_FAILED") {
		t.Fatalf("failure notifications: %+v", failures)
	}
}

// A follower who loses READ between the creation of a notification and its
// delivery gets nothing over the websocket; the next one they may read
// arrives.
func TestNotificationWebsocketRechecksRead(t *testing.T) {
	testenv.OnStores(t, func(t *testing.T, dsn string) {
		e := newAlertsAPIOn(t, dsn)
		admin := e.login()
		f := e.memFolder(admin)
		ws := e.workspaceOf(admin, f)
		readerID, reader := e.user(admin, "reader")
		e.grant(admin, f, readerID, "READ")
		e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": f})
		other := e.memFolderIn(admin, ws, "Other")
		e.grant(admin, other, readerID, "READ")
		e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": other})
		uid, _ := strconv.Atoi(readerID)
		fid, _ := strconv.Atoi(f)
		wsid, _ := strconv.Atoi(ws)

		c := client.New(e.srv.Config.Handler)
		sub := c.WebsocketWithPayload(`subscription{notificationAdded{text target{id}}}`,
			map[string]any{"Authorization": "Bearer " + reader}, client.Path("/query"))
		defer sub.Close()
		e.live(sub, uid, wsid)

		// Created while the reader may read f; READ goes before it is delivered.
		sys := viewer.SystemContext(context.Background())
		hidden := e.client.Notification.Create().SetUserID(uid).SetKind("IMPORTED").SetText("secret arrived").
			SetWorkspaceID(wsid).SetFolderID(fid).SaveX(sys)
		e.must(admin, `mutation($t:ID!,$p:ID!){removePermission(targetID:$t,principalID:$p)}`, map[string]any{"t": f, "p": readerID})
		e.bus.Publish(events.Event{Type: events.NotificationAdded, FolderID: events.UserTopic(uid), NotificationID: hidden.ID})
		// Then a real one about the folder still readable.
		go e.fetch(admin, other)

		text, target := nextAlert(t, sub)
		if text == "secret arrived" || target != other {
			t.Fatalf("delivered %q about %s", text, target)
		}
	})
}

// probeText marks the notifications live() sends.
const probeText = "probe"

// live returns once sub (a notificationAdded subscription of userID) is
// registered on the bus: it publishes a probe alert about workspace ws until
// one arrives. Later probes may still arrive; nextAlert skips them.
func (e *alertsEnv) live(sub *client.Subscription, userID, ws int) {
	e.t.Helper()
	n := e.client.Notification.Create().SetUserID(userID).SetKind("RESTORED").SetText(probeText).
		SetWorkspaceID(ws).SaveX(viewer.SystemContext(context.Background()))
	stop := make(chan struct{})
	go func() {
		for {
			e.bus.Publish(events.Event{Type: events.NotificationAdded, FolderID: events.UserTopic(userID), NotificationID: n.ID})
			select {
			case <-stop:
				return
			case <-time.After(100 * time.Millisecond):
			}
		}
	}()
	var resp map[string]any
	err := sub.Next(&resp)
	close(stop)
	if err != nil {
		e.t.Fatal(err)
	}
}

// nextAlert is the next notificationAdded that is not a probe.
func nextAlert(t *testing.T, sub *client.Subscription) (text, target string) {
	t.Helper()
	for {
		var resp struct {
			NotificationAdded struct {
				Text   string
				Target *struct{ ID string }
			}
		}
		if err := sub.Next(&resp); err != nil {
			t.Fatal(err)
		}
		if resp.NotificationAdded.Text == probeText {
			continue
		}
		if resp.NotificationAdded.Target != nil {
			target = resp.NotificationAdded.Target.ID
		}
		return resp.NotificationAdded.Text, target
	}
}

// memFolderIn is memFolder in an existing workspace.
func (e *alertsEnv) memFolderIn(tok, ws, title string) string {
	e.t.Helper()
	host, port, _ := strings.Cut(e.imap, ":")
	p, _ := strconv.Atoi(port)
	in := map[string]any{"workspaceID": ws, "title": title, "email": "bob@example.com", "password": "bobpass",
		"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true, "afterImport": "LEAVE"}
	return e.must(tok, createFolder, map[string]any{"i": in})["createEmailFolder"].(map[string]any)["id"].(string)
}

// Following an email follows its conversation: a reply imported later
// (In-Reply-To or References naming the email's Message-ID) alerts the
// follower with a notification of its own about the reply, and a follower
// who cannot read the reply's folder gets nothing.
func TestConversationFollow(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	// A second folder on the same mailbox that leaves the mail unread, which
	// the follower cannot read.
	private := e.memFolderIn(admin, e.workspaceOf(admin, f), "Private")
	e.fetch(admin, private)
	e.fetch(admin, f)
	original := e.emailIDs(admin, f)["with attachment"] // Message-ID <att@x>
	readerID, reader := e.user(admin, "reader")
	e.grant(admin, f, readerID, "READ")
	e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": original})

	e.appendMem("From: Bob <bob@example.com>\r\nSubject: Re: with attachment\r\nMessage-ID: <reply1@x>\r\n" +
		"In-Reply-To: <att@x>\r\nReferences: <att@x>\r\n\r\nthanks\r\n")
	e.appendMem("From: Bob <bob@example.com>\r\nSubject: unrelated\r\nMessage-ID: <other@x>\r\n\r\nnothing\r\n")
	if n := e.fetch(admin, private); n != 2 {
		t.Fatalf("imported %v into the private folder", n)
	}
	if got := e.notifications(reader); len(got) != 0 {
		t.Fatalf("alerted of a reply in a folder the follower cannot read: %+v", got)
	}
	if n := e.fetch(admin, f); n != 2 {
		t.Fatalf("imported %v", n)
	}
	reply := e.emailIDs(admin, f)["Re: with attachment"]
	got := e.notifications(reader)
	if len(got) != 1 || got[0].target != reply || !strings.Contains(got[0].text, "Re: with attachment") {
		t.Fatalf("conversation notifications: %+v", got)
	}
	// Deeper in the thread, by References only.
	e.appendMem("From: Ann <ann@example.com>\r\nSubject: Re: Re: with attachment\r\nMessage-ID: <reply2@x>\r\n" +
		"References: <att@x> <reply1@x>\r\n\r\nyou are welcome\r\n")
	e.fetch(admin, f)
	if got := e.notifications(reader); len(got) != 2 {
		t.Fatalf("second reply: %+v", got)
	}
}

// History of an email, a folder and a workspace: the import (with its run),
// trash, restore and permission changes, readable only with READ, and a
// workspace's history leaves out folders the viewer cannot read.
func TestHistoryEntries(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	ws := e.workspaceOf(admin, f)
	private := e.memFolderIn(admin, ws, "Private")
	e.fetch(admin, f)
	emailID := e.emailIDs(admin, f)["older"]
	readerID, reader := e.user(admin, "reader")
	_, outsider := e.user(admin, "outsider")
	e.grant(admin, f, readerID, "READ")
	e.must(admin, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": emailID})
	e.must(admin, `mutation($id:ID!){restoreNode(id:$id){id}}`, map[string]any{"id": emailID})
	e.must(admin, `mutation($f:ID!){setInheritance(targetID:$f,blocked:true){id}}`, map[string]any{"f": private})
	e.rec.Wait()

	history := func(tok, id string) []string {
		t.Helper()
		r := e.gql(tok, `query($id:ID!){node(id:$id){... on Email{history{edges{node{kind text actor{username} fetchRun{imported}}}}}
			... on EmailFolder{history{edges{node{kind text actor{username} fetchRun{imported}}}}}
			... on Workspace{history{edges{node{kind text actor{username} fetchRun{imported}}}}}}}`, map[string]any{"id": id})
		if code(r) == CodeNotFound || r.Data["node"] == nil {
			return nil
		}
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		var out []string
		for _, ed := range r.Data["node"].(map[string]any)["history"].(map[string]any)["edges"].([]any) {
			n := ed.(map[string]any)["node"].(map[string]any)
			s := n["kind"].(string)
			if a, ok := n["actor"].(map[string]any); ok {
				s += " by " + a["username"].(string)
			}
			if run, ok := n["fetchRun"].(map[string]any); ok {
				s += fmt.Sprintf(" run(%v)", run["imported"])
			}
			out = append(out, s)
		}
		sort.Strings(out)
		return out
	}
	wantEmail := []string{"IMPORTED run(2)", "RESTORED by admin", "TRASHED by admin"}
	for name, tok := range map[string]string{"admin": admin, "reader": reader} {
		if got := history(tok, emailID); !slices.Equal(got, wantEmail) {
			t.Errorf("email history as %s: %v", name, got)
		}
	}
	wantFolder := []string{"IMPORTED run(2)", "PERMISSION_CHANGED by admin", "RESTORED by admin", "TRASHED by admin"}
	if got := history(reader, f); !slices.Equal(got, wantFolder) {
		t.Errorf("folder history: %v", got)
	}
	// The workspace: the admin sees the private folder's entry, the reader does not.
	if got := history(admin, ws); !slices.Contains(got, "PERMISSION_CHANGED by admin") || len(got) != 5 {
		t.Errorf("workspace history as admin: %v", got)
	}
	if got := history(reader, ws); !slices.Equal(got, wantFolder) {
		t.Errorf("workspace history as reader: %v", got)
	}
	for _, id := range []string{emailID, f, ws} {
		if got := history(outsider, id); got != nil {
			t.Errorf("outsider reads the history of %s: %v", id, got)
		}
	}
	// Nor through node(id:) of an entry.
	sys := viewer.SystemContext(context.Background())
	entry := e.client.HistoryEntry.Query().FirstX(sys)
	if r := e.gql(outsider, `query($id:ID!){node(id:$id){id}}`, map[string]any{"id": strconv.Itoa(entry.ID)}); r.Data["node"] != nil || code(r) != CodeNotFound {
		t.Fatalf("outsider reads a history entry: %+v", r)
	}
}

// The latency from the end of an import (the run's FETCH_FINISHED) to the
// follower's notificationAdded over the websocket. Reports the median and
// the worst of 20 runs:
//
//	go test ./server/ -run TestNotificationLatency -v
func TestNotificationLatency(t *testing.T) {
	e := newAlertsAPI(t)
	admin := e.login()
	f := e.memFolder(admin)
	readerID, reader := e.user(admin, "reader")
	e.grant(admin, f, readerID, "READ")
	e.must(reader, `mutation($t:ID!){subscribe(targetID:$t){id}}`, map[string]any{"t": f})
	fid, _ := strconv.Atoi(f)
	finished, cancel := e.bus.Subscribe(fid)
	defer cancel()

	c := client.New(e.srv.Config.Handler)
	sub := c.WebsocketWithPayload(`subscription{notificationAdded{text target{id}}}`,
		map[string]any{"Authorization": "Bearer " + reader}, client.Path("/query"))
	defer sub.Close()
	uid, _ := strconv.Atoi(readerID)
	wsid, _ := strconv.Atoi(e.workspaceOf(admin, f))
	e.live(sub, uid, wsid)
	var took []time.Duration
	for i := range 20 {
		e.appendMem(fmt.Sprintf("Subject: n%d\r\nMessage-ID: <lat%d@x>\r\n\r\nbody\r\n", i, i))
		go e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": f})
		var end time.Time
		for end.IsZero() {
			ev := <-finished
			if ev.Type == events.FetchFinished {
				end = time.Now()
			}
		}
		nextAlert(t, sub)
		took = append(took, time.Since(end))
	}
	slices.Sort(took)
	t.Logf("import → notificationAdded: median %v, worst %v (20 runs)", took[len(took)/2], took[len(took)-1])
	if took[len(took)/2] > time.Second {
		t.Fatalf("median latency %v", took[len(took)/2])
	}
}
