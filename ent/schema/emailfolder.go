package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"

	"mailroom/auth/rule"
	"mailroom/ent/privacy"
	"mailroom/mail/account"
)

// EmailFolder pulls mail from one IMAP or POP3 account into a workspace.
// Field names and defaults follow Nuxeo's connector (see DESIGN.md).
type EmailFolder struct {
	ent.Schema
}

func (EmailFolder) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (EmailFolder) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().Annotations(entgql.OrderField("TITLE")),
		field.String("email").NotEmpty(),
		field.String("username").Default(""),
		// Encrypted with the server's key (AES-GCM); never leaves the server.
		field.Bytes("password_enc").Optional().Sensitive().Annotations(entgql.Skip()),
		field.Enum("protocol").Values("IMAP", "IMAPS", "POP3", "POP3S").Default("IMAPS").
			Annotations(entgql.Type("MailProtocol")),
		field.String("host").NotEmpty(),
		field.Int("port").Range(1, 65535),
		field.Bool("socket_factory_fallback").Default(true),
		field.Int("socket_factory_port").Range(1, 65535),
		field.Bool("start_tls").Default(true).Annotations(entgql.MapsTo("startTLS")),
		field.String("ssl_protocols").Default(account.DefaultSSLProtocols),
		field.Int("emails_limit").Default(100).Min(1),
		field.String("mailbox").Default(account.DefaultMailbox),
		field.Int("fetch_interval_minutes").Default(30).Min(0),
		field.Bool("push").Default(true),
		field.Enum("after_import").Values("MARK_SEEN", "LEAVE", "MOVE", "DELETE").Default("MARK_SEEN").
			Annotations(entgql.Type("AfterImport")),
		field.String("move_to").Default(""),
		field.Text("trusted_certificate").Default(""),
		field.Bool("allow_insecure_auth").Default(false),
		// UIDVALIDITY of the mailbox when UIDs were last recorded; a change forgets them.
		field.Int64("uid_validity").Default(0).Annotations(entgql.Skip()),
		field.Time("last_fetch_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.String("last_fetch_error").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// The last error needs the user (password, certificate, mailbox): no
		// automatic fetch until the settings change.
		field.Bool("needs_attention").Default(false),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int("workspace_id").Immutable().Annotations(entgql.Skip()),
		// Block inheritance: only the folder's own entries apply (Nuxeo's model).
		field.Bool("inheritance_blocked").Default(false),
		field.Time("trashed_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// OAuth2 sign-in (XOAUTH2 / OAUTHBEARER) instead of the password.
		field.Enum("auth_method").Values("PASSWORD", "OAUTH2").Default("PASSWORD").
			Annotations(entgql.Type("AuthMethod")),
		field.Int("oauth_provider_id").Optional().Annotations(entgql.Skip()),
		// The refresh token, sealed bound to the connection identity (ingest/oauth.go).
		field.Bytes("oauth_token_enc").Optional().Sensitive().Annotations(entgql.Skip()),
		// The account the provider signed in (from the id_token), shown to managers.
		field.String("oauth_account").Default(""),
	}
}

func (EmailFolder) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("workspace", Workspace.Type).Ref("email_folders").Field("workspace_id").
			Unique().Required().Immutable(),
		// EmailFolder.emails is declared in graph/mailroom.graphqls: its
		// resolver orders newest first by default, which entgql's field
		// collection does not know; collected, the edge was loaded whole (no
		// first) and paged by ID with the resolver's SENT_AT cursors.
		edge.To("emails", Email.Type).Annotations(entgql.Skip(entgql.SkipType)),
		edge.To("fetch_runs", FetchRun.Type).Annotations(entgql.RelayConnection()),
		edge.To("ledger", LedgerEntry.Type).Annotations(entgql.Skip()),
		edge.From("oauth_provider", OAuthProvider.Type).Ref("folders").Field("oauth_provider_id").Unique(),
	}
}

func (EmailFolder) Annotations() []schema.Annotation {
	return []schema.Annotation{}
}

func (EmailFolder) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.EmailFolderMutation()}}
}
