package thread_test

import (
	"testing"
	"time"

	"mailroom/ent/email"
	"mailroom/internal/testenv"
	"mailroom/thread"
)

func TestNormalizeSubject(t *testing.T) {
	for in, want := range map[string]string{
		"Plan":                    "plan",
		"Re: Plan":                "plan",
		"RE: AW: Fwd: plan":       "plan",
		"Re[2]: Plan":             "plan",
		"Re (3): Plan":            "plan",
		"SV: VS:  Plan   for  Q3": "plan for q3",
		"[team] Re: Plan":         "plan",
		"Re: [team] Plan":         "plan",
		"回复：计划":                   "计划",
		"Re:":                     "re:",
		"[only a tag]":            "[only a tag]",
		"Reminder: Plan":          "reminder: plan", // not a reply marker
		"":                        "",
	} {
		if got := thread.NormalizeSubject(in); got != want {
			t.Errorf("NormalizeSubject(%q) = %q, want %q", in, got, want)
		}
	}
}

// Emails stored before threads existed get theirs at start, linked as if
// they had arrived with threads.
func TestBackfill(t *testing.T) {
	te := testenv.New(t)
	ctx, client := te.Ctx, te.Client
	ws := client.Workspace.Create().SetTitle("w").SaveX(ctx)
	f := client.EmailFolder.Create().SetWorkspaceID(ws.ID).SetTitle("f").SetEmail("a@b").SetHost("h").
		SetPort(993).SetSocketFactoryPort(993).SaveX(ctx)
	day := time.Date(2025, 9, 1, 10, 0, 0, 0, time.UTC)
	mk := func(mid, subject, irt string, refs []string, at time.Time) int {
		return client.Email.Create().SetFolderID(f.ID).SetDedupeKey("mid:" + mid).SetMessageID(mid).
			SetSubject(subject).SetInReplyTo(irt).SetReferences(refs).SetSentAt(at).SetSize(1).SetRawSha256("00").
			SaveX(ctx).ID
	}
	reply := mk("b@x", "Re: Plan", "a@x", []string{"a@x"}, day.Add(time.Hour))
	root := mk("a@x", "Plan", "", nil, day)
	other := mk("c@x", "Other", "", nil, day)
	n, err := thread.Backfill(ctx, client)
	if err != nil || n != 3 {
		t.Fatalf("backfill: %d, %v", n, err)
	}
	th := func(id int) int { return *client.Email.GetX(ctx, id).ThreadID }
	if th(reply) != th(root) || th(other) == th(root) {
		t.Errorf("threads: reply %d root %d other %d", th(reply), th(root), th(other))
	}
	if n, err := thread.Backfill(ctx, client); err != nil || n != 0 {
		t.Errorf("second backfill: %d, %v", n, err)
	}
	if client.Email.Query().Where(email.ThreadIDIsNil()).ExistX(ctx) {
		t.Error("an email is left without a thread")
	}
}
