package auth

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/user"
)

// SeesAccount reports whether the viewer may see the account details of
// user userID — email address, administrator flag, disabled state, groups,
// creation time: administrators, and the user themself. Everyone else sees
// what sharing needs (id, username, display name).
func SeesAccount(ctx context.Context, userID int) bool {
	v := viewer.FromContext(ctx)
	return IsAdmin(ctx) || (v != nil && v.UserID != 0 && v.UserID == userID)
}

// SeesGroupDetails reports whether the viewer may see a group's members and
// creation time (administrators); sharing needs only its id and name.
func SeesGroupDetails(ctx context.Context) bool {
	return IsAdmin(ctx)
}

// Users lists the users to share with, by username: every user for
// administrators, the enabled ones for everyone else.
func (s *Service) Users(ctx context.Context) ([]*ent.User, error) {
	q := s.client.User.Query().Order(ent.Asc(user.FieldUsername))
	if !IsAdmin(ctx) {
		q.Where(user.Disabled(false))
	}
	return q.All(ctx)
}
