// Package oauth signs email folders in to their mailbox with OAuth2: the
// OAuth applications administrators register (Google, Microsoft Entra, any
// other authorization server), the authorization-code flow with PKCE that
// connects a folder, and the token endpoint calls (code exchange, refresh),
// made under the host policy. ingest keeps a folder's refresh token and
// signs in with the access tokens (ingest/oauth.go).
package oauth

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"

	"golang.org/x/oauth2"

	"mailroom/auth"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/oauthprovider"
	"mailroom/mail/account"
	"mailroom/netpolicy"
)

// CallbackPath is where providers send the browser back; its full URL
// (--public-url + CallbackPath) is registered with the provider.
const CallbackPath = "/oauth/callback"

// Kind is a provider's kind (GraphQL OAuthProviderKind).
type Kind = oauthprovider.Kind

const (
	Google    = oauthprovider.KindGOOGLE
	Microsoft = oauthprovider.KindMICROSOFT
	Generic   = oauthprovider.KindGENERIC
)

// Scopes of the presets: IMAP and POP access, and a refresh token.
var (
	GoogleScopes    = []string{"https://mail.google.com/"}
	MicrosoftScopes = []string{"https://outlook.office.com/IMAP.AccessAsUser.All",
		"https://outlook.office.com/POP.AccessAsUser.All", "offline_access"}
)

// DefaultTenant is the Microsoft Entra tenant of a MICROSOFT provider
// without one: accounts of any organization and personal accounts.
const DefaultTenant = "common"

// presetEndpoints are the authorization and token endpoints of a kind.
func presetEndpoints(k Kind, tenant string) (authURL, tokenURL string) {
	switch k {
	case Google:
		return "https://accounts.google.com/o/oauth2/v2/auth", "https://oauth2.googleapis.com/token"
	case Microsoft:
		base := "https://login.microsoftonline.com/" + url.PathEscape(tenant) + "/oauth2/v2.0"
		return base + "/authorize", base + "/token"
	}
	return "", ""
}

// Options configure the service.
type Options struct {
	// PublicURL is --public-url, without a trailing slash; the redirect URI
	// is built from it. Empty: the request's own origin is used, which only
	// works when it is the one registered with the provider.
	PublicURL string
	// Hosts is --allowed-mail-hosts: the token endpoint is a request the
	// server makes, so it is held to the same policy as mail servers.
	Hosts *netpolicy.Policy
	// Timeout bounds one token endpoint call; 0 means 30 s.
	Timeout time.Duration
	// TLS is the TLS configuration of token endpoint calls (tests trust
	// their own certificate); nil means the system's roots.
	TLS *tls.Config
	Log *slog.Logger
}

// Service manages providers and runs the authorization flow.
type Service struct {
	client  *ent.Client
	keyring *auth.Keyring
	auth    *auth.Service
	opts    Options
	http    *http.Client
	now     func() time.Time
}

// New returns the service.
func New(client *ent.Client, keyring *auth.Keyring, authSvc *auth.Service, opts Options) *Service {
	if opts.Timeout <= 0 {
		opts.Timeout = 30 * time.Second
	}
	if opts.Log == nil {
		opts.Log = slog.Default()
	}
	s := &Service{client: client, keyring: keyring, auth: authSvc, opts: opts, now: time.Now}
	s.http = s.httpClient()
	return s
}

// RedirectURI is the redirect URI to register with providers, or "" without
// --public-url.
func (s *Service) RedirectURI() string {
	if s.opts.PublicURL == "" {
		return ""
	}
	return s.opts.PublicURL + CallbackPath
}

// ProviderInput creates (all required but the optional ones) or changes (nil
// keeps) a provider. GraphQL CreateOAuthProviderInput and
// UpdateOAuthProviderInput bind to it.
type ProviderInput struct {
	Name         *string
	Kind         *Kind
	ClientID     *string
	ClientSecret *string
	Tenant       *string
	AuthURL      *string
	TokenURL     *string
	Scopes       []string
}

// FieldError names the invalid input field, like a folder parameter's.
type FieldError = account.FieldError

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Message: fmt.Sprintf(format, args...)}
}

// errReenterSecret keeps a stored client secret from being sent to another
// token endpoint than the one it was entered for.
var errReenterSecret = &FieldError{Field: "clientSecret", Message: "enter the client secret again for the new token endpoint or client ID"}

// provider is a provider's complete settings while they are checked.
type provider struct {
	name, clientID, tenant, authURL, tokenURL string
	kind                                      Kind
	scopes                                    []string
}

func providerOf(p *ent.OAuthProvider) provider {
	return provider{name: p.Name, kind: p.Kind, clientID: p.ClientID, tenant: p.Tenant,
		authURL: p.AuthURL, tokenURL: p.TokenURL, scopes: p.Scopes}
}

func (p *provider) apply(in ProviderInput) {
	set := func(dst *string, v *string) {
		if v != nil {
			*dst = strings.TrimSpace(*v)
		}
	}
	set(&p.name, in.Name)
	set(&p.clientID, in.ClientID)
	set(&p.tenant, in.Tenant)
	set(&p.authURL, in.AuthURL)
	set(&p.tokenURL, in.TokenURL)
	if in.Kind != nil {
		p.kind = *in.Kind
	}
	if in.Scopes != nil {
		p.scopes = nil
		for _, sc := range in.Scopes {
			if sc = strings.TrimSpace(sc); sc != "" {
				p.scopes = append(p.scopes, sc)
			}
		}
	}
	// The presets fill what they know; Microsoft's endpoints follow the tenant.
	if p.kind == Microsoft && p.tenant == "" {
		p.tenant = DefaultTenant
	}
	if p.kind != Microsoft {
		p.tenant = ""
	}
	if a, t := presetEndpoints(p.kind, p.tenant); a != "" {
		p.authURL, p.tokenURL = a, t
		if in.Scopes == nil || len(p.scopes) == 0 {
			p.scopes = slices.Clone(map[Kind][]string{Google: GoogleScopes, Microsoft: MicrosoftScopes}[p.kind])
		}
	}
}

var tenantPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.-]{0,99}$`)

func (s *Service) validate(p provider) error {
	switch {
	case p.name == "":
		return fieldErr("name", "a name is required")
	case oauthprovider.KindValidator(p.kind) != nil:
		return fieldErr("kind", "unknown kind %q: use GOOGLE, MICROSOFT or GENERIC", p.kind)
	case p.clientID == "":
		return fieldErr("clientID", "the client ID the provider gave is required")
	case strings.ContainsAny(p.clientID, "\r\n\x00"):
		return fieldErr("clientID", "the client ID contains a line break")
	case p.kind == Microsoft && !tenantPattern.MatchString(p.tenant):
		return fieldErr("tenant", "%q is not a tenant: use common, organizations or the directory (tenant) ID", p.tenant)
	case len(p.scopes) == 0:
		return fieldErr("scopes", "at least one scope is required")
	}
	for _, sc := range p.scopes {
		if strings.ContainsAny(sc, " \t\r\n\x00") {
			return fieldErr("scopes", "the scope %q contains a space: give one scope per entry", sc)
		}
	}
	if err := s.checkEndpoint("authURL", p.authURL); err != nil {
		return err
	}
	return s.checkEndpoint("tokenURL", p.tokenURL)
}

// checkEndpoint accepts https URLs, and http ones only to a loopback
// address the host policy allows (a development server): the token endpoint
// receives the client secret and the codes.
func (s *Service) checkEndpoint(field, raw string) error {
	if raw == "" {
		return fieldErr(field, "the URL is required for a GENERIC provider")
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || u.User != nil || u.Fragment != "" {
		return fieldErr(field, "%q is not an absolute URL like https://login.example.com/oauth2/token", raw)
	}
	switch u.Scheme {
	case "https":
		return nil
	case "http":
		if s.loopbackAllowed(u) {
			return nil
		}
		return fieldErr(field, "%q is not https: plain http is accepted only for a loopback address that --allowed-mail-hosts allows", raw)
	}
	return fieldErr(field, "%q is not an https:// URL", raw)
}

func (s *Service) loopbackAllowed(u *url.URL) bool {
	host := strings.ToLower(u.Hostname())
	if host == "localhost" || strings.HasSuffix(host, ".localhost") {
		host = "127.0.0.1" // RFC 6761: always the loopback
	}
	ip, err := netip.ParseAddr(host)
	if err != nil || !ip.IsLoopback() {
		return false
	}
	port := u.Port()
	if port == "" {
		port = "80"
	}
	ap, err := netip.ParseAddrPort(net.JoinHostPort(ip.String(), port))
	return err == nil && s.opts.Hosts.Permits(ap)
}

// secretBinding ties a sealed client secret to where it is sent.
func secretBinding(p provider) []byte {
	return fmt.Appendf(nil, "mailroom-oauth-client-secret/v1\x00%s\x00%s", p.tokenURL, p.clientID)
}

// Providers lists the providers to every signed-in user: the folder form
// offers them. The client secret never leaves the server.
func (s *Service) Providers(ctx context.Context) ([]*ent.OAuthProvider, error) {
	return s.client.OAuthProvider.Query().Order(ent.Asc(oauthprovider.FieldName)).All(ctx)
}

// CreateProvider registers an OAuth application; administrators only.
func (s *Service) CreateProvider(ctx context.Context, in ProviderInput) (*ent.OAuthProvider, error) {
	ctx, err := auth.AuthorizeAdmin(ctx, "register OAuth apps")
	if err != nil {
		return nil, err
	}
	var p provider
	p.apply(in)
	if err := s.validate(p); err != nil {
		return nil, err
	}
	c := s.client.OAuthProvider.Create().SetName(p.name).SetKind(p.kind).SetClientID(p.clientID).
		SetTenant(p.tenant).SetAuthURL(p.authURL).SetTokenURL(p.tokenURL).SetScopes(p.scopes)
	if in.ClientSecret != nil && *in.ClientSecret != "" {
		sealed, err := s.keyring.SealBound(*in.ClientSecret, secretBinding(p))
		if err != nil {
			return nil, err
		}
		c.SetClientSecretEnc(sealed)
	}
	return c.Save(ctx)
}

// UpdateProvider changes a provider; an omitted or empty secret keeps the
// stored one, which only goes to the token endpoint it was entered for.
func (s *Service) UpdateProvider(ctx context.Context, id int, in ProviderInput) (*ent.OAuthProvider, error) {
	ctx, err := auth.AuthorizeAdmin(ctx, "change OAuth apps")
	if err != nil {
		return nil, err
	}
	row, err := s.client.OAuthProvider.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	old := providerOf(row)
	p := old
	p.apply(in)
	if err := s.validate(p); err != nil {
		return nil, err
	}
	newSecret := in.ClientSecret != nil && *in.ClientSecret != ""
	if len(row.ClientSecretEnc) > 0 && !newSecret && string(secretBinding(old)) != string(secretBinding(p)) {
		return nil, errReenterSecret
	}
	u := row.Update().SetName(p.name).SetKind(p.kind).SetClientID(p.clientID).SetTenant(p.tenant).
		SetAuthURL(p.authURL).SetTokenURL(p.tokenURL).SetScopes(p.scopes)
	if newSecret {
		sealed, err := s.keyring.SealBound(*in.ClientSecret, secretBinding(p))
		if err != nil {
			return nil, err
		}
		u.SetClientSecretEnc(sealed)
	}
	return u.Save(ctx)
}

// DeleteProvider removes a provider no folder signs in with.
func (s *Service) DeleteProvider(ctx context.Context, id int) error {
	ctx, err := auth.AuthorizeAdmin(ctx, "remove OAuth apps")
	if err != nil {
		return err
	}
	n, err := s.client.EmailFolder.Query().Where(emailfolder.OauthProviderID(id)).Count(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		return fieldErr("id", "%d folder(s) sign in with this app: switch them to another app or to a password first", n)
	}
	return s.client.OAuthProvider.DeleteOneID(id).Exec(ctx)
}

// config is the oauth2 configuration of a stored provider, with its
// secret opened.
func (s *Service) config(p *ent.OAuthProvider, redirectURI string) (*oauth2.Config, error) {
	var secret string
	if len(p.ClientSecretEnc) > 0 {
		var err error
		secret, _, err = s.keyring.OpenBound(p.ClientSecretEnc, secretBinding(providerOf(p)))
		if errors.Is(err, auth.ErrBindingMismatch) {
			return nil, errors.New("the OAuth app's client secret must be entered again by an administrator")
		}
		if err != nil {
			return nil, err
		}
	}
	return &oauth2.Config{
		ClientID: p.ClientID, ClientSecret: secret, RedirectURL: redirectURI, Scopes: p.Scopes,
		Endpoint: oauth2.Endpoint{AuthURL: p.AuthURL, TokenURL: p.TokenURL},
	}, nil
}
