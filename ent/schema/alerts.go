package schema

import (
	"time"

	"entgo.io/contrib/entgql"
	"entgo.io/ent"
	"entgo.io/ent/schema"
	"entgo.io/ent/schema/field"
	"entgo.io/ent/schema/index"

	"mailroom/auth/rule"
	"mailroom/ent/privacy"
)

// Subscription is a user following a workspace, a folder or an email (and
// with an email its conversation). GraphQL calls it AlertSubscription so it
// does not clash with the root Subscription type. Only its user reads it;
// the server writes it after checking READ on the target.
type Subscription struct {
	ent.Schema
}

func (Subscription) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Subscription) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().Annotations(entgql.Skip()),
		// The workspace, folder or email followed (a global ID).
		field.Int("target_id").Immutable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable(),
	}
}

func (Subscription) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "target_id").Unique(),
		index.Fields("target_id"),
	}
}

func (Subscription) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.Type("AlertSubscription"),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (Subscription) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.SystemOnlyMutation()},
		Query:    privacy.QueryPolicy{rule.OwnAlerts()},
	}
}

// Notification is one alert for one user about something that happened to
// a document they follow (or were mentioned on). Its containers are kept so
// the privacy rule hides it once the user can no longer read the target.
type Notification struct {
	ent.Schema
}

func (Notification) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (Notification) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().Annotations(entgql.Skip()),
		// activity.Kind: IMPORTED, FETCH_FAILED, COMMENTED, …
		field.String("kind").Immutable(),
		field.Int("workspace_id").Immutable().Annotations(entgql.Skip()),
		field.Int("folder_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("email_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("actor_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("history_entry_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.String("text").Immutable(),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Time("read_at").Optional().Nillable().Annotations(entgql.Skip()),
		// Whether the alert waits for the user's daily digest (the immediate
		// ones go to the outbox when they are created).
		field.Bool("digest_pending").Default(false).Annotations(entgql.Skip()),
	}
}

func (Notification) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("user_id", "read_at"),
		index.Fields("user_id", "digest_pending"),
	}
}

func (Notification) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (Notification) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.SystemOnlyMutation()},
		Query:    privacy.QueryPolicy{rule.OwnAlerts(), rule.ReadableContainers()},
	}
}

// HistoryEntry is one thing that happened to a document (Nuxeo's History
// tab): who, what, when, and for an import the fetch run. Its containers
// are kept so that readers of the folder (or workspace) see it.
type HistoryEntry struct {
	ent.Schema
}

func (HistoryEntry) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (HistoryEntry) Fields() []ent.Field {
	return []ent.Field{
		field.String("kind").Immutable(),
		field.Int("actor_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("workspace_id").Immutable().Annotations(entgql.Skip()),
		field.Int("folder_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("email_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("object_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.Int("run_id").Optional().Nillable().Immutable().Annotations(entgql.Skip()),
		field.String("text").Immutable(),
		field.Time("at").Default(time.Now).Immutable().Annotations(entgql.OrderField("AT")),
	}
}

func (HistoryEntry) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("workspace_id"),
		index.Fields("folder_id"),
		index.Fields("email_id"),
		index.Fields("run_id"),
	}
}

func (HistoryEntry) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

func (HistoryEntry) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.SystemOnlyMutation()},
		Query:    privacy.QueryPolicy{rule.ReadableContainers()},
	}
}

// AlertDelivery is one alert email in the outbox: an immediate alert or a
// daily digest, retried with backoff until the SMTP server takes it. The
// notifications are rendered when it is sent, so only those the user can
// still read go out.
type AlertDelivery struct {
	ent.Schema
}

func (AlertDelivery) Mixin() []ent.Mixin { return []ent.Mixin{ViewerMixin{}} }

func (AlertDelivery) Fields() []ent.Field {
	return []ent.Field{
		field.Int("user_id").Immutable().Annotations(entgql.Skip()),
		field.Bool("digest").Default(false).Immutable(),
		field.JSON("notification_ids", []int{}).Immutable().Annotations(entgql.Skip()),
		field.Time("created_at").Default(time.Now).Immutable().Annotations(entgql.OrderField("CREATED_AT")),
		field.Int("attempts").Default(0),
		field.Time("next_attempt_at").Default(time.Now),
		// Claimed by one instance's sender until then (a crashed sender's
		// claim runs out).
		field.Time("claimed_until").Optional().Nillable().Annotations(entgql.Skip()),
		field.String("last_error").Optional().Nillable(),
		field.Time("sent_at").Optional().Nillable(),
	}
}

func (AlertDelivery) Indexes() []ent.Index {
	return []ent.Index{
		index.Fields("sent_at", "next_attempt_at"),
		index.Fields("user_id", "digest", "created_at"),
	}
}

func (AlertDelivery) Annotations() []schema.Annotation {
	return []schema.Annotation{entgql.RelayConnection(),
		entgql.Skip(entgql.SkipWhereInput, entgql.SkipMutationCreateInput, entgql.SkipMutationUpdateInput)}
}

// Administrators see the outbox (its failures); the server writes it.
func (AlertDelivery) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.SystemOnlyMutation()},
		Query:    privacy.QueryPolicy{rule.AdminsOnly()},
	}
}
