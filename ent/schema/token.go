package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Token is a sign-in session: the bearer token's sha256 is stored, never the token.
type Token struct {
	ent.Schema
}

func (Token) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Token) Fields() []ent.Field {
	return []ent.Field{
		field.String("token_hash").Unique().Sensitive().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("expires_at"),
		field.Int("user_id").Immutable(),
	}
}

func (Token) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("user", User.Type).Ref("tokens").Field("user_id").Unique().Required().Immutable(),
	}
}

func (Token) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (Token) Policy() ent.Policy { return systemWrites() }
