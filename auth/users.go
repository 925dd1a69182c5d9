package auth

import (
	"context"
	"errors"
	"fmt"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/token"
	"mailroom/ent/user"
)

// UserChange is a patch of a user's profile; nil keeps a value.
type UserChange struct {
	DisplayName, Email *string
	Admin, Disabled    *bool
}

// UpdateUser changes a user's profile, admin flag or disabled state
// (administrators only). Disabling a user signs them out everywhere.
func (s *Service) UpdateUser(ctx context.Context, id int, c UserChange) (*ent.User, error) {
	sys, err := AuthorizeAdmin(ctx, "edit users")
	if err != nil {
		return nil, err
	}
	if v := viewer.FromContext(ctx); v.UserID == id && ((c.Disabled != nil && *c.Disabled) || (c.Admin != nil && !*c.Admin)) {
		return nil, &InputError{Field: "id", Message: "you cannot disable yourself or drop your own administrator rights"}
	}
	u := s.client.User.UpdateOneID(id).SetNillableDisplayName(c.DisplayName).SetNillableEmail(c.Email).
		SetNillableIsAdmin(c.Admin).SetNillableDisabled(c.Disabled)
	out, err := u.Save(sys)
	if err == nil && c.Disabled != nil && *c.Disabled {
		_, err = s.client.Token.Delete().Where(token.UserID(id)).Exec(sys)
	}
	// Open websockets carry the old admin flag: end them (clients reconnect
	// with what the user is now, or not at all when disabled).
	if err == nil && (c.Admin != nil || c.Disabled != nil && *c.Disabled) {
		s.sessions.End(ctx, SessionEnd{UserID: id})
	}
	return out, err
}

// ResetPassword sets another user's password (administrators only) and
// signs them out everywhere.
func (s *Service) ResetPassword(ctx context.Context, id int, password string) error {
	if err := RequireAdmin(ctx, "reset passwords"); err != nil {
		return err
	}
	if err := s.setPassword(ctx, id, password); err != nil {
		return err
	}
	s.sessions.End(ctx, SessionEnd{UserID: id})
	return nil
}

// errWrongCurrentPassword is ChangePassword's answer to a wrong current password.
var errWrongCurrentPassword = &InputError{Field: "currentPassword", Message: "the current password is wrong"}

// ChangePassword changes the viewer's own password after checking the
// current one; other sessions are signed out, this one stays. A stolen
// session guessing the password is throttled as sign-ins are.
func (s *Service) ChangePassword(ctx context.Context, current, next string) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return ErrUnauthenticated
	}
	if err := checkPasswordLength("password", next); err != nil {
		return err
	}
	release, err := s.limiter.reserve(signInKeys(fmt.Sprintf("password:%d", v.UserID), clientIP(ctx))...)
	if err != nil {
		return err
	}
	err = s.checkCurrentPassword(ctx, v.UserID, current)
	release(outcomeOf(err, errWrongCurrentPassword))
	if err != nil {
		return err
	}
	if err := s.setPassword(ctx, v.UserID, next); err != nil {
		return err
	}
	// setPassword revoked every token; keep the one in use, and its websockets.
	tok := TokenFromContext(ctx)
	if tok != "" {
		if err := s.reissue(ctx, v.UserID, tok); err != nil {
			return err
		}
	}
	s.sessions.End(ctx, SessionEnd{UserID: v.UserID, Except: hashToken(tok)})
	return nil
}

func (s *Service) checkCurrentPassword(ctx context.Context, userID int, current string) error {
	u, err := s.client.User.Get(viewer.SystemContext(ctx), userID)
	if err != nil {
		return err
	}
	ok, err := s.checkPassword(ctx, u.PasswordHash, current)
	if err != nil && !errors.Is(err, errBadHash) { // busy or cancelled: nothing was checked
		return err
	}
	if !ok {
		return errWrongCurrentPassword
	}
	return nil
}

func (s *Service) setPassword(ctx context.Context, id int, password string) error {
	if err := checkPasswordLength("password", password); err != nil {
		return err
	}
	hash, err := s.hashPassword(ctx, password)
	if err != nil {
		return err
	}
	sys := viewer.SystemContext(ctx)
	if err := s.client.User.UpdateOneID(id).SetPasswordHash(hash).Exec(sys); err != nil {
		return err
	}
	_, err = s.client.Token.Delete().Where(token.UserID(id)).Exec(sys)
	return err
}

// SignOutEverywhere revokes every session of the viewer, this one included.
func (s *Service) SignOutEverywhere(ctx context.Context) error {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return ErrUnauthenticated
	}
	_, err := s.client.Token.Delete().Where(token.UserID(v.UserID)).Exec(viewer.SystemContext(ctx))
	if err == nil {
		s.sessions.End(ctx, SessionEnd{UserID: v.UserID})
	}
	return err
}

// UpdateGroup renames a group and replaces its members (administrators only).
func (s *Service) UpdateGroup(ctx context.Context, id int, name *string, memberIDs []int) (*ent.Group, error) {
	sys, err := AuthorizeAdmin(ctx, "edit groups")
	if err != nil {
		return nil, err
	}
	u := s.client.Group.UpdateOneID(id).SetNillableName(name)
	if memberIDs != nil {
		if n, err := s.client.User.Query().Where(user.IDIn(memberIDs...)).Count(sys); err != nil || n != len(memberIDs) {
			return nil, &InputError{Field: "memberIDs", Message: "unknown user"}
		}
		u.ClearMembers().AddMemberIDs(memberIDs...)
	}
	return u.Save(sys)
}
