package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/edge"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"mailroom/ent/schema/fetchlog"
)

// FetchRun is one run of the fetch pipeline on a folder, with its counts.
type FetchRun struct {
	ent.Schema
}

func (FetchRun) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (FetchRun) Fields() []ent.Field {
	return []ent.Field{
		field.Enum("trigger").Values("MANUAL", "SCHEDULE", "PUSH", "IMPORT").Default("MANUAL").
			Annotations(entgql.Type("FetchTrigger")),
		field.Time("started_at").Default(time.Now).Annotations(entgql.OrderField("STARTED_AT")),
		field.Time("finished_at").Optional().Nillable(),
		field.Int("imported").Default(0),
		field.Int("duplicates").Default(0),
		field.Int("failed").Default(0),
		field.Int("remaining").Default(0),
		field.String("error").Optional().Nillable(),
		// Messages this run could not fetch or store, with the reason; they
		// stay new on the server and are retried by the next run.
		field.JSON("failures", []fetchlog.Failure{}).Optional().Annotations(entgql.Type("[FetchFailure!]")),
		field.Int("folder_id").Immutable().Annotations(entgql.Skip()),
		// What the server said when the run searched it (unset when the run
		// stopped before): messages in the mailbox, unread ones (IMAP only),
		// and the candidates (new and not in the ledger), under uid_validity.
		// The reconciliation view reads them from the last run that searched.
		field.Int("server_messages").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("server_unseen").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int("server_new").Optional().Nillable().Annotations(entgql.Skip()),
		field.Int64("uid_validity").Optional().Nillable().Annotations(entgql.Skip()),
	}
}

func (FetchRun) Edges() []ent.Edge {
	return []ent.Edge{
		edge.From("folder", EmailFolder.Type).Ref("fetch_runs").Field("folder_id").
			Unique().Required().Immutable(),
	}
}

func (FetchRun) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection()}
}

// Indexes: a folder's runs are listed newest first (the Activity tab); a
// schedule adds hundreds a day.
func (FetchRun) Indexes() []ent.Index {
	return []ent.Index{index.Fields("folder_id")}
}

func (FetchRun) Policy() ent.Policy { return systemWrites() }
