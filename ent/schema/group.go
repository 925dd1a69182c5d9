package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
)

// Group is a named set of users that permissions can be granted to.
type Group struct {
	ent.Schema
}

func (Group) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Group) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").NotEmpty().Unique(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

func (Group) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("members", User.Type),
	}
}

func (Group) Policy() ent.Policy { return systemWrites() }
