package auth

import (
	"context"
	"fmt"

	"mailroom/auth/viewer"
	"mailroom/ent"
)

// This file is the one layer of authorization for changes: every service
// asks Require or Authorize (or RequireAdmin) before it changes anything.
// Reads are decided by the privacy rules of auth/rule, which use the same
// viewer.Access.

// Level is the viewer's level on t.
func Level(ctx context.Context, t Target) (viewer.Level, error) { return levelOn(ctx, t) }

// TargetOf is what the permissions on node n are checked on: an email's
// folder, a folder, a workspace; ok is false for any other node.
func TargetOf(n ent.Noder) (t Target, ok bool) {
	switch n := n.(type) {
	case *ent.Email:
		return Target{FolderID: n.FolderID}, true
	case *ent.EmailFolder:
		return Target{FolderID: n.ID}, true
	case *ent.Workspace:
		return Target{WorkspaceID: n.ID}, true
	}
	return Target{}, false
}

// Require fails with ErrForbidden unless the viewer holds l on t; when the
// viewer cannot even read t the answer is ent.NotFound, so nothing is
// learnt of what they cannot see.
func Require(ctx context.Context, t Target, l viewer.Level) error {
	got, err := levelOn(ctx, t)
	if err != nil {
		return err
	}
	what := "workspace"
	if t.FolderID != 0 {
		what = "folder"
	}
	switch {
	case got >= l:
		return nil
	case got == viewer.None:
		return &ent.NotFoundError{}
	}
	return fmt.Errorf("%w: this needs %s on the %s", ErrForbidden, l, what)
}

// Authorize is Require, then the context the change is made with: the
// server's own. The privacy rules keep some writes to the server (access
// entries, trash marks, purges, fetch runs); the decision to let the viewer
// make them is taken here, and only here.
func Authorize(ctx context.Context, t Target, l viewer.Level) (context.Context, error) {
	if err := Require(ctx, t, l); err != nil {
		return nil, err
	}
	return viewer.SystemContext(ctx), nil
}

// RequireAdmin fails with ErrForbidden unless the viewer is an administrator
// (or the server itself); what completes "only administrators …".
func RequireAdmin(ctx context.Context, what string) error {
	if !IsAdmin(ctx) {
		return fmt.Errorf("%w: only administrators %s", ErrForbidden, what)
	}
	return nil
}

// AuthorizeAdmin is RequireAdmin, then the context the change is made with
// (as Authorize).
func AuthorizeAdmin(ctx context.Context, what string) (context.Context, error) {
	if err := RequireAdmin(ctx, what); err != nil {
		return nil, err
	}
	return viewer.SystemContext(ctx), nil
}

// IsAdmin reports whether the viewer is an administrator (or the server).
func IsAdmin(ctx context.Context) bool { return viewer.FromContext(ctx).Unrestricted() }
