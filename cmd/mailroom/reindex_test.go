package main

import (
	"context"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/internal/testenv"
	"mailroom/search"
)

// mailroom reindex rebuilds an emptied index from the stored emails.
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
	if n, _ := index.Indexed(te.Ctx, f.ID); n != 450 {
		t.Fatalf("indexed: %d", n)
	}
}
