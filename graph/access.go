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

func levelOf(p accessentry.Permission) viewer.Level {
	switch p {
	case accessentry.PermissionMANAGE:
		return viewer.Manage
	case accessentry.PermissionWRITE:
		return viewer.Write
	}
	return viewer.Read
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

// accessOf lists the entries of a workspace or folder (with the inherited
// ones of a folder's workspace); only viewers with MANAGE see them.
func (r *Resolver) accessOf(ctx context.Context, workspaceID int, folder *ent.EmailFolder) ([]*model.AccessEntry, error) {
	sys := viewer.SystemContext(ctx)
	var out []*model.AccessEntry
	if folder != nil {
		if err := auth.RequireFolder(ctx, folder.ID, viewer.Manage); err != nil {
			return []*model.AccessEntry{}, nil
		}
		own, err := r.Client.AccessEntry.Query().Where(accessentry.FolderID(folder.ID)).All(sys)
		if err != nil {
			return nil, err
		}
		for _, e := range own {
			out = append(out, entryView(e, false))
		}
		if folder.InheritanceBlocked {
			return out, nil
		}
		workspaceID = folder.WorkspaceID
	} else if err := auth.RequireWorkspace(ctx, workspaceID, viewer.Manage); err != nil {
		return []*model.AccessEntry{}, nil
	}
	ws, err := r.Client.AccessEntry.Query().Where(accessentry.WorkspaceID(workspaceID)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, e := range ws {
		out = append(out, entryView(e, folder != nil))
	}
	return out, nil
}
