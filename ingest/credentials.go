package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
)

// errReenterPassword refuses to send a stored password anywhere but to the
// server it was entered for.
var errReenterPassword = &FieldError{Field: "password", Message: "enter the password again for the new server"}

// identity is the connection a stored secret (the password; OAuth2 tokens
// later) was entered for: where it is sent and how. Changing any of these
// without entering the secret again would hand it to whoever controls the
// new destination, so the sealed secret is bound to it (AES-GCM additional
// data) and opens for this identity only.
func (s settings) identity() []byte {
	login := s.Username
	if login == "" {
		login = s.Email
	}
	host := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(s.Host), "."))
	return fmt.Appendf(nil, "mailroom-folder-secret/v1\x00%s\x00%s\x00%d\x00%d\x00%t\x00%t\x00%s\x00%s",
		s.Protocol, host, s.Port, s.SocketFactoryPort, s.StartTLS, s.AllowInsecureAuth,
		strings.TrimSpace(s.TrustedCertificate), login)
}

// sameIdentity reports whether a and b send credentials to the same place.
func sameIdentity(a, b settings) bool { return string(a.identity()) == string(b.identity()) }

// keepsStoredPassword decides whether the patch p of a folder whose stored
// settings are old may go on with the stored password: only when p enters a
// new one, or leaves the connection identity as it was.
func keepsStoredPassword(old, patched settings, p FolderParams) error {
	if p.Password != nil && *p.Password != "" {
		return nil
	}
	if !sameIdentity(old, patched) {
		return errReenterPassword
	}
	return nil
}

// sealPassword seals the password of st, bound to its identity.
func (s *Service) sealPassword(st settings) ([]byte, error) {
	return s.keyring.SealBound(st.Password, st.identity())
}

// storedPassword opens the stored password of f for the identity of its
// current settings. A password sealed before bindings existed is sealed
// again, bound, on first use.
func (s *Service) storedPassword(ctx context.Context, f *ent.EmailFolder) (string, error) {
	if len(f.PasswordEnc) == 0 {
		return "", nil
	}
	st := settingsOf(f, "")
	pw, legacy, err := s.keyring.OpenBound(f.PasswordEnc, st.identity())
	if errors.Is(err, auth.ErrBindingMismatch) {
		return "", errReenterPassword
	}
	if err != nil {
		return "", err
	}
	if legacy {
		st.Password = pw
		if sealed, err := s.sealPassword(st); err == nil {
			// Only if the password was not changed meanwhile: a new one wins.
			_, err = s.client.EmailFolder.Update().
				Where(emailfolder.ID(f.ID), emailfolder.PasswordEncEQ(f.PasswordEnc)).
				SetPasswordEnc(sealed).Save(viewer.SystemContext(ctx))
			if err != nil {
				s.log.Warn("bind the stored password to its server", slog.Int("folder", f.ID), slog.Any("error", err))
			}
		}
	}
	return pw, nil
}
