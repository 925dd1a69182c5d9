package schema

import (
	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Attachment is one file of an email; its bytes live in the blob store under sha256.
type Attachment struct {
	ent.Schema
}

func (Attachment) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Attachment) Fields() []ent.Field {
	return []ent.Field{
		field.String("filename").Immutable(),
		field.String("content_type").Immutable(),
		field.Int64("size").Immutable(),
		field.String("sha256").Immutable(),
		field.String("content_id").Default("").Immutable().Annotations(entgql.MapsTo("contentID")),
		field.Bool("inline").Default(false).Immutable(),
		field.Int("position").Default(0).Immutable().Annotations(entgql.Skip()),
		field.Int("email_id").Immutable().Annotations(entgql.Skip()),
	}
}

func (Attachment) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("email", Email.Type).Ref("attachments").Field("email_id").
			Unique().Required().Immutable(),
	}
}

func (Attachment) Hooks() []ent.Hook {
	return []ent.Hook{refuseContentUpdates("attachment")}
}

// Indexes: an email's attachments are read by its ID (the email view, the
// search index, exports); without it each read scanned every attachment.
func (Attachment) Indexes() []ent.Index {
	return []ent.Index{index.Fields("email_id", "position")}
}

func (Attachment) Policy() ent.Policy { return systemWrites() }
