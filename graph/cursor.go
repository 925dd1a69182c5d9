package graph

import (
	"entgo.io/contrib/entgql"

	"mailroom/ent"
)

// newestFirst is the default order of email lists: by sent date, newest
// first, emails without a date last (see schema.SentOrder).
var newestFirst = &ent.EmailOrder{Direction: entgql.OrderDirectionDesc, Field: ent.EmailOrderFieldSentOrder}

// restoreEmptyCursorValues puts back what entgql's cursor encoding drops: it
// omits an empty value, so the cursor of an email without a subject (or
// whose sent key is 0) comes back with no value, and entgql then pages by ID
// alone, skipping and repeating emails. Every Email order field is non-null,
// so a missing value is the field's zero value. The default order (by ID)
// carries no value at all.
func restoreEmptyCursorValues(order *ent.EmailOrder, cursors ...*entgql.Cursor[int]) {
	if order == nil || order.Field == nil || order.Field.String() == "" {
		return
	}
	for _, c := range cursors {
		if c != nil && c.Value == nil {
			c.Value, _ = order.Field.Value(&ent.Email{})
		}
	}
}
