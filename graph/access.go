package graph

import (
	"context"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/graph/model"
)

// accessTarget resolves a global ID to the workspace or folder it names.
func (r *Resolver) accessTarget(ctx context.Context, id int) (auth.Target, error) {
	n, err := r.Client.Noder(ctx, id)
	if err != nil {
		return auth.Target{}, err
	}
	switch n := n.(type) {
	case *ent.Workspace:
		return auth.Target{WorkspaceID: n.ID}, nil
	case *ent.EmailFolder:
		return auth.Target{FolderID: n.ID}, nil
	}
	return auth.Target{}, &auth.InputError{Field: "targetID", Message: "permissions are set on workspaces and email folders"}
}

// principal resolves a global ID to the user or group it names.
func (r *Resolver) principal(ctx context.Context, id int) (auth.Principal, error) {
	n, err := r.Client.Noder(ctx, id)
	if err != nil {
		return auth.Principal{}, &auth.InputError{Field: "principalID", Message: "unknown user or group"}
	}
	switch n := n.(type) {
	case *ent.User:
		return auth.Principal{UserID: n.ID}, nil
	case *ent.Group:
		return auth.Principal{GroupID: n.ID}, nil
	}
	return auth.Principal{}, &auth.InputError{Field: "principalID", Message: "permissions are granted to users and groups"}
}

func permissionPtr(l viewer.Level) *accessentry.Permission {
	if l == viewer.None {
		return nil
	}
	p := auth.PermissionOf(l)
	return &p
}

func entryView(e *ent.AccessEntry, inherited bool) *model.AccessEntry {
	return &model.AccessEntry{ID: e.ID, Permission: e.Permission, UserID: e.UserID, GroupID: e.GroupID, Inherited: inherited}
}

// accessOf encodes the access entries of a workspace or folder.
func (r *Resolver) accessOf(ctx context.Context, t auth.Target) ([]*model.AccessEntry, error) {
	entries, err := r.Auth.Entries(ctx, t)
	if err != nil {
		return nil, err
	}
	out := make([]*model.AccessEntry, 0, len(entries))
	for _, e := range entries {
		out = append(out, entryView(e.AccessEntry, e.Inherited))
	}
	return out, nil
}
