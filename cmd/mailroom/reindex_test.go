package main

import (
	"bytes"
	"context"
	"testing"

	"github.com/go-pdf/fpdf"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/internal/testenv"
	"mailroom/search"
)

// mailroom reindex rebuilds an emptied index from the stored emails,
// the text of their PDFs included.
func TestReindexCommand(t *testing.T) {
	dir := t.TempDir()
	te := testenv.Open(t, dir, "")
	index, err := search.New(te.Ctx, te.DB, te.Dialect)
	if err != nil {
		t.Fatal(err)
	}
	ws := te.Client.Workspace.Create().SetTitle("w").SaveX(te.Ctx)
	f := te.Client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(te.Ctx)
	var creates []*ent.EmailCreate
	for i := range 450 {
		creates = append(creates, te.Client.Email.Create().SetFolderID(f.ID).SetDedupeKey(string(rune('a'+i%26))+string(rune(i))).
			SetSubject("Kilimanjaro expedition").SetText("base camp").SetSize(1).SetRawSha256("00"))
	}
	te.Client.Email.CreateBulk(creates...).ExecX(te.Ctx) // stored without the index, as before it existed
	// and one with a PDF, whose text reindex reads in its child process
	doc := fpdf.New("P", "mm", "A4", "")
	doc.AddPage()
	doc.SetFont("Helvetica", "", 12)
	doc.Cell(0, 6, "Summit permit for the Machame route")
	var pdf bytes.Buffer
	if err := doc.Output(&pdf); err != nil {
		t.Fatal(err)
	}
	sum, size, err := te.Blobs.Put(bytes.NewReader(pdf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	m := te.Client.Email.Create().SetFolderID(f.ID).SetDedupeKey("pdf").SetSubject("Permit").SetText("attached").
		SetSize(1).SetRawSha256("00").SaveX(te.Ctx)
	te.Client.Attachment.Create().SetEmailID(m.ID).SetFilename("permit.pdf").SetContentType("application/pdf").
		SetSize(size).SetSha256(sum).ExecX(te.Ctx)
	sys := viewer.SystemContext(context.Background())
	count := func() int {
		conn, err := index.Search(sys, te.Client, "kilimanjaro", nil, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		return conn.TotalCount
	}
	if n := count(); n != 0 {
		t.Fatalf("before reindex: %d", n)
	}
	if status := reindexCommand([]string{"--data-dir", dir}, func(string) string { return "" }); status != 0 {
		t.Fatalf("reindex: exit status %d", status)
	}
	if n := count(); n != 450 {
		t.Fatalf("after reindex: %d, want 450", n)
	}
	if conn, err := index.Search(sys, te.Client, "machame", nil, nil, nil); err != nil || conn.TotalCount != 1 {
		t.Fatalf("the PDF's text after reindex: %+v %v", conn, err)
	}
	if n, _ := index.Indexed(te.Ctx, f.ID); n != 451 {
		t.Fatalf("indexed: %d", n)
	}
}
