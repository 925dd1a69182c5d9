package server

import (
	"encoding/csv"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/ledgerentry"
)

const ledgerQuery = `query($f:ID!,$after:Cursor,$o:LedgerOutcome){node(id:$f){... on EmailFolder{
  ledgerCSVURL
  reconciliation{onServer unreadOnServer newOnServer imported duplicates failed purged remaining offered checkedAt}
  ledger(first:2,after:$after,outcome:$o){totalCount pageInfo{hasNextPage endCursor}
    edges{cursor node{serverUID uidValidity messageID sha256 outcome email{id} duplicateOf{id} duplicateBy reason willRetry at fetchRun{id}}}}}}}`

// TestLedgerAPIAndCSV: the ledger through GraphQL, page by page, with every
// outcome; the CSV download lists the same entries; a user without READ
// gets null and 404; a Message-ID written as a spreadsheet formula is not
// live in the CSV.
func TestLedgerAPIAndCSV(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	e.appendMem("Subject: again\r\nMessage-ID: <old@x>\r\n\r\nsame Message-ID as 'older'\r\n")
	noID := "Subject: no id\r\n\r\nno Message-ID\r\n"
	e.appendMem(noID)
	e.appendMem(noID)
	e.appendMem("Subject: formula\r\nMessage-ID: <=HYPERLINK(\"http://evil.example/\")@x>\r\n\r\nhi\r\n")
	e.appendMem("Subject: purge me\r\nMessage-ID: <purge@x>\r\n\r\nbye\r\n")

	ws := e.gql(admin, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	host, port, _ := net.SplitHostPort(e.imap)
	var p int
	fmt.Sscan(port, &p)
	in := map[string]any{"workspaceID": ws, "title": "Inbox", "email": "bob@example.com", "password": "bobpass",
		"protocol": "IMAP", "host": host, "port": p, "startTLS": false, "allowInsecureAuth": true}
	f := e.gql(admin, createFolder, map[string]any{"i": in}).Data["createEmailFolder"].(map[string]any)["id"].(string)
	if r := e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed}}`, map[string]any{"f": f}); len(r.Errors) > 0 ||
		fmt.Sprint(r.Data["fetchEmails"]) != "map[duplicates:2 failed:0 imported:5]" {
		t.Fatalf("fetch: %v %v", r.Data, r.Errors)
	}
	r := e.gql(admin, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id subject}}}}}}`, map[string]any{"f": f})
	ids := map[string]string{}
	for _, ed := range r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		n := ed.(map[string]any)["node"].(map[string]any)
		ids[n["subject"].(string)] = n["id"].(string)
	}
	for _, m := range []string{`mutation($id:ID!){trashNode(id:$id){id}}`, `mutation($id:ID!){deleteNodePermanently(id:$id)}`} {
		if r := e.gql(admin, m, map[string]any{"id": ids["purge me"]}); len(r.Errors) > 0 {
			t.Fatal(r.Errors)
		}
	}
	// A failure that is final (as a message too large to import): a ledger row of its own.
	var folderID int
	fmt.Sscan(f, &folderID)
	sys := viewer.SystemContext(t.Context())
	validity := e.client.EmailFolder.Query().Where(emailfolder.ID(folderID)).OnlyX(sys).UIDValidity
	e.client.LedgerEntry.Create().SetFolderID(folderID).SetUIDValidity(validity).SetServerUID("=cmd|' /C calc'!A0").
		SetOutcome(ledgerentry.OutcomeFAILED).SetError("@SUM(1+1) too large").SetAcked(true).ExecX(sys)

	// Page through the ledger as a client does.
	ledger := func(tok string) (entries []map[string]any, folder map[string]any) {
		var after any
		for range 10 {
			r := e.gql(tok, ledgerQuery, map[string]any{"f": f, "after": after})
			folder, _ = r.Data["node"].(map[string]any)
			if folder == nil {
				return nil, nil // hidden (node answers null, with NOT_FOUND)
			}
			if len(r.Errors) > 0 {
				t.Fatal(r.Errors)
			}
			conn := folder["ledger"].(map[string]any)
			for _, ed := range conn["edges"].([]any) {
				entries = append(entries, ed.(map[string]any)["node"].(map[string]any))
			}
			pi := conn["pageInfo"].(map[string]any)
			if pi["hasNextPage"] != true {
				break
			}
			after = pi["endCursor"]
		}
		return entries, folder
	}
	entries, folder := ledger(admin)
	if len(entries) != 8 {
		t.Fatalf("%d entries, want 8 (7 messages and the final failure)", len(entries))
	}
	bySubject := map[string]string{} // outcome of each message, by what it points to
	count := map[string]int{}
	for _, en := range entries {
		count[en["outcome"].(string)]++
		if en["fetchRun"] == nil && en["outcome"] != "FAILED" {
			t.Errorf("entry %v has no fetch run", en["serverUID"])
		}
	}
	for subject, id := range ids {
		for _, en := range entries {
			if em, _ := en["email"].(map[string]any); em != nil && em["id"] == id {
				bySubject[subject] = en["outcome"].(string)
			}
		}
	}
	if fmt.Sprint(count) != "map[DUPLICATE:2 FAILED:1 IMPORTED:4 PURGED:1]" || len(bySubject) != 4 {
		t.Errorf("outcomes %v; imported emails %v", count, bySubject)
	}
	for _, en := range entries {
		if en["outcome"] == "DUPLICATE" {
			dup, _ := en["duplicateOf"].(map[string]any)
			if dup == nil || (en["duplicateBy"] == "MESSAGE_ID") != (dup["id"] == ids["older"]) ||
				(en["duplicateBy"] == "CONTENT") != (dup["id"] == ids["no id"]) {
				t.Errorf("duplicate %v of %v by %v", en["serverUID"], dup, en["duplicateBy"])
			}
		}
		if en["outcome"] == "PURGED" && (en["email"] != nil || en["messageID"] != "purge@x") {
			t.Errorf("purged entry %v", en)
		}
	}
	rec := folder["reconciliation"].(map[string]any)
	if fmt.Sprint(rec["imported"], rec["duplicates"], rec["failed"], rec["purged"], rec["remaining"], rec["offered"], rec["onServer"], rec["newOnServer"]) !=
		"4 2 1 1 0 8 7 7" {
		t.Errorf("reconciliation %v", rec)
	}
	// Filtered by outcome.
	if r := e.gql(admin, ledgerQuery, map[string]any{"f": f, "o": "DUPLICATE"}); fmt.Sprint(r.Data["node"].(map[string]any)["ledger"].(map[string]any)["totalCount"]) != "2" {
		t.Errorf("DUPLICATE filter: %v %v", r.Data, r.Errors)
	}

	// The CSV: the same entries in the same order, as an attachment.
	get := func(tok, path string) (*http.Response, string) {
		req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
		if tok != "" {
			req.Header.Set("Authorization", "Bearer "+tok)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res, string(body)
	}
	res, body := get(admin, folder["ledgerCSVURL"].(string))
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") ||
		!strings.HasPrefix(res.Header.Get("Content-Type"), "text/csv") {
		t.Fatalf("csv: %d %v", res.StatusCode, res.Header)
	}
	rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(rows[0], ",") != "serverUID,uidValidity,messageID,sha256,outcome,emailID,duplicateOfID,reason,at" || len(rows) != len(entries)+1 {
		t.Fatalf("csv header %v, %d rows for %d entries", rows[0], len(rows)-1, len(entries))
	}
	str := func(v any) string {
		if v == nil {
			return ""
		}
		return fmt.Sprint(v)
	}
	id := func(v any) string {
		if m, ok := v.(map[string]any); ok {
			return m["id"].(string)
		}
		return ""
	}
	for i, en := range entries {
		emailID := id(en["email"])
		if en["outcome"] == "PURGED" {
			emailID = ids["purge me"] // the id it had; GraphQL's email is null
		}
		at, _ := time.Parse(time.RFC3339Nano, en["at"].(string))
		want := []string{str(en["serverUID"]), str(en["uidValidity"]), str(en["messageID"]), str(en["sha256"]), str(en["outcome"]),
			emailID, id(en["duplicateOf"]), str(en["reason"]), at.UTC().Format(time.RFC3339)}
		for j := range want {
			if c := want[j]; c != "" && strings.ContainsRune("=+-@", rune(c[0])) {
				want[j] = "'" + c // formulas are defused, see below
			}
		}
		if strings.Join(rows[i+1], "|") != strings.Join(want, "|") {
			t.Errorf("csv row %d:\n got %q\nwant %q", i+1, rows[i+1], want)
		}
	}
	// Attacker-written cells do not start with a formula character.
	for _, row := range rows[1:] {
		for _, c := range row {
			if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
				t.Errorf("live formula in the csv: %q", c)
			}
		}
	}
	if !strings.Contains(body, `'=HYPERLINK(`) || !strings.Contains(body, `'=cmd|`) || !strings.Contains(body, `'@SUM`) {
		t.Errorf("formulas not kept as text:\n%s", body)
	}
	if res, _ := get(admin, folder["ledgerCSVURL"].(string)+"?outcome=PURGED"); res.StatusCode != 200 {
		t.Errorf("filtered csv: %d", res.StatusCode)
	} else if _, b := get(admin, folder["ledgerCSVURL"].(string)+"?outcome=PURGED"); strings.Count(b, "\n") != 2 {
		t.Errorf("PURGED csv:\n%s", b)
	}
	if res, _ := get(admin, folder["ledgerCSVURL"].(string)+"?outcome=BOGUS"); res.StatusCode != 400 {
		t.Errorf("bogus outcome: %d", res.StatusCode)
	}

	// Another user: nothing without READ; with READ, the same ledger.
	uid := e.gql(admin, `mutation{createUser(input:{username:"carol",password:"carol-password"}){id}}`, nil).Data["createUser"].(map[string]any)["id"]
	carol := e.gql("", `mutation{login(username:"carol",password:"carol-password"){token}}`, nil).Data["login"].(map[string]any)["token"].(string)
	if got, _ := ledger(carol); got != nil {
		t.Errorf("a user without READ sees %d ledger entries", len(got))
	}
	for _, path := range []string{folder["ledgerCSVURL"].(string), "/folders/999999/ledger.csv", "/folders/x/ledger.csv"} {
		if res, body := get(carol, path); res.StatusCode != 404 || strings.Contains(body, "purge@x") {
			t.Errorf("%s without READ: %d", path, res.StatusCode)
		}
	}
	if res, _ := get("", folder["ledgerCSVURL"].(string)); res.StatusCode == 200 {
		t.Errorf("anonymous csv: %d", res.StatusCode)
	}
	// Underneath, the data layer itself hides the rows (the privacy rule), not only the resolvers.
	rowsSeenBy := func(tok string) int {
		v, err := e.auth.Authenticate(t.Context(), tok)
		if err != nil {
			t.Fatal(err)
		}
		n, err := e.client.LedgerEntry.Query().Count(viewer.NewContext(t.Context(), v))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := rowsSeenBy(carol); n != 0 {
		t.Errorf("a user without READ reads %d ledger rows", n)
	}
	e.gql(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`, map[string]any{"t": f, "p": uid})
	// A row of another folder carol may not read.
	in["title"] = "Other"
	var other int
	fmt.Sscan(e.gql(admin, createFolder, map[string]any{"i": in}).Data["createEmailFolder"].(map[string]any)["id"].(string), &other)
	e.client.LedgerEntry.Create().SetFolderID(other).SetUIDValidity(1).SetServerUID("1").
		SetOutcome(ledgerentry.OutcomeFAILED).SetAcked(true).ExecX(sys)
	if n := rowsSeenBy(carol); n != 8 {
		t.Errorf("a reader reads %d ledger rows, want the folder's 8", n)
	}
	if got, _ := ledger(carol); len(got) != len(entries) {
		t.Errorf("a reader sees %d entries, want %d", len(got), len(entries))
	}
	if res, _ := get(carol, folder["ledgerCSVURL"].(string)); res.StatusCode != 200 {
		t.Errorf("a reader's csv: %d", res.StatusCode)
	}
}

// BenchmarkLedgerCSV streams the CSV of a folder with 100,000 ledger rows
// and reports the peak heap growth while it streams (flat memory: it does
// not grow with the rows).
//
//	go test ./server/ -run '^$' -bench LedgerCSV -benchtime 1x
func BenchmarkLedgerCSV(b *testing.B) {
	e := newAPI(b)
	admin := e.login()
	ws := e.gql(admin, `mutation{createWorkspace(input:{title:"W"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	in := map[string]any{"workspaceID": ws, "title": "Big", "email": "bob@example.com", "password": "bobpass",
		"protocol": "IMAP", "host": "127.0.0.1", "port": 1, "startTLS": false, "allowInsecureAuth": true}
	var folderID int
	fmt.Sscan(e.gql(admin, createFolder, map[string]any{"i": in}).Data["createEmailFolder"].(map[string]any)["id"].(string), &folderID)
	sys := viewer.SystemContext(b.Context())
	const rows = 100_000
	for start := 0; start < rows; start += 1000 {
		bulk := make([]*ent.LedgerEntryCreate, 1000)
		for i := range bulk {
			bulk[i] = e.client.LedgerEntry.Create().SetFolderID(folderID).SetUIDValidity(1).SetServerUID(fmt.Sprint(start + i + 1)).
				SetMessageID(fmt.Sprintf("m%d@example.com", start+i)).SetRawSha256(strings.Repeat("ab", 32)).
				SetOutcome(ledgerentry.OutcomeDUPLICATE).SetDuplicateBy(ledgerentry.DuplicateByMESSAGE_ID).SetAcked(true)
		}
		e.client.LedgerEntry.CreateBulk(bulk...).ExecX(sys)
	}
	for b.Loop() {
		runtime.GC()
		var base runtime.MemStats
		runtime.ReadMemStats(&base)
		peak := base.HeapAlloc
		done := make(chan struct{})
		go func() {
			var m runtime.MemStats
			for {
				select {
				case <-done:
					return
				case <-time.After(5 * time.Millisecond):
					runtime.ReadMemStats(&m)
					peak = max(peak, m.HeapAlloc)
				}
			}
		}()
		req, _ := http.NewRequest("GET", fmt.Sprintf("%s/folders/%d/ledger.csv", e.srv.URL, folderID), nil)
		req.Header.Set("Authorization", "Bearer "+admin)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			b.Fatal(err)
		}
		n, _ := io.Copy(io.Discard, res.Body)
		res.Body.Close()
		close(done)
		if res.StatusCode != 200 || n < rows*100 {
			b.Fatalf("csv: %d, %d bytes", res.StatusCode, n)
		}
		b.ReportMetric(float64(n)/1e6, "MB")
		b.ReportMetric(float64(peak-base.HeapAlloc)/1e6, "peak-heap-MB")
	}
}
