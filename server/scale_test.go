package server

import (
	"context"
	"database/sql"
	"fmt"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"entgo.io/ent/dialect"
	entsql "entgo.io/ent/dialect/sql"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/graph"
	"mailroom/mail"
)

// folderTablePage is the page the web UI asks for (FolderContent.tsx with
// EmailTable.tsx's EmailRowFields).
const folderTablePage = `query FolderEmails($id: ID!, $first: Int, $after: Cursor) {
  node(id: $id) { __typename ... on EmailFolder { id
    emails(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id subject from { name address } sentAt importedAt attachmentCount parseError tags } }
    } } } }`

// seedBigFolder creates n emails with senders, recipients and a body of a
// few kilobytes in folder, in bulk, as the system.
func seedBigFolder(tb testing.TB, client *ent.Client, folder, n int) {
	tb.Helper()
	ctx := viewer.SystemContext(context.Background())
	body := strings.Repeat("The quarterly budget review is attached below. ", 60)
	base := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for start := 0; start < n; start += 500 {
		var bs []*ent.EmailCreate
		for i := start; i < min(start+500, n); i++ {
			sent := base.Add(time.Duration(i) * time.Minute)
			bs = append(bs, client.Email.Create().SetFolderID(folder).SetDedupeKey(fmt.Sprintf("big-%d", i)).
				SetSubject(fmt.Sprintf("Weekly status update %d", i)).SetSentAt(sent).SetSize(4000).SetRawSha256("x").
				SetFrom(&mail.Address{Name: "Alice Smith", Address: "alice.smith@example.com"}).
				SetTo([]mail.Address{{Name: "Bob", Address: "bob@example.com"}}).SetText(body).SetHTML("<p>"+body+"</p>"))
		}
		if err := client.Email.CreateBulk(bs...).Exec(ctx); err != nil {
			tb.Fatal(err)
		}
	}
}

// readerOfBigFolder is an API with a folder of n emails and a user who may
// only read it.
func readerOfBigFolder(tb testing.TB, n int) (e *apiEnv, folderID, readerTok string) {
	e = newAPI(tb)
	admin := e.login()
	folderID = e.memFolder(admin)
	var fid int
	fmt.Sscan(folderID, &fid)
	seedBigFolder(tb, e.client, fid, n)
	uid, tok := e.newUser(admin, "reader", false)
	r := e.gql(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
		map[string]any{"t": folderID, "p": uid})
	if len(r.Errors) > 0 {
		tb.Fatal(r.Errors)
	}
	return e, folderID, tok
}

// BenchmarkFolderPage is one folder page of 50 through the GraphQL handler
// (no network) for a reader of a folder of 20,000 emails (and for the
// administrator, whom the privacy rules let through): CPU time and
// allocations per request.
//
//	go test ./server/ -run '^$' -bench FolderPage -benchmem
func BenchmarkFolderPage(b *testing.B) {
	const n = 20000
	e, folderID, tok := readerOfBigFolder(b, n)
	var middle any
	for range n / 2 / 500 {
		r := e.gqlFast(tok, folderTablePage, map[string]any{"id": folderID, "first": 500, "after": middle})
		if len(r.Errors) > 0 {
			b.Fatal(r.Errors)
		}
		middle = r.Data["node"].(map[string]any)["emails"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"]
	}
	admin := e.login()
	for _, c := range []struct {
		name, tok string
		vars      map[string]any
	}{
		{"first", tok, map[string]any{"id": folderID, "first": 50}},
		{"middle", tok, map[string]any{"id": folderID, "first": 50, "after": middle}},
		{"first-admin", admin, map[string]any{"id": folderID, "first": 50}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := e.gqlFast(c.tok, folderTablePage, c.vars)
				if len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}

// recordingDriver keeps the SQL of every query it runs.
type recordingDriver struct {
	dialect.Driver
	mu      sync.Mutex
	queries []string
}

func (d *recordingDriver) Query(ctx context.Context, query string, args, v any) error {
	d.mu.Lock()
	d.queries = append(d.queries, query)
	d.mu.Unlock()
	return d.Driver.Query(ctx, query, args, v)
}

// QueryContext is the raw query of ent's ExecQuery feature (the counts).
func (d *recordingDriver) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	d.mu.Lock()
	d.queries = append(d.queries, query)
	d.mu.Unlock()
	return d.Driver.(interface {
		QueryContext(context.Context, string, ...any) (*sql.Rows, error)
	}).QueryContext(ctx, query, args...)
}

func (d *recordingDriver) take() []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	q := d.queries
	d.queries = nil
	return q
}

// TestFolderPageReadsNoBodies asks the web UI's folder page and checks the
// SQL: the page reads the emails without their text and HTML columns and
// never counts the folder's emails (the counts are maintained). Asking for
// the text does read it, and a where filter counts: the check can fail.
func TestFolderPageReadsNoBodies(t *testing.T) {
	rec := &recordingDriver{}
	e := newAPIWith(t, func(c *Config) { c.Client = ent.NewClient(ent.Driver(rec)) })
	rec.Driver = entsql.OpenDB(dialect.SQLite, e.db)
	admin := e.login()
	folderID := e.memFolder(admin)
	var fid int
	fmt.Sscan(folderID, &fid)
	seedBigFolder(t, e.client, fid, 120)
	uid, tok := e.newUser(admin, "reader", false)
	e.mustGQL(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
		map[string]any{"t": folderID, "p": uid})

	body := regexp.MustCompile("`emails`.`(text|html)`|SELECT \\* ")
	count := regexp.MustCompile(`(?i)COUNT\(`)
	emailQueries := func(query string, vars map[string]any) (selects []string, counted bool) {
		t.Helper()
		rec.take()
		r := e.gqlFast(tok, query, vars)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		for _, q := range rec.take() {
			if strings.Contains(q, "FROM `emails`") {
				selects = append(selects, q)
				counted = counted || count.MatchString(q)
			}
		}
		if len(selects) == 0 {
			t.Fatalf("no query of emails recorded for %s", query)
		}
		return selects, counted
	}
	var after any
	for page := range 3 { // the first page, then pages after a cursor
		selects, counted := emailQueries(folderTablePage, map[string]any{"id": folderID, "first": 50, "after": after})
		for _, q := range selects {
			if body.MatchString(q) {
				t.Errorf("page %d reads the bodies: %s", page, q)
			}
		}
		if counted {
			t.Errorf("page %d counts the folder: %v", page, selects)
		}
		r := e.gqlFast(tok, folderTablePage, map[string]any{"id": folderID, "first": 50, "after": after})
		conn := r.Data["node"].(map[string]any)["emails"].(map[string]any)
		if n := conn["totalCount"].(float64); n != 120 {
			t.Errorf("page %d: totalCount %v", page, n)
		}
		// The narrowed query still fills every field shown.
		node := conn["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)
		i := 119 - 50*page
		want := map[string]any{"subject": fmt.Sprintf("Weekly status update %d", i), "attachmentCount": float64(0), "parseError": nil,
			"sentAt": time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Minute).Format(time.RFC3339),
			"from":   map[string]any{"name": "Alice Smith", "address": "alice.smith@example.com"}}
		for k, v := range want {
			if fmt.Sprint(node[k]) != fmt.Sprint(v) {
				t.Errorf("page %d: %s = %v, want %v", page, k, node[k], v)
			}
		}
		if node["importedAt"] == nil {
			t.Errorf("page %d: no importedAt", page)
		}
		after = conn["pageInfo"].(map[string]any)["endCursor"]
	}

	// The page's tags come in one query, not one per row, and in order.
	first := e.gqlFast(tok, folderTablePage, map[string]any{"id": folderID, "first": 3})
	edges := first.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)
	tagged := edges[1].(map[string]any)["node"].(map[string]any)["id"]
	for _, tag := range []string{"urgent", "budget"} {
		e.mustGQL(admin, `mutation($e:ID!,$t:String!){tagEmail(emailID:$e,tag:$t){id}}`, map[string]any{"e": tagged, "t": tag})
	}
	rec.take()
	r := e.gqlFast(tok, folderTablePage, map[string]any{"id": folderID, "first": 50})
	tagQueries := 0
	for _, q := range rec.take() {
		if strings.Contains(q, "FROM `email_tags`") {
			tagQueries++
		}
	}
	if tagQueries != 1 {
		t.Errorf("a page of 50 read the tags in %d queries, want 1", tagQueries)
	}
	for i, edge := range r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		node := edge.(map[string]any)["node"].(map[string]any)
		want := "[]"
		if node["id"] == tagged {
			want = "[budget urgent]"
		}
		if got := fmt.Sprint(node["tags"]); got != want {
			t.Errorf("row %d: tags %s, want %s", i, got, want)
		}
	}

	withText := `query($id:ID!){node(id:$id){... on EmailFolder{emails(first:5){edges{node{id text from{address}}}}}}}`
	if selects, _ := emailQueries(withText, map[string]any{"id": folderID}); !body.MatchString(strings.Join(selects, "\n")) {
		t.Errorf("asking for the text did not read it: %v", selects)
	}
	filtered := `query($id:ID!){node(id:$id){... on EmailFolder{emails(first:5, where:{subjectContains:"1"}){totalCount}}}}`
	if _, counted := emailQueries(filtered, map[string]any{"id": folderID}); !counted {
		t.Error("a filtered list was not counted")
	}
}

// TestCachedDocumentsKeepPageDefaultsPerRequest: the query cache hands one
// parsed document to every request with the same text, and the default page
// size is written into a request's document when its first is missing or a
// variable given no value. A request that needs the default must not leave
// it in the cached document for the next request, which may give first.
func TestCachedDocumentsKeepPageDefaultsPerRequest(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	folderID := e.memFolder(admin)
	var fid int
	fmt.Sscan(folderID, &fid)
	seedBigFolder(t, e.client, fid, 60)
	withVar := `query($id:ID!,$first:Int){node(id:$id){... on EmailFolder{emails(first:$first){edges{node{id}}}}}}`
	without := `query($id:ID!){node(id:$id){... on EmailFolder{emails{edges{node{id}}}}}}`
	rows := func(query string, vars map[string]any) int {
		r := e.gqlFast(admin, query, vars)
		if len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		return len(r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any))
	}
	steps := []struct {
		query string
		first any
		want  int
	}{
		{withVar, nil, graph.DefaultPageSize}, {withVar, 3, 3}, {withVar, nil, graph.DefaultPageSize}, {withVar, 7, 7},
		{without, nil, graph.DefaultPageSize}, {without, nil, graph.DefaultPageSize},
	}
	for i, s := range steps {
		vars := map[string]any{"id": folderID}
		if s.first != nil {
			vars["first"] = s.first
		}
		if got := rows(s.query, vars); got != s.want {
			t.Errorf("step %d (first %v): %d rows, want %d", i, s.first, got, s.want)
		}
	}
	// The same text at once from many requests, with and without first
	// (under -race this also finds a write to the shared document).
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			vars, want := map[string]any{"id": folderID}, graph.DefaultPageSize
			if i%2 == 1 {
				vars["first"], want = i, i
			}
			if got := rows(withVar, vars); got != want {
				t.Errorf("concurrent %d: %d rows, want %d", i, got, want)
			}
		}()
	}
	wg.Wait()
}
