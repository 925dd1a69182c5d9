package server

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/search"
)

// seededEmail is what a paging test knows of an email it created.
type seededEmail struct {
	id       int
	subject  string
	sent     *time.Time
	imported time.Time
}

// seedEmails creates n emails in folder (plus a few in its trash, which the
// folder's list must never show): sent dates drawn from a small pool so many
// share one, about one in six without a date, subjects and import times with
// duplicates too. It returns the emails outside the trash and those in it.
func seedEmails(t *testing.T, client *ent.Client, folder int, n int, rng *rand.Rand) (live, trashed []seededEmail) {
	t.Helper()
	ctx := viewer.SystemContext(context.Background())
	base := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	dates := make([]time.Time, n/4+1)
	for i := range dates {
		// Whole seconds, sub-seconds, and dates before 1970.
		dates[i] = base.Add(time.Duration(rng.Int64N(int64(400*24*time.Hour))) - 200*24*time.Hour)
		if rng.IntN(4) == 0 {
			dates[i] = dates[i].Truncate(time.Second)
		}
		if rng.IntN(20) == 0 {
			dates[i] = dates[i].AddDate(-60, 0, 0)
		}
	}
	// The epoch's key is 0, which a cursor drops like an empty subject.
	dates[0] = time.Unix(0, 0).UTC()
	subjects := []string{"", "Invoice", "invoice", "Re: Invoice", "Meeting", "Ärger", "zebra", "Zebra", "a", "Invoice 2"}
	trash := n / 10
	builders := make([]*ent.EmailCreate, 0, n+trash)
	seeded := make([]seededEmail, 0, n+trash)
	for i := range n + trash {
		s := seededEmail{
			subject: subjects[rng.IntN(len(subjects))],
			// In the server's zone, as time.Now() is when ingest imports.
			imported: base.Add(time.Duration(rng.IntN(n/3+1)) * time.Minute).Local(),
		}
		if rng.IntN(6) != 0 {
			d := dates[rng.IntN(len(dates))]
			s.sent = &d
		}
		b := client.Email.Create().SetFolderID(folder).SetDedupeKey(fmt.Sprintf("k%d-%d", folder, i)).
			SetSubject(s.subject).SetSize(10).SetRawSha256("x").SetImportedAt(s.imported).SetNillableSentAt(s.sent)
		builders = append(builders, b)
		seeded = append(seeded, s)
	}
	for start := 0; start < len(builders); start += 500 {
		saved, err := client.Email.CreateBulk(builders[start:min(start+500, len(builders))]...).Save(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for i, e := range saved {
			seeded[start+i].id = e.ID
		}
	}
	rng.Shuffle(len(seeded), func(i, j int) { seeded[i], seeded[j] = seeded[j], seeded[i] })
	for _, s := range seeded[:trash] {
		if err := client.Email.UpdateOneID(s.id).SetTrashedAt(time.Now()).Exec(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return seeded[trash:], seeded[:trash]
}

// emailOrder is one order the API offers, with the order it promises.
type emailOrder struct {
	field string // "" is the default: newest first
	desc  bool
}

func (o emailOrder) String() string {
	if o.field == "" {
		return "default"
	}
	if o.desc {
		return o.field + "_DESC"
	}
	return o.field + "_ASC"
}

func (o emailOrder) arg() any {
	if o.field == "" {
		return nil
	}
	dir := "ASC"
	if o.desc {
		dir = "DESC"
	}
	return map[string]any{"field": o.field, "direction": dir}
}

// expected sorts emails as the API promises: by the field, a missing sent
// date below every date (last when newest first, first when oldest first),
// the ID breaking ties in the same direction.
func (o emailOrder) expected(emails []seededEmail) []int {
	field, desc := o.field, o.desc
	if field == "" {
		field, desc = "SENT_AT", true
	}
	sorted := slices.Clone(emails)
	slices.SortFunc(sorted, func(a, b seededEmail) int {
		var c int
		switch field {
		case "SENT_AT":
			switch {
			case a.sent == nil && b.sent == nil:
			case a.sent == nil:
				c = -1
			case b.sent == nil:
				c = 1
			default:
				c = a.sent.Compare(*b.sent)
			}
		case "SUBJECT":
			c = cmp.Compare(a.subject, b.subject)
		case "IMPORTED_AT":
			c = a.imported.Compare(b.imported)
		}
		if c == 0 {
			c = cmp.Compare(a.id, b.id)
		}
		if desc {
			c = -c
		}
		return c
	})
	ids := make([]int, len(sorted))
	for i, s := range sorted {
		ids[i] = s.id
	}
	return ids
}

// page is one page of a connection.
type page struct {
	ids                    []int
	total                  int
	hasNext, hasPrev       bool
	startCursor, endCursor string
	errors                 []string
}

// pager fetches one page of a connection: first/after or last/before.
type pager func(first, last *int, after, before *string) page

// walk reads every page of a connection, forwards (first/after) or backwards
// (last/before), and returns the IDs in the connection's order.
func walk(t *testing.T, label string, get pager, size int, backwards bool, limit int) []int {
	t.Helper()
	var ids []int
	var cursor *string
	for n := 0; ; n++ {
		if n > limit {
			t.Fatalf("%s: no end after %d pages; so far %d: %v", label, n, len(ids), first10(ids))
		}
		var p page
		if backwards {
			p = get(nil, &size, nil, cursor)
		} else {
			p = get(&size, nil, cursor, nil)
		}
		if len(p.errors) > 0 {
			t.Fatalf("%s: page %d: %v", label, n+1, p.errors)
		}
		if len(p.ids) > size {
			t.Fatalf("%s: page %d has %d items, asked for %d", label, n+1, len(p.ids), size)
		}
		more := p.hasNext
		if backwards {
			ids = append(slices.Clone(p.ids), ids...)
			more = p.hasPrev
		} else {
			ids = append(ids, p.ids...)
		}
		if !more {
			return ids
		}
		if len(p.ids) == 0 {
			t.Fatalf("%s: page %d is empty but says more follow", label, n+1)
		}
		c := p.endCursor
		if backwards {
			c = p.startCursor
		}
		cursor = &c
	}
}

// connectionPage asks query for a page and reads the connection at path.
func (e *apiEnv) connectionPage(tok, query string, vars map[string]any, path ...string) pager {
	return func(first, last *int, after, before *string) page {
		v := map[string]any{"first": first, "last": last, "after": after, "before": before}
		for k, x := range vars {
			v[k] = x
		}
		r := e.gqlFast(tok, query, v)
		var p page
		for _, err := range r.Errors {
			p.errors = append(p.errors, fmt.Sprintf("%s (%v)", err.Message, err.Extensions["code"]))
		}
		var conn any = r.Data
		for _, k := range path {
			m, _ := conn.(map[string]any)
			conn = m[k]
		}
		c, _ := conn.(map[string]any)
		if c == nil {
			if p.errors == nil {
				p.errors = []string{fmt.Sprintf("no connection at %v: %v", path, r.Data)}
			}
			return p
		}
		if n, ok := c["totalCount"].(float64); ok {
			p.total = int(n)
		}
		info := c["pageInfo"].(map[string]any)
		p.hasNext, p.hasPrev = info["hasNextPage"] == true, info["hasPreviousPage"] == true
		p.startCursor, _ = info["startCursor"].(string)
		p.endCursor, _ = info["endCursor"].(string)
		for _, edge := range c["edges"].([]any) {
			id, _ := strconv.Atoi(edge.(map[string]any)["node"].(map[string]any)["id"].(string))
			p.ids = append(p.ids, id)
		}
		return p
	}
}

// gqlFast is gql without the network: the handler serves the request in
// process, as the property tests send thousands.
func (e *apiEnv) gqlFast(token, query string, vars map[string]any) gqlResp {
	e.t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest("POST", "/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+token)
	rec := httptest.NewRecorder()
	e.srv.Config.Handler.ServeHTTP(rec, req)
	var r gqlResp
	if err := json.Unmarshal(rec.Body.Bytes(), &r); err != nil {
		e.t.Fatalf("%d %s: %v", rec.Code, rec.Body, err)
	}
	if rec.Code != http.StatusOK && len(r.Errors) == 0 {
		e.t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	return r
}

const folderEmailsPage = `query($f:ID!,$first:Int,$after:Cursor,$last:Int,$before:Cursor,$o:EmailOrder){node(id:$f){... on EmailFolder{
	emails(first:$first,after:$after,last:$last,before:$before,orderBy:$o){totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{cursor node{id}}}}}}`

// TestEmailPagingIsTotalAndStable walks folders of random emails (duplicate
// dates, emails without a date) in every order the API offers, with pages
// of 1, 7, 50 and 100, forwards and backwards: each walk lists every email
// of the folder exactly once, in the order a single query lists them and
// the API promises (sent date: undated emails last when newest first, first
// when oldest first; ties by ID).
func TestEmailPagingIsTotalAndStable(t *testing.T) {
	// A server away from UTC: entgql decodes a cursor's time in the local
	// zone, which SQLite compares as text with what it stored, so a sort key
	// kept as a time paged wrongly there. (No test of this package runs in
	// parallel.)
	local := time.Local
	time.Local = time.FixedZone("UTC+5", 5*3600)
	t.Cleanup(func() { time.Local = local })
	onStores(t, func(t *testing.T, e *apiEnv) {
		seed := time.Now().UnixNano()
		t.Logf("seed %d", seed)
		rng := rand.New(rand.NewPCG(uint64(seed), 17))
		tok := e.login()
		ws := e.gql(tok, `mutation{createWorkspace(input:{title:"Paging"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
		orders := []emailOrder{{}, {"SENT_AT", true}, {"SENT_AT", false}, {"SUBJECT", true}, {"SUBJECT", false},
			{"IMPORTED_AT", true}, {"IMPORTED_AT", false}}
		for _, size := range []int{0, 1, 99, 100, 101, 1000} {
			in := map[string]any{"workspaceID": ws, "title": fmt.Sprintf("F%d", size), "email": "a@example.com",
				"password": "pw", "host": "imap.example.com"}
			r := e.gql(tok, createFolder, map[string]any{"i": in})
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			fidStr := r.Data["createEmailFolder"].(map[string]any)["id"].(string)
			fid, _ := strconv.Atoi(fidStr)
			live, trashed := seedEmails(t, e.client, fid, size, rng)
			for _, o := range orders {
				want := o.expected(live)
				// A single query for the whole folder, when it fits in one page.
				if size <= 500 {
					get := e.connectionPage(tok, folderEmailsPage, map[string]any{"f": fidStr, "o": o.arg()}, "node", "emails")
					n := 500
					p := get(&n, nil, nil, nil)
					if len(p.errors) > 0 || !slices.Equal(p.ids, want) || p.total != size || p.hasNext {
						t.Fatalf("%d emails, %v, one page: %v, total %d, more %v; want %v", size, o, p.ids, p.total, p.hasNext, want)
					}
				}
				for _, pageSize := range []int{1, 7, 50, 100} {
					// Pages of 1 through 1,000 emails would be 14,000 requests
					// that add nothing to the 101-email folder's; the default
					// order is SENT_AT DESC, which one walk shows it is.
					if pageSize == 1 && size > 101 || o.field == "" && pageSize != 7 {
						continue
					}
					for _, backwards := range []bool{false, true} {
						get := e.connectionPage(tok, folderEmailsPage, map[string]any{"f": fidStr, "o": o.arg()}, "node", "emails")
						label := fmt.Sprintf("%d emails, %v, pages of %d, backwards %v", size, o, pageSize, backwards)
						got := walk(t, label, get, pageSize, backwards, size+2)
						if !slices.Equal(got, want) {
							t.Errorf("%s: %s", label, diffIDs(got, want))
						}
					}
				}
			}
			// The trash is a connection of its own, newest sent first.
			get := e.connectionPage(tok, `query($f:ID!,$first:Int,$after:Cursor){node(id:$f){... on EmailFolder{
				trashedEmails(first:$first,after:$after){totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}}}}}`,
				map[string]any{"f": fidStr}, "node", "trashedEmails")
			for _, pageSize := range []int{1, 7} {
				if got, want := walk(t, "trash", get, pageSize, false, size+2), (emailOrder{"SENT_AT", true}).expected(trashed); !slices.Equal(got, want) {
					t.Errorf("trash of %d, pages of %d: %s", len(trashed), pageSize, diffIDs(got, want))
				}
			}
		}
	})
}

// diffIDs says how a walk differs from the expected list.
func diffIDs(got, want []int) string {
	seen := map[int]int{}
	for _, id := range got {
		seen[id]++
	}
	var missing, twice []int
	for _, id := range want {
		if seen[id] == 0 {
			missing = append(missing, id)
		}
	}
	for id, n := range seen {
		if n > 1 {
			twice = append(twice, id)
		}
	}
	if len(missing) == 0 && len(twice) == 0 && len(got) == len(want) {
		for i := range got {
			if got[i] != want[i] {
				return fmt.Sprintf("every email once, but out of order from position %d: got %v, want %v", i, got[i:min(i+5, len(got))], want[i:min(i+5, len(want))])
			}
		}
	}
	return fmt.Sprintf("%d listed for %d: %d missing %v, %d more than once %v", len(got), len(want), len(missing), first10(missing), len(twice), first10(twice))
}

func first10(ids []int) []int { return ids[:min(10, len(ids))] }

// TestOtherConnectionsAreTotalAndStable walks every other connection of the
// schema in each order it offers, with duplicate sort keys: workspaces
// (TITLE, CREATED_AT, default), EmailFolder.fetchRuns (STARTED_AT,
// default), and search results (newest first, undated matches last).
// EmailFolder.trashedEmails is walked in TestEmailPagingIsTotalAndStable.
func TestOtherConnectionsAreTotalAndStable(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 3))
		ctx := viewer.SystemContext(context.Background())
		tok := e.login()
		base := time.Date(2025, 6, 1, 0, 0, 0, 0, time.Local)
		type keyed struct {
			id    int
			title string
			at    time.Time
		}
		var workspaces []keyed
		for i := range 40 {
			w := e.client.Workspace.Create().SetTitle([]string{"Accounts", "accounts", "Zoo", "Ärger"}[rng.IntN(4)]).
				SetCreatedAt(base.Add(time.Duration(rng.IntN(8)) * time.Hour)).SaveX(ctx)
			workspaces = append(workspaces, keyed{w.ID, w.Title, w.CreatedAt})
			if i == 0 {
				f := e.client.EmailFolder.Create().SetWorkspaceID(w.ID).SetTitle("F").SetEmail("a@example.com").
					SetHost("imap.example.com").SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
				var runs []keyed
				for range 40 {
					r := e.client.FetchRun.Create().SetFolderID(f.ID).SetStartedAt(base.Add(time.Duration(rng.IntN(6)) * time.Minute)).SaveX(ctx)
					runs = append(runs, keyed{id: r.ID, at: r.StartedAt})
				}
				for _, o := range []struct {
					arg  any
					desc bool
					key  func(keyed) time.Time
				}{{nil, false, nil}, {map[string]any{"field": "STARTED_AT", "direction": "DESC"}, true, func(k keyed) time.Time { return k.at }},
					{map[string]any{"field": "STARTED_AT", "direction": "ASC"}, false, func(k keyed) time.Time { return k.at }}} {
					want := sortedIDs(runs, o.desc, func(a, b keyed) int {
						if o.key == nil {
							return 0
						}
						return o.key(a).Compare(o.key(b))
					}, func(k keyed) int { return k.id })
					get := e.connectionPage(tok, `query($f:ID!,$first:Int,$after:Cursor,$last:Int,$before:Cursor,$o:FetchRunOrder){node(id:$f){... on EmailFolder{
						fetchRuns(first:$first,after:$after,last:$last,before:$before,orderBy:$o){pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}}}}}`,
						map[string]any{"f": strconv.Itoa(f.ID), "o": o.arg}, "node", "fetchRuns")
					checkWalks(t, fmt.Sprintf("fetchRuns %v", o.arg), get, want)
				}
			}
		}
		// The admin sees every workspace; the e.login() one made none.
		for _, o := range []struct {
			field string
			desc  bool
		}{{"", false}, {"TITLE", false}, {"TITLE", true}, {"CREATED_AT", false}, {"CREATED_AT", true}} {
			var arg any
			if o.field != "" {
				arg = map[string]any{"field": o.field, "direction": map[bool]string{true: "DESC", false: "ASC"}[o.desc]}
			}
			want := sortedIDs(workspaces, o.desc, func(a, b keyed) int {
				switch o.field {
				case "TITLE":
					return cmp.Compare(a.title, b.title)
				case "CREATED_AT":
					return a.at.Compare(b.at)
				}
				return 0
			}, func(k keyed) int { return k.id })
			get := e.connectionPage(tok, `query($first:Int,$after:Cursor,$last:Int,$before:Cursor,$o:WorkspaceOrder){
				workspaces(first:$first,after:$after,last:$last,before:$before,orderBy:$o){pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}}}`,
				map[string]any{"o": arg}, "workspaces")
			checkWalks(t, fmt.Sprintf("workspaces %v", arg), get, want)
		}

		// Search: 60 matches (some undated, dates shared) among other mail.
		folder := e.client.EmailFolder.Create().SetWorkspaceID(workspaces[1].id).SetTitle("S").SetEmail("a@example.com").
			SetHost("imap.example.com").SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
		var matches []seededEmail
		var docs []search.Doc
		for i := range 90 {
			var sent *time.Time
			if rng.IntN(5) != 0 {
				d := base.Add(time.Duration(rng.IntN(10)) * time.Hour).UTC()
				sent = &d
			}
			subject := "needle in the haystack"
			if i%3 == 0 {
				subject = "hay only"
			}
			m := e.client.Email.Create().SetFolderID(folder.ID).SetDedupeKey(fmt.Sprint("s", i)).SetSubject(subject).
				SetSize(1).SetRawSha256("x").SetNillableSentAt(sent).SaveX(ctx)
			docs = append(docs, search.Doc{ID: m.ID, FolderID: folder.ID, Subject: subject, SentAt: sent})
			if i%3 != 0 {
				matches = append(matches, seededEmail{id: m.ID, subject: subject, sent: sent})
			}
		}
		if err := e.index.Add(ctx, e.db, docs); err != nil {
			t.Fatal(err)
		}
		get := e.connectionPage(tok, `query($first:Int,$after:Cursor){search(query:"needle",first:$first,after:$after){
			totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}}}`, nil, "search")
		// Search ranks best first; the matches are alike, so equal ranks go newest (highest ID) first.
		want := sortedIDs(matches, true, func(a, b seededEmail) int { return 0 }, func(m seededEmail) int { return m.id })
		for _, size := range []int{1, 7, 50} {
			if got := walk(t, "search", get, size, false, len(want)+2); !slices.Equal(got, want) {
				t.Errorf("search, pages of %d: %s", size, diffIDs(got, want))
			}
		}
	})
}

// checkWalks walks a connection forwards and backwards with pages of 1 and 7.
func checkWalks(t *testing.T, label string, get pager, want []int) {
	t.Helper()
	for _, size := range []int{1, 7} {
		for _, backwards := range []bool{false, true} {
			l := fmt.Sprintf("%s, pages of %d, backwards %v", label, size, backwards)
			if got := walk(t, l, get, size, backwards, len(want)+2); !slices.Equal(got, want) {
				t.Errorf("%s: %s", l, diffIDs(got, want))
			}
		}
	}
}

// sortedIDs orders items by key, then ID, both descending when desc.
func sortedIDs[T any](items []T, desc bool, key func(a, b T) int, id func(T) int) []int {
	sorted := slices.Clone(items)
	slices.SortFunc(sorted, func(a, b T) int {
		c := cmp.Or(key(a, b), cmp.Compare(id(a), id(b)))
		if desc {
			c = -c
		}
		return c
	})
	ids := make([]int, len(sorted))
	for i, x := range sorted {
		ids[i] = id(x)
	}
	return ids
}
