package rule

import (
	"context"

	"entgo.io/ent/entql"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/privacy"
)

// FilterByAccess narrows every query to what the viewer may read, so that
// node(id:), lists, connections, downloads and events share one rule.
// Administrators and the server itself see everything.
func FilterByAccess() privacy.QueryRule {
	return privacy.FilterFunc(func(ctx context.Context, f privacy.Filter) error {
		v := viewer.FromContext(ctx)
		if v == nil {
			return privacy.Denyf("viewer is missing")
		}
		readable, all, err := v.ReadableFolders(ctx)
		if err != nil {
			return privacy.Denyf("load permissions: %v", err)
		}
		if all {
			return privacy.Skip
		}
		a, err := v.Access(ctx)
		if err != nil {
			return privacy.Denyf("load permissions: %v", err)
		}
		switch f := f.(type) {
		case *ent.WorkspaceFilter:
			f.Where(in("id", a.VisibleWorkspaceIDs()))
		case *ent.EmailFolderFilter:
			f.Where(in("id", readable))
		case *ent.EmailFilter:
			f.Where(in(email.FieldFolderID, readable))
		case *ent.AttachmentFilter:
			if len(readable) == 0 {
				f.Where(in("id", nil))
			} else {
				f.WhereHasEmailWith(email.FolderIDIn(readable...))
			}
		case *ent.FetchRunFilter:
			f.Where(in("folder_id", readable))
		case *ent.LedgerEntryFilter:
			// What became of each server message: the folder's readers see it
			// (the reconciliation view); writes stay with the server.
			f.Where(in("folder_id", readable))
		case *ent.TokenFilter, *ent.OAuthStateFilter, *ent.ThreadFilter, *ent.ThreadRefFilter:
			return privacy.Denyf("internal records")
		case *ent.CommentFilter:
			f.Where(in("folder_id", readable))
		case *ent.AnnotationFilter:
			f.Where(in("folder_id", readable))
		case *ent.EmailTagFilter:
			f.Where(in("folder_id", readable))
		case *ent.RelationFilter:
			// Both ends must be readable: a relation whose other end the
			// viewer cannot read is not shown at all. An email end names its
			// folder; an external URL has no target to read.
			ws := a.VisibleWorkspaceIDs()
			f.Where(entql.Or(in("source_folder_id", readable), in("source_workspace_id", ws)))
			f.Where(entql.Or(entql.FieldNotNil("url"), in("target_folder_id", readable), in("target_workspace_id", ws)))
		}
		return privacy.Skip
	})
}

// SystemOnlyMutation keeps writes of a type to the server itself: services
// check the viewer's permission, then write as the system.
func SystemOnlyMutation() privacy.MutationRule {
	return privacy.MutationRuleFunc(func(ctx context.Context, m ent.Mutation) error {
		if v := viewer.FromContext(ctx); v != nil && v.System {
			return privacy.Allow
		}
		return privacy.Denyf("%s is written by the server only", m.Type())
	})
}

// in matches rows whose field is one of ids; none when ids is empty.
func in(field string, ids []int) entql.P {
	if len(ids) == 0 {
		return entql.FieldLT(field, 0) // no id is negative (on PostgreSQL the first id of a type range can be 0)
	}
	vs := make([]any, len(ids))
	for i, id := range ids {
		vs[i] = id
	}
	return entql.FieldIn(field, vs...)
}

// WorkspaceMutation lets any signed-in user create a workspace; changing or
// deleting one needs MANAGE on it.
func WorkspaceMutation() privacy.MutationRule {
	return privacy.WorkspaceMutationRuleFunc(func(ctx context.Context, m *ent.WorkspaceMutation) error {
		v := viewer.FromContext(ctx)
		if v.Unrestricted() || m.Op().Is(ent.OpCreate) {
			return privacy.Allow
		}
		id, ok := m.ID()
		if !ok {
			return privacy.Denyf("bulk changes of workspaces are reserved to administrators")
		}
		a, err := v.Access(ctx)
		if err != nil {
			return err
		}
		if a.Workspaces[id] >= viewer.Manage {
			return privacy.Allow
		}
		return privacy.Denyf("MANAGE on the workspace is needed")
	})
}

// EmailFolderMutation: creating a folder needs WRITE on its workspace;
// changing or deleting one needs MANAGE on the folder.
func EmailFolderMutation() privacy.MutationRule {
	return privacy.EmailFolderMutationRuleFunc(func(ctx context.Context, m *ent.EmailFolderMutation) error {
		v := viewer.FromContext(ctx)
		if v.Unrestricted() {
			return privacy.Allow
		}
		a, err := v.Access(ctx)
		if err != nil {
			return err
		}
		if m.Op().Is(ent.OpCreate) {
			ws, _ := m.WorkspaceID()
			if a.Workspaces[ws] >= viewer.Write {
				return privacy.Allow
			}
			return privacy.Denyf("WRITE on the workspace is needed")
		}
		id, ok := m.ID()
		if !ok {
			return privacy.Denyf("bulk changes of folders are reserved to administrators")
		}
		if a.Folders[id] >= viewer.Manage {
			return privacy.Allow
		}
		return privacy.Denyf("MANAGE on the folder is needed")
	})
}
