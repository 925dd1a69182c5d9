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

// LedgerEntry records what became of one server message in one folder. It is
// written in the same transaction as the email, so a message is in the ledger
// if and only if its outcome is durable; "acked" tells whether afterImport was
// applied on the server (a crash in between re-applies it next run).
type LedgerEntry struct {
	ent.Schema
}

func (LedgerEntry) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (LedgerEntry) Fields() []ent.Field {
	return []ent.Field{
		field.Int("folder_id").Immutable(),
		// IMAP UIDVALIDITY (0 for POP3).
		field.Int64("uid_validity").Immutable(),
		// IMAP UID in decimal, or the POP3 UIDL.
		field.String("server_uid").Immutable(),
		field.String("message_id").Default("").Immutable(),
		field.String("raw_sha256").Default("").Immutable(),
		field.Enum("outcome").Values("IMPORTED", "DUPLICATE", "FAILED").Immutable(),
		field.String("error").Default(""),
		field.Bool("acked").Default(false),
		field.Int("email_id").Optional().Nillable(),
		field.Time("created_at").Default(time.Now).Immutable(),
		// The fetch run that wrote the entry (none for entries older than the field).
		field.Int("fetch_run_id").Optional().Nillable().Immutable(),
		// Why a DUPLICATE is one: the same Message-ID as email_id, or, without
		// a Message-ID, the same bytes (sha256).
		field.Enum("duplicate_by").Values("MESSAGE_ID", "CONTENT").Optional().Nillable().Immutable(),
	}
}

func (LedgerEntry) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("folder", EmailFolder.Type).Ref("ledger").Field("folder_id").
			Unique().Required().Immutable(),
	}
}

func (LedgerEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("folder_id", "uid_validity", "server_uid").Unique(),
		index.Fields("folder_id", "acked"),
		// The reconciliation view pages a folder's entries newest first: in
		// SQLite the rowid follows the column, so the index yields that order.
		index.Fields("folder_id"),
		index.Fields("fetch_run_id"),
		// Each batch asks which of its messages were imported before (by
		// Message-ID, or by content when there is none): without these
		// it read every entry of the folder, and a folder's import slowed
		// as it grew (1,700 msg/s at the start, 450 at 340,000 emails).
		// One index serves both: message_id IN (…), and message_id = ''
		// AND raw_sha256 IN (…).
		index.Fields("folder_id", "message_id", "raw_sha256"),
	}
}

func (LedgerEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (LedgerEntry) Policy() ent.Policy { return systemWrites() }
