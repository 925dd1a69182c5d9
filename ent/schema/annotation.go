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

// Annotation is a note on a passage of an email's text, anchored by a W3C
// text-quote selector (exact, prefix, suffix) and the position the server
// resolved it to in the email's plain text (see package annotation).
type Annotation struct {
	ent.Schema
}

func (Annotation) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Annotation) Fields() []ent.Field {
	return []ent.Field{
		field.Text("exact").Immutable(),
		field.String("prefix").Optional().Nillable().Immutable(),
		field.String("suffix").Optional().Nillable().Immutable(),
		// Offset in runes (Unicode code points) of exact in the email's text.
		field.Int("start").Optional().Nillable().Immutable(),
		field.Text("body").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		field.Int("author_id").Immutable().Annotations(entgql.Skip()),
		field.Int("folder_id").Immutable().Annotations(entgql.Skip()),
		field.Int("email_id").Immutable().Annotations(entgql.Skip()),
	}
}

func (Annotation) Edges() []ent.Edge {
	return []ent.Edge{
		edge.To("author", User.Type).Field("author_id").Unique().Required().Immutable(),
		edge.To("folder", EmailFolder.Type).Field("folder_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
		edge.To("email", Email.Type).Field("email_id").Unique().Required().Immutable().
			Annotations(entgql.Skip(), entsql.OnDelete(entsql.Cascade)),
	}
}

func (Annotation) Indexes() []ent.Index { return []ent.Index{index.Fields("email_id", "start")} }

func (Annotation) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (Annotation) Policy() ent.Policy { return systemWrites() }
