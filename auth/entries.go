package auth

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
)

// Entry is an access entry as a workspace or folder shows it; Inherited
// marks the entries of a folder's workspace.
type Entry struct {
	*ent.AccessEntry
	Inherited bool
}

// Entries lists who holds what on a workspace or folder, with the entries a
// folder inherits from its workspace unless it blocks inheritance. Only
// viewers with MANAGE see them; anyone else gets an empty list.
func (s *Service) Entries(ctx context.Context, t Target) ([]Entry, error) {
	sys, err := Authorize(ctx, t, viewer.Manage)
	if err != nil {
		return []Entry{}, nil
	}
	var out []Entry
	workspaceID := t.WorkspaceID
	if t.FolderID != 0 {
		own, err := s.client.AccessEntry.Query().Where(accessentry.FolderID(t.FolderID)).All(sys)
		if err != nil {
			return nil, err
		}
		for _, e := range own {
			out = append(out, Entry{AccessEntry: e})
		}
		f, err := s.client.EmailFolder.Get(sys, t.FolderID)
		if err != nil {
			return nil, err
		}
		if f.InheritanceBlocked {
			return out, nil
		}
		workspaceID = f.WorkspaceID
	}
	ws, err := s.client.AccessEntry.Query().Where(accessentry.WorkspaceID(workspaceID)).All(sys)
	if err != nil {
		return nil, err
	}
	for _, e := range ws {
		out = append(out, Entry{AccessEntry: e, Inherited: t.FolderID != 0})
	}
	return out, nil
}

// LevelOf maps a stored permission to its level.
func LevelOf(p accessentry.Permission) viewer.Level { return levelOf(p) }
