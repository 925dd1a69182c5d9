package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// User is a person who signs in to Mailroom.
type User struct {
	ent.Schema
}

func (User) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (User) Fields() []ent.Field {
	return []ent.Field{
		field.String("username").NotEmpty().Unique(),
		field.String("password_hash").Sensitive().Annotations(entgql.Skip()),
		field.String("display_name").Default(""),
		// The account details below are not in the generated GraphQL type:
		// graph resolves them (mailroom.graphqls), null unless auth.SeesAccount.
		field.String("email").Default("").Annotations(entgql.Skip(entgql.SkipType)),
		field.Bool("is_admin").Default(false).Annotations(entgql.Skip(entgql.SkipType)),
		field.Bool("disabled").Default(false).Annotations(entgql.Skip(entgql.SkipType)),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipType)),
		// How the user's alerts reach their email address; the daily digest
		// by default, so following things does not flood anyone's inbox.
		field.Enum("alert_emails").Values("IMMEDIATE", "DAILY_DIGEST", "NEVER").Default("DAILY_DIGEST").
			Annotations(entgql.Skip(entgql.SkipAll)),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tokens", Token.Type).Annotations(entgql.Skip()),
		edge.To("workspaces", Workspace.Type).Annotations(entgql.Skip()),
		edge.From("groups", Group.Type).Ref("members").Annotations(entgql.Skip(entgql.SkipType)),
	}
}

func (User) Policy() ent.Policy { return systemWrites() }
