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

	"mailroom/ent/schema/collabtext"
)

// Comment is a remark on an email or on a folder, possibly a reply to
// another. It lives beside the email (which stays immutable) and is read by
// whoever may read its folder (folder_id is the email's folder for a comment
// on an email). Deleted comments stay as a placeholder so replies keep
// their place; their text and history are erased.
type Comment struct {
	ent.Schema
}

func (Comment) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Comment) Fields() []ent.Field {
	return []ent.Field{
		field.Text("text"),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Time("edited_at").Optional().Nillable(),
		field.Time("deleted_at").Optional().Nillable(),
		// The previous texts, oldest first, with when each was replaced.
		field.JSON("history", []collabtext.Revision{}).Optional().Annotations(entgql.Skip()),
		field.Int("author_id").Immutable().Annotations(entgql.Skip()),
		field.Int("folder_id").Immutable().Annotations(entgql.Skip()),
		field.Int("email_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("parent_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
	}
}

func (Comment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("author", User.Type).Field("author_id").Unique().Required().Immutable(),
		edge.To("folder", EmailFolder.Type).Field("folder_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
		edge.To("email", Email.Type).Field("email_id").Unique().Immutable().
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
		// replies is declared by hand (collab.graphqls) as a non-null list.
		edge.To("replies", Comment.Type).Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)).
			From("parent").Field("parent_id").Unique().Immutable(),
	}
}

func (Comment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email_id", "created_at"), index.Fields("folder_id", "created_at")}
}

func (Comment) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (Comment) Policy() ent.Policy { return systemWrites() }
