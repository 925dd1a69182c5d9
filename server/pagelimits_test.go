package server

import (
	"context"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/graph"
)

// TestPageSizeLimits: every connection gets 50 items when the client names
// no page size — also an edge entgql eager-loads (fetchRuns), which reads its
// arguments from the operation — and more than 500 is refused as
// BAD_USER_INPUT naming first or last.
func TestPageSizeLimits(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	ctx := viewer.SystemContext(context.Background())
	ws := e.gql(tok, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	r := e.gql(tok, createFolder, map[string]any{"i": map[string]any{"workspaceID": ws, "title": "F", "email": "a@example.com",
		"password": "pw", "host": "imap.example.com"}})
	fid := r.Data["createEmailFolder"].(map[string]any)["id"].(string)
	folder, _ := strconv.Atoi(fid)
	seedEmails(t, e.client, folder, 120, rand.New(rand.NewPCG(1, 2)))
	for range 60 {
		e.client.FetchRun.Create().SetFolderID(folder).SaveX(ctx)
	}

	count := func(q string, vars map[string]any, path ...string) (int, bool) {
		t.Helper()
		r := e.gql(tok, q, vars)
		if len(r.Errors) > 0 {
			t.Fatalf("%s: %v", q, r.Errors)
		}
		var conn any = r.Data
		for _, k := range path {
			conn = conn.(map[string]any)[k]
		}
		c := conn.(map[string]any)
		return len(c["edges"].([]any)), c["pageInfo"].(map[string]any)["hasNextPage"] == true
	}
	for _, tc := range []struct {
		query string
		vars  map[string]any
		path  []string
	}{
		{`query($f:ID!){node(id:$f){... on EmailFolder{emails{pageInfo{hasNextPage} edges{node{id}}}}}}`, nil, []string{"node", "emails"}},
		// A variable given no value is no first either.
		{`query($f:ID!,$n:Int){node(id:$f){... on EmailFolder{emails(first:$n){pageInfo{hasNextPage} edges{node{id}}}}}}`, nil, []string{"node", "emails"}},
		{`query($f:ID!){node(id:$f){... on EmailFolder{fetchRuns{pageInfo{hasNextPage} edges{node{id}}}}}}`, nil, []string{"node", "fetchRuns"}},
		{`query($f:ID!){node(id:$f){...runs}} fragment runs on EmailFolder{fetchRuns{pageInfo{hasNextPage} edges{node{id}}}}`, nil, []string{"node", "fetchRuns"}},
		{`query($f:ID!){node(id:$f){... on EmailFolder{trashedEmails{pageInfo{hasNextPage} edges{node{id}}}}}}`, nil, []string{"node", "trashedEmails"}},
	} {
		vars := map[string]any{"f": fid}
		n, more := count(tc.query, vars, tc.path...)
		want := graph.DefaultPageSize
		if tc.path[1] == "trashedEmails" {
			want = 12 // 120/10 in the trash: all of them
		}
		if n != want || more != (want == graph.DefaultPageSize) {
			t.Errorf("%s: %d items, more %v; want %d", tc.query, n, more, want)
		}
	}
	// The default also applies to the root connection.
	if n, _ := count(`{workspaces{pageInfo{hasNextPage} edges{node{id}}}}`, nil, "workspaces"); n != 1 {
		t.Errorf("workspaces: %d", n)
	}

	for _, tc := range []struct {
		query string
		vars  map[string]any
		field string
	}{
		{`query($f:ID!){node(id:$f){... on EmailFolder{emails(first:501){edges{node{id}}}}}}`, nil, "first"},
		{`query($f:ID!,$n:Int){node(id:$f){... on EmailFolder{emails(last:$n){edges{node{id}}}}}}`, map[string]any{"n": 100000}, "last"},
		{`query($f:ID!){node(id:$f){... on EmailFolder{fetchRuns(first:501){edges{node{id}}}}}}`, nil, "first"},
		{`{workspaces(first:501){edges{node{id}}}}`, nil, "first"},
		{`{search(query:"x",first:501){edges{node{id}}}}`, nil, "first"},
	} {
		vars := map[string]any{"f": fid}
		for k, v := range tc.vars {
			vars[k] = v
		}
		r := e.gql(tok, tc.query, vars)
		if code(r) != CodeBadUserInput || r.Errors[0].Extensions["field"] != tc.field || r.Data != nil && r.Data["node"] != nil {
			t.Errorf("%s: %+v", tc.query, r)
		} else if !strings.Contains(r.Errors[0].Message, "at most 500") {
			t.Errorf("%s: message %q", tc.query, r.Errors[0].Message)
		}
	}
	// 500 is allowed.
	if n, _ := count(`query($f:ID!){node(id:$f){... on EmailFolder{emails(first:500){pageInfo{hasNextPage} edges{node{id subject from{name address} sentAt importedAt attachmentCount}}}}}}`,
		map[string]any{"f": fid}, "node", "emails"); n != 120 {
		t.Errorf("first 500: %d emails", n)
	}
}

// TestComplexityCountsPageSizes: nested pages multiply, so a request for
// 500 workspaces × their folders × 500 emails × attachments is refused
// before it runs, whereas with every field counted as 1 it passed.
func TestComplexityCountsPageSizes(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	e.gql(tok, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil)
	r := e.gql(tok, `{workspaces(first:500){edges{node{emailFolders{emails(first:500){edges{node{attachments{id}}}}}}}}}`, nil)
	if len(r.Errors) == 0 || r.Data["workspaces"] != nil || !strings.Contains(r.Errors[0].Message, "complexity") {
		t.Fatalf("nested pages of 500: %+v", r)
	}
	// The default page counts too: 50 × 50 × 50.
	r = e.gql(tok, `{workspaces{edges{node{emailFolders{emails{edges{node{folder{emails{edges{node{id}}}}}}}}}}}}`, nil)
	if len(r.Errors) == 0 || !strings.Contains(r.Errors[0].Message, "complexity") {
		t.Fatalf("nested default pages: %+v", r)
	}
	// A page of what the web UI lists is fine.
	r = e.gql(tok, `{workspaces(first:100){totalCount edges{node{id title emailFolders{id title}}}}}`, nil)
	if len(r.Errors) > 0 {
		t.Fatalf("workspaces page: %v", r.Errors)
	}
}
