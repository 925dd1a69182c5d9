package rule

import (
	"context"

	"entgo.io/ent/entql"

	"mailroom/auth/viewer"
	"mailroom/ent/privacy"
)

// OwnAlerts narrows subscriptions and notifications to the viewer's own:
// nobody, administrators included, reads another user's alerts.
func OwnAlerts() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("viewer is missing")
		}
		if v.System {
			return privacy.Skip
		}
		f.Where(entql.FieldEQ("user_id", v.UserID))
		return privacy.Skip
	})
}

// ReadableContainers narrows history entries and notifications to those of
// folders the viewer may read, and of visible workspaces for entries about a
// workspace itself: a notification about a document the user lost access
// to is not shown.
func ReadableContainers() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("viewer is missing")
		}
		p, err := readableContainers(ctx, v)
		if err != nil {
			return err
		}
		if p != nil {
			f.Where(p)
		}
		return privacy.Skip
	})
}

// readableContainers is the predicate on folder_id/workspace_id of what v
// may read; nil when v reads everything.
func readableContainers(ctx context.Context, v *viewer.Viewer) (entql.P, error) {
	readable, all, err := v.ReadableFolders(ctx)
	if err != nil {
		return nil, privacy.Denyf("load permissions: %v", err)
	}
	if all {
		return nil, nil
	}
	a, err := v.Access(ctx)
	if err != nil {
		return nil, privacy.Denyf("load permissions: %v", err)
	}
	return entql.Or(in("folder_id", readable),
		entql.And(entql.FieldNil("folder_id"), in("workspace_id", a.VisibleWorkspaceIDs()))), nil
}

// AdminsOnly shows rows to administrators (and the server) only.
func AdminsOnly() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		if v := viewer.FromContext(ctx); v.Unrestricted() {
			return privacy.Skip
		}
		f.Where(in("id", nil))
		return privacy.Skip
	})
}
