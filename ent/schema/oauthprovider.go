package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// OAuthProvider is an OAuth2 application registered by an administrator with
// Google, Microsoft or another authorization server, through which folders
// sign in to their mailbox (XOAUTH2 / OAUTHBEARER). Every signed-in user may
// read it (the folder form lists it); only the server writes it, after
// auth.RequireAdmin.
type OAuthProvider struct {
	ent.Schema
}

func (OAuthProvider) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (OAuthProvider) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty(),
		field.Enum("kind").Values("GOOGLE", "MICROSOFT", "GENERIC").Annotations(entgql.Type("OAuthProviderKind")),
		field.String("client_id").NotEmpty().Annotations(entgql.MapsTo("clientID")),
		// Sealed with the server's key (auth.Keyring); write-only.
		field.Bytes("client_secret_enc").Optional().Sensitive().Annotations(entgql.Skip()),
		// Microsoft Entra tenant ("common", "organizations" or a tenant ID).
		field.String("tenant").Default(""),
		field.String("auth_url").Annotations(entgql.MapsTo("authURL")),
		field.String("token_url").Annotations(entgql.MapsTo("tokenURL")),
		field.Strings("scopes"),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip()),
	}
}

func (OAuthProvider) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("folders", EmailFolder.Type).Annotations(entgql.Skip()),
	}
}

func (OAuthProvider) Policy() ent.Policy { return systemWrites() }

// OAuthState is one authorization started by authorizeEmailFolder, waiting
// for the provider to send the browser back to /oauth/callback. Only hashes
// of the state and of the browser's cookie are stored; a row is deleted when
// used, so a state works once.
type OAuthState struct {
	ent.Schema
}

func (OAuthState) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (OAuthState) Fields() []ent.Field {
	return []ent.Field{
		field.String("state_hash").Unique().Sensitive().Immutable(),
		field.String("browser_hash").Sensitive().Immutable(),
		// The sign-in session (auth token hash) that started the flow.
		field.String("session_hash").Sensitive().Immutable(),
		field.Int("user_id").Immutable(),
		field.Int("folder_id").Immutable(),
		// The PKCE verifier, sealed.
		field.Bytes("verifier_enc").Sensitive().Immutable(),
		field.Time("expires_at").Immutable(),
	}
}

func (OAuthState) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (OAuthState) Policy() ent.Policy { return systemWrites() }
