package graph

import (
	"context"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/events"
)

// historyTarget is the most specific document of a history entry or a
// notification.
func historyTarget(emailID, folderID *int, workspaceID int) int {
	switch {
	case emailID != nil:
		return *emailID
	case folderID != nil:
		return *folderID
	}
	return workspaceID
}

// optionalNode is the node the viewer may open, or null.
func (r *Resolver) optionalNode(ctx context.Context, id int) (ent.Noder, error) {
	n, err := r.Client.Noder(ctx, id)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return n, err
}

// optionalUser is the user of id (none for the server itself).
func (r *Resolver) optionalUser(ctx context.Context, id *int) (*ent.User, error) {
	if id == nil || *id == 0 {
		return nil, nil
	}
	u, err := r.Client.User.Get(ctx, *id)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return u, err
}

// notificationAdded streams the signed-in user's new notifications. Each is
// loaded for the user as the store has them at that moment (auth.ViewerOf:
// permissions read afresh, a disabled user ends the stream), so an alert
// about a document they lost READ on since it was created is not sent.
func (r *Resolver) notificationAdded(ctx context.Context) (<-chan *ent.Notification, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return nil, auth.ErrUnauthenticated
	}
	in, cancel := r.Bus.Subscribe(events.UserTopic(v.UserID))
	out := make(chan *ent.Notification, 16)
	go func() {
		defer close(out)
		defer cancel()
		for {
			select {
			case <-ctx.Done():
				return
			case e := <-in:
				if e.Type != events.NotificationAdded {
					continue
				}
				now, err := r.Auth.ViewerOf(ctx, v.UserID)
				if err != nil || now == nil {
					return
				}
				n, err := r.Client.Notification.Get(viewer.NewContext(ctx, now), e.NotificationID)
				if err != nil {
					continue // not (or no longer) the user's to see
				}
				select {
				case out <- n:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}

// recorder is the Resolver's Recorder, or one that records nothing.
func (r *Resolver) recorder() activity.Recorder {
	if r.Activity == nil {
		return activity.Nop{}
	}
	return r.Activity
}

// recordAccess tells the Recorder of a change of permissions on t. The
// access mutations live in auth, which the Recorder itself depends on, so
// they are recorded here, after auth made the change.
func (r *Resolver) recordAccess(ctx context.Context, t auth.Target, text string) {
	e := activity.Entry{Kind: activity.PermissionChanged, WorkspaceID: t.WorkspaceID, FolderID: t.FolderID, Text: text}
	if v := viewer.FromContext(ctx); v != nil {
		e.ActorID = v.UserID
	}
	r.recorder().Record(ctx, e)
}

// principalName names a user or a group in a history entry.
func (r *Resolver) principalName(ctx context.Context, p auth.Principal) string {
	sys := viewer.SystemContext(ctx)
	if p.UserID != 0 {
		if u, err := r.Client.User.Get(sys, p.UserID); err == nil {
			return u.Username
		}
		return "a user"
	}
	if g, err := r.Client.Group.Get(sys, p.GroupID); err == nil {
		return "the group " + g.Name
	}
	return "a group"
}
