package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/dialect/entsql"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Relation links a document (its source: an email, a folder or a workspace)
// to another document or to an external URL, with a predicate. Each end is
// kept as foreign keys so that purging a document purges its relations; an
// email end also names its folder, which is what the privacy rule checks
// (both ends must be readable, see auth/rule).
type Relation struct {
	ent.Schema
}

func (Relation) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Relation) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("predicate").Values("REFERENCES", "REPLIES_TO", "IS_BASED_ON", "REQUIRES", "CONFORMS_TO").
			Immutable().Annotations(entgql.Type("RelationPredicate")),
		field.String("url").Optional().Nillable().Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Int("created_by_id").Immutable().Annotations(entgql.Skip()),
		field.Int("source_email_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("source_folder_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("source_workspace_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("target_email_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("target_folder_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("target_workspace_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
	}
}

func (Relation) Edges() []ent.Edge {
	end := func(name string, t any, f string) ent.Edge {
		return edge.To(name, t).Field(f).Unique().Immutable().
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade))
	}
	return []ent.Edge{
		edge.To("created_by", User.Type).Field("created_by_id").Unique().Required().Immutable(),
		end("source_email", Email.Type, "source_email_id"),
		end("source_folder", EmailFolder.Type, "source_folder_id"),
		end("source_workspace", Workspace.Type, "source_workspace_id"),
		end("target_email", Email.Type, "target_email_id"),
		end("target_folder", EmailFolder.Type, "target_folder_id"),
		end("target_workspace", Workspace.Type, "target_workspace_id"),
	}
}

func (Relation) Indexes() []ent.Index {
	return []ent.Index{index.Fields("source_email_id"), index.Fields("target_email_id"),
		index.Fields("source_folder_id"), index.Fields("target_folder_id")}
}

func (Relation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (Relation) Policy() ent.Policy { return systemWrites() }
