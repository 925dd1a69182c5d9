package schema

import (
	"context"
	"fmt"

	"entgo.io/ent"
)

// mutableFields lists, per type, the only fields an update may change: state
// kept beside the content (trash, the conversation it belongs to), never
// the content itself.
var mutableFields = map[string]map[string]bool{
	"email":      {"trashed_at": true, "thread_id": true},
	"attachment": {},
}

// refuseContentUpdates is the store's guarantee that imported mail is
// immutable, for every caller including administrators.
func refuseContentUpdates(kind string) ent.Hook {
	allowed := mutableFields[kind]
	return func(next ent.Mutator) ent.Mutator {
		return ent.MutateFunc(func(ctx context.Context, m ent.Mutation) (ent.Value, error) {
			if m.Op().Is(ent.OpUpdate | ent.OpUpdateOne) {
				fields := append(m.Fields(), m.ClearedFields()...)
				for _, f := range fields {
					if !allowed[f] {
						return nil, fmt.Errorf("%s is immutable: field %q cannot change", kind, f)
					}
				}
				for _, e := range append(m.AddedEdges(), m.RemovedEdges()...) {
					return nil, fmt.Errorf("%s is immutable: edge %q cannot change", kind, e)
				}
			}
			return next.Mutate(ctx, m)
		})
	}
}
