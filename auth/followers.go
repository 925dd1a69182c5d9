package auth

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/user"
)

// ViewerOf is a user as the store has them now, for work done on their
// behalf without a request of theirs (delivering an alert): nil for a
// disabled or deleted user. Its permissions are loaded afresh on first use,
// so a grant removed a moment ago is already gone.
func (s *Service) ViewerOf(ctx context.Context, userID int) (*viewer.Viewer, error) {
	u, err := s.client.User.Query().Where(user.ID(userID)).
		Select(user.FieldUsername, user.FieldIsAdmin, user.FieldDisabled).Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if u.Disabled {
		return nil, nil
	}
	v := &viewer.Viewer{UserID: u.ID, Username: u.Username, Admin: u.IsAdmin}
	return v.WithAccess(s.LoadAccess), nil
}
