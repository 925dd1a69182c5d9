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
		field.String("email").Default(""),
		field.Bool("is_admin").Default(false),
		field.Bool("disabled").Default(false),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

func (User) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("tokens", Token.Type).Annotations(entgql.Skip()),
		edge.To("workspaces", Workspace.Type).Annotations(entgql.Skip()),
		edge.From("groups", Group.Type).Ref("members"),
	}
}

func (User) Policy() ent.Policy { return systemWrites() }
