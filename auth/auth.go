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
	"sync"
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
	hashes  *hashGate
	// sessions ends the websockets of sessions that end.
	sessions Sessions
	// check is CheckPassword; tests count and slow it.
	check   func(hash, password string) (bool, error)
	onLogin func(LoginOutcome)
}

// NewService returns the auth service over client.
func NewService(client *ent.Client, log *slog.Logger) *Service {
	go dummyHash() // ready before the first sign-in of an unknown user, whose answer it must not slow
	return &Service{client: client, log: log, limiter: newLimiter(), hashes: defaultHashGate(),
		sessions: NewLocalSessions(), check: CheckPassword}
}

// checkPassword runs one argon2 check within the bound on concurrent ones.
func (s *Service) checkPassword(ctx context.Context, hash, password string) (ok bool, err error) {
	if gateErr := s.hashes.run(ctx, func() { ok, err = s.check(hash, password) }); gateErr != nil {
		return false, gateErr
	}
	return ok, err
}

// hashPassword runs HashPassword within the bound on concurrent argon2 runs.
func (s *Service) hashPassword(ctx context.Context, password string) (hash string, err error) {
	if gateErr := s.hashes.run(ctx, func() { hash, err = HashPassword(password) }); gateErr != nil {
		return "", gateErr
	}
	return hash, err
}

// checkPasswordLength is the one rule on the length of a user's password.
func checkPasswordLength(field, password string) error {
	if len([]rune(password)) < MinPasswordLength {
		return &InputError{Field: field, Message: fmt.Sprintf("the password must have at least %d characters", MinPasswordLength)}
	}
	return nil
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
	if pw != "" {
		if err := checkPasswordLength("MAILROOM_ADMIN_PASSWORD", pw); err != nil {
			return "", err
		}
	} else {
		b := make([]byte, 12)
		if _, err := rand.Read(b); err != nil {
			return "", err
		}
		pw = base64.RawURLEncoding.EncodeToString(b)
		generated = pw
	}
	hash, err := s.hashPassword(ctx, pw)
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
	sys, err := AuthorizeAdmin(ctx, "create users")
	if err != nil {
		return nil, err
	}
	if err := checkPasswordLength("password", in.Password); err != nil {
		return nil, err
	}
	if in.Username == "" {
		return nil, &InputError{Field: "username", Message: "a user name is required"}
	}
	hash, err := s.hashPassword(ctx, in.Password)
	if err != nil {
		return nil, err
	}
	return s.client.User.Create().SetUsername(in.Username).SetPasswordHash(hash).SetDisplayName(in.DisplayName).
		SetEmail(in.Email).SetIsAdmin(in.Admin).Save(sys)
}

// InputError is an invalid argument, named by its GraphQL field.
type InputError struct{ Field, Message string }

func (e *InputError) Error() string { return e.Field + ": " + e.Message }

// Login checks the credentials and returns a new bearer token. The attempt
// is reserved with the throttle before the password is checked.
func (s *Service) Login(ctx context.Context, username, password string) (string, *ent.User, error) {
	release, err := s.limiter.reserve(signInKeys("user:"+username, clientIP(ctx))...)
	if err != nil {
		s.observeLogin(err)
		return "", nil, err
	}
	tok, u, err := s.login(ctx, username, password)
	release(outcomeOf(err, ErrBadCredentials))
	s.observeLogin(err)
	return tok, u, err
}

// outcomeOf tells the throttle what an attempt showed: wrong is the error of
// a wrong password.
func outcomeOf(err, wrong error) outcome {
	switch {
	case err == nil:
		return succeeded
	case errors.Is(err, wrong):
		return failed
	}
	return notChecked
}

func (s *Service) login(ctx context.Context, username, password string) (string, *ent.User, error) {
	sys := viewer.SystemContext(ctx)
	u, err := s.client.User.Query().Where(user.Username(username)).Only(sys)
	if ent.IsNotFound(err) {
		// Spend the same time as a real check so user names cannot be probed.
		if _, err := s.checkPassword(ctx, dummyHash(), password); err != nil {
			return "", nil, err
		}
		return "", nil, ErrBadCredentials
	}
	if err != nil {
		return "", nil, err
	}
	ok, err := s.checkPassword(ctx, u.PasswordHash, password)
	if err != nil && !errors.Is(err, errBadHash) { // busy or cancelled: nothing was checked
		return "", nil, err
	}
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
	return s.SessionViewer(ctx, SessionHash(tok))
}

// SessionHash names a session without its token: what is stored of it.
func SessionHash(tok string) string { return hashToken(tok) }

// SessionViewer returns the viewer of the live session named by
// SessionHash, or ErrUnauthenticated once it ended (signed out, expired,
// user disabled). The OAuth2 callback checks with it that the session that
// started an authorization still stands.
func (s *Service) SessionViewer(ctx context.Context, sessionHash string) (*viewer.Viewer, error) {
	sys := viewer.SystemContext(ctx)
	t, err := s.client.Token.Query().Where(token.TokenHash(sessionHash), token.ExpiresAtGT(time.Now())).
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

// Logout revokes a token and ends the websockets that use it.
func (s *Service) Logout(ctx context.Context, tok string) error {
	_, err := s.client.Token.Delete().Where(token.TokenHash(hashToken(tok))).Exec(viewer.SystemContext(ctx))
	if err == nil {
		s.sessions.End(ctx, SessionEnd{TokenHash: hashToken(tok)})
	}
	return err
}

func hashToken(tok string) string {
	sum := sha256.Sum256([]byte(tok))
	return hex.EncodeToString(sum[:])
}

// dummyHash is checked against when the user does not exist.
// made on first use: hashing costs ~90 ms and 64 MB, which every process of
// the binary paid at start (the CLI commands, each PDF child) when it was a
// package variable.
var dummyHash = sync.OnceValue(func() string { h, _ := HashPassword("mailroom-dummy-password"); return h })

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
