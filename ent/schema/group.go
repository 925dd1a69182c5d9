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
		// created_at and members are resolved by graph, null unless auth.SeesGroupDetails.
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput, entgql.SkipType)),
	}
}

func (Group) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("members", User.Type).Annotations(entgql.Skip(entgql.SkipType)),
	}
}

func (Group) Policy() ent.Policy { return systemWrites() }
