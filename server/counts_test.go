package server

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"testing"

	"mailroom/store"
)

// TestFolderCountsFollowEveryChange imports through the pipeline, trashes,
// restores, purges, empties the trash and purges the folder, and after each
// step checks the counts the database maintains against a real COUNT, and
// the API's totalCount of the folder and of its trash against both. On
// SQLite and PostgreSQL.
func TestFolderCountsFollowEveryChange(t *testing.T) {
	onStores(t, func(t *testing.T, e *apiEnv) {
		tok := e.login()
		for i := range 30 {
			e.appendMem(fmt.Sprintf("From: a@example.com\r\nSubject: count %d\r\nMessage-ID: <count-%d@x>\r\n"+
				"Date: Mon, 01 Sep 2025 08:%02d:00 +0000\r\n\r\nbody %d\r\n", i, i, i, i))
		}
		fid := e.memFolder(tok)
		folder, _ := strconv.Atoi(fid)
		check := func(step string, live, trashed int) {
			t.Helper()
			var real store.Counts
			if err := e.db.QueryRow(`SELECT COUNT(*), COUNT(*) - COUNT(trashed_at) FROM emails WHERE folder_id = $1`, folder).
				Scan(&real.Emails, &real.Live); err != nil {
				t.Fatal(err)
			}
			kept, err := store.FolderCounts(context.Background(), e.client, folder)
			if err != nil {
				t.Fatal(err)
			}
			if kept != real {
				t.Errorf("%s: maintained counts %+v, real COUNT %+v", step, kept, real)
			}
			if real.Live != live || real.Emails-real.Live != trashed {
				t.Errorf("%s: %+v, want %d live and %d trashed", step, real, live, trashed)
			}
			if fid == "" {
				return
			}
			r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:5){totalCount edges{node{id}}}
				trashedEmails(first:5){totalCount}}}}`, map[string]any{"f": fid})
			if len(r.Errors) > 0 {
				t.Fatalf("%s: %v", step, r.Errors)
			}
			n := r.Data["node"].(map[string]any)
			if got := int(n["emails"].(map[string]any)["totalCount"].(float64)); got != live {
				t.Errorf("%s: emails totalCount %d, want %d", step, got, live)
			}
			if got := int(n["trashedEmails"].(map[string]any)["totalCount"].(float64)); got != trashed {
				t.Errorf("%s: trashedEmails totalCount %d, want %d", step, got, trashed)
			}
		}
		check("new folder", 0, 0)
		if r := e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid}); len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
		check("import", 32, 0) // the 30 and the two mail the test server starts with

		ids := e.emailIDs(tok, fid, 10)
		for _, id := range ids[:6] {
			e.mustGQL(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": id})
		}
		check("trash 6", 26, 6)
		e.mustGQL(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": ids[0]}) // already there
		check("trash again", 26, 6)
		for _, id := range ids[:2] {
			e.mustGQL(tok, `mutation($id:ID!){restoreNode(id:$id){id}}`, map[string]any{"id": id})
		}
		check("restore 2", 28, 4)
		e.mustGQL(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": ids[2]})
		check("purge 1", 28, 3)
		e.mustGQL(tok, `mutation($f:ID!){emptyTrash(folderID:$f)}`, map[string]any{"f": fid})
		check("empty the trash", 28, 0)
		e.mustGQL(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": fid})
		e.mustGQL(tok, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": fid})
		fid = "" // gone: only the database is asked
		check("purge the folder", 0, 0)
		var rows int
		if err := e.db.QueryRow(`SELECT COUNT(*) FROM folder_email_counts WHERE folder_id = $1`, folder).Scan(&rows); err != nil || rows != 0 {
			t.Errorf("counts of a purged folder: %d rows (%v)", rows, err)
		}
	})
}

func (e *apiEnv) mustGQL(tok, query string, vars map[string]any) gqlResp {
	e.t.Helper()
	r := e.gql(tok, query, vars)
	if len(r.Errors) > 0 {
		e.t.Fatalf("%s: %v", query, r.Errors)
	}
	return r
}

// emailIDs lists the first n emails of the folder, newest first.
func (e *apiEnv) emailIDs(tok, fid string, n int) []string {
	e.t.Helper()
	r := e.mustGQL(tok, `query($f:ID!,$n:Int){node(id:$f){... on EmailFolder{emails(first:$n){edges{node{id}}}}}}`,
		map[string]any{"f": fid, "n": n})
	var ids []string
	for _, edge := range r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		ids = append(ids, edge.(map[string]any)["node"].(map[string]any)["id"].(string))
	}
	return ids
}

// TestCountedPagesAnswerAsEntgql asks the same pages with no filter (the
// maintained counts answer totalCount and entgql pages alone) and with an
// empty filter (entgql counts, as before): the answers are the same, for
// every shape of page.
func TestCountedPagesAnswerAsEntgql(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)
	folder, _ := strconv.Atoi(fid)
	seedBigFolder(t, e.client, folder, 30)
	for _, id := range e.emailIDs(tok, fid, 4) {
		e.mustGQL(tok, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": id})
	}
	ids := e.emailIDs(tok, fid, 20)
	cursorOf := func(i int) string {
		r := e.mustGQL(tok, `query($f:ID!,$n:Int){node(id:$f){... on EmailFolder{emails(first:$n){edges{cursor}}}}}`,
			map[string]any{"f": fid, "n": i + 1})
		edges := r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)
		return edges[i].(map[string]any)["cursor"].(string)
	}
	mid := cursorOf(len(ids) / 2)
	for _, c := range []struct{ args, sel string }{
		{"first:5", "totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{cursor node{id}}"},
		{"first:0", "totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}"},
		{"last:0", "totalCount pageInfo{hasNextPage hasPreviousPage}"},
		{"first:50", "totalCount pageInfo{hasNextPage hasPreviousPage} edges{node{id}}"},
		{"last:5", "totalCount pageInfo{hasNextPage hasPreviousPage startCursor endCursor} edges{node{id}}"},
		{`first:5, after:"` + mid + `"`, "totalCount pageInfo{hasNextPage hasPreviousPage} edges{node{id subject from{address}}}"},
		{`last:5, before:"` + mid + `"`, "totalCount pageInfo{hasNextPage hasPreviousPage} edges{node{id}}"},
		{"first:5", "totalCount"},
		{"first:5", "pageInfo{hasNextPage hasPreviousPage}"},
		{"first:5", "n: totalCount info: pageInfo{hasNextPage} edges{node{id}}"},
		{"first:5, orderBy:{field:SUBJECT, direction:ASC}", "totalCount pageInfo{hasNextPage} edges{node{id}}"},
	} {
		ask := func(where string) string {
			r := e.mustGQL(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(`+c.args+where+`){`+c.sel+`}}}}`, map[string]any{"f": fid})
			b, _ := json.Marshal(r.Data)
			return string(b)
		}
		if counted, entgql := ask(""), ask(", where:{}"); counted != entgql {
			t.Errorf("emails(%s){%s}:\n maintained counts %s\n entgql            %s", c.args, c.sel, counted, entgql)
		}
	}
}
