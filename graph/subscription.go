package graph

import (
	"context"

	"mailroom/ent"
	"mailroom/events"
)

// emailAdded streams the emails imported into a folder the viewer can read.
func (r *Resolver) emailAdded(ctx context.Context, folderID int) (<-chan *ent.Email, error) {
	if _, err := r.Client.EmailFolder.Get(ctx, folderID); err != nil {
		return nil, err
	}
	in, cancel := r.Bus.Subscribe(folderID)
	out := make(chan *ent.Email, 16)
	go func() {
		defer close(out)
		defer cancel()
		for {
			select {
			case <-ctx.Done():
				return
			case e := <-in:
				if e.Type != events.EmailAdded {
					continue
				}
				// Loaded with the subscriber's viewer: the privacy rules apply to events too.
				m, err := r.Client.Email.Get(ctx, e.EmailID)
				if err != nil {
					continue
				}
				select {
				case out <- m:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out, nil
}
