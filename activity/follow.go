package activity

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/alertdelivery"
	"mailroom/ent/historyentry"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/notification"
	"mailroom/ent/subscription"
	"mailroom/ent/user"
)

// signedIn is the viewer's user; the server itself follows nothing.
func signedIn(ctx context.Context) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return 0, auth.ErrUnauthenticated
	}
	return v.UserID, nil
}

// followable loads what id names with the viewer's rights: READ is what
// following needs, and a target the viewer cannot read is not found.
func followable(ctx context.Context, client *ent.Client, id int) (ent.Noder, error) {
	n, err := client.Noder(ctx, id)
	if err != nil {
		return nil, err
	}
	switch n.(type) {
	case *ent.Email, *ent.EmailFolder, *ent.Workspace:
		return n, nil
	}
	return nil, &auth.InputError{Field: "targetID", Message: "only workspaces, email folders and emails can be followed"}
}

// Follow makes the viewer follow a workspace, folder or email they may
// read; following again returns the same subscription.
func Follow(ctx context.Context, client *ent.Client, targetID int) (*ent.Subscription, error) {
	uid, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := followable(ctx, client, targetID); err != nil {
		return nil, err
	}
	sys := viewer.SystemContext(ctx)
	if s, err := client.Subscription.Query().Where(subscription.UserID(uid), subscription.TargetID(targetID)).Only(sys); err == nil {
		return s, nil
	}
	s, err := client.Subscription.Create().SetUserID(uid).SetTargetID(targetID).Save(sys)
	if ent.IsConstraintError(err) { // followed twice at once
		return client.Subscription.Query().Where(subscription.UserID(uid), subscription.TargetID(targetID)).Only(sys)
	}
	return s, err
}

// Unfollow ends the viewer's following of a target they may read; false
// when they were not following it.
func Unfollow(ctx context.Context, client *ent.Client, targetID int) (bool, error) {
	uid, err := signedIn(ctx)
	if err != nil {
		return false, err
	}
	if _, err := followable(ctx, client, targetID); err != nil {
		return false, err
	}
	n, err := client.Subscription.Delete().Where(subscription.UserID(uid), subscription.TargetID(targetID)).
		Exec(viewer.SystemContext(ctx))
	return n > 0, err
}

// Following reports whether the viewer follows targetID.
func Following(ctx context.Context, client *ent.Client, targetID int) (bool, error) {
	uid, err := signedIn(ctx)
	if err != nil {
		return false, nil
	}
	return client.Subscription.Query().Where(subscription.UserID(uid), subscription.TargetID(targetID)).Exist(ctx)
}

// MaxMarkRead bounds the ids of one markNotificationsRead.
const MaxMarkRead = 1000

// MarkRead marks the viewer's own notifications read: ids, or all when ids
// is nil. Other users' ids simply match nothing.
func MarkRead(ctx context.Context, client *ent.Client, ids []int) (int, error) {
	uid, err := signedIn(ctx)
	if err != nil {
		return 0, err
	}
	if len(ids) > MaxMarkRead {
		return 0, &auth.InputError{Field: "ids", Message: fmt.Sprintf("at most %d notifications at once; omit ids to mark all read", MaxMarkRead)}
	}
	u := client.Notification.Update().Where(notification.UserID(uid), notification.ReadAtIsNil())
	if ids != nil {
		if len(ids) == 0 {
			return 0, nil
		}
		u.Where(notification.IDIn(ids...))
	}
	return u.SetReadAt(time.Now()).Save(viewer.SystemContext(ctx))
}

// SetAlertPreference sets how the viewer's alerts are emailed.
func SetAlertPreference(ctx context.Context, client *ent.Client, p user.AlertEmails) (*ent.User, error) {
	uid, err := signedIn(ctx)
	if err != nil {
		return nil, err
	}
	if err := user.AlertEmailsValidator(p); err != nil {
		return nil, &auth.InputError{Field: "preference", Message: "IMMEDIATE, DAILY_DIGEST or NEVER"}
	}
	if err := client.User.UpdateOneID(uid).SetAlertEmails(p).Exec(viewer.SystemContext(ctx)); err != nil {
		return nil, err
	}
	return client.User.Get(ctx, uid)
}

// Notifications pages the viewer's notifications, newest first; the privacy
// rules keep them to the viewer's own, about what they may still read.
func Notifications(ctx context.Context, client *ent.Client, after *entgql.Cursor[int], first *int, unreadOnly bool) (*ent.NotificationConnection, error) {
	if _, err := signedIn(ctx); err != nil {
		return nil, err
	}
	q := client.Notification.Query()
	if unreadOnly {
		q.Where(notification.ReadAtIsNil())
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithNotificationOrder(&ent.NotificationOrder{
		Direction: entgql.OrderDirectionDesc, Field: ent.NotificationOrderFieldCreatedAt}))
}

// UnreadCount is how many of the viewer's notifications are unread.
func UnreadCount(ctx context.Context, client *ent.Client) (int, error) {
	if _, err := signedIn(ctx); err != nil {
		return 0, err
	}
	return client.Notification.Query().Where(notification.ReadAtIsNil()).Count(ctx)
}

// History pages what happened to an email, a folder (and the emails in it)
// or a workspace (and the folders in it), newest first, narrowed by the
// privacy rules to the folders the viewer may read.
func History(ctx context.Context, client *ent.Client, target ent.Noder, after *entgql.Cursor[int], first *int) (*ent.HistoryEntryConnection, error) {
	q := client.HistoryEntry.Query()
	switch t := target.(type) {
	case *ent.Email:
		// The email's own entries and the import of the run that brought it.
		where := historyentry.EmailID(t.ID)
		runs, err := client.LedgerEntry.Query().Where(ledgerentry.EmailID(t.ID), ledgerentry.FetchRunIDNotNil()).
			Select(ledgerentry.FieldFetchRunID).Ints(viewer.SystemContext(ctx))
		if err != nil {
			return nil, err
		}
		if len(runs) > 0 {
			where = historyentry.Or(where, historyentry.And(historyentry.Kind(string(Imported)),
				historyentry.FolderID(t.FolderID), historyentry.EmailIDIsNil(), historyentry.RunIDIn(runs...)))
		}
		q.Where(where)
	case *ent.EmailFolder:
		q.Where(historyentry.FolderID(t.ID))
	case *ent.Workspace:
		q.Where(historyentry.WorkspaceID(t.ID))
	default:
		return nil, &auth.InputError{Field: "id", Message: "only emails, folders and workspaces have a history"}
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithHistoryEntryOrder(&ent.HistoryEntryOrder{
		Direction: entgql.OrderDirectionDesc, Field: ent.HistoryEntryOrderFieldAt}))
}

// Deliveries pages the outbox for administrators, newest first; failedOnly
// keeps those not sent after at least one attempt.
func Deliveries(ctx context.Context, client *ent.Client, after *entgql.Cursor[int], first *int, failedOnly bool) (*ent.AlertDeliveryConnection, error) {
	if err := auth.RequireAdmin(ctx, "see the alert emails"); err != nil {
		return nil, err
	}
	q := client.AlertDelivery.Query()
	if failedOnly {
		q.Where(alertdelivery.SentAtIsNil(), alertdelivery.AttemptsGT(0))
	}
	return q.Paginate(ctx, after, first, nil, nil, ent.WithAlertDeliveryOrder(&ent.AlertDeliveryOrder{
		Direction: entgql.OrderDirectionDesc, Field: ent.AlertDeliveryOrderFieldCreatedAt}))
}

// DeliveryStatus is SENT, FAILED (given up) or PENDING.
func DeliveryStatus(d *ent.AlertDelivery) string {
	switch {
	case d.SentAt != nil:
		return "SENT"
	case d.Attempts >= MaxAttempts:
		return "FAILED"
	}
	return "PENDING"
}
