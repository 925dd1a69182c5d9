// Package auth signs people in: users, password hashes, bearer tokens, the
// key that seals mail account passwords, and (in auth/rule) the privacy rules.
package auth

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/token"
	"mailroom/ent/user"
)

var (
	// ErrUnauthenticated is returned for a missing, unknown or expired token.
	ErrUnauthenticated = errors.New("not signed in")
	// ErrBadCredentials is returned by Login for any wrong user name or password.
	ErrBadCredentials = errors.New("wrong user name or password")
)

// TokenLifetime is how long a sign-in lasts.
const TokenLifetime = 30 * 24 * time.Hour

// Service signs users in and out.
type Service struct {
	client  *ent.Client
	log     *slog.Logger
	limiter *limiter
	onLogin func(LoginOutcome)
}

// NewService returns the auth service over client.
func NewService(client *ent.Client, log *slog.Logger) *Service {
	return &Service{client: client, log: log, limiter: newLimiter()}
}

// Bootstrap creates the user "admin" when there are no users. The password is
// adminPassword, or a random one that is returned so it can be printed once.
func (s *Service) Bootstrap(ctx context.Context, adminPassword string) (generated string, err error) {
	ctx = viewer.SystemContext(ctx)
	n, err := s.client.User.Query().Count(ctx)
	if err != nil || n > 0 {
		return "", err
	}
	pw := adminPassword
	if pw == "" {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return "", err
		}
		pw = base64.RawURLEncoding.EncodeToString(b)
		generated = pw
	}
	hash, err := HashPassword(pw)
	if err != nil {
		return "", err
	}
	_, err = s.client.User.Create().SetUsername("admin").SetDisplayName("Administrator").
		SetPasswordHash(hash).SetIsAdmin(true).Save(ctx)
	if err != nil {
		return "", fmt.Errorf("create admin: %w", err)
	}
	s.log.Info("created the admin user", slog.String("username", "admin"))
	return generated, nil
}

// MinPasswordLength is the shortest password accepted for a user.
const MinPasswordLength = 10

// NewUser describes a user to create.
type NewUser struct {
	Username, Password, DisplayName, Email string
	Admin                                  bool
}

// CreateUser adds a user; only administrators may.
func (s *Service) CreateUser(ctx context.Context, in NewUser) (*ent.User, error) {
	if v := viewer.FromContext(ctx); !v.Unrestricted() {
		return nil, fmt.Errorf("%w: only administrators create users", ErrForbidden)
	}
	if len([]rune(in.Password)) < MinPasswordLength {
		return nil, &InputError{Field: "password", Message: fmt.Sprintf("the password must have at least %d characters", MinPasswordLength)}
	}
	if in.Username == "" {
		return nil, &InputError{Field: "username", Message: "a user name is required"}
	}
	hash, err := HashPassword(in.Password)
	if err != nil {
		return nil, err
	}
	return s.client.User.Create().SetUsername(in.Username).SetPasswordHash(hash).SetDisplayName(in.DisplayName).
		SetEmail(in.Email).SetIsAdmin(in.Admin).Save(viewer.SystemContext(ctx))
}

// InputError is an invalid argument, named by its GraphQL field.
type InputError struct{ Field, Message string }

func (e *InputError) Error() string { return e.Field + ": " + e.Message }

// Login checks the credentials and returns a new bearer token.
func (s *Service) Login(ctx context.Context, username, password string) (string, *ent.User, error) {
	keys := []string{"user:" + username}
	if ip := clientIP(ctx); ip != "" {
		keys = append(keys, "ip:"+ip)
	}
	if err := s.limiter.check(keys...); err != nil {
		s.observeLogin(err)
		return "", nil, err
	}
	tok, u, err := s.login(ctx, username, password)
	s.observeLogin(err)
	if errors.Is(err, ErrBadCredentials) {
		s.limiter.fail(keys...)
	} else if err == nil {
		s.limiter.reset(keys[0])
	}
	return tok, u, err
}

func (s *Service) login(ctx context.Context, username, password string) (string, *ent.User, error) {
	sys := viewer.SystemContext(ctx)
	u, err := s.client.User.Query().Where(user.Username(username)).Only(sys)
	if ent.IsNotFound(err) {
		// Spend the same time as a real check so user names cannot be probed.
		_, _ = CheckPassword(dummyHash, password)
		return "", nil, ErrBadCredentials
	}
	if err != nil {
		return "", nil, err
	}
	ok, err := CheckPassword(u.PasswordHash, password)
	if err != nil || !ok || u.Disabled {
		return "", nil, ErrBadCredentials
	}
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", nil, err
	}
	tok := base64.RawURLEncoding.EncodeToString(raw)
	if err := s.reissue(ctx, u.ID, tok); err != nil {
		return "", nil, err
	}
	return tok, u, nil
}

// reissue stores a session token for a user.
func (s *Service) reissue(ctx context.Context, userID int, tok string) error {
	_, err := s.client.Token.Create().SetTokenHash(hashToken(tok)).SetUserID(userID).
		SetExpiresAt(time.Now().Add(TokenLifetime)).Save(viewer.SystemContext(ctx))
	if err != nil {
		return fmt.Errorf("store token: %w", err)
	}
	return nil
}

// Authenticate returns the viewer a bearer token stands for.
func (s *Service) Authenticate(ctx context.Context, tok string) (*viewer.Viewer, error) {
	if tok == "" {
		return nil, ErrUnauthenticated
	}
	sys := viewer.SystemContext(ctx)
	t, err := s.client.Token.Query().Where(token.TokenHash(hashToken(tok)), token.ExpiresAtGT(time.Now())).
		WithUser().Only(sys)
	if ent.IsNotFound(err) {
		return nil, ErrUnauthenticated
	}
	if err != nil {
		return nil, err
	}
	if t.Edges.User.Disabled {
		return nil, ErrUnauthenticated
	}
	v := &viewer.Viewer{UserID: t.UserID, Username: t.Edges.User.Username, Admin: t.Edges.User.IsAdmin}
	return v.WithAccess(s.LoadAccess), nil
}

// Logout revokes a token.
func (s *Service) Logout(ctx context.Context, tok string) error {
	_, err := s.client.Token.Delete().Where(token.TokenHash(hashToken(tok))).Exec(viewer.SystemContext(ctx))
	return err
}

func hashToken(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

// dummyHash is checked against when the user does not exist.
var dummyHash, _ = HashPassword("mailroom-dummy-password")

type tokenKey struct{}

// WithToken keeps the bearer token of the request, so sign-out can revoke it.
func WithToken(ctx context.Context, tok string) context.Context {
	return context.WithValue(ctx, tokenKey{}, tok)
}

// TokenFromContext returns the token given to WithToken.
func TokenFromContext(ctx context.Context) string {
	t, _ := ctx.Value(tokenKey{}).(string)
	return t
}
