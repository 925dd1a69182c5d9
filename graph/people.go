package graph

import (
	"context"

	"mailroom/auth"
	"mailroom/ent"
)

// accountDetail is v when the viewer may see u's account details, else nil (auth.SeesAccount decides).
func accountDetail[T any](ctx context.Context, u *ent.User, v T) *T {
	if !auth.SeesAccount(ctx, u.ID) {
		return nil
	}
	return &v
}

// groupDetail is v when the viewer may see groups' details, else nil (auth.SeesGroupDetails decides).
func groupDetail[T any](ctx context.Context, v T) *T {
	if !auth.SeesGroupDetails(ctx) {
		return nil
	}
	return &v
}
