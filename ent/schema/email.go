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

	"mailroom/mail"
)

// Email is one imported message. Its content is immutable: every content
// field is Immutable (no setters on update builders) and a hook refuses
// updates that would touch it anyway.
type Email struct {
	ent.Schema
}

func (Email) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Email) Fields() []ent.Field {
	return []ent.Field{
		field.String("message_id").Optional().Immutable().Annotations(entgql.MapsTo("messageID")),
		// Message-ID, or "sha256:<hex>" of the raw bytes when there is none; unique per folder.
		field.String("dedupe_key").Immutable().Annotations(entgql.Skip()),
		field.String("subject").Default("").Immutable().Annotations(entgql.OrderField("SUBJECT")),
		// Address fields are declared by hand in graph/mailroom.graphqls.
		field.JSON("from", &mail.Address{}).Optional().Immutable().Annotations(entgql.Skip()),
		field.JSON("reply_to", []mail.Address{}).Optional().Immutable().Annotations(entgql.Skip()),
		field.JSON("to", []mail.Address{}).Optional().Immutable().Annotations(entgql.Skip()),
		field.JSON("cc", []mail.Address{}).Optional().Immutable().Annotations(entgql.Skip()),
		// Null when the message has no readable Date header; the API shows it so.
		field.Time("sent_at").Optional().Nillable().Immutable(),
		// The SENT_AT order's key, never null: see SentOrder. Set by a hook.
		field.Int64("sent_order").Default(NoSentDate).Immutable().
			Annotations(entgql.OrderField("SENT_AT"), entgql.Skip(entgql.SkipType, entgql.SkipWhereInput,
				entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)),
		field.String("in_reply_to").Default("").Immutable(),
		field.JSON("references", []string{}).Optional().Immutable().Annotations(entgql.Skip()),
		field.Text("text").Default("").Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Text("html").Optional().Nillable().Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Int64("size").Immutable(),
		field.String("raw_sha256").Immutable(),
		field.Int("attachment_count").Default(0).Immutable(),
		field.String("parse_error").Optional().Nillable().Immutable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		field.Time("imported_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("IMPORTED_AT")),
		field.Int("folder_id").Immutable().Annotations(entgql.Skip()),
		// Trash state lives beside the content: the only field an update may change.
		field.Time("trashed_at").Optional().Nillable().Annotations(entgql.Skip(entgql.SkipWhereInput)),
		// The conversation (a Thread's id), assigned by the ingest transaction
		// and rewritten when threads merge: grouping beside the content, not
		// content. Null only until the start-up backfill has run.
		field.Int("thread_id").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (Email) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("folder", EmailFolder.Type).Ref("emails").Field("folder_id").
			Unique().Required().Immutable(),
		// Non-null list in the contract: declared by hand in graph/mailroom.graphqls.
		edge.To("attachments", Attachment.Type).Annotations(entgql.Skip()),
		// Tags live beside the email (EmailTag); the edge gives the emails
		// connection its hasTagsWith filter. Email.tags is declared by hand.
		edge.To("tags", EmailTag.Type).Annotations(entgql.Skip(entgql.SkipType), entsql.OnDelete(entsql.Cascade)),
	}
}

func (Email) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("folder_id", "dedupe_key").Unique(),
		// One index per order the API offers, (folder, key, id): a page is a
		// range of it whatever the folder's size.
		index.Fields("folder_id", "sent_order", "id"),
		index.Fields("folder_id", "subject", "id"),
		index.Fields("folder_id", "imported_at", "id"),
		// The trash of a folder, newest first, without walking the emails
		// outside it (a partial index: only trashed emails are in it).
		index.Fields("folder_id", "sent_order", "id").StorageKey("email_trashed_folder_id_sent_order_id").
			Annotations(entsql.IndexWhere("trashed_at IS NOT NULL")),
		// A thread's members (Email.thread) and its merges.
		index.Fields("thread_id", "sent_order", "id"),
		// The folder's conversations view: is there a newer email of the
		// same thread in this folder? One probe per candidate row.
		index.Fields("folder_id", "thread_id", "sent_order", "id"),
	}
}

func (Email) Hooks() []ent.Hook {
	return []ent.Hook{refuseContentUpdates("email"), sentOrderOnCreate()}
}

func (Email) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

func (Email) Policy() ent.Policy { return systemWrites() }
