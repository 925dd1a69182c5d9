package auth

import (
	"context"
	"errors"

	"mailroom/auth/viewer"
	"mailroom/ent/accessentry"
	"mailroom/ent/emailfolder"
	"mailroom/ent/group"
	"mailroom/ent/predicate"
	"mailroom/ent/user"
)

// ErrForbidden is returned when the viewer lacks the permission an action needs.
var ErrForbidden = errors.New("you do not have permission to do this")

// LoadAccess computes the permissions of a user: entries granted to the user
// or their groups, on workspaces and folders, a folder inheriting its
// workspace's level unless it blocks inheritance.
func (s *Service) LoadAccess(ctx context.Context, userID int) (*viewer.Access, error) {
	ctx = viewer.SystemContext(ctx)
	groups, err := s.client.Group.Query().Where(group.HasMembersWith(user.ID(userID))).IDs(ctx)
	if err != nil {
		return nil, err
	}
	who := []predicate.AccessEntry{accessentry.UserID(userID)}
	if len(groups) > 0 {
		who = append(who, accessentry.GroupIDIn(groups...))
	}
	entries, err := s.client.AccessEntry.Query().Where(accessentry.Or(who...)).All(ctx)
	if err != nil {
		return nil, err
	}
	a := &viewer.Access{Workspaces: map[int]viewer.Level{}, Folders: map[int]viewer.Level{}, Visible: map[int]bool{}}
	own := map[int]viewer.Level{}
	for _, e := range entries {
		l := levelOf(e.Permission)
		switch {
		case e.WorkspaceID != nil:
			a.Workspaces[*e.WorkspaceID] = max(a.Workspaces[*e.WorkspaceID], l)
			a.Visible[*e.WorkspaceID] = true
		case e.FolderID != nil:
			own[*e.FolderID] = max(own[*e.FolderID], l)
		}
	}
	folders, err := s.client.EmailFolder.Query().
		Select(emailfolder.FieldID, emailfolder.FieldWorkspaceID, emailfolder.FieldInheritanceBlocked).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range folders {
		l := own[f.ID]
		if !f.InheritanceBlocked {
			l = max(l, a.Workspaces[f.WorkspaceID])
		}
		if l > viewer.None {
			a.Folders[f.ID] = l
			a.Visible[f.WorkspaceID] = true
		}
	}
	return a, nil
}

func levelOf(p accessentry.Permission) viewer.Level {
	switch p {
	case accessentry.PermissionMANAGE:
		return viewer.Manage
	case accessentry.PermissionWRITE:
		return viewer.Write
	case accessentry.PermissionREAD:
		return viewer.Read
	}
	return viewer.None
}

// PermissionOf maps a level to the stored permission.
func PermissionOf(l viewer.Level) accessentry.Permission {
	switch l {
	case viewer.Manage:
		return accessentry.PermissionMANAGE
	case viewer.Write:
		return accessentry.PermissionWRITE
	}
	return accessentry.PermissionREAD
}

// levelOn is the viewer's level on t: administrators and the server hold
// MANAGE everywhere.
func levelOn(ctx context.Context, t Target) (viewer.Level, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return viewer.None, ErrUnauthenticated
	}
	if v.Unrestricted() {
		return viewer.Manage, nil
	}
	a, err := v.Access(ctx)
	if err != nil {
		return viewer.None, err
	}
	if t.FolderID != 0 {
		return a.Folders[t.FolderID], nil
	}
	return a.Workspaces[t.WorkspaceID], nil
}
