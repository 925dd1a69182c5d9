package thread

import (
	"context"

	"entgo.io/ent/dialect/sql"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/predicate"
)

// members narrows to the emails of e's conversation the context may read
// (the privacy rules), outside the trash; before backfill, e alone.
func members(client *ent.Client, e *ent.Email) *ent.EmailQuery {
	q := client.Email.Query().Where(email.TrashedAtIsNil())
	if e.ThreadID == nil {
		return q.Where(email.ID(e.ID))
	}
	return q.Where(email.ThreadID(*e.ThreadID))
}

// List is e's conversation in date order (emails without a date first, the
// id breaking ties), at most MaxListed emails.
func List(ctx context.Context, client *ent.Client, e *ent.Email) ([]*ent.Email, error) {
	return members(client, e).Order(ent.Asc(email.FieldSentOrder), ent.Asc(email.FieldID)).Limit(MaxListed).All(ctx)
}

// Size is how many emails of e's conversation the context may read.
func Size(ctx context.Context, client *ent.Client, e *ent.Email) (int, error) {
	return members(client, e).Count(ctx)
}

// NewestInFolder keeps, of a folder's emails outside the trash, the newest
// of each conversation: no email of the same thread in the same folder, also
// outside the trash, comes after it in the SENT_AT order. The probe is one
// seek in the (folder_id, thread_id, sent_order, id) index per row.
func NewestInFolder() predicate.Email {
	return func(s *sql.Selector) {
		t := s.Table()
		newer := sql.Table(email.Table).As("newer")
		s.Where(sql.Not(sql.Exists(sql.Select(newer.C(email.FieldID)).From(newer).Where(sql.And(
			sql.ColumnsEQ(newer.C(email.FieldFolderID), t.C(email.FieldFolderID)),
			sql.ColumnsEQ(newer.C(email.FieldThreadID), t.C(email.FieldThreadID)),
			sql.IsNull(newer.C(email.FieldTrashedAt)),
			sql.Or(
				sql.ColumnsGT(newer.C(email.FieldSentOrder), t.C(email.FieldSentOrder)),
				sql.And(sql.ColumnsEQ(newer.C(email.FieldSentOrder), t.C(email.FieldSentOrder)),
					sql.ColumnsGT(newer.C(email.FieldID), t.C(email.FieldID))),
			),
		)))))
	}
}
