package schema_test

import (
	"strings"
	"testing"

	"mailroom/ent/email"
	"mailroom/internal/testenv"
	"mailroom/mail"
)

// Imported mail is immutable for everyone, administrators and the system included.
func TestEmailAndAttachmentAreImmutable(t *testing.T) {
	te := testenv.New(t)
	ctx, client := te.Ctx, te.Client
	ws := client.Workspace.Create().SetTitle("w").SaveX(ctx)
	f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
	e := client.Email.Create().SetFolderID(f.ID).SetDedupeKey("mid:x").SetSubject("original").
		SetFrom(&mail.Address{Address: "a@b"}).SetSize(1).SetRawSha256("00").SaveX(ctx)
	a := client.Attachment.Create().SetEmailID(e.ID).SetFilename("a.txt").SetContentType("text/plain").
		SetSize(1).SetSha256("00").SaveX(ctx)

	// Content fields have no setters on update builders. Through the generic
	// mutation they could still be set: the hook refuses it.
	u := client.Email.UpdateOne(e)
	u.Mutation().SetSubject("tampered")
	if err := u.Exec(ctx); err == nil || !strings.Contains(err.Error(), "immutable") {
		t.Fatalf("changing the subject: %v", err)
	}
	bulk := client.Email.Update().Where(email.ID(e.ID))
	bulk.Mutation().SetText("tampered")
	if err := bulk.Exec(ctx); err == nil {
		t.Fatal("bulk update allowed")
	}
	if err := client.Email.UpdateOne(e).AddAttachmentIDs(a.ID).Exec(ctx); err == nil {
		t.Fatal("adding an attachment allowed")
	}
	au := client.Attachment.UpdateOne(a)
	au.Mutation().SetSha256("ff")
	if err := au.Exec(ctx); err == nil {
		t.Fatal("changing an attachment's hash allowed")
	}
	if got := client.Email.GetX(ctx, e.ID); got.Subject != "original" || got.From == nil {
		t.Fatalf("email changed: %+v", got)
	}
}
