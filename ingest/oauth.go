package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"golang.org/x/oauth2"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/oauthprovider"
	"mailroom/mail/account"
	"mailroom/oauth"
)

// A folder with authMethod OAUTH2 signs in with an access token of its
// provider. Its refresh token is sealed bound to the connection identity and
// the provider (tokenIdentity), like the password: a change of server drops
// it. Access tokens live only in memory (oauthTokens), renewed before they
// expire, because a mail server slows down the logins after a refused one.

var (
	errNoOAuth          = &FieldError{Field: "authMethod", Message: "OAuth2 sign-in is not configured on this server"}
	errNotSignedIn      = &FieldError{Field: "authMethod", Message: "the folder is not signed in with its provider yet: use Sign in in its parameters"}
	errSignInNewServer  = &FieldError{Field: "authMethod", Message: "sign in again with the provider for the new server"}
	errProviderRequired = &FieldError{Field: "oauthProviderID", Message: "choose the OAuth app to sign in with"}
	errProviderUnknown  = &FieldError{Field: "oauthProviderID", Message: "no such OAuth app: an administrator registers them under Administration → OAuth apps"}
	errNotOAuthFolder   = &FieldError{Field: "authMethod", Message: "the folder signs in with a password: choose OAuth2 and an app first"}
)

// usesOAuth reports whether the settings sign in with a token.
func (s settings) usesOAuth() bool { return s.AuthMethod == emailfolder.AuthMethodOAUTH2 }

// tokenIdentity is what the refresh token is bound to: the connection
// identity and the provider it was issued by.
func (s settings) tokenIdentity() []byte {
	return fmt.Appendf(s.identity(), "\x00oauth2\x00%d", s.OauthProviderID)
}

// validateOAuth checks the provider of OAUTH2 settings.
func (s *Service) validateOAuth(ctx context.Context, st settings) error {
	if !st.usesOAuth() {
		return nil
	}
	if s.opts.OAuth == nil {
		return errNoOAuth
	}
	if st.OauthProviderID == 0 {
		return errProviderRequired
	}
	ok, err := s.client.OAuthProvider.Query().Where(oauthprovider.ID(st.OauthProviderID)).Exist(ctx)
	if err != nil {
		return err
	}
	if !ok {
		return errProviderUnknown
	}
	return nil
}

// oauthSource is a folder's account.TokenSource; comparable, so a push
// watcher's configuration stays equal while tokens are renewed.
type oauthSource struct {
	s        *Service
	folderID int
}

func (o oauthSource) AccessToken(ctx context.Context) (string, error) {
	return o.s.accessToken(ctx, o.folderID)
}

// oauthTokens caches access tokens per folder.
type oauthTokens struct {
	mu     sync.Mutex
	locks  map[int]*sync.Mutex // one renewal per folder at a time: rotation makes a second one fail
	tokens map[int]cachedToken
}

type cachedToken struct {
	access    string
	renewAt   time.Time
	sealed    string // the stored refresh token it came from
	rejected  bool   // the provider refused that refresh token
	rejection error
}

// init makes the maps; t.mu is held.
func (t *oauthTokens) init() {
	if t.locks == nil {
		t.locks = map[int]*sync.Mutex{}
		t.tokens = map[int]cachedToken{}
	}
}

func (t *oauthTokens) lock(id int) *sync.Mutex {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.init()
	if t.locks[id] == nil {
		t.locks[id] = &sync.Mutex{}
	}
	return t.locks[id]
}

func (t *oauthTokens) get(id int) (cachedToken, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	c, ok := t.tokens[id]
	return c, ok
}

func (t *oauthTokens) put(id int, c cachedToken) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.init()
	t.tokens[id] = c
}

func (t *oauthTokens) forget(id int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.tokens, id)
}

// RenewMargin is how long before expiry an access token is renewed: 5
// minutes, or half its lifetime when it lives less than 10.
const RenewMargin = 5 * time.Minute

func renewAt(tok *oauth2.Token, now time.Time) time.Time {
	if tok.Expiry.IsZero() {
		return now.Add(RenewMargin) // the provider did not say: ask again soon
	}
	margin := min(RenewMargin, tok.Expiry.Sub(now)/2)
	return tok.Expiry.Add(-margin)
}

// accessToken returns a live access token of the folder, renewing it
// through the provider when it is close to expiry. A refresh token the
// provider refuses marks the folder needsAttention and is not tried again
// until the folder is connected anew.
func (s *Service) accessToken(ctx context.Context, folderID int) (string, error) {
	mu := s.oauthTokens.lock(folderID)
	mu.Lock()
	defer mu.Unlock()
	sys := viewer.SystemContext(ctx)
	f, err := s.client.EmailFolder.Get(sys, folderID)
	if err != nil {
		return "", err
	}
	if f.AuthMethod != emailfolder.AuthMethodOAUTH2 || len(f.OauthTokenEnc) == 0 {
		return "", errNotSignedIn
	}
	now := time.Now()
	c, ok := s.oauthTokens.get(folderID)
	if ok && c.sealed == string(f.OauthTokenEnc) {
		if c.rejected {
			return "", c.rejection
		}
		if now.Before(c.renewAt) {
			return c.access, nil
		}
	}
	st := settingsOf(f, "")
	refresh, _, err := s.keyring.OpenBound(f.OauthTokenEnc, st.tokenIdentity())
	if errors.Is(err, auth.ErrBindingMismatch) {
		return "", errSignInNewServer
	}
	if err != nil {
		return "", err
	}
	p, err := f.QueryOauthProvider().Only(sys)
	if ent.IsNotFound(err) {
		return "", errProviderUnknown
	}
	if err != nil {
		return "", err
	}
	tok, err := s.opts.OAuth.Refresh(ctx, p, refresh)
	if errors.Is(err, oauth.ErrSignInAgain) {
		rejection := &account.Error{Kind: account.ErrAuthFailed, Msg: err.Error(), Err: err}
		s.oauthTokens.put(folderID, cachedToken{sealed: string(f.OauthTokenEnc), rejected: true, rejection: rejection})
		s.needsSignIn(sys, f, rejection)
		return "", rejection
	}
	if err != nil {
		return "", err
	}
	sealed := string(f.OauthTokenEnc)
	if tok.RefreshToken != "" && tok.RefreshToken != refresh {
		// Rotation: the old refresh token is spent; keep the new one, unless
		// the folder was connected anew meanwhile.
		next, err := s.keyring.SealBound(tok.RefreshToken, st.tokenIdentity())
		if err != nil {
			return "", err
		}
		n, err := s.client.EmailFolder.Update().
			Where(emailfolder.ID(folderID), emailfolder.OauthTokenEncEQ(f.OauthTokenEnc)).
			SetOauthTokenEnc(next).Save(sys)
		if err != nil {
			return "", fmt.Errorf("store the renewed refresh token: %w", err)
		}
		if n == 1 {
			sealed = string(next)
		}
	}
	s.oauthTokens.put(folderID, cachedToken{access: tok.AccessToken, renewAt: renewAt(tok, now), sealed: sealed})
	return tok.AccessToken, nil
}

// needsSignIn records that only the user can fix the folder's sign-in and
// tells the watchers and schedules, which leave it alone until then.
func (s *Service) needsSignIn(ctx context.Context, f *ent.EmailFolder, cause error) {
	err := s.client.EmailFolder.UpdateOneID(f.ID).SetNeedsAttention(true).SetLastFetchError(cause.Error()).Exec(ctx)
	if err != nil {
		s.log.Error("record the refused sign-in", slog.Int("folder", f.ID), slog.Any("error", err))
	}
	s.folderChanged(f.ID)
}

// AuthorizeFolder starts the OAuth2 sign-in of a folder (MANAGE) and
// returns the provider's authorization URL.
func (s *Service) AuthorizeFolder(ctx context.Context, folderID int) (string, error) {
	if err := auth.Require(ctx, auth.Target{FolderID: folderID}, viewer.Manage); err != nil {
		return "", err
	}
	if s.opts.OAuth == nil {
		return "", errNoOAuth
	}
	f, err := s.client.EmailFolder.Get(ctx, folderID)
	if err != nil {
		return "", err
	}
	if f.AuthMethod != emailfolder.AuthMethodOAUTH2 {
		return "", errNotOAuthFolder
	}
	p, err := f.QueryOauthProvider().Only(viewer.SystemContext(ctx))
	if ent.IsNotFound(err) {
		return "", errProviderRequired
	}
	if err != nil {
		return "", err
	}
	return s.opts.OAuth.Begin(ctx, folderID, p, settingsOf(f, "").account().Username)
}

// CompleteOAuth finishes a sign-in at the provider's redirect: the callback
// is checked by oauth, then the refresh token is stored sealed for the
// folder's identity, as the user who started it, who must still have MANAGE.
// The folder ID is returned whenever the user is known to be the one who
// started the sign-in, so the page can show the outcome on the folder.
func (s *Service) CompleteOAuth(ctx context.Context, cb oauth.Callback) (folderID int, err error) {
	if s.opts.OAuth == nil {
		return 0, errNoOAuth
	}
	g, err := s.opts.OAuth.Complete(ctx, cb)
	if g.Viewer == nil {
		return 0, err
	}
	ctx = viewer.NewContext(ctx, g.Viewer)
	if err != nil {
		return g.FolderID, err
	}
	if err := auth.Require(ctx, auth.Target{FolderID: g.FolderID}, viewer.Manage); err != nil {
		return 0, err
	}
	sys := viewer.SystemContext(ctx)
	f, err := s.client.EmailFolder.Get(sys, g.FolderID)
	if err != nil {
		return 0, err
	}
	if f.AuthMethod != emailfolder.AuthMethodOAUTH2 || f.OauthProviderID != g.ProviderID {
		return f.ID, &oauth.Error{Msg: "the folder's sign-in settings changed during the sign-in: start it again", Refused: true}
	}
	st := settingsOf(f, "")
	sealed, err := s.keyring.SealBound(g.Token.RefreshToken, st.tokenIdentity())
	if err != nil {
		return f.ID, err
	}
	account := g.Account
	if account == "" {
		account = st.account().Username
	}
	err = s.client.EmailFolder.UpdateOne(f).SetOauthTokenEnc(sealed).SetOauthAccount(account).
		SetNeedsAttention(false).ClearLastFetchError().Exec(sys)
	if err != nil {
		return f.ID, err
	}
	s.oauthTokens.put(f.ID, cachedToken{access: g.Token.AccessToken, renewAt: renewAt(g.Token, time.Now()), sealed: string(sealed)})
	s.folderChanged(f.ID)
	return f.ID, nil
}
