package schema

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent"
)

// NoSentDate is the sort key of an email without a (readable) Date header:
// below every real date, so newest first lists such emails last and oldest
// first lists them first, the ID breaking ties.
const NoSentDate int64 = -1 << 62

// SentOrder is the sort key of the SENT_AT order: the sent date in
// microseconds since 1970 (UTC), or NoSentDate. The key is an integer, not a
// time, so that a cursor carries it exactly: entgql's cursors decode a time in
// the server's local zone, which SQLite then compares as text against the UTC
// text it stored, and a NULL key matches no cursor comparison at all.
func SentOrder(sent *time.Time) int64 {
	if sent == nil || sent.IsZero() {
		return NoSentDate
	}
	return max(sent.UnixMicro(), NoSentDate+1)
}

// sentOrderOnCreate sets sent_order from sent_at on every new email, whoever
// creates it; the key is never set by hand (store backfills older rows).
func sentOrderOnCreate() ent.Hook {
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpCreate) {
				var sent *time.Time
				if v, ok := m.Field("sent_at"); ok {
					t, ok := v.(time.Time)
					if !ok {
						return nil, fmt.Errorf("email sent_at: unexpected %T", v)
					}
					sent = &t
				}
				if err := m.SetField("sent_order", SentOrder(sent)); err != nil {
					return nil, err
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
