package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// AccessEntry grants a permission on a workspace or an email folder to a user
// or a group (Nuxeo's ACE). Exactly one target and one principal are set.
type AccessEntry struct {
	ent.Schema
}

func (AccessEntry) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (AccessEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("workspace_id").Optional().Nillable().Immutable(),
		field.Int("folder_id").Optional().Nillable().Immutable(),
		field.Int("user_id").Optional().Nillable().Immutable(),
		field.Int("group_id").Optional().Nillable().Immutable(),
		field.Enum("permission").Values("READ", "WRITE", "MANAGE").Annotations(entgql.Type("Permission")),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (AccessEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("workspace_id", "user_id", "group_id").Unique(),
		index.Fields("folder_id", "user_id", "group_id").Unique(),
		index.Fields("user_id"),
		index.Fields("group_id"),
	}
}

func (AccessEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (AccessEntry) Policy() ent.Policy { return systemWrites() }
