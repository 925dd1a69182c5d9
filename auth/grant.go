package auth

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/ent/user"
	"mailroom/store"
)

// Target is what a permission is granted on: a workspace or a folder.
type Target struct {
	WorkspaceID, FolderID int
}

// Principal is who receives a permission: a user or a group.
type Principal struct {
	UserID, GroupID int
}

// CreateWorkspace creates a workspace whose creator gets MANAGE on it.
func (s *Service) CreateWorkspace(ctx context.Context, title string, description *string) (*ent.Workspace, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, ErrUnauthenticated
	}
	var w *ent.Workspace
	err := store.WithTx(ctx, s.client, func(tx *ent.Tx) error {
		c := tx.Workspace.Create().SetTitle(title).SetNillableDescription(description)
		if v.UserID != 0 {
			c.SetCreatorID(v.UserID)
		}
		var err error
		if w, err = c.Save(ctx); err != nil || v.UserID == 0 {
			return err
		}
		return tx.AccessEntry.Create().SetWorkspaceID(w.ID).SetUserID(v.UserID).
			SetPermission(accessentry.PermissionMANAGE).Exec(viewer.SystemContext(ctx))
	})
	if err != nil {
		return nil, err
	}
	return w, nil
}

// SetPermission grants p to a principal on a target, replacing what they had
// there; it needs MANAGE on the target.
func (s *Service) SetPermission(ctx context.Context, t Target, who Principal, p viewer.Level) (*ent.AccessEntry, error) {
	sys, err := Authorize(ctx, t, viewer.Manage)
	if err != nil {
		return nil, err
	}
	if p < viewer.Read || p > viewer.Manage {
		return nil, &InputError{Field: "permission", Message: "unknown permission"}
	}
	if err := s.RemovePermission(ctx, t, who); err != nil {
		return nil, err
	}
	c := s.client.AccessEntry.Create().SetPermission(PermissionOf(p))
	if t.FolderID != 0 {
		c.SetFolderID(t.FolderID)
	} else {
		c.SetWorkspaceID(t.WorkspaceID)
	}
	if who.GroupID != 0 {
		c.SetGroupID(who.GroupID)
	} else {
		c.SetUserID(who.UserID)
	}
	return c.Save(sys)
}

// RemovePermission removes what a principal was granted on a target.
func (s *Service) RemovePermission(ctx context.Context, t Target, who Principal) error {
	sys, err := Authorize(ctx, t, viewer.Manage)
	if err != nil {
		return err
	}
	q := s.client.AccessEntry.Delete()
	if t.FolderID != 0 {
		q.Where(accessentry.FolderID(t.FolderID))
	} else {
		q.Where(accessentry.WorkspaceID(t.WorkspaceID))
	}
	if who.GroupID != 0 {
		q.Where(accessentry.GroupID(who.GroupID))
	} else {
		q.Where(accessentry.UserID(who.UserID))
	}
	_, err = q.Exec(sys)
	return err
}

// SetInheritance blocks or restores the inheritance of a folder's permissions
// from its workspace; it needs MANAGE on the folder.
func (s *Service) SetInheritance(ctx context.Context, folderID int, blocked bool) (*ent.EmailFolder, error) {
	sys, err := Authorize(ctx, Target{FolderID: folderID}, viewer.Manage)
	if err != nil {
		return nil, err
	}
	// Blocking must not lock out the manager who does it: keep their MANAGE
	// as an entry of the folder itself.
	if v := viewer.FromContext(ctx); blocked && !v.Unrestricted() {
		own, err := s.client.AccessEntry.Query().Where(accessentry.FolderID(folderID), accessentry.UserID(v.UserID),
			accessentry.PermissionEQ(accessentry.PermissionMANAGE)).Exist(sys)
		if err != nil {
			return nil, err
		}
		if !own {
			if _, err := s.SetPermission(ctx, Target{FolderID: folderID}, Principal{UserID: v.UserID}, viewer.Manage); err != nil {
				return nil, err
			}
		}
	}
	return s.client.EmailFolder.UpdateOneID(folderID).SetInheritanceBlocked(blocked).Save(sys)
}

// CreateGroup creates a group of users; only administrators may.
func (s *Service) CreateGroup(ctx context.Context, name string, memberIDs []int) (*ent.Group, error) {
	sys, err := AuthorizeAdmin(ctx, "create groups")
	if err != nil {
		return nil, err
	}
	if name == "" {
		return nil, &InputError{Field: "name", Message: "a group name is required"}
	}
	if n, err := s.client.User.Query().Where(user.IDIn(memberIDs...)).Count(sys); err != nil || n != len(memberIDs) {
		return nil, &InputError{Field: "memberIDs", Message: "unknown user"}
	}
	return s.client.Group.Create().SetName(name).AddMemberIDs(memberIDs...).Save(sys)
}
