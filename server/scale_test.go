package server

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/mail"
)

// folderTablePage is the page the web UI asks for (FolderContent.tsx with
// EmailTable.tsx's EmailRowFields).
const folderTablePage = `query FolderEmails($id: ID!, $first: Int, $after: Cursor) {
  node(id: $id) { __typename ... on EmailFolder { id
    emails(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id subject from { name address } sentAt importedAt attachmentCount parseError } }
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
				SetTo([]mail.Address{{Name: "Bob", Address: "bob@example.com"}}).SetText(body).SetHTML("<p>" + body + "</p>"))
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
// (no network) for a reader of a folder of 20,000 emails: CPU time and
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
	for _, c := range []struct {
		name string
		vars map[string]any
	}{
		{"first", map[string]any{"id": folderID, "first": 50}},
		{"middle", map[string]any{"id": folderID, "first": 50, "after": middle}},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				r := e.gqlFast(tok, folderTablePage, c.vars)
				if len(r.Errors) > 0 {
					b.Fatal(r.Errors)
				}
			}
		})
	}
}
