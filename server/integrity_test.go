package server

import (
	"fmt"
	"os"
	"testing"
)

// TestIntegrityReport damages a blob of a fetched email on disk and asks
// integrityReport: the administrator sees the same figures as `mailroom
// verify`, naming the email.
func TestIntegrityReport(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	fid := e.memFolder(tok)
	e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": fid})
	const q = `{integrityReport{ok referencedBlobs intactBlobs missingBlobs corruptedBlobs unreferencedBlobs bytesChecked
		problems{kind sha256 size expectedSize detail emailIDs}}}`
	r := e.gql(tok, q, nil)
	rep := r.Data["integrityReport"].(map[string]any)
	// Two emails, one attachment.
	if rep["ok"] != true || rep["referencedBlobs"] != 3.0 || rep["intactBlobs"] != 3.0 || len(rep["problems"].([]any)) != 0 {
		t.Fatalf("intact store: %v %v", rep, r.Errors)
	}

	em := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:1,orderBy:{direction:DESC,field:SENT_AT}){edges{node{id attachments{sha256 size}}}}}}}`,
		map[string]any{"f": fid}).Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)
	att := em["attachments"].([]any)[0].(map[string]any)
	sum := att["sha256"].(string)
	if err := os.WriteFile(e.blobs.Path(sum), []byte("rot"), 0o600); err != nil {
		t.Fatal(err)
	}
	rep = e.gql(tok, q, nil).Data["integrityReport"].(map[string]any)
	problems := rep["problems"].([]any)
	if rep["ok"] != false || rep["corruptedBlobs"] != 1.0 || rep["intactBlobs"] != 2.0 || len(problems) != 1 {
		t.Fatalf("damaged store: %v", rep)
	}
	p := problems[0].(map[string]any)
	if p["kind"] != "CORRUPTED" || p["sha256"] != sum || p["size"] != 3.0 || p["expectedSize"] != att["size"] ||
		fmt.Sprint(p["emailIDs"]) != fmt.Sprint([]any{em["id"]}) {
		t.Fatalf("problem: %v, want the attachment %s of email %v", p, sum, em["id"])
	}
}
