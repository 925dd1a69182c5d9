package auth

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/ent/emailfolder"
	"mailroom/ent/group"
	"mailroom/ent/predicate"
	"mailroom/ent/user"
)

// FreshFolderLevel is the viewer's level on one folder as the store has it
// now, not as the viewer's cache remembers it: the user's disabled state and
// admin flag are reloaded too. A subscription that outlives many permission
// changes checks it at every event. It costs four small queries.
func (s *Service) FreshFolderLevel(ctx context.Context, folderID int) (viewer.Level, error) {
	v := viewer.FromContext(ctx)
	switch {
	case v == nil:
		return viewer.None, ErrUnauthenticated
	case v.System:
		return viewer.Manage, nil
	}
	sys := viewer.SystemContext(ctx)
	u, err := s.client.User.Query().Where(user.ID(v.UserID)).Select(user.FieldDisabled, user.FieldIsAdmin).Only(sys)
	if ent.IsNotFound(err) {
		return viewer.None, nil
	}
	if err != nil {
		return viewer.None, err
	}
	if u.Disabled {
		return viewer.None, nil
	}
	f, err := s.client.EmailFolder.Query().Where(emailfolder.ID(folderID)).
		Select(emailfolder.FieldWorkspaceID, emailfolder.FieldInheritanceBlocked).Only(sys)
	if ent.IsNotFound(err) {
		return viewer.None, nil
	}
	if err != nil {
		return viewer.None, err
	}
	if u.IsAdmin {
		return viewer.Manage, nil
	}
	groups, err := s.client.Group.Query().Where(group.HasMembersWith(user.ID(v.UserID))).IDs(sys)
	if err != nil {
		return viewer.None, err
	}
	who := []predicate.AccessEntry{accessentry.UserID(v.UserID)}
	if len(groups) > 0 {
		who = append(who, accessentry.GroupIDIn(groups...))
	}
	entries, err := s.client.AccessEntry.Query().Where(accessentry.Or(who...),
		accessentry.Or(accessentry.FolderID(folderID), accessentry.WorkspaceID(f.WorkspaceID))).All(sys)
	if err != nil {
		return viewer.None, err
	}
	// The same rule as LoadAccess: the folder's own entries, plus the
	// workspace's unless the folder blocks inheritance.
	level := viewer.None
	for _, e := range entries {
		if e.FolderID != nil || !f.InheritanceBlocked {
			level = max(level, levelOf(e.Permission))
		}
	}
	return level, nil
}
