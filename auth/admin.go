package auth

import "context"

// RequireAdmin fails with ErrForbidden unless the viewer is an administrator
// (or the system); what completes "only administrators …".
func RequireAdmin(ctx context.Context, what string) error { return requireAdmin(ctx, what) }
