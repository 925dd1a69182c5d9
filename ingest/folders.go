package ingest

import (
	"context"
	"errors"
	"fmt"
	"net/netip"
	"strings"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/mail/account"
	"mailroom/netpolicy"
)

// FieldError is an invalid parameter, named by its GraphQL field.
type FieldError = account.FieldError

func fieldErr(field, format string, args ...any) error {
	return &account.FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// apply patches s with p. Ports left unset on creation follow the protocol.
func (s *settings) apply(p FolderParams, creating bool) {
	s.patch(p)
	if creating {
		proto := account.Protocol(s.Protocol)
		if p.Port == nil || *p.Port == 0 {
			s.Port = proto.DefaultPort()
		}
		if p.SocketFactoryPort == nil || *p.SocketFactoryPort == 0 {
			s.SocketFactoryPort = s.Port
		}
		if p.AfterImport == nil {
			s.AfterImport = emailfolder.AfterImportMARK_SEEN
			if proto.IsPOP3() {
				s.AfterImport = emailfolder.AfterImportLEAVE
			}
		}
	}
	if s.Mailbox == "" {
		s.Mailbox = account.DefaultMailbox
	}
	if s.SslProtocols == "" {
		s.SslProtocols = account.DefaultSSLProtocols
	}
}

func (s settings) validate(needPassword bool) error {
	if s.Title == "" {
		return fieldErr("title", "a title is required")
	}
	if s.Email == "" {
		return fieldErr("email", "an email address is required")
	}
	if needPassword && s.Password == "" && !s.usesOAuth() {
		return fieldErr("password", "a password is required")
	}
	if emailfolder.ProtocolValidator(s.Protocol) != nil {
		return fieldErr("protocol", "unknown protocol %q: use IMAP, IMAPS, POP3 or POP3S", s.Protocol)
	}
	if s.EmailsLimit < 1 {
		return fieldErr("emailsLimit", "the limit of new fetched emails must be at least 1")
	}
	if s.FetchIntervalMinutes < 0 {
		return fieldErr("fetchIntervalMinutes", "the fetch interval cannot be negative (0 = manual only)")
	}
	if emailfolder.AuthMethodValidator(s.AuthMethod) != nil {
		return fieldErr("authMethod", "unknown authMethod %q: use PASSWORD or OAUTH2", s.AuthMethod)
	}
	if emailfolder.AfterImportValidator(s.AfterImport) != nil {
		return fieldErr("afterImport", "unknown afterImport %q", s.AfterImport)
	}
	pop := account.Protocol(s.Protocol).IsPOP3()
	switch {
	case pop && s.AfterImport == emailfolder.AfterImportMARK_SEEN:
		return fieldErr("afterImport", "POP3 has no read flag: choose LEAVE or DELETE")
	case pop && s.AfterImport == emailfolder.AfterImportMOVE:
		return fieldErr("afterImport", "POP3 has no folders to move to: choose LEAVE or DELETE")
	case s.AfterImport == emailfolder.AfterImportMOVE && s.MoveTo == "":
		return fieldErr("moveTo", "give the server folder to move imported mail to")
	}
	acc := s.account()
	if (!needPassword || s.usesOAuth()) && acc.Password == "" {
		acc.Password = "unchanged" // the stored password is kept; it was validated when set
	}
	return acc.Validate()
}

// account is the connection configuration of the settings.
func (s settings) account() account.Config {
	user := s.Username
	if user == "" {
		user = s.Email
	}
	return account.Config{
		Protocol: account.Protocol(s.Protocol), Host: s.Host, Port: s.Port,
		SocketFactoryPort: s.SocketFactoryPort, SocketFactoryFallback: s.SocketFactoryFallback,
		StartTLS: s.StartTLS, SSLProtocols: s.SslProtocols, TrustedCertificate: s.TrustedCertificate,
		AllowInsecureAuth: s.AllowInsecureAuth, Username: user, Password: s.Password, Mailbox: s.Mailbox,
	}.WithDefaults()
}

// CreateFolder validates p, seals the password and stores a new folder.
func (s *Service) CreateFolder(ctx context.Context, workspaceID int, p FolderParams) (*ent.EmailFolder, error) {
	if _, err := s.client.Workspace.Get(ctx, workspaceID); err != nil {
		if ent.IsNotFound(err) {
			return nil, fieldErr("workspaceID", "workspace not found")
		}
		return nil, err
	}
	st := defaultSettings()
	st.apply(p, true)
	if err := st.validate(true); err != nil {
		return nil, err
	}
	if err := s.hostAllowed(st); err != nil {
		return nil, err
	}
	if err := s.validateOAuth(ctx, st); err != nil {
		return nil, err
	}
	c := s.client.EmailFolder.Create().SetWorkspaceID(workspaceID)
	if st.Password != "" { // an OAUTH2 folder may have none
		sealed, err := s.sealPassword(st)
		if err != nil {
			return nil, err
		}
		c.SetPasswordEnc(sealed)
	}
	if err := setFolderFields(c.Mutation(), st); err != nil {
		return nil, err
	}
	f, err := c.Save(ctx)
	if err == nil {
		s.folderChanged(f.ID)
	}
	return f, err
}

// UpdateFolder applies the patch p; an omitted or empty password keeps the stored one.
func (s *Service) UpdateFolder(ctx context.Context, id int, p FolderParams) (*ent.EmailFolder, error) {
	// Before anything is validated: a reader learns nothing from the answer.
	if err := auth.Require(ctx, auth.Target{FolderID: id}, viewer.Manage); err != nil {
		return nil, err
	}
	f, err := s.client.EmailFolder.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	old := settingsOf(f, "")
	st := old
	st.apply(p, false)
	if err := st.validate(false); err != nil {
		return nil, err
	}
	if len(f.PasswordEnc) > 0 && !st.usesOAuth() {
		if err := keepsStoredPassword(old, st, p); err != nil {
			return nil, err
		}
	}
	if err := s.hostAllowed(st); err != nil {
		return nil, err
	}
	if err := s.validateOAuth(ctx, st); err != nil {
		return nil, err
	}
	u := s.client.EmailFolder.UpdateOne(f)
	if err := setFolderFields(u.Mutation(), st); err != nil {
		return nil, err
	}
	if len(f.OauthTokenEnc) > 0 && (string(old.tokenIdentity()) != string(st.tokenIdentity()) || !st.usesOAuth()) {
		// The refresh token was issued for the old server and provider.
		u.ClearOauthTokenEnc().SetOauthAccount("")
		s.oauthTokens.forget(id)
	}
	if p.Password != nil && *p.Password != "" {
		sealed, err := s.sealPassword(st) // st holds the new password
		if err != nil {
			return nil, err
		}
		u.SetPasswordEnc(sealed)
	}
	// New settings deserve a fresh start: the old error may no longer apply.
	u.ClearLastFetchError().SetNeedsAttention(false)
	f, err = u.Save(ctx)
	if err == nil {
		s.folderChanged(f.ID)
	}
	return f, err
}

// folderAccount returns the connection configuration of a stored folder.
func (s *Service) folderAccount(ctx context.Context, f *ent.EmailFolder) (account.Config, error) {
	if f.AuthMethod == emailfolder.AuthMethodOAUTH2 {
		if len(f.OauthTokenEnc) == 0 {
			return account.Config{}, errNotSignedIn
		}
		return s.accountOf(settingsOf(f, "")), nil
	}
	if len(f.PasswordEnc) == 0 {
		return account.Config{}, errors.New("the folder has no password: edit it and enter one")
	}
	pw, err := s.storedPassword(ctx, f)
	if err != nil {
		return account.Config{}, err
	}
	return s.accountOf(settingsOf(f, pw)), nil
}

// accountOf is the connection configuration of st under the host policy.
func (s *Service) accountOf(st settings) account.Config {
	cfg := st.account()
	cfg.Hosts = s.opts.HostPolicy
	if st.usesOAuth() {
		cfg.Password = ""
		cfg.OAuth = oauthSource{s: s, folderID: st.ID}
	}
	return cfg
}

// TestConnection logs in with p without importing anything. With a folderID
// it starts from that folder's settings and may use its stored password,
// which needs MANAGE on the folder and only goes to the server it was
// entered for. Tests are throttled per user.
func (s *Service) TestConnection(ctx context.Context, folderID int, p FolderParams) error {
	if v := viewer.FromContext(ctx); v != nil && !v.System {
		if err := s.tests.Allow(fmt.Sprint(v.UserID)); err != nil {
			return err
		}
	}
	st := defaultSettings()
	if folderID != 0 {
		if err := auth.Require(ctx, auth.Target{FolderID: folderID}, viewer.Manage); err != nil {
			return err
		}
		f, err := s.client.EmailFolder.Get(ctx, folderID)
		if err != nil {
			return err
		}
		old := settingsOf(f, "")
		st = old
		st.apply(p, false)
		if st.usesOAuth() {
			// The stored sign-in only goes to the server it was made for.
			if len(f.OauthTokenEnc) == 0 || f.AuthMethod != emailfolder.AuthMethodOAUTH2 {
				return errNotSignedIn
			}
			if string(old.tokenIdentity()) != string(st.tokenIdentity()) {
				return errSignInNewServer
			}
		} else if p.Password == nil || *p.Password == "" {
			if err := keepsStoredPassword(old, st, p); err != nil {
				return err
			}
			if st.Password, err = s.storedPassword(ctx, f); err != nil {
				return err
			}
		}
	} else {
		st.Title = "test"
		st.apply(p, true)
		if st.usesOAuth() {
			return fieldErr("authMethod", "save the folder and sign in with the provider, then test its connection")
		}
	}
	if err := st.validate(true); err != nil {
		return err
	}
	if err := s.hostAllowed(st); err != nil {
		return err
	}
	return account.Test(ctx, s.accountOf(st))
}

// hostAllowed refuses at once a host given as an address the policy does
// not permit on the ports of st; names are checked when dialed.
func (s *Service) hostAllowed(st settings) error {
	ip, err := netip.ParseAddr(strings.Trim(st.Host, "[]"))
	if err != nil {
		return nil
	}
	for _, port := range []int{st.Port, st.SocketFactoryPort} {
		if port > 0 && port <= 65535 && !s.opts.HostPolicy.Permits(netip.AddrPortFrom(ip, uint16(port))) {
			return &netpolicy.DeniedError{Host: st.Host}
		}
	}
	return nil
}
