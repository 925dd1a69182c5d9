package graph

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/events"
	"mailroom/graph/model"
)

// emailAdded streams the emails imported into a folder the viewer can read.
func (r *Resolver) emailAdded(ctx context.Context, folderID int) (<-chan *ent.Email, error) {
	return relay(ctx, r, folderID, func(e events.Event) (*ent.Email, bool) {
		if e.Type != events.EmailAdded {
			return nil, false
		}
		m, err := r.Client.Email.Get(ctx, e.EmailID)
		return m, err == nil
	})
}

// folderActivity streams the activity of a folder the viewer can read.
func (r *Resolver) folderActivity(ctx context.Context, folderID int) (<-chan *model.ActivityEvent, error) {
	return relay(ctx, r, folderID, func(e events.Event) (*model.ActivityEvent, bool) {
		a := &model.ActivityEvent{Type: model.ActivityType(e.Type), FolderID: e.FolderID, At: e.At}
		switch e.Type {
		case events.EmailAdded:
			m, err := r.Client.Email.Get(ctx, e.EmailID)
			if err != nil {
				return nil, false
			}
			a.Email = m
		case events.FetchFinished, events.FetchFailed:
			a.Imported, a.Duplicates, a.Failed, a.Remaining = &e.Imported, &e.Duplicates, &e.Failed, &e.Remaining
			if e.Error != "" {
				a.Error = &e.Error
			}
		}
		return a, a.Type.IsValid()
	})
}

// relay forwards a folder's bus events to a subscriber, converted by conv.
// The folder is read with the subscriber's viewer first, and conv loads
// emails with it too, so the privacy rules decide what an event reveals.
// Before each event the subscriber's access to the folder is read afresh
// (not from the viewer's cache): once READ is gone, the subscription ends
// without that event. It ends with ctx too (the websocket operation).
func relay[T any](ctx context.Context, r *Resolver, folderID int, conv func(events.Event) (T, bool)) (<-chan T, error) {
	if _, err := r.Client.EmailFolder.Get(ctx, folderID); err != nil {
		return nil, err
	}
	in, cancel := r.Bus.Subscribe(folderID)
	out := make(chan T, 16)
	go func() {
		defer close(out)
		defer cancel()
		for {
			select {
			case <-ctx.Done():
				return
			case e := <-in:
				if l, err := r.Auth.FreshFolderLevel(ctx, folderID); err != nil || l < viewer.Read {
					return
				}
				v, ok := conv(e)
				if !ok {
					continue
				}
				select {
				case out <- v:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}
