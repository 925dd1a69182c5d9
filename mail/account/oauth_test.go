package account

import (
	"context"
	"testing"
	"time"

	"mailroom/internal/dovecottest"
	"mailroom/internal/oauthtest"
)

// staticToken is a TokenSource of one access token.
type staticToken string

func (t staticToken) AccessToken(context.Context) (string, error) { return string(t), nil }

func TestOAuthMechanismChoice(t *testing.T) {
	for _, tc := range []struct {
		forced  string
		offered []string
		want    string
		fails   bool
	}{
		{"", []string{"PLAIN", "XOAUTH2", "OAUTHBEARER"}, MechOAUTHBEARER, false}, // Gmail, Dovecot
		{"", []string{"PLAIN", "XOAUTH2"}, MechXOAUTH2, false},                    // Microsoft 365
		{"", []string{"oauthbearer"}, MechOAUTHBEARER, false},
		{"XOAUTH2", []string{"XOAUTH2", "OAUTHBEARER"}, MechXOAUTH2, false},
		{"", []string{"PLAIN", "LOGIN"}, "", true},
		{"OAUTHBEARER", []string{"XOAUTH2"}, "", true},
	} {
		got, err := oauthMechanism(tc.forced, tc.offered)
		if (err != nil) != tc.fails || got != tc.want {
			t.Errorf("oauthMechanism(%q, %v) = %q, %v; want %q (fails %v)", tc.forced, tc.offered, got, err, tc.want, tc.fails)
		}
	}
}

// TestOAuthSignInDovecot signs in to a real Dovecot with access tokens of a
// real authorization server, which Dovecot checks by introspection: IMAP and
// POP3, each mechanism forced and chosen by capability, and no password.
func TestOAuthSignInDovecot(t *testing.T) {
	const redirect = "http://127.0.0.1:1/oauth/callback"
	as := oauthtest.Start(t, oauthtest.Options{RedirectURIs: []string{redirect}, User: user})
	d := dovecottest.StartOAuth(t, as.IntrospectionURL())
	tok := as.Token(t, redirect)
	ctx := context.Background()
	for _, base := range []struct {
		name string
		cfg  Config
	}{{"IMAPS", imapsConfig(d)}, {"IMAP STARTTLS", imapConfig(d)}, {"POP3 STLS", pop3Config(d)}} {
		for _, mech := range []string{"", MechXOAUTH2, MechOAUTHBEARER} {
			cfg := base.cfg
			cfg.Password = ""
			cfg.OAuth = staticToken(tok.AccessToken)
			cfg.OAuthMechanism = mech
			if err := Test(ctx, cfg); err != nil {
				t.Errorf("%s %q: %v", base.name, mech, err)
			}
		}
	}
	if got := as.Accepted(); len(got) != 1 || got[0] != tok.AccessToken {
		t.Errorf("the authorization server found %d tokens active, want the one token", len(got))
	}

	// A token the server does not know is refused as a failed sign-in (over
	// XOAUTH2 the server's error challenge is answered and the NO read).
	// Dovecot's failure penalty makes each of these take seconds.
	for _, mech := range []string{MechXOAUTH2, MechOAUTHBEARER} {
		cfg := imapsConfig(d)
		cfg.Password, cfg.OAuth, cfg.OAuthMechanism, cfg.Timeout = "", staticToken("forged"+tok.AccessToken[6:]), mech, 30*time.Second
		wantKind(t, Test(ctx, cfg), ErrAuthFailed)
	}
}
