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
)

// Workspace holds email folders (and later other documents).
type Workspace struct {
	ent.Schema
}

func (Workspace) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Workspace) Fields() []ent.Field {
	return []ent.Field{
		field.String("title").NotEmpty().Annotations(entgql.OrderField("TITLE")),
		field.String("description").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable().
			Annotations(entgql.OrderField("CREATED_AT")),
		field.Int("creator_id").Optional().Immutable().Annotations(entgql.Skip()),
		field.Time("trashed_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
	}
}

func (Workspace) Edges() []ent.Edge {
	return []ent.Edge{
		// The contract wants a non-null list: declared by hand in graph/mailroom.graphqls.
		edge.To("email_folders", EmailFolder.Type).Annotations(entgql.Skip()),
		edge.From("creator", User.Type).Ref("workspaces").Field("creator_id").Unique().Immutable().
			Annotations(entgql.Skip()),
	}
}

func (Workspace) Annotations() []schema.Annotation {
	return []schema.Annotation{
		entgql.RelayConnection(),
		entgql.QueryField(),
	}
}

func (Workspace) Policy() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.WorkspaceMutation()}}
}
