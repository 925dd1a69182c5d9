package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"
)

// Thread is one conversation. It holds nothing but its id, the key
// Email.thread_id points to; its members are the emails carrying that id.
// Threads are global (a conversation spans folders, as one message can sit in
// several); what a viewer sees of one is narrowed by the emails' own rules.
type Thread struct {
	ent.Schema
}

func (Thread) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Thread) Fields() []ent.Field {
	return []ent.Field{
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Thread) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (Thread) Policy() ent.Policy { return systemWrites() }

// ThreadRef maps a conversation key to its thread: a Message-ID seen in a
// Message-ID, In-Reply-To or References header (also of messages that never
// arrived, so that their replies still meet), or, for the subject fallback,
// "subject:<folder>:<normalized subject>" with the date of its latest email.
// A merge of two threads rewrites thread_id; nothing else changes.
type ThreadRef struct {
	ent.Schema
}

func (ThreadRef) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (ThreadRef) Fields() []ent.Field {
	return []ent.Field{
		field.String("key").Immutable(),
		field.Int("thread_id"),
		// Subject keys only: the newest sent date of the thread's emails
		// under that subject, for the fallback's time window.
		field.Time("last_at").Optional().Nillable(),
	}
}

func (ThreadRef) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("key").Unique(),
		index.Fields("thread_id"),
	}
}

func (ThreadRef) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Skip(entgql.SkipAll)}
}

func (ThreadRef) Policy() ent.Policy { return systemWrites() }
