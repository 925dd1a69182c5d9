package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// EmailTag is one free tag on an email, beside it (the email stays
// immutable). The folder and workspace are kept for the privacy rule and
// the workspace's suggestions. Only its where input reaches GraphQL
// (Email.hasTagsWith); Email.tags is a list of names.
type EmailTag struct {
	ent.Schema
}

func (EmailTag) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (EmailTag) Fields() []ent.Field {
	return []ent.Field{
		field.String("name").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int("email_id").Immutable().Annotations(entgql.Skip()),
		field.Int("folder_id").Immutable().Annotations(entgql.Skip()),
		field.Int("workspace_id").Immutable().Annotations(entgql.Skip()),
		field.Int("created_by_id").Optional().Immutable().Annotations(entgql.Skip()),
	}
}

func (EmailTag) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("email", Email.Type).Ref("tags").Field("email_id").Unique().Required().Immutable().
			Annotations(entgql.Skip()),
	}
}

func (EmailTag) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email_id", "name").Unique(), index.Fields("workspace_id", "name")}
}

func (EmailTag) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipType, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (EmailTag) Policy() ent.Policy { return systemWrites() }
