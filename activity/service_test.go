package activity_test

import (
	"bytes"
	"fmt"
	"log/slog"
	"testing"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/ent/accessentry"
	"mailroom/events"
	"mailroom/internal/testenv"
)

// Record returns once the history entry is written: the fan-out to many
// followers happens behind it, and a full queue drops notifications (the
// history is kept) instead of making the caller wait.
func TestRecordDoesNotWaitForFanOut(t *testing.T) {
	te := testenv.New(t)
	ctx := te.Ctx
	var logs bytes.Buffer
	log := slog.New(slog.NewTextHandler(&logs, nil))
	ws := te.Client.Workspace.Create().SetTitle("Busy").SaveX(ctx)
	const followers = 300
	for i := range followers {
		u := te.Client.User.Create().SetUsername(fmt.Sprintf("f%d", i)).SetPasswordHash("x").SaveX(ctx)
		te.Client.AccessEntry.Create().SetWorkspaceID(ws.ID).SetUserID(u.ID).SetPermission(accessentry.PermissionREAD).ExecX(ctx)
		te.Client.Subscription.Create().SetUserID(u.ID).SetTargetID(ws.ID).ExecX(ctx)
	}
	rec := activity.New(te.Client, auth.NewService(te.Client, log), events.NewHub(), log, activity.Options{Queue: 1})
	defer rec.Close()

	start := time.Now()
	for i := range 20 {
		rec.Record(ctx, activity.Entry{Kind: activity.Trashed, WorkspaceID: ws.ID, Text: fmt.Sprintf("event %d", i)})
	}
	took := time.Since(start)
	early := te.Client.Notification.Query().CountX(ctx)
	rec.Wait()
	if h := te.Client.HistoryEntry.Query().CountX(ctx); h != 20 {
		t.Fatalf("%d history entries, want 20", h)
	}
	n := te.Client.Notification.Query().CountX(ctx)
	if early >= n {
		t.Fatalf("Record waited for the fan-out: %d of %d notifications were there when it returned", early, n)
	}
	// Queue of one: the worker is busy with the first entry, so most of the
	// others notify nobody, and say so in the log.
	if n%followers != 0 || n == 20*followers {
		t.Fatalf("%d notifications: the queue did not bound the fan-out", n)
	}
	if !bytes.Contains(logs.Bytes(), []byte("notifications are behind")) {
		t.Fatal("dropped notifications not logged")
	}
	t.Logf("20 records in %v; %d notifications", took, n)
}
