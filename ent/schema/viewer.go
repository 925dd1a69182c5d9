package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"mailroom/auth/rule"
	"mailroom/ent/privacy"
)

// ViewerMixin gives every type the base policy of auth/rule: nothing is read
// or written without a signed-in viewer or the system context, and reads are
// narrowed to what the viewer may see. Types add their own mutation rules.
type ViewerMixin struct {
	mixin.Schema
}

func (ViewerMixin) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer()},
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), rule.FilterByAccess()},
	}
}

// systemWrites is the policy of types only the server writes.
func systemWrites() ent.Policy {
	return privacy.Policy{Mutation: privacy.MutationPolicy{rule.SystemOnlyMutation()}}
}
